/**
 * The core: `audit(settings) → report`. No `@actions/*` here — the action (src/main.ts) and the CLI
 * (src/cli.ts) are thin shells around it. Data flows one way: policy → org data → evaluation → report.
 */
import { IncompleteError, PolicyError } from './errors.js';
import { unlistedRoles, type OrgData } from './model.js';
import { readSnapshot } from './genesys/snapshot.js';
import type { Logger } from './logger.js';
import { evaluate } from './policy/evaluate.js';
import { breadthWarnings } from './policy/exemptions.js';
import { resolveFailOn } from './policy/gate.js';
import { loadPolicy, loadPolicyFile } from './policy/load.js';
import { isGenesysId } from './policy/patterns.js';
import { permissionCatalogueWarnings, usesPermissions } from './policy/permissions.js';
import { buildRoleDirectory } from './policy/roles.js';
import { DEFAULT_UNUSED_CLIENT, type Policy } from './policy/types.js';
import { usageCovers } from './policy/unused.js';
import type { PolicyMessage } from './types.js';
import { catalogueWarnings } from './policy/validate.js';
import { buildReport } from './report/build.js';
import { applyGate, compareReports } from './report/changes.js';
import { computeImpact, type BaseInfo, type ComputeImpactInput } from './report/impact.js';
import type { AuditReport, Impact } from './report/types.js';
import type { AuditSettings } from './settings.js';
import { VERSION } from './version.js';

export interface AuditResult {
  report: AuditReport;
  policy: Policy;
  /** Requests made to the Genesys API (0 offline). */
  apiCalls: number;
}

interface ValidateResult {
  policy: Policy;
  warnings: PolicyMessage[];
}

/** Loads and validates the policy only: no credentials, no network. Throws `PolicyError`. */
export async function validatePolicy(
  settings: Pick<AuditSettings, 'policyPath' | 'policyDisplayPath' | 'now'>,
): Promise<ValidateResult> {
  const policy = await loadPolicyFile(settings.policyPath, settings.policyDisplayPath, settings.now);
  return { policy, warnings: policy.warnings };
}

/** Runs a whole audit. Throws `PolicyError` (invalid-policy), `UserError` (invalid-input) or `IncompleteError` (incomplete). */
export async function audit(settings: AuditSettings, logger: Logger): Promise<AuditResult> {
  const policy = await loadPolicyFile(settings.policyPath, settings.policyDisplayPath, settings.now);
  const failOn = resolveFailOn(settings.failOn, policy);
  const base = loadBase(settings, policy);

  const { org, apiCalls, warnings } = await loadOrg(
    settings,
    [policy, ...(base?.status === 'loaded' ? [base.policy] : [])],
    logger,
  );
  for (const w of warnings) logger.warning(w);
  assertComplete(org, policy);

  const evaluation = evaluate(policy, org, settings.now);
  if (org.scopes) evaluation.warnings.push(...catalogueWarnings(policy, org.scopes));
  if (org.permissions) evaluation.warnings.push(...permissionCatalogueWarnings(policy, org.permissions));
  evaluation.warnings.push(...breadthWarnings(policy, org.clients, settings.now));

  const report = buildReport({
    org,
    policy,
    evaluation,
    failOn,
    generatedAt: settings.now.toISOString(),
    toolVersion: VERSION,
  });
  if (base) report.impact = impactOf(settings, org, policy, evaluation, failOn, base);
  const noPrevious = await compareWithPrevious(report, settings.previous, logger);
  applyGate(report, settings.gate ?? 'all', noPrevious);
  if (report.gate?.note) logger.info(report.gate.note);
  return { report, policy, apiCalls };
}

/**
 * Adds `changes` to the report when the previous report can be read; otherwise returns why there
 * is no comparison. A previous report that is not one is a warning, never a reason to fail or pass.
 */
async function compareWithPrevious(
  report: AuditReport,
  previous: AuditSettings['previous'],
  logger: Logger,
): Promise<string | undefined> {
  if (previous === undefined) return undefined;
  if ('none' in previous) {
    const note = `No comparison with a previous run: ${previous.none}.`;
    if (previous.warning) logger.warning(note);
    else logger.info(note);
    return previous.none;
  }
  const { validateReport } = await import('./report/validate.js');
  const checked = validateReport(previous.report);
  if (!checked.ok) {
    const why = `the previous report (${previous.source}) is not a report of this tool: ${checked.errors.slice(0, 3).join('; ')}`;
    logger.warning(`No comparison with the previous run: ${why}.`);
    return why;
  }
  report.changes = compareReports(checked.report, report, { runUrl: previous.runUrl });
  return undefined;
}

async function loadOrg(
  settings: AuditSettings,
  /** The policy, then its base version on a pull request: the same data judges both. */
  judged: readonly Policy[],
  logger: Logger,
): Promise<{ org: OrgData; apiCalls: number; warnings: string[] }> {
  if (settings.source.kind === 'snapshot') {
    return { org: await readSnapshot(settings.source.path), apiCalls: 0, warnings: [] };
  }
  // The HTTP stack loads only for an audit that calls the API: validating a policy or auditing a
  // snapshot starts without it.
  const { fetchOrg } = await import('./genesys/api.js');
  const policy = judged[0]!;
  return fetchOrg(
    settings.source,
    {
      roleNames: refersToRolesByName(policy),
      scopeCatalogue: policy.checks['unknown-scope'].severity !== 'off',
      ...usageNeeds(judged),
      permissions: judged.some(usesPermissions),
      creators: judged.some((p) => p.checks['orphaned-client'].severity !== 'off'),
    },
    logger,
    { clock: () => settings.now },
  );
}

/** The base version of the policy on a pull request, loaded once; its problems are reported by the impact. */
type BaseVersion =
  { status: 'missing' } | { status: 'invalid'; message: string } | { status: 'loaded'; policy: Policy };

function loadBase(settings: AuditSettings, policy: Policy): BaseVersion | undefined {
  const base = settings.basePolicy;
  if (!base) return undefined;
  if (base.text === null) return { status: 'missing' };
  try {
    return {
      status: 'loaded',
      policy: loadPolicy(base.text, `${policy.path} (base ${base.ref})`, settings.now),
    };
  } catch (e) {
    return { status: 'invalid', message: e instanceof PolicyError ? e.message : String(e) };
  }
}

/** Role patterns that are not role IDs need the org's role list to mean anything. */
export function refersToRolesByName(policy: Policy): boolean {
  return policy.rules.some((rule) => {
    const r = rule.roles;
    if (!r) return false;
    return [...(r.require ?? []), ...(r.allow ?? []), ...(r.forbid ?? [])].some((p) => !isGenesysId(p));
  });
}

function judgesUsage(policy: Policy): boolean {
  return policy.checks['unused-client'].severity !== 'off';
}

/**
 * Days of usage to read: the longest `max-idle` of the policy and, on a pull request, of its base
 * version, so that the impact of changing `max-idle` compares both on data that covers them.
 */
function usageNeeds(judged: readonly Policy[]): { usageDays?: number } {
  const days = judged.flatMap((p) =>
    judgesUsage(p) ? [(p.unusedClient ?? DEFAULT_UNUSED_CLIENT).maxIdleDays] : [],
  );
  return days.length > 0 ? { usageDays: Math.max(...days) } : {};
}

/** With `unused-client` on, the usage data must cover the whole idle window (a snapshot may not). */
function assertUsage(org: OrgData, policy: Policy): void {
  if (!judgesUsage(policy)) return;
  const settings = policy.unusedClient ?? DEFAULT_UNUSED_CLIENT;
  if (org.usage && usageCovers(org.usage, settings)) return;
  const has = org.usage ? `usage since ${org.usage.from} only` : 'no usage data';
  throw new IncompleteError(
    `the ${org.source.kind === 'snapshot' ? 'snapshot' : 'org data'} has ${has}, but \`checks.unused-client\` ` +
      `needs the last ${settings.maxIdleDays} days: write the snapshot again with this policy ` +
      '(`genesys-oauth-audit snapshot --policy …`), or turn the check off.',
  );
}

/** Fail closed on data that cannot be judged as a whole: no client at all, or a role it cannot name. */
function assertComplete(org: OrgData, policy: Policy): void {
  assertUsage(org, policy);
  if (org.clients.length === 0 && !policy.settings.allowEmptyOrg) {
    throw new IncompleteError(
      'the org returned zero OAuth clients. An org always has some; this usually means the audit identity ' +
        'cannot see them (check its role has oauth:client:view) or the wrong org/region. ' +
        'If the org really has none, set `settings.allow-empty-org: true` in the policy.',
    );
  }
  assertPermissionsRead(org, policy);
  if (policy.checks['orphaned-client'].severity !== 'off' && org.users === undefined) {
    throw new IncompleteError(
      'the orphaned-client check is on, but the creators of the clients were not looked up (a snapshot written ' +
        'without them): write the snapshot again with this version, or turn the check off.',
    );
  }
  if (!refersToRolesByName(policy)) return;
  const [missing] = unlistedRoles(org.clients, org.roles);
  if (missing) {
    const [roleId, clientId] = missing;
    throw new IncompleteError(
      org.roles === null
        ? 'the role list was not fetched, but the policy refers to roles by name. Give the audit identity ' +
            'the permission authorization:role:view.'
        : `role ${roleId} granted to client ${clientId} is not in the org's role list, and the policy ` +
            'refers to roles by name. Check that the audit identity can view all roles (authorization:role:view).',
    );
  }
}

/** With `forbid-permissions`, every role granted to a CLIENT-CREDENTIALS client must say what it grants. */
function assertPermissionsRead(org: OrgData, policy: Policy): void {
  if (!usesPermissions(policy)) return;
  // The evaluation's own lookup: whatever it would judge a grant by (of a role listed twice, say)
  // must carry the role's permissions, or the role would be judged to grant nothing.
  const roles = buildRoleDirectory(org.roles);
  for (const c of org.clients) {
    if (c.grantType !== 'CLIENT-CREDENTIALS') continue;
    const role = c.roles.find((g) => !roles.get(g.roleId.toLowerCase())?.policies);
    if (role === undefined) continue;
    throw new IncompleteError(
      `the permissions of role ${role.roleId}, granted to client ${c.id}, are not known, and the policy uses ` +
        'roles.forbid-permissions: give the audit identity authorization:role:view' +
        (org.source.kind === 'snapshot' ? ', and write the snapshot again with this version.' : '.'),
    );
  }
}

/** The impact of the change against the base version of the policy: the same org, judged by both. */
function impactOf(
  settings: AuditSettings,
  org: OrgData,
  policy: Policy,
  evaluation: ReturnType<typeof evaluate>,
  failOn: ReturnType<typeof resolveFailOn>,
  base: BaseVersion,
): Impact {
  const compared = baseJudgement(settings, org, policy, evaluation, base);
  return computeImpact({
    org,
    current: evaluation,
    base: compared.base,
    failOn,
    baseFailOn: compared.baseFailOn,
    baseInfo: { path: policy.path, ref: settings.basePolicy!.ref, ...compared.info },
  });
}

/** The base version's evaluation (the current one when the policy is unchanged), or why there is none. */
function baseJudgement(
  settings: AuditSettings,
  org: OrgData,
  policy: Policy,
  evaluation: ReturnType<typeof evaluate>,
  base: BaseVersion,
): Pick<ComputeImpactInput, 'base' | 'baseFailOn'> & { info: Omit<BaseInfo, 'path' | 'ref'> } {
  if (base.status === 'missing') return { base: null, info: { status: 'missing' } };
  if (base.status === 'invalid') return { base: null, info: { status: 'invalid', message: base.message } };
  const basePolicy = base.policy;
  if (basePolicy.sha256 === policy.sha256) {
    return { base: evaluation, info: { status: 'unchanged', sha256: basePolicy.sha256 } };
  }
  return {
    base: evaluate(basePolicy, org, settings.now),
    baseFailOn: resolveFailOn(settings.failOn, basePolicy),
    info: { status: 'compared', sha256: basePolicy.sha256 },
  };
}
