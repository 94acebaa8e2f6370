import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Agent, request } from 'undici';
import { type Sandbox, startSandbox } from '../../src/sandbox/server.js';
import { UUID, get, postToken, token, withSandbox } from './helpers.js';

describe('sandbox server basics', () => {
  let sb: Sandbox;
  let bearer: string;
  beforeAll(async () => {
    sb = await startSandbox();
    bearer = await token(sb);
  });
  afterAll(() => sb.close());

  test('binds 127.0.0.1 and serves login and API on one base URL', () => {
    expect(sb.url).toBe(`http://127.0.0.1:${sb.port}`);
    expect(sb.apiBaseUrl).toBe(sb.url);
    expect(sb.loginBaseUrl).toBe(sb.url);
    expect(sb.port).toBeGreaterThan(0);
  });

  test('every response is JSON with a UUID ININ-Correlation-Id', async () => {
    for (const path of ['/api/v2/oauth/clients', '/api/v2/oauth/scopes', '/api/v2/nothing-here']) {
      const a = await get(sb, path, bearer);
      expect(a.headers['content-type']).toBe('application/json');
      expect(a.headers['inin-correlation-id']).toMatch(UUID);
    }
    const t = await postToken(sb);
    expect(t.headers['content-type']).toBe('application/json');
    expect(t.headers['inin-correlation-id']).toMatch(UUID);
  });

  test('unknown paths answer 404 with a Genesys error body whose contextId is the correlation ID', async () => {
    const a = await get<Record<string, unknown>>(sb, '/api/v2/groups', bearer);
    expect(a.status).toBe(404);
    expect(a.json).toMatchObject({ code: 'not.found', status: 404, details: [], errors: [] });
    expect(a.json.contextId).toBe(a.headers['inin-correlation-id']);
    expect((await get(sb, '/', bearer)).status).toBe(404);
  });

  test('every write is refused with 405 and logged', async () => {
    const id = sb.org.clients[0]!.id;
    const writes: [string, 'POST' | 'PUT' | 'DELETE' | 'PATCH'][] = [
      ['/api/v2/oauth/clients', 'POST'],
      [`/api/v2/oauth/clients/${id}/secret`, 'POST'],
      [`/api/v2/oauth/clients/${id}`, 'PUT'],
      [`/api/v2/oauth/clients/${id}`, 'DELETE'],
      ['/api/v2/authorization/roles', 'PATCH'],
    ];
    const before = sb.requests.length;
    for (const [path, method] of writes) {
      const a = await get<Record<string, unknown>>(sb, path, bearer, method);
      expect(a.status).toBe(405);
      expect(a.headers.allow).toBe('GET');
      expect(a.json).toMatchObject({ code: 'method.not.allowed', status: 405 });
    }
    const logged = sb.requests.slice(before);
    expect(logged.map((r) => [r.path, r.method, r.status])).toEqual(writes.map(([p, m]) => [p, m, 405]));
    // The org is unchanged.
    expect((await get(sb, `/api/v2/oauth/clients/${id}`, bearer)).status).toBe(200);
  });

  test('GET on the token endpoint is refused', async () => {
    expect((await get(sb, '/oauth/token')).status).toBe(405);
  });

  test('the request log records method, path, query (repeated keys as arrays), status and time', async () => {
    const before = sb.requests.length;
    const t0 = Date.now();
    await get(sb, '/api/v2/authorization/roles?id=a&id=b&pageSize=10', bearer);
    const e = sb.requests[before]!;
    expect(e).toMatchObject({
      method: 'GET',
      path: '/api/v2/authorization/roles',
      query: { id: ['a', 'b'], pageSize: '10' },
      status: 200,
    });
    expect(e.at).toBeGreaterThanOrEqual(t0 - 5);
    expect(e.at).toBeLessThanOrEqual(Date.now());
  });
});

describe('sandbox lifecycle', () => {
  test('close() is prompt with keep-alive connections open, and idempotent', async () => {
    const sb = await startSandbox();
    const agent = new Agent({ keepAliveTimeout: 60_000, connections: 4 });
    try {
      const bearer = await token(sb);
      await Promise.all(
        [1, 2, 3].map(async () => {
          const res = await request(`${sb.url}/api/v2/oauth/scopes`, {
            dispatcher: agent,
            headers: { authorization: `Bearer ${bearer}` },
          });
          await res.body.text();
        }),
      );
      const t0 = Date.now();
      await Promise.all([sb.close(), sb.close()]);
      expect(Date.now() - t0).toBeLessThan(1000);
    } finally {
      await sb.close();
      await agent.close();
    }
  });

  test('close() cancels a pending delay', async () => {
    const sb = await startSandbox({ faults: [{ endpoint: 'scopes', kind: 'delay', ms: 60_000 }] });
    try {
      const bearer = await token(sb);
      const pending = get(sb, '/api/v2/oauth/scopes', bearer).catch((e: unknown) => e);
      await new Promise((r) => setTimeout(r, 50));
      const t0 = Date.now();
      await sb.close();
      expect(Date.now() - t0).toBeLessThan(1000);
      expect(await pending).toBeInstanceOf(Error);
    } finally {
      await sb.close();
    }
  });

  test('the given port is used; options are checked', async () => {
    const probe = await startSandbox();
    const port = probe.port;
    await probe.close();
    await withSandbox({ port }, async (sb) => expect(sb.port).toBe(port));
    await expect(startSandbox({ pageSize: 0 })).rejects.toThrow(/pageSize/);
    await expect(startSandbox({ seed: 'nonsense' })).rejects.toThrow(/invalid seed/);
  });
});
