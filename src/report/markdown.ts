/**
 * The job summary, the sticky PR comment and the merged summary (SPEC §7.4), as GitHub Markdown.
 * Every value from the org or the policy goes through `escapeCell`. The summary keeps within a
 * byte budget (GitHub drops a step summary over 1 MiB): sections are filled in order of
 * importance, and a table that does not fit ends with "N more in the artifact".
 */
import { atOrAbove, compareSeverity } from '../policy/gate.js';
import { expiryEnd } from '../policy/exemptions.js';
import type { Finding } from '../policy/types.js';
import type { FailOn, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { escapeCell, safeUrl } from '../escape.js';
import { COMMENT_MARKER } from './status.js';
import type { MergedReport } from './merge.js';
import type { AuditReport, Impact, ImpactFinding, ReportClient, SeverityCounts } from './types.js';

export const TITLE = 'Genesys Cloud OAuth client audit';
export { COMMENT_MARKER };
/** Far enough under GitHub's 1 MiB step-summary limit to leave room for other steps' output. */
export const DEFAULT_SUMMARY_BYTES = 900 * 1024;
/** Exemptions ending within this many days are listed as expiring soon (SPEC §4.6). */
export const EXPIRING_SOON_DAYS = 14;

const DAY_MS = 86_400_000;
const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪',
};
/** Cell caps, in code points before escaping. */
const NAME_MAX = 120;
const ID_MAX = 80;
const MESSAGE_MAX = 300;
const SUBJECT_MAX = 160;
/** Kept back in each section for its "N more" line. */
const MORE_RESERVE = 256;

export interface SummaryOptions {
  /** URL of the uploaded report artifact. */
  artifactUrl?: string;
  /** URL of the workflow run. */
  runUrl?: string;
  /** Size budget in bytes (UTF-8); default 900 KiB. */
  maxBytes?: number;
}

class Budget {
  constructor(public remaining: number) {}
  /** Takes the bytes for `text` when they fit with `reserve` left over. */
  take(text: string, reserve = 0): boolean {
    const n = Buffer.byteLength(text, 'utf8');
    if (n + reserve > this.remaining) return false;
    this.remaining -= n;
    return true;
  }
  /** Always takes (headings and the "more" line, which the reserve paid for). */
  force(text: string): string {
    this.remaining -= Buffer.byteLength(text, 'utf8');
    return text;
  }
}

// ---------------------------------------------------------------------------------------------
// Small pieces

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function code(value: string, max = ID_MAX): string {
  // Not a backtick code span: entities are not decoded inside one, and the value must stay escaped.
  return `<code>${escapeCell(value, max)}</code>`;
}

function severityCell(s: Severity): string {
  return `${SEVERITY_ICON[s]} ${s}`;
}

function clientCell(name: string, id: string): string {
  const shown = name.trim() === '' ? '<i>(no name)</i>' : escapeCell(name, NAME_MAX);
  return `${shown}<br><sub>${escapeCell(id, ID_MAX)}</sub>`;
}

function headerRow(columns: readonly string[]): string {
  return `| ${columns.join(' | ')} |\n|${columns.map(() => ' --- ').join('|')}|\n`;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |\n`;
}

/**
 * A table of as many rows as the budget allows, then "N more in the artifact". Rows are produced
 * lazily, so a 20,000-row section costs only the rows that are shown.
 */
function budgetTable<T>(
  budget: Budget,
  columns: readonly string[],
  items: readonly T[],
  toCells: (item: T) => string[],
  moreWhere = 'in the artifact',
): string {
  const head = headerRow(columns);
  if (!budget.take(head, MORE_RESERVE)) return budget.force(`_… ${items.length} more ${moreWhere}._\n`);
  let out = head;
  let shown = 0;
  for (const item of items) {
    const row = tableRow(toCells(item));
    if (!budget.take(row, MORE_RESERVE)) break;
    out += row;
    shown++;
  }
  if (shown < items.length) out += budget.force(`\n_… ${items.length - shown} more ${moreWhere}._\n`);
  return out;
}

function countsLine(counts: SeverityCounts): string {
  return SEVERITIES.map((s) => `${SEVERITY_ICON[s]} ${counts[s]} ${s}`).join(' · ');
}

function links(options: { artifactUrl?: string; runUrl?: string }): string {
  const parts: string[] = [];
  const artifact = safeUrl(options.artifactUrl);
  const run = safeUrl(options.runUrl);
  if (artifact) parts.push(`[report artifact (JSON, CSV)](${artifact})`);
  if (run) parts.push(`[workflow run](${run})`);
  return parts.length > 0
    ? `📦 Full results: ${parts.join(' · ')}\n`
    : '📦 Full results (JSON, CSV) are in the report artifact of this workflow run.\n';
}

function verdictIcon(result: 'pass' | 'fail'): string {
  return result === 'pass' ? '✅' : '❌';
}

interface Located {
  client: ReportClient | null;
  finding: Finding;
}

function bySeverityThenOrder(a: Located, b: Located): number {
  return compareSeverity(a.finding.severity, b.finding.severity);
}

// ---------------------------------------------------------------------------------------------
// The job summary

export function renderSummary(report: AuditReport, options: SummaryOptions = {}): string {
  const budget = new Budget(options.maxBytes ?? DEFAULT_SUMMARY_BYTES);
  const s = report.summary;

  const headline = budget.force(renderHeadline(report));
  const footer = budget.force(`\n---\n${links(options)}`);

  const violations: Located[] = [];
  const below: Located[] = [];
  const exempted: Located[] = [];
  const policy: Located[] = [];
  for (const c of report.clients) {
    for (const f of c.findings) {
      if (f.exempted) exempted.push({ client: c, finding: f });
      else if (atOrAbove(f.severity, report.failOn)) violations.push({ client: c, finding: f });
      else below.push({ client: c, finding: f });
    }
  }
  for (const f of report.policyFindings) {
    if (f.exempted) exempted.push({ client: null, finding: f });
    else policy.push({ client: null, finding: f });
  }
  // Stable sorts: most severe first, report order within a severity.
  violations.sort(bySeverityThenOrder);
  below.sort(bySeverityThenOrder);
  exempted.sort(bySeverityThenOrder);
  policy.sort(bySeverityThenOrder);

  // Filled in order of importance, shown in reading order.
  const sections: Record<string, string> = {};
  sections.impact = report.impact ? renderImpact(report.impact, budget) : '';
  sections.expiring = renderExpiring(report, budget);
  sections.failing = renderFailing(violations, s.clientsFailing, budget, report.failOn);
  sections.policy = renderPolicyFindings(policy, budget, report.failOn);
  sections.warnings = renderWarnings(report, budget);
  sections.exempted = renderExempted(exempted, budget);
  sections.impactDetails = report.impact ? renderImpactDetails(report.impact, budget) : '';
  sections.below = renderBelow(below, budget, report.failOn);

  return [
    headline,
    sections.failing,
    sections.policy,
    sections.exempted,
    sections.expiring,
    sections.warnings,
    sections.impact,
    sections.impactDetails,
    sections.below,
    footer,
  ]
    .filter((x) => x !== '')
    .join('\n');
}

function renderHeadline(report: AuditReport): string {
  const s = report.summary;
  const failOn = report.failOn === 'never' ? 'never (report only)' : report.failOn;
  const lead =
    report.result === 'fail'
      ? `**${plural(s.violations, 'violation')}** at or above <code>${failOn}</code> on ${plural(s.clientsFailing, 'client')}`
      : report.failOn === 'never'
        ? 'No gate (<code>fail-on: never</code>)'
        : `No violation at or above <code>${failOn}</code>`;
  return (
    `## ${verdictIcon(report.result)} ${TITLE}: ${report.result}\n\n` +
    `${lead} · ${plural(s.findings, 'finding')} · ${s.exempted} exempted · ${plural(s.clients, 'client')} audited\n\n` +
    `${countsLine(s.bySeverity)}\n\n` +
    `<sub>Org ${code(report.source.region)} (${escapeCell(report.source.kind)}) · policy ${code(report.policy.path, 200)} ` +
    `(${code(report.policy.sha256.slice(0, 12))}) · ${escapeCell(report.generatedAt)} · ` +
    `${escapeCell(report.tool.name)} ${escapeCell(report.tool.version)}</sub>\n`
  );
}

function findingCells(l: Located): string[] {
  const c = l.client;
  const f = l.finding;
  return [
    c ? clientCell(c.name, c.id) : '<i>(policy)</i>',
    c ? escapeCell(c.grantType, 40) : '',
    c ? escapeCell(c.state, 40) : '',
    escapeCell(f.rule, ID_MAX),
    escapeCell(f.check, ID_MAX),
    severityCell(f.severity),
    escapeCell(f.subject, SUBJECT_MAX),
    escapeCell(f.message, MESSAGE_MAX),
  ];
}

const FINDING_COLUMNS = ['Client', 'Grant type', 'State', 'Rule', 'Check', 'Severity', 'Subject', 'Message'];

function renderFailing(
  violations: Located[],
  clientsFailing: number,
  budget: Budget,
  failOn: string,
): string {
  const clientViolations = violations.filter((v) => v.client !== null);
  if (clientViolations.length === 0) return '';
  const heading = budget.force(
    `### Failing clients (${clientsFailing})\n\n${plural(clientViolations.length, 'finding')} at or above <code>${escapeCell(failOn)}</code>, not exempted:\n\n`,
  );
  return heading + budgetTable(budget, FINDING_COLUMNS, clientViolations, findingCells);
}

function renderPolicyFindings(policy: Located[], budget: Budget, failOn: AuditReport['failOn']): string {
  if (policy.length === 0) return '';
  const heading = budget.force(`### Policy findings (${policy.length})\n\n`);
  return (
    heading +
    budgetTable(budget, ['Check', 'Severity', 'Line', 'Subject', 'Message', 'Fails'], policy, (l) => [
      escapeCell(l.finding.check),
      severityCell(l.finding.severity),
      String(l.finding.line),
      escapeCell(l.finding.subject, SUBJECT_MAX),
      escapeCell(l.finding.message, MESSAGE_MAX),
      atOrAbove(l.finding.severity, failOn) ? 'yes' : 'no',
    ])
  );
}

function renderExempted(exempted: Located[], budget: Budget): string {
  if (exempted.length === 0) return '';
  const heading = budget.force(`### Exempted findings (${exempted.length})\n\n`);
  return (
    heading +
    budgetTable(
      budget,
      ['Client', 'Rule', 'Check', 'Severity', 'Subject', 'Reason', 'Owner', 'Expires'],
      exempted,
      (l) => [
        l.client ? clientCell(l.client.name, l.client.id) : '<i>(policy)</i>',
        escapeCell(l.finding.rule, ID_MAX),
        escapeCell(l.finding.check, ID_MAX),
        severityCell(l.finding.severity),
        escapeCell(l.finding.subject, SUBJECT_MAX),
        escapeCell(l.finding.exemption?.reason ?? '', MESSAGE_MAX),
        escapeCell(l.finding.exemption?.owner ?? '', NAME_MAX),
        escapeCell(l.finding.exemption?.expires ?? '', 20),
      ],
    )
  );
}

interface Expiring {
  reason: string;
  owner: string;
  expires: string;
  daysLeft: number;
  findings: number;
  clients: string[];
}

/** Exemptions in use that end within `EXPIRING_SOON_DAYS` of the report's time, soonest first. */
export function expiringSoon(report: AuditReport, days = EXPIRING_SOON_DAYS): Expiring[] {
  const now = Date.parse(report.generatedAt);
  if (Number.isNaN(now)) return [];
  const today = Math.floor(now / DAY_MS);
  const groups = new Map<string, Expiring>();
  const visit = (f: Finding, clientName: string | null): void => {
    const e = f.exemption;
    if (!f.exempted || !e) return;
    const end = expiryEnd(e.expires);
    if (Number.isNaN(end) || end <= now) return;
    // Calendar days from the report's UTC day to the last valid day: 0 means "ends today".
    const daysLeft = end / DAY_MS - 1 - today;
    if (daysLeft > days) return;
    const key = JSON.stringify([e.expires, e.owner, e.reason]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ...e, daysLeft, findings: 0, clients: [] }));
    g.findings++;
    if (clientName !== null && !g.clients.includes(clientName)) g.clients.push(clientName);
  };
  for (const c of report.clients) for (const f of c.findings) visit(f, c.name || c.id);
  for (const f of report.policyFindings) visit(f, null);
  return [...groups.values()].sort((a, b) => a.daysLeft - b.daysLeft);
}

function renderExpiring(report: AuditReport, budget: Budget): string {
  const list = expiringSoon(report);
  if (list.length === 0) return '';
  const heading = budget.force(
    `### ⏳ Exemptions expiring within ${EXPIRING_SOON_DAYS} days (${list.length})\n\n`,
  );
  return (
    heading +
    budgetTable(budget, ['Expires', 'In', 'Owner', 'Reason', 'Findings', 'Clients'], list, (e) => {
      const shown = e.clients.slice(0, 3).map((n) => escapeCell(n, 60));
      const more = e.clients.length - shown.length;
      return [
        escapeCell(e.expires, 20),
        e.daysLeft === 0 ? 'today' : plural(e.daysLeft, 'day'),
        escapeCell(e.owner, NAME_MAX),
        escapeCell(e.reason, MESSAGE_MAX),
        String(e.findings),
        shown.join(', ') + (more > 0 ? ` and ${more} more` : ''),
      ];
    })
  );
}

function renderWarnings(report: AuditReport, budget: Budget): string {
  if (report.warnings.length === 0) return '';
  const heading = budget.force(`### ⚠️ Policy warnings (${report.warnings.length})\n\n`);
  return (
    heading +
    budgetTable(budget, ['Where', 'Warning'], report.warnings, (w) => [
      code(`${w.file}:${w.line}:${w.col}`, 200),
      escapeCell(w.message, MESSAGE_MAX),
    ])
  );
}

function renderBelow(below: Located[], budget: Budget, failOn: string): string {
  if (below.length === 0) return '';
  const which =
    failOn === 'never'
      ? '(<code>fail-on: never</code>: none fails)'
      : `below <code>${escapeCell(failOn)}</code> (not failing)`;
  const open = budget.force(`<details><summary>${plural(below.length, 'finding')} ${which}</summary>\n\n`);
  const table = budgetTable(budget, FINDING_COLUMNS, below, findingCells);
  return `${open}${table}${budget.force('\n</details>\n')}`;
}

// ---------------------------------------------------------------------------------------------
// Impact (SPEC §9)

function impactStatusLine(impact: Impact): string {
  const b = impact.base;
  const where = `${code(b.path, 200)} at ${code(b.ref)}`;
  switch (b.status) {
    case 'missing':
      return `The policy file is new in this change (no ${where}): there is nothing to compare with.`;
    case 'invalid':
      return `The base version (${where}) does not load, so the impact cannot be computed: ${escapeCell(b.message ?? '', 400)}`;
    case 'unchanged':
      return `The policy file is unchanged from ${where}: no impact.`;
    case 'compared': {
      const was =
        b.result === null
          ? ''
          : ` The base version gave ${b.result} (${plural(b.violations ?? 0, 'violation')}).`;
      return (
        `Compared with ${where}: **${impact.newlyFailing.length}** newly failing, **${impact.newlyPassing.length}** newly passing, ` +
        `**+${impact.added.length}** / **−${impact.removed.length}** findings.${was}`
      );
    }
  }
}

function renderImpact(impact: Impact, budget: Budget): string {
  let out = budget.force(`### 🔀 Impact of this policy change\n\n${impactStatusLine(impact)}\n\n`);
  if (impact.byRule.length > 0) {
    out += budgetTable(budget, ['Rule', 'Findings added', 'Findings removed'], impact.byRule, (r) => [
      escapeCell(r.rule, ID_MAX),
      `+${r.added}`,
      `−${r.removed}`,
    ]);
  }
  return out;
}

function impactClientTable(
  title: string,
  clients: readonly { id: string; name: string }[],
  budget: Budget,
): string {
  if (clients.length === 0) return '';
  const heading = budget.force(`#### ${title} (${clients.length})\n\n`);
  return heading + budgetTable(budget, ['Client'], clients, (c) => [clientCell(c.name, c.id)]) + '\n';
}

function impactFindingTable(title: string, findings: readonly ImpactFinding[], budget: Budget): string {
  if (findings.length === 0) return '';
  const open = budget.force(`<details><summary>${title} (${findings.length})</summary>\n\n`);
  const table = budgetTable(budget, ['Client', 'Rule', 'Check', 'Severity', 'Subject'], findings, (f) => [
    f.clientId === '' ? '<i>(policy)</i>' : clientCell(f.clientName, f.clientId),
    escapeCell(f.rule, ID_MAX),
    escapeCell(f.check, ID_MAX),
    severityCell(f.severity),
    escapeCell(f.subject, SUBJECT_MAX),
  ]);
  return `${open}${table}${budget.force('\n</details>\n')}`;
}

function renderImpactDetails(impact: Impact, budget: Budget): string {
  if (impact.base.status !== 'compared') return '';
  return [
    impactClientTable('❌ Newly failing', impact.newlyFailing, budget),
    impactClientTable('✅ Newly passing', impact.newlyPassing, budget),
    impactFindingTable('Findings added by this change', impact.added, budget),
    impactFindingTable('Findings removed by this change', impact.removed, budget),
  ]
    .filter((x) => x !== '')
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// The sticky PR comment

export interface CommentOptions {
  runUrl?: string;
  artifactUrl?: string;
}

/** Names shown per list in the comment. */
const COMMENT_NAMES = 10;

function nameList(clients: readonly { id: string; name: string }[]): string {
  const shown = clients.slice(0, COMMENT_NAMES).map((c) => escapeCell(c.name || c.id, 60));
  const more = clients.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/** A short comment: verdict, counts, impact, links. The job summary has the details. */
export function renderComment(report: AuditReport, options: CommentOptions = {}): string {
  const s = report.summary;
  const lines: string[] = [
    COMMENT_MARKER,
    `### ${verdictIcon(report.result)} ${TITLE}: ${report.result}`,
    '',
  ];
  lines.push(
    report.result === 'fail'
      ? `**${plural(s.violations, 'violation')}** at or above <code>${escapeCell(report.failOn)}</code> on ${plural(s.clientsFailing, 'client')} · ${plural(s.findings, 'finding')} · ${s.exempted} exempted · ${plural(s.clients, 'client')} audited in ${code(report.source.region)}`
      : `No violation at or above <code>${escapeCell(report.failOn)}</code> · ${plural(s.findings, 'finding')} · ${s.exempted} exempted · ${plural(s.clients, 'client')} audited in ${code(report.source.region)}`,
    '',
    countsLine(s.bySeverity),
    '',
  );
  const impact = report.impact;
  if (impact) {
    lines.push('**Impact of this policy change**', '', impactStatusLine(impact), '');
    if (impact.base.status === 'compared') {
      if (impact.newlyFailing.length > 0) lines.push(`- ❌ Newly failing: ${nameList(impact.newlyFailing)}`);
      if (impact.newlyPassing.length > 0) lines.push(`- ✅ Newly passing: ${nameList(impact.newlyPassing)}`);
      for (const r of impact.byRule.slice(0, COMMENT_NAMES)) {
        lines.push(`- Rule ${code(r.rule)}: +${r.added} / −${r.removed} findings`);
      }
      if (impact.byRule.length > COMMENT_NAMES)
        lines.push(`- … and ${impact.byRule.length - COMMENT_NAMES} more rules`);
      lines.push('');
    }
  }
  const soon = expiringSoon(report);
  if (soon.length > 0) {
    lines.push(`⏳ ${plural(soon.length, 'exemption')} expiring within ${EXPIRING_SOON_DAYS} days.`, '');
  }
  const run = safeUrl(options.runUrl);
  const artifact = safeUrl(options.artifactUrl);
  const parts: string[] = [];
  if (run) parts.push(`[job summary](${run})`);
  if (artifact) parts.push(`[report artifact](${artifact})`);
  if (parts.length > 0) lines.push(`Details: ${parts.join(' · ')}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------------------------------------
// Merged reports (mode: merge)

/** The merge's gate in words: `at or above <code>high</code>`, or `<code>fail-on: never</code>`. */
function gateWords(failOn: FailOn): string {
  return failOn === 'never' ? '<code>fail-on: never</code>' : `at or above <code>${failOn}</code>`;
}

export function renderMergedSummary(merged: MergedReport, options: SummaryOptions = {}): string {
  const budget = new Budget(options.maxBytes ?? DEFAULT_SUMMARY_BYTES);
  const t = merged.summary;
  const head = budget.force(
    `## ${verdictIcon(merged.result)} ${TITLE}: ${merged.result} (${plural(t.reports, 'org')})\n\n` +
      (merged.result === 'fail'
        ? `**${t.reportsFailing} of ${t.reports}** orgs fail · **${plural(t.violations, 'violation')}** ${gateWords(merged.failOn)} in all`
        : `No org fails (${gateWords(merged.failOn)})`) +
      ` · ${plural(t.findings, 'finding')} · ${t.exempted} exempted · ${plural(t.clients, 'client')} audited, ${t.clientsFailing} failing\n\n` +
      `${countsLine(t.bySeverity)}\n\n`,
  );
  // A merge job uploads nothing itself: without links, point at the audit jobs' artifacts.
  const where =
    options.artifactUrl || options.runUrl
      ? links(options)
      : "📦 Each org's full results (JSON, CSV) are in the report artifact of its audit job.\n";
  const footer = budget.force(`\n---\n${where}`);
  const table = budgetTable(
    budget,
    [
      'Org',
      'Report',
      'Result',
      'fail-on',
      'Clients',
      'Failing',
      'Violations',
      'Findings',
      'Exempted',
      ...SEVERITIES,
    ],
    merged.reports,
    (r) => [
      `${escapeCell(r.source.region, 80)}<br><sub>${escapeCell(r.source.apiBaseUrl, 120)}</sub>`,
      code(r.path, 200),
      `${verdictIcon(r.result)} ${r.result}`,
      escapeCell(r.failOn),
      String(r.summary.clients),
      String(r.summary.clientsFailing),
      String(r.summary.violations),
      String(r.summary.findings),
      String(r.summary.exempted),
      ...SEVERITIES.map((s) => String(r.summary.bySeverity[s])),
    ],
  );
  return `${head}${table}${footer}`;
}
