import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { IncompleteError, UserError } from '../../src/errors.js';
import { atOrAbove } from '../../src/policy/gate.js';
import { FAIL_ON_VALUES, SEVERITIES, type FailOn, type Severity } from '../../src/types.js';
import { mergedVerdict, mergeReports, renderMergedText } from '../../src/report/merge.js';
import type { AuditReport } from '../../src/report/types.js';
import { client, finding, fixtureReport, reportOf } from './fixtures.js';

function copy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** A report as an audit job with `fail-on: never` writes it: `pass`, whatever its findings. */
function ungated(severities: Severity[], region = 'mypurecloud.ie'): AuditReport {
  const r = copy(
    reportOf(
      severities.map((_, i) => client({ id: `c${i}`, name: `client-${i}` })),
      (_, i) => [finding({ severity: severities[i]! })],
      'never',
    ),
  );
  r.source = { kind: 'api', region, apiBaseUrl: `https://api.${region}` };
  return r;
}

/** A finding; an exempted one carries its exemption, as in a real report. */
function withExemption(partial: { severity: Severity; exempted: boolean }) {
  return finding(
    partial.exempted
      ? { ...partial, exemption: { reason: 'r', owner: 'o', expires: '2099-01-01' } }
      : partial,
  );
}

function caught(run: () => unknown): Error {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('mergeReports', () => {
  const failing = copy(fixtureReport());
  const passing = copy(reportOf([client({ id: 'a', name: 'a' })], () => []));
  passing.source = { kind: 'api', region: 'usw2.pure.cloud', apiBaseUrl: 'https://api.usw2.pure.cloud' };

  test('one line per report, totals, fail when any fails', () => {
    const merged = mergeReports([
      { path: 'eu.json', report: failing },
      { path: 'us.json', report: passing },
    ]);
    expect(merged.result).toBe('fail');
    expect(merged.failOn).toBe('high');
    expect(merged.reports.map((r) => [r.path, r.source.region, r.result, r.summary.clients])).toEqual([
      ['eu.json', 'mypurecloud.ie', 'fail', 6],
      ['us.json', 'usw2.pure.cloud', 'pass', 1],
    ]);
    expect(merged.reports[0]!.newlyFailing).toBe(1);
    expect(merged.summary).toEqual({
      reports: 2,
      reportsFailing: 1,
      clients: 7,
      clientsFailing: 4,
      findings: 24,
      violations: 15,
      exempted: 2,
      bySeverity: { critical: 1, high: 14, medium: 3, low: 5, info: 1 },
    });
    expect(mergeReports([{ path: 'us.json', report: passing }]).result).toBe('pass');
  });

  test('a hand-edited result cannot hide violations', () => {
    const edited = copy(failing);
    edited.result = 'pass';
    expect(mergeReports([{ path: 'x.json', report: edited }]).result).toBe('fail');
  });

  describe('fail-on is applied afresh to the findings of all reports', () => {
    test('reports written with fail-on: never that hold a high finding fail the merge (default high)', () => {
      const eu = ungated(['high', 'low']);
      const us = ungated(['medium'], 'usw2.pure.cloud');
      expect([eu.result, eu.summary.violations, us.result]).toEqual(['pass', 0, 'pass']);
      const merged = mergeReports([
        { path: 'eu.json', report: eu },
        { path: 'us.json', report: us },
      ]);
      expect(merged.result).toBe('fail');
      expect(merged.reports.map((r) => [r.path, r.result, r.failOn, r.summary.violations])).toEqual([
        ['eu.json', 'fail', 'high', 1],
        ['us.json', 'pass', 'high', 0],
      ]);
      expect(merged.summary).toMatchObject({
        reports: 2,
        reportsFailing: 1,
        violations: 1,
        clientsFailing: 1,
      });
    });

    test('the fail-on given wins over each report’s own, in both directions', () => {
      const reports = [
        { path: 'eu.json', report: ungated(['medium', 'low']) },
        { path: 'us.json', report: copy(failing) }, // written with fail-on high: 15 violations
      ];
      const low = mergeReports(reports, { failOn: 'low' });
      expect(low.reports.map((r) => [r.result, r.summary.violations])).toEqual([
        ['fail', 2],
        ['fail', 23],
      ]);
      const critical = mergeReports(reports, { failOn: 'critical' });
      expect(critical.result).toBe('fail');
      expect(critical.reports.map((r) => [r.result, r.summary.violations])).toEqual([
        ['pass', 0],
        ['fail', 1],
      ]);
      const never = mergeReports(reports, { failOn: 'never' });
      expect(never.result).toBe('pass');
      expect(never.summary.violations).toBe(0);
      expect(renderMergedText(never)).toContain('Result: PASS: 2 reports, no violations (fail-on: never).');
    });

    test('one report, one org: singular words', () => {
      const one = mergeReports([{ path: 'eu.json', report: ungated(['high']) }], {});
      expect(mergedVerdict(one)).toBe('Merged 1 report: fail, 1 violation at or above high in 1 of 1 org.');
      expect(renderMergedText(one)).toContain('Result: FAIL: 1 of 1 report fails, 1 violation');
      expect(() =>
        mergeReports(
          [
            { path: 'a.json', report: ungated([]) },
            { path: 'b.json', report: ungated([]) },
          ],
          { expectedReports: 1 },
        ),
      ).toThrow(/^Found 2 reports but 1 was expected/u);
      expect(() => mergeReports([], { expectedReports: 1 })).toThrow(
        /^Expected 1 report \(one per org\), found 0/u,
      );
    });

    test('policy findings count, exempted findings do not', () => {
      const r = ungated(['low']);
      r.clients[0]!.findings.push(withExemption({ severity: 'critical', exempted: true }));
      expect(mergeReports([{ path: 'r.json', report: copy(r) }]).result).toBe('pass');
      r.policyFindings.push(
        finding({ check: 'expired-exemption', rule: 'expired-exemption', severity: 'high', subject: 'x' }),
      );
      const merged = mergeReports([{ path: 'r.json', report: r }]);
      expect(merged.result).toBe('fail');
      expect(merged.summary).toMatchObject({ violations: 1, clientsFailing: 0, exempted: 1 });
    });

    test('the counts come from the findings, not from the report’s own summary', () => {
      const edited = ungated(['critical', 'high']);
      edited.summary = {
        clients: 0,
        clientsFailing: 0,
        findings: 0,
        violations: 0,
        exempted: 0,
        bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
      };
      const merged = mergeReports([{ path: 'x.json', report: edited }]);
      expect(merged.result).toBe('fail');
      expect(merged.summary).toMatchObject({ clients: 2, clientsFailing: 2, findings: 2, violations: 2 });
      expect(merged.summary.bySeverity).toMatchObject({ critical: 1, high: 1 });
    });

    test('property: the merge fails exactly when some org has a non-exempted finding at or above fail-on', () => {
      const severity = fc.constantFrom(...SEVERITIES);
      const gate = fc.constantFrom(...FAIL_ON_VALUES);
      const report = fc.record({
        findings: fc.array(fc.record({ severity, exempted: fc.boolean() }), { maxLength: 5 }),
        failOn: gate,
      });
      fc.assert(
        fc.property(fc.array(report, { minLength: 1, maxLength: 4 }), gate, (orgs, failOn: FailOn) => {
          const inputs = orgs.map((o, i) => ({
            path: `${i}.json`,
            report: copy(
              reportOf([client({ id: 'a', name: 'a' })], () => o.findings.map(withExemption), o.failOn),
            ),
          }));
          const merged = mergeReports(inputs, { failOn });
          const fails = orgs.map((o) => o.findings.some((f) => !f.exempted && atOrAbove(f.severity, failOn)));
          expect(merged.reports.map((r) => r.result)).toEqual(fails.map((f) => (f ? 'fail' : 'pass')));
          expect(merged.result).toBe(fails.some(Boolean) ? 'fail' : 'pass');
          for (const r of merged.reports) expect(r.result === 'pass').toBe(r.summary.violations === 0);
        }),
      );
    });
  });

  describe('expected reports', () => {
    const two = [
      { path: 'reports/eu/oauth-audit.json', report: ungated([]) },
      { path: 'reports/us/oauth-audit.json', report: ungated([]) },
    ];

    test('fewer reports than expected is incomplete, naming both counts and what to do', () => {
      const e = caught(() => mergeReports(two, { expectedReports: 3 }));
      expect(e).toBeInstanceOf(IncompleteError);
      expect(e.message).toMatch(
        /^Expected 3 reports \(one per org\), found 2 \(reports\/eu\/oauth-audit\.json, /,
      );
      expect(e.message).toContain('leave an org out');
      expect(e.message).toMatch(/audit job of the matrix probably failed/);
      expect(e.message).toMatch(/did not download its artifact/);
    });

    test('a missing report is incomplete even when the others fail: never a fail that hides an org', () => {
      const failingTwo = two.map((t) => ({ ...t, report: ungated(['critical']) }));
      expect(() => mergeReports(failingTwo, { expectedReports: 3 })).toThrow(IncompleteError);
    });

    test('as many as expected merges; more is an input error (the count no longer guards)', () => {
      expect(mergeReports(two, { expectedReports: 2 }).result).toBe('pass');
      const e = caught(() => mergeReports(two, { expectedReports: 1 }));
      expect(e).toBeInstanceOf(UserError);
      expect(e.message).toMatch(/^Found 2 reports but 1 was expected: set expected-reports/);
    });
  });

  describe('a report that cannot be used makes the merge incomplete, never a pass', () => {
    test('the report of an incomplete audit, naming the file', () => {
      const incomplete = { ...ungated([]), result: 'incomplete' };
      const e = caught(() =>
        mergeReports([
          { path: 'ok.json', report: passing },
          { path: 'reports/apac.json', report: incomplete },
        ]),
      );
      expect(e).toBeInstanceOf(IncompleteError);
      expect(e.message).toContain('reports/apac.json: the report of an incomplete audit');
      expect(e.message).not.toContain('ok.json');
    });

    test('invalid and unreadable files, each named', () => {
      const bad = { ...copy(passing), schemaVersion: 2 };
      const e = caught(() =>
        mergeReports([
          { path: 'ok.json', report: passing },
          { path: 'reports/bad.json', report: bad },
          { path: 'reports/junk.json', report: 'not an object' },
          { path: 'reports/cut.json', unreadable: 'not valid JSON (at position 200)' },
        ]),
      );
      expect(e).toBeInstanceOf(IncompleteError);
      expect(e.message).toMatch(/^3 reports of 4 cannot be used/);
      expect(e.message).toMatch(
        /reports\/bad\.json: not a genesys-oauth-audit report[\s\S]*\/schemaVersion/u,
      );
      expect(e.message).toMatch(/reports\/junk\.json/u);
      expect(e.message).toContain('reports/cut.json: cannot be read: not valid JSON (at position 200)');
      expect(e.message).not.toMatch(/ok\.json/u);
    });

    test('no report at all, naming where it looked', () => {
      const e = caught(() => mergeReports([], { searched: '"reports/**/oauth-audit.json" under /ws' }));
      expect(e).toBeInstanceOf(IncompleteError);
      expect(e.message).toMatch(
        /^No report to merge \(no report matches "reports\/\*\*\/oauth-audit\.json" under \/ws\)/,
      );
      expect(() => mergeReports([], { expectedReports: 2 })).toThrow(
        /^Expected 2 reports \(one per org\), found 0;/,
      );
    });
  });

  test('plain text rendering', () => {
    const text = renderMergedText(
      mergeReports([
        { path: 'eu.json', report: failing },
        { path: 'us\u001b[2J.json', report: passing },
      ]),
    );
    expect(text).toContain('TOTAL');
    expect(text).toContain('Result: FAIL: 1 of 2 reports fails, 15 violations at or above high in all.');
    expect(text).not.toContain('\u001b');
  });
});
