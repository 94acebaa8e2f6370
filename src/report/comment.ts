/** The sticky PR comment: the impact of the change, the verdict, counts, links. The job summary has the details. */
import { escapeCell, safeUrl } from '../escape.js';
import { EXPIRING_SOON_DAYS, expiringSoon } from './expiring.js';
import { clientCell, code, countsLine, impactStatusLine, plural, TITLE, verdictIcon } from './markdown.js';
import { COMMENT_MARKER } from './status.js';
import type { AuditReport } from './types.js';

interface CommentOptions {
  runUrl?: string;
  artifactUrl?: string;
}

/** Names shown per list in the comment. */
const COMMENT_NAMES = 10;

function nameList(clients: readonly { id: string; name: string }[]): string {
  const shown = clients.slice(0, COMMENT_NAMES).map((c) => clientCell(c.name, c.id));
  const more = clients.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/** A short comment: the impact of the change first, then the verdict and counts, then links. */
export function renderComment(report: AuditReport, options: CommentOptions = {}): string {
  const s = report.summary;
  const lines: string[] = [
    COMMENT_MARKER,
    `### ${verdictIcon(report.result)} ${TITLE}: ${report.result}`,
    '',
  ];
  const impact = report.impact;
  if (impact) {
    lines.push(`**🔀 Impact of this policy change.** ${impactStatusLine(impact)}`, '');
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
  const gate = `<code>${escapeCell(report.failOn)}</code>`;
  lines.push(
    (report.result === 'fail'
      ? `**${plural(s.violations, 'violation')}** at or above ${gate} on ${s.clientsFailing} of ${plural(s.clients, 'client')}`
      : `No violation at or above ${gate} on ${plural(s.clients, 'client')}`) +
      ` in ${code(report.source.region)} · ${countsLine(s.bySeverity)} · ${s.exempted} exempted`,
    '',
  );
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
