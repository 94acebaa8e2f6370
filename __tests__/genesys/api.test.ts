import { afterEach, describe, expect, test } from '@jest/globals';
import type { ServerResponse } from 'node:http';
import { IncompleteError, UserError } from '../../src/errors.js';
import { fetchOrg, type FetchNeeds } from '../../src/genesys/api.js';
import { nextPath } from '../../src/genesys/listings.js';
import { AuthError, CredentialsError } from '../../src/genesys/auth.js';
import type { HttpLimits } from '../../src/limits.js';
import type { Logger } from '../../src/logger.js';
import type { ApiSourceSettings } from '../../src/settings.js';
import { json, startServer, TEST_LIMITS, type FakeServer, type Recorded } from './fake-server.js';

const ID = 'audit-client';
const SECRET = 'audit-secret-VALUE';
const NEEDS: FetchNeeds = { roleNames: true, scopeCatalogue: true };

interface FakeOrg {
  clients: Record<string, unknown>[];
  roles: { id: string; name: string }[];
  divisions: { id: string; name: string }[];
  scopes: string[];
  pageSize: number;
  /** Permission policies served by the role detail (the listing gives none). */
  policies?: Record<string, unknown[]>;
  /** Users served by `GET /api/v2/users?id=…`. */
  users?: { id: string; name: string; state: string }[];
  /** Return true when the request was answered (a fault). */
  fault?: (req: Recorded, res: ServerResponse, n: number) => boolean;
}

function client(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `client ${i}`,
    authorizedGrantType: i % 2 === 0 ? 'CLIENT-CREDENTIALS' : 'CODE',
    state: 'active',
    scope: i % 2 === 0 ? [] : ['users:readonly'],
    roleDivisions: i % 2 === 0 ? [{ roleId: 'role-1', divisionId: '*' }] : [],
    secret: `client-secret-${i}`,
    ...extra,
  };
}

function org(n: number, over: Partial<FakeOrg> = {}): FakeOrg {
  return {
    clients: Array.from({ length: n }, (_, i) => client(i)),
    roles: Array.from({ length: 3 }, (_, i) => ({ id: `role-${i}`, name: `Role ${i}` })),
    divisions: [{ id: 'div-1', name: 'Home' }],
    scopes: ['users', 'users:readonly', 'oauth', 'oauth:readonly'],
    pageSize: 25,
    ...over,
  };
}

function paged<T>(items: T[], pageNumber: number, pageSize: number, path: string): Record<string, unknown> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return {
    entities: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
    pageSize,
    pageNumber,
    total: items.length,
    pageCount,
    ...(pageNumber < pageCount
      ? { nextUri: `${path}?pageNumber=${pageNumber + 1}&pageSize=${pageSize}` }
      : {}),
  };
}

let server: FakeServer | undefined;
let tokens = 0;

async function fake(o: FakeOrg): Promise<FakeServer> {
  tokens = 0;
  server = await startServer((req, res, n) => {
    if (o.fault?.(req, res, n)) return;
    const url = new URL(req.url, 'http://x');
    const page = Number(url.searchParams.get('pageNumber') ?? '1');
    if (req.method === 'POST' && url.pathname === '/oauth/token') {
      const expected = `Basic ${Buffer.from(`${ID}:${SECRET}`).toString('base64')}`;
      if (req.headers.authorization !== expected || req.body !== 'grant_type=client_credentials') {
        json(res, 401, {
          error: 'invalid_client',
          description: 'authentication failed',
          error_description: 'authentication failed',
        });
        return;
      }
      tokens++;
      json(res, 200, { access_token: `token-${tokens}-XYZ`, token_type: 'bearer', expires_in: 86399 });
      return;
    }
    if (req.method !== 'GET') return json(res, 405, {});
    if (req.headers.authorization !== `Bearer token-${tokens}-XYZ`) {
      return json(res, 401, { code: 'bad.credentials', message: 'Invalid login credentials.', status: 401 });
    }
    if (url.pathname === '/api/v2/oauth/clients')
      return json(res, 200, paged(o.clients, page, o.pageSize, url.pathname));
    const detail = /^\/api\/v2\/oauth\/clients\/([^/]+)$/.exec(url.pathname);
    if (detail) {
      const c = o.clients.find((x) => x.id === decodeURIComponent(detail[1]!));
      return c
        ? json(res, 200, { ...c, authorizedGrantType: c.authorizedGrantType ?? 'CODE' })
        : json(res, 404, {});
    }
    if (url.pathname === '/api/v2/oauth/scopes') {
      return json(res, 200, {
        entities: o.scopes.map((id) => ({ id, description: id })),
        total: o.scopes.length,
      });
    }
    if (url.pathname === '/api/v2/authorization/roles') {
      expect(url.searchParams.get('pageSize')).toBe('100');
      expect(url.searchParams.get('userCount')).toBe('false');
      return json(res, 200, paged(o.roles, page, 100, url.pathname));
    }
    if (url.pathname === '/api/v2/authorization/divisions')
      return json(res, 200, paged(o.divisions, page, 100, url.pathname));
    const role = /^\/api\/v2\/authorization\/roles\/([^/]+)$/.exec(url.pathname);
    const found = role && o.roles.find((r) => r.id === decodeURIComponent(role[1]!));
    if (found) {
      const policies = o.policies?.[found.id];
      return json(res, 200, { ...found, ...(policies && { permissionPolicies: policies }) });
    }
    if (url.pathname === '/api/v2/authorization/permissions') {
      const domain = {
        id: 'oauth',
        domain: 'oauth',
        permissionMap: { client: [{ action: 'view' }, { action: 'edit' }] },
      };
      return json(res, 200, paged([domain], page, 100, url.pathname));
    }
    if (url.pathname === '/api/v2/users') {
      expect(url.searchParams.get('state')).toBe('any');
      const ids = new Set(url.searchParams.getAll('id'));
      expect(ids.size).toBeLessThanOrEqual(100);
      return json(
        res,
        200,
        paged(
          (o.users ?? []).filter((u) => ids.has(u.id)),
          page,
          100,
          url.pathname,
        ),
      );
    }
    json(res, 404, { code: 'not.found', message: 'Not found' });
  });
  return server;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const logged: string[] = [];
const masked: string[] = [];
const logger: Logger = {
  debug: (m) => logged.push(m),
  info: (m) => logged.push(m),
  warning: (m) => logged.push(m),
  mask: (v) => masked.push(v),
};

function settings(
  s: FakeServer,
  over: Partial<ApiSourceSettings> = {},
  limits: Partial<HttpLimits> = {},
): ApiSourceSettings {
  return {
    kind: 'api',
    region: 'custom',
    apiBaseUrl: s.url,
    loginBaseUrl: s.url,
    clientId: ID,
    clientSecret: SECRET,
    limits: { ...TEST_LIMITS, ...limits },
    ...over,
  };
}

async function incomplete(p: Promise<unknown>): Promise<IncompleteError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(IncompleteError);
    const message = (err as Error).message;
    expect(message).not.toContain(SECRET);
    expect(message).not.toMatch(/token-\d+-XYZ/);
    return err as IncompleteError;
  }
  throw new Error('expected an IncompleteError');
}

const paths = (s: FakeServer): string[] =>
  s.requests.map((r) => `${r.method} ${new URL(r.url, 'http://x').pathname}`);

describe('fetchOrg', () => {
  test('reads the whole org, normalised, without secrets, in a fixed number of calls', async () => {
    const s = await fake(org(60));
    const clock = () => new Date('2026-11-01T12:00:00Z');
    const { org: data, apiCalls, warnings } = await fetchOrg(settings(s), NEEDS, logger, { clock });
    expect(warnings).toEqual([]);
    expect(data.clients).toHaveLength(60);
    expect(data.clients[0]).toMatchObject({
      name: 'client 0',
      grantType: 'CLIENT-CREDENTIALS',
      roles: [{ roleId: 'role-1', divisionId: '*' }],
      tokenLifetimeSeconds: 86400,
    });
    expect(data.roles).toHaveLength(3);
    expect(data.divisions).toEqual([{ id: 'div-1', name: 'Home' }]);
    expect(data.scopes).toEqual(['users', 'users:readonly', 'oauth', 'oauth:readonly']);
    expect(data.fetchedAt).toBe('2026-11-01T12:00:00.000Z');
    expect(data.source).toEqual({ kind: 'api', region: 'custom', apiBaseUrl: s.url });
    expect(JSON.stringify(data)).not.toContain('client-secret');
    // token + 3 client pages + scopes + roles + divisions
    expect(apiCalls).toBe(7);
    // The token comes first; the scope catalogue is read alongside the clients, roles alongside divisions.
    expect(paths(s)[0]).toBe('POST /oauth/token');
    expect([...paths(s)].sort()).toEqual([
      'GET /api/v2/authorization/divisions',
      'GET /api/v2/authorization/roles',
      'GET /api/v2/oauth/clients',
      'GET /api/v2/oauth/clients',
      'GET /api/v2/oauth/clients',
      'GET /api/v2/oauth/scopes',
      'POST /oauth/token',
    ]);
    expect(masked).toContain(SECRET);
    expect(masked).toContain('token-1-XYZ');
    expect(masked.indexOf(SECRET)).toBeLessThan(masked.indexOf('token-1-XYZ'));
    expect(logged.join('\n')).not.toContain(SECRET);
  });

  test('roles are paged to pageCount; without a CLIENT-CREDENTIALS client roles and divisions do not matter', async () => {
    const roles = Array.from({ length: 250 }, (_, i) => ({ id: `role-${i}`, name: `Role ${i}` }));
    let s = await fake(org(4, { roles }));
    let r = await fetchOrg(settings(s), NEEDS, logger);
    expect(r.org.roles).toHaveLength(250);
    expect(paths(s).filter((p) => p.endsWith('/roles'))).toHaveLength(3);
    await s.close();

    // Read alongside the clients, before anyone knows whether a client has roles; then not kept,
    // and a failure to read them is no concern (no warning, no incomplete audit).
    const noRoles = org(0, { clients: [client(1), client(3)] });
    noRoles.fault = (req, res) => {
      if (!req.url.startsWith('/api/v2/authorization/')) return false;
      json(res, 403, { message: 'Nope', code: 'missing.any.permissions', status: 403 });
      return true;
    };
    s = await fake(noRoles);
    r = await fetchOrg(settings(s), NEEDS, logger);
    expect(r.org.roles).toBeNull();
    expect(r.org.divisions).toBeNull();
    expect(r.warnings).toEqual([]);
    expect([...paths(s)].sort()).toEqual([
      'GET /api/v2/authorization/divisions',
      'GET /api/v2/authorization/roles',
      'GET /api/v2/oauth/clients',
      'GET /api/v2/oauth/scopes',
      'POST /oauth/token',
    ]);
  });

  test('zero clients is returned as such (the policy decides)', async () => {
    const s = await fake(org(0));
    const r = await fetchOrg(settings(s), NEEDS, logger);
    expect(r.org.clients).toEqual([]);
  });

  test('list items without a grant type are completed from the client detail', async () => {
    const clients = [
      client(1, { authorizedGrantType: undefined }),
      client(2),
      client(3, { authorizedGrantType: null }),
    ];
    const s = await fake(org(0, { clients }));
    const r = await fetchOrg(settings(s), NEEDS, logger);
    expect(r.org.clients.map((c) => c.grantType)).toEqual(['CODE', 'CLIENT-CREDENTIALS', 'CODE']);
    expect(paths(s).filter((p) => /clients\/.+/.test(p))).toHaveLength(2);
  });

  test('a paging loop fails closed', async () => {
    const o = org(10, { pageSize: 5 });
    o.fault = (req, res) => {
      if (req.url.startsWith('/api/v2/oauth/clients')) {
        json(res, 200, {
          ...paged(o.clients, 1, 5, '/api/v2/oauth/clients'),
          nextUri: '/api/v2/oauth/clients',
        });
        return true;
      }
      return false;
    };
    const s = await fake(o);
    const e = await incomplete(fetchOrg(settings(s), NEEDS, logger));
    expect(e.message).toMatch(/paging loop/);
  });

  test('a repeated page under a new URI fails closed', async () => {
    const o = org(10, { pageSize: 5 });
    o.fault = (req, res) => {
      if (req.url.startsWith('/api/v2/oauth/clients')) {
        const n = Number(new URL(req.url, 'http://x').searchParams.get('pageNumber') ?? '1');
        json(res, 200, {
          ...paged(o.clients, 1, 5, '/api/v2/oauth/clients'),
          nextUri: `/api/v2/oauth/clients?pageNumber=${n + 1}`,
        });
        return true;
      }
      return false;
    };
    const s = await fake(o);
    const e = await incomplete(fetchOrg(settings(s), NEEDS, logger));
    expect(e.message).toMatch(/page 2 repeats an earlier page/);
  });

  test('duplicate IDs and a short total fail closed', async () => {
    let s = await fake(org(0, { clients: [client(1), client(2), client(1)] }));
    let e = await incomplete(fetchOrg(settings(s), NEEDS, logger));
    expect(e.message).toMatch(/client 00000000-0000-4000-8000-000000000001 is listed twice/);
    await s.close();

    const o = org(5);
    o.fault = (req, res) => {
      if (req.url === '/api/v2/oauth/clients') {
        json(res, 200, { entities: o.clients, total: 6, pageCount: 1 });
        return true;
      }
      return false;
    };
    s = await fake(o);
    e = await incomplete(fetchOrg(settings(s), NEEDS, logger));
    expect(e.message).toMatch(/5 clients received but the listing's total is 6/);
  });

  describe('every page of every listing must be a well-formed listing', () => {
    const ERROR_BODY = {
      message: 'The server encountered an unexpected condition.',
      code: 'internal.server.error',
      status: 500,
      contextId: 'ctx-500',
    };
    /** Replaces the answer to page `page` of `path` (its n-th request) with `body`, status 200. */
    function onPage(
      o: FakeOrg,
      path: string,
      page: number,
      body: (orig: Record<string, unknown>) => unknown,
    ) {
      let seen = 0;
      o.fault = (req, res) => {
        if (new URL(req.url, 'http://x').pathname !== path || ++seen !== page) return false;
        const size = path === '/api/v2/oauth/clients' ? o.pageSize : 100;
        const items =
          path === '/api/v2/oauth/clients' ? o.clients : path.endsWith('/roles') ? o.roles : o.divisions;
        json(res, 200, body(paged(items, page, size, path)));
        return true;
      };
    }

    test('a 200 error body on page 2 of the clients is not an empty last page', async () => {
      const o = org(10, { pageSize: 5 });
      onPage(o, '/api/v2/oauth/clients', 2, () => ERROR_BODY);
      const e = await incomplete(fetchOrg(settings(await fake(o)), NEEDS, logger));
      expect(e.message).toMatch(
        /^Malformed response from GET \/api\/v2\/oauth\/clients \(page 2\): the answer is an error, not a listing, though its HTTP status is 200 \(500 internal\.server\.error — The server encountered an unexpected condition\)\..*re-run it/,
      );
    });

    test('an error body that echoes the token or the secret: neither is quoted', async () => {
      const o = org(3);
      o.fault = (req, res) => {
        if (!req.url.startsWith('/api/v2/oauth/clients')) return false;
        const token = (req.headers.authorization ?? '').replace('Bearer ', '');
        json(res, 200, { message: `Bad token ${token}, secret ${SECRET}`, code: 'bad.request', status: 400 });
        return true;
      };
      // `incomplete` checks that neither the secret nor a token is in the message.
      const e = await incomplete(fetchOrg(settings(await fake(o)), NEEDS, logger));
      expect(e.message).toMatch(
        /an error, not a listing.*400 bad\.request — Bad token \*\*\*, secret \*\*\*/,
      );
    });

    test('a 200 error body on page 1 is not an empty org', async () => {
      const o = org(3);
      onPage(o, '/api/v2/oauth/clients', 1, () => ERROR_BODY);
      const e = await incomplete(fetchOrg(settings(await fake(o)), NEEDS, logger));
      expect(e.message).toMatch(/clients \(page 1.*an error, not a listing/);
    });

    test.each<[string, (p: Record<string, unknown>) => unknown, RegExp]>([
      ['an object without entities', (p) => ({ ...p, entities: undefined }), /`entities` is missing/],
      ['total missing', (p) => ({ ...p, total: undefined }), /`total` is missing/],
      ['total a string', (p) => ({ ...p, total: '10' }), /`total` is a string/],
      ['total negative', (p) => ({ ...p, total: -1 }), /`total` is -1/],
      ['total not an integer', (p) => ({ ...p, total: 9.5 }), /`total` is 9\.5/],
      ['pageCount missing', (p) => ({ ...p, pageCount: undefined }), /`pageCount` is missing/],
      ['pageCount a string', (p) => ({ ...p, pageCount: '2' }), /`pageCount` is a string/],
      ['nextUri a number', (p) => ({ ...p, nextUri: 2 }), /`nextUri` is 2, not a link/],
      ['nextUri an object', (p) => ({ ...p, nextUri: { page: 2 } }), /`nextUri` is an object/],
      ['no nextUri on page 1 of 2', (p) => ({ ...p, nextUri: undefined }), /page 1 of 2 has no `nextUri`/],
    ])('clients page 1 with %s fails closed', async (_name, change, message) => {
      const o = org(10, { pageSize: 5 });
      onPage(o, '/api/v2/oauth/clients', 1, change);
      const e = await incomplete(fetchOrg(settings(await fake(o)), NEEDS, logger));
      expect(e.message).toMatch(/^Malformed response from GET \/api\/v2\/oauth\/clients \(page 1\): /);
      expect(e.message).toMatch(message);
    });

    test('pageCount 2 without a nextUri on a listing whose total the first page meets', async () => {
      const o = org(5, { pageSize: 5 });
      onPage(o, '/api/v2/oauth/clients', 1, (p) => ({ ...p, pageCount: 2 }));
      const e = await incomplete(fetchOrg(settings(await fake(o)), NEEDS, logger));
      expect(e.message).toMatch(/page 1 of 2 has no `nextUri`: its links disagree with its `pageCount`/);
    });

    test('a total that changes between pages: the listing changed while it was read', async () => {
      const o = org(10, { pageSize: 5 });
      onPage(o, '/api/v2/oauth/clients', 2, (p) => ({ ...p, total: 11 }));
      const e = await incomplete(fetchOrg(settings(await fake(o)), NEEDS, logger));
      expect(e.message).toMatch(
        /^GET \/api\/v2\/oauth\/clients \(page 2\) failed: page 2 gives a `total` of 11 but page 1 gave 10: the listing changed while it was read/,
      );
    });

    test('roles: a malformed page is incomplete when role names matter, else no partial list', async () => {
      const roles = Array.from({ length: 150 }, (_, i) => ({ id: `role-${i}`, name: `Role ${i}` }));
      const o = org(4, { roles });
      onPage(o, '/api/v2/authorization/roles', 2, () => ERROR_BODY);
      let s = await fake(o);
      const e = await incomplete(fetchOrg(settings(s), NEEDS, logger));
      expect(e.message).toMatch(/GET \/api\/v2\/authorization\/roles \(page 2\): .*an error, not a listing/);
      await s.close();

      onPage(o, '/api/v2/authorization/roles', 1, (p) => ({ ...p, total: '150' }));
      s = await fake(o);
      const r = await fetchOrg(settings(s), { roleNames: false, scopeCatalogue: true }, logger);
      // Roles shown by ID, never a partial list of names.
      expect(r.org.roles).toBeNull();
      expect(r.warnings[0]).toMatch(/Role names could not be read.*`total` is a string/);
    });

    test.each<[string, (p: Record<string, unknown>) => unknown, RegExp]>([
      ['pageCount missing', (p) => ({ ...p, pageCount: undefined }), /`pageCount` is missing/],
      [
        'a total the pages do not reach',
        (p) => ({ ...p, total: 151, pageCount: 2 }),
        /150 items received but the listing's total is 151/,
      ],
    ])('roles with %s fail closed', async (_name, change, message) => {
      const roles = Array.from({ length: 150 }, (_, i) => ({ id: `role-${i}`, name: `Role ${i}` }));
      const o = org(4, { roles });
      let seen = 0;
      o.fault = (req, res) => {
        if (!req.url.startsWith('/api/v2/authorization/roles')) return false;
        const page = Number(new URL(req.url, 'http://x').searchParams.get('pageNumber'));
        seen++;
        json(res, 200, change(paged(roles, page, 100, '/api/v2/authorization/roles')));
        return true;
      };
      const e = await incomplete(fetchOrg(settings(await fake(o)), NEEDS, logger));
      expect(e.message).toMatch(/\/api\/v2\/authorization\/roles/);
      expect(e.message).toMatch(message);
      expect(seen).toBeGreaterThan(0);
    });

    test('divisions: a malformed page leaves names unknown (a warning), never a partial list', async () => {
      const o = org(4);
      onPage(o, '/api/v2/authorization/divisions', 1, (p) => ({ ...p, total: undefined }));
      const r = await fetchOrg(settings(await fake(o)), NEEDS, logger);
      expect(r.org.divisions).toBeNull();
      expect(r.warnings[0]).toMatch(/Division names could not be read.*`total` is missing/);
    });

    test('the scope catalogue: an error body with status 200 or no total is incomplete when needed', async () => {
      for (const body of [ERROR_BODY, { entities: [{ id: 'users' }] }]) {
        const o = org(3);
        o.fault = (req, res) => {
          if (!req.url.startsWith('/api/v2/oauth/scopes')) return false;
          json(res, 200, body);
          return true;
        };
        const s = await fake(o);
        const e = await incomplete(fetchOrg(settings(s), NEEDS, logger));
        expect(e.message).toMatch(/^Malformed response from GET \/api\/v2\/oauth\/scopes/);
        await s.close();
      }
    });
  });

  test('nextUri never sends the token to another host', async () => {
    const o = org(4, { pageSize: 2 });
    o.fault = (req, res) => {
      if (req.url === '/api/v2/oauth/clients') {
        json(res, 200, {
          ...paged(o.clients, 1, 2, '/api/v2/oauth/clients'),
          nextUri: 'https://evil.invalid/api/v2/oauth/clients?pageNumber=2',
        });
        return true;
      }
      return false;
    };
    const s = await fake(o);
    const r = await fetchOrg(settings(s), NEEDS, logger);
    expect(r.org.clients).toHaveLength(4);
    expect(() => nextPath('/other/path', '/api/v2/oauth/clients')).toThrow(IncompleteError);
    expect(() => nextPath('//evil.invalid/api/v2/x', '/api/v2/oauth/clients')).toThrow(IncompleteError);
    expect(nextPath('/api/v2/oauth/clients?pageNumber=2', '/api/v2/oauth/clients')).toBe(
      '/api/v2/oauth/clients?pageNumber=2',
    );
  });

  test('a 403 on roles: incomplete naming the permission when role names matter, else a warning', async () => {
    const o = org(4);
    o.fault = (req, res) => {
      if (req.url.startsWith('/api/v2/authorization/roles')) {
        json(res, 403, {
          message:
            'Unable to perform the requested action. You must have at least one of the following permissions assigned: [authorization:role:view]',
          code: 'missing.any.permissions',
          status: 403,
          contextId: 'ctx-roles',
        });
        return true;
      }
      return false;
    };
    let s = await fake(o);
    const e = await incomplete(fetchOrg(settings(s), NEEDS, logger));
    expect(e.message).toMatch(/GET \/api\/v2\/authorization\/roles failed: 403 missing\.any\.permissions/);
    expect(e.message).toMatch(/correlation ID ctx-roles/);
    expect(e.message).toMatch(/permission authorization:role:view\.$/);
    await s.close();

    s = await fake(o);
    const r = await fetchOrg(settings(s), { roleNames: false, scopeCatalogue: true }, logger);
    expect(r.org.roles).toBeNull();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/Role names could not be read.*authorization:role:view/);
  });

  test('a 403 on divisions is a warning', async () => {
    const o = org(4);
    o.fault = (req, res) => {
      if (req.url.startsWith('/api/v2/authorization/divisions')) {
        json(res, 403, { message: 'Nope', code: 'not.authorized', status: 403 });
        return true;
      }
      return false;
    };
    const s = await fake(o);
    const r = await fetchOrg(settings(s), NEEDS, logger);
    expect(r.org.divisions).toBeNull();
    expect(r.org.roles).toHaveLength(3);
    expect(r.warnings[0]).toMatch(/Division names could not be read \(the endpoint needs no permission/);
    expect(r.warnings[0]).not.toMatch(/division:view/);
  });

  test('scope catalogue failure: incomplete when needed, else a warning', async () => {
    const o = org(3);
    o.fault = (req, res) => {
      if (req.url.startsWith('/api/v2/oauth/scopes')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"entities": [');
        return true;
      }
      return false;
    };
    let s = await fake(o);
    const e = await incomplete(fetchOrg(settings(s), NEEDS, logger));
    expect(e.message).toMatch(
      /GET \/api\/v2\/oauth\/scopes failed: 200: malformed response: the JSON body is truncated/,
    );
    await s.close();
    s = await fake(o);
    const r = await fetchOrg(settings(s), { roleNames: true, scopeCatalogue: false }, logger);
    expect(r.org.scopes).toBeNull();
    expect(r.warnings[0]).toMatch(/scope catalogue could not be read/);
  });

  test('role IDs that do not resolve fail closed when the policy uses role names', async () => {
    const s = await fake(org(0, { clients: [client(2, { roleIds: ['ghost-role'] })] }));
    const e = await incomplete(fetchOrg(settings(s), NEEDS, logger));
    expect(e.message).toMatch(/did not list role\(s\) granted to clients: ghost-role/);
    const r = await fetchOrg(settings(s), { roleNames: false, scopeCatalogue: true }, logger);
    expect(r.org.clients[0]!.roles).toEqual([
      { roleId: 'role-1', divisionId: '*' },
      { roleId: 'ghost-role', divisionId: null },
    ]);
  });
});

describe('sign-in', () => {
  test.each([400, 401])('invalid_client (%i) names credentials and region', async (status) => {
    const o = org(1);
    o.fault = (req, res) => {
      if (req.url === '/oauth/token') {
        json(
          res,
          status,
          {
            error: 'invalid_client',
            description: 'authentication failed',
            error_description: 'authentication failed',
          },
          { 'inin-correlation-id': 'corr-tok' },
        );
        return true;
      }
      return false;
    };
    const s = await fake(o);
    const e = await incomplete(fetchOrg(settings(s, { region: 'mypurecloud.ie' }), NEEDS, logger));
    expect(e).toBeInstanceOf(AuthError);
    expect(e.message).toBe(
      `Sign-in failed (POST /oauth/token answered ${status} (correlation ID corr-tok)): authentication failed (invalid_client): ` +
        `check client-id/client-secret and that \`region\` (mypurecloud.ie, signing in at ${s.url}) is the org's region — ` +
        'a client from another region fails the same way.',
    );
    expect(s.requests).toHaveLength(1);
  });

  test('a wrong secret against the fake fails the same way and never echoes it', async () => {
    const s = await fake(org(1));
    const e = await incomplete(fetchOrg(settings(s, { clientSecret: 'wrong-secret-VALUE' }), NEEDS, logger));
    expect(e.message).toMatch(/invalid_client/);
    expect(e.message).not.toContain('wrong-secret-VALUE');
  });

  test('other token failures are explained', async () => {
    const o = org(1);
    o.fault = (req, res) => {
      if (req.url === '/oauth/token') {
        json(res, 400, { error: 'unauthorized_client', error_description: 'grant type not allowed' });
        return true;
      }
      return false;
    };
    const s = await fake(o);
    const e = await incomplete(fetchOrg(settings(s), NEEDS, logger));
    expect(e.message).toMatch(
      /grant type not allowed \(unauthorized_client\): the audit identity must be an OAuth client with the Client Credentials grant/,
    );
  });

  test('a token response without a token is malformed', async () => {
    const o = org(1);
    o.fault = (req, res) => {
      if (req.url === '/oauth/token') {
        json(res, 200, { token_type: 'bearer' });
        return true;
      }
      return false;
    };
    const s = await fake(o);
    const e = await incomplete(fetchOrg(settings(s), NEEDS, logger));
    expect(e.message).toMatch(/^Sign-in failed: 200: the token response has no access_token/);
  });

  test('a token refused to every request in flight: one sign-in again for all of them', async () => {
    const o = org(3);
    // The first token is already expired: all four reads that go out together are refused.
    o.fault = (req, res) => {
      if (req.url.startsWith('/api/v2/') && req.headers.authorization === 'Bearer token-1-XYZ') {
        json(res, 401, { code: 'bad.credentials', message: 'Invalid login credentials.' });
        return true;
      }
      return false;
    };
    const s = await fake(o);
    const r = await fetchOrg(settings(s), NEEDS, logger);
    expect(r.org.clients).toHaveLength(3);
    expect(r.org.roles).toHaveLength(3);
    expect(r.org.scopes).toHaveLength(4);
    expect(paths(s).filter((p) => p === 'POST /oauth/token')).toHaveLength(2);
    expect(paths(s).filter((p) => p.startsWith('GET'))).toHaveLength(8);
  });

  test('a 401 on an API call signs in once more and continues; a second 401 fails', async () => {
    const o = org(3);
    let expired = false;
    o.fault = (req, res) => {
      if (!expired && req.url.startsWith('/api/v2/oauth/scopes')) {
        expired = true;
        json(res, 401, { code: 'bad.credentials', message: 'Invalid login credentials.' });
        return true;
      }
      return false;
    };
    let s = await fake(o);
    const r = await fetchOrg(settings(s), NEEDS, logger);
    expect(r.org.scopes).toHaveLength(4);
    expect(paths(s).filter((p) => p === 'POST /oauth/token')).toHaveLength(2);
    await s.close();

    const always = org(3);
    always.fault = (req, res) => {
      if (req.url.startsWith('/api/v2/oauth/clients')) {
        json(
          res,
          401,
          { code: 'bad.credentials', message: 'Invalid login credentials.' },
          { 'inin-correlation-id': 'c401' },
        );
        return true;
      }
      return false;
    };
    s = await fake(always);
    const e = await incomplete(fetchOrg(settings(s), NEEDS, logger));
    expect(e.message).toMatch(
      /GET \/api\/v2\/oauth\/clients failed: 401 bad\.credentials — Invalid login credentials \(correlation ID c401\)\. The token was refused even after signing in again/,
    );
    expect(paths(s).filter((p) => p === 'POST /oauth/token')).toHaveLength(2);
  });

  test('missing credentials are an input error', async () => {
    const s = await fake(org(1));
    await expect(fetchOrg(settings(s, { clientId: '' }), NEEDS, logger)).rejects.toThrow(CredentialsError);
    await expect(fetchOrg(settings(s, { clientSecret: '' }), NEEDS, logger)).rejects.toThrow(UserError);
    expect(s.requests).toHaveLength(0);
  });

  test('a client secret too short to be one is an input error, neither sent nor masked', async () => {
    const s = await fake(org(1));
    masked.length = 0;
    const e = await fetchOrg(settings(s, { clientSecret: 'e' }), NEEDS, logger).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(CredentialsError);
    // Masking "e" would have turned this very message into "cli***nt-s***cr***t has...".
    expect((e as Error).message).toMatch(
      /^client-secret has only 1 character: a Genesys Cloud client secret/,
    );
    expect(masked).toEqual([]);
    expect(s.requests).toHaveLength(0);
  });

  test('an access token too short to be one fails the sign-in instead of garbling every message', async () => {
    const o = org(1);
    o.fault = (req, res) => {
      if (req.url === '/oauth/token') {
        json(res, 200, { access_token: 'a', token_type: 'bearer' });
        return true;
      }
      return false;
    };
    const s = await fake(o);
    const e = await incomplete(fetchOrg(settings(s), NEEDS, logger));
    expect(e.message).toMatch(/^Sign-in failed: 200: the access_token of the token response is too short/);
  });

  test('server text in an error is one line without control characters', async () => {
    const hostile = 'Denied\n\u001b[2Jfake: Audit passed\r\n::error::x \u001b]52;c;ZXZpbA==\u0007 \u202Eok';
    const o = org(1);
    o.fault = (req, res) => {
      if (req.url.startsWith('/api/v2/oauth/clients')) {
        json(res, 403, { code: 'x\ny', message: hostile }, { 'inin-correlation-id': 'c403' });
        return true;
      }
      if (req.url === '/oauth/token' && tokens > 0) {
        json(res, 401, { error: 'invalid_client\u001b[2J', error_description: hostile });
        return true;
      }
      return false;
    };
    const s = await fake(o);
    for (const e of [
      await incomplete(fetchOrg(settings(s), NEEDS, logger)),
      await incomplete(fetchOrg(settings(s), NEEDS, logger)),
    ]) {
      expect(e.message).not.toMatch(/[\n\r\u0000-\u001f\u007f-\u009f\u202a-\u202e]/u);
      expect(e.message).toContain('fake: Audit passed');
    }
  });

  test('http to a host that is not loopback is refused before any request', async () => {
    const s = await fake(org(1));
    await expect(
      fetchOrg(settings(s, { apiBaseUrl: 'http://audit.invalid/', loginBaseUrl: s.url }), NEEDS, logger),
    ).rejects.toThrow(UserError);
    await expect(
      fetchOrg(settings(s, { loginBaseUrl: 'http://audit.invalid/' }), NEEDS, logger),
    ).rejects.toThrow(/not loopback/);
    expect(s.requests).toHaveLength(0);
  });
});

describe('fetchOrg: what roles permit and who created the clients, only when needed', () => {
  const PERMS: FetchNeeds = { ...NEEDS, permissions: true };
  const policies = {
    'role-1': [
      { domain: 'oauth', entityName: 'client', actionSet: ['edit'], resourceConditionNode: { x: 1 } },
    ],
    'role-2': [{ domain: 'directory', entityName: '*', actionSet: ['*'] }],
  };
  const roleDetails = (s: FakeServer) =>
    s.requests.filter((r) => /^\/api\/v2\/authorization\/roles\/./.test(r.url));

  test('roles listed without policies are read in detail, once per distinct granted role, whatever the number of clients', async () => {
    const counts: number[] = [];
    for (const n of [4, 60]) {
      const o = org(n, { policies });
      o.clients[2]!.roleDivisions = [
        { roleId: 'role-2', divisionId: 'div-1' },
        { roleId: 'role-1', divisionId: '*' },
      ];
      const s = await fake(o);
      const r = await fetchOrg(settings(s), PERMS, logger);
      counts.push(roleDetails(s).length);
      expect(r.org.roles!.find((x) => x.id === 'role-1')!.permissionPolicies).toEqual([
        { domain: 'oauth', entity: 'client', actions: ['edit'], conditional: true },
      ]);
      expect(r.org.roles!.find((x) => x.id === 'role-2')!.permissionPolicies).toEqual([
        { domain: 'directory', entity: '*', actions: ['*'], conditional: false },
      ]);
      // Not granted to any client: not read.
      expect(r.org.roles!.find((x) => x.id === 'role-0')!.permissionPolicies).toBeUndefined();
      expect(r.org.permissions).toEqual(['oauth:client:view', 'oauth:client:edit']);
      await s.close();
    }
    expect(counts).toEqual([2, 2]);
  });

  test('a role listed twice, its ID in another case, fails closed as any duplicate does', async () => {
    const o = org(4, { policies });
    o.roles.push({ id: 'ROLE-1', name: 'Role 1 again' });
    const s = await fake(o);
    const e = await incomplete(fetchOrg(settings(s), PERMS, logger));
    expect(e.message).toMatch(/ROLE-1 is listed twice/);
    await s.close();
  });

  test('without forbid-permissions or orphaned-client: no role detail, no catalogue, no users', async () => {
    const s = await fake(org(6, { policies }));
    const r = await fetchOrg(settings(s), NEEDS, logger);
    expect(roleDetails(s)).toEqual([]);
    expect(s.requests.filter((q) => /permissions|users/.test(q.url))).toEqual([]);
    expect(r.org.users).toBeUndefined();
    expect(r.org.permissions).toBeUndefined();
  });

  test.each([
    ['a 403', 403, /authorization:role:view/],
    ['a 404 (the role is gone)', 404, /the role does not exist \(any more\)/],
  ])('a role detail that fails with %s ends the audit incomplete', async (_, status, why) => {
    const o = org(4, { policies });
    o.fault = (req, res) => {
      if (!req.url.startsWith('/api/v2/authorization/roles/role-1')) return false;
      json(res, status, { message: 'No', code: 'nope', status });
      return true;
    };
    const s = await fake(o);
    const err = await fetchOrg(settings(s), PERMS, logger).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IncompleteError);
    expect((err as Error).message).toMatch(
      /^The permissions of role role-1, granted to a client, cannot be read/,
    );
    expect((err as Error).message).toMatch(why);
    expect((err as Error).message).toMatch(/uses roles\.forbid-permissions/);
  });

  test('a role detail without its permission policies ends the audit incomplete', async () => {
    const s = await fake(org(4, { policies: {} }));
    const err = await fetchOrg(settings(s), PERMS, logger).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IncompleteError);
    expect((err as Error).message).toMatch(/roles\/role-1 gave the role without its permission policies/);
  });

  test('a failed permission catalogue is a warning: patterns are then checked for shape only', async () => {
    const o = org(4, { policies });
    o.fault = (req, res) => {
      if (!req.url.startsWith('/api/v2/authorization/permissions')) return false;
      json(res, 403, { message: 'No', code: 'not.authorized', status: 403 });
      return true;
    };
    const s = await fake(o);
    const r = await fetchOrg(settings(s), PERMS, logger);
    expect(r.org.permissions).toBeUndefined();
    expect(r.warnings.join('\n')).toMatch(/permission catalogue could not be read/);
  });

  function creators(n: number): FakeOrg {
    const o = org(n);
    o.clients.forEach(
      (c, i) => (c.createdBy = { id: `user-${i % 250}`, selfUri: `/api/v2/users/user-${i % 250}` }),
    );
    delete o.clients[0]!.createdBy;
    o.users = Array.from({ length: 240 }, (_, i) => ({
      id: `user-${i}`,
      name: `User ${i}`,
      state: i % 3 === 0 ? 'deleted' : 'active',
    }));
    return o;
  }
  const batches = (s: FakeServer) => s.requests.filter((q) => q.url.startsWith('/api/v2/users?'));

  test('creators are looked up with state=any in batches of 100 distinct IDs', async () => {
    const s = await fake(creators(500));
    const r = await fetchOrg(settings(s), { ...NEEDS, creators: true }, logger);
    // 500 clients, 250 distinct creators (client 0 has none): 3 calls, not 500.
    const distinct = new Set(r.org.clients.flatMap((c) => (c.createdBy ? [c.createdBy.id] : [])));
    expect(distinct.size).toBe(250);
    expect(batches(s)).toHaveLength(3);
    // Users the org does not return (another org) are simply absent.
    expect(r.org.users).toHaveLength([...distinct].filter((id) => Number(id.slice(5)) < 240).length);
    expect(r.org.users!.find((u) => u.id === 'user-3')).toEqual({
      id: 'user-3',
      name: 'User 3',
      state: 'deleted',
    });
  });

  test('a failed users batch ends the audit incomplete', async () => {
    const o = creators(300);
    o.fault = (req, res, n) => {
      if (!req.url.startsWith('/api/v2/users') || batches(server!).length < 2) return false;
      json(res, 403, { message: 'No', code: 'not.authorized', status: 403, n });
      return true;
    };
    const s = await fake(o);
    const err = await fetchOrg(settings(s), { ...NEEDS, creators: true }, logger).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IncompleteError);
    expect((err as Error).message).toMatch(
      /^The creators of the clients could not be looked up \(GET \/api\/v2\/users\)/,
    );
    expect((err as Error).message).toMatch(/orphaned-client check is on/);
  });

  test('a users answer without states is malformed: incomplete', async () => {
    const o = creators(10);
    o.users = o.users!.map(({ state: _, ...u }) => ({ ...u, state: '' }));
    const s = await fake(o);
    const err = await fetchOrg(settings(s), { ...NEEDS, creators: true }, logger).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IncompleteError);
    expect((err as Error).message).toMatch(/user user-\d+ has no `state`/);
  });
});
