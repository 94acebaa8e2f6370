/**
 * The pieces shared by the job summary, the sticky PR comment and the merged summary, as GitHub
 * Markdown. Every value from the org or the policy goes through `escapeCell`. A summary keeps
 * within a byte budget: sections are filled in order of importance, and a table that does not fit
 * ends with "N more in the report".
 */
import { SEVERITIES, type Severity } from '../types.js';
import { escapeCell, plainText, safeUrl, truncate } from '../escape.js';
import type { Impact, SeverityCounts } from './types.js';

export const TITLE = 'Genesys Cloud OAuth client audit';
/**
 * A summary is read, not searched: the reports hold everything. Every section is capped by itself
 * (one row per rule, at most `FAILING_ROWS` clients); this budget only guards against a policy of
 * hundreds of rules. Well under GitHub's 1 MiB step-summary limit.
 */
export const DEFAULT_SUMMARY_BYTES = 60 * 1024;

const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪',
};
/** Cell caps, in code points before escaping. */
export const NAME_MAX = 60;
export const ID_MAX = 80;
export const MESSAGE_MAX = 300;
export const SUBJECT_MAX = 160;
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

export class Budget {
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

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function code(value: string, max = ID_MAX): string {
  // Not a backtick code span: entities are not decoded inside one, and the value must stay escaped.
  return `<code>${breakable(escapeCell(value, max))}</code>`;
}

export function severityCell(s: Severity): string {
  return `${SEVERITY_ICON[s]} ${s}`;
}

/**
 * A run of characters without a break opportunity is left whole up to `RUN_MAX`, and longer ones
 * get one every `BREAK_EVERY`: four columns of the widest letters still fit GitHub's page, and
 * ordinary names, hosts and check IDs stay unbroken.
 */
const RUN_MAX = 14;
const BREAK_EVERY = 10;
const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Escaped text with a line-break opportunity (a zero-width space) in every long run without one,
 * so that a long name or URI wraps inside its cell instead of widening the table.
 * An entity or a tag counts as one character and is never split.
 */
export function breakable(escaped: string): string {
  const units = escaped.match(/&#?\w+;|<[^>]*>|[^]/gu) ?? [];
  let out = '';
  let run: string[] = [];
  const flush = (): void => {
    if (run.length <= RUN_MAX) out += run.join('');
    else
      for (let i = 0; i < run.length; i += BREAK_EVERY)
        out += (i > 0 ? ZERO_WIDTH_SPACE : '') + run.slice(i, i + BREAK_EVERY).join('');
    run = [];
  };
  for (const u of units) {
    // Browsers break after a space or a hyphen by themselves; a tag is ours.
    if (/^[\s-]$/u.test(u) || u.startsWith('<')) {
      flush();
      out += u;
    } else run.push(u);
  }
  flush();
  return out;
}

/** A cell from data: escaped, cut to `max` code points, and able to wrap. */
export function cell(value: string | number | null | undefined, max?: number): string {
  return breakable(escapeCell(value, max));
}

/** A client's name, shortened (the reports have it whole); its ID when it has no name. */
export function clientCell(name: string, id: string): string {
  return name.trim() === '' ? `<i>(no name)</i> ${code(id)}` : cell(name, NAME_MAX);
}

/**
 * Our own sentences and the findings' messages, which quote values between backticks: each quoted
 * value becomes code, escaped like any other data, the rest is escaped text.
 */
export function prose(text: string, max = MESSAGE_MAX): string {
  const parts = truncate(plainText(text), max).split('`');
  const words = (part: string): string =>
    part.trim() === ''
      ? part.replace(/\s+/gu, ' ')
      : `${/^\s/u.test(part) ? ' ' : ''}${cell(part, max)}${/\s$/u.test(part) ? ' ' : ''}`;
  let out = '';
  parts.forEach((part, i) => {
    if (i % 2 === 0) out += words(part);
    else if (i < parts.length - 1) out += code(part, max);
    // An unpaired backtick stays text.
    else out += `&#96;${words(part)}`;
  });
  return out;
}

function headerRow(columns: readonly string[]): string {
  return `| ${columns.join(' | ')} |\n|${columns.map(() => ' --- ').join('|')}|\n`;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |\n`;
}

/**
 * A table of as many rows as the budget and `limit` allow, then "N more in the report". Rows are
 * produced lazily, so a 20,000-row section costs only the rows that are shown.
 */
export function budgetTable<T>(
  budget: Budget,
  columns: readonly string[],
  items: readonly T[],
  toCells: (item: T) => string[],
  where = 'in the report',
  limit = Infinity,
): string {
  const head = headerRow(columns);
  if (!budget.take(head, MORE_RESERVE)) return budget.force(`_… ${items.length} more ${where}._\n`);
  let out = head;
  let shown = 0;
  for (const item of items) {
    if (shown >= limit) break;
    const row = tableRow(toCells(item));
    if (!budget.take(row, MORE_RESERVE)) break;
    out += row;
    shown++;
  }
  if (shown < items.length) out += budget.force(`\n_… ${items.length - shown} more ${where}._\n`);
  return out;
}

/** Where the rows a summary leaves out are: the report artifact when there is one, linked. */
export function moreWhere(options: { artifactUrl?: string }): string {
  const artifact = safeUrl(options.artifactUrl);
  return artifact ? `in the [report artifact](${artifact})` : 'in the report';
}

export function countsLine(counts: SeverityCounts): string {
  return SEVERITIES.map((s) => `${SEVERITY_ICON[s]} ${counts[s]} ${s}`).join(' · ');
}

export function links(options: { artifactUrl?: string; runUrl?: string }): string {
  const parts: string[] = [];
  const artifact = safeUrl(options.artifactUrl);
  const run = safeUrl(options.runUrl);
  if (artifact) parts.push(`[report artifact (JSON, CSV)](${artifact})`);
  if (run) parts.push(`[workflow run](${run})`);
  return parts.length > 0
    ? `📦 Full results: ${parts.join(' · ')}\n`
    : '📦 Full results (JSON, CSV) are in the report artifact of this workflow run.\n';
}

export function verdictIcon(result: 'pass' | 'fail'): string {
  return result === 'pass' ? '✅' : '❌';
}

export function impactStatusLine(impact: Impact): string {
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
