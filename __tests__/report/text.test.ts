import { describe, expect, test } from '@jest/globals';
import { renderText } from '../../src/report/text.js';
import { client, expectGolden, finding, fixtureReport, reportOf } from './fixtures.js';
import { HOSTILE_NAMES } from './hostile.js';

const ESC = '\u001b';

describe('terminal text', () => {
  test('matches the golden file (no colour)', () => {
    const text = renderText(fixtureReport(), { color: false, width: 120 });
    expect(text).not.toContain(ESC);
    expectGolden('report.txt', text);
  });

  test('aligned client table, findings list and verdict line', () => {
    const lines = renderText(fixtureReport(), { color: false, width: 120 }).split('\n');
    const header = lines.find((l) => l.startsWith('CLIENT'))!;
    const col = header.indexOf('RESULT');
    const rows = lines.slice(lines.indexOf(header) + 1, lines.indexOf(header) + 7);
    expect(rows.map((r) => r.slice(col, col + 4))).toEqual(['FAIL', 'FAIL', 'FAIL', 'FAIL', 'PASS', 'PASS']);
    expect(rows.every((r) => r.length <= 120)).toBe(true);
    expect(lines).toContain('Findings');
    expect(lines.some((l) => /^ {2}FAIL {3}critical old-password-app {2}password-grant: /u.test(l))).toBe(
      true,
    );
    expect(lines.some((l) => l.includes('exempted until 2026-11-25 by team-cx@example.com'))).toBe(true);
    expect(lines.at(-2)).toMatch(
      /^FAIL: 15 violations at or above high on 4 clients; worst: critical password-grant\. 24 findings/u,
    );
  });

  test('colour only when asked', () => {
    const text = renderText(fixtureReport(), { color: true });
    expect(text).toContain(`${ESC}[31m`);
    expect(text).toContain(`${ESC}[0m`);
    expect(
      renderText(
        reportOf([client({ id: 'a', name: 'a' })], () => []),
        { color: true },
      ),
    ).toContain(`${ESC}[1m${ESC}[32mPASS`);
  });

  test('data cannot inject terminal escape sequences or bidi overrides', () => {
    const r = reportOf(
      HOSTILE_NAMES.map((name, i) =>
        client({ id: `id-${i}`, name, grantType: `\u001b]0;title\u0007`, state: '\u009b31m' }),
      ),
      () => [
        finding({
          message: '\u001b[2J cleared',
          subject: '\u202Ex',
          exempted: true,
          exemption: { reason: '\u001b[5m', owner: 'o\r\n', expires: '2027-01-01' },
        }),
      ],
    );
    for (const color of [false, true]) {
      const text = renderText(r, { color, width: 100 });
      const withoutOurCodes = text.replace(/\u001b\[[0-9;]*m/gu, '');
      expect(withoutOurCodes).not.toMatch(
        /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u,
      );
      // One line per client row: no data line break.
      expect(text.split('\n').filter((l) => l.startsWith('pipe'))).toHaveLength(1);
    }
  });

  test('narrow terminals truncate the name column; long names never overflow', () => {
    const r = reportOf([client({ id: 'a', name: 'n'.repeat(10_000) })], () => []);
    const text = renderText(r, { color: false, width: 80 });
    const row = text.split('\n').find((l) => l.startsWith('nnn'))!;
    expect(row.length).toBeLessThanOrEqual(80);
    expect(row).toContain('…');
  });

  test('no clients', () => {
    expect(
      renderText(
        reportOf([], () => []),
        { color: false },
      ),
    ).toContain('No OAuth clients.');
  });
});
