/**
 * A local Genesys Cloud-compatible server (SPEC §11): the login and API hosts on one loopback
 * port, serving a seeded org in the wire shapes of GENESYS-API.md, with injectable faults.
 * Fault syntax for the command line: see `./fault-syntax.ts`.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_LIMITS, type HttpLimits } from '../genesys/limits.js';
import type { ApiSourceSettings } from '../settings.js';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { Socket } from 'node:net';
import { FaultBook, type FaultKind, type FaultSpec, type FiredFault } from './faults.js';
import { type SandboxState, faultReply, handle, listingMods, refusal, resolveRoute } from './handlers.js';
import { ClientListing } from './listing.js';
import { RateLimiter } from './rate-limiter.js';
import { type Reply, jsonReply } from './reply.js';
import { SCOPE_CATALOGUE } from './scopes.js';
import { parseSeed } from './seeds/index.js';
import { TokenStore } from './tokens.js';
import { errorBody } from './errors.js';
import type { ResolvedSeedOrg, SeedOrg } from './wire.js';

export { parseFaultSpec } from './fault-syntax.js';
export type { FaultSpec } from './faults.js';
export { parseSeed } from './seeds/index.js';
export type * from './wire.js';

export interface SandboxOptions {
  /** `demo` (default), `synthetic:N`, `synthetic:N:M` (N clients, M roles), or an explicit org. */
  seed?: string | SeedOrg;
  /** The one accepted client ID; default `sandbox-client`. */
  clientId?: string;
  /** Its secret; default `sandbox-secret`. */
  clientSecret?: string;
  /** Default 0 (a free port). The server always binds 127.0.0.1 only. */
  port?: number;
  /** Page size of the clients listing; default: every client in one page, as Genesys does. */
  pageSize?: number;
  /** Per-token limit; default 300 requests per 60 s; `false`: none. */
  rateLimit?: { requests: number; windowMs: number } | false;
  /** Permissions of the audit identity; default all. Omit one to get its 403. */
  permissions?: string[];
  faults?: FaultSpec[];
  /** `expires_in` of issued tokens; default 86399. */
  tokenTtlSeconds?: number;
  /** List items lack `authorizedGrantType` (before February 2026); GET /clients/{id} has it. */
  omitListGrantTypes?: boolean;
  /** Put a legacy `secret` value (starting with `INJECTED_SECRET_PREFIX`) in every client record. */
  injectSecrets?: boolean;
}

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

export interface Sandbox {
  /** `http://127.0.0.1:<port>`; login and API are served on the same server. */
  url: string;
  apiBaseUrl: string;
  loginBaseUrl: string;
  port: number;
  /** Settings that point the audit at this sandbox with its one credential pair. */
  source(limits?: HttpLimits): ApiSourceSettings;
  /** Every request, in arrival order. */
  requests: RequestLogEntry[];
  addFault(fault: FaultSpec): void;
  clearFaults(): void;
  /** The served data, with every part filled in. */
  org: ResolvedSeedOrg;
  /** Closes the server and every open connection, and cancels pending delays. */
  close(): Promise<void>;
}

/** Every injected legacy secret starts with this, so tests can search any output for it. */
export const INJECTED_SECRET_PREFIX = 'SANDBOX-INJECTED-SECRET-';

export const DEFAULT_RATE_LIMIT = { requests: 300, windowMs: 60_000 } as const;
const DEFAULT_TOKEN_TTL_SECONDS = 86399;
const MAX_TOKEN_BODY_BYTES = 64 * 1024;
const DEFAULT_FAULT_MS = 1000;

function resolveOrg(seed: string | SeedOrg | undefined, injectSecrets: boolean): ResolvedSeedOrg {
  const base =
    typeof seed === 'string' || seed === undefined ? parseSeed(seed ?? 'demo') : structuredClone(seed);
  const org: ResolvedSeedOrg = {
    id: base.id ?? '00000000-0000-4000-8000-000000000000',
    name: base.name ?? 'Sandbox Org',
    clients: base.clients,
    roles: base.roles ?? [],
    divisions: base.divisions ?? [],
    scopes: base.scopes ?? SCOPE_CATALOGUE.map((s) => ({ ...s })),
  };
  if (injectSecrets) {
    org.clients = org.clients.map((c, i) => ({ ...c, secret: `${INJECTED_SECRET_PREFIX}${i}` }));
  }
  return org;
}

function checkOptions(o: SandboxOptions): void {
  const positiveInt = (v: number | undefined, name: string) => {
    if (v !== undefined && (!Number.isInteger(v) || v < 1))
      throw new RangeError(`sandbox ${name} must be a whole number >= 1`);
  };
  positiveInt(o.pageSize, 'pageSize');
  if (o.rateLimit) {
    positiveInt(o.rateLimit.requests, 'rateLimit.requests');
    positiveInt(o.rateLimit.windowMs, 'rateLimit.windowMs');
  }
  if (o.tokenTtlSeconds !== undefined && !(o.tokenTtlSeconds > 0))
    throw new RangeError('sandbox tokenTtlSeconds must be > 0');
  if (o.port !== undefined && (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535)) {
    throw new RangeError('sandbox port must be 0-65535');
  }
}

function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of params) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  checkOptions(options);
  const org = resolveOrg(options.seed, options.injectSecrets ?? false);
  const rateLimit = options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit;
  const state: SandboxState = {
    org,
    listing: new ClientListing(org.clients, options.pageSize, options.omitListGrantTypes ?? false),
    tokens: new TokenStore(),
    limiter: rateLimit ? new RateLimiter(rateLimit) : null,
    clientId: options.clientId ?? 'sandbox-client',
    clientSecret: options.clientSecret ?? 'sandbox-secret',
    tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
    permissions: options.permissions ? [...options.permissions] : undefined,
  };
  // Serialise the first page now, so the first request of a large org is as fast as the rest.
  state.listing.page(1);

  const faults = new FaultBook();
  for (const f of options.faults ?? []) faults.add(f);

  const requests: RequestLogEntry[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<{ timer: NodeJS.Timeout; done: () => void }>();
  let closed = false;

  /** A cancellable wait: `close()` ends it early, and the request is then dropped. */
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          timers.delete(entry);
          resolve();
        }, ms),
        done: resolve,
      };
      timers.add(entry);
    });

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= MAX_TOKEN_BODY_BYTES) chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', () => resolve(''));
    });

  async function send(
    req: IncomingMessage,
    res: ServerResponse,
    entry: RequestLogEntry,
    reply: Reply,
    bodyFault: FiredFault | undefined,
  ) {
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
      await wait(f.ms ?? DEFAULT_FAULT_MS);
      if (closed || res.destroyed) return;
      res.end(body.subarray(cut));
      return;
    }
    res.end(body);
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse) {
    const method = (req.method ?? 'GET').toUpperCase();
    // Concatenate rather than resolve, so a path like `//x` stays a path and never becomes a host.
    const raw = req.url ?? '/';
    const url = new URL(raw.startsWith('/') ? `http://127.0.0.1${raw}` : raw, 'http://127.0.0.1');
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      query: queryRecord(url.searchParams),
      status: 0,
      at: Date.now(),
    };
    requests.push(entry);
    const correlationId = randomUUID();
    res.setHeader('ININ-Correlation-Id', correlationId);

    const route = resolveRoute(method, url.pathname);
    if (route.kind === 'refuse') {
      await send(req, res, entry, refusal(route.status, method, url.pathname, correlationId), undefined);
      return;
    }
    const fired = faults.take(route.endpoint);
    if (fired.length > 0) entry.faults = fired.map((f) => f.fault.kind);

    if (fired.some((f) => f.fault.kind === 'reset')) {
      req.socket.destroy();
      return;
    }
    const delayMs = fired.reduce(
      (sum, f) => sum + (f.fault.kind === 'delay' ? (f.fault.ms ?? DEFAULT_FAULT_MS) : 0),
      0,
    );
    const body = route.endpoint === 'token' ? await readBody(req) : '';
    if (delayMs > 0) await wait(delayMs);
    if (closed || req.socket.destroyed) return;

    const ctx = {
      method,
      url,
      headers: req.headers,
      body,
      correlationId,
      listingMods: listingMods(fired, route.endpoint),
    };
    let reply: Reply | undefined;
    for (const f of fired) {
      reply = faultReply(state, ctx, route.endpoint, f);
      if (reply) break;
    }
    reply ??= handle(state, ctx, route.endpoint, route.params);
    await send(
      req,
      res,
      entry,
      reply,
      fired.find((f) => f.fault.kind === 'stall' || f.fault.kind === 'truncate'),
    );
  }

  const server: Server = createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      // A bug in the sandbox: answer like Genesys would, and keep serving.
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
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('sandbox: unexpected server address');
  const url = `http://127.0.0.1:${address.port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    apiBaseUrl: url,
    loginBaseUrl: url,
    port: address.port,
    source: (limits = DEFAULT_LIMITS) => ({
      kind: 'api',
      region: 'sandbox',
      apiBaseUrl: url,
      loginBaseUrl: url,
      clientId: state.clientId,
      clientSecret: state.clientSecret,
      limits,
    }),
    requests,
    org,
    addFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    close() {
      closing ??= new Promise<void>((resolve) => {
        closed = true;
        for (const t of timers) {
          clearTimeout(t.timer);
          t.done();
        }
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
      });
      return closing;
    },
  };
}
