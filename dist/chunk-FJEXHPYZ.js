import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  TOOL_NAME
} from "./chunk-XLLVPKPX.js";
import {
  atOrAbove,
  clientResult
} from "./chunk-DB4TN652.js";

// src/types.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var FAIL_ON_VALUES = [...SEVERITIES, "never"];

// src/report/build.ts
function buildReport(input) {
  const { org, policy, evaluation, failOn } = input;
  const names = {
    roles: nameIndex(org.roles),
    divisions: nameIndex(org.divisions),
    users: nameIndex(org.users ?? null)
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
    ...org.usage && { usage: { from: org.usage.from, to: org.usage.to } },
    policy: { path: policy.path, sha256: policy.sha256 },
    failOn,
    result: summary.violations > 0 ? "fail" : "pass",
    summary,
    clients,
    policyFindings,
    warnings: dedupeMessages(evaluation.warnings).map(copyMessage)
  };
}
function summarize(clients, policyFindings, failOn) {
  const bySeverity = emptySeverityCounts();
  let findings = 0;
  let violations = 0;
  let exempted = 0;
  let clientsFailing = 0;
  const count = (f) => {
    if (f.exempted) {
      exempted++;
      return;
    }
    findings++;
    bySeverity[f.severity]++;
    if (atOrAbove(f.severity, failOn)) violations++;
  };
  for (const c of clients) {
    if (c.result === "fail") clientsFailing++;
    c.findings.forEach(count);
  }
  policyFindings.forEach(count);
  return { clients: clients.length, clientsFailing, findings, violations, exempted, bySeverity };
}
function emptySeverityCounts() {
  const counts = {};
  for (const s of SEVERITIES) counts[s] = 0;
  return counts;
}
function reportUser(ref, users) {
  if (ref === void 0) return null;
  return { id: ref.id, name: ref.name ?? users?.get(ref.id) ?? null };
}
function reportClient(c, evaluation, failOn, names, usage) {
  const { roles: roleNames, divisions: divisionNames } = names;
  const findings = (evaluation?.findings ?? []).map(copyFinding);
  const used = usage && (usage.clients.get(c.id.toLowerCase()) ?? { lastUsed: null, requests: 0 });
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    grantType: c.grantType,
    state: c.state,
    scopes: [...c.scopes],
    roles: c.roles.map((r) => ({
      id: r.roleId,
      name: roleNames?.get(r.roleId) ?? null,
      divisionId: r.divisionId,
      divisionName: r.divisionId === null ? null : divisionNames?.get(r.divisionId) ?? null
    })),
    redirectUris: [...c.redirectUris],
    tokenLifetimeSeconds: c.tokenLifetimeSeconds,
    dateCreated: c.dateCreated ?? null,
    dateModified: c.dateModified ?? null,
    createdBy: reportUser(c.createdBy, names.users),
    modifiedBy: reportUser(c.modifiedBy, names.users),
    ...used && { lastUsed: used.lastUsed, requests: used.requests },
    rules: [...evaluation?.rules ?? []],
    result: clientResult(findings, failOn),
    findings
  };
}
function copyFinding(f) {
  const out = {
    check: f.check,
    severity: f.severity,
    rule: f.rule,
    subject: f.subject,
    message: f.message,
    exempted: f.exempted,
    line: f.line
  };
  if (f.exempted && f.exemption) out.exemption = copyExemption(f.exemption);
  return out;
}
function copyExemption(e) {
  return { reason: e.reason, owner: e.owner, expires: e.expires };
}
function copyMessage(m) {
  return { level: m.level, message: m.message, file: m.file, line: m.line, col: m.col };
}
function dedupeMessages(messages) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const m of messages) {
    const key = JSON.stringify([m.level, m.file, m.line, m.col, m.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}
function nameIndex(list) {
  if (list === null) return null;
  const map = /* @__PURE__ */ new Map();
  for (const item of list) map.set(item.id, item.name);
  return map;
}

export {
  SEVERITIES,
  FAIL_ON_VALUES,
  buildReport,
  summarize,
  emptySeverityCounts
};
