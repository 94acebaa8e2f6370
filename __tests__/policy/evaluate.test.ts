import { describe, expect, test } from '@jest/globals';
import { evaluate } from '../../src/policy/evaluate.js';
import type { Finding, Policy, Rule } from '../../src/policy/types.js';
import type { OAuthClient } from '../../src/model.js';
import { makeClient, makeOrg, makePolicy, makeRule, NOW, onlyChecks } from '../helpers/policy-builders.js';

/** Findings of one client under one rule, built-in checks off. */
function judge(rule: Partial<Rule>, client: Partial<OAuthClient>): Array<[string, string]> {
  const policy = makePolicy({ rules: [makeRule({ id: 'r', ...rule })], checks: onlyChecks() });
  const ev = evaluate(policy, makeOrg([makeClient(client)]), NOW);
  return ev.clients[0]!.findings.map((f) => [f.check, f.subject]);
}

describe('rule checks', () => {
  test('scope rules are not applied to CLIENT-CREDENTIALS clients', () => {
    const rule = { scopes: { require: ['conversations'], forbid: ['users'], allow: ['x'], max: 0 } };
    expect(judge(rule, { grantType: 'CLIENT-CREDENTIALS', scopes: ['users'] })).toEqual([]);
    expect(judge(rule, { grantType: 'CLIENT_CREDENTIALS', scopes: ['users'] })).toEqual([]);
    expect(judge(rule, { grantType: 'SAML2-BEARER', scopes: ['users'] })).toEqual([
      ['missing-scope', 'conversations'],
      ['scope-not-allowed', 'users'],
      ['scope-forbidden', 'users'],
      ['too-many-scopes', ''],
    ]);
  });

  test.each<[string, Partial<Rule>, Partial<OAuthClient>, Array<[string, string]>]>([
    ['grant type allowed', { grantTypes: ['CODE'] }, { grantType: 'CODE' }, []],
    [
      'grant type not allowed',
      { grantTypes: ['CODE'] },
      { grantType: 'TOKEN' },
      [['grant-type-not-allowed', 'TOKEN']],
    ],
    [
      'unknown grant type not allowed',
      { grantTypes: ['CODE'] },
      { grantType: 'device' },
      [['grant-type-not-allowed', 'device']],
    ],
    ['no grant type', { grantTypes: ['CODE'] }, { grantType: '' }, [['grant-type-not-allowed', '']]],
    [
      'redirect host allowed by glob',
      { redirectUris: { allowHosts: ['*.example.com', 'localhost'] } },
      {
        redirectUris: ['https://app.example.com/cb', 'http://localhost:8080/cb', 'https://APP.EXAMPLE.COM/x'],
      },
      [],
    ],
    [
      'redirect hosts not allowed',
      { redirectUris: { allowHosts: ['*.example.com'] } },
      {
        redirectUris: [
          'https://example.com.evil.net/cb',
          'https://example.com/cb',
          'com.example.app:/cb',
          'not a uri',
          'https://a.example.com@evil.net/',
        ],
      },
      [
        ['redirect-host-not-allowed', 'https://a.example.com@evil.net/'],
        ['redirect-host-not-allowed', 'https://example.com.evil.net/cb'],
        ['redirect-host-not-allowed', 'https://example.com/cb'],
        ['redirect-host-not-allowed', 'not a uri'],
        ['redirect-scheme-not-allowed', 'com.example.app:/cb'],
      ],
    ],
    [
      'redirect URIs of other schemes are not judged by host: their scheme must be allowed',
      { redirectUris: { allowHosts: ['*.example.com', 'localhost'] } },
      {
        redirectUris: [
          'evil-app://app.example.com/cb',
          'ms-app://s-1-15-2-1/',
          'ftp://app.example.com/cb',
          'HTTP://app.example.com/cb',
          'javascript://app.example.com/%0aalert(1)',
          'http://localhost:3000/cb',
          'https://app.example.com/cb',
        ],
      },
      [
        ['redirect-scheme-not-allowed', 'HTTP://app.example.com/cb'],
        ['redirect-scheme-not-allowed', 'evil-app://app.example.com/cb'],
        ['redirect-scheme-not-allowed', 'ftp://app.example.com/cb'],
        ['redirect-scheme-not-allowed', 'javascript://app.example.com/%0aalert(1)'],
        ['redirect-scheme-not-allowed', 'ms-app://s-1-15-2-1/'],
      ],
    ],
    [
      'allow-schemes admits those schemes, whatever their host; an allowed http still has its host judged',
      { redirectUris: { allowHosts: ['*.example.com'], allowSchemes: ['com.example.app', 'myapp', 'http'] } },
      {
        redirectUris: [
          'com.example.app:/cb',
          'myapp://anything.evil.net/cb',
          'http://app.example.com/cb',
          'http://evil.net/cb',
          'other://app.example.com/cb',
        ],
      },
      [
        ['redirect-host-not-allowed', 'http://evil.net/cb'],
        ['redirect-scheme-not-allowed', 'other://app.example.com/cb'],
      ],
    ],
    [
      'allow-schemes alone: any https host, loopback http, the listed schemes; nothing unparseable',
      { redirectUris: { allowSchemes: ['myapp'] } },
      {
        redirectUris: [
          'https://anywhere.net/cb',
          'http://127.0.0.1:8080/cb',
          'myapp://cb',
          'http://anywhere.net/cb',
          'evil-app://cb',
          'not a uri',
        ],
      },
      [
        ['redirect-scheme-not-allowed', 'evil-app://cb'],
        ['redirect-scheme-not-allowed', 'http://anywhere.net/cb'],
        ['redirect-scheme-not-allowed', 'not a uri'],
      ],
    ],
    ['token lifetime at the maximum', { maxTokenLifetime: 3600 }, { tokenLifetimeSeconds: 3600 }, []],
    [
      'token lifetime above it',
      { maxTokenLifetime: 3600 },
      { tokenLifetimeSeconds: 3601 },
      [['token-lifetime', '']],
    ],
  ])('%s', (_, rule, client, expected) => {
    expect(judge(rule, client)).toEqual(expected);
  });

  test('findings carry the rule severity, ID and line; messages are one sentence', () => {
    const policy = makePolicy({
      rules: [
        makeRule({
          id: 'web-messaging',
          severity: 'critical',
          scopes: { forbid: ['users'] },
          position: { line: 33, col: 5 },
        }),
      ],
      checks: onlyChecks(),
    });
    const ev = evaluate(policy, makeOrg([makeClient({ scopes: ['users'] })]), NOW);
    expect(ev.clients[0]!.findings).toEqual([
      {
        check: 'scope-forbidden',
        severity: 'critical',
        rule: 'web-messaging',
        subject: 'users',
        message: 'Grants scope `users`, which rule web-messaging forbids.',
        exempted: false,
        line: 33,
      },
    ]);
  });

  test('token-lifetime message names both durations', () => {
    const policy = makePolicy({
      rules: [makeRule({ id: 'r', maxTokenLifetime: 3600 })],
      checks: onlyChecks(),
    });
    const ev = evaluate(policy, makeOrg([makeClient({ tokenLifetimeSeconds: 86400 })]), NOW);
    expect(ev.clients[0]!.findings[0]!.message).toBe(
      'Issues access tokens valid for 24h, longer than the 1h maximum of rule r.',
    );
  });
});

describe('matching and rule application', () => {
  const a = makeRule({ id: 'a', match: { name: ['web*'] }, scopes: { forbid: ['users'] } });
  const b = makeRule({
    id: 'b',
    match: { grantTypes: ['CODE'] },
    scopes: { forbid: ['users'] },
    severity: 'low',
  });
  const c = makeRule({
    id: 'c',
    match: { name: ['web*'] },
    exclude: { states: ['inactive'] },
    grantTypes: ['TOKEN'],
  });

  test('every matched rule applies, in policy order', () => {
    const policy = makePolicy({ rules: [a, b, c], checks: onlyChecks({ 'unmatched-client': 'medium' }) });
    const ev = evaluate(policy, makeOrg([makeClient({ id: 'w', name: 'Web 1', scopes: ['users'] })]), NOW);
    expect(ev.clients[0]!.rules).toEqual(['a', 'b', 'c']);
    expect(ev.clients[0]!.findings.map((f) => [f.rule, f.check, f.severity])).toEqual([
      ['a', 'scope-forbidden', 'high'],
      ['b', 'scope-forbidden', 'low'],
      ['c', 'grant-type-not-allowed', 'high'],
    ]);
  });

  test('exclude removes a client from a rule', () => {
    const policy = makePolicy({ rules: [a, c], checks: onlyChecks() });
    const ev = evaluate(policy, makeOrg([makeClient({ name: 'Web 2', state: 'inactive' })]), NOW);
    expect(ev.clients[0]!.rules).toEqual(['a']);
  });

  test('a client no rule matches gets unmatched-client', () => {
    const policy = makePolicy({
      rules: [a],
      checks: onlyChecks({ 'unmatched-client': { severity: 'high', position: { line: 9, col: 3 } } }),
    });
    const ev = evaluate(policy, makeOrg([makeClient({ name: 'Other' }), makeClient({ name: 'web' })]), NOW);
    expect(ev.clients[0]!.findings).toEqual([
      {
        check: 'unmatched-client',
        severity: 'high',
        rule: 'unmatched-client',
        subject: '',
        message: 'Matches no rule of the policy.',
        exempted: false,
        line: 9,
      },
    ]);
    expect(ev.clients[1]!.findings).toEqual([]);
  });
});

describe('output shape and order', () => {
  test('clients in org order, with their IDs', () => {
    const clients = ['z', 'a', 'm'].map((id) => makeClient({ id }));
    const ev = evaluate(makePolicy({ checks: onlyChecks() }), makeOrg(clients), NOW);
    expect(ev.clients.map((c) => c.clientId)).toEqual(['z', 'a', 'm']);
  });

  test('within a client: rules in policy order, then check, then subject; built-ins last', () => {
    const policy = makePolicy({
      rules: [
        makeRule({ id: 'second', scopes: { forbid: ['*'] } }),
        makeRule({ id: 'first', scopes: { max: 1, allow: ['b'], forbid: ['c', 'a'] }, maxTokenLifetime: 60 }),
      ],
      checks: onlyChecks({ 'token-lifetime': 'low', 'unknown-scope': 'info' }),
    });
    const ev = evaluate(
      policy,
      makeOrg([makeClient({ scopes: ['c', 'b', 'a'], tokenLifetimeSeconds: 90000 })], null, ['b']),
      NOW,
    );
    expect(ev.clients[0]!.findings.map((f) => `${f.rule}/${f.check}/${f.subject}`)).toEqual([
      'second/scope-forbidden/a',
      'second/scope-forbidden/b',
      'second/scope-forbidden/c',
      'first/scope-not-allowed/a',
      'first/scope-not-allowed/c',
      'first/scope-forbidden/a',
      'first/scope-forbidden/c',
      'first/too-many-scopes/',
      'first/token-lifetime/',
      'token-lifetime/token-lifetime/',
      'unknown-scope/unknown-scope/a',
      'unknown-scope/unknown-scope/c',
    ]);
  });

  test('redirect-scheme-not-allowed says what the rule allows', () => {
    const policy = makePolicy({
      rules: [
        makeRule({ id: 'apps', redirectUris: { allowHosts: ['*.example.com'], allowSchemes: ['myapp'] } }),
      ],
      checks: onlyChecks(),
    });
    const client = makeClient({
      redirectUris: ['evil-app://app.example.com/cb', 'http://app.example.com/cb'],
    });
    expect(evaluate(policy, makeOrg([client]), NOW).clients[0]!.findings.map((f) => f.message)).toEqual([
      'Redirects to `evil-app://app.example.com/cb`, whose scheme `evil-app` rule apps does not allow (allowed: https, http on loopback hosts, myapp).',
      'Redirects to `http://app.example.com/cb` over plain `http` to a host that is not loopback, which rule apps does not allow (allowed: https, http on loopback hosts, myapp).',
    ]);
  });

  test('duplicate scopes and URIs give one finding each', () => {
    const policy = makePolicy({
      rules: [makeRule({ scopes: { forbid: ['users'] }, redirectUris: { allowHosts: ['x'] } })],
      checks: onlyChecks({ 'insecure-redirect-uri': 'high' }),
    });
    const ev = evaluate(
      policy,
      makeOrg([
        makeClient({ scopes: ['users', 'users', 'USERS'], redirectUris: ['http://a.com/', 'http://a.com/'] }),
      ]),
      NOW,
    );
    expect(ev.clients[0]!.findings.map((f) => f.check)).toEqual([
      'scope-forbidden',
      'redirect-scheme-not-allowed',
      'insecure-redirect-uri',
    ]);
  });
});

describe('warnings', () => {
  test('a rule that matched no client warns at its line; the policy warnings come first', () => {
    const own = { level: 'warning' as const, message: 'unknown scope `foo`', file: 'p.yml', line: 3, col: 7 };
    const policy: Policy = makePolicy({
      path: 'p.yml',
      rules: [
        makeRule({ id: 'used' }),
        makeRule({ id: 'idle', match: { id: ['nope'] }, position: { line: 20, col: 5 } }),
      ],
      warnings: [own],
    });
    const ev = evaluate(policy, makeOrg([makeClient()]), NOW);
    expect(ev.warnings).toEqual([
      own,
      {
        level: 'warning',
        message: 'Rule `idle` matched no client in this run.',
        file: 'p.yml',
        line: 20,
        col: 5,
      },
    ]);
  });

  test('an empty org: every rule warns, nothing else happens', () => {
    const policy = makePolicy({ rules: [makeRule({ id: 'x' })] });
    const ev = evaluate(policy, makeOrg([]), NOW);
    expect(ev.clients).toEqual([]);
    expect(ev.warnings.map((w) => w.message)).toEqual(['Rule `x` matched no client in this run.']);
  });
});

test('evaluation does not modify its inputs', () => {
  const policy = makePolicy({ rules: [makeRule({ scopes: { forbid: ['users'] } })] });
  const org = makeOrg([makeClient({ scopes: ['users'], redirectUris: ['http://x/'] })], [], ['users']);
  const before = JSON.stringify([policy, org]);
  evaluate(policy, org, NOW);
  expect(JSON.stringify([policy, org])).toBe(before);
});

test('findings hold nothing but the documented fields', () => {
  const policy = makePolicy({ rules: [makeRule({ scopes: { forbid: ['users'] } })] });
  const ev = evaluate(policy, makeOrg([makeClient({ scopes: ['users'] })]), NOW);
  const keys = new Set(ev.clients.flatMap((c) => c.findings.flatMap((f: Finding) => Object.keys(f))));
  expect([...keys].sort()).toEqual(['check', 'exempted', 'line', 'message', 'rule', 'severity', 'subject']);
});
