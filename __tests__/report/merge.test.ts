import { describe, expect, test } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import { mergeReports, renderMergedText } from '../../src/report/merge.js';
import { client, fixtureReport, reportOf } from './fixtures.js';

function copy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
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
      findings: 22,
      violations: 14,
      exempted: 2,
      bySeverity: { critical: 1, high: 13, medium: 3, low: 4, info: 1 },
    });
    expect(mergeReports([{ path: 'us.json', report: passing }]).result).toBe('pass');
  });

  test('a hand-edited result cannot hide violations', () => {
    const edited = copy(failing);
    edited.result = 'pass';
    expect(mergeReports([{ path: 'x.json', report: edited }]).result).toBe('fail');
  });

  test('invalid files are refused with a clear error naming each file', () => {
    const bad = { ...copy(passing), schemaVersion: 2 };
    const run = () =>
      mergeReports([
        { path: 'ok.json', report: passing },
        { path: 'reports/bad.json', report: bad },
        { path: 'reports/junk.json', report: 'not an object' },
      ]);
    expect(run).toThrow(UserError);
    expect(run).toThrow(/2 reports cannot be merged/u);
    expect(run).toThrow(/reports\/bad\.json: not a genesys-oauth-audit report[\s\S]*\/schemaVersion/u);
    expect(run).toThrow(/reports\/junk\.json/u);
    expect(run).not.toThrow(/ok\.json/u);
  });

  test('no input is an error', () => {
    expect(() => mergeReports([])).toThrow(UserError);
  });

  test('plain text rendering', () => {
    const text = renderMergedText(
      mergeReports([
        { path: 'eu.json', report: failing },
        { path: 'us\u001b[2J.json', report: passing },
      ]),
    );
    expect(text).toContain('TOTAL');
    expect(text).toContain('Result: FAIL: 1 of 2 reports fail, 14 violations in all.');
    expect(text).not.toContain('\u001b');
  });
});
