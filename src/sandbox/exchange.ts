/**
 * One request from arrival to answer: logged, routed, put through the faults armed for its
 * endpoint, answered, and written out whole, stalled or cut short.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { errorBody } from './errors.js';
import { type FaultBook, type FaultKind, type FiredFault, USAGE_FAULTS } from './faults.js';
import type { UsageFault } from './usage.js';
import { type SandboxState, faultReply, handle, listingMods, refusal, resolveRoute } from './handlers.js';
import { type Reply, jsonReply } from './reply.js';

export interface RequestLogEntry {
  method: string;
  /** The path without the query. */
  path: string;
  query: Record<string, string | string[]>;
  /** The status sent; 0 while pending, or when the connection was reset. */
  status: number;
  /** Arrival time (ms since the epoch). */
  at: number;
  /** The fault kinds that fired on this request, if any. */
  faults?: FaultKind[];
}

const MAX_TOKEN_BODY_BYTES = 64 * 1024;
const DEFAULT_FAULT_MS = 1000;

/** Cancellable waits: closing the sandbox ends them early, and the requests waiting are dropped. */
export class Delays {
  private readonly pending = new Set<{ timer: NodeJS.Timeout; done: () => void }>();
  private stopped = false;

  get closed(): boolean {
    return this.stopped;
  }

  wait(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.pending.delete(entry);
          resolve();
        }, ms),
        done: resolve,
      };
      this.pending.add(entry);
    });
  }

  close(): void {
    this.stopped = true;
    for (const p of this.pending) {
      clearTimeout(p.timer);
      p.done();
    }
    this.pending.clear();
  }
}

/** What every request of one sandbox shares. */
export interface Exchange {
  state: SandboxState;
  faults: FaultBook;
  requests: RequestLogEntry[];
  delays: Delays;
}

function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of params) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_TOKEN_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

/** Writes the answer; a `stall` or `truncate` fault in `bodyFault` holds back or cuts its body. */
async function send(
  delays: Delays,
  req: IncomingMessage,
  res: ServerResponse,
  entry: RequestLogEntry,
  reply: Reply,
  bodyFault: FiredFault | undefined,
): Promise<void> {
  const { body } = reply;
  entry.status = reply.status;
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(body.length) });
  const f = bodyFault?.fault;
  if (f?.kind === 'truncate') {
    const cut = Math.min(f.bytes ?? Math.floor(body.length / 2), Math.max(0, body.length - 1));
    // Content-Length promised the whole body; ending the socket early makes it a truncated response.
    res.write(body.subarray(0, cut), () => req.socket.end());
    return;
  }
  if (f?.kind === 'stall') {
    const cut = Math.min(f.afterBytes ?? Math.floor(body.length / 2), body.length);
    res.write(body.subarray(0, cut));
    await delays.wait(f.ms ?? DEFAULT_FAULT_MS);
    if (delays.closed || res.destroyed) return;
    res.end(body.subarray(cut));
    return;
  }
  res.end(body);
}

function logEntry(ex: Exchange, method: string, url: URL): RequestLogEntry {
  const entry: RequestLogEntry = {
    method,
    path: url.pathname,
    query: queryRecord(url.searchParams),
    status: 0,
    at: Date.now(),
  };
  ex.requests.push(entry);
  return entry;
}

async function onRequest(ex: Exchange, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  // Concatenate rather than resolve, so a path like `//x` stays a path and never becomes a host.
  const raw = req.url ?? '/';
  const url = new URL(raw.startsWith('/') ? `http://127.0.0.1${raw}` : raw, 'http://127.0.0.1');
  const entry = logEntry(ex, method, url);
  const correlationId = randomUUID();
  res.setHeader('ININ-Correlation-Id', correlationId);

  const route = resolveRoute(method, url.pathname);
  if (route.kind === 'refuse') {
    await send(
      ex.delays,
      req,
      res,
      entry,
      refusal(route.status, method, url.pathname, correlationId),
      undefined,
    );
    return;
  }
  const fired = ex.faults.take(route.endpoint);
  if (fired.length > 0) entry.faults = fired.map((f) => f.fault.kind);
  if (fired.some((f) => f.fault.kind === 'reset')) {
    req.socket.destroy();
    return;
  }
  const delayMs = fired.reduce(
    (sum, f) => sum + (f.fault.kind === 'delay' ? (f.fault.ms ?? DEFAULT_FAULT_MS) : 0),
    0,
  );
  const body = route.endpoint === 'token' || route.endpoint === 'usage-query' ? await readBody(req) : '';
  if (delayMs > 0) await ex.delays.wait(delayMs);
  if (ex.delays.closed || req.socket.destroyed) return;

  const ctx = {
    method,
    url,
    headers: req.headers,
    body,
    correlationId,
    listingMods: listingMods(fired, route.endpoint),
    usageFault: fired.find((f) => USAGE_FAULTS.has(f.fault.kind))?.fault.kind as UsageFault | undefined,
  };
  let reply: Reply | undefined;
  for (const f of fired) {
    reply = faultReply(ex.state, ctx, route.endpoint, f);
    if (reply) break;
  }
  reply ??= handle(ex.state, ctx, route.endpoint, route.params);
  const bodyFault = fired.find((f) => f.fault.kind === 'stall' || f.fault.kind === 'truncate');
  await send(ex.delays, req, res, entry, reply, bodyFault);
}

/** A bug in the sandbox: answer like Genesys would, and keep serving. */
function internalError(res: ServerResponse, err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const contextId = String(res.getHeader('ININ-Correlation-Id') ?? randomUUID());
  const reply = jsonReply(
    500,
    errorBody(500, 'internal.server.error', `Sandbox error: ${String(err)}`, contextId),
  );
  res.writeHead(500, { ...reply.headers, 'Content-Length': String(reply.body.length) });
  res.end(reply.body);
}

export function requestListener(ex: Exchange): RequestListener {
  return (req, res) => {
    onRequest(ex, req, res).catch((err: unknown) => internalError(res, err));
  };
}
