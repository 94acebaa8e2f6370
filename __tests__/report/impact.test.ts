import { describe, expect, test } from '@jest/globals';
import { computeImpact } from '../../src/report/impact.js';
import { BASE_EVALUATION, BASE_SHA, EVALUATION, IDS, ORG, POLICY_PATH, fixtureReport } from './fixtures.js';
import { expectValidReport } from './schemas.js';

const info = { path: POLICY_PATH, ref: 'main' };

describe('computeImpact', () => {
  test('compared: newly failing and passing clients, findings added and removed, per rule', () => {
    const impact = computeImpact({
      org: ORG,
      current: EVALUATION,
      base: BASE_EVALUATION,
      failOn: 'high',
      baseInfo: { ...info, status: 'compared', sha256: BASE_SHA },
    });
    expect(impact.base).toEqual({
      path: POLICY_PATH,
      ref: 'main',
      status: 'compared',
      sha256: BASE_SHA,
      message: null,
      result: 'fail',
      violations: 9,
    });
    expect(impact.newlyFailing).toEqual([{ id: IDS.etl, name: 'Integration ETL' }]);
    expect(impact.newlyPassing).toEqual([{ id: IDS.clean, name: 'clean-client' }]);
    expect(impact.added.map((f) => [f.clientName, f.check, f.subject])).toEqual([
      ['webchat-prod', 'scope-forbidden', 'oauth'],
      ['Integration ETL', 'missing-role', 'Integration User'],
      ['Integration ETL', 'role-not-allowed', 'Reporting Viewer'],
      ['Integration ETL', 'role-forbidden', 'Master Admin'],
      ['Integration ETL', 'too-many-roles', ''],
      ['Integration ETL', 'all-divisions-role', 'Master Admin'],
      ['Integration ETL', 'permission-forbidden', 'Master Admin: oauth:*:*'],
    ]);
    // Most severe first.
    expect(impact.removed.map((f) => [f.clientName, f.check, f.severity])).toEqual([
      ['clean-client', 'grant-type-not-allowed', 'high'],
      ['Integration ETL', 'unmatched-client', 'medium'],
    ]);
    expect(impact.byRule).toEqual([
      { rule: 'integrations', added: 6, removed: 0 },
      { rule: 'unmatched-client', added: 0, removed: 1 },
      { rule: 'web-messaging', added: 1, removed: 1 },
    ]);
  });

  test('swapping base and current swaps the lists', () => {
    const args = { org: ORG, failOn: 'high' as const, baseInfo: { ...info, status: 'compared' as const } };
    const forward = computeImpact({ ...args, current: EVALUATION, base: BASE_EVALUATION });
    const back = computeImpact({ ...args, current: BASE_EVALUATION, base: EVALUATION });
    expect(back.newlyFailing).toEqual(forward.newlyPassing);
    expect(back.newlyPassing).toEqual(forward.newlyFailing);
    expect(back.added).toEqual(forward.removed);
    expect(back.removed).toEqual(forward.added);
  });

  test('exempted findings and message or severity changes do not count', () => {
    const reworded = {
      ...EVALUATION,
      clients: EVALUATION.clients.map((c) => ({
        ...c,
        findings: c.findings.map((f) => ({
          ...f,
          message: `${f.message} (reworded)`,
          severity: 'critical' as const,
        })),
      })),
    };
    const impact = computeImpact({
      org: ORG,
      current: reworded,
      base: EVALUATION,
      failOn: 'high',
      baseInfo: { ...info, status: 'compared' },
    });
    expect(impact.added).toEqual([]);
    expect(impact.removed).toEqual([]);
    // The severity change does change who fails at `high`.
    expect(impact.newlyFailing.map((c) => c.id)).toEqual([IDS.mystery]);
  });

  test('duplicates are counted as a multiset', () => {
    const one = EVALUATION.clients[0]!;
    const doubled = { ...EVALUATION, clients: [{ ...one, findings: [...one.findings, one.findings[0]!] }] };
    const impact = computeImpact({
      org: ORG,
      current: doubled,
      base: { ...EVALUATION, clients: [one] },
      failOn: 'high',
      baseInfo: { ...info, status: 'compared' },
    });
    expect(impact.added).toHaveLength(1);
    expect(impact.removed).toHaveLength(0);
  });

  test.each(['missing', 'invalid'] as const)('%s: nothing to compare, lists empty', (status) => {
    const impact = computeImpact({
      org: ORG,
      current: EVALUATION,
      base: null,
      failOn: 'high',
      baseInfo: { ...info, status, message: status === 'invalid' ? 'bad YAML' : undefined },
    });
    expect(impact.base).toMatchObject({
      status,
      sha256: null,
      result: null,
      violations: null,
      message: status === 'invalid' ? 'bad YAML' : null,
    });
    expect([impact.newlyFailing, impact.newlyPassing, impact.added, impact.removed, impact.byRule]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  test('unchanged: the base result is the current one, no impact', () => {
    const impact = computeImpact({
      org: ORG,
      current: EVALUATION,
      base: EVALUATION,
      failOn: 'high',
      baseInfo: { ...info, status: 'unchanged', sha256: BASE_SHA },
    });
    expect(impact.base).toMatchObject({ status: 'unchanged', result: 'fail', violations: 15 });
    expect(impact.added).toEqual([]);
  });

  test('a report with an impact validates against the schema', () => {
    expectValidReport(fixtureReport());
  });
});
