/**
 * Since the last run: this report compared with the previous run's. Findings are keyed by client
 * ID, rule, check and subject (as the SARIF fingerprints are), so a new message wording or client
 * name is not a change. `gate: new` fails only on the violations the previous run did not have.
 */
import { isViolation } from '../policy/gate.js';
import type { Finding } from '../policy/types.js';
import type { FailOn } from '../types.js';
import { difference, findingKey, type Keyed } from './keyed.js';
import type { AuditReport, Changes, GateInfo, ImpactClient, ImpactFinding, SeverityChange } from './types.js';

/** When a run was, as people read it: `2026-11-24 03:17 UTC`; null for a time that is not one. */
export function runTime(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** What the comparison reads of a report: the fields every report of schema version 1 has. */
export type ComparableReport = Pick<AuditReport, 'generatedAt' | 'clients' | 'policyFindings' | 'failOn'>;

/** Non-exempted findings of a report with their keys; policy findings have an empty client ID. */
function keyed(report: ComparableReport, keep: (f: Finding) => boolean): Keyed[] {
  const out: Keyed[] = [];
  const add = (clientId: string, clientName: string, f: Finding): void => {
    if (f.exempted || !keep(f)) return;
    out.push({
      key: findingKey(clientId, f),
      finding: {
        clientId,
        clientName,
        rule: f.rule,
        check: f.check,
        severity: f.severity,
        subject: f.subject,
      },
    });
  };
  for (const c of report.clients) for (const f of c.findings) add(c.id, c.name, f);
  for (const f of report.policyFindings) add('', '', f);
  return out;
}

function clientsOnlyIn(a: ComparableReport, b: ComparableReport): ImpactClient[] {
  const ids = new Set(b.clients.map((c) => c.id));
  return a.clients.filter((c) => !ids.has(c.id)).map((c) => ({ id: c.id, name: c.name }));
}

function severityChanges(previous: ComparableReport, current: ComparableReport): SeverityChange[] {
  // The first of findings with one key stands for them all on each side.
  const firsts = (r: ComparableReport): Map<string, ImpactFinding> => {
    const map = new Map<string, ImpactFinding>();
    for (const k of keyed(r, () => true)) if (!map.has(k.key)) map.set(k.key, k.finding);
    return map;
  };
  const before = firsts(previous);
  const out: SeverityChange[] = [];
  for (const [key, now] of firsts(current)) {
    const old = before.get(key);
    if (old && old.severity !== now.severity) out.push({ ...now, previousSeverity: old.severity });
  }
  return out;
}

/**
 * Compares two reports. Violations are judged with one threshold on both sides (`failOn`, by
 * default the current report's), so that only the org and the policy's findings make a difference:
 * a finding that is a violation now and was not one before (new, no longer exempted, or more
 * severe) is new; the reverse is resolved.
 */
export function compareReports(
  previous: ComparableReport,
  current: ComparableReport,
  options: { runUrl?: string | null; failOn?: FailOn } = {},
): Changes {
  const failOn = options.failOn ?? current.failOn;
  const violation = (f: Finding): boolean => isViolation(f, failOn);
  const now = keyed(current, violation);
  const before = keyed(previous, violation);
  return {
    previous: { generatedAt: previous.generatedAt, runUrl: options.runUrl ?? null },
    new: difference(now, before),
    resolved: difference(before, now),
    clientsAdded: clientsOnlyIn(current, previous),
    clientsRemoved: clientsOnlyIn(previous, current),
    severityChanged: severityChanges(previous, current),
  };
}

/**
 * Applies the gate to a finished report. `gate: new` with a comparison fails only on new
 * violations; without one (the first run, an unreadable previous report) it judges every violation,
 * as `gate: all` does: a gate that cannot tell old from new must not let anything through.
 */
export function applyGate(report: AuditReport, gate: 'all' | 'new', noPrevious?: string): void {
  if (gate === 'all') return;
  const changes = report.changes;
  if (!changes) {
    const why = noPrevious ?? 'there is no previous report to compare with';
    report.gate = {
      mode: 'all',
      ignored: 0,
      note: `gate: new judged every violation, because ${why}.`,
    };
    return;
  }
  const ignored = report.summary.violations - changes.new.length;
  const info: GateInfo = {
    mode: 'new',
    ignored,
    note:
      ignored > 0
        ? `gate: new ignored ${ignored} ${ignored === 1 ? 'violation' : 'violations'} that the previous run (${runTime(changes.previous.generatedAt) ?? 'of an unknown time'}) already had.`
        : null,
  };
  report.gate = info;
  report.result = changes.new.length > 0 ? 'fail' : 'pass';
}
