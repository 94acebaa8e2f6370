/** The policy file, loaded and validated (`src/policy/load.ts`), and what evaluating it produces. */
import type { FailOn, PolicyMessage, Severity } from '../types.js';

/** Checks produced by rules. */
export const RULE_CHECKS = [
  'missing-scope',
  'scope-not-allowed',
  'scope-forbidden',
  'too-many-scopes',
  'missing-role',
  'role-not-allowed',
  'role-forbidden',
  'too-many-roles',
  'all-divisions-role',
  'permission-forbidden',
  'grant-type-not-allowed',
  'redirect-host-not-allowed',
  'redirect-scheme-not-allowed',
  'token-lifetime',
] as const;

/**
 * Built-in checks, configured under `checks:` (severity or `off`), with their default severities;
 * `off` for the checks that run only when set (they make extra API calls).
 */
export const BUILTIN_CHECK_DEFAULTS = {
  'token-lifetime': 'low',
  'password-grant': 'critical',
  'implicit-grant': 'high',
  'insecure-redirect-uri': 'high',
  'unknown-grant-type': 'high',
  'unused-client': 'medium',
  'unmatched-client': 'medium',
  'inactive-client': 'info',
  'unknown-scope': 'low',
  'orphaned-client': 'off',
  'expired-exemption': 'low',
  'unused-exemption': 'low',
} as const satisfies Record<string, Severity | 'off'>;
/** The severity an off-by-default check is documented with, when a policy turns it on. */
export const SEVERITY_WHEN_ON: Readonly<Record<string, Severity>> = { 'orphaned-client': 'low' };
export type BuiltinCheckId = keyof typeof BUILTIN_CHECK_DEFAULTS;
export const BUILTIN_CHECKS = Object.keys(BUILTIN_CHECK_DEFAULTS) as BuiltinCheckId[];

/** Built-in checks that stay `off` until the policy sets them: they need more data from the org. */
const OFF_UNLESS_SET: ReadonlySet<BuiltinCheckId> = new Set<BuiltinCheckId>(['unused-client']);

/** A built-in check's severity when the policy does not mention it. */
export function unsetSeverity(id: BuiltinCheckId): Severity | 'off' {
  return OFF_UNLESS_SET.has(id) ? 'off' : BUILTIN_CHECK_DEFAULTS[id];
}

/** `checks.unused-client`: judged over the last `maxIdleDays`, for clients older than `graceDays`. */
export interface UnusedClientSettings {
  maxIdleDays: number;
  graceDays: number;
}
export const DEFAULT_UNUSED_CLIENT: UnusedClientSettings = { maxIdleDays: 90, graceDays: 30 };
/** Longest `max-idle`: a year of usage is already a dozen queries. */
export const MAX_IDLE_DAYS = 365;

type RuleCheckId = (typeof RULE_CHECKS)[number];
export type CheckId = RuleCheckId | BuiltinCheckId;
export const ALL_CHECKS: readonly CheckId[] = [...new Set<CheckId>([...RULE_CHECKS, ...BUILTIN_CHECKS])];

/** Default maximum access-token lifetime of the built-in `token-lifetime` check (24h). */
export const DEFAULT_MAX_TOKEN_LIFETIME = 86400;

/** A 1-based position in the policy file. */
export interface Position {
  line: number;
  col: number;
}

/** A list of match patterns as written (globs, `/regex/flags`, IDs or grant types). */
type PatternList = string[];

export interface MatchSpec {
  name?: PatternList;
  id?: PatternList;
  description?: PatternList;
  /** Normalised to the API spelling (`CLIENT-CREDENTIALS`, `SAML2-BEARER`, …). */
  grantTypes?: string[];
  states?: string[];
}

export interface ScopeRules {
  require?: string[];
  allow?: PatternList;
  forbid?: PatternList;
  max?: number;
}

export interface RoleRules {
  require?: PatternList;
  allow?: PatternList;
  forbid?: PatternList;
  /** Permission patterns (`domain:entity:action`, `*` for any part): `permission-forbidden`. */
  forbidPermissions?: string[];
  /** false: every role granted in division `*` gives `all-divisions-role`. Absent/true: no check. */
  allowAllDivisions?: boolean;
  max?: number;
}

export interface Rule {
  id: string;
  description?: string;
  severity: Severity;
  /** null: matches every client. */
  match: MatchSpec | null;
  exclude: MatchSpec | null;
  /** Allowed grant types (normalised). */
  grantTypes?: string[];
  scopes?: ScopeRules;
  roles?: RoleRules;
  /** At least one of the two: `allowHosts` absent allows any host, `allowSchemes` absent no other scheme. */
  redirectUris?: { allowHosts?: PatternList; allowSchemes?: string[] };
  /** Seconds. */
  maxTokenLifetime?: number;
  /** Where the rule starts in the policy file (its `- id:` item). */
  position: Position;
}

export interface BuiltinCheckSetting {
  severity: Severity | 'off';
  /** Where it is set under `checks:`; absent when left at its default. */
  position?: Position;
}

export interface Exemption {
  /** A client ID (exact, case-insensitive) or a name glob. */
  client: string;
  rule?: string;
  check?: CheckId;
  subject?: string;
  reason: string;
  owner: string;
  /** `YYYY-MM-DD`; exempts through the end of that day, UTC. */
  expires: string;
  position: Position;
}

export interface Policy {
  /** Path as given (shown in messages and annotations). */
  path: string;
  /** sha256 (hex) of the file's bytes. */
  sha256: string;
  version: 1;
  settings: {
    /** Only when the policy sets it; the `fail-on` input wins, then this, then `high`. */
    failOn?: FailOn;
    maxExemptionDays: number;
    allowEmptyOrg: boolean;
  };
  checks: Record<BuiltinCheckId, BuiltinCheckSetting>;
  /** Seconds; the built-in `token-lifetime` check's `max` (default 24h). */
  tokenLifetimeMax: number;
  /** `checks.unused-client`'s `max-idle` and `grace`; absent: the defaults. */
  unusedClient?: UnusedClientSettings;
  rules: Rule[];
  exemptions: Exemption[];
  /** Non-fatal messages found while loading (unknown scope names, …). */
  warnings: PolicyMessage[];
}

/** What an exemption contributes to an exempted finding. */
export interface ExemptionRef {
  reason: string;
  owner: string;
  expires: string;
}

export interface Finding {
  check: CheckId;
  severity: Severity;
  /** Rule ID, or the check ID for built-in checks. */
  rule: string;
  /** The scope, role, URI or grant type it is about; '' when none. */
  subject: string;
  /** One human sentence. */
  message: string;
  exempted: boolean;
  exemption?: ExemptionRef;
  /** Policy line the finding is attributed to (the rule, the `checks` entry, the exemption, or 1). */
  line: number;
}

export interface ClientEvaluation {
  clientId: string;
  /** IDs of the rules that matched the client, in policy order. */
  rules: string[];
  findings: Finding[];
}

export interface Evaluation {
  /** One entry per client, in the order of the org data. */
  clients: ClientEvaluation[];
  /** Findings not tied to one client (expired and unused exemptions). */
  policyFindings: Finding[];
  /** Warnings found while evaluating (a rule that matched no client, …), plus the policy's own. */
  warnings: PolicyMessage[];
}
