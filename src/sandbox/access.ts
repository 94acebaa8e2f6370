/**
 * The access endpoints of the sandbox: a role's detail, the permission catalogue and the users
 * lookup, with the shapes Genesys uses.
 */
import { badRequest, notFound } from './errors.js';
import { pagedListing, pagingParams, withFields, type ListingMods } from './listing.js';
import { type Reply, jsonReply } from './reply.js';
import type { ResolvedSeedOrg, WireRole } from './wire.js';

const ROLES_PATH = '/api/v2/authorization/roles';

/** Domains of the catalogue, `domain → entity → actions`, besides what the org's roles grant. */
const BASE_CATALOGUE: Record<string, Record<string, string[]>> = {
  analytics: { conversationDetail: ['view'], conversationAggregate: ['view'], queueObservation: ['view'] },
  authorization: {
    role: ['view', 'add', 'edit', 'delete'],
    division: ['view', 'add', 'edit', 'delete'],
    grant: ['add', 'delete'],
  },
  directory: { user: ['view', 'add', 'edit', 'delete'], organization: ['view', 'edit'] },
  oauth: { client: ['view', 'add', 'edit', 'delete'], token: ['delete'] },
  routing: { queue: ['view', 'add', 'edit', 'delete'], skill: ['manage'] },
  recording: { recording: ['view', 'export', 'delete'] },
};

/** `GET /api/v2/authorization/roles/{id}`: the role with its permission policies. */
export function roleReply(org: ResolvedSeedOrg, id: string, correlationId: string): Reply {
  const role = org.roles.find((r) => r.id === id);
  if (!role) return jsonReply(404, notFound(`Unable to find a role with ID ${id}`, correlationId));
  const { userCount: _, ...rest } = role;
  return jsonReply(200, { ...rest, selfUri: role.selfUri ?? `${ROLES_PATH}/${role.id}` });
}

/** The org's catalogue: the base domains, and every concrete permission a role of the org grants. */
function catalogue(roles: readonly WireRole[]): Map<string, Map<string, Set<string>>> {
  const out = new Map<string, Map<string, Set<string>>>();
  const add = (domain: string, entity: string, action: string): void => {
    if (entity === '*' || action === '*') return;
    if (!out.has(domain)) out.set(domain, new Map());
    const entities = out.get(domain)!;
    if (!entities.has(entity)) entities.set(entity, new Set());
    entities.get(entity)!.add(action);
  };
  for (const [domain, entities] of Object.entries(BASE_CATALOGUE))
    for (const [entity, actions] of Object.entries(entities)) for (const a of actions) add(domain, entity, a);
  for (const r of roles)
    for (const p of r.permissionPolicies ?? []) for (const a of p.actionSet) add(p.domain, p.entityName, a);
  return out;
}

/** `GET /api/v2/authorization/permissions`: `[{domain, permissionMap: {entity: [{action, …}]}}]`, paged. */
export function permissionsReply(
  org: ResolvedSeedOrg,
  url: URL,
  correlationId: string,
  mods: ListingMods | undefined,
): Reply {
  const paging = pagingParams(url.searchParams, { pageSize: 25, maxPageSize: 500 });
  if ('error' in paging) return badRequest(paging.error, correlationId);
  const domains = [...catalogue(org.roles)].map(([domain, entities]) => ({
    id: domain,
    domain,
    permissionMap: Object.fromEntries(
      [...entities].map(([entity, actions]) => [
        entity,
        [...actions].map((action) => ({
          domain,
          entityType: entity,
          action,
          divisionAware: true,
          allowsConditions: false,
        })),
      ]),
    ),
  }));
  const page = pagedListing(
    '/api/v2/authorization/permissions',
    domains,
    paging.pageNumber,
    paging.pageSize,
    url.searchParams,
  );
  return jsonReply(200, withFields(page, mods));
}

/** Genesys refuses more IDs per call than this. */
const MAX_USER_IDS = 100;

/**
 * `GET /api/v2/users?id=…&state=…`: users by ID; `state` `active` (the default), `inactive`,
 * `deleted` or `any`. IDs the org does not know are left out, as Genesys does.
 */
export function usersReply(
  org: ResolvedSeedOrg,
  url: URL,
  correlationId: string,
  mods: ListingMods | undefined,
): Reply {
  const q = url.searchParams;
  const paging = pagingParams(q, { pageSize: 25, maxPageSize: 500 });
  if ('error' in paging) return badRequest(paging.error, correlationId);
  const ids = q
    .getAll('id')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (ids.length > MAX_USER_IDS)
    return badRequest(`at most ${MAX_USER_IDS} id values are allowed, got ${ids.length}`, correlationId);
  const state = (q.get('state') ?? 'active').toLowerCase();
  if (!['active', 'inactive', 'deleted', 'any'].includes(state))
    return badRequest(`state must be active, inactive, deleted or any, got "${state}"`, correlationId);
  const wanted = ids.length > 0 ? new Set(ids) : undefined;
  const users = org.users
    .filter((u) => (!wanted || wanted.has(u.id)) && (state === 'any' || u.state === state))
    .map((u) => ({ ...u, selfUri: u.selfUri ?? `/api/v2/users/${u.id}` }));
  const page = pagedListing('/api/v2/users', users, paging.pageNumber, paging.pageSize, q);
  return jsonReply(200, withFields(page, mods));
}
