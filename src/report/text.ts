/**
 * The CLI's terminal output: an aligned table of clients, the findings, and a verdict line, laid
 * out in the terminal's width (long values shortened in the table, long lines wrapped between words).
 * Every value from the org or the policy goes through `terminalText`, so a client name cannot
 * carry an escape sequence to the terminal. Colour only when asked (a TTY without NO_COLOR).
 */
import { atOrAbove, compareSeverity, worstFinding } from '../policy/gate.js';
import type { ExemptionRef } from '../policy/types.js';
import { SEVERITIES, type Severity } from '../types.js';
import { terminalText } from '../escape.js';
import { verdictMessage } from '../outcome.js';
import { columnsOf, padTo, shortenEnd, shortenMiddle, shortenNames, wrapLine } from './terminal-layout.js';
import type { AuditReport, Impact, ReportClient } from './types.js';

interface TextOptions {
  color: boolean;
  /** Terminal width in columns; default 100. */
  width?: number;
}

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  magenta: '\u001b[35m',
} as const;

/** The escape sequences this renderer writes: the only ones the CLI lets through, with colour on. */
export const ANSI_STYLES: readonly string[] = Object.values(ANSI);

const SEVERITY_COLOR: Readonly<Record<Severity, keyof typeof ANSI>> = {
  critical: 'magenta',
  high: 'red',
  medium: 'yellow',
  low: 'blue',
  info: 'dim',
};

type Paint = (text: string, ...styles: (keyof typeof ANSI)[]) => string;

function painter(color: boolean): Paint {
  if (!color) return (text) => text;
  return (text, ...styles) =>
    styles.length === 0 ? text : `${styles.map((s) => ANSI[s]).join('')}${text}${ANSI.reset}`;
}

/** Cuts (at the end) and pads to a width after painting, so escape codes do not count towards alignment. */
function pad(text: string, width: number, paint: Paint, ...styles: (keyof typeof ANSI)[]): string {
  const cut = shortenEnd(text, width);
  return padTo(paint(cut, ...styles), width);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A client's FINDINGS cell, fitted to `width`: its worst finding, then how many more and how many
 * exempted. When that is too wide, the subject of the worst finding is shortened or left out first,
 * then the counts are said shorter, then left out (the findings list below has them all).
 */
function findingsCell(c: ReportClient, width: number): { text: string; severity: Severity | null } {
  const worst = worstFinding(c.findings);
  const open = c.findings.filter((f) => !f.exempted).length;
  const exempted = c.findings.length - open;
  if (!worst) return { text: exempted > 0 ? `${exempted} exempted` : '-', severity: null };
  const counts = (more: string) =>
    [open > 1 ? more : '', exempted > 0 ? `${exempted} exempted` : ''].filter(Boolean).join(', ');
  const long = counts(`+${plural(open - 1, 'more finding', 'more findings')}`);
  const short = counts(`+${open - 1} more`);
  const head = `${worst.severity} ${worst.check}`;
  const tail = (extra: string) => (extra ? `; ${extra}` : '');
  const subject = terminalText(worst.subject);
  const room = width - columnsOf(head + tail(long)) - 3;
  const forms = [
    subject && room >= Math.min(8, columnsOf(subject))
      ? `${head} (${shortenEnd(subject, room)})${tail(long)}`
      : '',
    head + tail(long),
    head + tail(short),
    head,
  ];
  const text = forms.find((f) => f && columnsOf(f) <= width) ?? head;
  return { text, severity: worst.severity };
}

/** Columns a terminal has, at least (narrower, the table cannot hold its columns). */
const MIN_WIDTH = 60;
/** Columns when the caller does not know the terminal's width. */
const DEFAULT_WIDTH = 100;
/** Where a wrapped finding continues: under the client name, past the FAIL/severity columns. */
const FINDING_INDENT = 18;

export function renderText(report: AuditReport, options: TextOptions): string {
  const paint = painter(options.color);
  const width = Math.max(MIN_WIDTH, options.width && options.width > 0 ? options.width : DEFAULT_WIDTH);
  // Names in the lists are not cut to the table's column, only kept to a line, so they grep whole.
  const listName = (name: string) => shortenMiddle(name, Math.max(40, width - FINDING_INDENT - 6));
  const wrap = (indent: number) => (line: string) => wrapLine(line, width, indent);
  const header =
    paint(`Genesys Cloud OAuth client audit`, 'bold') +
    ` · ${terminalText(report.source.region, 60)} (${report.source.kind})` +
    ` · policy ${terminalText(report.policy.path, 80)} · fail-on ${report.failOn}`;
  return `${[
    ...wrap(4)(header),
    '',
    ...clientTable(report.clients, width, paint),
    ...findingLines(report, paint, listName).flatMap(wrap(FINDING_INDENT)),
    ...warningLines(report, paint).flatMap(wrap(6)),
    ...(report.impact ? impactLines(report.impact, paint, listName) : []).flatMap(wrap(6)),
    ...verdictLines(report, paint).flatMap(wrap(4)),
  ].join('\n')}\n`;
}

/**
 * The clients, one row each, within `width`: the fixed columns get what they need; the name and
 * the findings share the rest, each as wide as its longest value when both fit, else the findings
 * at least 55%. Names are shortened so that different names still look different.
 */
function clientTable(clients: readonly ReportClient[], width: number, paint: Paint): string[] {
  if (clients.length === 0) return ['No OAuth clients.', ''];
  const longest = (values: string[], min: number, max: number) =>
    Math.min(max, Math.max(min, ...values.map(columnsOf)));
  const grantW = longest(
    clients.map((c) => terminalText(c.grantType)),
    10,
    18,
  );
  const stateW = longest(
    clients.map((c) => terminalText(c.state)),
    5,
    10,
  );
  const resultW = 6;
  const rest = width - grantW - stateW - resultW - 8;
  const names = clients.map((c) => terminalText(c.name || c.id));
  const needName = longest(names, 6, Infinity);
  const full = clients.map((c) => findingsCell(c, Infinity));
  const needFindings = longest(
    full.map((cell) => cell.text),
    8,
    Infinity,
  );
  const nameW = Math.min(needName, Math.max(Math.floor(rest * 0.45), rest - needFindings));
  const findingsW = rest - nameW;
  const shortNames = shortenNames(names, nameW);
  const header = [
    pad('CLIENT', nameW, paint),
    pad('GRANT TYPE', grantW, paint),
    pad('STATE', stateW, paint),
    pad('RESULT', resultW, paint),
    'FINDINGS',
  ];
  const rows = clients.map((c, i) => {
    const cell = columnsOf(full[i]!.text) <= findingsW ? full[i]! : findingsCell(c, findingsW);
    return [
      pad(shortNames[i]!, nameW, paint),
      pad(terminalText(c.grantType), grantW, paint),
      pad(terminalText(c.state), stateW, paint),
      pad(c.result.toUpperCase(), resultW, paint, c.result === 'fail' ? 'red' : 'green'),
      pad(cell.text, findingsW, paint, cell.severity ? SEVERITY_COLOR[cell.severity] : 'dim'),
    ];
  });
  return [...[header, ...rows].map((cells) => cells.join('  ').trimEnd()), ''];
}

/**
 * Every finding, most severe first, exempted ones last; each starts a line with its client and rule
 * so the output greps well (a long message wraps onto indented lines).
 */
function findingLines(report: AuditReport, paint: Paint, listName: (name: string) => string): string[] {
  const all = [
    ...report.clients.flatMap((c) => c.findings.map((f) => ({ client: c as ReportClient | null, f }))),
    ...report.policyFindings.map((f) => ({ client: null, f })),
  ];
  if (all.length === 0) return [];
  all.sort(
    (a, b) => Number(a.f.exempted) - Number(b.f.exempted) || compareSeverity(a.f.severity, b.f.severity),
  );
  const lines = all.map(({ client, f }) => {
    const mark = f.exempted ? 'exempt' : atOrAbove(f.severity, report.failOn) ? 'FAIL' : 'warn';
    const markStyle = f.exempted ? 'dim' : mark === 'FAIL' ? 'red' : 'yellow';
    const who = client ? listName(terminalText(client.name || client.id)) : `policy line ${f.line}`;
    const rule = f.rule === f.check ? f.check : `${terminalText(f.rule, 60)}/${f.check}`;
    const line = `  ${pad(mark, 6, paint, markStyle)} ${pad(f.severity, 8, paint, SEVERITY_COLOR[f.severity])} ${who}  ${rule}: ${terminalText(f.message, 400)}`;
    return f.exempted && f.exemption ? line + exemptionNote(f.exemption, paint) : line;
  });
  return [paint('Findings', 'bold'), ...lines, ''];
}

function exemptionNote(e: ExemptionRef, paint: Paint): string {
  return paint(
    `  [exempted until ${terminalText(e.expires, 20)} by ${terminalText(e.owner, 60)}: ${terminalText(e.reason, 200)}]`,
    'dim',
  );
}

function warningLines(report: AuditReport, paint: Paint): string[] {
  if (report.warnings.length === 0) return [];
  const lines = report.warnings.map(
    (w) =>
      `  ${terminalText(`${w.file}:${w.line}:${w.col}`, 200)}: ${paint('warning', 'yellow')}: ${terminalText(w.message, 400)}`,
  );
  return [paint('Policy warnings', 'bold'), ...lines, ''];
}

function impactLines(impact: Impact, paint: Paint, listName: (name: string) => string): string[] {
  const b = impact.base;
  const lines: string[] = [];
  if (b.status === 'compared') {
    lines.push(
      `  against ${terminalText(b.ref, 60)}: ${impact.newlyFailing.length} newly failing, ${impact.newlyPassing.length} newly passing, +${impact.added.length} / -${impact.removed.length} findings`,
      ...impact.newlyFailing.map(
        (c) => `  ${paint('newly failing', 'red')}  ${listName(terminalText(c.name || c.id))}`,
      ),
      ...impact.newlyPassing.map(
        (c) => `  ${paint('newly passing', 'green')}  ${listName(terminalText(c.name || c.id))}`,
      ),
      ...impact.byRule.map((r) => `  rule ${terminalText(r.rule, 60)}: +${r.added} / -${r.removed}`),
    );
  } else if (b.status === 'missing') {
    lines.push('  the policy file is new: nothing to compare with');
  } else if (b.status === 'unchanged') {
    lines.push('  the policy file is unchanged: no impact');
  } else {
    lines.push(`  the base version does not load: ${terminalText(b.message ?? '', 400)}`);
  }
  return [paint('Impact of the policy change', 'bold'), ...lines, ''];
}

/**
 * The counts by severity, then the verdict: the same sentence the CLI's other formats and the
 * action's log end with, its first words painted.
 */
function verdictLines(report: AuditReport, paint: Paint): string[] {
  const s = report.summary;
  const counts = `${plural(s.findings, 'finding')} (${SEVERITIES.map((sev) => `${s.bySeverity[sev]} ${sev}`).join(', ')}), ${s.exempted} exempted.`;
  const verdict = verdictMessage(report);
  const colon = verdict.indexOf(':');
  const style = report.result === 'fail' ? 'red' : 'green';
  return [counts, paint(verdict.slice(0, colon), 'bold', style) + verdict.slice(colon)];
}
