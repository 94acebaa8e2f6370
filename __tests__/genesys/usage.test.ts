/**
 * Reading the org's API usage (for `unused-client`) against the sandbox over real HTTP: the
 * windows, the polling, and every fault of the usage query, which must either recover or end in an
 * IncompleteError that says what to do.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { IncompleteError } from '../../src/errors.js';
import { fetchOrg, type FetchNeeds } from '../../src/genesys/api.js';
import { GenesysSession } from '../../src/genesys/auth.js';
import { HttpClient } from '../../src/genesys/http.js';
import { readUsage, usageWindows, WINDOW_DAYS } from '../../src/genesys/usage.js';
import { limitsFromEnv, type HttpLimits } from '../../src/limits.js';
import type { Logger } from '../../src/logger.js';
import { startSandbox, type FaultSpec, type Sandbox } from '../../src/sandbox/server.js';
import { json, startServer, TEST_LIMITS, type FakeServer } from './fake-server.js';

const NOW = new Date('2026-11-25T12:00:00.000Z');
const NEEDS: FetchNeeds = { roleNames: false, scopeCatalogue: false, usageDays: 90 };
const ARCHIVER = '4ade4cd4-9aa4-43c6-847b-d994820a2d90';
const BILLING = '82669edf-ced5-424a-8571-a09c888e8225';
const MAIN_SITE = '66f15b83-7f70-4085-9b4c-51b615638718';
const DAY = 86_400_000;

const open: Sandbox[] = [];
afterEach(async () => {
  for (const sb of open.splice(0)) await sb.close();
});

async function sandbox(faults: FaultSpec[] = [], seed = 'demo'): Promise<Sandbox> {
  const sb = await startSandbox({ seed, faults, clock: () => NOW, rateLimit: false });
  open.push(sb);
  return sb;
}

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    mask: () => {},
  };
}

function read(sb: Sandbox, limits: Partial<HttpLimits> = {}, logger: Logger = recorder(), deps = {}) {
  return fetchOrg(sb.source({ ...TEST_LIMITS, ...limits }), NEEDS, logger, { clock: () => NOW, ...deps });
}

async function incomplete(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IncompleteError);
  return (err as Error).message;
}

const usageCalls = (sb: Sandbox) => sb.requests.filter((r) => r.path.startsWith('/api/v2/usage/'));

describe('usage windows', () => {
  test('90 days are three windows of at most a month, back to back, from the start of a day to now', () => {
    const w = usageWindows(90, NOW);
    expect(w).toHaveLength(3);
    expect(w[0]!.startsWith('2026-08-27T00:00:00.000Z/')).toBe(true);
    expect(w.at(-1)!.endsWith(`/${NOW.toISOString()}`)).toBe(true);
    for (let i = 0; i < w.length; i++) {
      const [start, end] = w[i]!.split('/').map((t) => Date.parse(t)) as [number, number];
      expect(end - start).toBeLessThanOrEqual(WINDOW_DAYS * DAY);
      if (i > 0) expect(start).toBe(Date.parse(w[i - 1]!.split('/')[1]!));
    }
  });

  test('a short window is one query', () => {
    expect(usageWindows(7, NOW)).toEqual(['2026-11-18T00:00:00.000Z/2026-11-25T12:00:00.000Z']);
  });
});

describe('reading usage from the sandbox', () => {
  test('one query per window, merged: last day used and requests per client', async () => {
    const sb = await sandbox();
    const { org } = await read(sb);
    expect(org.usage?.from).toBe('2026-08-27');
    expect(org.usage?.to).toBe(NOW.toISOString());
    // Used every day of the last 30 up to yesterday, 120 requests a day: three windows merged.
    expect(org.usage?.clients.get(MAIN_SITE)).toEqual({ lastUsed: '2026-11-24', requests: 30 * 120 });
    expect(org.usage?.clients.get(BILLING)).toEqual({ lastUsed: '2026-10-16', requests: 1200 });
    // Last used 200 days ago: nothing in the window.
    expect(org.usage?.clients.has(ARCHIVER)).toBe(false);
    const calls = usageCalls(sb).map((r) => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/, '{id}')}`);
    expect(calls).toEqual([
      ...Array<string>(3).fill('POST /api/v2/usage/query'),
      ...Array<string>(3).fill('GET /api/v2/usage/query/{id}/results'),
    ]);
  });

  test('the number of calls does not grow with the number of clients', async () => {
    const small = await sandbox([], 'synthetic:5');
    const large = await sandbox([], 'synthetic:2000');
    const big = { maxBodyBytes: 64 * 1024 * 1024 };
    const [a, b] = await Promise.all([read(small, big), read(large, big)]);
    expect(usageCalls(small)).toHaveLength(usageCalls(large).length);
    expect(b.org.usage!.clients.size).toBeGreaterThan(a.org.usage!.clients.size);
  });

  test('a query still running is polled until it completes, with one line per wait', async () => {
    const sb = await sandbox([{ endpoint: 'usage-results', kind: 'query-running', times: 4 }]);
    const logger = recorder();
    const { org } = await read(sb, { usagePollMs: 1 }, logger);
    expect(org.usage?.clients.get(MAIN_SITE)?.requests).toBe(3600);
    const waits = logger.lines.filter((l) =>
      l.startsWith("Waiting for Genesys Cloud's usage query (running,"),
    );
    expect(waits).toHaveLength(2);
    expect(waits[0]).toMatch(/^Waiting for Genesys Cloud's usage query \(running, \d+ s so far\)…$/);
  });

  test('the wait starts at GENESYS_AUDIT_USAGE_POLL_MS and doubles up to 30 s; the timeout ends it', async () => {
    const sb = await sandbox([{ endpoint: 'usage-results', kind: 'query-running' }]);
    let clock = 0;
    const waits: number[] = [];
    const deps = {
      now: () => clock,
      sleep: async (ms: number) => {
        waits.push(ms);
        clock += ms;
      },
    };
    const message = await incomplete(
      read(sb, { usagePollMs: 2000, usageTimeoutMs: 180_000 }, recorder(), deps),
    );
    expect(waits).toEqual([2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000, 30000]);
    expect(message).toContain("Genesys Cloud's usage query was still running after 180 s");
    expect(message).toContain('GENESYS_AUDIT_USAGE_TIMEOUT');
    expect(message).toContain('checks.unused-client');
  });

  test('a query that stays running past the timeout is incomplete', async () => {
    const sb = await sandbox([{ endpoint: 'usage-results', kind: 'query-running' }]);
    const message = await incomplete(read(sb, { usagePollMs: 5, usageTimeoutMs: 60 }));
    expect(message).toContain('still running after 0 s');
  });

  test('a query that fails is incomplete, with what to do', async () => {
    const sb = await sandbox([{ endpoint: 'usage-results', kind: 'query-failed', times: 1 }]);
    const message = await incomplete(read(sb));
    expect(message).toMatch(
      /^Genesys Cloud's usage query for 2026-08-27T00:00:00\.000Z\/\S+ ended with status Failed/,
    );
    expect(message).toContain('re-run the audit');
  });

  test('429s while polling are waited out within the retry budget', async () => {
    const sb = await sandbox([
      { endpoint: 'usage-results', kind: 'rate-limit', retryAfterSeconds: 0, times: 2 },
    ]);
    const { org } = await read(sb);
    expect(org.usage?.clients.get(MAIN_SITE)?.requests).toBe(3600);
  });

  test('429s past the retry budget are incomplete', async () => {
    const sb = await sandbox([{ endpoint: 'usage-results', kind: 'rate-limit', retryAfterSeconds: 0 }]);
    const message = await incomplete(read(sb, { retryBudget: 2 }));
    expect(message).toContain('429');
  });

  test('a token that expires at the query is renewed once, and the query posted again', async () => {
    const sb = await sandbox([{ endpoint: 'usage-query', kind: 'expired-token', times: 1 }]);
    const logger = recorder();
    const { org } = await read(sb, {}, logger);
    expect(org.usage?.clients.get(MAIN_SITE)?.requests).toBe(3600);
    expect(logger.lines).toContain('POST /api/v2/usage/query answered 401; signing in again.');
    expect(sb.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(2);
  });

  test('a 403 on the query names the permission', async () => {
    const sb = await sandbox([{ endpoint: 'usage-query', kind: 'forbidden' }]);
    const message = await incomplete(read(sb));
    expect(message).toContain('POST /api/v2/usage/query');
    expect(message).toContain('oauth:client:view');
  });

  test.each<[string, FaultSpec]>([
    ['an error body with status 200', { endpoint: 'usage-results', kind: 'error-body' }],
    ['an HTML page', { endpoint: 'usage-results', kind: 'html', status: 200 }],
    ['a query answer without executionId', { endpoint: 'usage-query', kind: 'error-body' }],
  ])('%s is incomplete', async (_, fault) => {
    const sb = await sandbox([fault]);
    await incomplete(read(sb));
  });

  test('rows for clients that are not in the org are left out', async () => {
    const sb = await sandbox([{ endpoint: 'usage-results', kind: 'query-unknown-clients' }]);
    const logger = recorder();
    const { org } = await read(sb, {}, logger);
    const ids = new Set(org.clients.map((c) => c.id.toLowerCase()));
    expect([...org.usage!.clients.keys()].every((id) => ids.has(id))).toBe(true);
    expect(logger.lines.some((l) => l.includes('in the usage data are not in the org'))).toBe(true);
  });

  test('an empty result is read as no use at all, with a warning', async () => {
    const sb = await sandbox([{ endpoint: 'usage-results', kind: 'query-empty' }]);
    const logger = recorder();
    const { org, warnings } = await read(sb, {}, logger);
    expect(org.usage?.clients.size).toBe(0);
    expect(warnings.join('\n')).toContain('no API request by any OAuth client since 2026-08-27');
  });

  test('not asked, not read', async () => {
    const sb = await sandbox();
    const { org } = await fetchOrg(
      sb.source(TEST_LIMITS),
      { roleNames: false, scopeCatalogue: false },
      recorder(),
    );
    expect(org.usage).toBeUndefined();
    expect(usageCalls(sb)).toEqual([]);
  });
});

describe('usage limits from the environment', () => {
  test.each([
    ['600', 600_000],
    ['90s', 90_000],
    ['10m', 600_000],
    ['1h', 3_600_000],
  ])('GENESYS_AUDIT_USAGE_TIMEOUT=%s', (raw, ms) => {
    expect(limitsFromEnv({ GENESYS_AUDIT_USAGE_TIMEOUT: raw }).limits.usageTimeoutMs).toBe(ms);
  });

  test('defaults: a 2 s first poll and 10 minutes', () => {
    const { limits } = limitsFromEnv({});
    expect([limits.usagePollMs, limits.usageTimeoutMs]).toEqual([2000, 600_000]);
    expect(limitsFromEnv({ GENESYS_AUDIT_USAGE_POLL_MS: '50' }).limits.usagePollMs).toBe(50);
  });

  test.each(['ten minutes', '10d', '-5', '1.5m'])(
    'GENESYS_AUDIT_USAGE_TIMEOUT=%j is an input error',
    (raw) => {
      expect(limitsFromEnv({ GENESYS_AUDIT_USAGE_TIMEOUT: raw }).errors).toEqual([
        `GENESYS_AUDIT_USAGE_TIMEOUT must be whole seconds or a duration such as 10m, got "${raw}".`,
      ]);
    },
  );
});

describe('answers the sandbox never gives', () => {
  let server: FakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** Reads 7 days of usage from a server whose results answer `results` (and whose query answers `query`). */
  async function readFrom(results: unknown, query: unknown = { executionId: 'e-1' }, logger = recorder()) {
    server = await startServer((req, res) => {
      if (req.url === '/oauth/token')
        return json(res, 200, { access_token: 'a'.repeat(40), expires_in: 3600 });
      if (req.method === 'POST') return json(res, 202, query);
      return json(res, 200, results);
    });
    const http = new HttpClient({ ...TEST_LIMITS, usagePollMs: 1, usageTimeoutMs: 50 }, logger);
    const session = new GenesysSession(
      http,
      {
        region: 'custom',
        apiBaseUrl: server.url,
        loginBaseUrl: server.url,
        clientId: 'c',
        clientSecret: 's'.repeat(20),
      },
      logger,
    );
    try {
      return await readUsage(session, http, logger, 7, NOW, Date.now);
    } finally {
      await http.close();
    }
  }
  const row = (over: Record<string, unknown>) => ({
    clientId: 'c1',
    requests: 3,
    date: '2026-11-24T00:00:00Z',
    ...over,
  });
  const complete = (rows: unknown[]) => ({ queryStatus: 'Complete', results: rows });

  test.each<[string, unknown, RegExp]>([
    ['requests as text', complete([row({ requests: '3' })]), /result 0 has no `requests` count/],
    ['a negative count', complete([row({ requests: -1 })]), /result 0 has no `requests` count/],
    ['no date', complete([row({ date: undefined })]), /result 0 has no readable `date`/],
    ['a client ID that is a number', complete([row({ clientId: 7 })]), /`clientId` that is not text/],
    ['a row that is not an object', complete(['c1']), /result 0 is not an object/],
    ['no results list', { queryStatus: 'Complete' }, /has no `results` list/],
    ['no queryStatus', { results: [] }, /has no `queryStatus`/],
  ])('%s is incomplete, naming the answer', async (_, body, says) => {
    const message = await incomplete(readFrom(body));
    expect(message).toMatch(says);
    expect(message).toMatch(/^GET \/api\/v2\/usage\/query\/e-1\/results failed: /);
  });

  test.each([{}, { executionId: '../../oauth/clients' }, { executionId: 42 }])(
    'a query answer %j without a usable executionId is incomplete',
    async (query) => {
      expect(await incomplete(readFrom(complete([]), query))).toContain('no usable `executionId`');
    },
  );

  test('rows without a client, with zero requests, or outside the window count for nothing', async () => {
    const usage = await readFrom(
      complete([
        row({ clientId: null }),
        row({ clientId: 'c2', requests: 0 }),
        row({ clientId: 'c3', date: '2026-11-01T00:00:00Z' }),
        row({ clientId: 'C1' }),
        row({ date: '2026-11-20T00:00:00Z', requests: 4 }),
      ]),
    );
    expect([...usage.clients]).toEqual([['c1', { lastUsed: '2026-11-24', requests: 7 }]]);
    expect(usage.from).toBe('2026-11-18');
  });

  test('a status that is not a word is not echoed in the wait line', async () => {
    const logger = recorder();
    await incomplete(readFrom({ queryStatus: '\u001b[31mRunning\nfake' }, undefined, logger));
    const waits = logger.lines.filter((l) => l.startsWith('Waiting'));
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.every((l) => l.startsWith("Waiting for Genesys Cloud's usage query (running,"))).toBe(true);
  });
});
