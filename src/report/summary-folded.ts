/**
 * The job summary's sections below the violations: the impact of a policy change, and what is
 * folded in `<details>` (findings below the gate, exemptions, warnings).
 */
import type { FailOn } from '../types.js';
import { escapeCell } from '../escape.js';
import { EXPIRING_SOON_DAYS, expiringSoon } from './expiring.js';
import {
  Budget,
  budgetTable,
  cell,
  clientCell,
  code,
  impactStatusLine,
  MESSAGE_MAX,
  NAME_MAX,
  plural,
  prose,
  severityCell,
  SUBJECT_MAX,
} from './markdown.js';
import { ruleCell, ruleTable, type Located, type RuleGroup } from './by-rule.js';
import type { AuditReport, Impact, ImpactFinding } from './types.js';

/** Rows of a folded table; the reports have the rest. */
const FOLDED_ROWS = 50;
/** Names in a list of clients. */
const LISTED_NAMES = 20;

function folded(budget: Budget, summary: string, body: string): string {
  return `${budget.force(`<details><summary>${summary}</summary>\n\n`)}${body}${budget.force('\n</details>\n')}`;
}

/** Findings under the gate by rule; open and titled as findings when there is no gate. */
export function renderBelow(groups: RuleGroup[], budget: Budget, failOn: FailOn, where: string): string {
  if (groups.length === 0) return '';
  const n = groups.reduce((sum, g) => sum + g.findings.length, 0);
  if (failOn === 'never') {
    const heading = budget.force(
      `### Findings by rule (${groups.length})\n\n${plural(n, 'finding')} (<code>fail-on: never</code>: none fails):\n\n`,
    );
    return heading + ruleTable(groups, budget, where);
  }
  return folded(
    budget,
    `${plural(n, 'finding')} below <code>${escapeCell(failOn)}</code> (not failing), by rule`,
    ruleTable(groups, budget, where),
  );
}

/** Exempted findings by exemption: why, who, until when, and on which clients. */
export function renderExempted(exempted: Located[], budget: Budget, where: string): string {
  if (exempted.length === 0) return '';
  const groups = new Map<string, Located[]>();
  for (const l of exempted) {
    const e = l.finding.exemption;
    const key = JSON.stringify([e?.reason, e?.owner, e?.expires, l.finding.rule, l.finding.check]);
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const table = budgetTable(
    budget,
    ['Rule', 'Clients', 'Reason', 'Owner', 'Expires'],
    [...groups.values()],
    (list) => {
      const first = list[0]!.finding;
      const names = list
        .slice(0, 3)
        .map((l) => (l.client ? clientCell(l.client.name, l.client.id) : code(l.finding.subject)));
      return [
        ruleCell(first.rule, first.check),
        names.join(', ') + (list.length > names.length ? ` and ${list.length - names.length} more` : ''),
        cell(first.exemption?.reason ?? '', MESSAGE_MAX),
        cell(first.exemption?.owner ?? '', NAME_MAX),
        escapeCell(first.exemption?.expires ?? '', 20),
      ];
    },
    where,
    FOLDED_ROWS,
  );
  return folded(budget, `${plural(exempted.length, 'exempted finding')}`, table);
}

export function renderExpiring(report: AuditReport, budget: Budget): string {
  const list = expiringSoon(report);
  if (list.length === 0) return '';
  const table = budgetTable(
    budget,
    ['Expires', 'Owner', 'Reason', 'Clients'],
    list,
    (e) => {
      const shown = e.clients.slice(0, 3).map((n) => cell(n, NAME_MAX));
      const more = e.clients.length - shown.length;
      return [
        `${escapeCell(e.expires, 20)} (${e.daysLeft === 0 ? 'today' : `in ${plural(e.daysLeft, 'day')}`})`,
        cell(e.owner, NAME_MAX),
        cell(e.reason, MESSAGE_MAX),
        (shown.join(', ') || '<i>(policy)</i>') + (more > 0 ? ` and ${more} more` : ''),
      ];
    },
    'in the report',
    FOLDED_ROWS,
  );
  return folded(
    budget,
    `⏳ ${plural(list.length, 'exemption')} expiring within ${EXPIRING_SOON_DAYS} days`,
    table,
  );
}

export function renderWarnings(report: AuditReport, budget: Budget): string {
  if (report.warnings.length === 0) return '';
  const items: string[] = [];
  for (const w of report.warnings.slice(0, FOLDED_ROWS)) {
    const item = `- ${code(`${w.file}:${w.line}:${w.col}`, 120)} ${prose(w.message)}\n`;
    if (!budget.take(item, 256)) break;
    items.push(item);
  }
  const more = report.warnings.length - items.length;
  const tail = more > 0 ? budget.force(`- … ${more} more in the report\n`) : '';
  return folded(budget, `⚠️ ${plural(report.warnings.length, 'policy warning')}`, items.join('') + tail);
}

// The impact of a policy change on the same org

function nameList(clients: readonly { id: string; name: string }[]): string {
  const shown = clients.slice(0, LISTED_NAMES).map((c) => clientCell(c.name, c.id));
  const more = clients.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

export function renderImpact(impact: Impact, budget: Budget): string {
  let out = budget.force(`### 🔀 Impact of this policy change\n\n${impactStatusLine(impact)}\n\n`);
  if (impact.base.status !== 'compared') return out;
  if (impact.newlyFailing.length > 0) {
    out += budget.force(
      `- ❌ Newly failing (${impact.newlyFailing.length}): ${nameList(impact.newlyFailing)}\n`,
    );
  }
  if (impact.newlyPassing.length > 0) {
    out += budget.force(
      `- ✅ Newly passing (${impact.newlyPassing.length}): ${nameList(impact.newlyPassing)}\n`,
    );
  }
  if (impact.byRule.length > 0) {
    out +=
      '\n' +
      budgetTable(budget, ['Rule', 'Findings added', 'Findings removed'], impact.byRule, (r) => [
        code(r.rule),
        `+${r.added}`,
        `−${r.removed}`,
      ]);
  }
  return out;
}

function impactFindingTable(
  title: string,
  findings: readonly ImpactFinding[],
  budget: Budget,
  where: string,
): string {
  if (findings.length === 0) return '';
  const table = budgetTable(
    budget,
    ['Client', 'Rule', 'Severity', 'Subject'],
    findings,
    (f) => [
      f.clientId === '' ? '<i>(policy)</i>' : clientCell(f.clientName, f.clientId),
      ruleCell(f.rule, f.check),
      severityCell(f.severity),
      f.subject === '' ? '' : code(f.subject, SUBJECT_MAX),
    ],
    where,
    FOLDED_ROWS,
  );
  return folded(budget, `${title} (${findings.length})`, table);
}

export function renderImpactDetails(impact: Impact, budget: Budget, where: string): string {
  if (impact.base.status !== 'compared') return '';
  return [
    impactFindingTable('Findings added by this change', impact.added, budget, where),
    impactFindingTable('Findings removed by this change', impact.removed, budget, where),
  ]
    .filter((x) => x !== '')
    .join('\n');
}
