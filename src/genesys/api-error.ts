/**
 * What a failed request means to the user: the `ApiError` every failure becomes, and the one
 * sentence it renders as (HTTP status, Genesys error code and message, correlation ID, what went
 * wrong, what to do), built from the answer the server gave. Failures without an answer are told
 * in ./network-failure.ts.
 */
import { IncompleteError } from '../errors.js';
import { terminalText } from '../escape.js';
import { ENV_NAMES } from '../limits.js';

export interface ApiErrorDetails {
  method: string;
  /** Path of the request, without query string. */
  path: string;
  /** HTTP status, when a response arrived. */
  status?: number;
  /** Genesys error `code` (`missing.any.permissions`), or the OAuth `error` of the token endpoint. */
  code?: string;
  /** Genesys error `message` (or OAuth `error_description`). */
  genesysMessage?: string;
  /** `ININ-Correlation-Id` header, else the body's `contextId`. */
  correlationId?: string;
  /** What went wrong, when there is no status to tell it (timeout, reset, bad body). */
  problem?: string;
  /** What the user should do. */
  advice: string;
  /** Attempts made for this request (1 + retries). */
  attempts?: number;
}

/** A request that failed for good. Renders as one sentence: what failed, why, the correlation ID, what to do. */
export class ApiError extends IncompleteError {
  override name = 'ApiError';
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly genesysMessage: string | undefined;
  readonly correlationId: string | undefined;
  readonly attempts: number | undefined;

  constructor(details: ApiErrorDetails, message?: string) {
    super(message ?? renderApiError(details));
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.code = details.code;
    this.genesysMessage = details.genesysMessage;
    this.correlationId = details.correlationId;
    this.attempts = details.attempts;
  }
}

const trimStop = (s: string): string => s.trim().replace(/[.\s]+$/, '');

/** Server text in a message: one line, no control character, and not a whole page of it. */
const serverText = (s: string, max = 300): string => terminalText(s, max);

export function renderApiError(d: ApiErrorDetails): string {
  const parts: string[] = [];
  if (d.status !== undefined) parts.push(String(d.status) + (d.code ? ` ${serverText(d.code, 100)}` : ''));
  else if (d.code) parts.push(serverText(d.code, 100));
  let what = parts.join('');
  if (d.genesysMessage) what += `${what ? ' — ' : ''}${trimStop(serverText(d.genesysMessage))}`;
  if (d.problem) what += `${what ? ': ' : ''}${trimStop(serverText(d.problem))}`;
  if (d.attempts !== undefined && d.attempts > 1) what += ` (after ${d.attempts} attempts)`;
  const corr = d.correlationId ? ` (correlation ID ${serverText(d.correlationId, 100)})` : '';
  return `${d.method} ${serverText(d.path)} failed: ${what}${corr}. ${d.advice}`;
}

type ErrorBody = { code?: string; message?: string; contextId?: string };

/** The Genesys error body (`code`, `message`, `contextId`), or the OAuth one (`error`, `error_description`). */
export function readErrorBody(body: Buffer): ErrorBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return {};
  }
  return errorFields(parsed);
}

/** `readErrorBody` of a body already parsed. */
export function errorFields(parsed: unknown): ErrorBody {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const o = parsed as Record<string, unknown>;
  const str = (v: unknown): string | undefined =>
    typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  return {
    code: str(o.code) ?? str(o.error),
    message: str(o.message) ?? str(o.error_description) ?? str(o.description),
    contextId: str(o.contextId),
  };
}

/** What to do about a 403: grant the permission Genesys names, else the one the endpoint needs. */
function forbiddenAdvice(code: string | undefined, message: string | undefined, permission?: string): string {
  if (code === 'app.not.authorized.for.scope') {
    return 'The token lacks the OAuth scope this call needs: use a Client Credentials client as the audit identity.';
  }
  const listed = /\[([a-z0-9_:*, -]+)\]/i.exec(message ?? '')?.[1];
  const perms = listed
    ?.split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (perms && perms.length === 1) return `Give the audit identity's role the permission ${perms[0]}.`;
  if (perms && perms.length > 1)
    return `Give the audit identity's role one of the permissions ${perms.join(', ')}.`;
  if (permission) return `Give the audit identity's role the permission ${permission}.`;
  return (
    "Check the audit identity's role: it needs oauth:client:view and authorization:role:view " +
    '(divisions, users and the permission catalogue need no permission).'
  );
}

/** Advice for a failed answer, by status and Genesys code. */
export function adviceFor(
  status: number,
  code: string | undefined,
  message: string | undefined,
  permission?: string,
): string {
  if (status === 401) {
    return (
      'The token was refused: check that the audit client is active, that client-id/client-secret are right ' +
      "and that `region` is the org's region."
    );
  }
  if (status === 403) return forbiddenAdvice(code, message, permission);
  if (status === 404) return 'Check `region` and `api-base-url`: this endpoint does not exist there.';
  if (status === 429) {
    return `Genesys Cloud kept rate-limiting the audit: re-run later, or raise ${ENV_NAMES.maxRetries}.`;
  }
  if (status >= 500) {
    return `Genesys Cloud is failing: re-run later (see https://status.mypurecloud.com), or raise ${ENV_NAMES.maxRetries}.`;
  }
  if (status >= 300 && status < 400) {
    return 'The server redirected the request: set `api-base-url`/`login-base-url` to the final address.';
  }
  return 'Re-run the audit; if it persists, report it with the correlation ID.';
}

export function header(
  headers: Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The request and the answer, as far as a message about them needs. */
interface Request {
  method: string;
  path: string;
  permission?: string;
}
interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  correlationId?: string;
  attempts: number;
}

/** The path without its query: what error messages show. */
export function pathOf(pathAndQuery: string): string {
  return pathAndQuery.split(/[?#]/)[0]!;
}

/** A non-2xx answer (or a 2xx one the caller cannot use), with the server's own words about it. */
export function answerFailure(req: Request, res: Answer): ApiErrorDetails {
  const body = readErrorBody(res.body);
  let advice = adviceFor(res.status, body.code, body.message, req.permission);
  let problem: string | undefined;
  if (res.status >= 300 && res.status < 400) {
    const location = header(res.headers, 'location');
    problem = location ? `redirected to ${location.split('?')[0]}` : 'redirected';
  }
  if (!body.message && !body.code && res.status < 300) problem = 'unexpected answer';
  if (res.status === 401 && req.path.startsWith('/api/')) {
    advice = advice.replace(/^The token was refused:/, 'The token was refused even after signing in again:');
  }
  return {
    method: req.method,
    path: pathOf(req.path),
    status: res.status,
    code: body.code,
    genesysMessage: body.message,
    correlationId: res.correlationId ?? body.contextId,
    problem,
    advice,
    attempts: res.attempts,
  };
}

/** A 429 whose `Retry-After` is longer than the audit waits. */
export function retryAfterTooLong(
  req: Request,
  res: Answer,
  seconds: number,
  maxSeconds: number,
): ApiErrorDetails {
  return {
    ...answerFailure(req, res),
    problem: `Genesys Cloud asks to wait ${seconds} s (Retry-After), more than the ${maxSeconds} s the audit waits`,
    advice: `Re-run later (a daily limit may be reached), or raise ${ENV_NAMES.maxRetryAfterSeconds}.`,
  };
}

/** A 2xx answer to a GET whose body is not the JSON it should be. */
export function malformedAnswer(req: Request, res: Answer, err: Error): ApiErrorDetails {
  return {
    method: req.method,
    path: pathOf(req.path),
    status: res.status,
    correlationId: res.correlationId,
    problem: `malformed response: ${err.message}`,
    advice:
      'The body was truncated or not JSON: re-run the audit; if it persists, check `api-base-url` (a proxy answering?) or report it with the correlation ID.',
    attempts: res.attempts,
  };
}

/** The last failure, once the run has used up its retries. */
export function budgetSpent(failure: ApiErrorDetails, budget: number): ApiErrorDetails {
  return {
    ...failure,
    advice: `The run's retry budget of ${budget} retries is spent (${ENV_NAMES.retryBudget}): Genesys Cloud is unstable or rate-limiting; re-run later.`,
  };
}

/**
 * The one line shown while a request waits to be tried again: why, how long, and which attempt
 * comes. It must not read like a failure: the audit goes on.
 */
export function retryNotice(failure: ApiErrorDetails, waitMs: number, next: number, of: number): string {
  const status = failure.status;
  const cause =
    status === 429
      ? 'Genesys Cloud asked to slow down (429)'
      : status !== undefined && status >= 500
        ? `Genesys Cloud answered ${status}`
        : (failure.problem ?? 'the request failed');
  const capitalised = cause[0]!.toUpperCase() + cause.slice(1);
  const wait = waitMs < 1000 ? `${waitMs} ms` : `${Number((waitMs / 1000).toFixed(1))} s`;
  return `${capitalised}: waiting ${wait} before retrying ${failure.method} ${failure.path} (attempt ${next} of ${of}).`;
}
