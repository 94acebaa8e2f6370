/** Severity ordering and the CI gate: which findings fail the run. */
import type { FailOn, Severity } from '../types.js';
import type { Finding, Policy } from './types.js';

/** Higher is more severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  critical: 5,
  high: 4,
  medium: 3,
  low: 2,
  info: 1,
};

/** Orders severities highest first (for sorting). */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[b] - SEVERITY_RANK[a];
}

/** True when `severity` reaches the threshold; `never` is reached by nothing. */
export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

/** A finding that fails the run: not exempted, and at or above `fail-on`. */
export function isViolation(finding: Finding, failOn: FailOn): boolean {
  return !finding.exempted && atOrAbove(finding.severity, failOn);
}

/** The `fail-on` input wins, then the policy's `settings.fail-on`, then `high`. */
export function resolveFailOn(input: FailOn | undefined, policy: Policy): FailOn {
  return input ?? policy.settings.failOn ?? 'high';
}

export function clientResult(findings: readonly Finding[], failOn: FailOn): 'pass' | 'fail' {
  for (const f of findings) if (isViolation(f, failOn)) return 'fail';
  return 'pass';
}

/** The most severe non-exempted finding (first of equals), or null; names the worst finding in a failure message. */
export function worstFinding(findings: Iterable<Finding>): Finding | null {
  let worst: Finding | null = null;
  for (const f of findings) {
    if (f.exempted) continue;
    if (worst === null || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst.severity]) worst = f;
  }
  return worst;
}
