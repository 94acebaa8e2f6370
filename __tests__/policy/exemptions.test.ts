import { describe, expect, test } from '@jest/globals';
import { evaluate } from '../../src/policy/evaluate.js';
import { breadthWarnings, expiryEnd, isActive } from '../../src/policy/exemptions.js';
import type { Exemption, Finding } from '../../src/policy/types.js';
import {
  makeClient,
  makeExemption,
  makeOrg,
  makePolicy,
  makeRule,
  NOW,
  onlyChecks,
} from '../helpers/policy-builders.js';

describe('expiry', () => {
  test.each([
    ['2027-01-31', '2027-01-31T23:59:59.999Z', true],
    ['2027-01-31', '2027-02-01T00:00:00.000Z', false],
    ['2027-01-31', '2027-01-31T00:00:00.000Z', true],
    ['2027-01-31', '2026-12-01T00:00:00.000Z', true],
    // the day ends in UTC, whatever the offset the instant is written in
    ['2027-01-31', '2027-01-31T20:00:00.000-05:00', false],
    ['2027-01-31', '2027-02-01T05:59:59.999+06:00', true],
    ['2024-02-29', '2024-02-29T23:59:59.999Z', true],
    // impossible or malformed dates exempt nothing
    ['2027-02-30', '2000-01-01T00:00:00.000Z', false],
    ['2027-1-31', '2000-01-01T00:00:00.000Z', false],
    ['tomorrow', '2000-01-01T00:00:00.000Z', false],
  ])('%s at %s → active %p', (expires, now, expected) => {
    expect(isActive(expires, new Date(now))).toBe(expected);
  });

  test('expiryEnd is the next UTC midnight', () => {
    expect(new Date(expiryEnd('2026-12-31')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(expiryEnd('2026-13-01')).toBeNaN();
  });
});

/** Genesys IDs are GUIDs; written in upper case in exemptions to show the case does not matter. */
const ID = 'aaaaaaaa-0000-4000-8000-000000000001';
const ID_UPPER = ID.toUpperCase();

const client = makeClient({
  id: ID,
  name: 'Web Messaging Legacy EU',
  scopes: ['users', 'analytics'],
});
const rule = makeRule({ id: 'web', scopes: { forbid: ['users', 'analytics'] } });

function run(exemptions: Exemption[], now = NOW) {
  const policy = makePolicy({
    rules: [rule],
    exemptions,
    checks: onlyChecks({ 'expired-exemption': 'low', 'unused-exemption': 'low', 'unknown-scope': 'low' }),
  });
  return evaluate(policy, makeOrg([client], null, ['users']), now);
}

const brief = (f: Finding) => [f.check, f.subject, f.exempted];

describe('which findings an exemption covers', () => {
  test.each<[string, Partial<Exemption>, unknown[]]>([
    [
      'client ID only: every finding of the client',
      { client: ID },
      [
        ['scope-forbidden', 'analytics', true],
        ['scope-forbidden', 'users', true],
        ['unknown-scope', 'analytics', true],
      ],
    ],
    [
      'client name glob',
      { client: 'web messaging legacy*' },
      [
        ['scope-forbidden', 'analytics', true],
        ['scope-forbidden', 'users', true],
        ['unknown-scope', 'analytics', true],
      ],
    ],
    [
      'rule narrows',
      { client: ID_UPPER, rule: 'web' },
      [
        ['scope-forbidden', 'analytics', true],
        ['scope-forbidden', 'users', true],
        ['unknown-scope', 'analytics', false],
      ],
    ],
    [
      'a built-in check is its own rule',
      { client: ID_UPPER, rule: 'unknown-scope' },
      [
        ['scope-forbidden', 'analytics', false],
        ['scope-forbidden', 'users', false],
        ['unknown-scope', 'analytics', true],
      ],
    ],
    [
      'check narrows',
      { client: ID_UPPER, check: 'unknown-scope' },
      [
        ['scope-forbidden', 'analytics', false],
        ['scope-forbidden', 'users', false],
        ['unknown-scope', 'analytics', true],
      ],
    ],
    [
      'subject narrows, case-insensitive',
      { client: ID_UPPER, subject: 'ANALYTICS' },
      [
        ['scope-forbidden', 'analytics', true],
        ['scope-forbidden', 'users', false],
        ['unknown-scope', 'analytics', true],
      ],
    ],
    [
      'all fields must fit',
      { client: ID_UPPER, rule: 'web', check: 'scope-forbidden', subject: 'users' },
      [
        ['scope-forbidden', 'analytics', false],
        ['scope-forbidden', 'users', true],
        ['unknown-scope', 'analytics', false],
      ],
    ],
  ])('%s', (_, e, expected) => {
    const ev = run([makeExemption(e)]);
    expect(ev.clients[0]!.findings.map(brief)).toEqual(expected);
    expect(ev.policyFindings).toEqual([]);
  });

  test('an exempted finding carries the exemption', () => {
    const ev = run([
      makeExemption({
        client: ID_UPPER,
        subject: 'users',
        reason: 'SEC-1234',
        owner: 'cx@x',
        expires: '2027-01-31',
      }),
    ]);
    const f = ev.clients[0]!.findings.find((x) => x.subject === 'users')!;
    expect(f.exemption).toEqual({ reason: 'SEC-1234', owner: 'cx@x', expires: '2027-01-31' });
    const other = ev.clients[0]!.findings.find((x) => x.subject === 'analytics')!;
    expect(other.exempted).toBe(false);
    expect('exemption' in other).toBe(false);
  });

  test('the first covering exemption is reported; overlapping ones are not unused', () => {
    const ev = run([
      makeExemption({ client: ID_UPPER, subject: 'users', reason: 'first' }),
      makeExemption({ client: ID_UPPER, reason: 'second' }),
    ]);
    expect(ev.clients[0]!.findings.find((x) => x.subject === 'users')!.exemption!.reason).toBe('first');
    expect(ev.policyFindings).toEqual([]);
  });
});

describe('expired and unused exemptions', () => {
  const e = makeExemption({
    client: ID_UPPER,
    rule: 'web',
    subject: 'users',
    expires: '2026-11-15',
    position: { line: 42, col: 5 },
  });

  test('valid through the last millisecond of the expiry day (UTC)', () => {
    const ev = run([e], new Date('2026-11-15T23:59:59.999Z'));
    expect(ev.clients[0]!.findings.find((f) => f.subject === 'users')!.exempted).toBe(true);
    expect(ev.policyFindings).toEqual([]);
  });

  test('from midnight UTC it exempts nothing and gives only expired-exemption', () => {
    const ev = run([e], new Date('2026-11-16T00:00:00.000Z'));
    expect(ev.clients[0]!.findings.every((f) => !f.exempted)).toBe(true);
    expect(ev.policyFindings).toEqual([
      {
        check: 'expired-exemption',
        severity: 'low',
        rule: 'expired-exemption',
        subject: ID_UPPER,
        message:
          'The exemption for client `AAAAAAAA-0000-4000-8000-000000000001` (rule web, subject `users`) expired on 2026-11-15, so the findings it covered count again.',
        exempted: false,
        line: 42,
      },
    ]);
  });

  test('an expired exemption that would match nothing still gives only expired-exemption', () => {
    const ev = run([makeExemption({ client: 'nobody', expires: '2020-01-01' })]);
    expect(ev.policyFindings.map((f) => f.check)).toEqual(['expired-exemption']);
  });

  test('an active exemption that exempted nothing gives unused-exemption', () => {
    const ev = run([makeExemption({ client: ID_UPPER, subject: 'oauth', position: { line: 7, col: 5 } })]);
    expect(ev.policyFindings).toEqual([
      expect.objectContaining({
        check: 'unused-exemption',
        subject: ID_UPPER,
        line: 7,
        severity: 'low',
        exempted: false,
      }),
    ]);
    expect(ev.policyFindings[0]!.message).toContain('exempted no finding');
  });

  test('severities come from checks; off disables them', () => {
    const policy = makePolicy({
      rules: [rule],
      exemptions: [makeExemption({ client: 'x', expires: '2020-01-01' }), makeExemption({ client: 'y' })],
      checks: onlyChecks({ 'expired-exemption': 'high', 'unused-exemption': 'off' }),
    });
    const ev = evaluate(policy, makeOrg([client]), NOW);
    expect(ev.policyFindings.map((f) => [f.check, f.severity])).toEqual([['expired-exemption', 'high']]);
  });

  test('policy findings follow the order of the exemptions', () => {
    const ev = run([
      makeExemption({ client: 'b' }),
      makeExemption({ client: 'a', expires: '2020-01-01' }),
      makeExemption({ client: 'c' }),
    ]);
    expect(ev.policyFindings.map((f) => [f.check, f.subject])).toEqual([
      ['unused-exemption', 'b'],
      ['expired-exemption', 'a'],
      ['unused-exemption', 'c'],
    ]);
  });
});

describe('an ID matches IDs only, a name glob names only', () => {
  const clients = [
    client,
    // Anyone who may create OAuth clients may name one after an exempted ID.
    makeClient({ id: 'bbbbbbbb-0000-4000-8000-000000000002', name: ID, scopes: ['users'] }),
    makeClient({ id: 'cccccccc-0000-4000-8000-000000000003', name: ID_UPPER, scopes: ['users'] }),
    makeClient({ id: 'legacy-7', name: 'Legacy', scopes: ['users'] }),
  ];
  const exempted = (e: Partial<Exemption>) => {
    const policy = makePolicy({ rules: [rule], exemptions: [makeExemption(e)], checks: onlyChecks({}) });
    const ev = evaluate(policy, makeOrg(clients), NOW);
    return ev.clients.filter((c) => c.findings.some((f) => f.exempted)).map((c) => c.clientId);
  };

  test('a client named like an exempted ID does not inherit the exemption', () => {
    expect(exempted({ client: ID })).toEqual([ID]);
    expect(exempted({ client: ID_UPPER })).toEqual([ID]);
  });

  test('anything not shaped like an ID is a name: it never matches a client ID', () => {
    expect(exempted({ client: 'legacy-7' })).toEqual([]);
    expect(exempted({ client: 'legacy' })).toEqual(['legacy-7']);
    expect(exempted({ client: 'aaaaaaaa-*' })).toEqual([
      'bbbbbbbb-0000-4000-8000-000000000002',
      'cccccccc-0000-4000-8000-000000000003',
    ]);
  });
});

describe('breadth warnings (audit)', () => {
  const many = Array.from({ length: 12 }, (_, i) =>
    makeClient({ id: `dddddddd-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Web ${i}` }),
  );
  const warn = (exemptions: Exemption[], now = NOW) =>
    breadthWarnings(makePolicy({ exemptions }), many, now).map((w) => `${w.line}:${w.col} ${w.message}`);

  test('an exemption that names more than 10 clients is warned about, at its place', () => {
    expect(warn([makeExemption({ client: 'web 1*', position: { line: 3, col: 5 } })])).toEqual([]);
    expect(
      warn([
        makeExemption({ client: many[0]!.id }),
        makeExemption({ client: 'web *', check: 'scope-forbidden', position: { line: 9, col: 5 } }),
      ]),
    ).toEqual([
      '9:5 exemptions[1].client: "web *" names 12 clients of this org (more than 10), so this exemption (check scope-forbidden) covers findings nobody reviews one by one. Name the clients it is for, by ID when the exception is dangerous',
    ]);
  });

  test('eleven is more than 10; ten is not; an expired exemption covers nothing', () => {
    expect(warn([makeExemption({ client: 'web ?' })])).toEqual([]); // Web 0 … Web 9
    expect(warn([makeExemption({ client: '{web ?,web 10}' })])).toHaveLength(1);
    expect(warn([makeExemption({ client: 'web *', expires: '2020-01-01' })])).toEqual([]);
  });
});
