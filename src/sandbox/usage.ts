/**
 * The org's API usage, as Genesys Cloud serves it: `POST /api/v2/usage/query` starts a query and
 * answers its `executionId`; `GET /api/v2/usage/query/{executionId}/results` answers its
 * `queryStatus` and, once `Complete`, one row per client and day with requests. Usage is seeded
 * relative to the sandbox's clock ("last used 200 days ago"), so the demo keeps working as time
 * passes. Queries complete at once; the `query-running` fault keeps them running.
 */
import { randomUUID } from 'node:crypto';
import { errorBody, notFound } from './errors.js';
import { jsonReply, type Reply } from './reply.js';
import type { SeedUsage, WireOAuthClient } from './wire.js';
import { DAY_MS } from '../days.js';

/** How a usage fault changes the results: `failed`, `running`, `empty` or rows for `unknown-clients`. */
export type UsageFault = 'query-failed' | 'query-running' | 'query-empty' | 'query-unknown-clients';

export const USAGE_QUERY_PATH = '/api/v2/usage/query';
const RESULTS_PATH = /^\/api\/v2\/usage\/query\/([^/]+)\/results$/;
const startOfDay = (ms: number): number => ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
/** What a seed without a usage section gets: every client used yesterday. */
const USED_YESTERDAY: SeedUsage = { lastUsedDaysAgo: 1, activeDays: 1 };

/** The execution ID of a results path, or undefined when the path is not one. */
export function resultsId(path: string): string | undefined {
  const m = RESULTS_PATH.exec(path);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

/** Applies `createdDaysAgo`: the seed's dates are relative to the sandbox's clock. */
export function applyCreationDates(
  clients: WireOAuthClient[],
  usage: Readonly<Record<string, SeedUsage>> | undefined,
  now: Date,
): void {
  if (!usage) return;
  for (const c of clients) {
    const days = Object.hasOwn(usage, c.id) ? usage[c.id]!.createdDaysAgo : undefined;
    // At 09:00 UTC that day: the same date for every sandbox started on one day.
    if (days !== undefined)
      c.dateCreated = new Date(startOfDay(now.getTime()) - days * DAY_MS + 9 * 3_600_000).toISOString();
  }
}

/** Usage for a synthetic org: most clients used yesterday; one in 25 idle for 120 days, one in 50 never used. */
export function syntheticUsage(clients: readonly WireOAuthClient[]): Record<string, SeedUsage> {
  const out: Record<string, SeedUsage> = {};
  clients.forEach((c, i) => {
    if (i % 50 === 13) out[c.id] = { lastUsedDaysAgo: null };
    else if (i % 25 === 7) out[c.id] = { lastUsedDaysAgo: 120, activeDays: 1 };
    else out[c.id] = { lastUsedDaysAgo: 1 + (i % 5), activeDays: 1, requestsPerDay: 1 + (i % 300) };
  });
  return out;
}

interface Query {
  from: number;
  to: number;
}

export class UsageStore {
  private readonly queries = new Map<string, Query>();

  constructor(
    private readonly orgId: string,
    private readonly clients: readonly WireOAuthClient[],
    private readonly usage: Readonly<Record<string, SeedUsage>> | undefined,
    private readonly clock: () => Date,
  ) {}

  /** `POST /api/v2/usage/query`: checks the body as Genesys does, then starts the query. */
  submit(body: string, correlationId: string): Reply {
    let query: unknown;
    try {
      query = JSON.parse(body);
    } catch {
      return badRequest('The request body is not valid JSON.', correlationId);
    }
    const q = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
    const [from, to] = typeof q.interval === 'string' ? q.interval.split('/').map((t) => Date.parse(t)) : [];
    if (from === undefined || to === undefined || Number.isNaN(from) || Number.isNaN(to) || from >= to) {
      return badRequest('interval must be "<ISO start>/<ISO end>", start before end.', correlationId);
    }
    if (q.granularity !== undefined && q.granularity !== 'Day') {
      return badRequest('The sandbox serves granularity Day only.', correlationId);
    }
    if (!Array.isArray(q.groupBy) || !q.groupBy.includes('OAuthClientId')) {
      return badRequest('The sandbox serves queries grouped by OAuthClientId only.', correlationId);
    }
    const executionId = randomUUID();
    this.queries.set(executionId, { from, to });
    return jsonReply(202, { executionId, resultsUri: `${USAGE_QUERY_PATH}/${executionId}/results` });
  }

  /** `GET …/{executionId}/results`. */
  results(executionId: string, correlationId: string, fault: UsageFault | undefined): Reply {
    const query = this.queries.get(executionId);
    if (!query) return jsonReply(404, notFound(`Usage query ${executionId} not found`, correlationId));
    if (fault === 'query-running') return jsonReply(200, { queryStatus: 'Running' });
    if (fault === 'query-failed') return jsonReply(200, { queryStatus: 'Failed' });
    const results = fault === 'query-empty' ? [] : this.rows(query);
    if (fault === 'query-unknown-clients') {
      for (let i = 1; i <= 3; i++)
        results.push(this.row(`00000000-dead-4000-8000-00000000000${i}`, 'Deleted client', query.to, 5));
    }
    return jsonReply(200, { results, queryStatus: 'Complete' });
  }

  /** One row per client and day of use within the query's interval. */
  private rows(query: Query): Record<string, unknown>[] {
    const today = startOfDay(this.clock().getTime());
    const out: Record<string, unknown>[] = [];
    for (const c of this.clients) {
      const u = !this.usage ? USED_YESTERDAY : Object.hasOwn(this.usage, c.id) ? this.usage[c.id] : undefined;
      if (u === undefined || u.lastUsedDaysAgo === null) continue;
      const last = today - u.lastUsedDaysAgo * DAY_MS;
      const first = last - ((u.activeDays ?? 30) - 1) * DAY_MS;
      for (let day = Math.max(first, startOfDay(query.from)); day <= last && day < query.to; day += DAY_MS) {
        out.push(this.row(c.id, c.name ?? '', day, u.requestsPerDay ?? 20));
      }
    }
    return out;
  }

  private row(clientId: string, clientName: string, day: number, requests: number): Record<string, unknown> {
    return {
      clientId,
      clientName,
      organizationId: this.orgId,
      status200: requests,
      status300: 0,
      status400: 0,
      status500: 0,
      status429: 0,
      requests,
      date: new Date(startOfDay(day)).toISOString(),
    };
  }
}

function badRequest(message: string, correlationId: string): Reply {
  return jsonReply(400, errorBody(400, 'bad.request', message, correlationId));
}
