/**
 * The org's API usage by OAuth client, for the `unused-client` check: one org-wide query per
 * window (grouped by client, by day), polled until Genesys Cloud has run it. The number of calls
 * grows with the window and the polls, never with the number of clients. A query that fails or
 * runs too long ends the audit incomplete: never a pass on missing usage data.
 */
import { IncompleteError } from '../errors.js';
import { ENV_NAMES } from '../limits.js';
import type { Logger } from '../logger.js';
import type { ClientUsage, UsageData } from '../model.js';
import type { GenesysSession } from './auth.js';
import type { HttpClient } from './http.js';
import { DAY_MS, dayOf } from '../days.js';
import { isObject } from './parse.js';

export const USAGE_QUERY_PATH = '/api/v2/usage/query';
/** Longest interval asked in one query: Genesys does not document the limit, a month is safe. */
export const WINDOW_DAYS = 31;
/** The wait between polls doubles from `usagePollMs` up to this. */
const MAX_POLL_MS = 30_000;

interface Window {
  interval: string;
  executionId: string;
  /** `GET …/results` (correlation ID …), for messages. */
  source: string;
  /** The results, once complete (merged at once, then let go). */
  rows?: unknown[];
  done?: boolean;
}

/** The query intervals covering `days` whole days back from the start of `asOf`'s day, to `asOf`. */
export function usageWindows(days: number, asOf: Date): string[] {
  const end = asOf.getTime();
  const first = Date.parse(dayOf(end)) - days * DAY_MS;
  const out: string[] = [];
  for (let start = first; start < end; start += WINDOW_DAYS * DAY_MS) {
    const stop = Math.min(start + WINDOW_DAYS * DAY_MS, end);
    out.push(`${new Date(start).toISOString()}/${new Date(stop).toISOString()}`);
  }
  return out;
}

function malformed(from: string, what: string): IncompleteError {
  return new IncompleteError(
    `${from} failed: ${what}. The usage data cannot be read, so unused clients cannot be judged: ` +
      're-run the audit; if this persists, report it to Genesys Cloud support, or turn `checks.unused-client` off.',
  );
}

const note = (correlationId: string | undefined): string =>
  correlationId ? ` (correlation ID ${correlationId})` : '';

/** Reads the usage of the last `days` days up to `asOf`. */
export async function readUsage(
  session: GenesysSession,
  http: HttpClient,
  logger: Logger,
  days: number,
  asOf: Date,
  now: () => number,
): Promise<UsageData> {
  // The windows are independent queries: submitted and polled together, they wait together.
  const windows = await Promise.all(usageWindows(days, asOf).map((interval) => submit(session, interval)));
  const first = dayOf(Date.parse(dayOf(asOf.getTime())) - days * DAY_MS);
  const last = dayOf(asOf.getTime());
  const clients = new Map<string, ClientUsage>();
  const started = now();
  let waitMs = http.limits.usagePollMs;
  for (;;) {
    let status = 'running';
    const pending = windows.filter((w) => !w.done);
    const polled = await Promise.all(pending.map((w) => poll(session, w)));
    pending.forEach((w, i) => {
      if (w.rows === undefined) {
        // Genesys's word for it (Running, Queued), unless it is not a word.
        if (/^[A-Za-z]{1,20}$/.test(polled[i]!)) status = polled[i]!.toLowerCase();
        return;
      }
      addRows(clients, w, first, last);
      w.rows = undefined;
      w.done = true;
    });
    if (windows.every((w) => w.done)) break;
    const elapsed = now() - started;
    const timeout = http.limits.usageTimeoutMs;
    if (elapsed >= timeout) throw tooLong(timeout);
    logger.info(
      `Waiting for Genesys Cloud's usage query (${status}, ${Math.round(elapsed / 1000)} s so far)…`,
    );
    await http.pause(Math.min(waitMs, timeout - elapsed));
    waitMs = Math.min(Math.max(waitMs * 2, 1), MAX_POLL_MS);
  }
  return { from: first, to: asOf.toISOString(), clients };
}

function tooLong(timeoutMs: number): IncompleteError {
  return new IncompleteError(
    `Genesys Cloud's usage query was still running after ${Math.round(timeoutMs / 1000)} s, so unused clients ` +
      `cannot be judged: re-run the audit later, allow it more time with ${ENV_NAMES.usageTimeoutMs} ` +
      '(e.g. 20m), or turn `checks.unused-client` off.',
  );
}

async function submit(session: GenesysSession, interval: string): Promise<Window> {
  const body = { interval, granularity: 'Day', metrics: ['Requests'], groupBy: ['OAuthClientId'] };
  const res = await session.post(USAGE_QUERY_PATH, body, 'oauth:client:view');
  const from = `POST ${USAGE_QUERY_PATH}${note(res.correlationId)}`;
  const id = isObject(res.json) ? res.json.executionId : undefined;
  if (typeof id !== 'string' || !/^[A-Za-z0-9._~-]{1,200}$/.test(id)) {
    throw malformed(from, 'the answer has no usable `executionId`');
  }
  return { interval, executionId: id, source: '' };
}

/** One poll: the window's rows once complete; otherwise the query's status. */
async function poll(session: GenesysSession, w: Window): Promise<string> {
  const path = `${USAGE_QUERY_PATH}/${w.executionId}/results`;
  const res = await session.get(path, 'oauth:client:view');
  w.source = `GET ${path}${note(res.correlationId)}`;
  const body = res.json;
  if (!isObject(body) || typeof body.queryStatus !== 'string') {
    throw malformed(w.source, 'the answer has no `queryStatus`');
  }
  const status = body.queryStatus;
  if (status === 'Complete') {
    if (!Array.isArray(body.results)) throw malformed(w.source, 'the complete query has no `results` list');
    w.rows = body.results;
    return status;
  }
  if (status === 'Failed' || status === 'Cancelled') {
    throw new IncompleteError(
      `Genesys Cloud's usage query for ${w.interval} ended with status ${status}${note(res.correlationId)}, ` +
        'so unused clients cannot be judged: re-run the audit; if this persists, report it to Genesys Cloud ' +
        'support, or turn `checks.unused-client` off.',
    );
  }
  return status;
}

/** Adds a window's rows to the client → usage map; days outside `first`…`last` are ignored. */
function addRows(clients: Map<string, ClientUsage>, w: Window, first: string, last: string): void {
  w.rows!.forEach((row, i) => {
    if (!isObject(row)) throw malformed(w.source, `result ${i} is not an object`);
    // Requests made without an OAuth client (none are expected when grouped by client) count for none.
    if (row.clientId === undefined || row.clientId === null || row.clientId === '') return;
    const { clientId, requests, date } = row;
    if (typeof clientId !== 'string')
      throw malformed(w.source, `result ${i} has a \`clientId\` that is not text`);
    if (typeof requests !== 'number' || !Number.isSafeInteger(requests) || requests < 0)
      throw malformed(w.source, `result ${i} has no \`requests\` count`);
    const ms = typeof date === 'string' ? Date.parse(date) : NaN;
    if (Number.isNaN(ms)) throw malformed(w.source, `result ${i} has no readable \`date\``);
    const day = dayOf(ms);
    if (requests === 0 || day < first || day > last) return;
    const key = clientId.toLowerCase();
    const u = clients.get(key) ?? { lastUsed: null, requests: 0 };
    u.requests += requests;
    if (u.lastUsed === null || day > u.lastUsed) u.lastUsed = day;
    clients.set(key, u);
  });
}
