import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { buildReport } from '../../src/report/build.js';
import { renderJson } from '../../src/report/json.js';
import { validateReport } from '../../src/report/validate.js';
import {
  EVALUATION,
  GENERATED_AT,
  IDS,
  ORG,
  POLICY,
  client,
  expectGolden,
  finding,
  fixtureReport,
  org,
  reportOf,
} from './fixtures.js';
import { expectValidReport } from './schemas.js';
import { ALL_CHECKS, type Finding } from '../../src/policy/types.js';
import { SEVERITIES, type FailOn } from '../../src/types.js';

describe('buildReport', () => {
  test('summary counts non-exempted findings, including policy findings', () => {
    const r = fixtureReport({ impact: false });
    expect(r.summary).toEqual({
      clients: 6,
      clientsFailing: 4,
      // 7+3+6+4+4 client findings + 2 policy findings, less 2 exempted
      findings: 24,
      violations: 15,
      exempted: 2,
      bySeverity: { critical: 1, high: 14, medium: 3, low: 5, info: 1 },
    });
    expect(r.result).toBe('fail');
    expect(r.clients.map((c) => c.result)).toEqual(['fail', 'fail', 'fail', 'fail', 'pass', 'pass']);
  });

  test('the fixture covers every check', () => {
    const r = fixtureReport();
    const seen = new Set([...r.clients.flatMap((c) => c.findings), ...r.policyFindings].map((f) => f.check));
    // unused-client has its own report below, so that the fixture's counts stay as they are.
    expect([...seen, 'unused-client'].sort()).toEqual([...ALL_CHECKS].sort());
  });

  test('lastUsed and requests for every client, and the usage window, when the usage was read', () => {
    const r = fixtureReport();
    expect(r.usage).toEqual({ from: '2026-08-22', to: '2026-11-20T06:00:00.000Z' });
    const byId = new Map(r.clients.map((c) => [c.id, c]));
    expect(byId.get(IDS.webchat)).toMatchObject({ lastUsed: '2026-11-19', requests: 48210 });
    // Not in the usage data: no request in the window.
    expect(byId.get(IDS.mystery)).toMatchObject({ lastUsed: null, requests: 0 });
    expect(Object.keys(byId.get(IDS.webchat)!)).toEqual([
      'id',
      'name',
      'description',
      'grantType',
      'state',
      'scopes',
      'roles',
      'redirectUris',
      'tokenLifetimeSeconds',
      'dateCreated',
      'dateModified',
      'createdBy',
      'modifiedBy',
      'lastUsed',
      'requests',
      'rules',
      'result',
      'findings',
    ]);
    expect(validateReport(JSON.parse(JSON.stringify(r))).ok).toBe(true);
  });

  test('without usage data, no lastUsed, requests or usage window', () => {
    const r = reportOf([ORG.clients[0]!], () => []);
    expect(r.usage).toBeUndefined();
    expect('lastUsed' in r.clients[0]!).toBe(false);
    expect('requests' in r.clients[0]!).toBe(false);
  });

  test('an unused-client finding is a valid report finding', () => {
    const unused: Finding = {
      check: 'unused-client',
      severity: 'medium',
      rule: 'unused-client',
      subject: 'never in the window',
      message: 'Made no API request in the last 90 days (since 2026-08-22), yet is active.',
      exempted: false,
      line: 19,
    };
    const r = reportOf([ORG.clients[0]!], () => [unused]);
    expect(r.summary.bySeverity.medium).toBe(1);
    expect(validateReport(JSON.parse(JSON.stringify(r))).ok).toBe(true);
  });

  test('resolves role and division names, null when unknown', () => {
    const etl = fixtureReport().clients.find((c) => c.id === IDS.etl)!;
    expect(etl.roles).toEqual([
      { id: 'role-master', name: 'Master Admin', divisionId: '*', divisionName: null },
      { id: 'role-reporting', name: 'Reporting Viewer', divisionId: 'div-home', divisionName: 'Home' },
      { id: 'role-gone', name: null, divisionId: 'div-gone', divisionName: null },
      { id: 'role-reporting', name: 'Reporting Viewer', divisionId: null, divisionName: null },
    ]);
    expect(etl.dateModified).toBeNull();
    expect(etl.rules).toEqual(['integrations']);
  });

  test('roles and divisions not fetched give null names', () => {
    const data = { ...ORG, roles: null, divisions: null };
    const r = buildReport({
      org: data,
      policy: POLICY,
      evaluation: EVALUATION,
      failOn: 'high',
      generatedAt: GENERATED_AT,
      toolVersion: '1',
    });
    expect(
      r.clients.find((c) => c.id === IDS.etl)!.roles.every((x) => x.name === null && x.divisionName === null),
    ).toBe(true);
  });

  test('warnings are deduplicated', () => {
    expect(fixtureReport().warnings).toHaveLength(2);
  });

  test('the gate follows failOn; never never fails', () => {
    const at = (failOn: FailOn) =>
      buildReport({
        org: ORG,
        policy: POLICY,
        evaluation: EVALUATION,
        failOn,
        generatedAt: GENERATED_AT,
        toolVersion: '1',
      });
    expect(at('critical').summary.violations).toBe(1);
    expect(at('critical').summary.clientsFailing).toBe(1);
    expect(at('low').summary.violations).toBe(23);
    expect(at('info').summary.violations).toBe(24);
    expect(at('never').summary.violations).toBe(0);
    expect(at('never').result).toBe('pass');
    expect(at('never').clients.every((c) => c.result === 'pass')).toBe(true);
  });

  test('a client the evaluation does not mention has no findings and passes', () => {
    const r = buildReport({
      org: org([client({ id: 'x', name: 'x' })]),
      policy: POLICY,
      evaluation: { clients: [], policyFindings: [], warnings: [] },
      failOn: 'high',
      generatedAt: GENERATED_AT,
      toolVersion: '1',
    });
    expect(r.clients[0]).toMatchObject({ rules: [], findings: [], result: 'pass' });
    expectValidReport(r);
  });

  test('fields come from an allowlist: a secret on the model never reaches the report', () => {
    const leaky = { ...client({ id: 'leak', name: 'leaky' }), secret: 'SUPER-SECRET-VALUE', token: 'tok' };
    const f = { ...finding(), secret: 'SUPER-SECRET-VALUE', exemption: undefined };
    const r = buildReport({
      org: { ...org([leaky]), token: 'SUPER-SECRET-VALUE' } as never,
      policy: { ...POLICY, secret: 'SUPER-SECRET-VALUE' } as never,
      evaluation: {
        clients: [{ clientId: 'leak', rules: ['web-messaging'], findings: [f] }],
        policyFindings: [{ ...finding(), secret: 'SUPER-SECRET-VALUE' } as never],
        warnings: [
          {
            level: 'warning',
            message: 'w',
            file: 'p',
            line: 1,
            col: 1,
            secret: 'SUPER-SECRET-VALUE',
          } as never,
        ],
      },
      failOn: 'high',
      generatedAt: GENERATED_AT,
      toolVersion: '1',
    });
    expect(renderJson(r)).not.toContain('SUPER-SECRET');
    expectValidReport(r);
  });

  test('an exemption object on a non-exempted finding is dropped', () => {
    const r = reportOf([client({ id: 'a', name: 'a' })], () => [
      finding({ exempted: false, exemption: { reason: 'r', owner: 'o', expires: '2027-01-01' } }),
    ]);
    expect(r.clients[0]!.findings[0]!.exemption).toBeUndefined();
    expectValidReport(r);
  });
});

describe('JSON report', () => {
  test('matches the golden file and the report schema', () => {
    const r = fixtureReport();
    expectValidReport(r);
    expectGolden('report.json', renderJson(r));
  });

  test('a report of an older version, without createdBy and modifiedBy, is still valid', () => {
    const r = JSON.parse(renderJson(fixtureReport())) as { clients: Record<string, unknown>[] };
    expect(r.clients[0]!.createdBy).toEqual({ id: 'user-ana', name: '=Ana, Web Team' });
    for (const c of r.clients) {
      delete c.createdBy;
      delete c.modifiedBy;
    }
    expectValidReport(r);
  });

  test('is stable: two-space indent, final newline, same bytes for the same input', () => {
    const a = renderJson(fixtureReport());
    expect(a).toBe(renderJson(fixtureReport()));
    expect(a.endsWith('}\n')).toBe(true);
    expect(a.split('\n')[1]).toBe('  "schemaVersion": 1,');
  });

  test('the schema refuses extra fields, wrong enums and missing fields', () => {
    const r = JSON.parse(renderJson(fixtureReport())) as Record<string, unknown>;
    expect(validateReport({ ...r, extra: 1 }).ok).toBe(false);
    expect(validateReport({ ...r, failOn: 'severe' }).ok).toBe(false);
    const { summary: _omit, ...noSummary } = r;
    expect(validateReport(noSummary).ok).toBe(false);
    const clients = r.clients as Record<string, unknown>[];
    expect(validateReport({ ...r, clients: [{ ...clients[0], secret: 'x' }] }).ok).toBe(false);
    const exempted = { ...finding(), exempted: true };
    expect(validateReport({ ...r, policyFindings: [exempted] }).ok).toBe(false);
  });

  test('property: every built report validates against the schema', () => {
    const arbFinding = fc.record({
      check: fc.constantFrom(...ALL_CHECKS),
      severity: fc.constantFrom(...SEVERITIES),
      rule: fc.string({ minLength: 1, maxLength: 12 }),
      subject: fc.string({ maxLength: 20 }),
      message: fc.string({ maxLength: 40 }),
      exempted: fc.boolean(),
      line: fc.integer({ min: 1, max: 500 }),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ name: fc.string({ maxLength: 30 }), findings: fc.array(arbFinding, { maxLength: 4 }) }),
          { maxLength: 6 },
        ),
        fc.constantFrom<FailOn>('critical', 'high', 'medium', 'low', 'info', 'never'),
        (specs, failOn) => {
          const clients = specs.map((s, i) => client({ id: `id-${i}`, name: s.name }));
          const r = reportOf(
            clients,
            (_c, i) =>
              specs[i]!.findings.map((f) =>
                f.exempted ? { ...f, exemption: { reason: 'r', owner: 'o', expires: '2027-01-31' } } : f,
              ),
            failOn,
          );
          expect(validateReport(JSON.parse(renderJson(r))).ok).toBe(true);
          const all = r.clients.flatMap((c) => c.findings);
          expect(r.summary.findings + r.summary.exempted).toBe(all.length);
          expect(Object.values(r.summary.bySeverity).reduce((a, b) => a + b, 0)).toBe(r.summary.findings);
          expect(r.result === 'fail').toBe(r.summary.violations > 0);
        },
      ),
    );
  });
});
