/**
 * The impact of a policy change: the same org data judged by the base version of the
 * policy and by this one. Only non-exempted findings count, keyed by client, rule, check and
 * subject, so a change of message wording or severity alone is not an added or removed finding.
 */
import type { OrgData } from '../model.js';
import { difference, findingKey, type Keyed } from './keyed.js';
import { clientResult, isViolation } from '../policy/gate.js';
import type { ClientEvaluation, Evaluation, Finding } from '../policy/types.js';
import type { FailOn } from '../types.js';
import type { Impact, ImpactClient, ImpactFinding } from './types.js';

export interface BaseInfo {
  path: string;
  ref: string;
  status: Impact['base']['status'];
  sha256?: string | null;
  message?: string | null;
}

export interface ComputeImpactInput {
  org: OrgData;
  current: Evaluation;
  /** null when there is nothing to compare with (`missing`, `invalid`). */
  base: Evaluation | null;
  failOn: FailOn;
  /** The gate of the base version (its own `settings.fail-on` may differ); default `failOn`. */
  baseFailOn?: FailOn;
  baseInfo: BaseInfo;
}

export function computeImpact(input: ComputeImpactInput): Impact {
  const { org, current, base, failOn, baseInfo } = input;
  const baseFailOn = input.baseFailOn ?? failOn;
  const names = new Map<string, string>();
  for (const c of org.clients) names.set(c.id, c.name);

  const impact: Impact = {
    base: {
      path: baseInfo.path,
      ref: baseInfo.ref,
      status: baseInfo.status,
      sha256: baseInfo.sha256 ?? null,
      message: baseInfo.message ?? null,
      result: null,
      violations: null,
    },
    newlyFailing: [],
    newlyPassing: [],
    added: [],
    removed: [],
    byRule: [],
  };
  if (base === null) return impact;

  const baseViolations = countViolations(base, baseFailOn);
  impact.base.result = baseViolations > 0 ? 'fail' : 'pass';
  impact.base.violations = baseViolations;
  // The same evaluation on both sides (an unchanged file) has no impact by definition.
  if (base === current) return impact;

  const baseByClient = byClient(base.clients);
  const currentByClient = byClient(current.clients);
  const clientOf = (id: string): ImpactClient => ({ id, name: names.get(id) ?? '' });

  // Org order, so the lists read in the same order as the report's clients.
  for (const c of org.clients) {
    const now = clientResult(currentByClient.get(c.id)?.findings ?? [], failOn);
    const before = clientResult(baseByClient.get(c.id)?.findings ?? [], baseFailOn);
    if (now === 'fail' && before === 'pass') impact.newlyFailing.push(clientOf(c.id));
    else if (now === 'pass' && before === 'fail') impact.newlyPassing.push(clientOf(c.id));
  }

  const now = keyedFindings(current, names);
  const before = keyedFindings(base, names);
  impact.added = difference(now, before);
  impact.removed = difference(before, now);

  const perRule = new Map<string, { rule: string; added: number; removed: number }>();
  const tally = (f: ImpactFinding, field: 'added' | 'removed'): void => {
    let entry = perRule.get(f.rule);
    if (!entry) perRule.set(f.rule, (entry = { rule: f.rule, added: 0, removed: 0 }));
    entry[field]++;
  };
  for (const f of impact.added) tally(f, 'added');
  for (const f of impact.removed) tally(f, 'removed');
  impact.byRule = [...perRule.values()].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return impact;
}

function countViolations(e: Evaluation, failOn: FailOn): number {
  let n = 0;
  for (const c of e.clients) for (const f of c.findings) if (isViolation(f, failOn)) n++;
  for (const f of e.policyFindings) if (isViolation(f, failOn)) n++;
  return n;
}

function byClient(clients: readonly ClientEvaluation[]): Map<string, ClientEvaluation> {
  const map = new Map<string, ClientEvaluation>();
  for (const c of clients) map.set(c.clientId, c);
  return map;
}

function impactFinding(clientId: string, clientName: string, f: Finding): ImpactFinding {
  return { clientId, clientName, rule: f.rule, check: f.check, severity: f.severity, subject: f.subject };
}

/** Non-exempted findings with their identity key; policy findings (exemptions) have an empty client. */
function keyedFindings(e: Evaluation, names: Map<string, string>): Keyed[] {
  const out: Keyed[] = [];
  const add = (clientId: string, f: Finding): void => {
    if (f.exempted) return;
    out.push({
      key: findingKey(clientId, f),
      finding: impactFinding(clientId, clientId === '' ? '' : (names.get(clientId) ?? ''), f),
    });
  };
  for (const c of e.clients) for (const f of c.findings) add(c.clientId, f);
  for (const f of e.policyFindings) add('', f);
  return out;
}
