/**
 * Builds the JSON report from the org data and the evaluation. Every field is copied from an
 * allowlist, never spread: whatever else the model ever carries (a client `secret`, a
 * token) cannot reach a report file, a summary or a comment.
 */
import type { OAuthClient, OrgData, UsageData, UserRef } from '../model.js';
import { atOrAbove, clientResult } from '../policy/gate.js';
import type { ClientEvaluation, Evaluation, ExemptionRef, Finding, Policy } from '../policy/types.js';
import type { FailOn, PolicyMessage } from '../types.js';
import { SEVERITIES } from '../types.js';
import { TOOL_NAME } from '../version.js';
import type {
  AuditReport,
  ReportClient,
  ReportRole,
  ReportSummary,
  ReportUser,
  SeverityCounts,
} from './types.js';

interface BuildReportInput {
  org: OrgData;
  policy: Policy;
  evaluation: Evaluation;
  failOn: FailOn;
  /** ISO-8601 UTC; the report's only notion of time. */
  generatedAt: string;
  toolVersion: string;
}

export function buildReport(input: BuildReportInput): AuditReport {
  const { org, policy, evaluation, failOn } = input;
  const names: Names = {
    roles: nameIndex(org.roles),
    divisions: nameIndex(org.divisions),
    users: nameIndex(org.users ?? null),
  };
  const evaluations = new Map(evaluation.clients.map((e) => [e.clientId, e]));
  const clients = org.clients.map((c) => reportClient(c, evaluations.get(c.id), failOn, names, org.usage));
  const policyFindings = evaluation.policyFindings.map(copyFinding);
  const summary = summarize(clients, policyFindings, failOn);

  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: String(input.toolVersion) },
    generatedAt: input.generatedAt,
    source: { kind: org.source.kind, region: org.source.region, apiBaseUrl: org.source.apiBaseUrl },
    ...(org.usage && { usage: { from: org.usage.from, to: org.usage.to } }),
    policy: { path: policy.path, sha256: policy.sha256 },
    failOn,
    result: summary.violations > 0 ? 'fail' : 'pass',
    summary,
    clients,
    policyFindings,
    warnings: dedupeMessages(evaluation.warnings).map(copyMessage),
  };
}

/** Counts of a report's findings: the report's `summary` and the action's outputs. */
export function summarize(
  clients: readonly ReportClient[],
  policyFindings: readonly Finding[],
  failOn: FailOn,
): ReportSummary {
  const bySeverity = emptySeverityCounts();
  let findings = 0;
  let violations = 0;
  let exempted = 0;
  let clientsFailing = 0;
  const count = (f: Finding): void => {
    if (f.exempted) {
      exempted++;
      return;
    }
    findings++;
    bySeverity[f.severity]++;
    if (atOrAbove(f.severity, failOn)) violations++;
  };
  for (const c of clients) {
    if (c.result === 'fail') clientsFailing++;
    c.findings.forEach(count);
  }
  policyFindings.forEach(count);
  return { clients: clients.length, clientsFailing, findings, violations, exempted, bySeverity };
}

export function emptySeverityCounts(): SeverityCounts {
  const counts = {} as SeverityCounts;
  for (const s of SEVERITIES) counts[s] = 0;
  return counts;
}

/** Names by ID, of what clients refer to; null when the org's list was not read. */
interface Names {
  roles: Map<string, string> | null;
  divisions: Map<string, string> | null;
  users: Map<string, string> | null;
}

/** A user reference; its name from the reference, else from the users looked up; null when none is recorded. */
function reportUser(ref: UserRef | undefined, users: Map<string, string> | null): ReportUser | null {
  if (ref === undefined) return null;
  return { id: ref.id, name: ref.name ?? users?.get(ref.id) ?? null };
}

function reportClient(
  c: OAuthClient,
  evaluation: ClientEvaluation | undefined,
  failOn: FailOn,
  names: Names,
  usage: UsageData | undefined,
): ReportClient {
  const { roles: roleNames, divisions: divisionNames } = names;
  const findings = (evaluation?.findings ?? []).map(copyFinding);
  // Present only when the usage was read: absent is "not read", null is "no request in the window".
  const used = usage && (usage.clients.get(c.id.toLowerCase()) ?? { lastUsed: null, requests: 0 });
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    grantType: c.grantType,
    state: c.state,
    scopes: [...c.scopes],
    roles: c.roles.map((r): ReportRole => ({
      id: r.roleId,
      name: roleNames?.get(r.roleId) ?? null,
      divisionId: r.divisionId,
      divisionName: r.divisionId === null ? null : (divisionNames?.get(r.divisionId) ?? null),
    })),
    redirectUris: [...c.redirectUris],
    tokenLifetimeSeconds: c.tokenLifetimeSeconds,
    dateCreated: c.dateCreated ?? null,
    dateModified: c.dateModified ?? null,
    createdBy: reportUser(c.createdBy, names.users),
    modifiedBy: reportUser(c.modifiedBy, names.users),
    ...(used && { lastUsed: used.lastUsed, requests: used.requests }),
    rules: [...(evaluation?.rules ?? [])],
    result: clientResult(findings, failOn),
    findings,
  };
}

/** A finding, field by field. */
function copyFinding(f: Finding): Finding {
  const out: Finding = {
    check: f.check,
    severity: f.severity,
    rule: f.rule,
    subject: f.subject,
    message: f.message,
    exempted: f.exempted,
    line: f.line,
  };
  if (f.exempted && f.exemption) out.exemption = copyExemption(f.exemption);
  return out;
}

function copyExemption(e: ExemptionRef): ExemptionRef {
  return { reason: e.reason, owner: e.owner, expires: e.expires };
}

function copyMessage(m: PolicyMessage): PolicyMessage {
  return { level: m.level, message: m.message, file: m.file, line: m.line, col: m.col };
}

/** The evaluation's warnings include the policy's own; the same warning must not show twice. */
function dedupeMessages(messages: readonly PolicyMessage[]): PolicyMessage[] {
  const seen = new Set<string>();
  const out: PolicyMessage[] = [];
  for (const m of messages) {
    const key = JSON.stringify([m.level, m.file, m.line, m.col, m.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}

function nameIndex(list: readonly { id: string; name: string }[] | null): Map<string, string> | null {
  if (list === null) return null;
  const map = new Map<string, string>();
  for (const item of list) map.set(item.id, item.name);
  return map;
}
