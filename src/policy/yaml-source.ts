/**
 * The policy file as a YAML document with positions: parsing with resource limits, and mapping a
 * path in the parsed value back to a `line:col`.
 */
import {
  Composer,
  CST,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseDocument,
  Parser,
  YAMLParseError,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Position } from './types.js';
import { START, type SourceIssue } from './source-text.js';
import { overIndented } from './yaml-indent.js';

/** Aliases allowed while expanding the document: enough for sharing lists, too few for a bomb. */
const MAX_ALIAS_COUNT = 50;
/** Deepest nesting of collections accepted; a valid policy needs 5. */
const MAX_DEPTH = 32;
/**
 * List items and mapping entries accepted in one file: far above any real policy, and low enough
 * that validating a file whose every item is wrong (one error each) stays well under a second.
 */
const MAX_NODES = 25_000;

/** A path in the parsed value: keys and list indexes, as ajv's `instancePath` segments. */
export type ValuePath = readonly (string | number)[];

/** The lexer marks document, scalar and flow-error starts with control tokens that are not text. */
function isControl(token: string): boolean {
  return token === CST.DOCUMENT || token === CST.SCALAR || token === CST.FLOW_END;
}

/**
 * An upper bound of the nesting depth, from the token stream alone: the composer recurses per
 * level and runs out of stack (or memory) on hostile input long before any limit of ours could
 * be checked on the parsed document. Fed the lexer's tokens one by one, before the parser sees them.
 */
class NestingGauge {
  private readonly indents: number[] = [];
  private flow = 0;
  private lineStart = true;
  private indent = 0;
  private inline = 0;

  constructor(private readonly limit: number) {}

  /** Takes the next token; true when the nesting it reaches exceeds the limit. */
  exceededBy(token: string): boolean {
    if (isControl(token)) return false;
    const type = CST.tokenType(token);
    switch (type) {
      case 'newline':
        if (this.flow === 0) {
          this.lineStart = true;
          this.indent = 0;
          this.inline = 0;
        }
        break;
      case 'space':
        if (this.lineStart) this.indent = token.length;
        break;
      case 'comment':
      case 'byte-order-mark':
      case 'doc-mode':
        break;
      default: {
        const indents = this.indents;
        if (this.lineStart && this.flow === 0) {
          while (indents.length > 0 && indents[indents.length - 1]! >= this.indent) indents.pop();
          indents.push(this.indent);
          this.lineStart = false;
        }
        if (type === 'flow-map-start' || type === 'flow-seq-start') this.flow++;
        else if (type === 'flow-map-end' || type === 'flow-seq-end') this.flow = Math.max(0, this.flow - 1);
        else if (
          this.flow === 0 &&
          (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind')
        )
          this.inline++;
      }
    }
    return this.indents.length + this.inline + this.flow > this.limit;
  }
}

/**
 * The concrete syntax tree of `text`, from one lexer pass that feeds both the nesting gauge and the
 * parser; or the offset of the token that nests too deep, before anything is composed.
 */
function concreteTree(text: string, lineCounter: LineCounter): { tokens: CST.Token[] } | { deepAt: number } {
  const gauge = new NestingGauge(MAX_DEPTH);
  const parser = new Parser(lineCounter.addNewLine);
  // As `Parser.parse` does: the first line starts at offset 0.
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  let offset = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (gauge.exceededBy(lexeme)) return { deepAt: offset };
    for (const token of parser.next(lexeme)) tokens.push(token);
    // Control tokens (document, scalar and flow-error starts) are not text of the source.
    if (!isControl(lexeme)) offset += lexeme.length;
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens };
}

interface ParsedSource {
  /** The document as plain data; undefined when there are errors. */
  value: unknown;
  errors: SourceIssue[];
  positions: SourcePositions;
}

/**
 * Parses YAML with positions and resource limits; every problem comes back as an issue, never
 * thrown. One reader, the `yaml` library under the YAML 1.2 core schema, reads every file, so a
 * policy means the same whatever its line endings, layout or whitespace.
 */
export function parseSource(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const tree = concreteTree(text, lineCounter);
  if ('deepAt' in tree) {
    const deep = tree.deepAt;
    // Count lines ourselves: the document is not composed.
    const before = text.slice(0, deep);
    const line = before.split('\n').length;
    const col = deep - before.lastIndexOf('\n');
    return {
      positions: new SourcePositions(parseDocument(''), new LineCounter()),
      value: undefined,
      errors: [{ line, col, message: `YAML nesting deeper than ${MAX_DEPTH} levels is refused` }],
    };
  }
  const directive = versionDirective(tree.tokens);
  if (directive !== undefined) {
    return {
      positions: new SourcePositions(parseDocument(''), new LineCounter()),
      value: undefined,
      errors: [{ ...lineCounter.linePos(directive), message: VERSION_DIRECTIVE_MESSAGE }],
    };
  }
  const doc = composeOne(tree.tokens, text.length);
  const positions = new SourcePositions(doc, lineCounter);
  const found = [...doc.errors, ...doc.warnings];
  if (found.length > 0) {
    const deeper = overIndented(found, text, lineCounter);
    const errors: SourceIssue[] = found
      .filter((e) => !deeper?.replaces.includes(e))
      .map((e) => ({ ...lineCounter.linePos(e.pos[0]), message: `YAML: ${yamlMessage(e.code, e.message)}` }));
    if (deeper) errors.unshift(deeper.issue);
    return { positions, value: undefined, errors };
  }
  const problems = nodeProblems(doc.contents);
  if (problems.length > 0) {
    return {
      positions,
      value: undefined,
      errors: problems.map(({ node, message }) => ({
        ...(node?.range ? lineCounter.linePos(node.range[0]) : START),
        message,
      })),
    };
  }
  try {
    return { positions, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors: [] };
  } catch (e) {
    const alias = firstAlias(doc.contents);
    const at = alias?.range ? lineCounter.linePos(alias.range[0]) : START;
    const reason =
      e instanceof ReferenceError && /alias/i.test(e.message)
        ? 'expand to too much data'
        : `fail: ${(e as Error).message}`;
    return {
      positions,
      value: undefined,
      errors: [
        {
          ...at,
          message: `YAML: anchors and aliases ${reason} (at most ${MAX_ALIAS_COUNT} alias expansions)`,
        },
      ],
    };
  }
}

/**
 * The options the policy is read with: YAML 1.2 and its core schema, strict, no duplicate keys.
 * The schema and `merge` are set, not left to follow the version (a `%YAML 1.1` directive would
 * switch on 1.1's booleans, octals and merge keys); `resolveKnownTags: false` leaves only the core
 * schema's tags (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!seq`, `!!map`): `!!binary`,
 * `!!timestamp`, `!!set` and the like are unresolved tags, errors. A `%TAG` directive only renames
 * tags, so it can reach no other type.
 */
const COMPOSE_OPTIONS = {
  uniqueKeys: true,
  strict: true,
  version: '1.2',
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
} as const;

const VERSION_DIRECTIVE_MESSAGE =
  'YAML: only `%YAML 1.2` is accepted: the policy is read as YAML 1.2 (core schema), where `yes` is a string, `0700` a decimal number and `<<` an ordinary key; remove this directive';

/**
 * The offset of a `%YAML` directive that names another version than 1.2, or undefined. Refused
 * rather than ignored: its author expects that version's reading, and another reader would give it.
 */
function versionDirective(tokens: CST.Token[]): number | undefined {
  for (const token of tokens) {
    if (
      token.type === 'directive' &&
      /^%YAML(?:[ \t]|$)/.test(token.source) &&
      !/^%YAML[ \t]+1\.2[ \t]*$/.test(token.source)
    )
      return token.offset;
  }
  return undefined;
}

/** The one document of the stream, as `parseDocument` composes it; a second document is an error. */
function composeOne(tokens: CST.Token[], length: number): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(COMPOSE_OPTIONS).compose(tokens, true, length)) {
    if (doc === undefined) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents',
        ),
      );
      break;
    }
  }
  // `compose` with `forceDoc` always yields a document, if an empty one.
  return doc!;
}

/** The first line of a yaml error message, without a position at its end (the issue carries it). */
function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return `${first} (this key appears twice in the same mapping)`;
  if (code === 'MULTIPLE_DOCS')
    return 'the policy file must hold one YAML document; a `---` line starts another';
  if (code === 'TAG_RESOLVE_FAILED')
    return `${first} (only the YAML 1.2 core tags !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are supported)`;
  return first;
}

/** A node of the document and what is wrong with it. */
interface NodeProblem {
  node: YamlNode | undefined;
  message: string;
}

const MERGE_KEY_MESSAGE =
  'YAML: merge keys (`<<`) are not supported: the policy is read as YAML 1.2, which has none, so `<<` would be an ordinary key; write the keys out (an alias can still repeat a whole list or mapping)';

const KEY_MESSAGE = 'YAML: a mapping key must be written out as text, not as a list, a mapping or an alias';

/**
 * What the library accepts but a policy must not hold: more than `MAX_NODES` items and entries
 * (counted without expanding aliases; then that one problem); plain `<<` keys, which YAML 1.1
 * readers merge and YAML 1.2 reads as a key — refused rather than read one of the two ways; and
 * list, mapping or alias keys, which plain data can only hold as some text made up of them.
 */
function nodeProblems(root: unknown): NodeProblem[] {
  let count = 0;
  const problems: NodeProblem[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!isMap(n) && !isSeq(n)) continue;
    for (const item of n.items) {
      const first = (isPair(item) ? item.key : item) as YamlNode | undefined;
      if (++count > MAX_NODES)
        return [
          {
            node: first,
            message: `YAML: more than ${MAX_NODES} list items and mapping entries are refused`,
          },
        ];
      if (isPair(item)) {
        const key = item.key;
        if (isScalar(key) && key.type === 'PLAIN' && key.value === '<<')
          problems.push({ node: key, message: MERGE_KEY_MESSAGE });
        else if (isMap(key) || isSeq(key) || isAlias(key)) problems.push({ node: key, message: KEY_MESSAGE });
        stack.push(key, item.value);
      } else stack.push(item);
    }
  }
  return problems.sort((a, b) => (a.node?.range?.[0] ?? 0) - (b.node?.range?.[0] ?? 0));
}

function firstAlias(root: unknown): YamlNode | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (isAlias(n)) return n;
    if (isMap(n) || isSeq(n)) for (const item of [...n.items].reverse()) stack.push(item);
    else if (isPair(n)) stack.push(n.value, n.key);
  }
  return undefined;
}

/** Where to point for a path: at the key (unknown key, wrong key) or at its value. */
export type Anchor = 'key' | 'value';

/** Maps paths in the parsed value back to positions in the file, through the library's document. */
export class SourcePositions {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lineCounter: LineCounter,
  ) {}

  /**
   * The position of the value at `path` (or of its key). When the path does not exist in full
   * (a missing key), the position of the deepest node that does.
   */
  at(path: ValuePath, anchor: Anchor = 'value'): Position {
    let node: unknown = this.doc.contents;
    let keyNode: YamlNode | undefined;
    let best: Position = this.start(node) ?? START;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(this.doc);
      let next: unknown;
      let nextKey: YamlNode | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => keyString(p.key) === String(segment));
        if (pair) {
          next = pair.value;
          nextKey = pair.key as YamlNode;
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (next === undefined && nextKey === undefined) return best;
      node = next;
      keyNode = nextKey;
      best = this.valueStart(node, keyNode) ?? best;
    }
    if (anchor === 'key' && keyNode) return this.start(keyNode) ?? best;
    return best;
  }

  /** Start of a value; an empty value (`match:` with nothing after it) points at its key. */
  private valueStart(node: unknown, keyNode: YamlNode | undefined): Position | undefined {
    const empty = node === null || (isScalar(node) && node.value === null && !node.source);
    if (empty && keyNode) return this.start(keyNode);
    return this.start(node) ?? (keyNode ? this.start(keyNode) : undefined);
  }

  private start(node: unknown): Position | undefined {
    const range = (node as YamlNode | null)?.range;
    return range ? this.lineCounter.linePos(range[0]) : undefined;
  }
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}
