import { describe, expect, test } from '@jest/globals';
import { evaluate } from '../../src/policy/evaluate.js';
import { expiryEnd, isActive } from '../../src/policy/exemptions.js';
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

const client = makeClient({
  id: 'AAAA-1',
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
      { client: 'aaaa-1' },
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
      { client: 'AAAA-1', rule: 'web' },
      [
        ['scope-forbidden', 'analytics', true],
        ['scope-forbidden', 'users', true],
        ['unknown-scope', 'analytics', false],
      ],
    ],
    [
      'a built-in check is its own rule',
      { client: 'AAAA-1', rule: 'unknown-scope' },
      [
        ['scope-forbidden', 'analytics', false],
        ['scope-forbidden', 'users', false],
        ['unknown-scope', 'analytics', true],
      ],
    ],
    [
      'check narrows',
      { client: 'AAAA-1', check: 'unknown-scope' },
      [
        ['scope-forbidden', 'analytics', false],
        ['scope-forbidden', 'users', false],
        ['unknown-scope', 'analytics', true],
      ],
    ],
    [
      'subject narrows, case-insensitive',
      { client: 'AAAA-1', subject: 'ANALYTICS' },
      [
        ['scope-forbidden', 'analytics', true],
        ['scope-forbidden', 'users', false],
        ['unknown-scope', 'analytics', true],
      ],
    ],
    [
      'all fields must fit',
      { client: 'AAAA-1', rule: 'web', check: 'scope-forbidden', subject: 'users' },
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
        client: 'AAAA-1',
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
      makeExemption({ client: 'AAAA-1', subject: 'users', reason: 'first' }),
      makeExemption({ client: 'AAAA-1', reason: 'second' }),
    ]);
    expect(ev.clients[0]!.findings.find((x) => x.subject === 'users')!.exemption!.reason).toBe('first');
    expect(ev.policyFindings).toEqual([]);
  });
});

describe('expired and unused exemptions', () => {
  const e = makeExemption({
    client: 'AAAA-1',
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
        subject: 'AAAA-1',
        message:
          'The exemption for client `AAAA-1` (rule web, subject `users`) expired on 2026-11-15, so the findings it covered count again.',
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
    const ev = run([makeExemption({ client: 'AAAA-1', subject: 'oauth', position: { line: 7, col: 5 } })]);
    expect(ev.policyFindings).toEqual([
      expect.objectContaining({
        check: 'unused-exemption',
        subject: 'AAAA-1',
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
