import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SEVERITIES,
  emptySeverityCounts,
  summarize
} from "./chunk-FJEXHPYZ.js";
import {
  validateReport
} from "./chunk-L7OE6DDO.js";
import "./chunk-VLUGHWXV.js";
import {
  IncompleteError,
  UserError
} from "./chunk-XLLVPKPX.js";
import {
  clientResult,
  compareSeverity,
  isViolation
} from "./chunk-DB4TN652.js";
import {
  terminalText
} from "./chunk-YHSPJ6FH.js";
import "./chunk-LQK3ML4U.js";

// src/report/merge.ts
var NAMES_KEPT = 3;
function violationsByRule(r, failOn) {
  const counts = /* @__PURE__ */ new Map();
  const add = (f, client) => {
    if (!isViolation(f, failOn)) return;
    const key = JSON.stringify([f.rule, f.check]);
    let entry2 = counts.get(key);
    if (!entry2) {
      const count = {
        rule: f.rule,
        check: f.check,
        severity: f.severity,
        findings: 0,
        clients: [],
        clientCount: 0
      };
      counts.set(key, entry2 = { count, ids: /* @__PURE__ */ new Set() });
    }
    const c = entry2.count;
    if (compareSeverity(f.severity, c.severity) < 0) c.severity = f.severity;
    c.findings++;
    if (client !== null && !entry2.ids.has(client.id)) {
      entry2.ids.add(client.id);
      c.clientCount++;
      if (c.clients.length < NAMES_KEPT) c.clients.push(client.name || client.id);
    }
  };
  for (const c of r.clients) for (const f of c.findings) add(f, c);
  for (const f of r.policyFindings) add(f, null);
  return [...counts.values()].map((e) => e.count).sort((a, b) => compareSeverity(a.severity, b.severity));
}
var ERRORS_SHOWN = 5;
var WHAT_TO_DO = "An audit job of the matrix probably failed or was cancelled before uploading its report, or the merge job did not download its artifact: check every audit job of this run, and that the download step's pattern and path put each oauth-audit.json where `reports` looks.";
function mergeReports(inputs, options = {}) {
  const failOn = options.failOn ?? "high";
  const expected = options.expectedReports;
  if (expected !== void 0 && inputs.length > expected) {
    throw new UserError(
      `Found ${reportCount(inputs.length)} but ${expected} ${expected === 1 ? "was" : "were"} expected: set expected-reports (--expect) to the number of orgs in the matrix, or narrow the reports pattern. Found: ${inputs.map((i) => i.path).join(", ")}.`
    );
  }
  const problems = [];
  const reports = [];
  for (const input of inputs) {
    const checked = check(input);
    if (typeof checked === "string") problems.push(`  ${terminalText(input.path)}: ${checked}`);
    else reports.push(entry(input.path, checked, failOn));
  }
  if (expected !== void 0 && inputs.length < expected) {
    const found = inputs.map((i) => i.path).join(", ");
    throw new IncompleteError(
      `Expected ${reportCount(expected)} (one per org), found ${inputs.length}${found ? ` (${found})` : ""}; the verdict would leave ${expected - inputs.length === 1 ? "an org" : `${expected - inputs.length} orgs`} out. ${WHAT_TO_DO}` + (problems.length > 0 ? `
Also:
${problems.join("\n")}` : "")
    );
  }
  if (inputs.length === 0) {
    const where = options.searched ? ` (no report matches ${options.searched})` : "";
    throw new IncompleteError(`No report to merge${where}, so no org's audit can be judged. ${WHAT_TO_DO}`);
  }
  if (problems.length > 0) {
    throw new IncompleteError(
      `${problems.length === 1 ? "A report" : `${problems.length} reports`} of ${inputs.length} cannot be used, so the verdict would leave ${problems.length === 1 ? "an org" : "orgs"} out:
${problems.join("\n")}
Re-run the audit ${problems.length === 1 ? "job that wrote it" : "jobs that wrote them"} (a job that dies can leave no file or a partial one), and check that \`reports\` matches only the oauth-audit.json reports.`
    );
  }
  const totals = {
    reports: reports.length,
    reportsFailing: 0,
    clients: 0,
    clientsFailing: 0,
    findings: 0,
    violations: 0,
    exempted: 0,
    bySeverity: emptySeverityCounts()
  };
  for (const r of reports) {
    if (r.result === "fail") totals.reportsFailing++;
    totals.clients += r.summary.clients;
    totals.clientsFailing += r.summary.clientsFailing;
    totals.findings += r.summary.findings;
    totals.violations += r.summary.violations;
    totals.exempted += r.summary.exempted;
    for (const s of SEVERITIES) totals.bySeverity[s] += r.summary.bySeverity[s];
  }
  return {
    schemaVersion: 1,
    kind: "merged",
    failOn,
    result: totals.violations > 0 ? "fail" : "pass",
    reports,
    summary: totals
  };
}
function check(input) {
  if ("unreadable" in input) return `cannot be read: ${terminalText(input.unreadable)}`;
  const { report } = input;
  if (typeof report === "object" && report !== null && report.result === "incomplete") {
    return "the report of an incomplete audit (result: incomplete); re-run that org's audit.";
  }
  const checked = validateReport(report);
  if (checked.ok) return checked.report;
  const shown = checked.errors.slice(0, ERRORS_SHOWN).map((e) => `    ${terminalText(e, 300)}`);
  const more = checked.errors.length - shown.length;
  return `not a genesys-oauth-audit report (schemaVersion 1):
${shown.join("\n")}` + (more > 0 ? `
    \u2026 and ${more} more` : "");
}
function entry(path, r, failOn) {
  const summary = summarize(r.clients, r.policyFindings, failOn);
  summary.clientsFailing = r.clients.filter((c) => clientResult(c.findings, failOn) === "fail").length;
  return {
    path,
    source: { kind: r.source.kind, region: r.source.region, apiBaseUrl: r.source.apiBaseUrl },
    policy: { path: r.policy.path, sha256: r.policy.sha256 },
    generatedAt: r.generatedAt,
    toolVersion: r.tool.version,
    failOn,
    result: summary.violations > 0 ? "fail" : "pass",
    summary,
    newlyFailing: r.impact?.newlyFailing.length ?? 0,
    violationsByRule: violationsByRule(r, failOn)
  };
}
function renderMergedText(merged) {
  const header = ["REPORT", "REGION", "RESULT", "CLIENTS", "FAILING", "VIOLATIONS", "FINDINGS", "EXEMPTED"];
  const rows = merged.reports.map((r) => [
    terminalText(r.path, 60),
    terminalText(r.source.region, 40),
    r.result.toUpperCase(),
    String(r.summary.clients),
    String(r.summary.clientsFailing),
    String(r.summary.violations),
    String(r.summary.findings),
    String(r.summary.exempted)
  ]);
  const t = merged.summary;
  rows.push([
    "TOTAL",
    reportCount(t.reports),
    merged.result.toUpperCase(),
    String(t.clients),
    String(t.clientsFailing),
    String(t.violations),
    String(t.findings),
    String(t.exempted)
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])).join("  ").trimEnd();
  const verdict = merged.result === "fail" ? `Result: FAIL: ${t.reportsFailing} of ${reportCount(t.reports)} ${t.reportsFailing === 1 ? "fails" : "fail"}, ${violations(t.violations)} ${gateText(merged.failOn)} in all.` : `Result: PASS: ${reportCount(t.reports)}, no violations ${gateText(merged.failOn)}.`;
  return `${[line(header), ...rows.map(line)].join("\n")}

${verdict}
`;
}
function reportCount(n) {
  return `${n} report${n === 1 ? "" : "s"}`;
}
function violations(n) {
  return `${n} violation${n === 1 ? "" : "s"}`;
}
function gateText(failOn) {
  return failOn === "never" ? "(fail-on: never)" : `at or above ${failOn}`;
}
function mergedVerdict(merged) {
  const t = merged.summary;
  const orgs = merged.result === "fail" ? ` in ${t.reportsFailing} of ${t.reports} org${t.reports === 1 ? "" : "s"}` : "";
  return `Merged ${reportCount(t.reports)}: ${merged.result}, ${violations(t.violations)} ${gateText(merged.failOn)}${orgs}.`;
}
export {
  mergeReports,
  mergedVerdict,
  renderMergedText
};
