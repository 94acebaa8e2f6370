/**
 * Faults the sandbox can inject, so tests, the demo and the benchmarks can exercise every failure
 * path of GENESYS-API.md and SPEC §6 over real HTTP.
 *
 * Command-line syntax (`genesys-oauth-audit sandbox --fault <spec>`, repeatable), parsed by
 * `parseFaultSpec`:
 *
 *   <endpoint>:<kind>[:<option>=<value>]...
 *
 *   endpoint   token | clients | client | scopes | roles | divisions | tokens-me | *
 *              (`client` is GET /api/v2/oauth/clients/{id}; `*` is every request)
 *   kind       429                429 + Retry-After + `too.many.requests.retry.after` body
 *                                 options: retry-after=<seconds> (default 1)
 *              500,502,503,...    a status sequence (any 4xx/5xx but 401/403/429, e.g. 503,503,500 or 501):
 *                                 one status per request, in order; `times` defaults to its length
 *              401                as if the token expired: the token is revoked, a new one works
 *                                 (on `token`: an `invalid_client` answer)
 *              403                `missing.any.permissions`; options: permission=<name> (may contain
 *                                 colons: `permission=oauth:client:view`; default: the endpoint's own),
 *                                 message=<text> (the body's whole `message`, as a server may word it)
 *              delay              wait before sending headers; options: ms=<n> (default 1000)
 *              stall              send part of the body, wait, send the rest;
 *                                 options: ms=<n> (default 1000), after=<bytes> (default: half)
 *              reset              destroy the socket without an answer
 *              truncate           Content-Length of the full body, then the socket ends early;
 *                                 options: bytes=<n> sent (default: half)
 *              html               an HTML error page instead of JSON; options: status=<200|502> (default 502)
 *              error-body         status 200, but the body is a Genesys error body instead of the answer;
 *                                 options: status=<400-599> the error it describes (default 500)
 *              paging-loop        clients only: the last page's nextUri points back to page <to> (default 1)
 *              duplicate-ids      clients only: the first client is served again on the last page
 *              total-mismatch     clients only: `total` is larger than the entities; options: extra=<n> (default 5)
 *              field              listings only (clients, roles, divisions, scopes): sets one top-level field
 *                                 of the page to a JSON value, or removes it;
 *                                 options: name=<field> (required; entities, pageSize, pageNumber, total,
 *                                 pageCount, firstUri, nextUri, previousUri, lastUri, selfUri),
 *                                 value=<JSON> (absent: the field is removed; a string in double quotes)
 *   options common to all kinds:
 *              nth=<n>            first fire on the n-th request to the endpoint (1-based, counted
 *                                 from when the fault was added; default 1)
 *              times=<n>          fire on this many requests, then stop (default: forever, or the
 *                                 length of a status sequence)
 *
 *   `delay=500` and `stall=500` are accepted as shorthand for `delay:ms=500` / `stall:ms=500`.
 *   `nth` and `times` pick pages: the n-th request to a listing is its page n when nothing is retried.
 *   Examples: `roles:429:retry-after=2:times=1`, `clients:503,503,500`, `*:reset:nth=3:times=1`,
 *   `clients:paging-loop`, `token:delay:ms=200`, `clients:error-body:nth=2:times=1` (page 2 is an
 *   error with status 200), `clients:field:name=nextUri:nth=1:times=1` (page 1 loses its link),
 *   `roles:field:name=total:value="12"`, `clients:field:name=pageCount:value=2`.
 */

export const FAULT_ENDPOINTS = [
  'token',
  'clients',
  'client',
  'scopes',
  'roles',
  'divisions',
  'tokens-me',
  '*',
] as const;
export type FaultEndpoint = (typeof FAULT_ENDPOINTS)[number];
/** An endpoint a request can be routed to (`*` only appears in faults). */
export type Endpoint = Exclude<FaultEndpoint, '*'>;

/** The endpoints that answer with a listing (the `field` fault applies to them). */
export const LISTING_ENDPOINTS: ReadonlySet<FaultEndpoint> = new Set([
  'clients',
  'roles',
  'divisions',
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
  );

export type FaultKind = FaultSpec['kind'];

/** Faults that change the clients listing instead of replacing the answer. */
export const LISTING_FAULTS: ReadonlySet<FaultKind> = new Set([
  'paging-loop',
  'duplicate-ids',
  'total-mismatch',
]);

export class FaultSpecError extends Error {
  override name = 'FaultSpecError';
}

const KIND_WORDS: Record<string, FaultKind> = {
  delay: 'delay',
  stall: 'stall',
  reset: 'reset',
  truncate: 'truncate',
  html: 'html',
  'error-body': 'error-body',
  'paging-loop': 'paging-loop',
  'duplicate-ids': 'duplicate-ids',
  'total-mismatch': 'total-mismatch',
  field: 'field',
};

const KIND_OPTIONS: Record<FaultKind, readonly string[]> = {
  'rate-limit': ['retry-after'],
  status: [],
  'expired-token': [],
  forbidden: ['permission', 'message'],
  delay: ['ms'],
  stall: ['ms', 'after'],
  reset: [],
  truncate: ['bytes'],
  html: ['status'],
  'error-body': ['status'],
  'paging-loop': ['to'],
  'duplicate-ids': [],
  'total-mismatch': ['extra'],
  field: ['name', 'value'],
};

function positiveInt(text: string, what: string, allowZero = false): number {
  if (!/^\d+$/.test(text)) throw new FaultSpecError(`${what} must be a whole number, got "${text}"`);
  const n = Number(text);
  if (!allowZero && n < 1) throw new FaultSpecError(`${what} must be at least 1, got "${text}"`);
  return n;
}

function parseStatuses(text: string): number[] {
  return text.split(',').map((part) => {
    const status = positiveInt(part.trim(), 'a status');
    if (status < 400 || status > 599)
      throw new FaultSpecError(`status ${status} is not an error status (400-599)`);
    if (status === 401 || status === 403 || status === 429) {
      throw new FaultSpecError(`status ${status} has its own fault kind: write it alone ("${status}")`);
    }
    return status;
  });
}

/** Parses the command-line form documented at the top of this file. Throws `FaultSpecError`. */
export function parseFaultSpec(text: string): FaultSpec {
  const parts = text.trim().split(':');
  const [endpointText, kindTextRaw, ...optionParts] = parts;
  const usage = `expected <endpoint>:<kind>[:<option>=<value>]..., e.g. roles:429:retry-after=2:times=1`;
  if (!endpointText || kindTextRaw === undefined || kindTextRaw === '') {
    throw new FaultSpecError(`invalid fault "${text}": ${usage}`);
  }
  if (!(FAULT_ENDPOINTS as readonly string[]).includes(endpointText)) {
    throw new FaultSpecError(
      `invalid fault "${text}": unknown endpoint "${endpointText}" (one of ${FAULT_ENDPOINTS.join(', ')})`,
    );
  }
  const endpoint = endpointText as FaultEndpoint;

  let kindText = kindTextRaw;
  // Shorthand `delay=500` / `stall=500`.
  const shorthand = /^(delay|stall)=(.*)$/.exec(kindText);
  if (shorthand) {
    kindText = shorthand[1]!;
    optionParts.unshift(`ms=${shorthand[2]}`);
  }

  let kind: FaultKind;
  let statuses: number[] | undefined;
  if (kindText === '429') kind = 'rate-limit';
  else if (kindText === '401') kind = 'expired-token';
  else if (kindText === '403') kind = 'forbidden';
  else if (/^\d/.test(kindText)) {
    kind = 'status';
    try {
      statuses = parseStatuses(kindText);
    } catch (e) {
      throw new FaultSpecError(`invalid fault "${text}": ${(e as Error).message}`);
    }
  } else if (KIND_WORDS[kindText]) kind = KIND_WORDS[kindText]!;
  else {
    throw new FaultSpecError(
      `invalid fault "${text}": unknown kind "${kindText}" (429, 401, 403, a 5xx status list, or one of ${Object.keys(KIND_WORDS).join(', ')})`,
    );
  }

  // A part that does not start with `<name>=` continues the previous value: permissions and JSON
  // values contain colons (`permission=oauth:client:view`, `value={"a":"b"}`).
  const merged: string[] = [];
  for (const part of optionParts) {
    if (!/^[a-z][a-z-]*=/.test(part) && merged.length > 0) merged[merged.length - 1] += `:${part}`;
    else merged.push(part);
  }
  const options = new Map<string, string>();
  for (const opt of merged) {
    const eq = opt.indexOf('=');
    if (eq <= 0) throw new FaultSpecError(`invalid fault "${text}": option "${opt}" must be <name>=<value>`);
    const name = opt.slice(0, eq);
    if (name !== 'nth' && name !== 'times' && !KIND_OPTIONS[kind].includes(name)) {
      const known = ['nth', 'times', ...KIND_OPTIONS[kind]].join(', ');
      throw new FaultSpecError(
        `invalid fault "${text}": unknown option "${name}" for ${kindText} (known: ${known})`,
      );
    }
    if (options.has(name)) throw new FaultSpecError(`invalid fault "${text}": option "${name}" given twice`);
    options.set(name, opt.slice(eq + 1));
  }

  const num = (name: string, allowZero = false): number | undefined => {
    const v = options.get(name);
    if (v === undefined) return undefined;
    try {
      return positiveInt(v, name, allowZero);
    } catch (e) {
      throw new FaultSpecError(`invalid fault "${text}": ${(e as Error).message}`);
    }
  };

  const timing: FaultTiming = { endpoint };
  const nth = num('nth');
  const times = num('times');
  if (nth !== undefined) timing.nth = nth;
  if (times !== undefined) timing.times = times;

  const withDefined = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

  switch (kind) {
    case 'rate-limit':
      return withDefined({ ...timing, kind, retryAfterSeconds: num('retry-after', true) });
    case 'status':
      return { ...timing, kind, statuses: statuses! };
    case 'expired-token':
    case 'reset':
    case 'duplicate-ids':
      return { ...timing, kind };
    case 'forbidden': {
      const permission = options.get('permission');
      if (permission === '')
        throw new FaultSpecError(`invalid fault "${text}": permission must not be empty`);
      return withDefined({ ...timing, kind, permission, message: options.get('message') });
    }
    case 'delay':
      return withDefined({ ...timing, kind, ms: num('ms', true) });
    case 'stall':
      return withDefined({ ...timing, kind, ms: num('ms', true), afterBytes: num('after', true) });
    case 'truncate':
      return withDefined({ ...timing, kind, bytes: num('bytes', true) });
    case 'html': {
      const status = num('status');
      if (status !== undefined && status !== 200 && status !== 502) {
        throw new FaultSpecError(`invalid fault "${text}": html status must be 200 or 502`);
      }
      return withDefined({ ...timing, kind, status: status as 200 | 502 | undefined });
    }
    case 'paging-loop':
      return withDefined({ ...timing, kind, toPage: num('to') });
    case 'total-mismatch':
      return withDefined({ ...timing, kind, extra: num('extra') });
    case 'error-body': {
      const status = num('status');
      if (status !== undefined && (status < 400 || status > 599)) {
        throw new FaultSpecError(
          `invalid fault "${text}": error-body status must be an error status (400-599)`,
        );
      }
      return withDefined({ ...timing, kind, status });
    }
    case 'field': {
      const name = options.get('name');
      if (!(LISTING_FIELDS as readonly (string | undefined)[]).includes(name)) {
        throw new FaultSpecError(
          `invalid fault "${text}": field needs name=<one of ${LISTING_FIELDS.join(', ')}>`,
        );
      }
      const raw = options.get('value');
      if (raw === undefined) return { ...timing, kind, name: name as ListingField };
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        throw new FaultSpecError(
          `invalid fault "${text}": value must be JSON (a string in double quotes: value="12")`,
        );
      }
      return { ...timing, kind, name: name as ListingField, value };
    }
  }
}

/** Checks a fault given in code (the CLI path is checked by the parser). */
export function validateFault(fault: FaultSpec): void {
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
  if (fault.kind === 'field') {
    if (!LISTING_ENDPOINTS.has(fault.endpoint) && fault.endpoint !== '*') {
      throw new FaultSpecError(`fault field applies to listings only (clients, roles, divisions, scopes)`);
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
