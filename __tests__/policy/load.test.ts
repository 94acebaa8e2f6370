import { describe, test, expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPolicy, loadPolicyFile } from '../../src/policy/load.js';
import { PolicyError } from '../../src/errors.js';
import { BUILTIN_CHECKS, unsetSeverity } from '../../src/policy/types.js';
import { MAX_POLICY_BYTES } from '../../src/policy/source-text.js';
import { policyErrors } from '../helpers/policy-builders.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (name: string) => join(root, '__tests__', 'fixtures', 'policies', name);
const NOW = new Date('2026-11-20T15:00:00Z');

const errors = (text: string | Uint8Array, now = NOW): string[] => policyErrors(text, now);

describe('shipped policies', () => {
  for (const file of ['policies/oauth-policy.yml', 'policies/baseline.yml']) {
    test(`${file} loads without errors or warnings`, async () => {
      const policy = await loadPolicyFile(join(root, file), file, NOW);
      expect(policy.warnings).toEqual([]);
      expect(policy.rules.length).toBeGreaterThan(0);
      expect(policy.path).toBe(file);
    });
  }

  test('the example policy keeps its line numbers for rules and checks', async () => {
    const policy = await loadPolicyFile(
      join(root, 'policies/oauth-policy.yml'),
      'policies/oauth-policy.yml',
      NOW,
    );
    const text = await readFile(join(root, 'policies/oauth-policy.yml'), 'utf8');
    const lines = text.split('\n');
    for (const rule of policy.rules) {
      expect(lines[rule.position.line - 1]).toContain(`- id: ${rule.id}`);
      expect(rule.position.col).toBe(5);
    }
    expect(lines[policy.checks['password-grant'].position!.line - 1]).toMatch(/^ {2}password-grant:/);
    expect(lines[policy.exemptions[0]!.position.line - 1]).toContain('- client:');
  });
});

describe('the loaded Policy', () => {
  test('normalises every key of the language', async () => {
    const bytes = await readFile(fixture('full.yml'));
    const p = loadPolicy(bytes, 'full.yml', NOW);
    expect(p.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(p.version).toBe(1);
    expect(p.settings).toEqual({ failOn: 'medium', maxExemptionDays: 30, allowEmptyOrg: true });
    expect(p.checks['password-grant']).toEqual({ severity: 'critical', position: { line: 10, col: 3 } });
    expect(p.checks['implicit-grant']).toEqual({ severity: 'medium', position: { line: 11, col: 3 } });
    expect(p.checks['unknown-scope']).toEqual({ severity: 'off', position: { line: 12, col: 3 } });
    expect(p.checks['token-lifetime']).toEqual({ severity: 'info', position: { line: 13, col: 3 } });
    expect(p.checks['unmatched-client']).toEqual({ severity: 'medium' });
    expect(p.tokenLifetimeMax).toBe(5400);

    const [web, machines] = p.rules;
    expect(web).toEqual({
      id: 'web',
      description: 'Web apps',
      severity: 'medium',
      match: {
        name: ['web-*'],
        id: ['0B3C6F2E-52A1-4A77-9C9E-1D2F3A4B5C6D'],
        description: ['/widget/i'],
        grantTypes: ['CODE'],
        states: ['active'],
      },
      exclude: { grantTypes: ['TOKEN'], states: ['disabled', 'inactive'] },
      grantTypes: ['CODE', 'SAML2-BEARER', 'SAML2-BEARER'],
      scopes: { require: ['conversations'], allow: ['*:readonly', 'users'], forbid: ['oauth'], max: 4 },
      redirectUris: { allowHosts: ['*.example.com', 'localhost'] },
      maxTokenLifetime: 900,
      position: { line: 16, col: 5 },
    });
    expect(machines).toEqual({
      id: 'machines',
      severity: 'low',
      match: { grantTypes: ['CLIENT-CREDENTIALS', 'CLIENT-CREDENTIALS'] },
      exclude: null,
      roles: {
        require: ['Reader'],
        allow: ['*reader*'],
        forbid: ['Master Admin'],
        allowAllDivisions: false,
        max: 2,
      },
      maxTokenLifetime: 172800,
      position: { line: 38, col: 5 },
    });
    expect(p.exemptions).toEqual([
      {
        client: 'web-legacy*',
        rule: 'web',
        check: 'scope-not-allowed',
        subject: 'analytics',
        reason: 'Legacy widget',
        owner: 'team@example.com',
        expires: '2026-12-01',
        position: { line: 51, col: 5 },
      },
      {
        client: '3f1c2d4e-0000-4a00-8000-000000000001',
        rule: 'password-grant',
        reason: 'Vendor migration',
        owner: 'vendor-team',
        expires: '2026-11-20',
        position: { line: 58, col: 5 },
      },
    ]);
    expect(p.warnings).toEqual([]);
  });

  test('defaults', () => {
    const p = loadPolicy('version: 1\n', 'min.yml', NOW);
    expect(p.settings).toEqual({ maxExemptionDays: 365, allowEmptyOrg: false });
    expect('failOn' in p.settings).toBe(false);
    expect(p.rules).toEqual([]);
    expect(p.exemptions).toEqual([]);
    expect(p.tokenLifetimeMax).toBe(86400);
    for (const id of BUILTIN_CHECKS) expect(p.checks[id]).toEqual({ severity: unsetSeverity(id) });
    // Off unless set: reading usage costs an API query that is polled until it completes.
    expect(p.checks['unused-client']).toEqual({ severity: 'off' });
    expect(p.unusedClient).toBeUndefined();
    const rule = loadPolicy('version: 1\nrules:\n  - id: r\n', 'p.yml', NOW).rules[0]!;
    expect(rule).toEqual({
      id: 'r',
      severity: 'high',
      match: null,
      exclude: null,
      position: { line: 3, col: 5 },
    });
  });

  test('an empty match matches every client; token-lifetime may set max alone', () => {
    const p = loadPolicy(
      'version: 1\nchecks:\n  token-lifetime: { max: 3600 }\nrules:\n  - id: r\n    match: {}\n',
      'p.yml',
      NOW,
    );
    expect(p.rules[0]!.match).toEqual({});
    expect(p.checks['token-lifetime']).toEqual({ severity: 'low', position: { line: 3, col: 3 } });
    expect(p.tokenLifetimeMax).toBe(3600);
  });

  test('text and bytes give the same policy and hash; a BOM is accepted', () => {
    const text = 'version: 1\nrules:\n  - id: r\n';
    const a = loadPolicy(text, 'p.yml', NOW);
    const b = loadPolicy(new TextEncoder().encode(text), 'p.yml', NOW);
    expect(a).toEqual(b);
    expect(a.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    const bom = loadPolicy(
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
      'p.yml',
      NOW,
    );
    expect(bom.rules[0]!.position).toEqual({ line: 3, col: 5 });
  });

  test('an alias may share a list', () => {
    const p = loadPolicy(
      'version: 1\nrules:\n  - id: a\n    scopes: { forbid: &admin [oauth, authorization] }\n  - id: b\n    scopes: { forbid: *admin }\n',
      'p.yml',
      NOW,
    );
    expect(p.rules[1]!.scopes!.forbid).toEqual(['oauth', 'authorization']);
  });
});

describe('YAML errors', () => {
  test('syntax error, at its position', () => {
    expect(errors('version: 1\nrules: [\n  - id: a\n')[0]).toMatch(
      /^3:3 YAML: Block collections are not allowed within flow collections/,
    );
    expect(errors('version: 1\nsettings:\n  fail-on: "high\n')[0]).toMatch(
      /^4:1 YAML: Missing closing "quote/,
    );
  });

  test('a line indented too deep: one error, at that line, that says so', () => {
    expect(errors('version: 1\nsettings:\n  fail-on: high\n    max-exemption-days: 90\n')).toEqual([
      "4:5 YAML: this line is indented deeper than `fail-on` (column 3) on line 3, so it reads as part of that line's value: indent it like the key above to put it beside it, or end the line above with `:` to nest it",
    ]);
    expect(errors('version: 1\n  bad: indent\n')).toEqual([
      expect.stringMatching(/^2:3 YAML: this line is indented deeper than `version` \(column 1\) on line 1,/),
    ]);
    expect(errors('version: 1\nrules:\n  - id: a\n     severity: high\n')).toEqual([
      expect.stringMatching(/^4:6 YAML: this line is indented deeper than `id` \(column 5\) on line 3,/),
    ]);
    expect(errors('version: 1\nrules:\n  - id: a\n    scopes:\n      - x\n        y: 1\n')).toEqual([
      expect.stringMatching(/^6:9 YAML: this line is indented deeper than line 5,/),
    ]);
  });

  test('duplicate keys', () => {
    expect(errors('version: 1\nrules:\n  - id: a\n    severity: low\n    severity: high\n')).toEqual([
      '5:5 YAML: Map keys must be unique (this key appears twice in the same mapping)',
    ]);
  });

  test('several documents', () => {
    expect(errors('version: 1\n---\nversion: 1\n')).toEqual([
      '2:1 YAML: the policy file must hold one YAML document; a `---` line starts another',
    ]);
  });

  test('custom tags, and YAML 1.1 tags the core schema does not have', () => {
    const only =
      '(only the YAML 1.2 core tags !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are supported)';
    expect(errors('version: !int 1\n')).toEqual([`1:10 YAML: Unresolved tag: !int ${only}`]);
    expect(errors('version: 1\nrules: !!set {a}\nx: !!timestamp 2026-01-01\n')).toEqual([
      `2:8 YAML: Unresolved tag: tag:yaml.org,2002:set ${only}`,
      `3:4 YAML: Unresolved tag: tag:yaml.org,2002:timestamp ${only}`,
    ]);
  });

  test('alias bomb', () => {
    const bomb = [
      'version: 1',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '',
    ].join('\n');
    const errs = errors(bomb);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^3:8 YAML: anchors and aliases expand to too much data/);
  });

  test('deep nesting, flow and block, is refused quickly', () => {
    const started = Date.now();
    expect(errors('version: 1\nrules: ' + '['.repeat(400000) + ']'.repeat(400000))).toEqual([
      '2:38 YAML nesting deeper than 32 levels is refused',
    ]);
    expect(errors('version: 1\nrules:\n  ' + '- '.repeat(400000) + 'x')[0]).toMatch(
      /^3:\d+ YAML nesting deeper than 32 levels is refused$/,
    );
    const indented = Array.from({ length: 60 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(errors(`version: 1\n${indented} x\n`)[0]).toMatch(/^\d+:\d+ YAML nesting deeper than 32 levels/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('nesting a valid policy needs is accepted', () => {
    expect(() =>
      loadPolicy('version: 1\nrules:\n  - id: a\n    match: { name: [[x]] }\n', 'p.yml', NOW),
    ).toThrow(/match.name\[0\] must be a string/);
  });

  test('over 1 MiB is refused', () => {
    const text = 'version: 1\n' + '#'.repeat(MAX_POLICY_BYTES);
    expect(errors(text)).toEqual([
      `1:1 the policy file is ${MAX_POLICY_BYTES + 11} bytes; files over ${MAX_POLICY_BYTES} bytes (1 MiB) are refused`,
    ]);
    // exactly 1 MiB is fine
    const ok = 'version: 1\n#' + 'x'.repeat(MAX_POLICY_BYTES - 12);
    expect(loadPolicy(ok, 'p.yml', NOW).version).toBe(1);
  });

  test('invalid UTF-8, with the position of the first bad byte', async () => {
    expect(errors(await readFile(fixture('not-utf8.yml')))).toEqual([
      '3:12 the policy file is not valid UTF-8 (byte offset 29)',
    ]);
    // after a multi-byte character, the column counts characters
    const bytes = new Uint8Array([...new TextEncoder().encode('a: é€'), 0xc3, 0x28]);
    expect(errors(bytes)).toEqual(['1:6 the policy file is not valid UTF-8 (byte offset 8)']);
    for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80]]) {
      expect(errors(new Uint8Array([0x61, ...bad]))).toEqual([
        '1:2 the policy file is not valid UTF-8 (byte offset 1)',
      ]);
    }
  });

  test('the document must be a mapping', () => {
    expect(errors('')).toEqual(['1:1 the policy must be a mapping, not empty']);
    expect(errors('# only a comment\n')).toEqual(['1:1 the policy must be a mapping, not empty']);
    expect(errors('- version: 1\n')).toEqual(['1:1 the policy must be a mapping, not a list']);
  });
});

describe('schema errors, at the offending key or value', () => {
  test('unknown keys: at the key, naming the allowed keys, with a suggestion', () => {
    expect(errors('version: 1\nrule:\n  - id: a\n')).toEqual([
      '2:1 unknown key "rule" in the policy. Did you mean "rules"? Allowed keys: version, settings, checks, rules, exemptions.',
    ]);
    expect(errors('version: 1\nrules:\n  - id: a\n    scope:\n      max: 1\n')).toEqual([
      '4:5 unknown key "scope" in rules[0]. Did you mean "scopes"? Allowed keys: id, description, severity, match, exclude, grant-types, scopes, roles, redirect-uris, max-token-lifetime.',
    ]);
    expect(errors('version: 1\nrules:\n  - id: a\n    match: { nmae: x, grant_types: CODE }\n')).toEqual([
      '4:14 unknown key "nmae" in rules[0].match. Did you mean "name"? Allowed keys: name, id, description, grant-types, states.',
      '4:23 unknown key "grant_types" in rules[0].match. Did you mean "grant-types"? Allowed keys: name, id, description, grant-types, states.',
    ]);
  });

  test('a rule check under checks', () => {
    expect(errors('version: 1\nchecks:\n  scope-forbidden: high\n')[0]).toMatch(
      /^3:3 "scope-forbidden" is not a built-in check: findings of this check come from rules and carry the rule's severity/,
    );
  });

  test('max only for token-lifetime', () => {
    expect(errors('version: 1\nchecks:\n  password-grant: { severity: high, max: 1h }\n')).toEqual([
      '3:37 checks.password-grant: `max` applies only to token-lifetime',
    ]);
  });

  test('wrong types', () => {
    expect(
      errors(
        [
          'version: 1',
          'settings:',
          '  allow-empty-org: yes',
          '  max-exemption-days: 1.5',
          'rules:',
          '  - id: a',
          '    match:',
          '      name: { x: 1 }',
          '    scopes:',
          '      forbid: oauth',
          '    max-token-lifetime: true',
          '  - id: b',
          '    match:',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      '3:20 settings.allow-empty-org must be true or false, not a string',
      '4:23 settings.max-exemption-days must be an integer, not a number',
      '8:13 rules[0].match.name must be a string or a list of strings, not a mapping',
      '10:15 rules[0].scopes.forbid must be a list, not a string',
      '11:25 rules[0].max-token-lifetime must be a number of seconds or a duration such as 90m, 1h, 2d, not true',
      '13:5 rules[1].match must be a mapping, not empty',
    ]);
  });

  test('bad enums, with suggestions', () => {
    expect(
      errors(
        [
          'version: 1',
          'settings:',
          '  fail-on: High',
          'checks:',
          '  implicit-grant: hihg',
          'rules:',
          '  - id: a',
          '    severity: off',
          '    match:',
          '      states: [active, deleted]',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      '3:12 settings.fail-on: "High" is not one of critical, high, medium, low, info, never. Did you mean "high"?',
      '5:19 checks.implicit-grant: "hihg" is not one of critical, high, medium, low, info, off. Did you mean "high"?',
      '8:15 rules[0].severity: "off" is not one of critical, high, medium, low, info.',
      '10:24 rules[0].match.states[1]: "deleted" is not one of active, disabled, inactive.',
    ]);
  });

  test('version', () => {
    expect(errors('version: 2\n')).toEqual([
      '1:10 unsupported policy version 2: this tool reads version 1 (write `version: 1`)',
    ]);
    expect(errors("version: '1'\n")).toEqual([
      '1:10 unsupported policy version "1": this tool reads version 1 (write `version: 1`)',
    ]);
    expect(errors('rules: []\n')).toEqual(['1:1 the policy: missing required key "version"']);
  });

  test('rule IDs, grant types, durations and dates', () => {
    expect(
      errors(
        [
          'version: 1',
          'rules:',
          '  - id: Web_Chat',
          '    match:',
          '      grant-types: [code, CLIENT_CREDENTIALS, implicit]',
          '    grant-types: []',
          '    max-token-lifetime: 1 hour',
          'exemptions:',
          '  - client: x',
          '    reason: r',
          '    owner: o',
          '    expires: 2027/01/31',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      '3:9 rules[0].id: rule ID "Web_Chat" must be lower-case letters, digits and "-", starting with a letter or digit (e.g. "web-chat")',
      '5:21 rules[0].match.grant-types[0]: write grant type "code" in upper case, as the API does: CODE',
      '5:47 rules[0].match.grant-types[2]: "implicit" is not a grant type; use CODE, TOKEN, SAML2-BEARER, PASSWORD or CLIENT-CREDENTIALS',
      '6:18 rules[0].grant-types must not be an empty list',
      '7:25 rules[0].max-token-lifetime: "1 hour" is not a duration; write seconds (3600) or a number with a unit: 30s, 90m, 1h, 2d, 1h30m',
      '12:14 exemptions[0].expires: "2027/01/31" is not a date; write YYYY-MM-DD (e.g. 2027-01-31)',
    ]);
  });

  test('exemptions: every missing required field, empty strings, unknown check', () => {
    expect(
      errors(
        [
          'version: 1',
          'exemptions:',
          '  - client: x',
          '    check: scope-forbiden',
          '    reason: "  "',
          '  - {}',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      '3:5 exemptions[0]: missing required key "owner"',
      '3:5 exemptions[0]: missing required key "expires"',
      expect.stringMatching(
        /^4:12 exemptions\[0\]\.check: "scope-forbiden" is not one of .*Did you mean "scope-forbidden"\?$/,
      ),
      '5:13 exemptions[0].reason must not be empty',
      '6:5 exemptions[1]: missing required key "client"',
      '6:5 exemptions[1]: missing required key "reason"',
      '6:5 exemptions[1]: missing required key "owner"',
      '6:5 exemptions[1]: missing required key "expires"',
    ]);
  });

  test('all errors at once, sorted by position', async () => {
    const errs = errors(await readFile(fixture('many-errors.yml')));
    expect(errs).toEqual([
      expect.stringMatching(/^2:1 unknown key "setting" in the policy. Did you mean "settings"\?/),
      expect.stringMatching(/^6:15 rules\[0\]\.severity: "urgent" is not one of/),
      expect.stringMatching(
        /^8:16 rules\[0\]\.scopes\.forbid\[0\]: "oauth:client:view" looks like a permission/,
      ),
      '9:9 rules[1].id: duplicate rule ID "a" (also the ID of rules[0])',
      expect.stringMatching(/^10:14 unknown key "nmae"/),
      '13:11 exemptions[0].rule: "b" is neither a rule ID of this policy nor a built-in check.',
      '16:14 exemptions[0].expires: 2027-02-30 is not a calendar date',
    ]);
  });

  test('the error message carries file:line:col', () => {
    try {
      loadPolicy('version: 1\nrule: []\n', 'policies/x.yml', NOW);
    } catch (e) {
      expect((e as Error).message).toBe(
        'Invalid policy: policies/x.yml:2:1: error: unknown key "rule" in the policy. Did you mean "rules"? Allowed keys: version, settings, checks, rules, exemptions.',
      );
      return;
    }
    throw new Error('expected a PolicyError');
  });
});

describe('loadPolicyFile', () => {
  test('reads the file', async () => {
    const p = await loadPolicyFile(fixture('minimal.yml'), 'fixtures/minimal.yml', NOW);
    expect(p.path).toBe('fixtures/minimal.yml');
    expect(p.sha256).toBe(createHash('sha256').update('version: 1\n').digest('hex'));
  });

  test('a missing file names the path, says what it is relative to, and names init', async () => {
    const abs = join(root, 'policies', 'nope.yml');
    await expect(loadPolicyFile(abs, 'policies/nope.yml', NOW)).rejects.toThrow(PolicyError);
    await expect(loadPolicyFile(abs, 'policies/nope.yml', NOW)).rejects.toThrow(
      `policies/nope.yml:1:1: error: policy file not found: policies/nope.yml (looked for ${abs}). The path is relative to the workspace, or to the working folder on the command line (default policies/oauth-policy.yml). To start one, run \`npx genesys-oauth-audit init\``,
    );
  });

  test('a folder is not a policy file', async () => {
    await expect(loadPolicyFile(join(root, 'policies'), 'policies', NOW)).rejects.toThrow(/is not a file/);
  });

  test('over 1 MiB is refused before it is read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policy-'));
    const big = join(dir, 'big.yml');
    await writeFile(big, 'version: 1\n' + '#'.repeat(MAX_POLICY_BYTES));
    await expect(loadPolicyFile(big, 'big.yml', NOW)).rejects.toThrow(
      /files over 1048576 bytes \(1 MiB\) are refused/,
    );
  });

  test('invalid UTF-8 is refused with a position', async () => {
    await expect(loadPolicyFile(fixture('not-utf8.yml'), 'not-utf8.yml', NOW)).rejects.toThrow(
      'not-utf8.yml:3:12: error: the policy file is not valid UTF-8',
    );
  });
});
