/**
 * Fetches everything the audit judges (see ./listings.ts for how each listing is read), and judges
 * what may be missing: the scope catalogue, roles and divisions are needed only by some policies.
 */
import { IncompleteError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ApiSourceSettings } from '../settings.js';
import { ApiError } from './api-error.js';
import { GenesysSession } from './auth.js';
import { HttpClient, type HttpDeps } from './http.js';
import { creators, withPermissions } from './access.js';
import { OrgFetcher, ROLES_PATH } from './listings.js';
import {
  unlistedRoles,
  type Division,
  type OAuthClient,
  type OrgData,
  type Role,
  type UsageData,
} from '../model.js';
import { validateBaseUrl } from './regions.js';
import { readUsage } from './usage.js';

export interface FetchNeeds {
  /** The policy refers to roles by name: role names must resolve. */
  roleNames: boolean;
  /** The policy (or a check) needs the org's scope catalogue. */
  scopeCatalogue: boolean;
  /** Read the API usage of the last this many days (`unused-client`); absent: not read. */
  usageDays?: number;
  /** The policy judges what granted roles permit (`roles.forbid-permissions`). */
  permissions?: boolean;
  /** The `orphaned-client` check is on: look up who created the clients. */
  creators?: boolean;
}

export interface FetchResult {
  org: OrgData;
  /** HTTP requests sent, the token and retries included. */
  apiCalls: number;
  warnings: string[];
}

interface FetchDeps extends HttpDeps {
  /** The clock stamped on the data (`fetchedAt`). */
  clock?: () => Date;
}

/** Adds the permission to a 403 message when Genesys did not name it. */
function rolesError(err: IncompleteError): IncompleteError {
  if (err instanceof ApiError && err.status === 403 && !err.message.includes('authorization:role:view')) {
    return new IncompleteError(
      `${err.message} The policy refers to roles by name: give the audit identity's role the permission authorization:role:view.`,
    );
  }
  return err;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise that never rejects, so that it can run while something else is awaited. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

/** The IncompleteError a read failed with; any other error is a bug, thrown as it is. */
function incomplete(error: unknown): IncompleteError {
  if (!(error instanceof IncompleteError)) throw error;
  return error;
}

/** The scope catalogue; without it scopes are checked against the built-in list, unless the policy needs it. */
function scopeCatalogue(read: Settled<string[]>, needs: FetchNeeds, fetcher: OrgFetcher): string[] | null {
  if (read.ok) return read.value;
  const err = incomplete(read.error);
  if (needs.scopeCatalogue) throw err;
  fetcher.warn(
    `The org's scope catalogue could not be read, so scopes are checked against the built-in list: ${err.message}`,
  );
  return null;
}

/** The role list; when the policy names roles, it must be read and list every role granted. */
function roleList(
  read: Settled<Role[]>,
  clients: OAuthClient[],
  needs: FetchNeeds,
  fetcher: OrgFetcher,
): Role[] | null {
  if (!read.ok) {
    const err = incomplete(read.error);
    if (needs.roleNames || needs.permissions) throw rolesError(err);
    fetcher.warn(`Role names could not be read, so roles are shown by ID: ${err.message}`);
    return null;
  }
  const list = needs.roleNames ? [...unlistedRoles(clients, read.value).keys()] : [];
  if (list.length > 0) {
    const shown = list.slice(0, 5).join(', ') + (list.length > 5 ? `, … (${list.length} in all)` : '');
    throw new IncompleteError(
      `GET ${ROLES_PATH} did not list role(s) granted to clients: ${shown}. The policy refers to roles by name, ` +
        'so these cannot be judged: re-run the audit; if it persists, check the roles in Admin > Roles / Permissions.',
    );
  }
  return read.value;
}

/** Division names are optional: without them, divisions are shown by ID. */
function divisionList(read: Settled<Division[]>, fetcher: OrgFetcher): Division[] | null {
  if (read.ok) return read.value;
  const err = incomplete(read.error);
  const hint =
    err instanceof ApiError && err.status === 403
      ? ' (the endpoint needs no permission: check the audit identity and the org)'
      : '';
  fetcher.warn(`Division names could not be read${hint}, so divisions are shown by ID: ${err.message}`);
  return null;
}

type Lists = Pick<OrgData, 'clients' | 'roles' | 'divisions' | 'scopes' | 'permissions'>;

/** The permission catalogue is optional: without it, policy patterns are checked for shape only. */
function permissionCatalogue(read: Settled<string[]>, fetcher: OrgFetcher): Pick<Lists, 'permissions'> {
  if (read.ok) return { permissions: read.value };
  fetcher.warn(
    `The org's permission catalogue could not be read, so permission patterns are not checked against it: ${incomplete(read.error).message}`,
  );
  return {};
}

/**
 * The four listings. The scope catalogue, roles and divisions do not depend on the clients: they
 * are read alongside them, which saves a round trip. Settled, not raced: a failure is judged
 * after the clients (which matter more) are read, and only if it matters. Roles are granted to
 * CLIENT-CREDENTIALS clients only: without one, roles and divisions do not matter.
 */
async function readLists(fetcher: OrgFetcher, needs: FetchNeeds, logger: Logger): Promise<Lists> {
  const scopesRead = settle(fetcher.scopes());
  const rolesRead = settle(fetcher.roles(needs.permissions));
  const divisionsRead = settle(fetcher.divisions());
  const catalogueRead = needs.permissions ? settle(fetcher.permissionCatalogue()) : undefined;
  const clients = await fetcher.clients();
  logger.info(`Read ${clients.length} OAuth client(s).`);
  const scopes = scopeCatalogue(await scopesRead, needs, fetcher);
  const [roles, divisions] = await Promise.all([rolesRead, divisionsRead]);
  const catalogue = catalogueRead ? permissionCatalogue(await catalogueRead, fetcher) : {};
  if (!clients.some((c) => c.grantType === 'CLIENT-CREDENTIALS')) {
    return { clients, roles: null, divisions: null, scopes, ...catalogue };
  }
  let list = roleList(roles, clients, needs, fetcher);
  if (needs.permissions && list !== null) list = await withPermissions(fetcher, clients, list);
  return { clients, roles: list, divisions: divisionList(divisions, fetcher), scopes, ...catalogue };
}

/** The usage of the org's own clients: rows about other clients (deleted since) are left out. */
function usageOfClients(usage: UsageData, clients: readonly OAuthClient[], fetcher: OrgFetcher): UsageData {
  const known = new Set(clients.map((c) => c.id.toLowerCase()));
  const total = usage.clients.size;
  for (const id of usage.clients.keys()) if (!known.has(id)) usage.clients.delete(id);
  if (total > usage.clients.size) {
    fetcher.debug(
      `${total - usage.clients.size} client(s) in the usage data are not in the org's client list.`,
    );
  }
  if (usage.clients.size === 0 && clients.length > 0) {
    fetcher.warn(
      `Genesys Cloud reports no API request by any OAuth client since ${usage.from}: every active client older than the grace period is judged unused.`,
    );
  }
  return usage;
}

/**
 * Fetches the org: token, clients, scope catalogue, roles and division names (optional), the last
 * three alongside the clients. Roles and divisions are judged only when a CLIENT-CREDENTIALS client
 * exists. Zero clients is returned as such: the policy decides about it.
 */
export async function fetchOrg(
  settings: ApiSourceSettings,
  needs: FetchNeeds,
  logger: Logger,
  deps: FetchDeps = {},
): Promise<FetchResult> {
  // Checked again here, before any request: credentials go over https or to loopback only.
  const apiBaseUrl = validateBaseUrl(settings.apiBaseUrl, 'api-base-url');
  const loginBaseUrl = validateBaseUrl(settings.loginBaseUrl, 'login-base-url');
  const clock = deps.clock?.() ?? new Date();
  const fetchedAt = clock.toISOString();

  const http = new HttpClient(settings.limits, logger, deps);
  try {
    const session = new GenesysSession(http, { ...settings, apiBaseUrl, loginBaseUrl }, logger);
    const fetcher = new OrgFetcher(session, http, logger);
    await session.signIn();
    // The usage query runs on Genesys's side for seconds or minutes: started first, it runs while
    // the lists are read.
    const usage =
      needs.usageDays === undefined
        ? undefined
        : settle(readUsage(session, http, logger, needs.usageDays, clock, deps.now ?? Date.now));
    const lists = await readLists(fetcher, needs, logger);
    const org: OrgData = {
      ...lists,
      fetchedAt,
      source: { kind: 'api', region: settings.region, apiBaseUrl },
    };
    if (needs.creators) org.users = await creators(fetcher, lists.clients);
    if (usage !== undefined) {
      const read = await usage;
      if (!read.ok) throw read.error;
      org.usage = usageOfClients(read.value, lists.clients, fetcher);
    }
    return { org, apiCalls: http.requestCount, warnings: fetcher.warnings };
  } catch (err) {
    // A message may quote the server (an error body sent with status 200): whatever secret it
    // echoed back stays out. ApiErrors are redacted where they are made.
    if (err instanceof IncompleteError && !(err instanceof ApiError)) err.message = http.redact(err.message);
    throw err;
  } finally {
    await http.close();
  }
}
