/**
 * The job summary: the verdict, then the findings by what they mean for the gate, the warnings and
 * the impact of a policy change, filled in order of importance within the byte budget.
 */
import { atOrAbove, compareSeverity } from '../policy/gate.js';
import type { Finding } from '../policy/types.js';
import { escapeCell } from '../escape.js';
import { EXPIRING_SOON_DAYS, expiringSoon } from './expiring.js';
import {
  Budget,
  budgetTable,
  clientCell,
  code,
  countsLine,
  DEFAULT_SUMMARY_BYTES,
  ID_MAX,
  impactStatusLine,
  links,
  MESSAGE_MAX,
  NAME_MAX,
  plural,
  severityCell,
  SUBJECT_MAX,
  TITLE,
  verdictIcon,
  type SummaryOptions,
} from './markdown.js';
import type { AuditReport, Impact, ImpactFinding, ReportClient } from './types.js';

interface Located {
  client: ReportClient | null;
  finding: Finding;
}

/** The findings by what they mean for the gate; each list most severe first, in report order within a severity. */
function groupFindings(
  report: AuditReport,
): Record<'violations' | 'below' | 'exempted' | 'policy', Located[]> {
  const groups = {
    violations: [] as Located[],
    below: [] as Located[],
    exempted: [] as Located[],
    policy: [] as Located[],
  };
  for (const c of report.clients) {
    for (const f of c.findings) {
      const group = f.exempted ? 'exempted' : atOrAbove(f.severity, report.failOn) ? 'violations' : 'below';
      groups[group].push({ client: c, finding: f });
    }
  }
  for (const f of report.policyFindings) {
    groups[f.exempted ? 'exempted' : 'policy'].push({ client: null, finding: f });
  }
  // Array.prototype.sort is stable.
  for (const list of Object.values(groups)) {
    list.sort((a, b) => compareSeverity(a.finding.severity, b.finding.severity));
  }
  return groups;
}

export function renderSummary(report: AuditReport, options: SummaryOptions = {}): string {
  const budget = new Budget(options.maxBytes ?? DEFAULT_SUMMARY_BYTES);
  const headline = budget.force(renderHeadline(report));
  const footer = budget.force(`\n---\n${links(options)}`);
  const { violations, below, exempted, policy } = groupFindings(report);

  // Filled in order of importance, shown in reading order.
  const sections: Record<string, string> = {};
  sections.impact = report.impact ? renderImpact(report.impact, budget) : '';
  sections.expiring = renderExpiring(report, budget);
  sections.failing = renderFailing(violations, report.summary.clientsFailing, budget, report.failOn);
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

// The impact of a policy change on the same org

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
