/** The sandbox's API-usage query: POST /api/v2/usage/query, then GET …/{executionId}/results. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { request } from 'undici';
import { type Sandbox, startSandbox } from '../../src/sandbox/server.js';
import { get, token, UUID, withSandbox } from './helpers.js';

const NOW = new Date('2026-11-25T12:00:00.000Z');
const DAY = 86_400_000;
const ARCHIVER = '4ade4cd4-9aa4-43c6-847b-d994820a2d90';
const MAIN_SITE = '66f15b83-7f70-4085-9b4c-51b615638718';
const PROTOTYPE = 'f5b21ad6-3c2d-4a95-9ab1-1663622780c0';

interface Row {
  clientId: string;
  requests: number;
  date: string;
}
interface Results {
  queryStatus: string;
  results?: Row[];
}

const interval = (days: number) =>
  `${new Date(NOW.getTime() - days * DAY).toISOString()}/${NOW.toISOString()}`;
const QUERY = { granularity: 'Day', metrics: ['Requests'], groupBy: ['OAuthClientId'] };

async function post(sb: Sandbox, body: unknown, bearer: string) {
  const res = await request(`${sb.apiBaseUrl}/api/v2/usage/query`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.statusCode, json: (await res.body.json()) as Record<string, unknown> };
}

async function results(sb: Sandbox, bearer: string, days: number): Promise<Results> {
  const started = await post(sb, { interval: interval(days), ...QUERY }, bearer);
  expect(started.status).toBe(202);
  return (await get<Results>(sb, started.json.resultsUri as string, bearer)).json;
}

describe('the demo org', () => {
  let sb: Sandbox;
  let bearer: string;
  beforeAll(async () => {
    sb = await startSandbox({ seed: 'demo', clock: () => NOW });
    bearer = await token(sb);
  });
  afterAll(() => sb.close());

  test('the query answers executionId and resultsUri; its results are complete, one row per client and day', async () => {
    const started = await post(sb, { interval: interval(31), ...QUERY }, bearer);
    expect(started.status).toBe(202);
    expect(started.json.executionId).toMatch(UUID);
    expect(started.json.resultsUri).toBe(`/api/v2/usage/query/${String(started.json.executionId)}/results`);
    const r = (await get<Results>(sb, started.json.resultsUri as string, bearer)).json;
    expect(r.queryStatus).toBe('Complete');
    const main = r.results!.filter((row) => row.clientId === MAIN_SITE);
    // Used every day of the 30 up to yesterday; usage data has no row for today.
    expect(main).toHaveLength(30);
    expect(main.at(-1)!.date).toBe('2026-11-24T00:00:00.000Z');
    expect(Object.keys(main[0]!).sort()).toEqual(
      [
        'clientId',
        'clientName',
        'organizationId',
        'status200',
        'status300',
        'status400',
        'status500',
        'status429',
        'requests',
        'date',
      ].sort(),
    );
  });

  test('usage is relative to the clock: last used 200 days ago is outside 90 days, inside 365', async () => {
    expect((await results(sb, bearer, 90)).results!.some((r) => r.clientId === ARCHIVER)).toBe(false);
    const year = (await results(sb, bearer, 365)).results!.filter((r) => r.clientId === ARCHIVER);
    expect(year.at(-1)!.date).toBe(new Date(Date.parse('2026-11-25') - 200 * DAY).toISOString());
  });

  test('a client created last week is dated by the clock', () => {
    const prototype = sb.org.clients.find((c) => c.id === PROTOTYPE)!;
    expect(prototype.dateCreated).toBe('2026-11-18T09:00:00.000Z');
  });

  test.each([
    ['not JSON', '{'],
    ['no interval', { ...QUERY }],
    ['an interval backwards', { ...QUERY, interval: `${NOW.toISOString()}/2026-01-01T00:00:00Z` }],
    ['another grouping', { ...QUERY, interval: interval(7), groupBy: ['TemplateUri'] }],
    ['another granularity', { ...QUERY, interval: interval(7), granularity: 'Month' }],
  ])('a query with %s is a 400 bad.request', async (_, body) => {
    const a = await post(sb, body, bearer);
    expect(a.status).toBe(400);
    expect(a.json).toMatchObject({ code: 'bad.request', status: 400 });
  });

  test('GET on the query is refused; an unknown execution is a 404; no token is a 401', async () => {
    const refused = await get(sb, '/api/v2/usage/query', bearer);
    expect([refused.status, refused.headers.allow]).toEqual([405, 'POST']);
    expect((await get(sb, '/api/v2/usage/query/nope/results', bearer)).status).toBe(404);
    expect((await get(sb, '/api/v2/usage/query/nope/results')).status).toBe(401);
  });
});

describe('other orgs', () => {
  test('without oauth:client:view the query is a 403', async () => {
    await withSandbox({ permissions: ['authorization:role:view'] }, async (sb) => {
      const a = await post(sb, { interval: interval(7), ...QUERY }, await token(sb));
      expect(a.status).toBe(403);
      expect(a.json).toMatchObject({ code: 'missing.any.permissions' });
    });
  });

  test('a synthetic org has used, idle and never-used clients', async () => {
    await withSandbox({ seed: 'synthetic:100', clock: () => NOW }, async (sb) => {
      const rows = (await results(sb, await token(sb), 90)).results!;
      const used = new Set(rows.map((r) => r.clientId));
      const unused = sb.org.clients.filter((c) => !used.has(c.id));
      expect(unused.length).toBeGreaterThanOrEqual(4);
      expect(used.size).toBeGreaterThan(90);
    });
  });

  test('a seed without usage: every client was used yesterday', async () => {
    const clients = [
      { id: 'a1', name: 'one' },
      { id: 'a2', name: 'two' },
    ];
    await withSandbox({ seed: { clients }, clock: () => NOW }, async (sb) => {
      const rows = (await results(sb, await token(sb), 30)).results!;
      expect(rows.map((r) => [r.clientId, r.date])).toEqual([
        ['a1', '2026-11-24T00:00:00.000Z'],
        ['a2', '2026-11-24T00:00:00.000Z'],
      ]);
    });
  });
});
