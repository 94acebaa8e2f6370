import { describe, test, expect } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPolicy } from '../../src/policy/load.js';
import { PolicyError } from '../../src/errors.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NOW = new Date('2026-11-20T00:00:00Z');
const EXAMPLE = readFileSync(join(root, 'policies', 'oauth-policy.yml'), 'utf8');
const BASELINE = readFileSync(join(root, 'policies', 'baseline.yml'), 'utf8');
const FULL = readFileSync(join(root, '__tests__', 'fixtures', 'policies', 'full.yml'), 'utf8');

/** Loads; anything thrown must be a PolicyError whose messages all have a position in the file. */
function loadsOrFailsCleanly(input: string | Uint8Array): void {
  const lines = (typeof input === 'string' ? input : Buffer.from(input).toString('utf8')).split('\n').length;
  try {
    const policy = loadPolicy(input, 'p.yml', NOW);
    for (const w of policy.warnings) checkPosition(w, lines);
    for (const r of policy.rules) checkPosition(r.position, lines);
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    expect(e.errors.length).toBeGreaterThan(0);
    for (const m of [...e.errors, ...e.warnings]) {
      checkPosition(m, lines);
      expect(m.file).toBe('p.yml');
      expect(m.message.length).toBeGreaterThan(0);
    }
  }
}

function checkPosition(p: { line: number; col: number }, lines: number): void {
  expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines).toBe(true);
  expect(Number.isInteger(p.col) && p.col >= 1).toBe(true);
}

// Characters that matter to YAML and to the policy language.
const yamlish = fc.constantFrom(
  ...': -\n\n  [ ] { } , # & * ! | > \' " % @ ` ? ~ 0 1 a z A _ . / \\ \t é'.split(' '),
  ' ',
  'version: 1\n',
  'rules:\n',
  '  - id: a\n',
  'scopes:',
  'forbid:',
  'match:',
  'exemptions:',
  '*:readonly',
  'oauth:client:view',
  '&a ',
  '*a',
  '<<: ',
  '2027-02-30',
  '1h',
);

/** A mutation of a valid policy: a span replaced, deleted or duplicated. */
const mutated = (base: string) =>
  fc
    .tuple(
      fc.nat(base.length),
      fc.nat(40),
      fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.array(yamlish, { maxLength: 8 }).map((a) => a.join('')),
      ),
    )
    .map(([at, len, insert]) => base.slice(0, at) + insert + base.slice(Math.min(base.length, at + len)));

describe('the loader never throws anything but a PolicyError, and every message has a position', () => {
  test('arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), loadsOrFailsCleanly), {
      numRuns: 400,
    });
  });

  test('YAML-like text', () => {
    fc.assert(
      fc.property(
        fc.array(yamlish, { maxLength: 60 }).map((a) => a.join('')),
        loadsOrFailsCleanly,
      ),
      { numRuns: 600 },
    );
  });

  test('arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), loadsOrFailsCleanly), { numRuns: 300 });
  });

  for (const [name, base] of [
    ['the example policy', EXAMPLE],
    ['the baseline', BASELINE],
    ['a policy using every key', FULL],
  ] as const) {
    test(`mutations of ${name}`, () => {
      fc.assert(fc.property(mutated(base), loadsOrFailsCleanly), { numRuns: 400 });
    });
  }

  test('valid policies with values of any type in any place', () => {
    const anyValue = fc.jsonValue({ maxDepth: 3 });
    const keyPath = fc.constantFrom(
      ['settings'],
      ['settings', 'fail-on'],
      ['checks', 'token-lifetime'],
      ['checks', 'token-lifetime', 'max'],
      ['rules'],
      ['rules', 0],
      ['rules', 0, 'id'],
      ['rules', 0, 'match'],
      ['rules', 0, 'match', 'name'],
      ['rules', 0, 'scopes', 'allow'],
      ['rules', 0, 'scopes', 'require', 0],
      ['rules', 0, 'roles', 'forbid'],
      ['rules', 0, 'redirect-uris', 'allow-hosts'],
      ['rules', 0, 'redirect-uris', 'allow-schemes'],
      ['rules', 0, 'max-token-lifetime'],
      ['exemptions', 0],
      ['exemptions', 0, 'expires'],
      ['exemptions', 0, 'rule'],
      ['version'],
    );
    fc.assert(
      fc.property(keyPath, anyValue, (path, value) => {
        const doc: Record<string, unknown> = {
          version: 1,
          rules: [{ id: 'a', scopes: { require: ['users'], allow: ['users'] } }],
          exemptions: [{ client: 'x', reason: 'r', owner: 'o', expires: '2026-12-01' }],
        };
        let node = doc as Record<string | number, unknown>;
        for (const seg of path.slice(0, -1)) {
          if (typeof node[seg] !== 'object' || node[seg] === null) node[seg] = {};
          node = node[seg] as Record<string | number, unknown>;
        }
        node[path[path.length - 1]!] = value;
        loadsOrFailsCleanly(JSON.stringify(doc, null, 2));
      }),
      { numRuns: 500 },
    );
  });
});
