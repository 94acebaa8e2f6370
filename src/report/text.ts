/**
 * The CLI's terminal output: an aligned table of clients, the findings, and a verdict line.
 * Every value from the org or the policy goes through `terminalText`, so a client name cannot
 * carry an escape sequence to the terminal. Colour only when asked (a TTY without NO_COLOR).
 */
import { atOrAbove, compareSeverity, worstFinding } from '../policy/gate.js';
import type { ExemptionRef } from '../policy/types.js';
import { SEVERITIES, type Severity } from '../types.js';
import { terminalText } from '../escape.js';
import type { AuditReport, Impact, ReportClient } from './types.js';

interface TextOptions {
  color: boolean;
  /** Terminal width in columns; default 120. */
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

/** Pads to a width after painting, so escape codes do not count towards alignment. */
function pad(text: string, width: number, paint: Paint, ...styles: (keyof typeof ANSI)[]): string {
  const cut = text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text;
  return paint(cut, ...styles) + ' '.repeat(Math.max(0, width - cut.length));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function worstCell(c: ReportClient): { text: string; severity: Severity | null } {
  const worst = worstFinding(c.findings);
  const open = c.findings.filter((f) => !f.exempted).length;
  const exempted = c.findings.length - open;
  if (!worst) return { text: exempted > 0 ? `${exempted} exempted` : '-', severity: null };
  const others = open - 1;
  const extra = [others > 0 ? `+${others}` : '', exempted > 0 ? `${exempted} exempted` : '']
    .filter(Boolean)
    .join(', ');
  return {
    text: `${worst.severity} ${worst.check}${worst.subject ? ` (${terminalText(worst.subject, 40)})` : ''}${extra ? `; ${extra}` : ''}`,
    severity: worst.severity,
  };
}

export function renderText(report: AuditReport, options: TextOptions): string {
  const paint = painter(options.color);
  const width = Math.max(60, options.width && options.width > 0 ? options.width : 120);
  const lines = [
    paint(`Genesys Cloud OAuth client audit`, 'bold') +
      ` · ${terminalText(report.source.region, 60)} (${report.source.kind})` +
      ` · policy ${terminalText(report.policy.path, 80)} · fail-on ${report.failOn}`,
    '',
    ...clientTable(report.clients, width, paint),
    ...findingLines(report, paint),
    ...warningLines(report, paint),
    ...(report.impact ? impactLines(report.impact, paint) : []),
    verdictLine(report, paint),
  ];
  return `${lines.join('\n')}\n`;
}

/** The clients, one row each: the fixed columns get what they need, the client name takes the rest. */
function clientTable(clients: readonly ReportClient[], width: number, paint: Paint): string[] {
  if (clients.length === 0) return ['No OAuth clients.', ''];
  const grantW = Math.min(18, Math.max(10, ...clients.map((c) => terminalText(c.grantType).length)));
  const stateW = Math.min(10, Math.max(5, ...clients.map((c) => terminalText(c.state).length)));
  const resultW = 6;
  const rest = width - grantW - stateW - resultW - 8;
  const longestName = Math.max(6, ...clients.map((c) => terminalText(c.name).length));
  const nameW = Math.max(12, Math.min(40, Math.floor(rest * 0.45), longestName));
  const worstW = Math.max(10, rest - nameW);
  const header = [
    pad('CLIENT', nameW, paint),
    pad('GRANT TYPE', grantW, paint),
    pad('STATE', stateW, paint),
    pad('RESULT', resultW, paint),
    'FINDINGS',
  ];
  const rows = clients.map((c) => {
    const worst = worstCell(c);
    return [
      pad(terminalText(c.name || c.id), nameW, paint),
      pad(terminalText(c.grantType), grantW, paint),
      pad(terminalText(c.state), stateW, paint),
      pad(c.result.toUpperCase(), resultW, paint, c.result === 'fail' ? 'red' : 'green'),
      pad(worst.text, worstW, paint, worst.severity ? SEVERITY_COLOR[worst.severity] : 'dim'),
    ];
  });
  return [...[header, ...rows].map((cells) => cells.join('  ').trimEnd()), ''];
}

/** Every finding, most severe first, exempted ones last; each on one line so the output greps well. */
function findingLines(report: AuditReport, paint: Paint): string[] {
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
    const who = client ? terminalText(client.name || client.id, 60) : `policy line ${f.line}`;
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

function impactLines(impact: Impact, paint: Paint): string[] {
  const b = impact.base;
  const lines: string[] = [];
  if (b.status === 'compared') {
    lines.push(
      `  against ${terminalText(b.ref, 60)}: ${impact.newlyFailing.length} newly failing, ${impact.newlyPassing.length} newly passing, +${impact.added.length} / -${impact.removed.length} findings`,
      ...impact.newlyFailing.map(
        (c) => `  ${paint('newly failing', 'red')}  ${terminalText(c.name || c.id, 80)}`,
      ),
      ...impact.newlyPassing.map(
        (c) => `  ${paint('newly passing', 'green')}  ${terminalText(c.name || c.id, 80)}`,
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

function verdictLine(report: AuditReport, paint: Paint): string {
  const s = report.summary;
  const counts = `${plural(s.findings, 'finding')} (${SEVERITIES.map((sev) => `${s.bySeverity[sev]} ${sev}`).join(', ')}), ${s.exempted} exempted, ${plural(s.clients, 'client')}`;
  if (report.result !== 'fail') {
    return `${paint('PASS', 'bold', 'green')}: no violation at or above ${report.failOn}. ${counts}.`;
  }
  const worst = worstFinding(
    [...report.clients.flatMap((c) => c.findings), ...report.policyFindings].filter((f) =>
      atOrAbove(f.severity, report.failOn),
    ),
  );
  const worstText = worst ? `; worst: ${worst.severity} ${worst.check}` : '';
  return `${paint('FAIL', 'bold', 'red')}: ${plural(s.violations, 'violation')} at or above ${report.failOn} on ${plural(s.clientsFailing, 'client')}${worstText}. ${counts}.`;
}
