/**
 * The evaluator: every client of the org against every rule and built-in check of the policy.
 * Pure and deterministic: no I/O, no clock (`now` is given), output order fixed — clients in org
 * order; within a client the matched rules in policy order, then the built-in checks; within each,
 * findings by check (in the order of the check catalogue, `ALL_CHECKS`) and then by subject.
 */
import type { OAuthClient, OrgData } from '../model.js';
import { applyBuiltins, builtinSettings, exemptionFindings, type BuiltinSetting } from './builtins.js';
import type { Draft } from './draft.js';
import { applyRule, ClientContext, compileRule, type CompiledRule, type OrgIndex } from './evaluate-rules.js';
import { applyExemptions, compileExemptions, exemptionsFor, type CompiledExemption } from './exemptions.js';
import { clientKey } from './match.js';
import { creatorWarnings } from './orphans.js';
import { buildRoleDirectory, matchesSomeRole, rolesOfOrg, type RoleDirectory } from './roles.js';
import { didYouMean } from './suggest.js';
import { unusedDraft, usageJudge, type UsageJudge } from './unused.js';
import {
  ALL_CHECKS,
  DEFAULT_MAX_TOKEN_LIFETIME,
  type BuiltinCheckId,
  type CheckId,
  type ClientEvaluation,
  type Evaluation,
  type Finding,
  type Policy,
} from './types.js';
import type { PolicyMessage } from '../types.js';

const CHECK_ORDER: ReadonlyMap<CheckId, number> = new Map(ALL_CHECKS.map((c, i) => [c, i]));

/** Org role names longer than this are never suggested: a typo is close to a name of its own length. */
const MAX_SUGGESTED_ROLE = 200;

/**
 * Warnings for the role patterns of `require`, `allow` and `forbid` that match no role of the org:
 * most likely typos, which would otherwise silently forbid (or allow) nothing.
 */
function unmatchedRolePatterns(
  policy: Policy,
  dir: RoleDirectory,
  clients: readonly OAuthClient[],
): PolicyMessage[] {
  const out: PolicyMessage[] = [];
  if (!policy.rules.some((r) => r.roles)) return out;
  const roles = rolesOfOrg(
    dir,
    clients.flatMap((c) => (Array.isArray(c.roles) ? c.roles : [])),
  );
  let names: string[] | undefined;
  for (const rule of policy.rules) {
    if (!rule.roles) continue;
    for (const list of ['require', 'allow', 'forbid'] as const) {
      for (const p of rule.roles[list] ?? []) {
        if (matchesSomeRole(p, roles)) continue;
        names ??= roles.flatMap((r) =>
          r.name !== null && r.name.length <= MAX_SUGGESTED_ROLE ? [r.name] : [],
        );
        out.push({
          level: 'warning',
          message: `Rule \`${rule.id}\`: role pattern \`${p}\` in roles.${list} matches no role of this org.${didYouMean(p, names)}`,
          file: policy.path,
          line: rule.position?.line ?? 1,
          col: rule.position?.col ?? 1,
        });
      }
    }
  }
  return out;
}

function byCheckThenSubject(a: Draft, b: Draft): number {
  const c = CHECK_ORDER.get(a.check)! - CHECK_ORDER.get(b.check)!;
  if (c !== 0) return c;
  return a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0;
}

/** Where a finding comes from: a rule's severity and line, or a built-in check's. */
type Stamp = (d: Draft) => Pick<Finding, 'severity' | 'rule' | 'line'>;

/** Sorts, drops repeats of the same check and subject, and stamps the drafts into findings. */
function emit(drafts: Draft[], stamp: Stamp, out: Finding[]): void {
  drafts.sort(byCheckThenSubject);
  let prev: Draft | undefined;
  for (const d of drafts) {
    if (prev !== undefined && prev.check === d.check && prev.subject === d.subject) continue;
    prev = d;
    const { severity, rule, line } = stamp(d);
    out.push({
      check: d.check,
      severity,
      rule,
      subject: d.subject,
      message: d.message,
      exempted: false,
      line,
    });
  }
}

/** What every client is judged by, compiled once per evaluation. */
interface Judge {
  readonly rules: readonly CompiledRule[];
  readonly settings: Record<BuiltinCheckId, BuiltinSetting>;
  readonly tokenLifetimeMax: number;
  /** The org's scope catalogue, lower-cased; null when not fetched. */
  readonly catalogue: ReadonlySet<string> | null;
  readonly exemptions: readonly CompiledExemption[];
  readonly org: OrgIndex;
  /** Usage to judge `unused-client` by; null when the check is off or the usage was not read. */
  readonly usage: UsageJudge | null;
}

/** One client against every rule, then the built-in checks; counts the rules it matches. */
function evaluateClient(j: Judge, client: OAuthClient, matchCounts: number[]): ClientEvaluation {
  const key = clientKey(client);
  const ctx = new ClientContext(key, j.org);
  const findings: Finding[] = [];
  const matched: string[] = [];
  j.rules.forEach((r, i) => {
    if (!r.matcher.matches(key)) return;
    matched.push(r.rule.id);
    matchCounts[i]!++;
    const drafts: Draft[] = [];
    applyRule(r, ctx, drafts);
    const stamp = { severity: r.rule.severity, rule: r.rule.id, line: r.rule.position?.line ?? 1 };
    emit(drafts, () => stamp, findings);
  });
  const drafts: Draft[] = [];
  applyBuiltins(ctx, matched.length > 0, j.settings, j.tokenLifetimeMax, j.catalogue, drafts);
  const unused = j.usage && unusedDraft(j.usage, client, key.stateLower);
  if (unused) drafts.push(unused);
  emit(
    drafts,
    (d) => {
      const setting = j.settings[d.check as BuiltinCheckId];
      return { severity: setting.severity!, rule: d.check, line: setting.line };
    },
    findings,
  );
  applyExemptions(findings, exemptionsFor(j.exemptions, key.idLower, key.name));
  return { clientId: typeof client.id === 'string' ? client.id : '', rules: matched, findings };
}

function unmatchedRuleWarnings(policy: Policy, matchCounts: readonly number[]): PolicyMessage[] {
  return policy.rules.flatMap((rule, i) =>
    matchCounts[i] !== 0
      ? []
      : [
          {
            level: 'warning' as const,
            message: `Rule \`${rule.id}\` matched no client in this run.`,
            file: policy.path,
            line: rule.position?.line ?? 1,
            col: rule.position?.col ?? 1,
          },
        ],
  );
}

export function evaluate(policy: Policy, org: OrgData, now: Date): Evaluation {
  const settings = builtinSettings(policy);
  const exemptions = compileExemptions(policy.exemptions ?? [], now);
  const roleDir = buildRoleDirectory(org.roles);
  const judge: Judge = {
    rules: policy.rules.map(compileRule),
    settings,
    tokenLifetimeMax: Number.isFinite(policy.tokenLifetimeMax)
      ? policy.tokenLifetimeMax
      : DEFAULT_MAX_TOKEN_LIFETIME,
    catalogue: org.scopes
      ? new Set(org.scopes.filter((s) => typeof s === 'string').map((s) => s.toLowerCase()))
      : null,
    exemptions,
    org: {
      roleDir,
      divisionNames: new Map((org.divisions ?? []).map((d) => [d.id, d.name])),
      users: org.users ? new Map(org.users.map((u) => [u.id.toLowerCase(), u])) : null,
    },
    usage:
      settings['unused-client'].severity !== null && org.usage
        ? usageJudge(org.usage, policy.unusedClient)
        : null,
  };
  const matchCounts = new Array<number>(policy.rules.length).fill(0);
  const clients = org.clients.map((client) => evaluateClient(judge, client, matchCounts));
  const warnings: PolicyMessage[] = [
    ...(policy.warnings ?? []),
    ...unmatchedRuleWarnings(policy, matchCounts),
    ...(org.roles ? unmatchedRolePatterns(policy, roleDir, org.clients) : []),
    ...(settings['orphaned-client'].severity !== null ? creatorWarnings(policy, org) : []),
  ];
  return { clients, policyFindings: exemptionFindings(exemptions, settings), warnings };
}
