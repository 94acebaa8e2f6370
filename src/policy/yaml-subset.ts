/**
 * A fast reader for the plain YAML that policies are written in: block mappings and sequences,
 * one-line flow sequences and mappings of scalars, one-line plain and quoted scalars, comments.
 * For such a file it returns what the `yaml` library would (the value under the YAML 1.2 core
 * schema, and the same positions); for anything else — anchors, tags, multi-line scalars, escapes,
 * document markers, tabs, odd indentation, any mistake — it returns undefined, and the library
 * reads the file and reports its errors as before. Why: the library takes about 15 ms for a
 * 1,000-line policy, the largest fixed cost of an audit; this takes about 1 ms.
 */
import type { Position } from './types.js';
import type { Anchor, PositionLookup, ValuePath } from './yaml-source.js';

/** Where a value starts and, inside it, where its entries and items are. */
interface Placed {
  readonly start: Position;
  /** A mapping value left empty (`key:`): the library points at the key instead. */
  readonly empty: boolean;
  readonly entries?: Map<string, { key: Position; value: Placed }>;
  readonly items?: Placed[];
}

export interface SubsetParse {
  value: unknown;
  positions: SubsetPositions;
}

/** Thrown inside the reader when the file leaves the subset; never escapes `parseSubset`. */
const OUTSIDE = Symbol('outside the subset');

function outside(): never {
  throw OUTSIDE;
}

/** Characters the subset never contains: tabs, CR, other controls, line separators, BOM, lone or paired surrogates. */
const UNSUPPORTED_CHAR =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
/** A mapping key the subset reads: a plain word (see `isReservedKey` for the words it leaves out). */
const KEY = /^([A-Za-z_][A-Za-z0-9_-]{0,127}):(?: +|$)/;
const FLOW_KEY = /[A-Za-z_][A-Za-z0-9_-]{0,127}/y;
/** What may follow a scalar or a flow collection on its line: nothing, or a comment after a space. */
const LINE_TAIL = /^(?: *| +#.*)$/;
/** Plain scalars the core schema reads as numbers (YAML 1.2: int, octal, hex, float, inf, nan). */
const NUMERIC =
  /^(?:[-+]?(?:[0-9]+|\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** First characters that make a plain scalar something else (indicators), or that the subset leaves out. */
const PLAIN_START_EXCLUDED = new Set('-?:,[]{}#&*!|>\'"%@`');
const FLOW_PLAIN_END = new Set(',[]{}');

interface Line {
  /** 1-based. */
  readonly no: number;
  indent: number;
  /** The line after its indentation. */
  text: string;
}

/** The core schema's reading of a one-line plain scalar; numbers other than small decimals leave the subset. */
function plainValue(s: string): unknown {
  switch (s) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  if (/^[0-9]{1,15}$/.test(s)) return Number(s);
  if (NUMERIC.test(s)) outside();
  return s;
}

/**
 * Keys the library would not read as the same plain string: words the core schema reads as null or
 * a boolean, and `__proto__`, which it defines as an own property where assignment would not.
 */
function isReservedKey(key: string): boolean {
  return key === '__proto__' || typeof plainValue(key) !== 'string';
}

class Reader {
  private readonly lines: Line[] = [];
  private next = 0;
  private nodes = 0;

  constructor(
    text: string,
    private readonly maxDepth: number,
    private readonly maxNodes: number,
  ) {
    const raw = text.split('\n');
    for (let i = 0; i < raw.length; i++) {
      const line = raw[i]!;
      let indent = 0;
      while (line.charCodeAt(indent) === 0x20) indent++;
      const rest = indent === 0 ? line : line.slice(indent);
      if (rest === '' || rest[0] === '#') continue;
      if (indent === 0 && (rest[0] === '%' || /^(?:---|\.\.\.)(?: |$)/.test(rest))) outside();
      this.lines.push({ no: i + 1, indent, text: rest });
    }
  }

  document(): [unknown, Placed] {
    const first = this.lines[0];
    if (first === undefined || first.indent !== 0) outside();
    const read = this.block(0);
    if (this.next !== this.lines.length) outside();
    return read;
  }

  private peek(): Line | undefined {
    return this.lines[this.next];
  }

  private count(): void {
    if (++this.nodes > this.maxNodes) outside();
  }

  /** The block collection starting at the next line. */
  private block(depth: number): [unknown, Placed] {
    if (depth > this.maxDepth) outside();
    const line = this.peek()!;
    if (isSeqLine(line.text)) return this.sequence(line.indent, depth);
    if (KEY.test(line.text)) return this.mapping(line.indent, depth);
    return outside();
  }

  private mapping(indent: number, depth: number): [unknown, Placed] {
    const value: Record<string, unknown> = {};
    const entries = new Map<string, { key: Position; value: Placed }>();
    const start = { line: this.peek()!.no, col: indent + 1 };
    for (let line = this.peek(); line !== undefined && line.indent === indent; line = this.peek()) {
      const m = KEY.exec(line.text);
      if (m === null) return outside();
      const key = m[1]!;
      if (isReservedKey(key) || entries.has(key)) outside();
      const keyAt = { line: line.no, col: indent + 1 };
      const rest = line.text.slice(m[0].length);
      this.next++;
      let read: [unknown, Placed];
      if (rest === '' || rest[0] === '#') {
        const following = this.peek();
        if (following !== undefined && following.indent > indent) read = this.block(depth + 1);
        else if (following !== undefined && following.indent === indent && isSeqLine(following.text))
          read = this.sequence(indent, depth + 1);
        else read = [null, { start: keyAt, empty: true }];
      } else {
        read = this.inline(rest, line.no, indent + m[0].length);
        if ((this.peek()?.indent ?? -1) > indent) outside();
      }
      this.count();
      value[key] = read[0];
      entries.set(key, { key: keyAt, value: read[1] });
    }
    if ((this.peek()?.indent ?? -1) > indent) outside();
    return [value, { start, empty: false, entries }];
  }

  private sequence(indent: number, depth: number): [unknown, Placed] {
    const value: unknown[] = [];
    const items: Placed[] = [];
    const start = { line: this.peek()!.no, col: indent + 1 };
    for (
      let line = this.peek();
      line !== undefined && line.indent === indent && isSeqLine(line.text);
      line = this.peek()
    ) {
      let spaces = 1;
      while (line.text.charCodeAt(spaces) === 0x20) spaces++;
      const content = line.text.slice(spaces);
      const column = indent + spaces;
      let read: [unknown, Placed];
      if (content === '' || content[0] === '#') {
        this.next++;
        if ((this.peek()?.indent ?? -1) <= indent) outside(); // an empty item
        read = this.block(depth + 1);
      } else if (KEY.test(content)) {
        // `- key: value` opens a mapping whose keys line up with the first one.
        line.indent = column;
        line.text = content;
        read = this.mapping(column, depth + 1);
      } else if (isSeqLine(content)) {
        return outside();
      } else {
        this.next++;
        read = this.inline(content, line.no, column);
        if ((this.peek()?.indent ?? -1) > indent) outside();
      }
      this.count();
      value.push(read[0]);
      items.push(read[1]);
    }
    if ((this.peek()?.indent ?? -1) > indent) outside();
    return [value, { start, empty: false, items }];
  }

  /** A value that starts at `column` (0-based) and ends on its line. */
  private inline(s: string, no: number, column: number): [unknown, Placed] {
    const start = { line: no, col: column + 1 };
    const c = s[0]!;
    if (c === '[' || c === '{') {
      const flow = this.flow(s, 0, no, column);
      if (!LINE_TAIL.test(s.slice(flow.end))) outside();
      return [flow.value, flow.placed];
    }
    if (c === "'" || c === '"') {
      const q = quoted(s, 0);
      if (!LINE_TAIL.test(s.slice(q.end))) outside();
      return [q.value, { start, empty: false }];
    }
    if (PLAIN_START_EXCLUDED.has(c)) outside();
    const comment = s.indexOf(' #');
    const plain = (comment === -1 ? s : s.slice(0, comment)).trimEnd();
    if (plain.includes(': ') || plain.endsWith(':')) outside();
    return [plainValue(plain), { start, empty: false }];
  }

  /** A flow sequence or mapping of scalars that opens at `s[at]` and closes on the same line. */
  private flow(
    s: string,
    at: number,
    no: number,
    column: number,
  ): { value: unknown; placed: Placed; end: number } {
    const isSeq = s[at] === '[';
    const close = isSeq ? ']' : '}';
    const start = { line: no, col: column + at + 1 };
    const list: unknown[] = [];
    const items: Placed[] = [];
    const map: Record<string, unknown> = {};
    const entries = new Map<string, { key: Position; value: Placed }>();
    let i = skipSpaces(s, at + 1);
    if (s[i] !== close) {
      for (;;) {
        let keyAt: Position | undefined;
        let key = '';
        if (!isSeq) {
          FLOW_KEY.lastIndex = i;
          const m = FLOW_KEY.exec(s);
          if (m === null || s[i + m[0].length] !== ':' || s[i + m[0].length + 1] !== ' ') return outside();
          key = m[0];
          if (isReservedKey(key) || entries.has(key)) outside();
          keyAt = { line: no, col: column + i + 1 };
          i = skipSpaces(s, i + key.length + 1);
        }
        const item = flowScalar(s, i);
        const placed: Placed = { start: { line: no, col: column + i + 1 }, empty: false };
        this.count();
        if (isSeq) {
          list.push(item.value);
          items.push(placed);
        } else {
          map[key] = item.value;
          entries.set(key, { key: keyAt!, value: placed });
        }
        i = skipSpaces(s, item.end);
        if (s[i] === ',') {
          i = skipSpaces(s, i + 1);
          if (s[i] === close) outside(); // a trailing comma
          continue;
        }
        if (s[i] !== close) outside();
        break;
      }
    }
    const placed: Placed = isSeq ? { start, empty: false, items } : { start, empty: false, entries };
    return { value: isSeq ? list : map, placed, end: i + 1 };
  }
}

function isSeqLine(text: string): boolean {
  return text[0] === '-' && (text.length === 1 || text[1] === ' ');
}

function skipSpaces(s: string, i: number): number {
  while (s.charCodeAt(i) === 0x20) i++;
  return i;
}

/** A one-line quoted scalar opening at `s[at]`; double quotes without escapes only. */
function quoted(s: string, at: number): { value: string; end: number } {
  const q = s[at]!;
  let value = '';
  let from = at + 1;
  for (;;) {
    const close = s.indexOf(q, from);
    if (close === -1) return outside();
    if (q === '"') {
      if (s.slice(from, close).includes('\\')) outside();
      return { value: s.slice(from, close), end: close + 1 };
    }
    value += s.slice(from, close);
    if (s[close + 1] !== "'") return { value, end: close + 1 };
    value += "'";
    from = close + 2;
  }
}

/** A scalar inside a flow collection: quoted, or plain up to the next flow indicator. */
function flowScalar(s: string, at: number): { value: unknown; end: number } {
  const c = s[at];
  if (c === undefined) return outside();
  if (c === "'" || c === '"') return quoted(s, at);
  if (PLAIN_START_EXCLUDED.has(c)) outside();
  let end = at;
  while (end < s.length && !FLOW_PLAIN_END.has(s[end]!)) end++;
  const plain = s.slice(at, end).trimEnd();
  if (plain.includes(' #') || plain.includes(': ') || plain.endsWith(':')) outside();
  return { value: plainValue(plain), end: at + plain.length };
}

/**
 * The value and positions of `text` if it stays within the subset, else undefined. Files deeper
 * than `maxDepth` or with more than `maxNodes` entries and items are left to the library, which
 * reports them.
 */
export function parseSubset(text: string, maxDepth: number, maxNodes: number): SubsetParse | undefined {
  if (UNSUPPORTED_CHAR.test(text)) return undefined;
  try {
    const [value, placed] = new Reader(text, maxDepth, maxNodes).document();
    return { value, positions: new SubsetPositions(placed) };
  } catch (e) {
    if (e === OUTSIDE) return undefined;
    throw e;
  }
}

/** `SourcePositions.at` for a file read by `parseSubset`: the same answers, from the reader's record. */
export class SubsetPositions implements PositionLookup {
  constructor(private readonly root: Placed) {}

  at(path: ValuePath, anchor: Anchor = 'value'): Position {
    let node: Placed | undefined = this.root;
    let key: Position | undefined;
    let best = this.root.start;
    for (const segment of path) {
      let next: Placed | undefined;
      let nextKey: Position | undefined;
      if (node.entries !== undefined) {
        const entry = node.entries.get(String(segment));
        next = entry?.value;
        nextKey = entry?.key;
      } else if (node.items !== undefined && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (next === undefined) return best;
      node = next;
      key = nextKey;
      best = node.empty && key !== undefined ? key : node.start;
    }
    if (anchor === 'key' && key !== undefined) return key;
    return best;
  }
}
