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
  /** Present when the usage was read: the latest day with an API request in the window, or null. */
  lastUsed?: string | null;
  /** Present when the usage was read: API requests in the window. */
  requests?: number;
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

/** A finding's severity that differs between the previous run and this one. */
export interface SeverityChange extends ImpactFinding {
  /** The severity in the previous run; `severity` is this run's. */
  previousSeverity: Severity;
}

/** What changed since the previous run's report: findings keyed by client ID, rule, check and subject. */
export interface Changes {
  previous: {
    generatedAt: string;
    /** The previous run's page, or null when the report was given as a file. */
    runUrl: string | null;
  };
  /** Violations of this run that the previous run did not have as violations. */
  new: ImpactFinding[];
  /** Violations of the previous run that are no longer violations (gone, exempted or below fail-on). */
  resolved: ImpactFinding[];
  clientsAdded: ImpactClient[];
  clientsRemoved: ImpactClient[];
  /** Non-exempted findings present in both runs with another severity. */
  severityChanged: SeverityChange[];
}

/** Which violations failed the run: all of them, or (`gate: new`) only the ones the previous run did not have. */
export interface GateInfo {
  /** The gate applied: `all` when `new` was asked but there was no previous report to compare with. */
  mode: 'all' | 'new';
  /** Violations that did not fail the run (the backlog under `gate: new`). */
  ignored: number;
  /** Why the gate is what it is, when it is not what was asked or ignores violations. */
  note: string | null;
}

export interface AuditReport {
  schemaVersion: 1;
  tool: { name: 'genesys-oauth-audit'; version: string };
  generatedAt: string;
  source: { kind: 'api' | 'snapshot'; region: string; apiBaseUrl: string };
  /** The window of the usage data (`lastUsed`, `requests`), when it was read: first day, end time. */
  usage?: { from: string; to: string };
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
  /** The comparison with the previous run, when there was one. */
  changes?: Changes;
  /** Present when `gate: new` was asked. */
  gate?: GateInfo;
}
