/** Findings by rule and check: the table of a summary whose length depends on the policy, not the org. */
import { compareSeverity } from '../policy/gate.js';
import type { Finding } from '../policy/types.js';
import type { Severity } from '../types.js';
import { escapeCell } from '../escape.js';
import { CHECK_INFO } from './checks.js';
import { Budget, budgetTable, clientCell, code, prose, severityCell } from './markdown.js';
import type { ReportClient } from './types.js';

/** Client names shown per rule. */
const EXAMPLES = 3;

export interface Located {
  client: ReportClient | null;
  finding: Finding;
}

/** The non-exempted findings of one rule and check. */
export interface RuleGroup {
  rule: string;
  check: Finding['check'];
  severity: Severity;
  findings: Located[];
}

/** Non-exempted findings by rule and check, most severe first, then in order of first appearance. */
export function byRule(located: readonly Located[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const l of located) {
    const key = JSON.stringify([l.finding.rule, l.finding.check]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ...l.finding, findings: [] }));
    if (compareSeverity(l.finding.severity, g.severity) < 0) g.severity = l.finding.severity;
    g.findings.push(l);
  }
  return [...groups.values()].sort((a, b) => compareSeverity(a.severity, b.severity));
}

/** `rule · check`, or the check alone for a built-in check (its rule is its own ID). */
export function ruleCell(rule: string, check: string): string {
  return rule === check ? code(check) : `${code(rule)} · ${escapeCell(check)}`;
}

/** The first few clients of a group (or subjects, for findings not tied to a client), then how many more. */
function examples(findings: readonly Located[]): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const { client, finding } of findings) {
    const key = client ? `c:${client.id}` : `s:${finding.subject}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (names.length < EXAMPLES)
      names.push(client ? clientCell(client.name, client.id) : code(finding.subject));
  }
  const more = seen.size - names.length;
  return names.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function clientCount(findings: readonly Located[]): string {
  const clients = new Set(findings.filter((l) => l.client).map((l) => l.client!.id));
  return clients.size > 0 ? String(clients.size) : `${findings.length} <i>(policy)</i>`;
}

/** One row per rule and check: severity, clients, the first few names, what to do. */
export function ruleTable(groups: readonly RuleGroup[], budget: Budget, where: string): string {
  return budgetTable(
    budget,
    ['Rule', 'Severity', 'Clients', 'For example', 'What to do'],
    groups,
    (g) => [
      ruleCell(g.rule, g.check),
      severityCell(g.severity),
      clientCount(g.findings),
      examples(g.findings),
      prose(CHECK_INFO[g.check]?.remedy ?? ''),
    ],
    where,
  );
}
