/**
 * `oauth-audit.sarif`: SARIF 2.1.0 for GitHub code scanning. One rule per check; each
 * finding is a result located at the policy line it is attributed to (the rule, the `checks`
 * entry or the exemption), because the policy file is the only artifact in the repository that
 * the finding can point at.
 */
import { createHash } from 'node:crypto';
import { SEVERITY_RANK } from '../policy/gate.js';
import {
  ALL_CHECKS,
  BUILTIN_CHECK_DEFAULTS,
  SEVERITY_WHEN_ON,
  type CheckId,
  type Finding,
} from '../policy/types.js';
import type { Severity } from '../types.js';
import { findingKey } from './keyed.js';
import { CHECK_INFO } from './checks.js';
import { githubText } from '../escape.js';
import type { AuditReport } from './types.js';

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where the tool is documented: its npm page. */
const INFORMATION_URI = 'https://www.npmjs.com/package/genesys-oauth-audit';
/** Key of our fingerprint in `partialFingerprints`; the version lets the formula change without collisions. */
export const FINGERPRINT_KEY = 'genesysOAuthFinding/v1';

/** GitHub's `security-severity` scale (0–10): ≥9 critical, ≥7 high, ≥4 medium, else low. */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

type Level = 'error' | 'warning' | 'note';

function sarifLevel(severity: Severity): Level {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

/** The severity of a check with no finding in the report: its built-in default, or `high`, the default of a rule. */
function defaultSeverity(check: CheckId): Severity {
  const d = (BUILTIN_CHECK_DEFAULTS as Record<string, Severity | 'off'>)[check];
  return d === 'off' ? (SEVERITY_WHEN_ON[check] ?? 'low') : (d ?? 'high');
}

/** Stable across runs for the same client, rule, check and subject, so code-scanning alerts are tracked, not re-opened. */
export function fingerprint(clientId: string, f: Pick<Finding, 'rule' | 'check' | 'subject'>): string {
  return createHash('sha256').update(findingKey(clientId, f)).digest('hex');
}

/** A repository-relative path as a URI reference: forward slashes, each segment percent-encoded. */
function pathToUri(file: string): string {
  return file
    .replace(/\\/gu, '/')
    .replace(/^\.\//u, '')
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

interface SarifOptions {
  /** Path of the policy file relative to the repository root; default: the report's policy path. */
  policyFile?: string;
}

/** A finding with its client; both empty for a finding about the policy itself. */
interface Located {
  clientId: string;
  clientName: string;
  finding: Finding;
}

function locatedFindings(report: AuditReport): Located[] {
  return [
    ...report.clients.flatMap((c) =>
      c.findings.map((f) => ({ clientId: c.id, clientName: c.name, finding: f })),
    ),
    ...report.policyFindings.map((f) => ({ clientId: '', clientName: '', finding: f })),
  ];
}

/**
 * GitHub reads `security-severity` from the rule only. A rule check's severity is set per policy
 * rule, so a descriptor carries the highest severity its findings have in this report.
 */
function highestSeverities(all: readonly Located[]): Map<CheckId, Severity> {
  const highest = new Map<CheckId, Severity>();
  for (const { finding: f } of all) {
    const seen = highest.get(f.check);
    if (!seen || SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen]) highest.set(f.check, f.severity);
  }
  return highest;
}

function ruleDescriptor(check: CheckId, severity: Severity): Record<string, unknown> {
  const info = CHECK_INFO[check];
  const level = sarifLevel(severity);
  return {
    id: check,
    name: check
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: info.title },
    fullDescription: { text: info.description },
    help: {
      text: `${info.description} ${info.remedy}`,
      markdown: `**${info.title}**\n\n${info.description}\n\n**Remedy:** ${info.remedy}`,
    },
    helpUri: INFORMATION_URI,
    defaultConfiguration: { level },
    properties: {
      'security-severity': SECURITY_SEVERITY[severity],
      tags: [
        'security',
        'oauth',
        'genesys-cloud',
        check.startsWith('unused-') || check.startsWith('expired-') ? 'policy' : 'client',
      ],
      precision: 'very-high',
      'problem.severity': level === 'note' ? 'recommendation' : level,
    },
  };
}

function sarifResult({ clientId, clientName, finding: f }: Located, uri: string): Record<string, unknown> {
  // Code scanning renders the message as Markdown (also in the review comment on a PR): one line,
  // and nothing in it that GitHub would turn into a mention, a reference or a link. The exact
  // values stay in `logicalLocations` and `properties`.
  const text = githubText(clientId === '' ? f.message : `${clientName} (${clientId}): ${f.message}`);
  const result: Record<string, unknown> = {
    ruleId: f.check,
    ruleIndex: ALL_CHECKS.indexOf(f.check),
    level: sarifLevel(f.severity),
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          region: { startLine: Math.max(1, Math.trunc(f.line) || 1) },
        },
        ...(clientId === ''
          ? {}
          : { logicalLocations: [{ name: clientName, fullyQualifiedName: clientId, kind: 'resource' }] }),
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(clientId, f) },
    properties: {
      severity: f.severity,
      'security-severity': SECURITY_SEVERITY[f.severity],
      rule: f.rule,
      subject: f.subject,
      clientId,
      clientName,
    },
  };
  if (f.exempted) {
    const e = f.exemption;
    const justification = e
      ? githubText(`${e.reason} (owner: ${e.owner}; expires: ${e.expires})`)
      : 'Exempted by the policy.';
    result.suppressions = [{ kind: 'external', state: 'accepted', justification }];
  }
  return result;
}

export function buildSarif(report: AuditReport, options: SarifOptions = {}): Record<string, unknown> {
  const uri = pathToUri(options.policyFile ?? report.policy.path);
  const all = locatedFindings(report);
  const highest = highestSeverities(all);
  const rules = ALL_CHECKS.map((check) =>
    ruleDescriptor(check, highest.get(check) ?? defaultSeverity(check)),
  );
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: all.map((located) => sarifResult(located, uri)),
        properties: {
          generatedAt: report.generatedAt,
          failOn: report.failOn,
          result: report.result,
          region: report.source.region,
          policySha256: report.policy.sha256,
        },
      },
    ],
  };
}

export function renderSarif(report: AuditReport, options: SarifOptions = {}): string {
  return `${JSON.stringify(buildSarif(report, options), null, 2)}\n`;
}
