/**
 * What the clients' grants amount to, read only when the policy needs it: the permission policies
 * of the roles granted to CLIENT-CREDENTIALS clients (`roles.forbid-permissions`), and the users
 * who created the clients (`orphaned-client`). The number of calls grows with distinct roles and
 * batches of users, never with the number of clients.
 */
import { IncompleteError } from '../errors.js';
import type { OAuthClient, Role, User } from '../model.js';
import { ApiError } from './api-error.js';
import { mapLimit, ROLES_PATH, USERS_PATH, type OrgFetcher } from './listings.js';

/** Role details read at once. */
const DETAIL_CONCURRENCY = 4;

/** The distinct role IDs granted to CLIENT-CREDENTIALS clients (the only clients roles apply to). */
function grantedRoleIds(clients: readonly OAuthClient[]): string[] {
  const ids = new Map<string, string>();
  for (const c of clients) {
    if (c.grantType !== 'CLIENT-CREDENTIALS') continue;
    for (const g of c.roles) if (!ids.has(g.roleId.toLowerCase())) ids.set(g.roleId.toLowerCase(), g.roleId);
  }
  return [...ids.values()];
}

/**
 * The role list with the permission policies of every granted role: those the listing gave
 * without them (or did not list) are read from `GET /api/v2/authorization/roles/{id}`. A role
 * that cannot be read fails the audit: its permissions cannot be judged.
 */
export async function withPermissions(
  fetcher: OrgFetcher,
  clients: readonly OAuthClient[],
  roles: readonly Role[],
): Promise<Role[]> {
  const byId = new Map(roles.map((r) => [r.id.toLowerCase(), r]));
  const missing = grantedRoleIds(clients).filter((id) => !byId.get(id.toLowerCase())?.permissionPolicies);
  const details = await mapLimit(missing, DETAIL_CONCURRENCY, async (id) => {
    try {
      return await fetcher.roleDetail(id);
    } catch (err) {
      if (!(err instanceof IncompleteError)) throw err;
      const why =
        err instanceof ApiError && err.status === 404 ? 'the role does not exist (any more)' : err.message;
      throw new IncompleteError(
        `The permissions of role ${id}, granted to a client, cannot be read from ${ROLES_PATH}/${id}: ${why} ` +
          'The policy uses roles.forbid-permissions, so this role cannot be judged: re-run the audit; ' +
          'if it persists, check the role in Admin > Roles / Permissions and that the audit identity has authorization:role:view.',
      );
    }
  });
  const out = [...roles];
  for (const d of details) {
    if (!d.permissionPolicies) {
      throw new IncompleteError(
        `GET ${ROLES_PATH}/${d.id} gave the role without its permission policies, so what it grants cannot be judged ` +
          '(the policy uses roles.forbid-permissions): re-run the audit; if it persists, report it to Genesys Cloud support.',
      );
    }
    const i = out.findIndex((r) => r.id.toLowerCase() === d.id.toLowerCase());
    if (i >= 0) out[i] = { ...out[i]!, permissionPolicies: d.permissionPolicies };
    else out.push(d);
  }
  return out;
}

/**
 * The users who created the clients, in batches of 100 (`state=any`: deleted and inactive
 * ones too). A failed batch fails the audit: `orphaned-client` would otherwise pass unread clients.
 */
export async function creators(fetcher: OrgFetcher, clients: readonly OAuthClient[]): Promise<User[]> {
  const ids = new Map<string, string>();
  for (const c of clients) {
    const id = c.createdBy?.id;
    if (id !== undefined && !ids.has(id.toLowerCase())) ids.set(id.toLowerCase(), id);
  }
  if (ids.size === 0) return [];
  try {
    return await fetcher.users([...ids.values()]);
  } catch (err) {
    if (!(err instanceof IncompleteError)) throw err;
    throw new IncompleteError(
      `The creators of the clients could not be looked up (GET ${USERS_PATH}): ${err.message} ` +
        'The orphaned-client check is on, so the audit cannot judge it: re-run the audit.',
    );
  }
}
