import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/policy/gate.ts
var SEVERITY_RANK = {
  critical: 5,
  high: 4,
  medium: 3,
  low: 2,
  info: 1
};
function compareSeverity(a, b) {
  return SEVERITY_RANK[b] - SEVERITY_RANK[a];
}
function atOrAbove(severity, failOn) {
  if (failOn === "never") return false;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
function isViolation(finding, failOn) {
  return !finding.exempted && atOrAbove(finding.severity, failOn);
}
function resolveFailOn(input, policy) {
  return input ?? policy.settings.failOn ?? "high";
}
function clientResult(findings, failOn) {
  for (const f of findings) if (isViolation(f, failOn)) return "fail";
  return "pass";
}

export {
  SEVERITY_RANK,
  compareSeverity,
  atOrAbove,
  isViolation,
  resolveFailOn,
  clientResult
};
