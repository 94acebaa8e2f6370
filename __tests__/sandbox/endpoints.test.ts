import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { SCOPE_CATALOGUE } from '../../src/sandbox/scopes.js';
import { INJECTED_SECRET_PREFIX, type Sandbox, startSandbox } from '../../src/sandbox/server.js';
import type {
  WireOAuthClient,
  WirePagedListing,
  WireRole,
  WireScopeListing,
} from '../../src/sandbox/wire.js';
import { get, token, withSandbox } from './helpers.js';

type ClientPage = WirePagedListing<WireOAuthClient>;

const LISTING_KEYS = ['entities', 'pageSize', 'pageNumber', 'total', 'pageCount'];

describe('GET /api/v2/oauth/clients (one page, as Genesys does)', () => {
  let sb: Sandbox;
  let bearer: string;
  beforeAll(async () => {
    sb = await startSandbox();
    bearer = await token(sb);
  });
  afterAll(() => sb.close());

  test('returns every client in one page of the paged listing shape', async () => {
    const a = await get<ClientPage>(sb, '/api/v2/oauth/clients', bearer);
    expect(a.status).toBe(200);
    for (const k of LISTING_KEYS) expect(a.json).toHaveProperty(k);
    expect(a.json.entities).toHaveLength(sb.org.clients.length);
    expect(a.json.total).toBe(sb.org.clients.length);
    expect(a.json.pageNumber).toBe(1);
    expect(a.json.pageCount).toBe(1);
    expect(a.json.nextUri).toBeUndefined();
    expect(a.json.previousUri).toBeUndefined();
    expect(a.json.selfUri).toBe('/api/v2/oauth/clients');
    expect(a.json.entities).toEqual(sb.org.clients);
  });

  test('query parameters are ignored (the swagger declares none)', async () => {
    const a = await get<ClientPage>(sb, '/api/v2/oauth/clients?pageNumber=3&pageSize=2', bearer);
    expect(a.json.entities).toHaveLength(sb.org.clients.length);
  });

  test('client records use the wire field names, and null fields are absent', async () => {
    const a = await get<ClientPage>(sb, '/api/v2/oauth/clients', bearer);
    const allowed = new Set([
      'id',
      'name',
      'description',
      'accessTokenValiditySeconds',
      'registeredRedirectUri',
      'secret',
      'roleIds',
      'roleDivisions',
      'scope',
      'authorizedGrantType',
      'state',
      'dateCreated',
      'dateModified',
      'dateToDelete',
      'createdBy',
      'modifiedBy',
      'selfUri',
    ]);
    for (const c of a.json.entities) {
      for (const [k, v] of Object.entries(c)) {
        expect(allowed.has(k)).toBe(true);
        expect(v).not.toBeNull();
      }
      expect(c.selfUri).toBe(`/api/v2/oauth/clients/${c.id}`);
    }
  });

  test('GET /api/v2/oauth/clients/{id} returns one client, or 404 not.found', async () => {
    const c = sb.org.clients[3]!;
    const a = await get<WireOAuthClient>(sb, `/api/v2/oauth/clients/${c.id}`, bearer);
    expect(a.status).toBe(200);
    expect(a.json).toEqual(c);
    const missing = await get<Record<string, unknown>>(
      sb,
      '/api/v2/oauth/clients/00000000-0000-4000-8000-00000000dead',
      bearer,
    );
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({
      code: 'not.found',
      status: 404,
      contextId: missing.headers['inin-correlation-id'],
    });
  });
});

describe('GET /api/v2/oauth/clients with a page size', () => {
  test('pages follow nextUri, relative to the API host, absent on the last page', async () => {
    await withSandbox({ seed: 'synthetic:60', pageSize: 25 }, async (sb) => {
      const bearer = await token(sb);
      const seen: string[] = [];
      let next: string | undefined = '/api/v2/oauth/clients';
      const pages: ClientPage[] = [];
      while (next) {
        const a: Awaited<ReturnType<typeof get<ClientPage>>> = await get<ClientPage>(sb, next, bearer);
        expect(a.status).toBe(200);
        pages.push(a.json);
        seen.push(...a.json.entities.map((c) => c.id));
        next = a.json.nextUri;
      }
      expect(pages.map((p) => p.entities.length)).toEqual([25, 25, 10]);
      expect(pages.map((p) => p.pageNumber)).toEqual([1, 2, 3]);
      expect(pages[0]).toMatchObject({
        pageSize: 25,
        total: 60,
        pageCount: 3,
        firstUri: '/api/v2/oauth/clients?pageNumber=1&pageSize=25',
        nextUri: '/api/v2/oauth/clients?pageNumber=2&pageSize=25',
        lastUri: '/api/v2/oauth/clients?pageNumber=3&pageSize=25',
      });
      expect(pages[0]!.previousUri).toBeUndefined();
      expect(pages[2]!.previousUri).toBe('/api/v2/oauth/clients?pageNumber=2&pageSize=25');
      expect(seen).toEqual(sb.org.clients.map((c) => c.id));
      // The server fixes the page size; a page past the end is empty.
      const big = await get<ClientPage>(sb, '/api/v2/oauth/clients?pageSize=500', bearer);
      expect(big.json.entities).toHaveLength(25);
      const past = await get<ClientPage>(sb, '/api/v2/oauth/clients?pageNumber=9', bearer);
      expect(past.json.entities).toEqual([]);
      expect(past.json.nextUri).toBeUndefined();
      expect((await get(sb, '/api/v2/oauth/clients?pageNumber=0', bearer)).status).toBe(400);
    });
  });
});

describe('variants of the client records', () => {
  test('omitListGrantTypes: list items lack authorizedGrantType, GET by id has it', async () => {
    await withSandbox({ omitListGrantTypes: true }, async (sb) => {
      const bearer = await token(sb);
      const list = await get<ClientPage>(sb, '/api/v2/oauth/clients', bearer);
      expect(list.json.entities.every((c) => !('authorizedGrantType' in c))).toBe(true);
      const c = sb.org.clients[0]!;
      const one = await get<WireOAuthClient>(sb, `/api/v2/oauth/clients/${c.id}`, bearer);
      expect(one.json.authorizedGrantType).toBe(c.authorizedGrantType);
    });
  });

  test('injectSecrets: every record carries a legacy secret', async () => {
    await withSandbox({ seed: 'synthetic:5', injectSecrets: true }, async (sb) => {
      const list = await get<ClientPage>(sb, '/api/v2/oauth/clients', await token(sb));
      expect(list.json.entities.every((c) => c.secret?.startsWith(INJECTED_SECRET_PREFIX))).toBe(true);
      expect(sb.org.clients.every((c) => c.secret?.startsWith(INJECTED_SECRET_PREFIX))).toBe(true);
    });
  });

  test('an explicit seed is served as given, with defaults for the missing parts', async () => {
    const client: WireOAuthClient = { id: '11111111-2222-4333-8444-555555555555', name: 'Only One' };
    await withSandbox({ seed: { clients: [client] } }, async (sb) => {
      const bearer = await token(sb);
      const list = await get<ClientPage>(sb, '/api/v2/oauth/clients', bearer);
      expect(list.json.entities).toEqual([client]);
      expect(sb.org.roles).toEqual([]);
      expect(sb.org.scopes).toHaveLength(SCOPE_CATALOGUE.length);
    });
  });

  test('an empty org is a valid listing with total 0', async () => {
    await withSandbox({ seed: { clients: [] } }, async (sb) => {
      const list = await get<ClientPage>(sb, '/api/v2/oauth/clients', await token(sb));
      expect(list.status).toBe(200);
      expect(list.json).toMatchObject({ entities: [], total: 0 });
    });
  });
});

describe('GET /api/v2/oauth/scopes', () => {
  test('the catalogue: {total, entities:[{id, description, selfUri}], selfUri}, no paging', async () => {
    await withSandbox({}, async (sb) => {
      const a = await get<WireScopeListing>(sb, '/api/v2/oauth/scopes', await token(sb));
      expect(a.status).toBe(200);
      expect(Object.keys(a.json).sort()).toEqual(['entities', 'selfUri', 'total']);
      expect(a.json.total).toBe(SCOPE_CATALOGUE.length);
      expect(a.json.entities.map((s) => s.id)).toEqual(SCOPE_CATALOGUE.map((s) => s.id));
      for (const s of a.json.entities) {
        expect(Object.keys(s).sort()).toEqual(['description', 'id', 'selfUri']);
      }
    });
  });
});

describe('SCOPE_CATALOGUE', () => {
  const ids = new Set(SCOPE_CATALOGUE.map((s) => s.id));
  test('has the 134 scopes of the current swagger, each with its :readonly twin unless noted', () => {
    expect(ids.size).toBe(134);
    for (const id of ids) {
      if (
        !id.endsWith(':readonly') &&
        !['data-extensions', 'notifications', 'upload', 'user-basic-info'].includes(id)
      ) {
        expect(ids.has(`${id}:readonly`)).toBe(true);
      }
    }
    expect(ids.has('audits:readonly') && !ids.has('audits')).toBe(true);
    expect(ids.has('search:readonly') && !ids.has('search')).toBe(true);
    expect(ids.has('notifications:readonly')).toBe(false);
    expect([...ids].every((id) => /^[a-z][a-z0-9-]*(:readonly)?$/.test(id))).toBe(true);
    expect(ids.has('admin')).toBe(false);
  });
});

describe('GET /api/v2/authorization/roles', () => {
  let sb: Sandbox;
  let bearer: string;
  beforeAll(async () => {
    sb = await startSandbox({ seed: 'synthetic:10:230' });
    bearer = await token(sb);
  });
  afterAll(() => sb.close());

  test('pages by pageNumber up to pageCount (default pageSize 25)', async () => {
    const first = await get<WirePagedListing<WireRole>>(sb, '/api/v2/authorization/roles', bearer);
    expect(first.json).toMatchObject({ pageSize: 25, pageNumber: 1, total: 230, pageCount: 10 });
    const ids: string[] = [];
    for (let p = 1; p <= first.json.pageCount; p++) {
      const a = await get<WirePagedListing<WireRole>>(
        sb,
        `/api/v2/authorization/roles?pageSize=100&pageNumber=${p}&userCount=false`,
        bearer,
      );
      if (p === 1) expect(a.json.pageCount).toBe(3);
      if (p > 3) {
        expect(a.json.entities).toEqual([]);
        continue;
      }
      expect(a.json.pageNumber).toBe(p);
      ids.push(...a.json.entities.map((r) => r.id));
    }
    expect(ids).toEqual(sb.org.roles.map((r) => r.id));
  });

  test('role entities have the documented fields; userCount only when asked (default true)', async () => {
    const withCount = await get<WirePagedListing<WireRole>>(
      sb,
      '/api/v2/authorization/roles?pageSize=5',
      bearer,
    );
    const r = withCount.json.entities[0]!;
    for (const k of ['id', 'name', 'description', 'permissions', 'default', 'base', 'userCount', 'selfUri']) {
      expect(r).toHaveProperty(k);
    }
    const without = await get<WirePagedListing<WireRole>>(
      sb,
      '/api/v2/authorization/roles?pageSize=5&userCount=false',
      bearer,
    );
    expect(without.json.entities[0]).not.toHaveProperty('userCount');
  });

  test('nextUri keeps the other parameters; pageSize is honoured up to 500', async () => {
    const a = await get<WirePagedListing<WireRole>>(
      sb,
      '/api/v2/authorization/roles?pageSize=100&userCount=false',
      bearer,
    );
    expect(a.json.nextUri).toBe('/api/v2/authorization/roles?pageSize=100&pageNumber=2&userCount=false');
    const max = await get<WirePagedListing<WireRole>>(
      sb,
      '/api/v2/authorization/roles?pageSize=1000',
      bearer,
    );
    expect(max.json.pageSize).toBe(500);
    expect(max.json.entities).toHaveLength(230);
    expect((await get(sb, '/api/v2/authorization/roles?pageSize=abc', bearer)).status).toBe(400);
  });

  test('filters by repeated or comma-joined id, and by name', async () => {
    const [a, b, c] = sb.org.roles.slice(40, 43).map((r) => r.id);
    const rep = await get<WirePagedListing<WireRole>>(
      sb,
      `/api/v2/authorization/roles?id=${a}&id=${b}`,
      bearer,
    );
    expect(rep.json.entities.map((r) => r.id)).toEqual([a, b]);
    const csv = await get<WirePagedListing<WireRole>>(sb, `/api/v2/authorization/roles?id=${b},${c}`, bearer);
    expect(csv.json.entities.map((r) => r.id)).toEqual([b, c]);
    const byName = await get<WirePagedListing<WireRole>>(
      sb,
      `/api/v2/authorization/roles?name=${encodeURIComponent('master admin')}`,
      bearer,
    );
    expect(byName.json.entities.map((r) => r.name)).toEqual(['Master Admin']);
  });
});

describe('GET /api/v2/authorization/divisions', () => {
  test('paged the same way; {id, name, description, homeDivision}', async () => {
    await withSandbox({}, async (sb) => {
      const bearer = await token(sb);
      const a = await get<WirePagedListing<Record<string, unknown>>>(
        sb,
        '/api/v2/authorization/divisions',
        bearer,
      );
      expect(a.status).toBe(200);
      expect(a.json).toMatchObject({ pageNumber: 1, total: sb.org.divisions.length, pageCount: 1 });
      for (const d of a.json.entities) {
        for (const k of ['id', 'name', 'description', 'homeDivision', 'selfUri']) expect(d).toHaveProperty(k);
      }
      expect(a.json.entities.filter((d) => d.homeDivision)).toHaveLength(1);
      const paged = await get<WirePagedListing<Record<string, unknown>>>(
        sb,
        '/api/v2/authorization/divisions?pageSize=2&pageNumber=3',
        bearer,
      );
      expect(paged.json).toMatchObject({ pageSize: 2, pageNumber: 3, pageCount: 3 });
      expect(paged.json.entities).toHaveLength(1);
      expect(paged.json.nextUri).toBeUndefined();
    });
  });
});

describe('GET /api/v2/authorization/roles/{id}, /authorization/permissions, /users', () => {
  let sb: Sandbox;
  let bearer: string;
  beforeAll(async () => {
    sb = await startSandbox();
    bearer = await token(sb);
  });
  afterAll(() => sb.close());

  test('a role in detail carries its permission policies; an unknown role is 404 not.found', async () => {
    const seeded = sb.org.roles.find((r) => r.name === 'Master Admin')!;
    const a = await get<WireRole>(sb, `/api/v2/authorization/roles/${seeded.id}`, bearer);
    expect(a.status).toBe(200);
    expect(a.json.permissionPolicies).toEqual(seeded.permissionPolicies);
    expect(a.json.permissions).toEqual(['admin', 'group_creation']);
    expect(a.json.selfUri).toBe(`/api/v2/authorization/roles/${seeded.id}`);
    const missing = await get(sb, '/api/v2/authorization/roles/00000000-0000-4000-8000-00000000dead', bearer);
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ code: 'not.found', status: 404 });
  });

  test('the permission catalogue: paged domains with a permissionMap of concrete actions', async () => {
    type Domain = { domain: string; permissionMap: Record<string, { action: string }[]> };
    const all: Domain[] = [];
    for (let n = 1, count = 1; n <= count; n++) {
      const a = await get<WirePagedListing<Domain>>(
        sb,
        `/api/v2/authorization/permissions?pageSize=3&pageNumber=${n}`,
        bearer,
      );
      expect(a.status).toBe(200);
      count = a.json.pageCount;
      all.push(...a.json.entities);
    }
    const permissions = all.flatMap((d) =>
      Object.entries(d.permissionMap).flatMap(([e, actions]) =>
        actions.map((x) => `${d.domain}:${e}:${x.action}`),
      ),
    );
    expect(permissions).toContain('oauth:client:edit');
    expect(permissions.some((p) => p.includes('*'))).toBe(false);
    // Every concrete permission a role grants is in the catalogue.
    for (const r of sb.org.roles)
      for (const p of r.permissionPolicies ?? [])
        for (const x of p.actionSet)
          if (p.entityName !== '*' && x !== '*')
            expect(permissions).toContain(`${p.domain}:${p.entityName}:${x}`);
  });

  test('users by id: active only unless state=any; unknown IDs are left out; at most 100 IDs', async () => {
    type User = { id: string; state: string; name: string };
    const ids = sb.org.users.map((u) => u.id);
    const query = (extra: string, list = ids) =>
      `/api/v2/users?pageSize=100${list.map((id) => `&id=${id}`).join('')}${extra}`;
    const any = await get<WirePagedListing<User>>(sb, query('&state=any'), bearer);
    expect(any.status).toBe(200);
    expect(any.json.entities.map((u) => u.state).sort()).toEqual(sb.org.users.map((u) => u.state).sort());
    const active = await get<WirePagedListing<User>>(sb, query(''), bearer);
    expect(active.json.entities.every((u) => u.state === 'active')).toBe(true);
    expect(active.json.total).toBeLessThan(any.json.total);
    const stranger = await get<WirePagedListing<User>>(
      sb,
      query('&state=any', ['00000000-0000-4000-8000-0000000000aa']),
      bearer,
    );
    expect(stranger.json).toMatchObject({ entities: [], total: 0 });
    const many = Array.from(
      { length: 101 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const tooMany = await get(sb, query('&state=any', many), bearer);
    expect(tooMany.status).toBe(400);
    expect(tooMany.json).toMatchObject({ code: 'bad.request' });
  });
});
