/**
 * Reads the org's listings and fails closed: either every item is read, or an IncompleteError
 * says what could not be. GET calls only; the number of calls grows with pages, never with
 * clients (except the per-client detail for listings that omit the grant type).
 */
import { IncompleteError } from '../errors.js';
import type { Logger } from '../logger.js';
import { pathOf } from './api-error.js';
import type { GenesysSession } from './auth.js';
import type { HttpClient } from './http.js';
import type { Division, OAuthClient, Role, User } from '../model.js';
import { parsePermissionDomain, parseUser } from './parse-access.js';
import {
  lacksGrantType,
  parseClient,
  parseDivision,
  parsePage,
  parseRole,
  parseRoleWithPolicies,
  parseScopes,
  type Page,
} from './parse.js';

const CLIENTS_PATH = '/api/v2/oauth/clients';
const SCOPES_PATH = '/api/v2/oauth/scopes';
export const ROLES_PATH = '/api/v2/authorization/roles';
const DIVISIONS_PATH = '/api/v2/authorization/divisions';
const PERMISSIONS_PATH = '/api/v2/authorization/permissions';
export const USERS_PATH = '/api/v2/users';
/** `GET /api/v2/users` takes at most 100 `id` values per call. */
export const USERS_BATCH = 100;

/** Far above any real org (10,000 clients in pages of 25 is 400): a guard against endless paging. */
const MAX_PAGES = 5000;
/** Per-client detail calls in flight at once (only for listings without grant types). */
const DETAIL_CONCURRENCY = 4;

class PagingError extends IncompleteError {
  override name = 'PagingError';
}

/** `from`: the request, e.g. `GET /api/v2/oauth/clients (page 2, correlation ID abc)`. */
function pagingError(from: string, detail: string): PagingError {
  return new PagingError(
    `${from} failed: ${detail}. The listing is inconsistent, so the audit cannot be sure it saw every item: ` +
      're-run it; if this persists, report it to Genesys Cloud support.',
  );
}

/**
 * What the pages of one listing must agree on: every page gives the `total` and `pageCount` of
 * page 1 (else the org changed while it was read, and an item may have slipped between pages),
 * and at the end exactly `total` items were received. Each page itself is checked by `parsePage`.
 */
class ListingTally {
  private first: Page | undefined;

  constructor(private readonly listPath: string) {}

  page(n: number, page: Page, from: string): void {
    const first = (this.first ??= page);
    for (const key of ['total', 'pageCount'] as const) {
      if (page[key] !== first[key]) {
        throw pagingError(
          from,
          `page ${n} gives a \`${key}\` of ${page[key]} but page 1 gave ${first[key]}: the listing changed while it was read`,
        );
      }
    }
  }

  end(received: number, noun: string): void {
    const total = this.first?.total;
    if (total !== undefined && received !== total) {
      throw pagingError(
        `GET ${this.listPath}`,
        `${received} ${noun} received but the listing's total is ${total}`,
      );
    }
  }
}

/**
 * A `nextUri` as a path on the API base URL. Genesys gives a path relative to the API host; an
 * absolute URL is reduced to its path, so the token never goes to another host.
 */
export function nextPath(nextUri: string, listPath: string): string {
  let path = nextUri;
  if (/^[a-z][a-z0-9+.-]*:/i.test(nextUri)) {
    try {
      const url = new URL(nextUri);
      path = url.pathname + url.search;
    } catch {
      throw pagingError(`GET ${listPath}`, 'nextUri is not a usable URL');
    }
  }
  if (!path.startsWith('/api/v2/') || path.startsWith('//')) {
    throw pagingError(`GET ${listPath}`, `nextUri points outside the API (${path.split('?')[0]})`);
  }
  return path;
}

/** The request, for messages: `GET /api/v2/oauth/clients (page 2, correlation ID abc)`. */
function source(path: string, correlationId: string | undefined, page?: number): string {
  const notes = [
    page === undefined ? '' : `page ${page}`,
    correlationId ? `correlation ID ${correlationId}` : '',
  ];
  const note = notes.filter(Boolean).join(', ');
  return `GET ${path}${note ? ` (${note})` : ''}`;
}

/** `fn` over `items`, at most `limit` at a time; results in the order of `items`. */
export async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export class OrgFetcher {
  readonly warnings: string[] = [];

  constructor(
    private readonly session: GenesysSession,
    private readonly http: HttpClient,
    private readonly logger: Logger,
  ) {}

  debug(message: string): void {
    this.logger.debug(this.http.redact(message));
  }

  warn(message: string): void {
    const clean = this.http.redact(message);
    this.warnings.push(clean);
    this.logger.warning(clean);
  }

  /** Every client, following `nextUri` defensively: a repeated page, duplicate IDs or a short total fail. */
  async clients(): Promise<OAuthClient[]> {
    const clients: OAuthClient[] = [];
    const needDetail: number[] = [];
    const ids = new Set<string>();
    const seenPaths = new Set<string>();
    const tally = new ListingTally(CLIENTS_PATH);
    let path = CLIENTS_PATH;

    for (let pages = 1; ; pages++) {
      if (pages > MAX_PAGES) throw pagingError(`GET ${CLIENTS_PATH}`, `more than ${MAX_PAGES} pages`);
      seenPaths.add(path);
      const res = await this.session.get(path, 'oauth:client:view');
      const src = source(pathOf(path), res.correlationId, pages);
      const page: Page = parsePage(res.json, src, 'paged', pages);

      const known = ids.size;
      const first = clients.length;
      let repeated: OAuthClient | undefined;
      const entities = page.entities;
      for (let i = 0; i < entities.length; i++) {
        const client = parseClient(entities[i], { source: src, index: first + i });
        // Genesys IDs are GUIDs: compare them case-insensitively.
        const size = ids.size;
        if (ids.add(client.id.toLowerCase()).size === size) {
          repeated ??= client;
          continue;
        }
        if (lacksGrantType(entities[i])) needDetail.push(clients.length);
        clients.push(client);
      }
      if (repeated !== undefined) {
        // Nothing new on the page: the listing went round in a loop.
        if (ids.size === known)
          throw pagingError(src, `page ${pages} repeats an earlier page (a paging loop)`);
        throw pagingError(src, `client ${repeated.id} is listed twice`);
      }
      tally.page(pages, page, src);

      if (page.nextUri === undefined) break;
      const next = nextPath(page.nextUri, CLIENTS_PATH);
      if (seenPaths.has(next)) {
        throw pagingError(src, `nextUri ${pathOf(next)} points back to a page already read (a paging loop)`);
      }
      path = next;
    }
    tally.end(clients.length, 'clients');

    if (needDetail.length > 0) {
      this.logger.info(
        `${needDetail.length} client(s) listed without a grant type; reading each from ${CLIENTS_PATH}/{id}.`,
      );
      await mapLimit(needDetail, DETAIL_CONCURRENCY, async (index) => {
        clients[index] = await this.clientDetail(clients[index]!);
      });
    }
    return clients;
  }

  private async clientDetail(listed: OAuthClient): Promise<OAuthClient> {
    const path = `${CLIENTS_PATH}/${encodeURIComponent(listed.id)}`;
    const res = await this.session.get(path, 'oauth:client:view');
    const detail = parseClient(res.json, { source: source(path, res.correlationId), index: 0 });
    if (detail.id.toLowerCase() !== listed.id.toLowerCase()) {
      throw pagingError(`GET ${path}`, `the answer is about client ${detail.id}, not ${listed.id}`);
    }
    if (detail.grantType === '') this.warn(`Client ${detail.id} has no grant type, even in its detail.`);
    return detail;
  }

  /** A numbered listing (`pageSize=100`, `pageNumber` up to `pageCount`), checked like the clients. */
  async numbered<T extends { id: string }>(
    listPath: string,
    query: string,
    permission: string | undefined,
    parse: (raw: unknown, ctx: { source: string; index: number }) => T,
  ): Promise<T[]> {
    const items: T[] = [];
    const ids = new Set<string>();
    const tally = new ListingTally(listPath);
    for (let pageNumber = 1; ; pageNumber++) {
      if (pageNumber > MAX_PAGES) throw pagingError(`GET ${listPath}`, `more than ${MAX_PAGES} pages`);
      const path = `${listPath}?pageSize=100&pageNumber=${pageNumber}${query}`;
      const res = await this.session.get(path, permission);
      const src = source(listPath, res.correlationId, pageNumber);
      const page = parsePage(res.json, src, 'paged', pageNumber);
      for (const raw of page.entities) {
        const item = parse(raw, { source: src, index: items.length });
        // Genesys IDs are GUIDs, looked up case-insensitively: two that differ in case are one.
        const key = item.id.toLowerCase();
        if (ids.has(key)) throw pagingError(src, `${item.id} is listed twice (page ${pageNumber})`);
        ids.add(key);
        items.push(item);
      }
      tally.page(pageNumber, page, src);
      // A paged listing always has a pageCount (parsePage checks it).
      if (pageNumber >= page.pageCount!) break;
    }
    tally.end(items.length, 'items');
    return items;
  }

  async scopes(): Promise<string[]> {
    const res = await this.session.get(SCOPES_PATH);
    return parseScopes(res.json, source(SCOPES_PATH, res.correlationId));
  }

  /** The role list; with `withPolicies`, what each role permits, where the listing says it. */
  async roles(withPolicies = false): Promise<Role[]> {
    const parse = withPolicies ? parseRoleWithPolicies : parseRole;
    return this.numbered(ROLES_PATH, '&userCount=false', 'authorization:role:view', parse);
  }

  /** Division names need no permission. */
  async divisions(): Promise<Division[]> {
    return this.numbered(DIVISIONS_PATH, '', undefined, parseDivision);
  }

  /** One role with its permission policies (for roles the listing gives without them). */
  async roleDetail(roleId: string): Promise<Role> {
    const path = `${ROLES_PATH}/${encodeURIComponent(roleId)}`;
    const res = await this.session.get(path, 'authorization:role:view');
    const from = source(path, res.correlationId);
    const role = parseRoleWithPolicies(res.json, { source: from, index: 0 });
    if (role.id.toLowerCase() !== roleId.toLowerCase())
      throw pagingError(from, `the answer is about role ${role.id}, not ${roleId}`);
    return role;
  }

  /** The org's permission catalogue as `domain:entity:action` strings (needs no permission). */
  async permissionCatalogue(): Promise<string[]> {
    const domains = await this.numbered(PERMISSIONS_PATH, '', undefined, parsePermissionDomain);
    return domains.flatMap((d) => d.permissions);
  }

  /**
   * The users of `ids` (deleted and inactive ones too), `USERS_BATCH` per call. A user the org
   * does not return (of another org, e.g. Genesys support) is simply absent.
   */
  async users(ids: readonly string[]): Promise<User[]> {
    const users: User[] = [];
    for (let i = 0; i < ids.length; i += USERS_BATCH) {
      const batch = ids.slice(i, i + USERS_BATCH);
      const query = `&state=any${batch.map((id) => `&id=${encodeURIComponent(id)}`).join('')}`;
      users.push(...(await this.numbered(USERS_PATH, query, undefined, parseUser)));
    }
    return users;
  }
}
