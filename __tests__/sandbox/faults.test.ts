import { describe, expect, test } from '@jest/globals';
import { request } from 'undici';
import { FaultBook } from '../../src/sandbox/faults.js';
import { type FaultSpec, parseFaultSpec } from '../../src/sandbox/server.js';
import type { WireOAuthClient, WirePagedListing } from '../../src/sandbox/wire.js';
import { UUID, get, postToken, token, withSandbox } from './helpers.js';

type ClientPage = WirePagedListing<WireOAuthClient>;

describe('parseFaultSpec', () => {
  const cases: [string, FaultSpec][] = [
    [
      'roles:429:retry-after=2:times=1',
      { endpoint: 'roles', kind: 'rate-limit', retryAfterSeconds: 2, times: 1 },
    ],
    ['clients:429', { endpoint: 'clients', kind: 'rate-limit' }],
    ['clients:503,503,500', { endpoint: 'clients', kind: 'status', statuses: [503, 503, 500] }],
    ['*:501:nth=2', { endpoint: '*', kind: 'status', statuses: [501], nth: 2 }],
    ['roles:401:times=1', { endpoint: 'roles', kind: 'expired-token', times: 1 }],
    ['divisions:403', { endpoint: 'divisions', kind: 'forbidden' }],
    [
      'scopes:403:permission=oauth:client:view:times=2',
      { endpoint: 'scopes', kind: 'forbidden', permission: 'oauth:client:view', times: 2 },
    ],
    [
      'clients:403:message=Denied: ask [an admin]',
      { endpoint: 'clients', kind: 'forbidden', message: 'Denied: ask [an admin]' },
    ],
    ['token:delay:ms=200', { endpoint: 'token', kind: 'delay', ms: 200 }],
    ['clients:delay=50', { endpoint: 'clients', kind: 'delay', ms: 50 }],
    ['usage-results:query-running:times=2', { endpoint: 'usage-results', kind: 'query-running', times: 2 }],
    ['usage-results:query-failed', { endpoint: 'usage-results', kind: 'query-failed' }],
    ['usage-results:query-empty', { endpoint: 'usage-results', kind: 'query-empty' }],
    ['usage-results:query-unknown-clients', { endpoint: 'usage-results', kind: 'query-unknown-clients' }],
    ['usage-query:429:retry-after=1', { endpoint: 'usage-query', kind: 'rate-limit', retryAfterSeconds: 1 }],
    ['clients:stall:ms=100:after=10', { endpoint: 'clients', kind: 'stall', ms: 100, afterBytes: 10 }],
    ['*:reset:nth=3:times=1', { endpoint: '*', kind: 'reset', nth: 3, times: 1 }],
    ['client:truncate:bytes=5', { endpoint: 'client', kind: 'truncate', bytes: 5 }],
    ['scopes:html:status=200', { endpoint: 'scopes', kind: 'html', status: 200 }],
    ['clients:paging-loop:to=2', { endpoint: 'clients', kind: 'paging-loop', toPage: 2 }],
    ['clients:duplicate-ids', { endpoint: 'clients', kind: 'duplicate-ids' }],
    ['clients:total-mismatch:extra=3', { endpoint: 'clients', kind: 'total-mismatch', extra: 3 }],
    ['tokens-me:reset', { endpoint: 'tokens-me', kind: 'reset' }],
    ['clients:error-body:nth=2:times=1', { endpoint: 'clients', kind: 'error-body', nth: 2, times: 1 }],
    ['scopes:error-body:status=503', { endpoint: 'scopes', kind: 'error-body', status: 503 }],
    ['clients:field:name=nextUri', { endpoint: 'clients', kind: 'field', name: 'nextUri' }],
    ['roles:field:name=total:value="12"', { endpoint: 'roles', kind: 'field', name: 'total', value: '12' }],
    [
      'divisions:field:name=pageCount:value=-1:nth=2',
      { endpoint: 'divisions', kind: 'field', name: 'pageCount', value: -1, nth: 2 },
    ],
    [
      'clients:field:name=total:value=null',
      { endpoint: 'clients', kind: 'field', name: 'total', value: null },
    ],
    [
      'clients:field:name=nextUri:value={"href":"/api/v2/oauth/clients?pageNumber=2"}',
      {
        endpoint: 'clients',
        kind: 'field',
        name: 'nextUri',
        value: { href: '/api/v2/oauth/clients?pageNumber=2' },
      },
    ],
  ];
  test.each(cases)('%s', (text, spec) => {
    expect(parseFaultSpec(text)).toEqual(spec);
  });

  test.each([
    ['', /expected/],
    ['clients', /expected/],
    ['groups:429', /unknown endpoint/],
    ['clients:teapot', /unknown kind/],
    ['clients:200', /not an error status/],
    ['clients:503,429', /own fault kind/],
    ['clients:429:retry=2', /unknown option "retry"/],
    ['clients:429:times=x', /whole number/],
    ['clients:429:nth=0', /at least 1/],
    ['clients:html:status=500', /200 or 502/],
    ['clients:reset:times', /<name>=<value>/],
    ['clients:429:times=1:times=2', /given twice/],
    ['clients:error-body:status=200', /error status/],
    ['clients:field', /field needs name=/],
    ['clients:field:name=owner', /field needs name=/],
    ['clients:field:name=total:value=twelve', /value must be JSON/],
    ['clients:field:name=total:ms=1', /unknown option "ms"/],
    ['usage-results:query-failed:ms=1', /unknown option "ms"/],
  ])('rejects %j', (text, message) => {
    expect(() => parseFaultSpec(text)).toThrow(message);
  });

  test('listing faults only apply to the clients endpoint', () => {
    const book = new FaultBook();
    expect(() => book.add({ endpoint: 'roles', kind: 'paging-loop' })).toThrow(/clients listing only/);
    expect(() => book.add({ endpoint: 'clients', kind: 'query-running' })).toThrow(/usage-results only/);
  });

  test('the field fault applies to listings only', () => {
    const book = new FaultBook();
    expect(() => book.add({ endpoint: 'token', kind: 'field', name: 'total' })).toThrow(/listings only/);
    expect(() => book.add({ endpoint: 'client', kind: 'field', name: 'total' })).toThrow(/listings only/);
    for (const endpoint of ['clients', 'roles', 'divisions', 'scopes', '*'] as const) {
      expect(() => book.add({ endpoint, kind: 'field', name: 'total', value: 1 })).not.toThrow();
    }
  });
});

describe('fault counting', () => {
  test('nth and times pick which requests a fault fires on', () => {
    const book = new FaultBook();
    book.add({ endpoint: 'roles', kind: 'reset', nth: 2, times: 2 });
    const fires = [1, 2, 3, 4].map(() => book.take('roles').length);
    expect(fires).toEqual([0, 1, 1, 0]);
    expect(book.take('clients')).toEqual([]);
  });

  test('a status sequence fires once per status, in order; * matches every endpoint', () => {
    const book = new FaultBook();
    book.add({ endpoint: '*', kind: 'status', statuses: [502, 503] });
    expect(book.take('token')[0]!.index).toBe(0);
    expect(book.take('scopes')[0]!.index).toBe(1);
    expect(book.take('scopes')).toEqual([]);
  });
});

describe('faults over HTTP', () => {
  test('429 with Retry-After and the Genesys body, then normal service', async () => {
    await withSandbox({ faults: [parseFaultSpec('roles:429:retry-after=2:times=1')] }, async (sb) => {
      const bearer = await token(sb);
      const a = await get<Record<string, unknown>>(sb, '/api/v2/authorization/roles', bearer);
      expect(a.status).toBe(429);
      expect(a.headers['retry-after']).toBe('2');
      expect(a.json).toMatchObject({
        message: 'Rate limit exceeded the maximum. Retry the request in [2] seconds',
        code: 'too.many.requests.retry.after',
        status: 429,
        contextId: a.headers['inin-correlation-id'],
      });
      expect((await get(sb, '/api/v2/authorization/roles', bearer)).status).toBe(200);
      expect(sb.requests.map((r) => r.status)).toEqual([200, 429, 200]);
      expect(sb.requests[1]!.faults).toEqual(['rate-limit']);
    });
  });

  test('5xx sequences, including 501, with Genesys bodies', async () => {
    await withSandbox({ faults: [parseFaultSpec('clients:500,502,503,504,501')] }, async (sb) => {
      const bearer = await token(sb);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const a = await get<Record<string, unknown>>(sb, '/api/v2/oauth/clients', bearer);
        statuses.push(a.status);
        if (a.status !== 200) {
          expect(a.json).toMatchObject({ status: a.status, contextId: a.headers['inin-correlation-id'] });
          expect(typeof a.json.code).toBe('string');
        }
      }
      expect(statuses).toEqual([500, 502, 503, 504, 501, 200]);
    });
  });

  test('delay before headers', async () => {
    await withSandbox({ faults: [{ endpoint: 'scopes', kind: 'delay', ms: 150, times: 1 }] }, async (sb) => {
      const bearer = await token(sb);
      const t0 = Date.now();
      const a = await get(sb, '/api/v2/oauth/scopes', bearer);
      expect(a.status).toBe(200);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
      // No headers arrive while the delay runs: a client that waits 100 ms gives up.
      sb.addFault({ endpoint: 'scopes', kind: 'delay', ms: 2000, times: 1 });
      await expect(
        request(`${sb.url}/api/v2/oauth/scopes`, {
          signal: AbortSignal.timeout(100),
          headers: { authorization: `Bearer ${bearer}` },
        }),
      ).rejects.toThrow(/abort|timeout/i);
    });
  });

  test('stall mid-body: part of the body, a pause, then the rest', async () => {
    await withSandbox({ faults: [{ endpoint: 'clients', kind: 'stall', ms: 150, times: 1 }] }, async (sb) => {
      const bearer = await token(sb);
      const t0 = Date.now();
      const a = await get<ClientPage>(sb, '/api/v2/oauth/clients', bearer);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
      expect(a.json.entities).toHaveLength(sb.org.clients.length);
      // Headers and part of the body arrive, the rest does not: a client that waits 100 ms gives up mid-body.
      sb.addFault({ endpoint: 'clients', kind: 'stall', ms: 5000, times: 1 });
      const res = await request(`${sb.url}/api/v2/oauth/clients`, {
        signal: AbortSignal.timeout(100),
        headers: { authorization: `Bearer ${bearer}` },
      });
      expect(res.statusCode).toBe(200);
      await expect(res.body.text()).rejects.toThrow(/abort|timeout/i);
    });
  });

  test('connection reset: the socket is destroyed without an answer', async () => {
    await withSandbox({ faults: [parseFaultSpec('*:reset:nth=2:times=1')] }, async (sb) => {
      const bearer = await token(sb);
      await expect(get(sb, '/api/v2/oauth/clients', bearer)).rejects.toThrow(
        /other side closed|socket|reset/i,
      );
      expect((await get(sb, '/api/v2/oauth/clients', bearer)).status).toBe(200);
      expect(sb.requests[1]).toMatchObject({ status: 0, faults: ['reset'] });
    });
  });

  test('truncated body: Content-Length says more than arrives', async () => {
    await withSandbox({ faults: [{ endpoint: 'clients', kind: 'truncate', times: 1 }] }, async (sb) => {
      const bearer = await token(sb);
      const res = await request(`${sb.url}/api/v2/oauth/clients`, {
        headers: { authorization: `Bearer ${bearer}` },
      });
      expect(res.statusCode).toBe(200);
      expect(Number(res.headers['content-length'])).toBeGreaterThan(100);
      await expect(res.body.text()).rejects.toThrow();
      expect((await get(sb, '/api/v2/oauth/clients', bearer)).status).toBe(200);
    });
  });

  test('non-JSON body: an HTML page with 502 or 200', async () => {
    await withSandbox(
      {
        faults: [
          parseFaultSpec('scopes:html:times=1'),
          parseFaultSpec('scopes:html:status=200:nth=2:times=1'),
        ],
      },
      async (sb) => {
        const bearer = await token(sb);
        const bad = await get(sb, '/api/v2/oauth/scopes', bearer);
        expect(bad.status).toBe(502);
        expect(bad.headers['content-type']).toMatch(/^text\/html/);
        expect(bad.text).toMatch(/^<!DOCTYPE html>/);
        expect(bad.json).toBeUndefined();
        const ok = await get(sb, '/api/v2/oauth/scopes', bearer);
        expect(ok.status).toBe(200);
        expect(ok.headers['content-type']).toMatch(/^text\/html/);
        expect(ok.json).toBeUndefined();
      },
    );
  });

  test('error-body: status 200 with a Genesys error body, on the page picked by nth', async () => {
    await withSandbox(
      { seed: 'synthetic:30', pageSize: 10, faults: [parseFaultSpec('clients:error-body:nth=2:times=1')] },
      async (sb) => {
        const bearer = await token(sb);
        const one = await get<ClientPage>(sb, '/api/v2/oauth/clients', bearer);
        expect(one.json.entities).toHaveLength(10);
        const two = await get<Record<string, unknown>>(sb, one.json.nextUri!, bearer);
        expect(two.status).toBe(200);
        expect(two.json).toMatchObject({ code: 'internal.server.error', status: 500 });
        expect(two.json.contextId).toBe(two.headers['inin-correlation-id']);
        expect(two.json).not.toHaveProperty('entities');
        // Then normal service.
        expect((await get<ClientPage>(sb, one.json.nextUri!, bearer)).json.entities).toHaveLength(10);
      },
    );
    await withSandbox({ faults: [parseFaultSpec('scopes:error-body:status=503')] }, async (sb) => {
      const a = await get(sb, '/api/v2/oauth/scopes', await token(sb));
      expect(a.status).toBe(200);
      expect(a.json).toMatchObject({ code: 'service.unavailable', status: 503 });
    });
  });

  test('401 as if the token expired; a new token works', async () => {
    await withSandbox({ faults: [parseFaultSpec('clients:401:times=1')] }, async (sb) => {
      const old = await token(sb);
      const a = await get<Record<string, unknown>>(sb, '/api/v2/oauth/clients', old);
      expect(a.status).toBe(401);
      expect(a.json).toMatchObject({ code: 'bad.credentials', status: 401 });
      expect(a.json.contextId).toMatch(UUID);
      // The old token is dead everywhere now.
      expect((await get(sb, '/api/v2/oauth/scopes', old)).status).toBe(401);
      expect((await get(sb, '/api/v2/oauth/clients', await token(sb))).status).toBe(200);
    });
  });

  test('401 on the token endpoint is invalid_client', async () => {
    await withSandbox({ faults: [parseFaultSpec('token:401:times=1')] }, async (sb) => {
      const a = await postToken(sb);
      expect(a.status).toBe(401);
      expect(a.json.error).toBe('invalid_client');
      expect((await postToken(sb)).status).toBe(200);
    });
  });

  test('403 with a Genesys body naming the missing permission', async () => {
    await withSandbox(
      { faults: [parseFaultSpec('roles:403'), parseFaultSpec('scopes:403:permission=oauth:scope:view')] },
      async (sb) => {
        const bearer = await token(sb);
        const roles = await get<Record<string, unknown>>(sb, '/api/v2/authorization/roles', bearer);
        expect(roles.status).toBe(403);
        expect(roles.json).toMatchObject({
          code: 'missing.any.permissions',
          message:
            'Unable to perform the requested action. You must have at least one of the following permissions assigned: [authorization:role:view]',
        });
        const scopes = await get<Record<string, unknown>>(sb, '/api/v2/oauth/scopes', bearer);
        expect(scopes.json.message).toContain('[oauth:scope:view]');
      },
    );
  });

  test('403 with a message of its own, as any server may word it', async () => {
    const message = 'Denied\n\u001b[2Jfake: Audit passed';
    await withSandbox({ faults: [{ endpoint: 'roles', kind: 'forbidden', message }] }, async (sb) => {
      const roles = await get<Record<string, unknown>>(sb, '/api/v2/authorization/roles', await token(sb));
      expect(roles.status).toBe(403);
      expect(roles.json).toMatchObject({ code: 'missing.any.permissions', message });
    });
  });

  test('faults can be added and cleared at run time', async () => {
    await withSandbox({}, async (sb) => {
      const bearer = await token(sb);
      sb.addFault(parseFaultSpec('scopes:503'));
      expect((await get(sb, '/api/v2/oauth/scopes', bearer)).status).toBe(503);
      expect((await get(sb, '/api/v2/oauth/scopes', bearer)).status).toBe(200);
      sb.addFault({ endpoint: 'scopes', kind: 'rate-limit' });
      expect((await get(sb, '/api/v2/oauth/scopes', bearer)).status).toBe(429);
      expect((await get(sb, '/api/v2/oauth/scopes', bearer)).status).toBe(429);
      sb.clearFaults();
      expect((await get(sb, '/api/v2/oauth/scopes', bearer)).status).toBe(200);
    });
  });
});
