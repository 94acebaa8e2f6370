/**
 * The subset reader must agree with the `yaml` library on every file it accepts — the same value,
 * no error the library would report, the same position for every path — and must accept the plain
 * YAML that policies are written in, or it would quietly stop saving anything.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSubset } from '../../src/policy/yaml-subset.js';
import {
  MAX_DEPTH,
  MAX_NODES,
  parseSource,
  parseWithLibrary,
  type ValuePath,
} from '../../src/policy/yaml-source.js';
import { generatePolicy } from '../../bench/policy.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const subset = (text: string) => parseSubset(text, MAX_DEPTH / 2, MAX_NODES);

/** Every path in a value, and a few next to them that do not exist. */
function paths(value: unknown, path: ValuePath = []): ValuePath[] {
  const out: ValuePath[] = [path, [...path, 'absent'], [...path, 7]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...path, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...path, k]));
  return out;
}

/** When the subset reader accepts `text`, it says exactly what the library says. Returns whether it accepted. */
function agrees(text: string): boolean {
  const fast = subset(text);
  if (fast === undefined) return false;
  const library = parseWithLibrary(text);
  expect(library.errors).toEqual([]);
  expect(fast.value).toStrictEqual(library.value);
  for (const path of paths(library.value)) {
    for (const anchor of ['value', 'key'] as const) {
      expect({ path, anchor, at: fast.positions.at(path, anchor) }).toEqual({
        path,
        anchor,
        at: library.positions.at(path, anchor),
      });
    }
  }
  return true;
}

describe('files policies are written in', () => {
  const files = [
    ...readdirSync(join(root, 'policies'))
      .filter((f) => f.endsWith('.yml'))
      .map((f) => join(root, 'policies', f)),
    ...['policies/minimal.yml', 'policies/full.yml', 'pr/base.yml', 'pr/head.yml'].map((f) =>
      join(root, '__tests__', 'fixtures', f),
    ),
  ];

  test.each(files.map((f) => [f.slice(root.length + 1), f]))(
    '%s is read by the subset, as the library reads it',
    (_, file) => {
      expect(agrees(readFileSync(file, 'utf8'))).toBe(true);
    },
  );

  test('the benchmark policy is read by the subset, as the library reads it', () => {
    expect(agrees(generatePolicy(100))).toBe(true);
  });

  test('parseSource takes the subset when it can and the library otherwise', () => {
    expect(parseSource('a: 1\n').positions.constructor.name).toBe('SubsetPositions');
    expect(parseSource('a: &x 1\nb: *x\n').positions.constructor.name).toBe('SourcePositions');
  });
});

describe('left to the library', () => {
  test.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a tab', 'a:\tb\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a document marker', '---\na: 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a decimal', 'a: 1.5\n'],
    ['a negative number', 'a: -1\n'],
    ['a hexadecimal number', 'a: 0x1F\n'],
    ['an exponent', 'a: 1e3\n'],
    ['infinity', 'a: .inf\n'],
    ['a long integer', 'a: 12345678901234567890\n'],
    ['an escape', 'a: "x\\ty"\n'],
    ['a quoted key', "'a': 1\n"],
    ['a null key', 'null: 1\n'],
    ['a boolean key in a flow mapping', 'a: { True: 1 }\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a nested flow collection', 'a: [[1]]\n'],
    ['a trailing comma', 'a: [1, 2, ]\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['an empty list item', 'a:\n  -\n  - b\n'],
    ['a mapping in a plain scalar', 'a: b: c\n'],
    ['a comment without a space', "a: 'b'#c\n"],
    ['an indented first line', '  a: 1\n'],
    ['an empty file', ''],
    ['a scalar document', 'text\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a compact nested list', 'a:\n  - - b\n'],
    ['an emoji', 'a: 😀\n'],
  ])('%s', (_, text) => {
    expect(subset(text)).toBeUndefined();
  });

  test('files past the depth and size limits, which the library then reports', () => {
    const deep = Array.from({ length: MAX_DEPTH }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(subset(deep)).toBeUndefined();
    const wide = `a: [${Array.from({ length: MAX_NODES + 1 }, () => '1').join(', ')}]\n`;
    expect(subset(wide)).toBeUndefined();
    expect(parseSource(wide).errors[0]?.message).toMatch(/more than 25000/);
  });
});

describe('read as the library reads it', () => {
  test.each([
    ['core schema words', 'a: ~\nb: null\nc: NULL\nd: true\ne: False\nf: yes\ng: on\n'],
    ['integers', 'a: 0\nb: 007\nc: 123456789012345\n'],
    ['strings that start like numbers', 'a: 24h\nb: 2026-12-31\nc: 1.2.3\nd: 1_000\n'],
    ['quotes', `a: 'it''s'\nb: "say 'hi'"\nc: ''\nd: ""\ne: '  padded  '\n`],
    ['comments', '# head\na: b # tail\n  # indented\nc: d#not a comment\n\n#\n'],
    ['empty values', 'a:\nb: # note\nc:\n  d:\n'],
    [
      'flow collections',
      "a: []\nb: {}\nc: [x, 'y', \"z\", users:readonly, '*:readonly']\nd: { s: low, m: 24h }\n",
    ],
    ['lists at the same indentation as their key', 'a:\n- x\n- y\nb:\n- k: 1\n  l: 2\n'],
    ['compact mappings with wide indicators', 'a:\n  -   k: 1\n      l: [2]\n  -  m: x\n'],
    ['deep nesting', 'a:\n b:\n  c:\n   d:\n    - e:\n       f: 1\n'],
    ['plain scalars with indicators inside', 'a: x-y?z\nb: a,b]c{d}\nc: /^a.*$/i\nd: "#"\ne: x:y\n'],
    ['spaces inside and around', 'a:    b  c   \nd: [  e  ,f  ]  \n'],
    ['a list at the root', '- a\n- b: 1\n'],
    ['keys that are not core words', 'on: 1\nyes: 2\nNo: 3\n_x: 4\nA-b_c: 5\n'],
    ['no newline at the end', 'a: 1'],
    ['unicode text', 'a: é ü 日本\nb: ["ß"]\n'],
  ])('%s', (_, text) => {
    expect(agrees(text)).toBe(true);
  });
});

// Generated documents: a tree of mappings, lists, flow collections and scalars, written out with
// varied layout. Many fall outside the subset; those inside must agree with the library.
const WORDS = ['version', 'rules', 'id', 'match', 'name', 'scopes', 'allow', 'max', 'a', 'b', 'x_y', 'a-b'];
const ODD_KEYS = ['null', 'true', '__proto__', '1', 'k k', 'é', 'a:b', '-a', '?a'];
const SCALARS = [
  'high',
  '24h',
  '12',
  '007',
  '0',
  '1.5',
  '.5',
  '-1',
  '+1',
  '0x1F',
  '0o17',
  '1e3',
  '.inf',
  '-.Inf',
  '.NaN',
  '~',
  'null',
  'Null',
  'true',
  'FALSE',
  'yes',
  '2026-12-31',
  'users:readonly',
  '*:readonly',
  '*.example.com',
  '/^a.*$/i',
  'a b',
  'a  b',
  'a#b',
  'a #b',
  'a: b',
  'a:',
  "it's",
  'say "hi"',
  '[x]',
  '{x}',
  'a,b',
  'a]b',
  '-x',
  '- x',
  '?x',
  '&a',
  '*a',
  '!t',
  '|',
  '>',
  '%x',
  '@x',
  '`x',
  'é',
  '',
  ' ',
  'a\\b',
  '#x',
  'x ',
  ' x',
  '---',
  '...',
];

interface Scalar {
  kind: 'scalar';
  text: string;
  style: 'plain' | 'single' | 'double';
}
type Tree =
  | Scalar
  | { kind: 'map'; entries: [string, Tree][]; compact: boolean }
  | { kind: 'seq'; items: Tree[]; sameIndent: boolean }
  | { kind: 'flow-seq'; items: Scalar[] }
  | { kind: 'flow-map'; entries: [string, Scalar][] };

/** Trees of the given keys and scalars; `clean`: keys unique within a mapping, a mapping at the root. */
function trees(key: fc.Arbitrary<string>, scalar: fc.Arbitrary<Scalar>, clean: boolean): fc.Arbitrary<Tree> {
  const entries = <T>(value: fc.Arbitrary<T>, minLength: number, maxLength: number) =>
    clean
      ? fc.uniqueArray(fc.tuple(key, value), { minLength, maxLength, selector: ([k]) => k })
      : fc.array(fc.tuple(key, value), { minLength, maxLength });
  const { tree, map } = fc.letrec<{ tree: Tree; map: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.record({ kind: fc.constant('flow-seq' as const), items: fc.array(scalar, { maxLength: 4 }) }),
      fc.record({ kind: fc.constant('flow-map' as const), entries: entries(scalar, 0, 3) }),
      tie('map'),
      fc.record({
        kind: fc.constant('seq' as const),
        items: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }),
        sameIndent: fc.boolean(),
      }),
    ),
    map: fc.record({
      kind: fc.constant('map' as const),
      entries: entries(tie('tree'), 1, 4),
      compact: fc.boolean(),
    }),
  }));
  return clean ? map : tree;
}

const anyScalar: fc.Arbitrary<Scalar> = fc.record({
  kind: fc.constant('scalar' as const),
  text: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...WORDS, ...SCALARS) },
    fc.string({ maxLength: 6 }),
  ),
  style: fc.constantFrom('plain', 'plain', 'single', 'double'),
});
const anyKey = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...WORDS) }, fc.constantFrom(...ODD_KEYS));

/** Scalars as policies hold them: words, durations, dates, globs and regexes, quoted where YAML needs it. */
const PLAIN_WORDS = [
  ...WORDS,
  '24h',
  '12',
  '007',
  '0',
  '~',
  'null',
  'true',
  'FALSE',
  'yes',
  '2026-12-31',
  'users:readonly',
  '/^a.*$/i',
  'a b',
  'a#b',
  "it's",
  'é',
];
const QUOTED_WORDS = ['*:readonly', '*.example.com', 'a: b', '- x', '#x', '[x]', '', ' x ', "it's"];
const policyScalar: fc.Arbitrary<Scalar> = fc.oneof(
  fc.record({
    kind: fc.constant('scalar' as const),
    text: fc.constantFrom(...PLAIN_WORDS),
    style: fc.constant('plain' as const),
  }),
  fc.record({
    kind: fc.constant('scalar' as const),
    text: fc.constantFrom(...PLAIN_WORDS, ...QUOTED_WORDS),
    style: fc.constant('single' as const),
  }),
);

interface Layout {
  step: number;
  dashSpaces: number;
  comments: boolean;
}

function inlineScalar(s: Scalar): string {
  if (s.style === 'single') return `'${s.text.replaceAll("'", "''")}'`;
  if (s.style === 'double') return `"${s.text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  return s.text;
}

function inline(t: Tree): string | null {
  if (t.kind === 'scalar') return inlineScalar(t);
  if (t.kind === 'flow-seq') return `[${t.items.map(inlineScalar).join(', ')}]`;
  if (t.kind === 'flow-map') return `{ ${t.entries.map(([k, v]) => `${k}: ${inlineScalar(v)}`).join(', ')} }`;
  return null;
}

function write(t: Tree, indent: number, layout: Layout, lines: string[], first?: string): void {
  const pad = ' '.repeat(indent);
  const comment = (i: number) => (layout.comments && i % 2 === 0 ? ' # note' : '');
  if (t.kind === 'map') {
    t.entries.forEach(([k, v], i) => {
      const lead = i === 0 && first !== undefined ? first : pad;
      const value = inline(v);
      if (value !== null) {
        lines.push(`${lead}${k}: ${value}${comment(i)}`);
      } else {
        lines.push(`${lead}${k}:${comment(i + 1)}`);
        if (layout.comments && i === 1) lines.push(`${' '.repeat(indent + 3)}# between`);
        const sameIndent = v.kind === 'seq' && v.sameIndent;
        write(v, sameIndent ? indent : indent + layout.step, layout, lines);
      }
    });
    return;
  }
  if (t.kind === 'seq') {
    t.items.forEach((item, i) => {
      const lead = i === 0 && first !== undefined ? first : pad;
      const value = inline(item);
      const dash = `${lead}-${' '.repeat(layout.dashSpaces)}`;
      if (value !== null) lines.push(`${dash}${value}${comment(i)}`);
      else if (item.kind === 'map' && item.compact)
        write(item, indent + 1 + layout.dashSpaces, layout, lines, dash);
      else {
        lines.push(`${lead}-`);
        write(item, indent + layout.step, layout, lines);
      }
    });
    return;
  }
  lines.push(`${first ?? pad}${inline(t)}`);
}

const written = (t: fc.Arbitrary<Tree>) =>
  fc
    .tuple(
      t,
      fc.record({
        step: fc.integer({ min: 1, max: 4 }),
        dashSpaces: fc.integer({ min: 1, max: 3 }),
        comments: fc.boolean(),
      }),
    )
    .map(([tree, layout]) => {
      const lines: string[] = [];
      write(tree, 0, layout, lines);
      return `${lines.join('\n')}\n`;
    });
const document = written(trees(anyKey, anyScalar, false));
const policyLike = written(trees(fc.constantFrom(...WORDS), policyScalar, true));

describe('generated documents', () => {
  test('whatever the subset accepts, it reads as the library does', () => {
    fc.assert(
      fc.property(document, (text) => void agrees(text)),
      { numRuns: 2000 },
    );
  });

  test('documents written as policies are, all of them accepted and read as the library does', () => {
    fc.assert(
      fc.property(policyLike, (text) => {
        expect(agrees(text)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test('mutated documents: whatever the subset accepts, it reads as the library does', () => {
    let mutatedAccepted = 0;
    const edit = fc.constantFrom(...' |\n|-|:|#|\'|"|[|]|{|}|,|  |a|1|*|&|\t|é'.split('|'));
    fc.assert(
      fc.property(
        fc.oneof(document, policyLike),
        fc.nat(),
        fc.nat({ max: 3 }),
        edit,
        (text, at, cut, insert) => {
          const i = at % (text.length + 1);
          if (agrees(text.slice(0, i) + insert + text.slice(i + cut))) mutatedAccepted++;
        },
      ),
      { numRuns: 2000 },
    );
    // Edits that keep a document within the subset test the reader's bounds the hardest.
    expect(mutatedAccepted).toBeGreaterThan(200);
  });
});
