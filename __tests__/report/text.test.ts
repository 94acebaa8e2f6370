import { describe, expect, test } from '@jest/globals';
import stringWidth from 'string-width';
import { terminalText } from '../../src/escape.js';
import { verdictMessage } from '../../src/outcome.js';
import { shortenEnd, shortenNames, wrapLine } from '../../src/report/terminal-layout.js';
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
    // A long finding continues on indented lines.
    expect(lines.join('\n').replace(/\n {18}/gu, ' ')).toContain(
      '[exempted until 2026-11-25 by team-cx@example.com: Analytics dashboard migration, SEC-1234]',
    );
    expect(lines.at(-4)).toBe('24 findings (1 critical, 14 high, 3 medium, 5 low, 1 info), 2 exempted.');
    // The verdict is the sentence the log of every other format ends with (wrapped here).
    const verdict = lines.slice(-3, -1).map((l) => l.trim());
    expect(verdict.join(' ')).toBe(verdictMessage(fixtureReport()));
    expect(verdict[0]).toMatch(/^Audit failed: 15 violations at or above high on 4 of 6 clients\. /u);
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
    ).toContain(`${ESC}[1m${ESC}[32mAudit passed${ESC}[0m: `);
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

  describe('laid out in the terminal width', () => {
    const names = [
      'webchat-production-eu-west-1-primary-instance',
      'webchat-production-eu-west-2-primary-instance',
      'EU Agent Desktop with a very long descriptive name for the contact centre',
      'US Agent Desktop with a very long descriptive name for the contact centre',
      '顧客サポート用ウェブチャット本番環境クライアント',
      '顧客サポート用ウェブチャット検証環境クライアント',
      '🚀🚀 Rocket launch integration 🚀 with emoji 👩‍💻 everywhere 🎉🎉🎉',
      'short',
    ];
    const message =
      'Grants scope `analytics:conversationDetail:view`, which is outside the allowlist of rule web-messaging and must be removed before the next review.';
    const report = reportOf(
      names.map((name, i) =>
        client({ id: `id-${i}`, name, grantType: i % 2 ? 'CLIENT-CREDENTIALS' : 'CODE' }),
      ),
      (_, i) =>
        i === 7
          ? []
          : [
              finding({ message, subject: 'https://very-long-host-name.example.com/oauth/callback' }),
              ...(i % 3 === 0 ? [finding({ check: 'token-lifetime', severity: 'low' })] : []),
            ],
    );

    test.each([80, 120, 200])('%i columns: every line fits, columns align, no word is cut', (width) => {
      for (const color of [false, true]) {
        const text = renderText(report, { color, width });
        for (const line of text.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
        const plain = text.replace(/\u001b\[[0-9;]*m/gu, '');
        const lines = plain.split('\n');
        // The RESULT column starts at the same column on every row, whatever the names are made of.
        const header = lines.find((l) => l.startsWith('CLIENT'))!;
        const at = stringWidth(header.slice(0, header.indexOf('RESULT')));
        const rows = lines.slice(lines.indexOf(header) + 1, lines.indexOf(header) + 1 + names.length);
        for (const row of rows) expect(cellAt(row, at)).toMatch(/^(FAIL|PASS)\b/u);
        // Every word of a message is whole on some line: lines break between words only.
        const words = new Set(lines.flatMap((l) => l.split(/\s+/u)));
        for (const word of message.split(' ')) expect(words).toContain(word);
      }
    });

    test('80 columns: names are shortened, and names that differ still look different', () => {
      const lines = renderText(report, { color: false, width: 80 }).split('\n');
      const header = lines.indexOf(lines.find((l) => l.startsWith('CLIENT'))!);
      const end = stringWidth(lines[header]!.slice(0, lines[header]!.indexOf('GRANT TYPE')));
      const shown = lines.slice(header + 1, header + 1 + names.length).map((r) => cellAt(r, 0, end).trim());
      expect(new Set(shown).size).toBe(names.length);
      expect(shown.filter((n) => n.includes('…')).length).toBeGreaterThanOrEqual(6);
      expect(shown.find((n) => n.startsWith('webchat-production-eu-west-1'))).toBeUndefined();
      expect(shown.some((n) => n.includes('-1-') && n.startsWith('webch'))).toBe(true);
      expect(shown.some((n) => n.includes('-2-') && n.startsWith('webch'))).toBe(true);
      expect(shown).toContain('short');
    });

    test('200 columns: nothing is cut while there is room', () => {
      const fits = reportOf(
        names.map((name, i) => client({ id: `id-${i}`, name })),
        () => [finding({ subject: 'analytics:conversationDetail:view' }), finding()],
      );
      const text = renderText(fits, { color: false, width: 200 });
      expect(text).not.toContain('…');
      // (terminalText: the zero-width joiner inside an emoji is shown as a replacement character.)
      for (const name of names.map((n) => terminalText(n)))
        expect(text.split('\n').some((l) => l.startsWith(name))).toBe(true);
    });

    test('the count after the worst finding says what it counts', () => {
      const text = renderText(report, { color: false, width: 200 });
      expect(text).toContain('; +1 more finding\n');
      const three = reportOf([client({ id: 'a', name: 'a' })], () => [
        finding(),
        finding(),
        finding(),
        finding({ exempted: true }),
      ]);
      expect(renderText(three, { color: false, width: 200 })).toMatch(
        /high scope-forbidden \(.*\); \+2 more findings, 1 exempted\n/u,
      );
    });
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

/** The text of a line from display column `from` (to `to`): CJK and emoji take two columns. */
function cellAt(line: string, from: number, to = Infinity): string {
  let col = 0;
  let out = '';
  for (const ch of line) {
    if (col >= from && col + stringWidth(ch) <= to) out += ch;
    col += stringWidth(ch);
  }
  return out;
}

describe('terminal layout', () => {
  test('names that share a start, an end or both keep what tells them apart', () => {
    const names = [
      'webchat-prod-eu-west-1',
      'webchat-prod-eu-west-2',
      'EU Agent Desktop for the contact centre',
      'US Agent Desktop for the contact centre',
      'Partner Portal of the web messaging for customers',
      'Customer Portal of the web messaging for customers',
      '同じ名前',
      '同じ名前',
    ];
    for (const width of [8, 12, 16, 20]) {
      const short = shortenNames(names, width);
      for (const s of short) expect(stringWidth(s)).toBeLessThanOrEqual(width);
      expect(new Set(short.slice(0, 6)).size).toBe(6);
      // Identical names cannot be told apart, and are shortened alike.
      expect(short[6]).toBe(short[7]);
    }
    expect(shortenNames(['abc', 'abd'], 3)).toEqual(['abc', 'abd']);
  });

  test('CJK and emoji are cut on whole characters and counted as two columns', () => {
    expect(shortenEnd('顧客サポート', 7)).toBe('顧客サ…');
    expect(stringWidth(shortenNames(['👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻'], 6)[0]!)).toBeLessThanOrEqual(6);
    expect(shortenNames(['👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻'], 6)[0]).toMatch(/^(👩‍💻)+…(👩‍💻)*$/u);
  });

  test('wrapping: between words, continuation indented, a word wider than a line cut, colour reopened', () => {
    expect(wrapLine('one two three four', 9, 2)).toEqual(['one two', '  three', '  four']);
    expect(wrapLine('a ' + 'x'.repeat(25), 10, 2)).toEqual([
      'a',
      '  xxxxxxxx',
      '  xxxxxxxx',
      '  xxxxxxxx',
      '  x',
    ]);
    const red = '\u001b[31m';
    const reset = '\u001b[0m';
    const lines = wrapLine(`${red}one two three${reset} four`, 8, 2);
    expect(lines).toEqual([`${red}one two${reset}`, `  ${red}three${reset}`, '  four']);
    for (const l of wrapLine('字'.repeat(9), 6, 0)) expect(stringWidth(l)).toBeLessThanOrEqual(6);
  });
});
