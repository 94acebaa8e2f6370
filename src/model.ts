/**
 * The org data the audit judges, after normalisation. Produced by `src/genesys/api.ts` (live) or
 * `src/genesys/snapshot.ts` (offline); consumed by the policy evaluator and the reports.
 * Nothing here may ever hold a client secret or a token.
 */

/** Grant types as the API writes them today. Other values are kept verbatim (never a crash). */
export const GRANT_TYPES = ['CODE', 'TOKEN', 'SAML2-BEARER', 'PASSWORD', 'CLIENT-CREDENTIALS'] as const;
export type KnownGrantType = (typeof GRANT_TYPES)[number];

// `CODE_PKCE` is how SDKs up to v110 wrote an authorization-code client that uses PKCE: today's API
// writes such a client as `CODE` (PKCE is a property of the flow, not a grant type of its own).
const BY_COMPACT = new Map<string, KnownGrantType>([
  ...GRANT_TYPES.map((g) => [g.replaceAll('-', ''), g] as const),
  ['CODEPKCE', 'CODE'],
]);

// Only plain ASCII is ever normalised: a value with any other character (a zero-width or
// non-breaking space, a Cyrillic look-alike, a dotless `ı` that upper-cases to `I`) is kept as
// given, so that it is an unknown grant type rather than the known one it imitates.
const NORMALISABLE = /^[A-Za-z0-9_-]+$/;
const ASCII_BLANKS = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/**
 * The API spelling of a grant type (`client_credentials` → `CLIENT-CREDENTIALS`,
 * `SAML2BEARER` → `SAML2-BEARER`): older SDKs and hand-written policies use `_` for `-` or drop
 * the hyphen. A value that is not a known grant type is returned unchanged: an unknown grant type
 * is a finding, never a crash. The policy loader and the API layer both normalise through here,
 * so they always agree.
 */
export function normaliseGrantType(value: string): string {
  const trimmed = value.replace(ASCII_BLANKS, '');
  if (!NORMALISABLE.test(trimmed)) return value;
  return BY_COMPACT.get(trimmed.toUpperCase().replace(/[-_]/g, '')) ?? value;
}

export const CLIENT_STATES = ['active', 'disabled', 'inactive'] as const;

/** A reference to a user: who created or last changed a client. */
export interface UserRef {
  id: string;
  /** Absent when Genesys did not give it. */
  name?: string;
}

/** One role granted to a CLIENT-CREDENTIALS client. */
export interface RoleGrant {
  roleId: string;
  /** Division ID; `*` means all divisions; null for a deprecated `roleIds` entry (no division given). */
  divisionId: string | null;
}

export interface OAuthClient {
  id: string;
  name: string;
  description: string;
  /** Normalised (`CLIENT_CREDENTIALS` → `CLIENT-CREDENTIALS`, `SAML2BEARER` → `SAML2-BEARER`); unknown values kept as given; '' when absent. */
  grantType: string;
  /** `active`, `disabled`, `inactive`, or whatever else the API said ('' when absent). */
  state: string;
  scopes: string[];
  /** Union of `roleDivisions` and the deprecated `roleIds`, deduplicated, in API order. */
  roles: RoleGrant[];
  redirectUris: string[];
  /** `accessTokenValiditySeconds`, or 86400 (the Genesys default) when absent. */
  tokenLifetimeSeconds: number;
  dateCreated?: string;
  dateModified?: string;
  dateToDelete?: string;
  /** Absent when the API records no creator. */
  createdBy?: UserRef;
  modifiedBy?: UserRef;
}

/**
 * One permission policy of a role: it grants `domain:entity:action` for each action. `entity` and
 * an action may be `*` (every entity, every action).
 */
export interface PermissionPolicy {
  domain: string;
  entity: string;
  actions: string[];
  /** The grant carries a resource condition: it applies only to the resources the condition selects. */
  conditional: boolean;
}

export interface Role {
  id: string;
  name: string;
  /** What the role grants; absent when not read (the listing lacked them and no detail was fetched). */
  permissionPolicies?: PermissionPolicy[];
}

/** A user the clients refer to (`createdBy`), as `GET /api/v2/users?state=any` returns them. */
export interface User {
  id: string;
  name: string;
  /** `active`, `inactive`, `deleted`, or whatever else the API said. */
  state: string;
}

export interface Division {
  id: string;
  name: string;
}

export interface OrgSource {
  kind: 'api' | 'snapshot';
  /** The environment domain, e.g. `mypurecloud.com`, or `sandbox` for a loopback base URL. */
  region: string;
  apiBaseUrl: string;
}

export interface OrgData {
  clients: OAuthClient[];
  /** The org's roles; null when not fetched (no CLIENT-CREDENTIALS client, or offline without them). */
  roles: Role[] | null;
  /** Division names; null when not fetched (optional permission missing). */
  divisions: Division[] | null;
  /** The org's scope catalogue (scope names); null when not fetched. */
  scopes: string[] | null;
  /**
   * The users the clients' `createdBy` refer to, as far as the org returned them; absent when not
   * looked up (the `orphaned-client` check is off).
   */
  users?: User[];
  /** The org's permission catalogue (`domain:entity:action`); absent when not fetched. */
  permissions?: string[];
  /** ISO-8601 UTC time the data was fetched. */
  fetchedAt: string;
  source: OrgSource;
  /** API usage by client; absent when not read (the `unused-client` check is off). */
  usage?: UsageData;
}

/** One client's API use within the usage window. */
export interface ClientUsage {
  /** The latest day (`YYYY-MM-DD`, UTC) with a request; null: none in the window. */
  lastUsed: string | null;
  /** Requests in the window. */
  requests: number;
}

/**
 * The org's API usage by OAuth client, read when `unused-client` is on. Genesys Cloud counts
 * requests per day and refreshes the data daily, so the latest day or so may still be missing.
 */
export interface UsageData {
  /** First day of the window (`YYYY-MM-DD`, UTC). */
  from: string;
  /** ISO-8601 UTC time the window ends: when the usage was read. */
  to: string;
  /** By client ID, lower-cased; a client that is not here made no request in the window. */
  clients: Map<string, ClientUsage>;
}

/**
 * The roles granted to CLIENT-CREDENTIALS clients (the only ones roles are granted to) that
 * `roles` does not list: role ID → the first client granted it, in the order of the clients.
 */
export function unlistedRoles(
  clients: readonly OAuthClient[],
  roles: readonly Role[] | null,
): Map<string, string> {
  const known = new Set((roles ?? []).map((r) => r.id));
  const missing = new Map<string, string>();
  for (const c of clients) {
    if (c.grantType !== 'CLIENT-CREDENTIALS') continue;
    for (const g of c.roles) if (!known.has(g.roleId) && !missing.has(g.roleId)) missing.set(g.roleId, c.id);
  }
  return missing;
}
