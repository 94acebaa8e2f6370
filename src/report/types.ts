/** The JSON report: the one data structure every renderer and publisher reads. */
import type { Finding } from '../policy/types.js';
import type { FailOn, PolicyMessage, Severity } from '../types.js';

export interface ReportRole {
  id: string;
  /** Role name, or null when the role list could not resolve it. */
  name: string | null;
  /** `*` for all divisions; null when the grant names no division (deprecated `roleIds`). */
  divisionId: string | null;
  divisionName: string | null;
}

/** A user a client refers to; `name` null when neither the reference nor the users lookup gave it. */
export interface ReportUser {
  id: string;
  name: string | null;
}

export interface ReportClient {
  id: string;
  name: string;
  description: string;
  grantType: string;
  state: string;
  scopes: string[];
  roles: ReportRole[];
  redirectUris: string[];
  tokenLifetimeSeconds: number;
  dateCreated: string | null;
  dateModified: string | null;
  /** Who created the client; null when no creator is recorded (absent in reports of older versions). */
  createdBy?: ReportUser | null;
  /** Who last changed the client; null when not recorded (absent in reports of older versions). */
  modifiedBy?: ReportUser | null;
  /** IDs of the matched rules. */
  rules: string[];
  /** `fail` when a non-exempted finding is at or above `failOn`. */
  result: 'pass' | 'fail';
  findings: Finding[];
}

export type SeverityCounts = Record<Severity, number>;

export interface ReportSummary {
  clients: number;
  clientsFailing: number;
  /** Non-exempted findings (client and policy findings). */
  findings: number;
  /** Non-exempted findings at or above `failOn`. */
  violations: number;
  exempted: number;
  /** Non-exempted findings by severity. */
  bySeverity: SeverityCounts;
}

export interface ImpactClient {
  id: string;
  name: string;
}

export interface ImpactFinding {
  clientId: string;
  clientName: string;
  rule: string;
  check: string;
  severity: Severity;
  subject: string;
}

/** What changing the policy from its base version to this one does to the same org data. */
export interface Impact {
  base: {
    path: string;
    /** Git ref or SHA of the base version. */
    ref: string;
    /** `compared`: both evaluated; `missing`: the file is new in this change; `invalid`: the base does not load; `unchanged`: identical. */
    status: 'compared' | 'missing' | 'invalid' | 'unchanged';
    sha256: string | null;
    /** Why it was not compared, when not. */
    message: string | null;
    result: 'pass' | 'fail' | null;
    violations: number | null;
  };
  newlyFailing: ImpactClient[];
  newlyPassing: ImpactClient[];
  /** Non-exempted findings present with this policy only / with the base only. */
  added: ImpactFinding[];
  removed: ImpactFinding[];
  byRule: { rule: string; added: number; removed: number }[];
}

export interface AuditReport {
  schemaVersion: 1;
  tool: { name: 'genesys-oauth-audit'; version: string };
  generatedAt: string;
  source: { kind: 'api' | 'snapshot'; region: string; apiBaseUrl: string };
  policy: { path: string; sha256: string };
  failOn: FailOn;
  result: 'pass' | 'fail';
  summary: ReportSummary;
  clients: ReportClient[];
  /** Findings not tied to one client (expired and unused exemptions). */
  policyFindings: Finding[];
  /** Policy warnings (non-fatal). */
  warnings: PolicyMessage[];
  impact?: Impact;
}
