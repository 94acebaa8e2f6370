/**
 * `mode: merge`: several orgs audited in a matrix, each job writing its own JSON report, combined
 * into one verdict. The audit jobs usually run with `fail-on: never` so that every org reports, so
 * the gate is applied here, afresh, to the findings of all reports: a report's own `result`,
 * `failOn` and counts are ignored. The merge fails closed: a missing, unreadable, invalid or
 * incomplete report makes it `incomplete`, since the verdict would otherwise leave an org out.
 */
import { IncompleteError, UserError } from '../errors.js';
import { clientResult, compareSeverity, isViolation } from '../policy/gate.js';
import type { Finding } from '../policy/types.js';
import { SEVERITIES, type FailOn, type Severity } from '../types.js';
import { emptySeverityCounts, summarize } from './build.js';
import { terminalText } from '../escape.js';
import type { AuditReport, ReportSummary } from './types.js';
import { validateReport } from './validate.js';
import type { MergeSettings } from '../settings.js';

interface MergedReportEntry {
  /** The file the report was read from, as given. */
  path: string;
  source: AuditReport['source'];
  policy: AuditReport['policy'];
  generatedAt: string;
  toolVersion: string;
  /** The gate applied by the merge (the same for every report), not the one the audit job used. */
  failOn: FailOn;
  /** This org's verdict under the merge's gate. */
  result: 'pass' | 'fail';
  /** Counted from the report's findings under the merge's gate. */
  summary: ReportSummary;
  /** Clients that newly fail through a policy change, when the report carries a PR impact; else 0. */
  newlyFailing: number;
  /** This org's violations under the merge's gate by rule and check, most severe first. */
  violationsByRule: MergedRuleCount[];
}

export interface MergedRuleCount {
  rule: string;
  check: string;
  severity: Severity;
  /** Violations of this rule and check. */
  findings: number;
  /** Names (or IDs) of the first few clients, in report order. */
  clients: string[];
  /** Distinct clients with such a violation. */
  clientCount: number;
}

/** Client names kept per rule in a merged entry. */
const NAMES_KEPT = 3;

/** Violations by rule and check: what the merged summary lists across orgs. */
function violationsByRule(r: AuditReport, failOn: FailOn): MergedRuleCount[] {
  const counts = new Map<string, { count: MergedRuleCount; ids: Set<string> }>();
  const add = (f: Finding, client: { id: string; name: string } | null): void => {
    if (!isViolation(f, failOn)) return;
    const key = JSON.stringify([f.rule, f.check]);
    let entry = counts.get(key);
    if (!entry) {
      const count = {
        rule: f.rule,
        check: f.check,
        severity: f.severity,
        findings: 0,
        clients: [],
        clientCount: 0,
      };
      counts.set(key, (entry = { count, ids: new Set() }));
    }
    const c = entry.count;
    if (compareSeverity(f.severity, c.severity) < 0) c.severity = f.severity;
    c.findings++;
    if (client !== null && !entry.ids.has(client.id)) {
      entry.ids.add(client.id);
      c.clientCount++;
      if (c.clients.length < NAMES_KEPT) c.clients.push(client.name || client.id);
    }
  };
  for (const c of r.clients) for (const f of c.findings) add(f, c);
  for (const f of r.policyFindings) add(f, null);
  return [...counts.values()].map((e) => e.count).sort((a, b) => compareSeverity(a.severity, b.severity));
}

export interface MergedReport {
  schemaVersion: 1;
  kind: 'merged';
  /** The gate applied to the findings of every report. */
  failOn: FailOn;
  /** `fail` when any org has a violation at or above `failOn`. */
  result: 'pass' | 'fail';
  reports: MergedReportEntry[];
  /** Totals over all reports. */
  summary: ReportSummary & { reports: number; reportsFailing: number };
}

/** A report file as read: its parsed JSON, or why it could not be read. */
type ReportInput = { path: string; report: unknown } | { path: string; unreadable: string };

/** Errors listed per bad file before the rest is elided. */
const ERRORS_SHOWN = 5;

const WHAT_TO_DO =
  'An audit job of the matrix probably failed or was cancelled before uploading its report, or the ' +
  "merge job did not download its artifact: check every audit job of this run, and that the download step's " +
  'pattern and path put each oauth-audit.json where `reports` looks.';

export function mergeReports(inputs: readonly ReportInput[], options: MergeSettings = {}): MergedReport {
  const failOn = options.failOn ?? 'high';
  const expected = options.expectedReports;
  if (expected !== undefined && inputs.length > expected) {
    // More reports than orgs: either a stray file is matched or the matrix grew. Either way the count
    // no longer guards against a missing org, so it must be corrected rather than ignored.
    throw new UserError(
      `Found ${reportCount(inputs.length)} but ${expected} ${expected === 1 ? 'was' : 'were'} expected: set expected-reports (--expect) to the ` +
        `number of orgs in the matrix, or narrow the reports pattern. Found: ${inputs.map((i) => i.path).join(', ')}.`,
    );
  }
  const problems: string[] = [];
  const reports: MergedReportEntry[] = [];
  for (const input of inputs) {
    const checked = check(input);
    if (typeof checked === 'string') problems.push(`  ${terminalText(input.path)}: ${checked}`);
    else reports.push(entry(input.path, checked, failOn));
  }
  if (expected !== undefined && inputs.length < expected) {
    const found = inputs.map((i) => i.path).join(', ');
    throw new IncompleteError(
      `Expected ${reportCount(expected)} (one per org), found ${inputs.length}${found ? ` (${found})` : ''}; the verdict would leave ` +
        `${expected - inputs.length === 1 ? 'an org' : `${expected - inputs.length} orgs`} out. ${WHAT_TO_DO}` +
        (problems.length > 0 ? `\nAlso:\n${problems.join('\n')}` : ''),
    );
  }
  if (inputs.length === 0) {
    const where = options.searched ? ` (no report matches ${options.searched})` : '';
    throw new IncompleteError(`No report to merge${where}, so no org's audit can be judged. ${WHAT_TO_DO}`);
  }
  if (problems.length > 0) {
    throw new IncompleteError(
      `${problems.length === 1 ? 'A report' : `${problems.length} reports`} of ${inputs.length} cannot be used, ` +
        `so the verdict would leave ${problems.length === 1 ? 'an org' : 'orgs'} out:\n${problems.join('\n')}\n` +
        `Re-run the audit ${problems.length === 1 ? 'job that wrote it' : 'jobs that wrote them'} (a job that dies ` +
        'can leave no file or a partial one), and check that `reports` matches only the oauth-audit.json reports.',
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
    failOn,
    result: totals.violations > 0 ? 'fail' : 'pass',
    reports,
    summary: totals,
  };
}

/** The report in a file, or what makes it unusable. */
function check(input: ReportInput): AuditReport | string {
  if ('unreadable' in input) return `cannot be read: ${terminalText(input.unreadable)}`;
  const { report } = input;
  // A report that says its audit did not see the whole org, whatever else it holds.
  if (
    typeof report === 'object' &&
    report !== null &&
    (report as { result?: unknown }).result === 'incomplete'
  ) {
    return "the report of an incomplete audit (result: incomplete); re-run that org's audit.";
  }
  const checked = validateReport(report);
  if (checked.ok) return checked.report;
  // The report's keys are data: one line each in this message of several lines.
  const shown = checked.errors.slice(0, ERRORS_SHOWN).map((e) => `    ${terminalText(e, 300)}`);
  const more = checked.errors.length - shown.length;
  return (
    `not a genesys-oauth-audit report (schemaVersion 1):\n${shown.join('\n')}` +
    (more > 0 ? `\n    … and ${more} more` : '')
  );
}

/** One org's entry, counted afresh from its findings under the merge's gate. */
function entry(path: string, r: AuditReport, failOn: FailOn): MergedReportEntry {
  const summary = summarize(r.clients, r.policyFindings, failOn);
  summary.clientsFailing = r.clients.filter((c) => clientResult(c.findings, failOn) === 'fail').length;
  return {
    path,
    source: { kind: r.source.kind, region: r.source.region, apiBaseUrl: r.source.apiBaseUrl },
    policy: { path: r.policy.path, sha256: r.policy.sha256 },
    generatedAt: r.generatedAt,
    toolVersion: r.tool.version,
    failOn,
    result: summary.violations > 0 ? 'fail' : 'pass',
    summary,
    newlyFailing: r.impact?.newlyFailing.length ?? 0,
    violationsByRule: violationsByRule(r, failOn),
  };
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
    reportCount(t.reports),
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
      ? `Result: FAIL: ${t.reportsFailing} of ${reportCount(t.reports)} ${t.reportsFailing === 1 ? 'fails' : 'fail'}, ${violations(t.violations)} ${gateText(merged.failOn)} in all.`
      : `Result: PASS: ${reportCount(t.reports)}, no violations ${gateText(merged.failOn)}.`;
  return `${[line(header), ...rows.map(line)].join('\n')}\n\n${verdict}\n`;
}

function reportCount(n: number): string {
  return `${n} report${n === 1 ? '' : 's'}`;
}

function violations(n: number): string {
  return `${n} violation${n === 1 ? '' : 's'}`;
}

/** The gate in words, for verdict lines: `at or above high`, or `(fail-on: never)`. */
function gateText(failOn: FailOn): string {
  return failOn === 'never' ? '(fail-on: never)' : `at or above ${failOn}`;
}

/** The one-line verdict of a merge, for the action's log and the CLI. */
export function mergedVerdict(merged: MergedReport): string {
  const t = merged.summary;
  const orgs =
    merged.result === 'fail'
      ? ` in ${t.reportsFailing} of ${t.reports} org${t.reports === 1 ? '' : 's'}`
      : '';
  return `Merged ${reportCount(t.reports)}: ${merged.result}, ${violations(t.violations)} ${gateText(merged.failOn)}${orgs}.`;
}
