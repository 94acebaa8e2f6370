/**
 * `mode: merge` (SPEC §2): several orgs audited in a matrix, each job writing its own JSON report,
 * combined into one verdict. Inputs come from other jobs' artifacts, so each is validated against
 * the report schema first; a bad file is an input error that names the file.
 */
import { UserError } from '../errors.js';
import { SEVERITIES } from '../policy/types.js';
import { emptySeverityCounts } from './build.js';
import { terminalText } from './escape.js';
import type { AuditReport, ReportSummary } from './types.js';
import { validateReport } from './validate.js';

export { renderMergedSummary } from './markdown.js';

export interface MergedReportEntry {
  /** The file the report was read from, as given. */
  path: string;
  source: AuditReport['source'];
  policy: AuditReport['policy'];
  generatedAt: string;
  toolVersion: string;
  failOn: AuditReport['failOn'];
  result: 'pass' | 'fail';
  summary: ReportSummary;
  /** Clients that newly fail through a policy change, when the report carries a PR impact; else 0. */
  newlyFailing: number;
}

export interface MergedReport {
  schemaVersion: 1;
  kind: 'merged';
  /** `fail` when any report fails. */
  result: 'pass' | 'fail';
  reports: MergedReportEntry[];
  /** Totals over all reports. */
  summary: ReportSummary & { reports: number; reportsFailing: number };
}

/** Errors listed per bad file before the rest is elided. */
const ERRORS_SHOWN = 5;

export function mergeReports(inputs: readonly { path: string; report: unknown }[]): MergedReport {
  if (inputs.length === 0) throw new UserError('No report to merge: the `reports` pattern matched no file.');
  const problems: string[] = [];
  const reports: MergedReportEntry[] = [];
  for (const input of inputs) {
    const checked = validateReport(input.report);
    if (!checked.ok) {
      // The file's path and keys are data: one line each in this message of several lines.
      const shown = checked.errors.slice(0, ERRORS_SHOWN).map((e) => `    ${terminalText(e, 300)}`);
      const more = checked.errors.length - shown.length;
      problems.push(
        `  ${terminalText(input.path)}: not a genesys-oauth-audit report (schemaVersion 1):\n${shown.join('\n')}` +
          (more > 0 ? `\n    … and ${more} more` : ''),
      );
      continue;
    }
    reports.push(entry(input.path, checked.report));
  }
  if (problems.length > 0) {
    throw new UserError(
      `${problems.length === 1 ? 'A report' : `${problems.length} reports`} cannot be merged:\n${problems.join('\n')}`,
    );
  }

  const totals = {
    reports: reports.length,
    reportsFailing: 0,
    clients: 0,
    clientsFailing: 0,
    findings: 0,
    violations: 0,
    exempted: 0,
    bySeverity: emptySeverityCounts(),
  };
  for (const r of reports) {
    if (r.result === 'fail') totals.reportsFailing++;
    totals.clients += r.summary.clients;
    totals.clientsFailing += r.summary.clientsFailing;
    totals.findings += r.summary.findings;
    totals.violations += r.summary.violations;
    totals.exempted += r.summary.exempted;
    for (const s of SEVERITIES) totals.bySeverity[s] += r.summary.bySeverity[s];
  }
  return {
    schemaVersion: 1,
    kind: 'merged',
    result: totals.reportsFailing > 0 ? 'fail' : 'pass',
    reports,
    summary: totals,
  };
}

function entry(path: string, r: AuditReport): MergedReportEntry {
  const s = r.summary;
  return {
    path,
    source: { kind: r.source.kind, region: r.source.region, apiBaseUrl: r.source.apiBaseUrl },
    policy: { path: r.policy.path, sha256: r.policy.sha256 },
    generatedAt: r.generatedAt,
    toolVersion: r.tool.version,
    failOn: r.failOn,
    // The report's own verdict, re-derived so a hand-edited `result` cannot hide violations.
    result: r.result === 'fail' || s.violations > 0 ? 'fail' : 'pass',
    summary: {
      clients: s.clients,
      clientsFailing: s.clientsFailing,
      findings: s.findings,
      violations: s.violations,
      exempted: s.exempted,
      bySeverity: pickCounts(s.bySeverity),
    },
    newlyFailing: r.impact?.newlyFailing.length ?? 0,
  };
}

function pickCounts(counts: ReportSummary['bySeverity']): ReportSummary['bySeverity'] {
  const out = emptySeverityCounts();
  for (const s of SEVERITIES) out[s] = counts[s];
  return out;
}

/** Plain text for the CLI's `merge` command. */
export function renderMergedText(merged: MergedReport): string {
  const header = ['REPORT', 'REGION', 'RESULT', 'CLIENTS', 'FAILING', 'VIOLATIONS', 'FINDINGS', 'EXEMPTED'];
  const rows = merged.reports.map((r) => [
    terminalText(r.path, 60),
    terminalText(r.source.region, 40),
    r.result.toUpperCase(),
    String(r.summary.clients),
    String(r.summary.clientsFailing),
    String(r.summary.violations),
    String(r.summary.findings),
    String(r.summary.exempted),
  ]);
  const t = merged.summary;
  rows.push([
    'TOTAL',
    `${t.reports} reports`,
    merged.result.toUpperCase(),
    String(t.clients),
    String(t.clientsFailing),
    String(t.violations),
    String(t.findings),
    String(t.exempted),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const verdict =
    merged.result === 'fail'
      ? `Result: FAIL: ${t.reportsFailing} of ${t.reports} reports fail, ${t.violations} violations in all.`
      : `Result: PASS: ${t.reports} reports, no violations.`;
  return `${[line(header), ...rows.map(line)].join('\n')}\n\n${verdict}\n`;
}
