/** The job summary of `mode: merge`: one row per org, under the verdict of them all. */
import { SEVERITIES, type FailOn } from '../types.js';
import { escapeCell } from '../escape.js';
import {
  Budget,
  budgetTable,
  code,
  countsLine,
  DEFAULT_SUMMARY_BYTES,
  links,
  plural,
  TITLE,
  verdictIcon,
  type SummaryOptions,
} from './markdown.js';
import type { MergedReport } from './merge.js';

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
