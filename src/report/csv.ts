/**
 * `oauth-audit.csv` (SPEC §7.2): RFC 4180 (CRLF line ends, fields quoted when they hold a quote,
 * comma, CR or LF, quotes doubled), UTF-8, one row per finding. Cells that a spreadsheet would
 * read as a formula are prefixed with `'`.
 */
import type { Finding } from '../policy/types.js';
import type { AuditReport, ReportClient } from './types.js';

export const CSV_COLUMNS = [
  'client_id',
  'client_name',
  'grant_type',
  'state',
  'result',
  'rule',
  'check',
  'severity',
  'subject',
  'message',
  'exempted',
  'exemption_reason',
  'exemption_owner',
  'exemption_expires',
] as const;

/** Spreadsheets (Excel, LibreOffice, Sheets) evaluate a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Neutralises formula injection, then applies RFC 4180 quoting. */
export function csvCell(value: string): string {
  if (value === '') return value;
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cells(values: readonly string[]): string {
  return values.map(csvCell).join(',');
}

function row(values: readonly string[]): string {
  return `${cells(values)}\r\n`;
}

function findingCells(f: Finding): string[] {
  return [
    f.rule,
    f.check,
    f.severity,
    f.subject,
    f.message,
    f.exempted ? 'true' : 'false',
    f.exemption?.reason ?? '',
    f.exemption?.owner ?? '',
    f.exemption?.expires ?? '',
  ];
}

function clientCells(c: ReportClient): string[] {
  return [c.id, c.name, c.grantType, c.state, c.result];
}

export function renderCsv(report: AuditReport): string {
  const out: string[] = [row(CSV_COLUMNS)];
  for (const c of report.clients) {
    // The client's cells repeat on each of its rows: escaped once.
    const client = cells(clientCells(c));
    if (c.findings.length === 0) {
      out.push(`${client},,,,,,,,,\r\n`);
      continue;
    }
    for (const f of c.findings) out.push(`${client},${cells(findingCells(f))}\r\n`);
  }
  // Findings about the policy itself (expired, unused exemptions) belong to no client.
  for (const f of report.policyFindings) out.push(row(['', '', '', '', '', ...findingCells(f)]));
  return out.join('');
}
