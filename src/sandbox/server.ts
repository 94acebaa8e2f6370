/**
 * A local Genesys Cloud-compatible server: the login and API hosts on one loopback port, serving a
 * seeded org in the wire shapes of the Genesys Cloud Platform API, with injectable faults.
 * Fault syntax for the command line: see `./fault-syntax.ts`.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { DEFAULT_LIMITS, type HttpLimits } from '../limits.js';
import { Delays, type Exchange, type RequestLogEntry, requestListener } from './exchange.js';
import { FaultBook, type FaultSpec } from './faults.js';
import { applyCreationDates, UsageStore } from './usage.js';
import type { SandboxState } from './handlers.js';
import { ClientListing } from './listing.js';
import { RateLimiter } from './rate-limiter.js';
import { SCOPE_CATALOGUE } from './scopes.js';
import { parseSeed } from './seeds/index.js';
import { TokenStore } from './tokens.js';
import type { ResolvedSeedOrg, SeedOrg } from './wire.js';
import type { ApiSourceSettings } from '../settings.js';

export { parseFaultSpec } from './fault-syntax.js';
export type { FaultSpec } from './faults.js';
export type { RequestLogEntry } from './exchange.js';
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
  /**
   * The roles listing lacks `permissionPolicies` (whether Genesys always lists them is not
   * confirmed); GET /authorization/roles/{id} has them.
   */
  omitListPermissionPolicies?: boolean;
  /** Put a legacy `secret` value (starting with `INJECTED_SECRET_PREFIX`) in every client record. */
  injectSecrets?: boolean;
  /** The sandbox's clock: seeded usage and creation dates are relative to it. Default: the real time. */
  clock?: () => Date;
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

const DEFAULT_RATE_LIMIT = { requests: 300, windowMs: 60_000 } as const;
const DEFAULT_TOKEN_TTL_SECONDS = 86399;

function resolveOrg(seed: string | SeedOrg | undefined, injectSecrets: boolean, now: Date): ResolvedSeedOrg {
  const base =
    typeof seed === 'string' || seed === undefined ? parseSeed(seed ?? 'demo') : structuredClone(seed);
  const org: ResolvedSeedOrg = {
    id: base.id ?? '00000000-0000-4000-8000-000000000000',
    name: base.name ?? 'Sandbox Org',
    clients: base.clients,
    roles: base.roles ?? [],
    divisions: base.divisions ?? [],
    scopes: base.scopes ?? SCOPE_CATALOGUE.map((s) => ({ ...s })),
    usage: base.usage,
    users: base.users ?? [],
  };
  applyCreationDates(org.clients, org.usage, now);
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

function sandboxState(options: SandboxOptions): SandboxState {
  const clock = options.clock ?? (() => new Date());
  const org = resolveOrg(options.seed, options.injectSecrets ?? false, clock());
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
    usage: new UsageStore(org.id, org.clients, org.usage, clock),
    omitListPermissionPolicies: options.omitListPermissionPolicies ?? false,
  };
  // Serialise the first page now, so the first request of a large org is as fast as the rest.
  state.listing.page(1);
  return state;
}

/** Listens on 127.0.0.1 only; resolves with the port. */
async function listen(server: Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('sandbox: unexpected server address');
  return address.port;
}

/** Ends the waits, the server and every open connection; the same promise on every call. */
function closer(server: Server, sockets: Set<Socket>, delays: Delays): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= new Promise<void>((resolve) => {
      delays.close();
      server.close(() => resolve());
      server.closeAllConnections();
      for (const s of sockets) s.destroy();
    });
    return closing;
  };
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  checkOptions(options);
  const state = sandboxState(options);
  const faults = new FaultBook();
  for (const f of options.faults ?? []) faults.add(f);
  const exchange: Exchange = { state, faults, requests: [], delays: new Delays() };

  const server = createServer(requestListener(exchange));
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  const port = await listen(server, options.port ?? 0);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    apiBaseUrl: url,
    loginBaseUrl: url,
    port,
    source: (limits = DEFAULT_LIMITS) => ({
      kind: 'api',
      region: 'sandbox',
      apiBaseUrl: url,
      loginBaseUrl: url,
      clientId: state.clientId,
      clientSecret: state.clientSecret,
      limits,
    }),
    requests: exchange.requests,
    org: state.org,
    addFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    close: closer(server, sockets, exchange.delays),
  };
}
