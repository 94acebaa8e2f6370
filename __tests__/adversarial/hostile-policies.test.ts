/**
 * Policy files built to hurt the loader — through the bundle in `mode: validate`, as a PR check
 * would run a fork's policy: each ends `invalid-policy` with a `file:line:col`, exit 1, no stack
 * trace, in a few seconds. In process, properties over families of such files check the loader
 * never hangs nor throws anything but a PolicyError (the byte- and mutation-level properties live
 * in __tests__/policy/load.property.test.ts).
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { PolicyError } from '../../src/errors.js';
import { loadPolicy } from '../../src/policy/load.js';
import { compilePattern } from '../../src/policy/patterns.js';
import { liveLinks } from '../report/github-links.js';
import { foreignCommands } from './parsers.js';
import { errorMessages, expectOutcome, runAdversarial } from './harness.js';

const FILE = 'policies/oauth-policy.yml';
/**
 * A hostile file must not hang the validation: the harness kills a run after this long, which the
 * tests see as a signal. Generous, because the cases run side by side; a blow-up takes minutes.
 */
const HANG_MS = 30_000;

/** Deterministic bytes: the same file on every run. */
function pseudoRandomBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function billionLaughs(levels: number, width: number): string {
  const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let i = 1; i <= levels; i++) {
    lines.push(
      `l${i}: &l${i} [${Array(width)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const HEAD = 'version: 1\n';

const HOSTILE: [string, string | Buffer][] = [
  ['random bytes', pseudoRandomBytes(4096, 7)],
  ['random bytes after a valid start', Buffer.concat([Buffer.from(HEAD), pseudoRandomBytes(4096, 11)])],
  [
    'invalid UTF-8 in a rule ID',
    Buffer.from([...Buffer.from(`${HEAD}rules:\n  - id: `), 0xff, 0xfe, 0xc0, 0x80, 0x0a]),
  ],
  ['an overlong UTF-8 slash', Buffer.from([...Buffer.from(`${HEAD}rules:\n  - id: a`), 0xc0, 0xaf, 0x0a])],
  ['a NUL byte', `${HEAD}rules:\n  - id: a\u0000b\n`],
  ['a billion laughs', `${HEAD}${billionLaughs(9, 9)}`],
  [
    'a billion laughs inside a rule',
    `${HEAD}rules:\n  - id: a\n    match:\n      name: &n ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]\n      description: [${Array(60).fill('*n').join(', ')}]\n`,
  ],
  ['a self-referencing alias', `${HEAD}a: &a [*a, *a]\n`],
  [
    'merge keys fanning out',
    `${HEAD}${billionLaughs(3, 5)}m: &m {<<: [${Array(40).fill('{a: *l3}').join(', ')}]}\n`,
  ],
  ['10,000 [', `${HEAD}rules: ${'['.repeat(10_000)}\n`],
  ['10,000 {a:', `${HEAD}rules: ${'{a: '.repeat(10_000)}\n`],
  ['10,000 nested block sequences on one line', `${HEAD}rules:\n  ${'- '.repeat(10_000)}x\n`],
  [
    '10,000 nested block mappings',
    `${HEAD}${Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n`,
  ],
  ['a 2 MiB file', `${HEAD}${'# padding comment line of about sixty characters .........\n'.repeat(36_000)}`],
  ['a huge single line', `${HEAD}unknown: ${'y'.repeat(1_000_000)}\n`],
  ['a huge single-line list of wrong items', `${HEAD}rules: [${'1,'.repeat(300_000)}1]\n`],
  [
    'a huge single-line list of bad scopes',
    `${HEAD}rules: [{id: a, scopes: {forbid: [${'"a:b:c",'.repeat(100_000)}"x:y:z"]}}]\n`,
  ],
  ['many rules with duplicate IDs', `${HEAD}rules:\n${'  - id: dup\n'.repeat(20_000)}`],
  ['duplicate keys', `${HEAD}version: 1\nrules: []\n`],
  ['duplicate keys in a rule', `${HEAD}rules:\n  - id: a\n    id: b\n`],
  ['tabs for indentation', `${HEAD}rules:\n\t- id: a\n`],
  ['a tab inside the indentation', `${HEAD}rules:\n  - id: a\n  \tseverity: high\n`],
  [
    'a look-around (outside RE2 syntax)',
    `${HEAD}rules:\n  - id: a\n    match:\n      name: ['/^(?!x)(a+)+$/']\n`,
  ],
  ['a back-reference', `${HEAD}rules:\n  - id: a\n    match:\n      name: ['/(a*)\\1$/']\n`],
  [
    'a 10,000-character regex',
    `${HEAD}rules:\n  - id: a\n    match:\n      name: ['/${'a'.repeat(10_000)}/']\n`,
  ],
  ['an invalid regex', `${HEAD}rules:\n  - id: a\n    match:\n      name: ['/(unclosed/']\n`],
  ['an invalid glob', `${HEAD}rules:\n  - id: a\n    match:\n      name: ['[unclosed']\n`],
  ['a custom tag', `${HEAD}rules: !!js/function "function(){}"\n`],
  ['a second document', `${HEAD}---\nversion: 1\n`],
  ['a YAML 1.1 octal and a merge into the root', `version: 0o1\n<<: {rules: []}\n`],
  // Read as YAML 1.1, `yes` would be true and this file valid.
  ['a %YAML 1.1 directive', `%YAML 1.1\n---\n${HEAD}settings:\n  allow-empty-org: yes\n`],
  ['a merge key', `${HEAD}x: &strict {severity: critical}\nrules:\n  - id: a\n    <<: *strict\n`],
  [
    'a byte-order mark then garbage',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(': : :\n')]),
  ],
  ['UTF-16', Buffer.from(`\ufeff${HEAD}rules: []\n`, 'utf16le')],
  ['a prototype key', `${HEAD}__proto__: {polluted: true}\nrules: []\n`],
  [
    'an exemption until the end of time',
    `${HEAD}exemptions:\n  - client: x\n    reason: r\n    owner: o\n    expires: 9999-12-31\n`,
  ],
  [
    'an impossible date',
    `${HEAD}exemptions:\n  - client: x\n    reason: r\n    owner: o\n    expires: 2027-02-30\n`,
  ],
  ['a numeric overflow', `${HEAD}rules:\n  - id: a\n    scopes:\n      max: 1e400\n`],
  [
    'a permission where a scope goes',
    `${HEAD}rules:\n  - id: a\n    scopes:\n      forbid: [oauth:client:view]\n`,
  ],
];

describe('a hostile policy file in mode: validate', () => {
  test.concurrent.each(HOSTILE)(
    '%s',
    async (_name, content) => {
      const run = await runAdversarial({
        inputs: { mode: 'validate' },
        files: { [FILE]: content },
        timeoutMs: HANG_MS,
      });
      // Killed by the harness's timeout would be a hang.
      expect(run.signal).toBeNull();
      expectOutcome(run, 'invalid-policy');
      const errors = run.commands.filter((c) => c.command === 'error' && c.properties.file === FILE);
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) {
        expect(Number(e.properties.line)).toBeGreaterThanOrEqual(1);
        expect(Number(e.properties.col)).toBeGreaterThanOrEqual(1);
      }
      expect(errorMessages(run).at(-1)).toMatch(new RegExp(`${FILE}:\\d+:\\d+`));
      // At most GitHub's ten error annotations per step are worth printing; the log stays small.
      expect(run.stdout.length).toBeLessThan(256 * 1024);
      expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    },
    HANG_MS + 10_000,
  );
});

describe('a policy whose errors quote hostile text', () => {
  test('no workflow command, mention, reference or link comes of it, in annotations or the summary', async () => {
    // The path is the workflow's, but it reaches the `file` property of every annotation.
    const file = 'policies/x,line=9::error::pwned @octocat #1.yml';
    const hostile = '@octocat #1 GH-2 acme/repo@1234567 www.evil.example\n::error::pwned-from-policy';
    const run = await runAdversarial({
      inputs: { mode: 'validate', policy: file },
      files: {
        [file]:
          `version: 1\nrules:\n  - id: apps\n    ${JSON.stringify(hostile)}: 1\n` +
          `    scopes:\n      forbid: [${JSON.stringify(hostile)}]\n` +
          `  - id: ${JSON.stringify(hostile)}\n`,
      },
      timeoutMs: 15_000,
    });
    expectOutcome(run, 'invalid-policy');
    expect(foreignCommands(run.stdout, ['::error::pwned'])).toEqual([]);
    const annotations = run.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command));
    expect(annotations.filter((c) => c.properties.file === file).length).toBeGreaterThan(0);
    expect(annotations.some((c) => c.message.includes('octocat'))).toBe(true);
    for (const c of annotations) {
      expect(liveLinks(c.message, { plainText: true })).toEqual([]);
      expect(liveLinks(c.properties.title ?? '', { plainText: true })).toEqual([]);
      // Each annotation keeps its own position: the path cannot add or replace a property.
      expect(Object.keys(c.properties).every((k) => ['title', 'file', 'line', 'col'].includes(k))).toBe(true);
    }
    expect(run.summary).toContain('octocat');
    expect(liveLinks(run.summary)).toEqual([]);
  });
});

describe('one meaning for one policy file, in mode: validate', () => {
  // A forbidden role name with a trailing no-break space: the same value, and the same warning at
  // the same place, whatever the line endings.
  const lf = `${HEAD}rules:\n  - id: a\n    match:\n      grant-types: CLIENT-CREDENTIALS\n    roles:\n      forbid:\n        - Master Admin\u00a0\n`;
  test.concurrent.each([
    ['LF', lf],
    ['CRLF', lf.replaceAll('\n', '\r\n')],
  ])('`- Master Admin<NBSP>` with %s line endings', async (_name, content) => {
    const run = await runAdversarial({ inputs: { mode: 'validate' }, files: { [FILE]: content } });
    expectOutcome(run, 'pass');
    const warnings = run.commands.filter((c) => c.command === 'warning' && c.properties.file === FILE);
    expect(warnings.map((w) => [w.properties.line, w.properties.col, w.message])).toEqual([
      [
        '8',
        '11',
        expect.stringContaining(
          'pattern "Master Admin\u00a0" has leading/trailing whitespace (U+00A0 at the end)',
        ),
      ],
    ]);
  });
});

const NOW = new Date('2026-11-20T00:00:00Z');

/** Loads within `ms`, and either succeeds or throws a PolicyError whose messages have a position. */
// A hang guard, not a speed test: the bounds are far above normal times, far below a hang.
function loadsQuickly(text: string, ms = 5_000): void {
  const start = performance.now();
  try {
    loadPolicy(text, 'p.yml', NOW);
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    for (const m of e.errors) {
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.col).toBeGreaterThanOrEqual(1);
    }
  }
  expect(performance.now() - start).toBeLessThan(ms);
}

describe('the loader, on families of hostile files', () => {
  test('alias fan-outs of any width and depth are refused quickly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2, max: 12 }), (levels, width) => {
        loadsQuickly(`${HEAD}${billionLaughs(levels, width)}`);
      }),
      { numRuns: 60 },
    );
  });

  test('nesting of any mix of brackets, maps and block sequences is refused quickly', () => {
    const opener = fc.constantFrom('[', '{a: ', '- ', '[{b: ', '? ');
    fc.assert(
      fc.property(
        fc.array(opener, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 30, max: 5_000 }),
        (open, depth) => {
          let body = '';
          for (let i = 0; i < depth; i++) body += open[i % open.length];
          loadsQuickly(`${HEAD}rules: ${body}x\n`);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('a repeated group that holds a quantifier or an alternation runs in linear time on a long hostile name', () => {
    const text = fc.stringMatching(/^[a-z0-9 _-]{0,6}$/);
    const inner = fc.constantFrom('a+', 'a*', 'a|aa', '\\s*x', '[a-z]+', '(?:b+)', 'x{2,}', '.*');
    const outer = fc.constantFrom('+', '*', '{2,}', '{1,9}');
    const open = fc.constantFrom('(', '(?:');
    const long = `${'a'.repeat(1_999)}!`;
    fc.assert(
      fc.property(text, open, inner, outer, text, fc.boolean(), (before, o, i, q, after, flag) => {
        const pattern = `/${before}${o}${i})${q}${after}$/${flag ? 'i' : ''}`;
        const matcher = compilePattern(pattern);
        const start = performance.now();
        matcher.test(long);
        expect([pattern, performance.now() - start < 1_000]).toEqual([pattern, true]);
      }),
      { numRuns: 300 },
    );
  });

  test('an accepted regex with one quantifier runs quickly on a long hostile name', () => {
    const piece = fc.constantFrom('a', 'b', '.', '\\s', '[a-z]', '(a|b)', '(?:ab)', '^', '$', '-');
    const quantifier = fc.constantFrom('*', '+', '?', '{2,}');
    const long = `${'a'.repeat(1_999)}!`;
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 6 }),
        quantifier,
        fc.array(piece, { maxLength: 6 }),
        (pre, q, post) => {
          const pattern = `/${pre.join('')}${pre.length > 0 ? q : ''}${post.join('')}/i`;
          let matcher;
          try {
            matcher = compilePattern(pattern);
          } catch {
            return;
          }
          const start = performance.now();
          matcher.test(long);
          expect([pattern, performance.now() - start < 1_000]).toEqual([pattern, true]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
