/**
 * `oauth-audit.csv`: RFC 4180 (CRLF line ends, fields quoted when they hold a quote,
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
  // Added after the first release: at the end, so that readers by position keep working.
  'last_used',
  'requests',
  'created_by_id',
  'created_by_name',
] as const;

/** Spreadsheets (Excel, LibreOffice, Sheets) evaluate a cell starting with one of these as a formula. */
const LIKE_FORMULA = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Neutralises formula injection, then applies RFC 4180 quoting. */
export function csvCell(value: string): string {
  const safe = LIKE_FORMULA.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/** The finding's cells, from `rule` to `exemption_expires`, without the line end. */
function findingCells(f: Finding): string {
  const e = f.exemption;
  // `check` and `severity` are this tool's own identifiers (lower-case words and hyphens), not data.
  return (
    `${csvCell(f.rule)},${f.check},${f.severity},${csvCell(f.subject)},` +
    `${csvCell(f.message)},${f.exempted ? 'true' : 'false'},` +
    (e ? `${csvCell(e.reason)},${csvCell(e.owner)},${csvCell(e.expires)}` : ',,')
  );
}

/** `last_used` and `requests`, with their leading comma; empty when the usage was not read. */
function usageCells(c: ReportClient): string {
  if (c.requests === undefined) return ',,';
  return `,${csvCell(c.lastUsed ?? '')},${c.requests}`;
}

function clientCells(c: ReportClient): string {
  return `${csvCell(c.id)},${csvCell(c.name)},${csvCell(c.grantType)},${csvCell(c.state)},${csvCell(c.result)}`;
}

/** The client's creator, the last two cells (empty when no creator is recorded). */
function creatorCells(c: ReportClient): string {
  const by = c.createdBy;
  return by ? `${csvCell(by.id)},${csvCell(by.name ?? '')}` : ',';
}

/** The file in pieces (a row each), so that a large one can be written without one string of it all. */
export function* csvRows(report: AuditReport): Generator<string> {
  yield HEADER;
  for (const c of report.clients) {
    // The client's cells repeat on each of its rows: escaped once.
    const client = clientCells(c);
    const tail = `${usageCells(c)},${creatorCells(c)}`;
    if (c.findings.length === 0) {
      yield `${client},,,,,,,,,${tail}\r\n`;
      continue;
    }
    for (const f of c.findings) yield `${client},${findingCells(f)}${tail}\r\n`;
  }
  // Findings about the policy itself (expired, unused exemptions) belong to no client.
  for (const f of report.policyFindings) yield `,,,,,${findingCells(f)},,,,\r\n`;
}

export function renderCsv(report: AuditReport): string {
  return [...csvRows(report)].join('');
}
