/**
 * Findings compared across two evaluations or two runs (the impact of a policy change, what changed
 * since the last run, SARIF fingerprints): their stable key and the difference of two lists.
 */
import { compareSeverity } from '../policy/gate.js';
import type { Finding } from '../policy/types.js';
import type { ImpactFinding } from './types.js';

/** The identity of a finding across runs: the same for the same client, rule, check and subject. */
export function findingKey(clientId: string, f: Pick<Finding, 'rule' | 'check' | 'subject'>): string {
  // JSON of the tuple: unambiguous whatever characters the values hold.
  return JSON.stringify([clientId, f.rule, f.check, f.subject]);
}

export interface Keyed {
  key: string;
  finding: ImpactFinding;
}

/** Multiset difference `a − b` by key, most severe first, then in the order of `a`. */
export function difference(a: readonly Keyed[], b: readonly Keyed[]): ImpactFinding[] {
  const remaining = new Map<string, number>();
  for (const k of b) remaining.set(k.key, (remaining.get(k.key) ?? 0) + 1);
  const out: ImpactFinding[] = [];
  for (const k of a) {
    const n = remaining.get(k.key) ?? 0;
    if (n > 0) remaining.set(k.key, n - 1);
    else out.push(k.finding);
  }
  // Array.prototype.sort is stable, so equal severities keep the order of `a`.
  return out.sort((x, y) => compareSeverity(x.severity, y.severity));
}
