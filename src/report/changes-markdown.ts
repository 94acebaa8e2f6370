/**
 * "Since the last run" as GitHub Markdown: the section the job summary leads with after its
 * headline. Compact at any size: one counts line, then short lists (at most `LIST_MAX` entries
 * each, the rest counted); the reports hold everything. Every value from the org, the policy or
 * the previous report goes through `escapeCell`.
 */
import { escapeCell, safeUrl } from '../escape.js';
import type { Severity } from '../types.js';
import { runTime } from './changes.js';
import type { Changes, GateInfo, ImpactClient, ImpactFinding } from './types.js';

/** Entries shown per list; a list of thousands is one line of ten and a count. */
export const LIST_MAX = 10;
const NAME_MAX = 60;
const SUBJECT_MAX = 80;
const ID_MAX = 60;

const ICON: Readonly<Record<Severity, string>> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪',
};

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function clientName(name: string, id: string): string {
  if (id === '') return '<i>(policy)</i>';
  return name.trim() === '' ? `<code>${escapeCell(id, ID_MAX)}</code>` : escapeCell(name, NAME_MAX);
}

function finding(f: ImpactFinding): string {
  const subject = f.subject === '' ? '' : ` (${escapeCell(f.subject, SUBJECT_MAX)})`;
  return `${ICON[f.severity]} <code>${escapeCell(f.check, ID_MAX)}</code> on ${clientName(f.clientName, f.clientId)}${subject}`;
}

function list<T>(title: string, items: readonly T[], show: (item: T) => string, separator = '; '): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, LIST_MAX).map(show).join(separator);
  const more = items.length > LIST_MAX ? `${separator}and ${items.length - LIST_MAX} more in the report` : '';
  return `- ${title} (${items.length}): ${shown}${more}\n`;
}

function when(generatedAt: string): string {
  const time = runTime(generatedAt);
  return time === null ? 'the previous run' : `the run of ${time}`;
}

/** The counts line: what a reader needs when nothing else is read. */
function countsLine(changes: Changes): string {
  const url = safeUrl(changes.previous.runUrl);
  const previous = url
    ? `[${when(changes.previous.generatedAt)}](${url})`
    : when(changes.previous.generatedAt);
  const parts = [
    `**${count(changes.new.length, 'new violation')}**`,
    `${changes.resolved.length} resolved`,
    `clients +${changes.clientsAdded.length} added, −${changes.clientsRemoved.length} removed`,
  ];
  if (changes.severityChanged.length > 0) {
    parts.push(count(changes.severityChanged.length, 'severity change'));
  }
  return `${parts.join(' · ')} — compared with ${previous}.\n`;
}

function gateLine(gate: GateInfo | undefined): string {
  if (!gate?.note) return '';
  return `\n> ${escapeCell(gate.note, 300)}\n`;
}

/**
 * The section, or '' when there is nothing to say (no comparison and no gate note). `gate` is the
 * report's, so that `gate: new` says what it did not judge, or why it judged everything.
 */
export function renderChanges(changes: Changes | undefined, gate?: GateInfo): string {
  if (!changes) return gate?.note ? `### 🕑 Since the last run\n${gateLine(gate)}\n` : '';
  const sc = changes.severityChanged;
  const lists = [
    list('🆕 New violations', changes.new, finding),
    list('✅ Resolved', changes.resolved, finding),
    list('➕ Clients added', changes.clientsAdded, (c: ImpactClient) => clientName(c.name, c.id), ', '),
    list('➖ Clients removed', changes.clientsRemoved, (c: ImpactClient) => clientName(c.name, c.id), ', '),
    list('↕️ Severity changed', sc, (f) => `${finding(f)}: ${f.previousSeverity} → ${f.severity}`),
  ].join('');
  return `### 🕑 Since the last run\n\n${countsLine(changes)}${lists === '' ? '' : `\n${lists}`}${gateLine(gate)}\n`;
}
