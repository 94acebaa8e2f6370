/**
 * Raw wire shapes of the Genesys Cloud Platform API, as the sandbox serves them.
 * These are deliberately not the normalised model of `src/genesys/model.ts`: the sandbox must send
 * what Genesys sends (old grant-type spellings, deprecated `roleIds`, a legacy `secret`, absent fields).
 */

interface WireEntityRef {
  id: string;
  name?: string;
  selfUri?: string;
}

interface WireRoleDivision {
  roleId: string;
  /** A division ID, or `*` for all divisions. */
  divisionId: string;
}

/** `OAuthClient` / `OAuthClientListing`. Genesys omits null fields, so every field but `id` may be absent. */
export interface WireOAuthClient {
  id: string;
  name?: string;
  description?: string;
  accessTokenValiditySeconds?: number;
  registeredRedirectUri?: string[];
  /** No longer returned since June 2025, but old data may carry it: the audit must never leak it. */
  secret?: string;
  /** Deprecated in favour of `roleDivisions`. */
  roleIds?: string[];
  roleDivisions?: WireRoleDivision[];
  scope?: string[];
  /** `CODE`, `TOKEN`, `SAML2-BEARER`, `PASSWORD`, `CLIENT-CREDENTIALS`, or an old/unknown spelling. */
  authorizedGrantType?: string;
  /** `active`, `disabled`, `inactive`, or anything else the API may say. */
  state?: string;
  dateCreated?: string;
  dateModified?: string;
  dateToDelete?: string;
  createdBy?: WireEntityRef;
  modifiedBy?: WireEntityRef;
  selfUri?: string;
}

/**
 * One permission policy of a role: grants `domain:entityName:action` for each action of
 * `actionSet`; `entityName` and an action may be `*`. A `resourceConditionNode` makes it conditional.
 */
export interface WirePermissionPolicy {
  id?: string;
  domain: string;
  entityName: string;
  policyName?: string;
  policyDescription?: string;
  actionSet: string[];
  namedResources?: string[];
  allowConditions?: boolean;
  resourceConditionNode?: Record<string, unknown>;
}

export interface WireRole {
  id: string;
  name: string;
  description?: string;
  defaultRoleId?: string;
  /** Legacy general permissions only (`admin`, `group_creation`), not `domain:entity:action`. */
  permissions?: string[];
  /** What the role grants. */
  permissionPolicies?: WirePermissionPolicy[];
  default?: boolean;
  base?: boolean;
  /** Served only when the request asks for it (`userCount`, default true). */
  userCount?: number;
  selfUri?: string;
}

export interface WireDivision {
  id: string;
  name: string;
  description?: string;
  homeDivision?: boolean;
  selfUri?: string;
}

/** A user, as `GET /api/v2/users` returns it (the fields the audit reads, and a few more). */
export interface WireUser {
  id: string;
  name: string;
  /** `active`, `inactive` or `deleted`. */
  state: string;
  email?: string;
  selfUri?: string;
}

export interface WireScope {
  /** The scope name, e.g. `users:readonly`. */
  id: string;
  description?: string;
  selfUri?: string;
}

/** The paged listing envelope shared by clients, roles and divisions. */
export interface WirePagedListing<T> {
  entities: T[];
  pageSize: number;
  pageNumber: number;
  total: number;
  pageCount: number;
  firstUri?: string;
  nextUri?: string;
  previousUri?: string;
  lastUri?: string;
  selfUri?: string;
}

export interface WireScopeListing {
  total: number;
  entities: WireScope[];
  selfUri: string;
}

/** `ErrorBody` of the Platform API. */
export interface WireErrorBody {
  message: string;
  code: string;
  status: number;
  messageWithParams?: string;
  messageParams?: Record<string, string>;
  contextId: string;
  details: unknown[];
  errors: unknown[];
}

/** Error body of the login host (`/oauth/token`), OAuth 2.0 style. */
export interface WireOAuthError {
  error: string;
  description: string;
  error_description: string;
}

export interface WireTokenResponse {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
}

/** An org the sandbox serves: everything in wire shape. Missing parts get defaults when served. */
export interface SeedOrg {
  /** Organization ID (a GUID); reported by `/api/v2/tokens/me`. */
  id?: string;
  /** Organization name; reported by `/api/v2/tokens/me`. */
  name?: string;
  clients: WireOAuthClient[];
  roles?: WireRole[];
  divisions?: WireDivision[];
  /** The org's scope catalogue; default: `SCOPE_CATALOGUE`. */
  scopes?: WireScope[];
  /** The org's users (those clients were created by, at least); default: none. */
  users?: WireUser[];
  /** API usage by client ID; a client not listed never made a request. Absent: every client was used yesterday. */
  usage?: Record<string, SeedUsage>;
}

/** One client's seeded API use, relative to the sandbox's clock. */
export interface SeedUsage {
  /** Days before the sandbox's today of the client's last request; null: never used. */
  lastUsedDaysAgo: number | null;
  /** Requests on each day of use; default 20. */
  requestsPerDay?: number;
  /** Days of use up to the last one; default 30. */
  activeDays?: number;
  /** Sets the client's `dateCreated` this many days before the sandbox's now. */
  createdDaysAgo?: number;
}

/** A seed with every part filled in: what a running sandbox serves (`Sandbox.org`). */
export type ResolvedSeedOrg = Required<Omit<SeedOrg, 'usage'>> & Pick<SeedOrg, 'usage'>;
