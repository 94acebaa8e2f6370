/**
 * Faults the sandbox can inject, so tests, the demo and the benchmarks can exercise every failure
 * path of the Genesys Cloud API over real HTTP: rate limits, server errors, expired tokens, missing
 * permissions, slow, cut and reset answers, non-JSON bodies and broken paging.
 * The command-line form of a fault is parsed in `./fault-syntax.ts`.
 */
import { UserError } from '../errors.js';

export const FAULT_ENDPOINTS = [
  'token',
  'clients',
  'client',
  'scopes',
  'roles',
  'role',
  'permissions',
  'divisions',
  'users',
  'tokens-me',
  'usage-query',
  'usage-results',
  '*',
] as const;
export type FaultEndpoint = (typeof FAULT_ENDPOINTS)[number];
/** An endpoint a request can be routed to (`*` only appears in faults). */
export type Endpoint = Exclude<FaultEndpoint, '*'>;

/** The endpoints that answer with a listing (the `field` fault applies to them). */
const LISTING_ENDPOINTS: ReadonlySet<FaultEndpoint> = new Set([
  'clients',
  'roles',
  'permissions',
  'divisions',
  'users',
  'scopes',
]);

/** The top-level fields of a listing page, as Genesys names them. */
export const LISTING_FIELDS = [
  'entities',
  'pageSize',
  'pageNumber',
  'total',
  'pageCount',
  'firstUri',
  'nextUri',
  'previousUri',
  'lastUri',
  'selfUri',
] as const;
export type ListingField = (typeof LISTING_FIELDS)[number];

export interface FaultTiming {
  endpoint: FaultEndpoint;
  /** First fire on the n-th request to the endpoint since the fault was added (1-based; default 1). */
  nth?: number;
  /** Number of requests the fault fires on (default: unlimited; a status sequence: its length). */
  times?: number;
}

export type FaultSpec = FaultTiming &
  (
    | { kind: 'rate-limit'; retryAfterSeconds?: number }
    | { kind: 'status'; statuses: number[] }
    | { kind: 'expired-token' }
    | { kind: 'forbidden'; permission?: string; message?: string }
    | { kind: 'delay'; ms?: number }
    | { kind: 'stall'; ms?: number; afterBytes?: number }
    | { kind: 'reset' }
    | { kind: 'truncate'; bytes?: number }
    | { kind: 'html'; status?: 200 | 502 }
    | { kind: 'error-body'; status?: number }
    | { kind: 'paging-loop'; toPage?: number }
    | { kind: 'duplicate-ids' }
    | { kind: 'total-mismatch'; extra?: number }
    /** `value` undefined: the field is removed. */
    | { kind: 'field'; name: ListingField; value?: unknown }
    /** Usage results: the query failed, is still running, found nothing, or has rows for unknown clients. */
    | { kind: 'query-failed' }
    | { kind: 'query-running' }
    | { kind: 'query-empty' }
    | { kind: 'query-unknown-clients' }
  );

export type FaultKind = FaultSpec['kind'];

/** Faults that change the clients listing instead of replacing the answer. */
const LISTING_FAULTS: ReadonlySet<FaultKind> = new Set(['paging-loop', 'duplicate-ids', 'total-mismatch']);

/** Faults that change the usage results instead of replacing the answer. */
export const USAGE_FAULTS: ReadonlySet<FaultKind> = new Set([
  'query-failed',
  'query-running',
  'query-empty',
  'query-unknown-clients',
]);

/** A `--fault` that cannot be read: the user's mistake. */
export class FaultSpecError extends UserError {
  override name = 'FaultSpecError';
}

/** Checks a fault given in code (the CLI path is checked by the parser). */
function validateFault(fault: FaultSpec): void {
  if (!(FAULT_ENDPOINTS as readonly string[]).includes(fault.endpoint)) {
    throw new FaultSpecError(`unknown fault endpoint "${String(fault.endpoint)}"`);
  }
  if (fault.nth !== undefined && (!Number.isInteger(fault.nth) || fault.nth < 1)) {
    throw new FaultSpecError(`fault nth must be a whole number >= 1`);
  }
  if (fault.times !== undefined && (!Number.isInteger(fault.times) || fault.times < 0)) {
    throw new FaultSpecError(`fault times must be a whole number >= 0`);
  }
  if (fault.kind === 'status' && fault.statuses.length === 0) {
    throw new FaultSpecError(`a status fault needs at least one status`);
  }
  if (LISTING_FAULTS.has(fault.kind) && fault.endpoint !== 'clients' && fault.endpoint !== '*') {
    throw new FaultSpecError(`fault ${fault.kind} applies to the clients listing only`);
  }
  if (USAGE_FAULTS.has(fault.kind) && fault.endpoint !== 'usage-results' && fault.endpoint !== '*') {
    throw new FaultSpecError(`fault ${fault.kind} applies to usage-results only`);
  }
  if (fault.kind === 'field') {
    if (!LISTING_ENDPOINTS.has(fault.endpoint) && fault.endpoint !== '*') {
      throw new FaultSpecError(`fault field applies to listings only (${[...LISTING_ENDPOINTS].join(', ')})`);
    }
    if (!(LISTING_FIELDS as readonly string[]).includes(fault.name)) {
      throw new FaultSpecError(`fault field: unknown listing field "${String(fault.name)}"`);
    }
  }
  if (fault.kind === 'error-body' && fault.status !== undefined) {
    if (!Number.isInteger(fault.status) || fault.status < 400 || fault.status > 599) {
      throw new FaultSpecError(`fault error-body: status must be an error status (400-599)`);
    }
  }
}

/** One fault firing on one request. `index` counts its fires (0-based), for status sequences. */
export interface FiredFault {
  fault: FaultSpec;
  index: number;
}

interface ArmedFault {
  fault: FaultSpec;
  seen: number;
  fired: number;
}

/** The faults armed on a sandbox, and their per-request counting. */
export class FaultBook {
  private armed: ArmedFault[] = [];

  add(fault: FaultSpec): void {
    validateFault(fault);
    this.armed.push({ fault, seen: 0, fired: 0 });
  }

  clear(): void {
    this.armed = [];
  }

  /**
   * Counts one request to `endpoint` against every armed fault and returns those that fire on it,
   * in the order they were added. Every matching fault counts the request, fired or not.
   */
  take(endpoint: Endpoint): FiredFault[] {
    const fired: FiredFault[] = [];
    for (const a of this.armed) {
      if (a.fault.endpoint !== '*' && a.fault.endpoint !== endpoint) continue;
      a.seen++;
      const limit = a.fault.times ?? (a.fault.kind === 'status' ? a.fault.statuses.length : Infinity);
      if (a.seen >= (a.fault.nth ?? 1) && a.fired < limit) {
        fired.push({ fault: a.fault, index: a.fired });
        a.fired++;
      }
    }
    return fired;
  }
}
