/**
 * Routing and the endpoint handlers: the subset of the Genesys Cloud API the audit uses, with the
 * shapes, status codes and error bodies Genesys uses. Read-only: every write is refused.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { permissionsReply, roleReply, usersReply } from './access.js';
import {
  badCredentials,
  badRequest,
  invalidClient,
  invalidRequest,
  methodNotAllowed,
  missingPermission,
  notFound,
  statusError,
  tooManyRequests,
  unsupportedGrantType,
} from './errors.js';
import type { Endpoint, FiredFault } from './faults.js';
import {
  CLIENTS_PATH,
  type ClientListing,
  type ListingMods,
  pagedListing,
  pagingParams,
  withFields,
} from './listing.js';
import type { RateLimiter } from './rate-limiter.js';
import { type Reply, htmlReply, jsonReply, rawJsonReply } from './reply.js';
import { type TokenStore, basicCredentials, bearerToken } from './tokens.js';
import { resultsId, USAGE_QUERY_PATH, type UsageFault, type UsageStore } from './usage.js';
import type { ResolvedSeedOrg, WireTokenResponse } from './wire.js';

/**
 * Permission each endpoint needs, as Genesys checks them; scopes, divisions, the permission
 * catalogue, users and tokens/me need none.
 */
const REQUIRED_PERMISSIONS: Partial<Record<Endpoint, string>> = {
  clients: 'oauth:client:view',
  client: 'oauth:client:view',
  roles: 'authorization:role:view',
  role: 'authorization:role:view',
  // Genesys accepts oauth:client:view or usage:organization:view; the audit identity has the first.
  'usage-query': 'oauth:client:view',
  'usage-results': 'oauth:client:view',
};

export interface SandboxState {
  org: ResolvedSeedOrg;
  listing: ClientListing;
  tokens: TokenStore;
  limiter: RateLimiter | null;
  clientId: string;
  clientSecret: string;
  tokenTtlSeconds: number;
  /** undefined: every permission. */
  permissions: readonly string[] | undefined;
  usage: UsageStore;
  /** The roles listing leaves out `permissionPolicies` (the role detail has them). */
  omitListPermissionPolicies: boolean;
}

interface RequestContext {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  /** The raw request body (read only for the token endpoint and the usage query). */
  body: string;
  correlationId: string;
  listingMods?: ListingMods;
  usageFault?: UsageFault;
}

type Route =
  | { kind: 'endpoint'; endpoint: Endpoint; params: Record<string, string> }
  | { kind: 'refuse'; status: 404 | 405 };

const API_PREFIX = '/api/v2/';

/** Maps a request to an endpoint, or to a refusal: writes are never served. */
export function resolveRoute(method: string, rawPath: string): Route {
  const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
  if (path === '/oauth/token') {
    return method === 'POST'
      ? { kind: 'endpoint', endpoint: 'token', params: {} }
      : { kind: 'refuse', status: 405 };
  }
  if (!path.startsWith(API_PREFIX)) return { kind: 'refuse', status: 404 };
  // The usage query is a POST that only reads.
  if (path === USAGE_QUERY_PATH) {
    return method === 'POST'
      ? { kind: 'endpoint', endpoint: 'usage-query', params: {} }
      : { kind: 'refuse', status: 405 };
  }
  if (method !== 'GET') return { kind: 'refuse', status: 405 };
  const executionId = resultsId(path);
  if (executionId !== undefined)
    return { kind: 'endpoint', endpoint: 'usage-results', params: { executionId } };
  switch (path) {
    case CLIENTS_PATH:
      return { kind: 'endpoint', endpoint: 'clients', params: {} };
    case '/api/v2/oauth/scopes':
      return { kind: 'endpoint', endpoint: 'scopes', params: {} };
    case '/api/v2/authorization/roles':
      return { kind: 'endpoint', endpoint: 'roles', params: {} };
    case '/api/v2/authorization/divisions':
      return { kind: 'endpoint', endpoint: 'divisions', params: {} };
    case '/api/v2/authorization/permissions':
      return { kind: 'endpoint', endpoint: 'permissions', params: {} };
    case '/api/v2/users':
      return { kind: 'endpoint', endpoint: 'users', params: {} };
    case '/api/v2/tokens/me':
      return { kind: 'endpoint', endpoint: 'tokens-me', params: {} };
  }
  const m = /^\/api\/v2\/oauth\/clients\/([^/]+)$/.exec(path);
  if (m) return { kind: 'endpoint', endpoint: 'client', params: { id: decodeURIComponent(m[1]!) } };
  const r = /^\/api\/v2\/authorization\/roles\/([^/]+)$/.exec(path);
  if (r) return { kind: 'endpoint', endpoint: 'role', params: { id: decodeURIComponent(r[1]!) } };
  return { kind: 'refuse', status: 404 };
}

export function refusal(status: 404 | 405, method: string, path: string, correlationId: string): Reply {
  if (status === 405) {
    const allow = path === '/oauth/token' || path === USAGE_QUERY_PATH ? 'POST' : 'GET';
    return jsonReply(405, methodNotAllowed(method, path, correlationId), { Allow: allow });
  }
  return jsonReply(404, notFound(`Resource not found: ${path}`, correlationId));
}

/** Permission strings may use `*` for any segment (`oauth:*:*`, `*`). */
function hasPermission(granted: readonly string[] | undefined, required: string): boolean {
  if (granted === undefined) return true;
  const want = required.split(':');
  return granted.some((g) => {
    if (g === '*' || g === required) return true;
    const have = g.split(':');
    return have.length === want.length && have.every((part, i) => part === '*' || part === want[i]);
  });
}

// ---------------------------------------------------------------------------------------------
// Login host

function tokenEndpoint(state: SandboxState, ctx: RequestContext): Reply {
  // Client authentication comes first, as in Genesys: a wrong secret is invalid_client whatever the body.
  const creds = basicCredentials(ctx.headers.authorization);
  if (!creds || creds.id !== state.clientId || creds.secret !== state.clientSecret) {
    return jsonReply(401, invalidClient(), { 'WWW-Authenticate': 'Basic realm="oauth"' });
  }
  const contentType = (ctx.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  // The official SDK sends the form without a Content-Type header, so only a JSON body is refused.
  if (contentType === 'application/json') {
    return jsonReply(400, invalidRequest(`unsupported content type: ${contentType}`));
  }
  const grantType = new URLSearchParams(ctx.body).get('grant_type') ?? undefined;
  if (grantType !== 'client_credentials') return jsonReply(400, unsupportedGrantType(grantType));
  const token = state.tokens.issue(creds.id, state.tokenTtlSeconds);
  const answer: WireTokenResponse = {
    access_token: token,
    token_type: 'bearer',
    expires_in: state.tokenTtlSeconds,
  };
  return jsonReply(200, answer);
}

// ---------------------------------------------------------------------------------------------
// API host

function clientsEndpoint(state: SandboxState, ctx: RequestContext): Reply {
  // Genesys declares no query parameters here; a paged sandbox honours pageNumber (its page size is fixed).
  let pageNumber = 1;
  const p = ctx.url.searchParams.get('pageNumber');
  if (p !== null && state.listing.pageCount > 1) {
    if (!/^\d+$/.test(p) || Number(p) < 1)
      return badRequest(`pageNumber must be a positive integer, got "${p}"`, ctx.correlationId);
    pageNumber = Number(p);
  }
  return rawJsonReply(200, state.listing.page(pageNumber, ctx.listingMods));
}

function clientEndpoint(state: SandboxState, ctx: RequestContext, id: string): Reply {
  const doc = state.listing.one(id);
  if (!doc)
    return jsonReply(404, notFound(`Unable to find an OAuth client with ID ${id}`, ctx.correlationId));
  return rawJsonReply(200, doc);
}

function scopesEndpoint(state: SandboxState, ctx: RequestContext): Reply {
  const catalogue = {
    total: state.org.scopes.length,
    entities: state.org.scopes.map((s) => ({
      selfUri: `/api/v2/oauth/scopes/${encodeURIComponent(s.id)}`,
      ...s,
    })),
    selfUri: '/api/v2/oauth/scopes',
  };
  return jsonReply(200, withFields(catalogue, ctx.listingMods));
}

/** `id` is repeatable; the SDK joins a list with commas, so both forms are accepted. */
function idFilter(query: URLSearchParams): Set<string> | undefined {
  const ids = query
    .getAll('id')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return ids.length > 0 ? new Set(ids) : undefined;
}

function rolesEndpoint(state: SandboxState, ctx: RequestContext): Reply {
  const q = ctx.url.searchParams;
  const paging = pagingParams(q, { pageSize: 25, maxPageSize: 500 });
  if ('error' in paging) return badRequest(paging.error, ctx.correlationId);
  const ids = idFilter(q);
  const name = q.get('name')?.toLowerCase();
  const withUserCount = (q.get('userCount') ?? 'true').toLowerCase() !== 'false';
  const roles = state.org.roles
    .filter((r) => (!ids || ids.has(r.id)) && (!name || r.name.toLowerCase() === name))
    .map((r) => {
      const { userCount, permissionPolicies, ...rest } = r;
      return {
        ...rest,
        ...(state.omitListPermissionPolicies ? {} : { permissionPolicies }),
        ...(withUserCount ? { userCount: userCount ?? 0 } : {}),
        selfUri: r.selfUri ?? `/api/v2/authorization/roles/${r.id}`,
      };
    });
  const page = pagedListing('/api/v2/authorization/roles', roles, paging.pageNumber, paging.pageSize, q);
  return jsonReply(200, withFields(page, ctx.listingMods));
}

function divisionsEndpoint(state: SandboxState, ctx: RequestContext): Reply {
  const q = ctx.url.searchParams;
  const paging = pagingParams(q, { pageSize: 25, maxPageSize: 500 });
  if ('error' in paging) return badRequest(paging.error, ctx.correlationId);
  const ids = idFilter(q);
  const name = q.get('name')?.toLowerCase();
  const divisions = state.org.divisions
    .filter((d) => (!ids || ids.has(d.id)) && (!name || d.name.toLowerCase() === name))
    .map((d) => ({ ...d, selfUri: d.selfUri ?? `/api/v2/authorization/divisions/${d.id}` }));
  const page = pagedListing(
    '/api/v2/authorization/divisions',
    divisions,
    paging.pageNumber,
    paging.pageSize,
    q,
  );
  return jsonReply(200, withFields(page, ctx.listingMods));
}

function tokensMeEndpoint(state: SandboxState, clientId: string): Reply {
  const organization = {
    id: state.org.id,
    name: state.org.name,
    selfUri: `/api/v2/organizations/${state.org.id}`,
  };
  return jsonReply(200, {
    organization,
    homeOrganization: organization,
    authorizedScope: [],
    OAuthClient: { id: clientId, name: 'Sandbox audit client', organization: { id: state.org.id } },
  });
}

/** Bearer check, rate limit, permission check, then the endpoint itself. */
function apiEndpoint(
  state: SandboxState,
  ctx: RequestContext,
  endpoint: Endpoint,
  params: Record<string, string>,
): Reply {
  const token = bearerToken(ctx.headers.authorization);
  const issued = token ? state.tokens.check(token) : undefined;
  if (!token || !issued) return jsonReply(401, badCredentials(ctx.correlationId));
  if (state.limiter) {
    const d = state.limiter.take(token);
    if (!d.ok) return rateLimited(d.retryAfterSeconds, ctx.correlationId);
  }
  const permission = REQUIRED_PERMISSIONS[endpoint];
  if (permission && !hasPermission(state.permissions, permission)) {
    return jsonReply(403, missingPermission(permission, ctx.correlationId));
  }
  switch (endpoint) {
    case 'clients':
      return clientsEndpoint(state, ctx);
    case 'client':
      return clientEndpoint(state, ctx, params.id!);
    case 'scopes':
      return scopesEndpoint(state, ctx);
    case 'roles':
      return rolesEndpoint(state, ctx);
    case 'role':
      return roleReply(state.org, params.id!, ctx.correlationId);
    case 'permissions':
      return permissionsReply(state.org, ctx.url, ctx.correlationId, ctx.listingMods);
    case 'divisions':
      return divisionsEndpoint(state, ctx);
    case 'users':
      return usersReply(state.org, ctx.url, ctx.correlationId, ctx.listingMods);
    case 'tokens-me':
      return tokensMeEndpoint(state, issued.clientId);
    case 'usage-query':
      return state.usage.submit(ctx.body, ctx.correlationId);
    case 'usage-results':
      return state.usage.results(params.executionId!, ctx.correlationId, ctx.usageFault);
    case 'token':
      throw new Error('unreachable: the token endpoint is not an API endpoint');
  }
}

export function handle(
  state: SandboxState,
  ctx: RequestContext,
  endpoint: Endpoint,
  params: Record<string, string>,
): Reply {
  return endpoint === 'token' ? tokenEndpoint(state, ctx) : apiEndpoint(state, ctx, endpoint, params);
}

function rateLimited(retryAfterSeconds: number, correlationId: string): Reply {
  return jsonReply(429, tooManyRequests(retryAfterSeconds, correlationId), {
    'Retry-After': String(retryAfterSeconds),
  });
}

// ---------------------------------------------------------------------------------------------
// Faults that replace the answer

/** The answer of a fault that replaces the endpoint's own answer; undefined for other kinds. */
export function faultReply(
  state: SandboxState,
  ctx: RequestContext,
  endpoint: Endpoint,
  fired: FiredFault,
): Reply | undefined {
  const f = fired.fault;
  switch (f.kind) {
    case 'rate-limit':
      return rateLimited(f.retryAfterSeconds ?? 1, ctx.correlationId);
    case 'status': {
      const status = f.statuses[fired.index % f.statuses.length]!;
      return jsonReply(status, statusError(status, ctx.correlationId));
    }
    case 'expired-token': {
      if (endpoint === 'token') return jsonReply(401, invalidClient());
      // The token dies, as if it had expired: only a new token works from now on.
      const token = bearerToken(ctx.headers.authorization);
      if (token) state.tokens.revoke(token);
      return jsonReply(401, badCredentials(ctx.correlationId));
    }
    case 'forbidden': {
      const permission = f.permission ?? REQUIRED_PERMISSIONS[endpoint] ?? 'oauth:client:view';
      const body = missingPermission(permission, ctx.correlationId);
      return jsonReply(403, f.message === undefined ? body : { ...body, message: f.message });
    }
    case 'html':
      return htmlReply(f.status ?? 502);
    case 'error-body':
      // Status 200 with an error body: what a broken proxy or service sometimes answers.
      return jsonReply(200, statusError(f.status ?? 500, ctx.correlationId));
    default:
      return undefined;
  }
}

/**
 * Listing faults fired on a request, folded into the changes they make to the page. Only `fields`
 * apply to other listings than the clients (the other kinds are refused there, but `*` fires them).
 */
export function listingMods(fired: readonly FiredFault[], endpoint: Endpoint): ListingMods | undefined {
  let mods: ListingMods | undefined;
  for (const { fault: f } of fired) {
    if (f.kind === 'field') ((mods ??= {}).fields ??= []).push([f.name, f.value]);
    else if (endpoint !== 'clients') continue;
    else if (f.kind === 'paging-loop') (mods ??= {}).loopToPage = f.toPage ?? 1;
    else if (f.kind === 'duplicate-ids') (mods ??= {}).duplicateFirst = true;
    else if (f.kind === 'total-mismatch') (mods ??= {}).extraTotal = f.extra ?? 5;
  }
  return mods;
}
