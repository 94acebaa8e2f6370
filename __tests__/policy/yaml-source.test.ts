/**
 * A policy file has one meaning: one YAML reader (YAML 1.2, core schema) reads every file, so the
 * value does not depend on line endings, a final newline, a BOM or Unicode spaces in the text; and
 * nothing in the file (a `%YAML` or `%TAG` directive, a merge key) switches to another reading.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPolicy } from '../../src/policy/load.js';
import { decodeSource } from '../../src/policy/source-text.js';
import { parseSource } from '../../src/policy/yaml-source.js';
import { generatePolicy } from '../../bench/policy.js';
import { policyErrors } from '../helpers/policy-builders.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NOW = new Date('2026-11-20T15:00:00Z');

/** The Unicode spaces a YAML reader must not take for white space, and the BOM. */
const UNICODE_SPACES = [
  '\u00a0',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  '\u3000',
  '\ufeff',
];

/** The same file written the ways editors write it: LF or CRLF, with or without a final newline, with a BOM. */
function spellings(lf: string): Record<string, string> {
  const bare = lf.replace(/\n+$/, '');
  const crlf = (s: string) => s.replaceAll('\n', '\r\n');
  return {
    lf: `${bare}\n`,
    crlf: crlf(`${bare}\n`),
    'lf, no final newline': bare,
    'crlf, no final newline': crlf(bare),
    'lf, BOM': `\ufeff${bare}\n`,
    'crlf, BOM': crlf(`\ufeff${bare}\n`),
  };
}

/** The value every spelling of `lf` reads as, as text and as bytes; fails when two differ. */
function oneValue(lf: string): unknown {
  const read = (input: string | Uint8Array) => {
    const decoded = decodeSource(input);
    if ('message' in decoded) throw new Error(decoded.message);
    return parseSource(decoded.text);
  };
  const values = Object.entries(spellings(lf)).flatMap(([how, text]) => {
    const fromText = read(text);
    const fromBytes = read(Buffer.from(text));
    return [
      { how, errors: fromText.errors, value: fromText.value },
      { how: `${how}, bytes`, errors: fromBytes.errors, value: fromBytes.value },
    ];
  });
  for (const v of values) expect({ how: v.how, errors: v.errors }).toEqual({ how: v.how, errors: [] });
  for (const v of values.slice(1))
    expect({ how: v.how, value: v.value }).toEqual({ how: v.how, value: values[0]!.value });
  return values[0]!.value;
}

const errors = (text: string | Uint8Array): string[] => policyErrors(text, NOW);

const crlf = (s: string) => s.replaceAll('\n', '\r\n');

describe('one meaning, whatever the line endings and spaces', () => {
  const forbidMasterAdmin = (space: string) =>
    `version: 1\nrules:\n  - id: r\n    match:\n      grant-types: CLIENT-CREDENTIALS\n    roles:\n      forbid:\n        - Master Admin${space}\n`;

  test.each(
    UNICODE_SPACES.map((s) => [`U+${s.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, s]),
  )('`- Master Admin` followed by %s keeps it, with LF and with CRLF', (_, space) => {
    for (const text of [forbidMasterAdmin(space), crlf(forbidMasterAdmin(space))]) {
      const policy = loadPolicy(text, 'p.yml', NOW);
      expect(policy.rules[0]!.roles!.forbid).toEqual([`Master Admin${space}`]);
      expect(policy.rules[0]!.roles!.forbid).not.toEqual(['Master Admin']);
    }
  });

  test.each(['true', 'false', 'null', '12'])(
    '`%s` followed by a Unicode space is text, with LF and with CRLF',
    (word) => {
      for (const space of UNICODE_SPACES) {
        const lf = `version: 1\nsettings:\n  allow-empty-org: ${word}${space}\n`;
        expect(parseSource(lf).value).toEqual({
          version: 1,
          settings: { 'allow-empty-org': `${word}${space}` },
        });
        expect(errors(lf)).toEqual(['3:20 settings.allow-empty-org must be true or false, not a string']);
        expect(errors(crlf(lf))).toEqual(errors(lf));
      }
    },
  );

  test('a BOM is not part of the text, as bytes or as a string: columns on the first line are right', () => {
    const text = '\ufeffversion: 2\n';
    const expected = [expect.stringMatching(/^1:10 unsupported policy version 2/)];
    expect(errors(text)).toEqual(expected);
    expect(errors(Buffer.from(text))).toEqual(expected);
  });

  test('shipped policies, fixtures and the benchmark policy read the same in every spelling', () => {
    const files = [
      ...['oauth-policy.yml', 'baseline.yml'].map((f) => join(root, 'policies', f)),
      ...readdirSync(join(root, '__tests__', 'fixtures', 'policies'))
        .filter((f) => f.endsWith('.yml') && f !== 'not-utf8.yml')
        .map((f) => join(root, '__tests__', 'fixtures', 'policies', f)),
    ];
    for (const file of files) expect(oneValue(readFileSync(file, 'utf8'))).toBeDefined();
    expect(oneValue(generatePolicy(100))).toBeDefined();
  });

  // Generated policy-shaped files whose scalars hold Unicode spaces anywhere (plain where YAML
  // allows it, else quoted): every spelling reads the same, and as the text that was written.
  const space = fc.constantFrom(...UNICODE_SPACES.filter((s) => s !== '\ufeff'), '\ufeff');
  const word = fc.constantFrom('Master Admin', 'true', 'null', '12', 'x', 'web-*', '/^a b$/i', 'a:b');
  const spaced = fc
    .tuple(fc.array(space, { maxLength: 2 }), word, fc.array(space, { maxLength: 2 }), fc.option(space))
    .map(([before, w, after, inside]) => {
      const mid = inside === null ? w : w.replace(/ |$/, inside);
      return `${before.join('')}${mid}${after.join('')}`;
    })
    .filter((s) => UNICODE_SPACES.some((u) => s.includes(u)));
  const scalar = fc.record({ text: spaced, style: fc.constantFrom('plain', 'single', 'double') });
  const write = ({ text, style }: { text: string; style: string }) =>
    style === 'single' ? `'${text}'` : style === 'double' ? JSON.stringify(text) : text;
  const KEYS = ['name', 'description', 'forbid', 'allow', 'allow-hosts'];
  const entry = fc.tuple(
    fc.constantFrom(...KEYS),
    fc.array(scalar, { minLength: 1, maxLength: 3 }),
    fc.boolean(),
  );

  test('generated files with Unicode spaces in their values: one value, the text as written', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 1, maxLength: 4, selector: ([k]) => k }), (entries) => {
        const lines = ['rules:', '  - id: r'];
        const expected: Record<string, string[]> = {};
        for (const [key, items, flow] of entries) {
          expected[key] = items.map((i) => i.text);
          if (flow) lines.push(`    ${key}: [${items.map(write).join(', ')}]`);
          else lines.push(`    ${key}:`, ...items.map((i) => `      - ${write(i)}`));
        }
        expect(oneValue(lines.join('\n'))).toEqual({ rules: [{ id: 'r', ...expected }] });
      }),
      { numRuns: 300 },
    );
  });
});

describe('no directive or key switches to another reading', () => {
  const YAML_11 = `%YAML 1.1\n---\nversion: 1\nsettings:\n  allow-empty-org: yes\n  max-exemption-days: 0700\n`;

  test.each([
    ['%YAML 1.1', YAML_11, '1:1'],
    ['%YAML 1.1 with CRLF', crlf(YAML_11), '1:1'],
    ['%YAML 1.1 after a comment', `# policy\n${YAML_11}`, '2:1'],
    ['%YAML 1.0', '%YAML 1.0\n---\nversion: 1\n', '1:1'],
    ['%YAML 1.3', '%YAML 1.3\n---\nversion: 1\n', '1:1'],
    ['%YAML 2.0', '%YAML 2.0\n---\nversion: 1\n', '1:1'],
    ['%YAML without a version', '%YAML\n---\nversion: 1\n', '1:1'],
  ])('%s is refused at its position', (_, text, at) => {
    expect(errors(text)).toEqual([
      `${at} YAML: only \`%YAML 1.2\` is accepted: the policy is read as YAML 1.2 (core schema), where \`yes\` is a string, \`0700\` a decimal number and \`<<\` an ordinary key; remove this directive`,
    ]);
  });

  test('%YAML 1.2 changes nothing: the core schema still reads the file', () => {
    const body = 'version: 1\nsettings:\n  allow-empty-org: yes\n';
    expect(parseSource(`%YAML 1.2\n---\n${body}`).value).toEqual(parseSource(body).value);
    expect(parseSource(`%YAML 1.2 # the default\n---\na: 0700\nb: on\n`).value).toEqual({ a: 700, b: 'on' });
    expect(errors(`%YAML 1.2\n---\n${body}`)).toEqual([
      '5:20 settings.allow-empty-org must be true or false, not a string',
    ]);
  });

  test('a merge key is refused at its position, never merged', () => {
    const text = [
      'version: 1',
      'x-defaults: &defaults { severity: low }',
      'rules:',
      '  - id: a',
      '    <<: *defaults',
      '  - { id: b, <<: *defaults }',
      '',
    ].join('\n');
    const message =
      'YAML: merge keys (`<<`) are not supported: the policy is read as YAML 1.2, which has none, so `<<` would be an ordinary key; write the keys out (an alias can still repeat a whole list or mapping)';
    expect(errors(text)).toEqual([`5:5 ${message}`, `6:14 ${message}`]);
    expect(errors('version: 1\n!!merge <<: {rules: []}\n')[0]).toMatch(
      /^2:1 YAML: Unresolved tag: tag:yaml.org,2002:merge/,
    );
    // Quoted, it is a key like any other, which the policy does not have.
    expect(errors("version: 1\n'<<': {rules: []}\n")[0]).toMatch(/^2:1 unknown key "<<" in the policy/);
  });

  test('%TAG directives only rename tags: they reach no type outside the core schema', () => {
    expect(errors('%TAG !! tag:example.com,2000:\n---\nversion: !!int "1"\n')).toEqual([
      '3:10 YAML: Unresolved tag: tag:example.com,2000:int (only the YAML 1.2 core tags !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are supported)',
    ]);
    expect(errors('%TAG ! tag:yaml.org,2002:\n---\nversion: 1\nrules: !set {a}\n')[0]).toMatch(
      /^4:8 YAML: Unresolved tag: tag:yaml.org,2002:set/,
    );
    // A renamed core tag reads as the core tag does, and `yes` stays a string under any tag.
    const renamed = parseSource('%TAG ! tag:yaml.org,2002:\n---\na: !str 1\nb: !bool true\n');
    expect(renamed.value).toEqual({ a: '1', b: true });
    expect(parseSource('a: !!bool yes\n').errors).not.toEqual([]);
  });

  test('keys that plain data cannot hold are refused at their position', () => {
    const message = 'YAML: a mapping key must be written out as text, not as a list, a mapping or an alias';
    expect(errors('version: 1\n? [rules]\n: []\n')).toEqual([`2:3 ${message}`]);
    expect(errors('version: 1\nx: {? {a: 1} : 2}\n')).toEqual([`2:7 ${message}`]);
    expect(errors('version: &v 1\n*v : 1\n')).toEqual([`2:1 ${message}`]);
  });
});
