import { describe, test, expect } from '@jest/globals';
import { loadPolicy } from '../../src/policy/load.js';
import { PolicyError } from '../../src/errors.js';
import { catalogueWarnings } from '../../src/policy/validate.js';
import { scopePatternProblem, unknownScopeMessage } from '../../src/policy/validate-scopes.js';
import { KNOWN_SCOPES, isKnownScope } from '../../src/known-scopes.js';
import { normaliseGrantType, isKnownGrantType, POLICY_GRANT_TYPE_PATTERN } from '../../src/grant-types.js';
import { GRANT_TYPES } from '../../src/model.js';
import { parseDuration, formatDuration, DURATION_PATTERN } from '../../src/policy/duration.js';
import { editDistance, nearest } from '../../src/policy/suggest.js';
import { POLICY_SCHEMA } from '../../src/policy/schema.js';
import { ALL_CHECKS, BUILTIN_CHECKS, unsetSeverity } from '../../src/policy/types.js';
import { policyErrors } from '../helpers/policy-builders.js';

const NOW = new Date('2026-11-20T23:59:59Z');

const errors = (text: string, now = NOW): string[] => policyErrors(text, now);

function warnings(text: string): string[] {
  return loadPolicy(text, 'p.yml', NOW).warnings.map((m) => {
    expect(m.level).toBe('warning');
    expect(m.file).toBe('p.yml');
    return `${m.line}:${m.col} ${m.message}`;
  });
}

/** A policy with one rule whose body is `body` (indented under `- id: r`). */
const rule = (body: string) => `version: 1\nrules:\n  - id: r\n${body}`;

describe('rule IDs', () => {
  test('duplicates', () => {
    expect(errors('version: 1\nrules:\n  - id: a\n  - id: b\n  - id: a\n  - id: a\n')).toEqual([
      '5:9 rules[2].id: duplicate rule ID "a" (also the ID of rules[0])',
      '6:9 rules[3].id: duplicate rule ID "a" (also the ID of rules[0])',
    ]);
  });

  test('a rule may not take the ID of a built-in check', () => {
    expect(errors('version: 1\nrules:\n  - id: password-grant\n')).toEqual([
      '3:9 rules[0].id: rule ID "password-grant" is the ID of a built-in check, which findings and exemptions would confuse with it; choose another ID',
    ]);
  });
});

describe('patterns', () => {
  test('invalid globs and regular expressions, wherever a pattern is allowed', () => {
    expect(
      errors(
        rule(
          [
            '    match:',
            "      name: ['ok-*', '[abc']",
            '      description: /(a)\\1/',
            '    exclude:',
            "      name: '/[/'",
            '    roles:',
            "      forbid: ['{a,b']",
            "      allow: ['[z']",
            '    redirect-uris:',
            "      allow-hosts: ['[x.example.com']",
            'exemptions:',
            "  - client: 'web-[*'",
            '    reason: r',
            '    owner: o',
            '    expires: 2026-12-01',
            '',
          ].join('\n'),
        ),
      ),
    ).toEqual([
      expect.stringMatching(/^5:22 rules\[0\]\.match\.name\[1\]: invalid glob "\[abc"/),
      expect.stringMatching(
        /^6:20 rules\[0\]\.match\.description: invalid regular expression \/\(a\)\\1\/: .*escape/,
      ),
      expect.stringMatching(/^8:13 rules\[0\]\.exclude\.name: invalid regular expression \/\[\/: /),
      expect.stringMatching(/^10:16 rules\[0\]\.roles\.forbid\[0\]: invalid glob "\{a,b"/),
      expect.stringMatching(/^11:15 rules\[0\]\.roles\.allow\[0\]: invalid glob "\[z"/),
      expect.stringMatching(
        /^13:21 rules\[0\]\.redirect-uris\.allow-hosts\[0\]: invalid glob "\[x\.example\.com"/,
      ),
      expect.stringMatching(/^15:13 exemptions\[0\]\.client: invalid glob "web-\[\*"/),
    ]);
  });

  test('valid globs and regular expressions load', () => {
    const p = loadPolicy(
      rule("    match:\n      name: ['{web,chat}-*', '/^crm [0-9]+$/i', 'x?[a-c]']\n"),
      'p.yml',
      NOW,
    );
    expect(p.rules[0]!.match!.name).toHaveLength(3);
  });

  test('allow-hosts takes hosts, not URLs or ports', () => {
    expect(
      errors(
        rule(
          "    redirect-uris:\n      allow-hosts: ['https://a.example.com', 'a.example.com/cb', 'a.example.com:443']\n",
        ),
      ),
    ).toEqual([
      '5:21 rules[0].redirect-uris.allow-hosts[0]: "https://a.example.com" is a URL; allow-hosts takes host names or host globs (e.g. "*.example.com"), without scheme or path',
      '5:46 rules[0].redirect-uris.allow-hosts[1]: "a.example.com/cb" is a URL; allow-hosts takes host names or host globs (e.g. "*.example.com"), without scheme or path',
      '5:66 rules[0].redirect-uris.allow-hosts[2]: "a.example.com:443" has a port; allow-hosts takes host names only (the port is not compared)',
    ]);
  });
});

describe('redirect-uris.allow-schemes', () => {
  test('takes lower-case scheme names, never a script or file scheme', () => {
    expect(
      errors(
        rule(
          "    redirect-uris:\n      allow-schemes: ['MyApp', 'myapp://', 'ms-app', 'javascript', '1x', com.example.app]\n",
        ),
      ),
    ).toEqual([
      '5:23 rules[0].redirect-uris.allow-schemes[0]: "MyApp" is not a URI scheme; write the scheme name in lower case, without ":" or "://" (e.g. "myapp")',
      '5:32 rules[0].redirect-uris.allow-schemes[1]: "myapp://" is not a URI scheme; write the scheme name in lower case, without ":" or "://" (e.g. "myapp")',
      '5:54 rules[0].redirect-uris.allow-schemes[3]: "javascript" runs code or reads local files when a browser is sent to it, so it can never be a safe redirect',
      '5:68 rules[0].redirect-uris.allow-schemes[4]: "1x" is not a URI scheme; write the scheme name in lower case, without ":" or "://"',
    ]);
  });

  test('redirect-uris takes allow-hosts, allow-schemes or both, and not nothing', () => {
    expect(errors(rule('    redirect-uris: {}\n'))).toEqual([
      '4:20 rules[0].redirect-uris must set `allow-hosts`, `allow-schemes` or both',
    ]);
    const only = loadPolicy(rule('    redirect-uris:\n      allow-schemes: [myapp]\n'), 'p.yml', NOW);
    expect(only.rules[0]!.redirectUris).toEqual({ allowSchemes: ['myapp'] });
    const both = loadPolicy(
      rule("    redirect-uris:\n      allow-hosts: ['*.example.com']\n      allow-schemes: [myapp]\n"),
      'p.yml',
      NOW,
    );
    expect(both.rules[0]!.redirectUris).toEqual({ allowHosts: ['*.example.com'], allowSchemes: ['myapp'] });
  });
});

describe('scope patterns', () => {
  test('a three-part permission belongs in roles', () => {
    expect(errors(rule('    scopes:\n      forbid: [oauth, "oauth:client:view"]\n'))).toEqual([
      '5:23 rules[0].scopes.forbid[1]: "oauth:client:view" looks like a permission (domain:entity:action), not a scope: scopes are <domain> or <domain>:readonly. Permissions come from roles; for CLIENT-CREDENTIALS clients judge them under `roles`',
    ]);
  });

  test('grammar: <domain> or <domain>:readonly, lower kebab-case, globs allowed except in require', () => {
    expect(
      errors(
        rule(
          [
            '    scopes:',
            "      require: ['users:*', Users, 'users:readonly']",
            "      allow: ['users:view', 'web chat', '/users/', 'users:read*', '*', '{users,users:readonly}', '*:readonly']",
            "      forbid: ['', 'a:b:c:d']",
            '',
          ].join('\n'),
        ),
      ),
    ).toEqual([
      '5:17 rules[0].scopes.require[0]: "users:*": scopes.require takes exact scope names, not patterns',
      '5:28 rules[0].scopes.require[1]: "Users": scope names are lower case; write "users"',
      '6:15 rules[0].scopes.allow[0]: "users:view" is not a scope: the only scope suffix is ":readonly" (scopes are <domain> or <domain>:readonly)',
      '6:29 rules[0].scopes.allow[1]: "web chat" is not a scope: a scope is <domain> or <domain>:readonly, the domain in lower-case letters, digits and "-"',
      '6:41 rules[0].scopes.allow[2]: "/users/": scope patterns are globs (e.g. "*:readonly"), not regular expressions or paths',
      '7:16 rules[0].scopes.forbid[0] must not be empty',
      '7:20 rules[0].scopes.forbid[1]: "a:b:c:d" looks like a permission (domain:entity:action), not a scope: scopes are <domain> or <domain>:readonly. Permissions come from roles; for CLIENT-CREDENTIALS clients judge them under `roles`',
    ]);
  });

  test('scopePatternProblem', () => {
    expect(scopePatternProblem('users', true)).toBeNull();
    expect(scopePatternProblem('speech-and-text-analytics:readonly', true)).toBeNull();
    expect(scopePatternProblem('*', false)).toBeNull();
    expect(scopePatternProblem('users:?eadonly', false)).toBeNull();
    expect(scopePatternProblem('users:?eadonly', true)).toMatch(/not patterns/);
    expect(scopePatternProblem('-users', true)).toMatch(/not a scope/);
    expect(scopePatternProblem('conversation:call:add', false)).toMatch(/looks like a permission/);
  });
});

describe('exemptions', () => {
  const exemption = (fields: string) =>
    `version: 1\nrules:\n  - id: web\nexemptions:\n  - client: x\n    reason: r\n    owner: o\n${fields}`;

  test('naming an unknown rule, with a suggestion; rule IDs and built-in checks are known', () => {
    expect(errors(exemption('    rule: wbe\n    expires: 2026-12-01\n'))).toEqual([
      '8:11 exemptions[0].rule: "wbe" is neither a rule ID of this policy nor a built-in check. Did you mean "web"?',
    ]);
    expect(errors(exemption('    rule: pasword-grant\n    expires: 2026-12-01\n'))).toEqual([
      '8:11 exemptions[0].rule: "pasword-grant" is neither a rule ID of this policy nor a built-in check. Did you mean "password-grant"?',
    ]);
    expect(errors(exemption('    rule: scope-forbidden\n    expires: 2026-12-01\n'))).toEqual([
      '8:11 exemptions[0].rule: "scope-forbidden" is neither a rule ID of this policy nor a built-in check.',
    ]);
    for (const r of ['web', 'password-grant', 'unused-exemption'])
      expect(
        loadPolicy(exemption(`    rule: ${r}\n    expires: 2026-12-01\n`), 'p.yml', NOW).exemptions[0]!.rule,
      ).toBe(r);
  });

  test('impossible dates', () => {
    for (const d of ['2027-02-30', '2026-13-01', '2026-00-10', '2026-11-31', '2027-02-29']) {
      expect(errors(exemption(`    expires: ${d}\n`))).toEqual([
        `8:14 exemptions[0].expires: ${d} is not a calendar date`,
      ]);
    }
    expect(loadPolicy(exemption('    expires: 2026-12-31\n'), 'p.yml', NOW).exemptions[0]!.expires).toBe(
      '2026-12-31',
    );
    expect(
      loadPolicy(exemption('    expires: 2027-02-28\n'), 'p.yml', new Date('2026-06-01T00:00:00Z'))
        .exemptions,
    ).toHaveLength(1);
    expect(
      loadPolicy(exemption('    expires: 2028-02-29\n'), 'p.yml', new Date('2027-06-01T00:00:00Z'))
        .exemptions,
    ).toHaveLength(1);
  });

  test('expiring beyond max-exemption-days, counted in UTC days from now', () => {
    // 2026-11-20 + 365 days = 2027-11-20
    expect(() => loadPolicy(exemption('    expires: 2027-11-20\n'), 'p.yml', NOW)).not.toThrow();
    expect(errors(exemption('    expires: 2027-11-21\n'))).toEqual([
      '8:14 exemptions[0].expires: 2027-11-21 is 366 days from today (2026-11-20); an exemption may run at most 365 days (settings.max-exemption-days)',
    ]);
    const strict = (expires: string) =>
      `version: 1\nsettings:\n  max-exemption-days: 7\nexemptions:\n  - client: x\n    reason: r\n    owner: o\n    expires: ${expires}\n`;
    expect(() => loadPolicy(strict('2026-11-27'), 'p.yml', NOW)).not.toThrow();
    expect(errors(strict('2026-11-28'))).toEqual([
      '8:14 exemptions[0].expires: 2026-11-28 is 8 days from today (2026-11-20); an exemption may run at most 7 days (settings.max-exemption-days)',
    ]);
    // an exemption in the past is no error: it gives expired-exemption findings at audit time
    expect(() => loadPolicy(strict('2020-01-01'), 'p.yml', NOW)).not.toThrow();
  });

  test('a rule and a check that cannot go together are warned about', () => {
    expect(
      warnings(
        `version: 1\nrules:\n  - id: web\nexemptions:\n  - client: x\n    rule: web\n    check: password-grant\n    reason: r\n    owner: o\n    expires: 2026-12-01\n  - client: y\n    rule: implicit-grant\n    check: password-grant\n    reason: r\n    owner: o\n    expires: 2026-12-01\n`,
      ),
    ).toEqual([
      '7:12 exemptions[0].check: "password-grant" is a built-in check, so rule "web" never produces it: this exemption can never apply (name the check as `rule` instead)',
      '13:12 exemptions[1].check: findings of built-in check "implicit-grant" are never "password-grant" findings: this exemption can never apply',
    ]);
    expect(
      warnings(
        `version: 1\nrules:\n  - id: web\nexemptions:\n  - client: x\n    rule: web\n    check: token-lifetime\n    reason: r\n    owner: o\n    expires: 2026-12-01\n`,
      ),
    ).toEqual([]);
  });

  test('an exemption that has already expired is warned about, at its date; one expiring today is not', () => {
    const policy = (expires: string) =>
      `version: 1\nexemptions:\n  - client: x\n    reason: r\n    owner: o\n    expires: ${expires}\n`;
    expect(warnings(policy('2026-11-19'))).toEqual([
      '6:14 exemptions[0].expires: 2026-11-19 has passed: this exemption exempts nothing, and every audit reports it as expired-exemption. Give it a new date if the reason still holds, or remove it',
    ]);
    expect(warnings(policy('2020-02-29'))).toHaveLength(1);
    expect(warnings(policy('2026-11-20'))).toEqual([]);
  });

  test('a client glob that matches every client is warned about; IDs, names and narrow globs are not', () => {
    const policy = (client: string) =>
      `version: 1\nexemptions:\n  - client: '${client}'\n    reason: r\n    owner: o\n    expires: 2026-12-01\n`;
    expect(warnings(policy('*'))).toEqual([
      '3:13 exemptions[0].client: "*" matches every client name (all but at most the names it spells out), so this exemption covers every client, those created later too. Name the clients it is for, by ID when the exception is dangerous',
    ]);
    for (const blanket of ['**', '?*', '*?', '*{,}*', '{*,Legit App}', '@(*)', '[^L]*', '\\S*'])
      expect([blanket, warnings(policy(blanket))]).toEqual([
        blanket,
        [expect.stringContaining('matches every client name')],
      ]);
    // A negation is no way around it: it is not a valid glob at all.
    expect(() => warnings(policy('!(Legit App)*'))).toThrow(/negation/);
    for (const narrow of [
      'Legit App',
      '!(Legit App)',
      'web-*',
      '*-prod',
      '[a-z]*',
      '*x*',
      '???*',
      '{a..m}*',
      '3f1c2d4e-0000-4a00-8000-000000000001',
    ])
      expect([narrow, warnings(policy(narrow))]).toEqual([narrow, []]);
  });
});

describe('durations', () => {
  test('zero and absurd durations', () => {
    expect(errors(rule('    max-token-lifetime: 0h\n'))).toEqual([
      '4:25 rules[0].max-token-lifetime: duration "0h" must be longer than zero',
    ]);
    expect(errors(rule('    max-token-lifetime: 0\n'))).toEqual([
      '4:25 rules[0].max-token-lifetime must be at least 1, not 0',
    ]);
    expect(errors('version: 1\nchecks:\n  token-lifetime: { max: 5000d }\n')).toEqual([
      '3:26 checks.token-lifetime.max: duration "5000d" is longer than 3650d (ten years)',
    ]);
  });

  test('parseDuration and formatDuration', () => {
    expect(parseDuration(90)).toBe(90);
    expect(parseDuration('30s')).toBe(30);
    expect(parseDuration('90m')).toBe(5400);
    expect(parseDuration('1h')).toBe(3600);
    expect(parseDuration('2d')).toBe(172800);
    expect(parseDuration('1d2h3m4s')).toBe(93784);
    for (const bad of ['', '1', 'h', '1m1h', '1.5h', '1 h', '-1h', 0, -5, 1.5, '0s', null, true]) {
      expect(parseDuration(bad)).toBeNull();
    }
    expect(formatDuration(86400)).toBe('24h');
    expect(formatDuration(5400)).toBe('1h30m');
    expect(formatDuration(45)).toBe('45s');
    expect(formatDuration(14 * 86400)).toBe('14d');
  });
});

describe('warnings', () => {
  test('scope names no known scope matches, with the nearest known scope', () => {
    expect(
      warnings(
        rule(
          [
            '    scopes:',
            '      require: [converstions]',
            "      allow: [analytics, 'analytics:readonly', usres, 'notifications:readonly', audits, 'foo-*', '*:readonly']",
            '      forbid: [admin, zzzzzzzz]',
            '',
          ].join('\n'),
        ),
      ),
    ).toEqual([
      '5:17 rules[0].scopes.require[0]: scope "converstions" is not a known Genesys Cloud scope. Did you mean "conversations"?',
      '6:48 rules[0].scopes.allow[2]: scope "usres" is not a known Genesys Cloud scope. Did you mean "users"?',
      '6:55 rules[0].scopes.allow[3]: scope "notifications:readonly" is not a known Genesys Cloud scope: "notifications" has no read-only form',
      '6:81 rules[0].scopes.allow[4]: scope "audits" is not a known Genesys Cloud scope: it exists only read-only, as "audits:readonly"',
      '6:89 rules[0].scopes.allow[5]: scope pattern "foo-*" matches no known Genesys Cloud scope',
      '7:16 rules[0].scopes.forbid[0]: scope "admin" is not a known Genesys Cloud scope: there is no admin scope (admin rights come from roles)',
      '7:23 rules[0].scopes.forbid[1]: scope "zzzzzzzz" is not a known Genesys Cloud scope',
    ]);
  });

  test('scope rules on a rule that can only match CLIENT-CREDENTIALS clients', () => {
    expect(
      warnings(
        rule('    match:\n      grant-types: CLIENT_CREDENTIALS\n    scopes:\n      forbid: [oauth]\n'),
      ),
    ).toEqual([
      '6:5 rules[0].scopes: rule "r" can only match CLIENT-CREDENTIALS clients, whose scopes Genesys ignores (their permissions come from roles): these scope rules never apply',
    ]);
    // exclude of grant types alone narrows what the rule can match
    expect(
      warnings(
        rule(
          '    match:\n      grant-types: [CODE, CLIENT-CREDENTIALS]\n    exclude:\n      grant-types: CODE\n    scopes:\n      forbid: [oauth]\n',
        ),
      ),
    ).toHaveLength(1);
    // an exclude with other keys does not remove whole grant types
    expect(
      warnings(
        rule(
          '    match:\n      grant-types: [CODE, CLIENT-CREDENTIALS]\n    exclude:\n      grant-types: CODE\n      name: x\n    scopes:\n      forbid: [oauth]\n',
        ),
      ),
    ).toEqual([]);
    // no grant types in match: any client, no warning
    expect(warnings(rule('    scopes:\n      forbid: [oauth]\n    roles:\n      max: 1\n'))).toEqual([]);
  });

  test('role rules on a rule that cannot match CLIENT-CREDENTIALS clients', () => {
    expect(
      warnings(rule('    match:\n      grant-types: [CODE, TOKEN]\n    roles:\n      max: 1\n')),
    ).toEqual([
      '6:5 rules[0].roles: rule "r" cannot match CLIENT-CREDENTIALS clients, the only clients with roles: these role rules never apply',
    ]);
  });

  test('a rule that excludes every grant type it matches', () => {
    expect(
      warnings(rule('    match:\n      grant-types: CODE\n    exclude:\n      grant-types: [CODE]\n')),
    ).toEqual([
      '6:5 rules[0].exclude: rule "r" can match no client: `exclude` removes every grant type that `match` selects',
    ]);
  });

  test('names, IDs, roles, hosts and exemptions with leading or trailing whitespace, which only such values match', () => {
    const nbsp = '\u00a0';
    const text = [
      'version: 1',
      'rules:',
      '  - id: r',
      '    match:',
      `      name: ['Web App ', 'ok', "\\u3000x"]`,
      `      grant-types: CLIENT-CREDENTIALS`,
      '    exclude:',
      `      id: ["\\tabc"]`,
      '    roles:',
      '      forbid:',
      `        - Master Admin${nbsp}`,
      `        - "\\u2009Admin\\u200a"`,
      '    redirect-uris:',
      `      allow-hosts: ['example.com${nbsp}']`,
      'exemptions:',
      `  - client: 'x '`,
      '    rule: r',
      `    subject: "Admin\\ufeff"`,
      '    reason: r',
      '    owner: o',
      '    expires: 2026-12-01',
      '',
    ].join('\n');
    const msg = (p: string, codes: string, where: string) =>
      `pattern "${p}" has leading/trailing whitespace (${codes} at the ${where}), so it matches only values that have it too; remove it if it is not meant`;
    expect(warnings(text)).toEqual([
      `5:14 rules[0].match.name[0]: ${msg('Web App ', 'U+0020', 'end')}`,
      `5:32 rules[0].match.name[2]: ${msg('\u3000x', 'U+3000', 'start')}`,
      `8:12 rules[0].exclude.id[0]: ${msg('\tabc', 'U+0009', 'start')}`,
      `11:11 rules[0].roles.forbid[0]: ${msg(`Master Admin${nbsp}`, 'U+00A0', 'end')}`,
      `12:11 rules[0].roles.forbid[1]: ${msg('\u2009Admin\u200a', 'U+2009, U+200A', 'start and end')}`,
      `14:21 rules[0].redirect-uris.allow-hosts[0]: ${msg(`example.com${nbsp}`, 'U+00A0', 'end')}`,
      `16:13 exemptions[0].client: ${msg('x ', 'U+0020', 'end')}`,
      `18:14 exemptions[0].subject: ${msg('Admin\ufeff', 'U+FEFF', 'end')}`,
    ]);
  });

  test('warnings travel with the errors in a PolicyError', () => {
    try {
      loadPolicy(rule('    severity: x\n    scopes:\n      forbid: [usres]\n'), 'p.yml', NOW);
    } catch (e) {
      expect((e as PolicyError).errors).toHaveLength(1);
      expect((e as PolicyError).warnings.map((w) => w.message)).toEqual([
        'rules[0].scopes.forbid[0]: scope "usres" is not a known Genesys Cloud scope. Did you mean "users"?',
      ]);
      return;
    }
    throw new Error('expected a PolicyError');
  });

  test('unknownScopeMessage', () => {
    expect(unknownScopeMessage('search')).toMatch(/exists only read-only, as "search:readonly"/);
    expect(unknownScopeMessage('upload:readonly')).toMatch(/"upload" has no read-only form/);
  });
});

describe('catalogueWarnings', () => {
  const policy = loadPolicy(
    rule(
      [
        '    scopes:',
        "      require: [users, 'users:readonly']",
        "      allow: [analytics, 'web-*', usres]",
        '      forbid: [oauth, users]',
        '',
      ].join('\n'),
    ),
    'p.yml',
    NOW,
  );

  test('scope names the org does not know, at their position, once each', () => {
    expect(
      catalogueWarnings(policy, ['users:readonly', 'USERS', 'oauth', 'oauth:readonly']).map(
        (m) => `${m.level} ${m.file}:${m.line}:${m.col} ${m.message}`,
      ),
    ).toEqual([
      'warning p.yml:6:15 rule "r": scope "analytics" is not in this org\'s scope catalogue',
      'warning p.yml:6:26 rule "r": scope pattern "web-*" matches no scope of this org\'s scope catalogue',
    ]);
  });

  test('names unknown everywhere were already warned about when loading', () => {
    expect(policy.warnings.map((w) => w.message)).toEqual([
      'rules[0].scopes.allow[2]: scope "usres" is not a known Genesys Cloud scope. Did you mean "users"?',
    ]);
    expect(catalogueWarnings(policy, KNOWN_SCOPES as string[])).toEqual([]);
  });

  test('a Policy built without the loader falls back to the rule position', () => {
    const copy = { ...policy, rules: policy.rules.map((r) => ({ ...r })) };
    expect(catalogueWarnings(copy, [])[0]).toMatchObject({ line: 3, col: 5 });
  });
});

describe('known scopes', () => {
  test('sorted, unique, with the read-only exceptions', () => {
    expect([...KNOWN_SCOPES]).toEqual([...new Set(KNOWN_SCOPES)].sort());
    for (const s of [
      'users',
      'users:readonly',
      'audits:readonly',
      'search:readonly',
      'notifications',
      'upload',
    ])
      expect(isKnownScope(s)).toBe(true);
    for (const s of [
      'audits',
      'search',
      'notifications:readonly',
      'upload:readonly',
      'user-basic-info:readonly',
      'data-extensions:readonly',
      'admin',
    ])
      expect(isKnownScope(s)).toBe(false);
    expect(KNOWN_SCOPES).toHaveLength(70 * 2 - 2 - 4);
    for (const s of KNOWN_SCOPES) expect(scopePatternProblem(s, true)).toBeNull();
  });
});

describe('grant types', () => {
  test('normaliseGrantType', () => {
    expect(normaliseGrantType('CLIENT_CREDENTIALS')).toBe('CLIENT-CREDENTIALS');
    expect(normaliseGrantType('CLIENTCREDENTIALS')).toBe('CLIENT-CREDENTIALS');
    expect(normaliseGrantType('client-credentials')).toBe('CLIENT-CREDENTIALS');
    expect(normaliseGrantType('SAML2BEARER')).toBe('SAML2-BEARER');
    expect(normaliseGrantType('SAML2_BEARER')).toBe('SAML2-BEARER');
    expect(normaliseGrantType(' code ')).toBe('CODE');
    expect(normaliseGrantType('DEVICE_CODE')).toBe('DEVICE_CODE');
    // SDKs up to v110 knew a grant type CODE_PKCE: an authorization code client (with PKCE).
    expect(normaliseGrantType('CODE_PKCE')).toBe('CODE');
    expect(normaliseGrantType('code-pkce')).toBe('CODE');
    expect(normaliseGrantType('')).toBe('');
    for (const g of GRANT_TYPES) expect(normaliseGrantType(g)).toBe(g);
    expect(isKnownGrantType('TOKEN')).toBe(true);
    expect(isKnownGrantType('token')).toBe(false);
  });

  test('a policy that writes CODE_PKCE is told to write CODE', () => {
    const errors = policyErrors('version: 1\nrules:\n  - id: r\n    grant-types: [CODE_PKCE]\n', NOW);
    expect(errors).toEqual([
      '4:19 rules[0].grant-types[0]: "CODE_PKCE" is what older SDKs called grant type CODE: write CODE',
    ]);
  });

  test('every spelling the schema accepts normalises to a known grant type, and lower case is refused', () => {
    const re = new RegExp(POLICY_GRANT_TYPE_PATTERN);
    const spellings = [
      'CODE',
      'TOKEN',
      'PASSWORD',
      'SAML2-BEARER',
      'SAML2_BEARER',
      'SAML2BEARER',
      'CLIENT-CREDENTIALS',
      'CLIENT_CREDENTIALS',
      'CLIENTCREDENTIALS',
    ];
    for (const s of spellings) {
      expect(re.test(s)).toBe(true);
      expect(isKnownGrantType(normaliseGrantType(s))).toBe(true);
    }
    for (const s of ['code', 'Client-Credentials', 'IMPLICIT', 'CLIENT--CREDENTIALS'])
      expect(re.test(s)).toBe(false);
  });
});

describe('the schema file agrees with the code', () => {
  const defs = POLICY_SCHEMA.definitions;
  test('patterns, checks and severities', () => {
    expect(defs.grantType.pattern).toBe(POLICY_GRANT_TYPE_PATTERN);
    expect(defs.duration.then.pattern).toBe(DURATION_PATTERN);
    expect(defs.exemption.properties.check.enum).toEqual([...ALL_CHECKS]);
    expect(Object.keys(POLICY_SCHEMA.properties.checks.properties)).toEqual(BUILTIN_CHECKS);
    for (const id of BUILTIN_CHECKS) {
      expect(
        (POLICY_SCHEMA.properties.checks.properties as Record<string, { default: string }>)[id]!.default,
      ).toBe(unsetSeverity(id));
    }
  });

  test('every object forbids unknown keys and every property has a description', () => {
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      const o = node as Record<string, unknown>;
      if (path.endsWith('/if')) return; // a type test, not a value's schema
      if (o.type === 'object') expect([path, o.additionalProperties]).toEqual([path, false]);
      if (o.properties && typeof o.properties === 'object' && !path.endsWith('/properties')) {
        for (const [k, v] of Object.entries(o.properties as Record<string, Record<string, unknown>>)) {
          const described = typeof v.description === 'string' || typeof v.$ref === 'string';
          expect([`${path}/properties/${k}`, described]).toEqual([`${path}/properties/${k}`, true]);
        }
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
    };
    walk(POLICY_SCHEMA, '#');
  });
});

describe('suggestions', () => {
  test('edit distance with transpositions', () => {
    expect(editDistance('scopes', 'scpoes')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  test('nearest only for likely typos', () => {
    expect(nearest('rulse', ['rules', 'settings'])).toBe('rules');
    expect(nearest('b', ['a'])).toBeUndefined();
    expect(nearest('completely-different', ['rules'])).toBeUndefined();
    expect(nearest('HIGH', ['high'])).toBe('high');
  });
});
