import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ALL_CHECKS,
  BUILTIN_CHECK_DEFAULTS,
  CHECK_INFO,
  SEVERITY_WHEN_ON,
  findingKey
} from "./chunk-P4GQ5JUU.js";
import {
  SEVERITY_RANK
} from "./chunk-DB4TN652.js";
import {
  githubText
} from "./chunk-YHSPJ6FH.js";
import "./chunk-LQK3ML4U.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://www.npmjs.com/package/genesys-oauth-audit";
var FINGERPRINT_KEY = "genesysOAuthFinding/v1";
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0"
};
function sarifLevel(severity) {
  if (severity === "critical" || severity === "high") return "error";
  if (severity === "medium") return "warning";
  return "note";
}
function defaultSeverity(check) {
  const d = BUILTIN_CHECK_DEFAULTS[check];
  return d === "off" ? SEVERITY_WHEN_ON[check] ?? "low" : d ?? "high";
}
function fingerprint(clientId, f) {
  return createHash("sha256").update(findingKey(clientId, f)).digest("hex");
}
function pathToUri(file) {
  return file.replace(/\\/gu, "/").replace(/^\.\//u, "").split("/").map((s) => encodeURIComponent(s)).join("/");
}
function locatedFindings(report) {
  return [
    ...report.clients.flatMap(
      (c) => c.findings.map((f) => ({ clientId: c.id, clientName: c.name, finding: f }))
    ),
    ...report.policyFindings.map((f) => ({ clientId: "", clientName: "", finding: f }))
  ];
}
function highestSeverities(all) {
  const highest = /* @__PURE__ */ new Map();
  for (const { finding: f } of all) {
    const seen = highest.get(f.check);
    if (!seen || SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen]) highest.set(f.check, f.severity);
  }
  return highest;
}
function ruleDescriptor(check, severity) {
  const info = CHECK_INFO[check];
  const level = sarifLevel(severity);
  return {
    id: check,
    name: check.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(""),
    shortDescription: { text: info.title },
    fullDescription: { text: info.description },
    help: {
      text: `${info.description} ${info.remedy}`,
      markdown: `**${info.title}**

${info.description}

**Remedy:** ${info.remedy}`
    },
    helpUri: INFORMATION_URI,
    defaultConfiguration: { level },
    properties: {
      "security-severity": SECURITY_SEVERITY[severity],
      tags: [
        "security",
        "oauth",
        "genesys-cloud",
        check.startsWith("unused-") || check.startsWith("expired-") ? "policy" : "client"
      ],
      precision: "very-high",
      "problem.severity": level === "note" ? "recommendation" : level
    }
  };
}
function sarifResult({ clientId, clientName, finding: f }, uri) {
  const text = githubText(clientId === "" ? f.message : `${clientName} (${clientId}): ${f.message}`);
  const result = {
    ruleId: f.check,
    ruleIndex: ALL_CHECKS.indexOf(f.check),
    level: sarifLevel(f.severity),
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          region: { startLine: Math.max(1, Math.trunc(f.line) || 1) }
        },
        ...clientId === "" ? {} : { logicalLocations: [{ name: clientName, fullyQualifiedName: clientId, kind: "resource" }] }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(clientId, f) },
    properties: {
      severity: f.severity,
      "security-severity": SECURITY_SEVERITY[f.severity],
      rule: f.rule,
      subject: f.subject,
      clientId,
      clientName
    }
  };
  if (f.exempted) {
    const e = f.exemption;
    const justification = e ? githubText(`${e.reason} (owner: ${e.owner}; expires: ${e.expires})`) : "Exempted by the policy.";
    result.suppressions = [{ kind: "external", state: "accepted", justification }];
  }
  return result;
}
function buildSarif(report, options = {}) {
  const uri = pathToUri(options.policyFile ?? report.policy.path);
  const all = locatedFindings(report);
  const highest = highestSeverities(all);
  const rules = ALL_CHECKS.map(
    (check) => ruleDescriptor(check, highest.get(check) ?? defaultSeverity(check))
  );
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules
          }
        },
        columnKind: "utf16CodeUnits",
        results: all.map((located) => sarifResult(located, uri)),
        properties: {
          generatedAt: report.generatedAt,
          failOn: report.failOn,
          result: report.result,
          region: report.source.region,
          policySha256: report.policy.sha256
        }
      }
    ]
  };
}
function renderSarif(report, options = {}) {
  return `${JSON.stringify(buildSarif(report, options), null, 2)}
`;
}
export {
  FINGERPRINT_KEY,
  SECURITY_SEVERITY,
  buildSarif,
  fingerprint,
  renderSarif
};
