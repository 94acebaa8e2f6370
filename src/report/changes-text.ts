/**
 * "Since the last run" for a terminal (`genesys-oauth-audit diff`, `audit --previous-report`):
 * plain lines wrapped to the terminal's width, as the text report is, data made inert.
 */
import { terminalText } from '../escape.js';
import { runTime } from './changes.js';
import { wrapLine } from './terminal-layout.js';
import type { Changes, ImpactFinding } from './types.js';

function finding(f: ImpactFinding): string {
  const client =
    f.clientId === ''
      ? '(policy)'
      : `${terminalText(f.clientName, 60) || '(no name)'} [${terminalText(f.clientId, 60)}]`;
  const subject = f.subject === '' ? '' : ` (${terminalText(f.subject, 80)})`;
  return `${f.severity.padEnd(8)} ${terminalText(f.check, 40)} on ${client}${subject}, rule ${terminalText(f.rule, 60)}`;
}

/** Entries are indented by 2; a wrapped entry goes on under its check, past the severity. */
const ENTRY_INDENT = 11;

function section(title: string, lines: readonly string[], columns: number): string {
  if (lines.length === 0) return '';
  const entries = lines.flatMap((l) => wrapLine(`  ${l}`, columns, ENTRY_INDENT));
  return `\n${title} (${lines.length}):\n${entries.join('\n')}\n`;
}

export function renderChangesText(changes: Changes, columns = 100): string {
  const client = (c: { id: string; name: string }): string =>
    `${terminalText(c.name, 60) || '(no name)'} [${terminalText(c.id, 60)}]`;
  const time = runTime(changes.previous.generatedAt);
  const n = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
  const head =
    `Since ${time === null ? 'the previous run' : `the run of ${time}`}: ${n(changes.new.length, 'new violation')}, ` +
    `${changes.resolved.length} resolved, ${n(changes.clientsAdded.length, 'client')} added, ` +
    `${changes.clientsRemoved.length} removed, ${n(changes.severityChanged.length, 'severity change')}.`;
  return [
    `${wrapLine(head, columns, 4).join('\n')}\n`,
    section('New violations', changes.new.map(finding), columns),
    section('Resolved', changes.resolved.map(finding), columns),
    section('Clients added', changes.clientsAdded.map(client), columns),
    section('Clients removed', changes.clientsRemoved.map(client), columns),
    section(
      'Severity changed',
      changes.severityChanged.map((f) => `${finding(f)}: was ${f.previousSeverity}`),
      columns,
    ),
  ].join('');
}
