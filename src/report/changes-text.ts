/** "Since the last run" for a terminal (`genesys-oauth-audit diff`): plain lines, data made inert. */
import { terminalText } from '../escape.js';
import { runTime } from './changes.js';
import type { Changes, ImpactFinding } from './types.js';

function finding(f: ImpactFinding): string {
  const client =
    f.clientId === ''
      ? '(policy)'
      : `${terminalText(f.clientName, 60) || '(no name)'} [${terminalText(f.clientId, 60)}]`;
  const subject = f.subject === '' ? '' : ` (${terminalText(f.subject, 80)})`;
  return `${f.severity.padEnd(8)} ${terminalText(f.check, 40)} on ${client}${subject}, rule ${terminalText(f.rule, 60)}`;
}

function section(title: string, lines: readonly string[]): string {
  if (lines.length === 0) return '';
  return `\n${title} (${lines.length}):\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

export function renderChangesText(changes: Changes): string {
  const client = (c: { id: string; name: string }): string =>
    `${terminalText(c.name, 60) || '(no name)'} [${terminalText(c.id, 60)}]`;
  const time = runTime(changes.previous.generatedAt);
  const n = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
  const head =
    `Since ${time === null ? 'the previous run' : `the run of ${time}`}: ${n(changes.new.length, 'new violation')}, ` +
    `${changes.resolved.length} resolved, ${n(changes.clientsAdded.length, 'client')} added, ` +
    `${changes.clientsRemoved.length} removed, ${n(changes.severityChanged.length, 'severity change')}.\n`;
  return [
    head,
    section('New violations', changes.new.map(finding)),
    section('Resolved', changes.resolved.map(finding)),
    section('Clients added', changes.clientsAdded.map(client)),
    section('Clients removed', changes.clientsRemoved.map(client)),
    section(
      'Severity changed',
      changes.severityChanged.map((f) => `${finding(f)}: was ${f.previousSeverity}`),
    ),
  ].join('');
}
