import { describe, expect, test } from '@jest/globals';
import { evaluate } from '../../src/policy/evaluate.js';
import type { OAuthClient } from '../../src/model.js';
import { clientResult } from '../../src/policy/gate.js';
import { isKnownGrantType, normaliseGrantType } from '../../src/grant-types.js';
import type { BuiltinCheckId } from '../../src/policy/types.js';
import { makeClient, makeOrg, makePolicy, makeRule, NOW, onlyChecks } from '../helpers/policy-builders.js';

/** Findings of one built-in check alone, for a client that a catch-all rule matches. */
function builtin(check: BuiltinCheckId, client: Partial<OAuthClient>, catalogue: string[] | null = null) {
  const policy = makePolicy({ rules: [makeRule({ id: 'all' })], checks: onlyChecks({ [check]: 'medium' }) });
  return evaluate(policy, makeOrg([makeClient(client)], null, catalogue), NOW).clients[0]!.findings;
}
const brief = (check: BuiltinCheckId, client: Partial<OAuthClient>, catalogue: string[] | null = null) =>
  builtin(check, client, catalogue).map((f) => [f.check, f.subject]);

describe('built-in checks', () => {
  test.each<[BuiltinCheckId, Partial<OAuthClient>, Array<[string, string]>]>([
    ['password-grant', { grantType: 'PASSWORD' }, [['password-grant', 'PASSWORD']]],
    ['password-grant', { grantType: 'CODE' }, []],
    ['implicit-grant', { grantType: 'TOKEN' }, [['implicit-grant', 'TOKEN']]],
    ['implicit-grant', { grantType: 'CODE' }, []],
    [
      'unknown-grant-type',
      { grantType: 'urn:ietf:params:oauth:grant-type:device_code' },
      [['unknown-grant-type', 'urn:ietf:params:oauth:grant-type:device_code']],
    ],
    ['unknown-grant-type', { grantType: '' }, [['unknown-grant-type', '']]],
    ['unknown-grant-type', { grantType: 'SAML2-BEARER' }, []],
    ['unknown-grant-type', { grantType: 'CLIENT-CREDENTIALS' }, []],
    ['inactive-client', { state: 'inactive' }, [['inactive-client', '']]],
    ['inactive-client', { state: 'disabled' }, [['inactive-client', '']]],
    ['inactive-client', { state: 'active' }, []],
    ['inactive-client', { state: 'archived' }, []],
    ['token-lifetime', { tokenLifetimeSeconds: 86400 }, []],
    ['token-lifetime', { tokenLifetimeSeconds: 86401 }, [['token-lifetime', '']]],
    [
      'insecure-redirect-uri',
      {
        redirectUris: [
          'https://ok.example.com/cb',
          'http://bad.example.com/cb',
          'http://localhost/cb',
          'https://*.x.com/',
        ],
      },
      [
        ['insecure-redirect-uri', 'http://bad.example.com/cb'],
        ['insecure-redirect-uri', 'https://*.x.com/'],
      ],
    ],
  ])('%s on %j', (check, client, expected) => {
    expect(brief(check, client)).toEqual(expected);
  });

  test('unknown-scope against the catalogue; nothing without one; CLIENT-CREDENTIALS skipped', () => {
    const scopes = ['users', 'made-up', 'Analytics:readonly'];
    expect(brief('unknown-scope', { scopes }, ['users', 'analytics:readonly'])).toEqual([
      ['unknown-scope', 'made-up'],
    ]);
    expect(brief('unknown-scope', { scopes }, null)).toEqual([]);
    expect(brief('unknown-scope', { scopes, grantType: 'CLIENT-CREDENTIALS' }, ['users'])).toEqual([]);
  });

  test('inactive-client names the deletion date', () => {
    expect(
      builtin('inactive-client', { state: 'inactive', dateToDelete: '2026-12-01T00:00:00Z' })[0]!.message,
    ).toBe('Is in state `inactive` and scheduled for deletion on 2026-12-01.');
    expect(builtin('inactive-client', { state: 'Disabled' })[0]!.message).toBe('Is in state `disabled`.');
  });

  test('built-in token-lifetime uses the policy maximum and its own severity', () => {
    const policy = makePolicy({
      tokenLifetimeMax: 3600,
      rules: [makeRule({ maxTokenLifetime: 7200, severity: 'high' })],
      checks: onlyChecks({ 'token-lifetime': { severity: 'low', position: { line: 19, col: 3 } } }),
    });
    const ev = evaluate(policy, makeOrg([makeClient({ tokenLifetimeSeconds: 5400 })]), NOW);
    expect(ev.clients[0]!.findings).toEqual([
      {
        check: 'token-lifetime',
        severity: 'low',
        rule: 'token-lifetime',
        subject: '',
        message: 'Issues access tokens valid for 1h30m, longer than the 1h maximum of the policy.',
        exempted: false,
        line: 19,
      },
    ]);
  });

  test('severities and lines come from checks; off disables; line 1 at default', () => {
    const policy = makePolicy({
      checks: onlyChecks({
        'password-grant': { severity: 'medium', position: { line: 14, col: 3 } },
        'unmatched-client': 'low',
      }),
    });
    const ev = evaluate(policy, makeOrg([makeClient({ grantType: 'PASSWORD' })]), NOW);
    expect(ev.clients[0]!.findings.map((f) => [f.check, f.severity, f.line])).toEqual([
      ['password-grant', 'medium', 14],
      ['unmatched-client', 'low', 1],
    ]);
    const off = makePolicy({ checks: onlyChecks() });
    expect(
      evaluate(off, makeOrg([makeClient({ grantType: 'PASSWORD', state: 'inactive' })]), NOW).clients[0]!
        .findings,
    ).toEqual([]);
  });

  test('default severities when checks are left alone', () => {
    const ev = evaluate(
      makePolicy(),
      makeOrg([
        makeClient({
          grantType: 'PASSWORD',
          state: 'inactive',
          tokenLifetimeSeconds: 100000,
          redirectUris: ['http://a.com/'],
        }),
      ]),
      NOW,
    );
    expect(ev.clients[0]!.findings.map((f) => [f.check, f.severity])).toEqual([
      ['token-lifetime', 'low'],
      ['password-grant', 'critical'],
      ['insecure-redirect-uri', 'high'],
      ['unmatched-client', 'medium'],
      ['inactive-client', 'info'],
    ]);
  });

  test('odd records never crash', () => {
    const odd = {
      id: 'x',
      name: '',
      description: '',
      grantType: '\u0000',
      state: '',
      scopes: ['', ':readonly', '*', 'a:b:c'],
      roles: [{ roleId: '', divisionId: '*' }],
      redirectUris: ['', '::', 'http://[', '\ud800'],
      tokenLifetimeSeconds: Number.NaN,
    } as OAuthClient;
    const policy = makePolicy({
      rules: [
        makeRule({
          scopes: { require: ['x'], allow: ['*:readonly'], forbid: ['*'], max: 1 },
          roles: { forbid: ['*'], allowAllDivisions: false },
          grantTypes: ['CODE'],
          redirectUris: { allowHosts: ['*'] },
          maxTokenLifetime: 1,
        }),
      ],
    });
    expect(() => evaluate(policy, makeOrg([odd], [], []), NOW)).not.toThrow();
  });
});

describe('unreadable grant types', () => {
  // Each imitates a known grant type with a character a report cannot show or a reader tell apart.
  const lookAlikes = [
    'PASS\u200bWORD', // zero-width space
    '\u0420ASSWORD', // Cyrillic Р
    'C\u041eDE', // Cyrillic О
    'CODE\u00a0', // no-break space
    '\ufeffCODE', // byte-order mark
    'CO\u2060DE', // word joiner
    'cl\u0131ent_credent\u0131als', // dotless ı, which upper-cases to I
    'TOKEN\u000b', // vertical tab
  ];

  test.each(lookAlikes.map((g) => [JSON.stringify(g), g]))(
    '%s is never read as the grant type it imitates',
    (_, g) => {
      expect(normaliseGrantType(g)).toBe(g);
      expect(isKnownGrantType(normaliseGrantType(g))).toBe(false);
    },
  );

  test('a look-alike or a missing grant type is unknown-grant-type at high by default, and fails the default gate', () => {
    const clients = [...lookAlikes, '', '   '].map((grantType) => makeClient({ grantType }));
    const ev = evaluate(makePolicy({ rules: [makeRule({ id: 'all' })] }), makeOrg(clients), NOW);
    for (const c of ev.clients) {
      const unknown = c.findings.filter((f) => f.check === 'unknown-grant-type');
      expect(unknown.map((f) => f.severity)).toEqual(['high']);
      expect(clientResult(c.findings, 'high')).toBe('fail');
    }
  });

  test('the message names the characters that make a look-alike, and says when there is none', () => {
    const messages = evaluate(
      makePolicy({ checks: onlyChecks({ 'unknown-grant-type': 'high' }) }),
      makeOrg([makeClient({ grantType: 'PASS\u200bWORD' }), makeClient({ grantType: '' })]),
      NOW,
    ).clients.map((c) => c.findings.map((f) => [f.subject, f.message]));
    expect(messages).toEqual([
      [
        [
          'PASS\u200bWORD',
          'Uses grant type `PASS\u200bWORD`, which this tool does not know: it contains U+200B, which no grant type has (it may imitate a known one).',
        ],
      ],
      [['', 'Has no grant type, so this tool cannot judge it.']],
    ]);
  });

  test('a look-alike never matches a rule written for the grant type it imitates', () => {
    const policy = makePolicy({
      rules: [makeRule({ id: 'pw', match: { grantTypes: ['PASSWORD'] } })],
      checks: onlyChecks(),
    });
    const ev = evaluate(policy, makeOrg([makeClient({ grantType: '\u0420ASSWORD' })]), NOW);
    expect(ev.clients[0]!.rules).toEqual([]);
  });
});
