/**
 * The job summary of `mode: merge`: the verdict of all orgs, one row per org, then the violations
 * by rule across orgs.
 */
import { compareSeverity } from '../policy/gate.js';
import type { FailOn } from '../types.js';
import { ruleCell } from './by-rule.js';
import {
  Budget,
  budgetTable,
  cell,
  countsLine,
  DEFAULT_SUMMARY_BYTES,
  links,
  NAME_MAX,
  plural,
  severityCell,
  TITLE,
  verdictIcon,
  type SummaryOptions,
} from './markdown.js';
import type { MergedReport, MergedRuleCount } from './merge.js';

/** The merge's gate in words: `at or above <code>high</code>`, or `<code>fail-on: never</code>`. */
function gateWords(failOn: FailOn): string {
  return failOn === 'never' ? '<code>fail-on: never</code>' : `at or above <code>${failOn}</code>`;
}

type Entry = MergedReport['reports'][number];

/**
 * What tells two orgs apart: the report's folder (its artifact's name, where the merge job
 * downloads each artifact into its own folder) or its file name.
 */
export function reportName(file: string): string {
  const parts = file.split(/[\\/]+/u).filter((p) => p !== '' && p !== '.');
  const base = parts.at(-1) ?? file;
  return base === 'oauth-audit.json' && parts.length > 1 ? parts.at(-2)! : base;
}

function orgCell(r: Entry): string {
  return `${cell(reportName(r.path), NAME_MAX)}<br><sub>${cell(r.source.region, 60)}</sub>`;
}

function worstCell(r: Entry): string {
  const worst = r.violationsByRule[0];
  return worst ? `${severityCell(worst.severity)} ${ruleCell(worst.rule, worst.check)}` : '—';
}

interface AcrossOrgs extends MergedRuleCount {
  orgs: string[];
}

function acrossOrgs(merged: MergedReport): AcrossOrgs[] {
  const rows = new Map<string, AcrossOrgs>();
  for (const r of merged.reports) {
    for (const v of r.violationsByRule) {
      const key = JSON.stringify([v.rule, v.check]);
      const row = rows.get(key);
      if (!row) {
        rows.set(key, { ...v, clients: [...v.clients], orgs: [reportName(r.path)] });
        continue;
      }
      row.findings += v.findings;
      row.clientCount += v.clientCount;
      row.clients.push(...v.clients);
      row.orgs.push(reportName(r.path));
      if (compareSeverity(v.severity, row.severity) < 0) row.severity = v.severity;
    }
  }
  return [...rows.values()].sort((a, b) => compareSeverity(a.severity, b.severity));
}

function few(names: readonly string[], total: number): string {
  const shown = names.slice(0, 3).map((n) => cell(n, NAME_MAX));
  return shown.join(', ') + (total > shown.length ? ` and ${total - shown.length} more` : '');
}

export function renderMergedSummary(merged: MergedReport, options: SummaryOptions = {}): string {
  const budget = new Budget(options.maxBytes ?? DEFAULT_SUMMARY_BYTES);
  const t = merged.summary;
  const head = budget.force(
    `## ${verdictIcon(merged.result)} ${TITLE}: ${merged.result} (${plural(t.reports, 'org')})\n\n` +
      (merged.result === 'fail'
        ? `**${t.reportsFailing} of ${t.reports}** orgs fail · **${plural(t.violations, 'violation')}** ${gateWords(merged.failOn)} in all`
        : `No org fails (${gateWords(merged.failOn)})`) +
      ` · ${plural(t.clients, 'client')} audited, ${t.clientsFailing} failing\n\n` +
      `${countsLine(t.bySeverity)} · ${t.exempted} exempted\n\n`,
  );
  // A merge job uploads nothing itself: without links, point at the audit jobs' artifacts.
  const where =
    options.artifactUrl || options.runUrl
      ? links(options)
      : "📦 Each org's full results (JSON, CSV) are in the report artifact of its audit job.\n";
  const footer = budget.force(`\n---\n${where}`);
  const orgs = budgetTable(
    budget,
    ['Org', 'Verdict', 'Violations', 'Failing clients', 'Worst'],
    merged.reports,
    (r) => [
      orgCell(r),
      `${verdictIcon(r.result)} ${r.result}`,
      String(r.summary.violations),
      `${r.summary.clientsFailing} of ${r.summary.clients}`,
      worstCell(r),
    ],
    "in the orgs' reports",
  );
  const rules = acrossOrgs(merged);
  const byRule =
    rules.length === 0
      ? ''
      : budget.force(`\n### Violations by rule (${rules.length})\n\n`) +
        budgetTable(
          budget,
          ['Rule', 'Severity', 'Orgs', 'Clients', 'For example'],
          rules,
          (v) => [
            ruleCell(v.rule, v.check),
            severityCell(v.severity),
            few(v.orgs, v.orgs.length),
            String(v.clientCount || `${v.findings} <i>(policy)</i>`),
            few(v.clients, v.clientCount),
          ],
          "in the orgs' reports",
        );
  return `${head}${orgs}${byRule}${footer}`;
}
