/**
 * The job summary, read at a glance on GitHub's page whatever the size of the org: the verdict
 * and counts; what changed (since the last run, the impact of a policy change); the violations by
 * rule, a table as long as the policy; the failing clients, one row each and at most
 * `FAILING_ROWS`; the rest folded. The reports hold every finding.
 */
import { atOrAbove, compareSeverity } from '../policy/gate.js';
import type { Finding } from '../policy/types.js';
import { escapeCell } from '../escape.js';
import { byRule, ruleTable, type Located } from './by-rule.js';
import { renderChanges } from './changes-markdown.js';
import {
  Budget,
  budgetTable,
  cell,
  clientCell,
  code,
  countsLine,
  DEFAULT_SUMMARY_BYTES,
  links,
  moreWhere,
  plural,
  severityCell,
  TITLE,
  verdictIcon,
  type SummaryOptions,
} from './markdown.js';
import {
  renderBelow,
  renderExempted,
  renderExpiring,
  renderImpact,
  renderImpactDetails,
  renderWarnings,
} from './summary-folded.js';
import type { AuditReport, ReportClient } from './types.js';

/** Failing clients listed one row each; the rest are counted, and are in the reports. */
export const FAILING_ROWS = 50;
/** Marks, under `gate: new`, a client with a violation the previous run did not have. */
const NEW_MARK = '🆕';
/** Checks shown per client, and subjects per check. */
const EXAMPLES = 3;

function locate(report: AuditReport): Record<'violations' | 'below' | 'exempted', Located[]> {
  const out = { violations: [] as Located[], below: [] as Located[], exempted: [] as Located[] };
  const add = (client: ReportClient | null, f: Finding): void => {
    const group = f.exempted ? 'exempted' : atOrAbove(f.severity, report.failOn) ? 'violations' : 'below';
    out[group].push({ client, finding: f });
  };
  for (const c of report.clients) for (const f of c.findings) add(c, f);
  for (const f of report.policyFindings) add(null, f);
  return out;
}

export function renderSummary(report: AuditReport, options: SummaryOptions = {}): string {
  const budget = new Budget(options.maxBytes ?? DEFAULT_SUMMARY_BYTES);
  const { violations, below, exempted } = locate(report);
  const headline = budget.force(renderHeadline(report, violations));
  const footer = budget.force(`\n---\n${links(options)}`);
  // With a comparison, the headline already says what gate: new did not judge.
  const since = renderChanges(report.changes, report.gate?.mode === 'new' ? undefined : report.gate);
  const changes = since ? budget.force(`${since.trimEnd()}\n`) : '';
  const where = moreWhere(options);

  // Filled in order of importance, shown in reading order.
  const impact = report.impact ? renderImpact(report.impact, budget) : '';
  const rules = renderRules(violations, budget, report, where);
  const failing = renderFailing(report, budget, where);
  const expiring = renderExpiring(report, budget);
  const warnings = renderWarnings(report, budget);
  const exemptedSection = renderExempted(exempted, budget, where);
  const belowSection = renderBelow(byRule(below), budget, report.failOn, where);
  const impactDetails = report.impact ? renderImpactDetails(report.impact, budget, where) : '';

  return [
    headline,
    changes,
    impact,
    impactDetails,
    rules,
    failing,
    belowSection,
    expiring,
    exemptedSection,
    warnings,
    footer,
  ]
    .filter((x) => x !== '')
    .join('\n');
}

function renderHeadline(report: AuditReport, violations: readonly Located[]): string {
  const s = report.summary;
  return (
    `## ${verdictIcon(report.result)} ${TITLE}: ${report.result}\n\n${lead(report, violations)}\n\n` +
    `${countsLine(s.bySeverity)} · ${s.exempted} exempted\n\n` +
    `<sub>Org ${code(report.source.region)} (${escapeCell(report.source.kind)}) · policy ${code(report.policy.path, 120)} ` +
    `(${code(report.policy.sha256.slice(0, 12))}) · ${escapeCell(report.generatedAt)} · ` +
    `${escapeCell(report.tool.name)} ${escapeCell(report.tool.version)}</sub>\n`
  );
}

/** The headline's sentence: what the verdict judged, on how many clients, and the worst of it. */
function lead(report: AuditReport, violations: readonly Located[]): string {
  const s = report.summary;
  const gate = `<code>${escapeCell(report.failOn)}</code>`;
  const fresh = report.gate?.mode === 'new' ? report.changes?.new : undefined;
  if (report.result === 'fail' && fresh && fresh.length > 0) {
    // gate: new failed on the new violations only: name those, not the backlog's worst.
    const worst = fresh[0]!;
    const on = worst.clientId === '' ? '' : ` on ${clientCell(worst.clientName, worst.clientId)}`;
    const older = s.violations - fresh.length;
    return (
      `**${plural(fresh.length, 'new violation')}** at or above ${gate} since the last run; the worst: ` +
      `${severityCell(worst.severity)} ${code(worst.check)}${on}. The ${plural(older, 'other violation')} ` +
      `${older === 1 ? 'was' : 'were'} there in the last run: <code>gate: new</code> does not judge ${older === 1 ? 'it' : 'them'}.`
    );
  }
  if (report.result === 'fail') {
    const worst = [...violations].sort((a, b) => compareSeverity(a.finding.severity, b.finding.severity))[0];
    const on = worst?.client ? ` on ${clientCell(worst.client.name, worst.client.id)}` : '';
    return (
      `**${plural(s.violations, 'violation')}** at or above ${gate} on ${s.clientsFailing} of ${plural(s.clients, 'client')}` +
      (worst
        ? `; the worst: ${severityCell(worst.finding.severity)} ${code(worst.finding.check)}${on}.`
        : '.')
    );
  }
  if (fresh && s.violations > 0) {
    // The backlog passes `gate: new`: say so, so that a pass is never read as a clean org.
    return (
      `No new violation at or above ${gate}: the ${plural(s.violations, 'violation')} on ${s.clientsFailing} of ` +
      `${plural(s.clients, 'client')} were there in the last run, and <code>gate: new</code> lets them pass. They are listed below.`
    );
  }
  return report.failOn === 'never'
    ? `No gate (<code>fail-on: never</code>): ${plural(s.findings, 'finding')} on ${plural(s.clients, 'client')}.`
    : `No violation at or above ${gate} on ${plural(s.clients, 'client')}.`;
}

function renderRules(violations: Located[], budget: Budget, report: AuditReport, where: string): string {
  if (violations.length === 0) return '';
  const groups = byRule(violations);
  const fresh = report.gate?.mode === 'new' ? report.changes?.new.length : undefined;
  // Under gate: new the table still lists the backlog: say which part of it the verdict judged.
  let judged = '';
  if (fresh === 0)
    judged = '; all were there in the last run, and <code>gate: new</code> does not judge them';
  else if (fresh !== undefined) {
    judged = `; ${fresh} new since the last run, the other ${violations.length - fresh} not judged (<code>gate: new</code>)`;
  }
  const heading = budget.force(
    `### Violations by rule (${groups.length})\n\n${plural(violations.length, 'finding')} at or above <code>${escapeCell(report.failOn)}</code>, not exempted${judged}:\n\n`,
  );
  return heading + ruleTable(groups, budget, where);
}

/** A client's violations in a few words: each check with its first subjects. */
function findingWords(findings: readonly Finding[]): string {
  const byCheck = new Map<string, string[]>();
  for (const f of findings) {
    const subjects = byCheck.get(f.check) ?? [];
    if (f.subject !== '' && !subjects.includes(f.subject)) subjects.push(f.subject);
    byCheck.set(f.check, subjects);
  }
  const words = [...byCheck].slice(0, EXAMPLES).map(([check, subjects]) => {
    const shown = subjects.slice(0, EXAMPLES).map((s) => code(s, 60));
    const more = subjects.length > EXAMPLES ? ` +${subjects.length - EXAMPLES}` : '';
    return `${escapeCell(check)}${shown.length > 0 ? ` ${shown.join(', ')}${more}` : ''}`;
  });
  const more = byCheck.size - words.length;
  return words.join('; ') + (more > 0 ? `; ${plural(more, 'more check')}` : '');
}

/** Who created the client, under its name: the person to ask about it. */
function creatorLine(c: ReportClient): string {
  const by = c.createdBy;
  if (by === undefined) return '';
  const who = by === null ? 'no creator recorded' : `by ${cell(by.name ?? by.id, 40)}`;
  return `<br><sub>${who}</sub>`;
}

function renderFailing(report: AuditReport, budget: Budget, where: string): string {
  const rows: { client: ReportClient; violations: Finding[] }[] = [];
  for (const c of report.clients) {
    if (c.result !== 'fail') continue;
    const violations = c.findings
      .filter((f) => !f.exempted && atOrAbove(f.severity, report.failOn))
      .sort((a, b) => compareSeverity(a.severity, b.severity));
    if (violations.length > 0) rows.push({ client: c, violations });
  }
  if (rows.length === 0) return '';
  // Under gate: new a client with only old violations did not fail the run: the heading says
  // "with violations", and the clients with a new one come first, marked.
  const fresh = report.gate?.mode === 'new' ? new Set(report.changes?.new.map((f) => f.clientId)) : undefined;
  const isNew = (r: (typeof rows)[number]): number => (fresh?.has(r.client.id) ? 0 : 1);
  rows.sort(
    (a, b) => isNew(a) - isNew(b) || compareSeverity(a.violations[0]!.severity, b.violations[0]!.severity),
  );
  const heading = budget.force(
    fresh === undefined
      ? `### Failing clients (${rows.length})\n\n`
      : `### Clients with violations (${rows.length})\n\n${fresh.size > 0 ? `${NEW_MARK} marks a client with a violation the last run did not have.\n\n` : ''}`,
  );
  // When the usage was read, when each client was last used: an unused client with findings is
  // the first to remove.
  const usage = report.usage !== undefined;
  return (
    heading +
    budgetTable(
      budget,
      ['Client', 'Grant type', 'Worst', 'Violations', ...(usage ? ['Last used'] : [])],
      rows,
      (r) => [
        (fresh?.has(r.client.id) ? `${NEW_MARK} ` : '') +
          clientCell(r.client.name, r.client.id) +
          creatorLine(r.client),
        cell(r.client.grantType, 40),
        severityCell(r.violations[0]!.severity),
        findingWords(r.violations),
        ...(usage ? [cell(r.client.lastUsed ?? 'not in the window', 40)] : []),
      ],
      where,
      FAILING_ROWS,
    )
  );
}
