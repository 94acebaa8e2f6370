/**
 * The command-line form of a sandbox fault (`genesys-oauth-audit sandbox --fault <spec>`,
 * repeatable), parsed by `parseFaultSpec`:
 *
 *   <endpoint>:<kind>[:<option>=<value>]...
 *
 *   endpoint   token | clients | client | scopes | roles | role | permissions | divisions | users |
 *              tokens-me | usage-query | usage-results | *   (`client` is GET /api/v2/oauth/clients/{id};
 *              `usage-query` is POST /api/v2/usage/query, `usage-results` GET …/{executionId}/results;
 *              `*` is every request)
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
 *              query-failed       usage-results only: the usage query's `queryStatus` is `Failed`
 *              query-running      usage-results only: the query is still `Running` (with times=<n>: for n polls)
 *              query-empty        usage-results only: the query completes with no rows
 *              query-unknown-clients  usage-results only: rows for clients that are not in the org
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
import {
  FAULT_ENDPOINTS,
  type FaultEndpoint,
  type FaultKind,
  type FaultSpec,
  FaultSpecError,
  type FaultTiming,
  LISTING_FIELDS,
  type ListingField,
} from './faults.js';

/** The kinds written as a word (besides `429`, `401`, `403` and status sequences). */
export const KIND_WORDS: Record<string, FaultKind> = {
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
  'query-failed': 'query-failed',
  'query-running': 'query-running',
  'query-empty': 'query-empty',
  'query-unknown-clients': 'query-unknown-clients',
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
  'query-failed': [],
  'query-running': [],
  'query-empty': [],
  'query-unknown-clients': [],
};

/** The error for a fault text that does not parse. */
function invalid(text: string, message: string): FaultSpecError {
  return new FaultSpecError(`invalid fault "${text}": ${message}`);
}

const USAGE = `expected <endpoint>:<kind>[:<option>=<value>]..., e.g. roles:429:retry-after=2:times=1`;

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

/** One fault being parsed: its whole text (for messages) and its named options. */
class FaultText {
  constructor(
    readonly text: string,
    readonly options: ReadonlyMap<string, string>,
  ) {}

  fail(message: string): FaultSpecError {
    return invalid(this.text, message);
  }

  num(name: string, allowZero = false): number | undefined {
    const v = this.options.get(name);
    if (v === undefined) return undefined;
    try {
      return positiveInt(v, name, allowZero);
    } catch (e) {
      throw this.fail((e as Error).message);
    }
  }
}

function parseEndpoint(text: string, endpointText: string): FaultEndpoint {
  if (!(FAULT_ENDPOINTS as readonly string[]).includes(endpointText)) {
    throw invalid(text, `unknown endpoint "${endpointText}" (one of ${FAULT_ENDPOINTS.join(', ')})`);
  }
  return endpointText as FaultEndpoint;
}

function parseKind(text: string, kindText: string): { kind: FaultKind; statuses?: number[] } {
  if (kindText === '429') return { kind: 'rate-limit' };
  if (kindText === '401') return { kind: 'expired-token' };
  if (kindText === '403') return { kind: 'forbidden' };
  if (/^\d/.test(kindText)) {
    try {
      return { kind: 'status', statuses: parseStatuses(kindText) };
    } catch (e) {
      throw invalid(text, (e as Error).message);
    }
  }
  const kind = KIND_WORDS[kindText];
  if (kind) return { kind };
  throw invalid(
    text,
    `unknown kind "${kindText}" (429, 401, 403, a 5xx status list, or one of ${Object.keys(KIND_WORDS).join(', ')})`,
  );
}

/** `<name>=<value>` parts, checked against the options `kind` takes. */
function parseOptions(text: string, kind: FaultKind, kindText: string, parts: string[]): Map<string, string> {
  // A part that does not start with `<name>=` continues the previous value: permissions and JSON
  // values contain colons (`permission=oauth:client:view`, `value={"a":"b"}`).
  const merged: string[] = [];
  for (const part of parts) {
    if (!/^[a-z][a-z-]*=/.test(part) && merged.length > 0) merged[merged.length - 1] += `:${part}`;
    else merged.push(part);
  }
  const options = new Map<string, string>();
  for (const opt of merged) {
    const eq = opt.indexOf('=');
    if (eq <= 0) throw invalid(text, `option "${opt}" must be <name>=<value>`);
    const name = opt.slice(0, eq);
    if (name !== 'nth' && name !== 'times' && !KIND_OPTIONS[kind].includes(name)) {
      const known = ['nth', 'times', ...KIND_OPTIONS[kind]].join(', ');
      throw invalid(text, `unknown option "${name}" for ${kindText} (known: ${known})`);
    }
    if (options.has(name)) throw invalid(text, `option "${name}" given twice`);
    options.set(name, opt.slice(eq + 1));
  }
  return options;
}

const withDefined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function fieldFault(t: FaultText, timing: FaultTiming): FaultSpec {
  const name = t.options.get('name');
  if (!(LISTING_FIELDS as readonly (string | undefined)[]).includes(name)) {
    throw t.fail(`field needs name=<one of ${LISTING_FIELDS.join(', ')}>`);
  }
  const raw = t.options.get('value');
  if (raw === undefined) return { ...timing, kind: 'field', name: name as ListingField };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw t.fail(`value must be JSON (a string in double quotes: value="12")`);
  }
  return { ...timing, kind: 'field', name: name as ListingField, value };
}

function errorStatusFault(t: FaultText, timing: FaultTiming): FaultSpec {
  const status = t.num('status');
  if (status !== undefined && (status < 400 || status > 599)) {
    throw t.fail(`error-body status must be an error status (400-599)`);
  }
  return withDefined({ ...timing, kind: 'error-body', status });
}

function htmlFault(t: FaultText, timing: FaultTiming): FaultSpec {
  const status = t.num('status');
  if (status !== undefined && status !== 200 && status !== 502) {
    throw t.fail(`html status must be 200 or 502`);
  }
  return withDefined({ ...timing, kind: 'html', status: status as 200 | 502 | undefined });
}

function forbiddenFault(t: FaultText, timing: FaultTiming): FaultSpec {
  const permission = t.options.get('permission');
  if (permission === '') throw t.fail(`permission must not be empty`);
  return withDefined({ ...timing, kind: 'forbidden', permission, message: t.options.get('message') });
}

/** The fault of `kind` with its options read. */
function buildFault(t: FaultText, timing: FaultTiming, kind: FaultKind, statuses?: number[]): FaultSpec {
  switch (kind) {
    case 'rate-limit':
      return withDefined({ ...timing, kind, retryAfterSeconds: t.num('retry-after', true) });
    case 'status':
      return { ...timing, kind, statuses: statuses! };
    case 'expired-token':
    case 'reset':
    case 'duplicate-ids':
    case 'query-failed':
    case 'query-running':
    case 'query-empty':
    case 'query-unknown-clients':
      return { ...timing, kind };
    case 'forbidden':
      return forbiddenFault(t, timing);
    case 'delay':
      return withDefined({ ...timing, kind, ms: t.num('ms', true) });
    case 'stall':
      return withDefined({ ...timing, kind, ms: t.num('ms', true), afterBytes: t.num('after', true) });
    case 'truncate':
      return withDefined({ ...timing, kind, bytes: t.num('bytes', true) });
    case 'html':
      return htmlFault(t, timing);
    case 'paging-loop':
      return withDefined({ ...timing, kind, toPage: t.num('to') });
    case 'total-mismatch':
      return withDefined({ ...timing, kind, extra: t.num('extra') });
    case 'error-body':
      return errorStatusFault(t, timing);
    case 'field':
      return fieldFault(t, timing);
  }
}

/** Parses the command-line form documented at the top of this file. Throws `FaultSpecError`. */
export function parseFaultSpec(text: string): FaultSpec {
  const [endpointText, kindTextRaw, ...optionParts] = text.trim().split(':');
  if (!endpointText || kindTextRaw === undefined || kindTextRaw === '') {
    throw invalid(text, USAGE);
  }
  const endpoint = parseEndpoint(text, endpointText);
  let kindText = kindTextRaw;
  // Shorthand `delay=500` / `stall=500`.
  const shorthand = /^(delay|stall)=(.*)$/.exec(kindText);
  if (shorthand) {
    kindText = shorthand[1]!;
    optionParts.unshift(`ms=${shorthand[2]}`);
  }
  const { kind, statuses } = parseKind(text, kindText);
  const t = new FaultText(text, parseOptions(text, kind, kindText, optionParts));
  const timing: FaultTiming = { endpoint };
  const nth = t.num('nth');
  const times = t.num('times');
  if (nth !== undefined) timing.nth = nth;
  if (times !== undefined) timing.times = times;
  return buildFault(t, timing, kind, statuses);
}
