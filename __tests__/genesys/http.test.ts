import { afterEach, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { IncompleteError } from '../../src/errors.js';
import { adviceFor, ApiError, renderApiError } from '../../src/genesys/api-error.js';
import { backoffDelay, HttpClient, parseJson, parseRetryAfter } from '../../src/genesys/http.js';
import { DEFAULT_LIMITS, type HttpLimits } from '../../src/limits.js';
import { silentLogger } from '../../src/logger.js';
import { USER_AGENT } from '../../src/version.js';
import { UserError } from '../../src/errors.js';
import { proxiesFromEnv, proxyFor } from '../../src/genesys/proxy.js';
import { startProxy } from '../helpers/proxy.js';
import {
  BROKEN_ANSWERS,
  drip,
  sendAll,
  startRawServer,
  truncatedChunked,
  type RawServer,
} from '../helpers/raw-http.js';
import { json, startServer, TEST_LIMITS, type FakeServer, type Handler } from './fake-server.js';

describe('backoff', () => {
  const limits = { backoffBaseMs: 100, backoffMaxMs: 1000 };

  test('full jitter between 0 and the doubling ceiling, capped', () => {
    expect(backoffDelay(0, limits, () => 0)).toBe(0);
    expect(backoffDelay(0, limits, () => 0.999999)).toBe(100);
    expect(backoffDelay(1, limits, () => 0.999999)).toBe(200);
    expect(backoffDelay(2, limits, () => 0.999999)).toBe(400);
    expect(backoffDelay(3, limits, () => 0.999999)).toBe(800);
    expect(backoffDelay(4, limits, () => 0.999999)).toBe(1000);
    expect(backoffDelay(60, limits, () => 0.5)).toBe(500);
    expect(backoffDelay(5000, limits, () => 0.5)).toBe(500);
    expect(backoffDelay(1, limits, () => 0.5)).toBe(100);
  });

  test('property: 0 ≤ delay ≤ min(max, base·2^retry), an integer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, base, max, r) => {
          const d = backoffDelay(retry, { backoffBaseMs: base, backoffMaxMs: max }, () => r);
          expect(Number.isInteger(d)).toBe(true);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(base === 0 ? 0 : Math.min(max, base * 2 ** retry));
        },
      ),
    );
  });

  test('Retry-After: seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-01T00:00:00Z');
    expect(parseRetryAfter('42', now)).toBe(42);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(2);
    expect(parseRetryAfter(['7', '9'], now)).toBe(7);
    expect(parseRetryAfter('Sun, 01 Nov 2026 00:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('Sat, 31 Oct 2026 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
  });

  test('default limits are sane', () => {
    expect(DEFAULT_LIMITS.maxRetryAfterSeconds).toBeLessThanOrEqual(180);
    expect(DEFAULT_LIMITS.retryBudget).toBeGreaterThanOrEqual(DEFAULT_LIMITS.maxRetries);
    expect(DEFAULT_LIMITS.backoffMaxMs).toBeGreaterThan(DEFAULT_LIMITS.backoffBaseMs);
  });
});

describe('messages', () => {
  test('one sentence with status, code, message, correlation ID and advice', () => {
    const message =
      'Unable to perform the requested action. You must have at least one of the following permissions assigned: [oauth:client:view]';
    const text = renderApiError({
      method: 'GET',
      path: '/api/v2/oauth/clients',
      status: 403,
      code: 'missing.any.permissions',
      genesysMessage: message,
      correlationId: 'abc',
      advice: adviceFor(403, 'missing.any.permissions', message),
    });
    expect(text).toBe(
      `GET /api/v2/oauth/clients failed: 403 missing.any.permissions — ${message} (correlation ID abc). ` +
        "Give the audit identity's role the permission oauth:client:view.",
    );
  });

  test('advice by status', () => {
    expect(adviceFor(403, 'missing.any.permissions', 'x [a:b:c, d:e:f]')).toMatch(
      /one of the permissions a:b:c, d:e:f/,
    );
    expect(adviceFor(403, 'not.authorized', 'nope', 'authorization:role:view')).toMatch(
      /authorization:role:view/,
    );
    expect(adviceFor(403, 'app.not.authorized.for.scope', 'x')).toMatch(/Client Credentials/);
    expect(adviceFor(401, 'bad.credentials', undefined)).toMatch(/region/);
    expect(adviceFor(404, undefined, undefined)).toMatch(/api-base-url/);
    expect(adviceFor(503, undefined, undefined)).toMatch(/re-run later/);
  });

  test('JSON errors say what is wrong without echoing the body', () => {
    expect(() => parseJson(Buffer.from(''))).toThrow('the body is empty');
    expect(() => parseJson(Buffer.from('<html>secret</html>'))).toThrow('the body is HTML, not JSON');
    expect(() => parseJson(Buffer.from('{"entities": [{"id"'))).toThrow(/truncated or invalid \(19 bytes\)/);
    expect(() => parseJson(Buffer.from('hello'))).toThrow('the body is not JSON');
  });
});

describe('HttpClient over real HTTP', () => {
  let server: FakeServer | undefined;
  let client: HttpClient | undefined;
  afterEach(async () => {
    await client?.close();
    await server?.close();
    client = undefined;
    server = undefined;
  });

  const sleeps: number[] = [];
  async function setup(
    handler: Handler,
    limits: Partial<HttpLimits> = {},
    realWaits = false,
  ): Promise<HttpClient> {
    sleeps.length = 0;
    server = await startServer(handler);
    client = new HttpClient({ ...TEST_LIMITS, ...limits }, silentLogger, {
      ...(realWaits
        ? {}
        : {
            sleep: async (ms: number) => {
              sleeps.push(ms);
            },
          }),
      random: () => 0.5,
    });
    return client;
  }
  const get = (c: HttpClient, path = '/api/v2/oauth/clients'): Promise<unknown> =>
    c.getJson(server!.url, path).then((r) => r.json);
  const failure = async (p: Promise<unknown>): Promise<ApiError> => {
    try {
      await p;
    } catch (err) {
      expect(err).toBeInstanceOf(ApiError);
      expect(err).toBeInstanceOf(IncompleteError);
      return err as ApiError;
    }
    throw new Error('expected a failure');
  };

  test('closing ends a wait to retry at once, with the last failure', async () => {
    const c = await setup(
      (_req, res) => json(res, 429, { message: 'Rate limit exceeded' }, { 'retry-after': '60' }),
      { maxRetryAfterSeconds: 120 },
      true,
    );
    const read = failure(get(c));
    while (server!.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    // The answer is in: the read is now waiting 60 s to retry, which closing must not outlast.
    await new Promise((r) => setTimeout(r, 20));
    await c.close();
    const e = await read;
    expect(e.status).toBe(429);
    expect(server!.requests).toHaveLength(1);
  });

  test('sends the User-Agent and Accept headers and counts requests', async () => {
    const c = await setup((_req, res) => json(res, 200, { ok: true }));
    expect(await get(c)).toEqual({ ok: true });
    expect(await get(c)).toEqual({ ok: true });
    expect(server!.requests[0]!.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^genesys-oauth-audit\/\d+\.\d+\.\d+/);
    expect(server!.requests[0]!.headers.accept).toBe('application/json');
    expect(c.requestCount).toBe(2);
    expect(c.retriesUsed).toBe(0);
  });

  test('5xx (not 501) is retried with exponential backoff and recovers', async () => {
    const c = await setup((_req, res, n) =>
      n <= 3 ? json(res, [500, 502, 503][n - 1]!, {}) : json(res, 200, [1]),
    );
    expect(await get(c)).toEqual([1]);
    expect(c.requestCount).toBe(4);
    expect(c.retriesUsed).toBe(3);
    // random 0.5, base 5, max 20: ceilings 5, 10, 20
    expect(sleeps).toEqual([3, 5, 10]);
  });

  test('501 is not retried', async () => {
    const c = await setup((_req, res) =>
      json(
        res,
        501,
        { code: 'not.implemented', message: 'Not implemented' },
        { 'ININ-Correlation-Id': 'corr-501' },
      ),
    );
    const e = await failure(get(c));
    expect(e.status).toBe(501);
    expect(e.correlationId).toBe('corr-501');
    expect(c.requestCount).toBe(1);
  });

  test('persistent 5xx fails after maxRetries with status, code, correlation ID and advice', async () => {
    const c = await setup((_req, res) =>
      json(res, 503, { code: 'service.unavailable', message: 'Service Unavailable.', contextId: 'ctx-1' }),
    );
    const e = await failure(get(c));
    expect(c.requestCount).toBe(4);
    expect(e.message).toBe(
      'GET /api/v2/oauth/clients failed: 503 service.unavailable — Service Unavailable (after 4 attempts) ' +
        '(correlation ID ctx-1). Genesys Cloud is failing: re-run later (see https://status.mypurecloud.com), ' +
        'or raise GENESYS_AUDIT_MAX_RETRIES.',
    );
  });

  test('per-request maxRetries 0 means one attempt', async () => {
    const c = await setup((_req, res) => json(res, 500, {}), { maxRetries: 0 });
    await failure(get(c));
    expect(c.requestCount).toBe(1);
  });

  test('the retry budget is shared by the whole run', async () => {
    const c = await setup((_req, res, n) => (n % 2 === 1 ? json(res, 503, {}) : json(res, 200, {})), {
      retryBudget: 2,
    });
    await get(c);
    await get(c);
    const e = await failure(get(c));
    expect(e.message).toMatch(/retry budget of 2 retries is spent \(GENESYS_AUDIT_RETRY_BUDGET\)/);
    expect(c.requestCount).toBe(5);
  });

  test('429 waits for Retry-After (real wait) and recovers', async () => {
    const c = await setup(
      (_req, res, n) =>
        n === 1
          ? json(
              res,
              429,
              {
                code: 'too.many.requests.retry.after',
                message: 'Rate limit exceeded the maximum. Retry the request in [1] seconds',
              },
              { 'Retry-After': '1' },
            )
          : json(res, 200, { ok: 1 }),
      {},
      true,
    );
    const started = Date.now();
    expect(await get(c)).toEqual({ ok: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(c.requestCount).toBe(2);
  });

  test('429 with a Retry-After above the cap fails at once with that reason', async () => {
    const c = await setup((_req, res) =>
      json(
        res,
        429,
        {
          code: 'too.many.requests.retry.after',
          message: 'Rate limit exceeded the maximum. Retry the request in [3600] seconds',
        },
        { 'Retry-After': '3600', 'inin-correlation-id': 'rl-1' },
      ),
    );
    const e = await failure(get(c));
    expect(c.requestCount).toBe(1);
    expect(sleeps).toEqual([]);
    expect(e.status).toBe(429);
    expect(e.code).toBe('too.many.requests.retry.after');
    expect(e.message).toMatch(/asks to wait 3600 s \(Retry-After\), more than the 2 s the audit waits/);
    expect(e.message).toMatch(/correlation ID rl-1/);
    expect(e.message).toMatch(/GENESYS_AUDIT_MAX_RETRY_AFTER_S/);
  });

  test('429 without Retry-After backs off; persistent 429 fails after maxRetries', async () => {
    const c = await setup((_req, res) => json(res, 429, { code: 'too.many.requests' }));
    const e = await failure(get(c));
    expect(c.requestCount).toBe(4);
    expect(e.message).toMatch(/429 too\.many\.requests .*after 4 attempts.*rate-limiting/);
  });

  test('4xx answers are not retried and carry the Genesys error', async () => {
    const msg =
      'Unable to perform the requested action. You must have at least one of the following permissions assigned: [oauth:client:view]';
    const c = await setup((_req, res) =>
      json(res, 403, {
        message: msg,
        code: 'missing.any.permissions',
        status: 403,
        contextId: 'ctx-403',
        details: [],
        errors: [],
      }),
    );
    const e = await failure(get(c));
    expect(c.requestCount).toBe(1);
    expect(e.message).toBe(
      `GET /api/v2/oauth/clients failed: 403 missing.any.permissions — ${msg} (correlation ID ctx-403). ` +
        "Give the audit identity's role the permission oauth:client:view.",
    );
  });

  test('a slow server hits the headers timeout, is retried, then fails', async () => {
    const c = await setup(
      (_req, res) => {
        // Far beyond the timeout: undici's phase timers tick at about a second, so an answer at
        // one second could beat a 100 ms timeout.
        setTimeout(() => json(res, 200, {}), 10_000).unref();
      },
      { headersTimeoutMs: 100, maxRetries: 1 },
    );
    const started = Date.now();
    const e = await failure(get(c));
    // A bound, not a measurement: two attempts, each ended by the timeout, not by the answer.
    expect(Date.now() - started).toBeLessThan(8000);
    expect(c.requestCount).toBe(2);
    expect(e.message).toMatch(
      /no response within 100 ms \(after 2 attempts\).*GENESYS_AUDIT_HEADERS_TIMEOUT_MS/,
    );
  });

  test('a stalled body hits the body timeout', async () => {
    const c = await setup(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"entities": [');
      },
      { bodyTimeoutMs: 100, maxRetries: 1 },
    );
    const started = Date.now();
    const e = await failure(get(c));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(e.message).toMatch(/body stalled for more than 100 ms.*GENESYS_AUDIT_BODY_TIMEOUT_MS/);
  });

  test('a reset connection is retried and recovers', async () => {
    const c = await setup((req, res, n) => {
      if (n === 1) {
        res.socket?.destroy();
        return;
      }
      json(res, 200, { path: req.url });
    });
    expect(await get(c)).toEqual({ path: '/api/v2/oauth/clients' });
    expect(c.requestCount).toBe(2);
  });

  test('a truncated body is retried and recovers; a persistent one fails as malformed', async () => {
    const c = await setup((_req, res, n) => {
      if (n === 1) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '50' });
        res.write('{"entities": [');
        res.socket?.destroy();
        return;
      }
      if (n === 2) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"entities": [');
        return;
      }
      json(res, 200, { entities: [] });
    });
    expect(await get(c)).toEqual({ entities: [] });
    expect(c.requestCount).toBe(3);

    await client!.close();
    await server!.close();
    const c2 = await setup((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'inin-correlation-id': 'html-1' });
      res.end('<html>proxy login</html>');
    });
    const e = await failure(get(c2));
    expect(c2.requestCount).toBe(4);
    expect(e.message).toMatch(
      /malformed response: the body is HTML, not JSON \(after 4 attempts\) \(correlation ID html-1\)/,
    );
  });

  test('a body over the cap is refused (declared or streamed)', async () => {
    const big = JSON.stringify({ entities: 'x'.repeat(5000) });
    const c = await setup(
      (_req, res, n) => {
        if (n === 1) {
          json(res, 200, JSON.parse(big));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(big.slice(0, 2000));
        res.end(big.slice(2000));
      },
      { maxBodyBytes: 1000 },
    );
    const e1 = await failure(get(c));
    expect(e1.message).toMatch(/larger than 1000 bytes.*GENESYS_AUDIT_MAX_BODY_BYTES/);
    const e2 = await failure(get(c));
    expect(e2.message).toMatch(/larger than 1000 bytes/);
    expect(c.requestCount).toBe(2);
  });

  test('a refused connection fails at once with advice', async () => {
    const c = await setup((_req, res) => json(res, 200, {}));
    const url = server!.url;
    await server!.close();
    server = undefined;
    const e = await failure(c.getJson(url, '/api/v2/oauth/clients'));
    expect(e.message).toMatch(/connection was refused.*api-base-url/);
    expect(c.requestCount).toBe(1);
  });

  test('only GET, and POST to the token endpoint and the read-only usage query, can be sent', async () => {
    const c = await setup((_req, res) => json(res, 202, { executionId: 'e1' }));
    for (const path of [
      '/api/v2/oauth/clients',
      '/api/v2/oauth/clients/c1/secret',
      '/api/v2/usage/query/e1/results',
      '/api/v2/oauth/clients/c1/usage/query',
    ]) {
      await expect(c.send({ method: 'POST', baseUrl: server!.url, path })).rejects.toThrow(/GET calls only/);
    }
    expect(server!.requests).toHaveLength(0);
    const res = await c.getJson(server!.url, '/api/v2/usage/query', { method: 'POST', body: '{}' });
    expect(res.json).toEqual({ executionId: 'e1' });
  });

  test('registered secrets never appear in an error', async () => {
    const c = await setup((_req, res) =>
      json(res, 400, { code: 'bad.request', message: 'token tok-12345 is wrong' }),
    );
    c.addSecret('tok-12345');
    const e = await failure(get(c, '/api/v2/oauth/clients?x=tok-12345'));
    expect(e.message).not.toContain('tok-12345');
    expect(e.message).toContain('***');
    expect(e.path).toBe('/api/v2/oauth/clients');
  });

  test('a redirect is not followed', async () => {
    const c = await setup((_req, res) => {
      res.writeHead(302, { location: 'https://elsewhere.invalid/login?x=1' });
      res.end();
    });
    const e = await failure(get(c));
    expect(e.message).toMatch(/302: redirected to https:\/\/elsewhere\.invalid\/login\./);
    expect(c.requestCount).toBe(1);
  });
});

describe('answers that are not valid HTTP, and servers that never finish', () => {
  let raw: RawServer | undefined;
  let client: HttpClient | undefined;
  afterEach(async () => {
    await client?.close();
    await raw?.close();
    client = undefined;
    raw = undefined;
  });

  async function failing(
    answer: Parameters<typeof startRawServer>[0],
    limits: Partial<HttpLimits> = {},
  ): Promise<{ error: ApiError; host: string; ms: number }> {
    raw = await startRawServer(answer);
    client = new HttpClient({ ...TEST_LIMITS, maxRetries: 1, ...limits }, silentLogger, {
      sleep: async () => {},
      env: {},
    });
    const started = Date.now();
    try {
      await client.getJson(raw.url, '/api/v2/oauth/clients');
    } catch (err) {
      expect(err).toBeInstanceOf(ApiError);
      expect(err).toBeInstanceOf(IncompleteError);
      return { error: err as ApiError, host: new URL(raw.url).host, ms: Date.now() - started };
    }
    throw new Error('expected a failure');
  }

  test.each(Object.entries(BROKEN_ANSWERS))(
    '%s is retried, then incomplete with advice',
    async (_name, answer) => {
      const { error, host } = await failing(sendAll(answer));
      expect(raw!.requests()).toBe(2);
      expect(error.message).toContain(
        `GET /api/v2/oauth/clients failed: the answer from ${host} was not valid HTTP (`,
      );
      expect(error.message).toContain('(after 2 attempts)');
      expect(error.message).toMatch(/a proxy, a TLS-inspecting firewall.*HTTPS_PROXY/);
    },
  );

  test('a chunked body cut off is retried, then incomplete', async () => {
    const { error } = await failing(truncatedChunked);
    expect(raw!.requests()).toBe(2);
    expect(error.message).toMatch(/cut off before its end/);
  });

  test('a body sent a byte a second ends at the overall deadline, and is retried', async () => {
    // Every gap is well under the body timeout: only the deadline ends it.
    const { error, ms } = await failing(drip(1000), { bodyTimeoutMs: 1500, requestTimeoutMs: 2500 });
    expect(raw!.requests()).toBe(2);
    expect(error.message).toMatch(
      /no complete response within 2500 ms \(after 2 attempts\)\. .*GENESYS_AUDIT_REQUEST_TIMEOUT_MS/,
    );
    expect(ms).toBeLessThan(15_000);
  }, 20_000);
});

describe('proxies from the environment', () => {
  let server: FakeServer | undefined;
  let client: HttpClient | undefined;
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await client?.close();
    await server?.close();
    for (const close of closers.splice(0)) await close();
    client = undefined;
    server = undefined;
  });

  async function through(env: NodeJS.ProcessEnv): Promise<HttpClient> {
    server = await startServer((req, res) => json(res, 200, { path: req.url }));
    client = new HttpClient({ ...TEST_LIMITS, maxRetries: 0 }, silentLogger, { env });
    return client;
  }

  test('a proxy password is never a crash: short ones are used, badly encoded ones refused by name', async () => {
    const proxy = await startProxy();
    closers.push(proxy.close);
    const short = proxy.url.replace('http://', 'http://u:pw@');
    const c = await through({ HTTP_PROXY: short, NO_PROXY: '' });
    await expect(c.getJson(server!.url, '/a')).resolves.toMatchObject({ json: { path: '/a' } });
    await c.close();
    client = undefined;
    const bad = proxy.url.replace('http://', 'http://u:%zz@');
    expect(() => new HttpClient(TEST_LIMITS, silentLogger, { env: { HTTP_PROXY: bad } })).toThrow(UserError);
    expect(() => new HttpClient(TEST_LIMITS, silentLogger, { env: { HTTP_PROXY: bad } })).toThrow(
      /HTTP_PROXY: the proxy's password is not valid percent-encoding/,
    );
  });

  test('HTTP_PROXY carries the requests, through a CONNECT tunnel', async () => {
    const proxy = await startProxy();
    closers.push(proxy.close);
    const c = await through({ HTTP_PROXY: proxy.url, NO_PROXY: '' });
    const res = await c.getJson(server!.url, '/api/v2/oauth/clients');
    expect(res.json).toEqual({ path: '/api/v2/oauth/clients' });
    expect(proxy.seen).toEqual([`CONNECT ${new URL(server!.url).host}`]);
    expect(server!.requests).toHaveLength(1);
  });

  test('the lower-case name wins; NO_PROXY unset or naming the host reaches loopback directly', async () => {
    const proxy = await startProxy();
    closers.push(proxy.close);
    const upper = await through({ http_proxy: proxy.url, HTTP_PROXY: 'http://127.0.0.1:9', no_proxy: '' });
    await upper.getJson(server!.url, '/a');
    expect(proxy.seen).toHaveLength(1);
    await client!.close();
    await server!.close();

    for (const env of [
      { HTTP_PROXY: proxy.url },
      { HTTP_PROXY: proxy.url, NO_PROXY: 'example.com, 127.0.0.1' },
    ]) {
      const c = await through(env);
      await c.getJson(server!.url, '/b');
      await client!.close();
      await server!.close();
    }
    expect(proxy.seen).toHaveLength(1);
    server = undefined;
    client = undefined;
  });

  test('a proxy that is not on loopback never gets a loopback origin', async () => {
    const c = await through({ HTTP_PROXY: 'http://proxy.invalid:3128', NO_PROXY: '' });
    const res = await c.getJson(server!.url, '/api/v2/oauth/clients');
    expect(res.status).toBe(200);
  });

  test('a proxy that is down is named in the message', async () => {
    const down = await startServer(() => {});
    const url = down.url;
    await down.close();
    const c = await through({ HTTPS_PROXY: `http://user:pr0xy-pw@${new URL(url).host}`, NO_PROXY: '' });
    const e = await c.getJson(server!.url.replace('http:', 'https:'), '/api/v2/oauth/clients').then(
      () => {
        throw new Error('expected a failure');
      },
      (err: unknown) => err as ApiError,
    );
    expect(e).toBeInstanceOf(ApiError);
    expect(e.message).toContain(`connecting to the proxy ${url} (HTTPS_PROXY)`);
    expect(e.message).toContain('Check HTTPS_PROXY');
    expect(e.message).not.toContain('pr0xy-pw');
  });

  test('a proxy that refuses the tunnel: its status and what to do', async () => {
    const proxy = await startProxy({ connectStatus: 407 });
    closers.push(proxy.close);
    const c = await through({ HTTP_PROXY: proxy.url, NO_PROXY: '' });
    const e = await c.getJson(server!.url, '/x').then(
      () => {
        throw new Error('expected a failure');
      },
      (err: unknown) => err as ApiError,
    );
    expect(e.message).toMatch(
      /the proxy http:\/\/127\.0\.0\.1:\d+ \(HTTP_PROXY\) refused a tunnel to .* with status 407/,
    );
    expect(e.message).toContain('wants credentials');
  });

  test('reading the variables', () => {
    const p = proxiesFromEnv({
      HTTPS_PROXY: 'proxy.corp:3128',
      NO_PROXY: '.corp.example, [::1]:8080, *.internal',
    });
    expect(p.https?.shown).toBe('http://proxy.corp:3128');
    expect(p.https?.variable).toBe('HTTPS_PROXY');
    expect(p.http).toBeUndefined();
    const at = (u: string) => proxyFor(p, new URL(u))?.shown;
    expect(at('https://api.mypurecloud.ie/x')).toBe('http://proxy.corp:3128');
    expect(at('https://api.corp.example/x')).toBeUndefined();
    expect(at('https://a.b.internal/x')).toBeUndefined();
    // HTTPS_PROXY does not serve plain http.
    expect(at('http://api.mypurecloud.ie/x')).toBeUndefined();
    expect(
      proxyFor(proxiesFromEnv({ HTTP_PROXY: 'http://p:1', NO_PROXY: '*' }), new URL('https://x.y/')),
    ).toBeUndefined();
    expect(() => proxiesFromEnv({ HTTPS_PROXY: 'ftp://user:secret@p:21' })).toThrow(UserError);
    expect(() => proxiesFromEnv({ https_proxy: 'socks5://user:secret@p:1080' })).toThrow(
      /^https_proxy \("socks5:\/\/\*\*\*@p:1080"\) is not a proxy URL/,
    );
  });
});

describe('limits from the environment', () => {
  test('reads whole numbers and reports bad values', async () => {
    const { limitsFromEnv } = await import('../../src/limits.js');
    const { limits, errors } = limitsFromEnv({
      GENESYS_AUDIT_MAX_RETRIES: '2',
      GENESYS_AUDIT_HEADERS_TIMEOUT_MS: ' 1500 ',
      GENESYS_AUDIT_RETRY_BUDGET: 'many',
      GENESYS_AUDIT_BACKOFF_BASE_MS: '',
      GENESYS_AUDIT_REQUEST_TIMEOUT_MS: '2500',
    });
    expect(limits.requestTimeoutMs).toBe(2500);
    expect(limits.maxRetries).toBe(2);
    expect(limits.headersTimeoutMs).toBe(1500);
    expect(limits.retryBudget).toBe(DEFAULT_LIMITS.retryBudget);
    expect(limits.backoffBaseMs).toBe(DEFAULT_LIMITS.backoffBaseMs);
    expect(errors).toEqual(['GENESYS_AUDIT_RETRY_BUDGET must be a whole number ≥ 0, got "many".']);
  });
});
