/** How a finished run or a thrown error maps to its outcome (`result`), exit code and message (README: Outcomes). */
import { IncompleteError, PolicyError, UserError } from './errors.js';
import { terminalText } from './escape.js';
import { SEVERITIES, type FailOn, type Severity } from './types.js';

export type Outcome = 'pass' | 'fail' | 'invalid-policy' | 'invalid-input' | 'incomplete' | 'error';

export const EXIT_CODES: Record<Outcome, number> = {
  pass: 0,
  fail: 1,
  'invalid-policy': 2,
  'invalid-input': 2,
  incomplete: 3,
  error: 4,
};

export interface FailureOutcome {
  outcome: Exclude<Outcome, 'pass' | 'fail'>;
  /** One clear message for the user; never a stack trace. */
  message: string;
}

const BUG_REPORT =
  'This is a bug in genesys-oauth-audit: please open an issue with this message (re-run with debug logging ' +
  'for the stack trace; check that it contains no secrets before sharing).';

/** Maps a thrown value to its outcome. Anything that is not one of our typed errors is a bug. */
export function classifyError(error: unknown): FailureOutcome {
  if (error instanceof PolicyError) return { outcome: 'invalid-policy', message: error.message };
  if (error instanceof UserError) return { outcome: 'invalid-input', message: error.message };
  if (error instanceof IncompleteError) {
    return {
      outcome: 'incomplete',
      message: `Audit incomplete, so it cannot pass: ${error.message}`,
    };
  }
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { outcome: 'error', message: `Unexpected error (${what}). ${BUG_REPORT}` };
}

/** A finding as the verdict reads it. */
interface VerdictFinding {
  severity: Severity;
  check: string;
  rule: string;
  subject: string;
  exempted: boolean;
}

/** What the verdict reads of a finished audit's report (the AuditReport of `src/report/types.ts`). */
export interface VerdictReport {
  result: 'pass' | 'fail';
  failOn: FailOn;
  summary: {
    clients: number;
    clientsFailing: number;
    findings: number;
    violations: number;
    exempted: number;
  };
  clients: readonly { id: string; name: string; findings: readonly VerdictFinding[] }[];
  /** Findings not tied to one client. */
  policyFindings: readonly VerdictFinding[];
  /** `gate: new`: which violations the verdict judged. */
  gate?: { mode: 'all' | 'new'; ignored: number; note: string | null };
  /** The comparison with the previous run; its `new` violations are most severe first. */
  changes?: { new: readonly (Omit<VerdictFinding, 'exempted'> & { clientName: string })[] };
}

/**
 * The one-line verdict of a finished audit: the count of violations, on how many of the clients,
 * and the worst one. The job summary's headline counts the same way.
 */
export function verdictMessage(report: VerdictReport): string {
  if (report.gate?.mode === 'new' && report.changes) return newGateVerdict(report, report.changes.new);
  const verdict = allGateVerdict(report);
  return report.gate?.note ? `${verdict} ${report.gate.note}` : verdict;
}

/** `gate: new`: the verdict counts only the violations the previous run did not have. */
function newGateVerdict(report: VerdictReport, fresh: NonNullable<VerdictReport['changes']>['new']): string {
  const older = report.gate?.ignored ?? 0;
  const backlog = `${older} older ${older === 1 ? 'violation' : 'violations'} at or above ${report.failOn} not judged (gate: new)`;
  if (fresh.length === 0) {
    return `Audit passed: no new violation since the previous run in ${report.summary.clients} clients; ${backlog}.`;
  }
  const worst = fresh[0]!;
  const noun = fresh.length === 1 ? 'violation' : 'violations';
  const client = worst.clientName ? ` on client "${terminalText(worst.clientName, 80)}"` : '';
  const subject = worst.subject ? ` (${terminalText(worst.subject, 80)})` : '';
  return (
    `Audit failed: ${fresh.length} new ${noun} at or above ${report.failOn} since the previous run; ${backlog}.` +
    ` Worst new: ${worst.severity} ${worst.check}${client}${subject}, rule ${terminalText(worst.rule, 80)}.`
  );
}

function allGateVerdict(report: VerdictReport): string {
  const { summary, failOn } = report;
  if (report.result === 'pass') {
    const gate = failOn === 'never' ? 'fail-on: never' : `nothing at or above ${failOn}`;
    return `Audit passed: ${summary.clients} clients, ${summary.findings} findings (${gate}), ${summary.exempted} exempted.`;
  }
  const worst = worstViolation(report);
  const noun = summary.violations === 1 ? 'violation' : 'violations';
  // Names, subjects and rule names are data: one line each, cut to a readable length.
  const where = worst
    ? ` Worst: ${worst.severity} ${worst.check}${worst.client ? ` on client "${terminalText(worst.client, 80)}"` : ''}${
        worst.subject ? ` (${terminalText(worst.subject, 80)})` : ''
      }, rule ${terminalText(worst.rule, 80)}.`
    : '';
  // A violation not on a client (an exemption the policy itself breaks) is counted apart.
  const inPolicy = report.policyFindings.filter(
    (f) => !f.exempted && failOn !== 'never' && SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(failOn),
  ).length;
  const policyText = inPolicy > 0 ? ` and ${inPolicy} in the policy` : '';
  const clients = `${summary.clientsFailing} of ${summary.clients} ${summary.clients === 1 ? 'client' : 'clients'}`;
  return `Audit failed: ${summary.violations} ${noun} at or above ${failOn} on ${clients}${policyText}.${where}`;
}

/** The first non-exempted finding of the highest severity, with the client it is on (null: none). */
function worstViolation(report: VerdictReport): (VerdictFinding & { client: string | null }) | null {
  let worst: (VerdictFinding & { client: string | null }) | null = null;
  let worstRank: number = SEVERITIES.length;
  const consider = (client: string | null, f: VerdictFinding) => {
    if (f.exempted) return;
    const rank = SEVERITIES.indexOf(f.severity);
    if (worst === null || rank < worstRank) {
      worst = { ...f, client };
      worstRank = rank;
    }
  };
  for (const c of report.clients) for (const f of c.findings) consider(c.name || c.id, f);
  for (const f of report.policyFindings) consider(null, f);
  return worst;
}
