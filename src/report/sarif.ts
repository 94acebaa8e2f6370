/**
 * `oauth-audit.sarif` (SPEC §7.6): SARIF 2.1.0 for GitHub code scanning. One rule per check; each
 * finding is a result located at the policy line it is attributed to (the rule, the `checks`
 * entry or the exemption), because the policy file is the only artifact in the repository that
 * the finding can point at.
 */
import { createHash } from 'node:crypto';
import { SEVERITY_RANK } from '../policy/gate.js';
import { ALL_CHECKS, BUILTIN_CHECK_DEFAULTS, type CheckId, type Finding } from '../policy/types.js';
import type { Severity } from '../types.js';
import { CHECK_INFO } from './checks.js';
import { githubText } from '../escape.js';
import type { AuditReport } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where the tool is documented: its npm page (package name of SPEC §1). */
export const INFORMATION_URI = 'https://www.npmjs.com/package/genesys-oauth-audit';
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

export function sarifLevel(severity: Severity): Level {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

/** Rule checks take their rule's severity; `high` is the rule default of SPEC §4. */
function defaultSeverity(check: CheckId): Severity {
  return (BUILTIN_CHECK_DEFAULTS as Record<string, Severity>)[check] ?? 'high';
}

/** Stable across runs for the same client, rule, check and subject, so code-scanning alerts are tracked, not re-opened. */
export function fingerprint(clientId: string, f: Pick<Finding, 'rule' | 'check' | 'subject'>): string {
  // JSON of the tuple: unambiguous whatever characters the values hold.
  return createHash('sha256')
    .update(JSON.stringify([clientId, f.rule, f.check, f.subject]))
    .digest('hex');
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

export interface SarifOptions {
  /** Path of the policy file relative to the repository root; default: the report's policy path. */
  policyFile?: string;
}

export function buildSarif(report: AuditReport, options: SarifOptions = {}): Record<string, unknown> {
  const uri = pathToUri(options.policyFile ?? report.policy.path);

  // GitHub reads `security-severity` from the rule only. A rule check's severity is set per policy
  // rule, so a descriptor carries the highest severity its findings have in this report.
  const severityOf = new Map<CheckId, Severity>();
  const all: { clientId: string; clientName: string; finding: Finding }[] = [];
  for (const c of report.clients)
    for (const f of c.findings) all.push({ clientId: c.id, clientName: c.name, finding: f });
  for (const f of report.policyFindings) all.push({ clientId: '', clientName: '', finding: f });
  for (const { finding: f } of all) {
    const seen = severityOf.get(f.check);
    if (!seen || SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen]) severityOf.set(f.check, f.severity);
  }

  const ruleIndex = new Map<CheckId, number>();
  const rules = ALL_CHECKS.map((check, i) => {
    ruleIndex.set(check, i);
    const info = CHECK_INFO[check];
    const severity = severityOf.get(check) ?? defaultSeverity(check);
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
      defaultConfiguration: { level: sarifLevel(severity) },
      properties: {
        'security-severity': SECURITY_SEVERITY[severity],
        tags: [
          'security',
          'oauth',
          'genesys-cloud',
          check.startsWith('unused-') || check.startsWith('expired-') ? 'policy' : 'client',
        ],
        precision: 'very-high',
        'problem.severity':
          severity === 'critical' || severity === 'high'
            ? 'error'
            : severity === 'medium'
              ? 'warning'
              : 'recommendation',
      },
    };
  });

  const results = all.map(({ clientId, clientName, finding: f }) => {
    // Code scanning renders the message as Markdown (also in the review comment on a PR): one line,
    // and nothing in it that GitHub would turn into a mention, a reference or a link. The exact
    // values stay in `logicalLocations` and `properties`.
    const text = githubText(clientId === '' ? f.message : `${clientName} (${clientId}): ${f.message}`);
    const result: Record<string, unknown> = {
      ruleId: f.check,
      ruleIndex: ruleIndex.get(f.check) ?? -1,
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
      result.suppressions = [
        {
          kind: 'external',
          state: 'accepted',
          justification: e
            ? githubText(`${e.reason} (owner: ${e.owner}; expires: ${e.expires})`)
            : 'Exempted by the policy.',
        },
      ];
    }
    return result;
  });

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
        results,
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
