/**
 * The one HTTP module of the tool, on undici 7 with a keep-alive Agent. It owns timeouts, retries
 * (exponential backoff with full jitter, `Retry-After` for 429), the run's retry budget, the body
 * size cap, the proxies of the environment, JSON parsing, the request count and the redaction of
 * secrets from every message.
 * Every failure is an `ApiError`: the audit could not see everything, so it must not pass.
 */
import { Agent, errors as undiciErrors, Pool, ProxyAgent, request, type Dispatcher } from 'undici';
import { IncompleteError } from '../errors.js';
import type { Logger } from '../logger.js';
import { Secrets } from '../redact.js';
import { terminalText } from '../escape.js';
import { USER_AGENT } from '../version.js';
import type { HttpLimits } from '../limits.js';
import { proxiesFromEnv, proxyFor, type Proxies, type Proxy } from './proxy.js';

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

export interface HttpRequest {
  method: 'GET' | 'POST';
  /** Base URL without trailing slash (`https://api.mypurecloud.ie`). */
  baseUrl: string;
  /** Path and query, starting with `/`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** GET only: parse the body of a 2xx answer as JSON (a malformed body is retried). */
  json?: boolean;
  /** Permission the endpoint needs; named in the advice of a 403. */
  permission?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** Parsed body when `json` was asked and the status is 2xx. */
  json?: unknown;
  correlationId?: string;
  attempts: number;
}

export interface HttpDeps {
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1); drives the jitter. */
  random?: () => number;
  /** Replaces the keep-alive Agent and the proxies (tests); not closed by `close()`. */
  dispatcher?: Dispatcher;
  now?: () => number;
  /** Where the proxy variables (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`) are read; default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

/** Full-jitter exponential backoff: uniform in [0, min(max, base·2^retry)]. `retry` counts from 0. */
export function backoffDelay(
  retry: number,
  limits: Pick<HttpLimits, 'backoffBaseMs' | 'backoffMaxMs'>,
  random: () => number,
): number {
  // Past 2^52 the product overflows; base 0 would give NaN against Infinity.
  const growth = limits.backoffBaseMs === 0 ? 0 : limits.backoffBaseMs * 2 ** Math.min(retry, 52);
  const ceiling = Math.min(limits.backoffMaxMs, growth);
  return Math.min(ceiling, Math.floor(random() * (ceiling + 1)));
}

/** `Retry-After` in seconds (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Number(v);
  if (/^\d+\.\d+$/.test(v)) return Math.ceil(Number(v));
  const date = Date.parse(v);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}

/** The Genesys error body (`code`, `message`, `contextId`), or the OAuth one (`error`, `error_description`). */
export function readErrorBody(body: Buffer): { code?: string; message?: string; contextId?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return {};
  }
  return errorFields(parsed);
}

/** `readErrorBody` of a body already parsed. */
export function errorFields(parsed: unknown): { code?: string; message?: string; contextId?: string } {
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

const LIMIT_ENV = {
  connect: 'GENESYS_AUDIT_CONNECT_TIMEOUT_MS',
  headers: 'GENESYS_AUDIT_HEADERS_TIMEOUT_MS',
  body: 'GENESYS_AUDIT_BODY_TIMEOUT_MS',
  request: 'GENESYS_AUDIT_REQUEST_TIMEOUT_MS',
  retries: 'GENESYS_AUDIT_MAX_RETRIES',
  budget: 'GENESYS_AUDIT_RETRY_BUDGET',
  retryAfter: 'GENESYS_AUDIT_MAX_RETRY_AFTER_S',
  bodyBytes: 'GENESYS_AUDIT_MAX_BODY_BYTES',
} as const;

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
  if (status === 403) {
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
      '(authorization:division:view is optional).'
    );
  }
  if (status === 404) return 'Check `region` and `api-base-url`: this endpoint does not exist there.';
  if (status === 429) {
    return `Genesys Cloud kept rate-limiting the audit: re-run later, or raise ${LIMIT_ENV.retries}.`;
  }
  if (status >= 500) {
    return `Genesys Cloud is failing: re-run later (see https://status.mypurecloud.com), or raise ${LIMIT_ENV.retries}.`;
  }
  if (status >= 300 && status < 400) {
    return 'The server redirected the request: set `api-base-url`/`login-base-url` to the final address.';
  }
  return 'Re-run the audit; if it persists, report it with the correlation ID.';
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** What a thrown transport error means, and whether another attempt may help. */
interface TransportFailure {
  retryable: boolean;
  problem: string;
  advice: string;
}

const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);

function errorCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_SOCKET') return code;
    if (code === 'UND_ERR_SOCKET') {
      const inner = errorCode((e as { cause?: unknown }).cause);
      return inner ?? code;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The reason llhttp gave for refusing an answer that is not HTTP/1.1, when `err` is such a refusal. */
function parserFailure(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    if (e instanceof undiciErrors.HTTPParserError) {
      const reason = /\(([^()]*)\)\s*$/.exec(e.message)?.[1];
      return reason ?? 'unreadable';
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Where a request went: the host it named, and the proxy it went through. */
interface Route {
  host: string;
  proxy?: Proxy;
}

export class HttpClient {
  /** Requests sent (every attempt, the token included): the "API calls" of the report. */
  requestCount = 0;
  /** Retries spent from the run's budget. */
  retriesUsed = 0;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly proxies: Proxies;
  /** One agent per proxy, made on first use. */
  private readonly proxyAgents = new Map<string, Dispatcher>();
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly secrets = new Secrets();
  /** Retry waits in progress, by timer: `close` ends them. */
  private readonly waits = new Map<NodeJS.Timeout, () => void>();
  private closed = false;

  constructor(
    readonly limits: HttpLimits,
    private readonly logger: Logger,
    deps: HttpDeps = {},
  ) {
    this.sleep = deps.sleep ?? ((ms) => this.wait(ms));
    this.random = deps.random ?? Math.random;
    this.now = deps.now ?? Date.now;
    this.ownsDispatcher = deps.dispatcher === undefined;
    this.dispatcher =
      deps.dispatcher ?? new Agent({ ...this.agentOptions(), connect: { timeout: limits.connectTimeoutMs } });
    this.proxies = this.ownsDispatcher ? proxiesFromEnv(deps.env ?? process.env) : {};
    for (const proxy of [this.proxies.http, this.proxies.https]) {
      if (proxy?.url.password) this.addSecret(decodeURIComponent(proxy.url.password));
    }
  }

  /** What every agent shares: undici enforces the phase timeouts and the body size cap. */
  private agentOptions(): Agent.Options {
    return {
      headersTimeout: this.limits.headersTimeoutMs,
      bodyTimeout: this.limits.bodyTimeoutMs,
      maxResponseSize: this.limits.maxBodyBytes,
      keepAliveTimeout: 10_000,
      // One host at a time, a handful of requests in flight at most.
      connections: 8,
    };
  }

  /** Where a request to `url` goes, and the dispatcher that takes it there. */
  private route(url: URL): Route & { dispatcher: Dispatcher } {
    const proxy = proxyFor(this.proxies, url);
    if (!proxy) return { host: url.host, dispatcher: this.dispatcher };
    let agent = this.proxyAgents.get(proxy.url.href);
    if (!agent) {
      const connect = { timeout: this.limits.connectTimeoutMs };
      agent = new ProxyAgent({
        ...this.agentOptions(),
        uri: proxy.url.href,
        // The connection to the proxy and the TLS handshake through its tunnel.
        proxyTls: connect,
        requestTls: connect,
        // The proxy's answer to CONNECT is bounded like any other answer.
        clientFactory: (origin, options) =>
          new Pool(origin, { ...options, headersTimeout: this.limits.headersTimeoutMs }),
      });
      this.proxyAgents.set(proxy.url.href, agent);
    }
    return { host: url.host, proxy, dispatcher: agent };
  }

  /** Registers a value (secret, token) that must never appear in an error or a warning. */
  addSecret(value: string): void {
    this.secrets.add(value);
  }

  /** Replaces every registered secret in `text` with `***`. */
  redact(text: string): string {
    return this.secrets.redact(text);
  }

  /** An ApiError whose message and fields cannot carry a registered secret. */
  error(details: ApiErrorDetails, message?: string): ApiError {
    const clean = (v: string | undefined): string | undefined => (v === undefined ? v : this.redact(v));
    const redacted: ApiErrorDetails = {
      ...details,
      path: this.redact(details.path),
      code: clean(details.code),
      genesysMessage: clean(details.genesysMessage),
      correlationId: clean(details.correlationId),
      problem: clean(details.problem),
    };
    // Rendering makes server text one line, which could join the pieces of a secret: redact last.
    return new ApiError(redacted, this.redact(message ?? renderApiError(redacted)));
  }

  /**
   * Ends the client. A read still waiting to retry (one whose result no longer matters: the fetch
   * it belonged to is over) gives up at once instead of keeping the process alive until its timer.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const [timer, resolve] of this.waits) {
      clearTimeout(timer);
      resolve();
    }
    this.waits.clear();
    if (this.ownsDispatcher)
      await Promise.all([this.dispatcher, ...this.proxyAgents.values()].map((d) => d.close()));
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waits.delete(timer);
        resolve();
      }, ms);
      this.waits.set(timer, resolve);
    });
  }

  /** An ApiError for a non-2xx answer. */
  errorFromResponse(req: HttpRequest, res: HttpResponse): ApiError {
    const body = readErrorBody(res.body);
    let advice = adviceFor(res.status, body.code, body.message, req.permission);
    let problem: string | undefined;
    if (res.status >= 300 && res.status < 400) {
      const location = header(res.headers, 'location');
      problem = location ? `redirected to ${location.split('?')[0]}` : 'redirected';
    }
    if (!body.message && !body.code && res.status < 300) problem = 'unexpected answer';
    if (res.status === 401 && req.method === 'GET') {
      advice = advice.replace(
        /^The token was refused:/,
        'The token was refused even after signing in again:',
      );
    }
    return this.error({
      method: req.method,
      path: pathOf(req.path),
      status: res.status,
      code: body.code,
      genesysMessage: body.message,
      correlationId: res.correlationId ?? body.contextId,
      problem,
      advice,
      attempts: res.attempts,
    });
  }

  /** GET a JSON document; any non-2xx answer becomes an ApiError. */
  async getJson(baseUrl: string, path: string, extra: Partial<HttpRequest> = {}): Promise<HttpResponse> {
    const req: HttpRequest = { method: 'GET', baseUrl, path, json: true, ...extra };
    const res = await this.send(req);
    if (res.status < 200 || res.status >= 300) throw this.errorFromResponse(req, res);
    return res;
  }

  /**
   * Sends a request, retrying what may pass on another attempt: 5xx except 501, 429 (after
   * `Retry-After`), resets, timeouts, and a malformed JSON body of a GET. Other answers are
   * returned as they are; failures for good throw an ApiError.
   */
  async send(req: HttpRequest): Promise<HttpResponse> {
    if (req.method !== 'GET' && !(req.method === 'POST' && req.path === '/oauth/token')) {
      // The audit reads; the only POST it may make is the token request.
      throw new Error(`Refusing ${req.method} ${req.path}: the audit makes GET calls only.`);
    }
    const path = pathOf(req.path);
    const route = this.route(new URL(req.baseUrl + req.path));
    let attempt = 0;
    for (;;) {
      attempt++;
      let waitMs: number;
      let failure: ApiErrorDetails;
      let res: HttpResponse | undefined;
      try {
        res = await this.once(req, attempt, route.dispatcher);
      } catch (err) {
        const t = this.classify(err, route);
        if (!t) throw err;
        if (err instanceof CutBodyError) t.problem = `the response was cut off before its end (${err.code})`;
        failure = { method: req.method, path, problem: t.problem, advice: t.advice, attempts: attempt };
        if (!t.retryable) throw this.error(failure);
        waitMs = this.backoff(attempt - 1);
      }
      if (res) {
        const retryAfter = parseRetryAfter(res.headers['retry-after'], this.now());
        if (res.status === 429) {
          if (retryAfter !== undefined && retryAfter > this.limits.maxRetryAfterSeconds) {
            const e = this.errorFromResponse(req, res);
            throw this.error({
              method: req.method,
              path,
              status: 429,
              code: e.code,
              genesysMessage: e.genesysMessage,
              correlationId: e.correlationId,
              problem: `Genesys Cloud asks to wait ${retryAfter} s (Retry-After), more than the ${this.limits.maxRetryAfterSeconds} s the audit waits`,
              advice: `Re-run later (a daily limit may be reached), or raise ${LIMIT_ENV.retryAfter}.`,
              attempts: attempt,
            });
          }
          waitMs = retryAfter !== undefined ? retryAfter * 1000 : this.backoff(attempt - 1);
          failure = this.errorDetails(req, res);
        } else if (res.status >= 500 && res.status !== 501) {
          waitMs =
            retryAfter !== undefined && retryAfter <= this.limits.maxRetryAfterSeconds
              ? retryAfter * 1000
              : this.backoff(attempt - 1);
          failure = this.errorDetails(req, res);
        } else if (req.json && req.method === 'GET' && res.status >= 200 && res.status < 300) {
          try {
            // The parsed value is what callers read: the raw bytes (several MB for a large org's
            // listing) go before the parse starts. Still held during it, they would outlive its
            // collections into the old generation and stay resident until a full one.
            const bytes = res.body.length;
            const text = res.body.toString('utf8');
            res.body = EMPTY_BODY;
            res.json = parseJsonText(text, bytes);
            return res;
          } catch (err) {
            waitMs = this.backoff(attempt - 1);
            failure = {
              method: req.method,
              path,
              status: res.status,
              correlationId: res.correlationId,
              problem: `malformed response: ${(err as Error).message}`,
              advice:
                'The body was truncated or not JSON: re-run the audit; if it persists, check `api-base-url` (a proxy answering?) or report it with the correlation ID.',
              attempts: attempt,
            };
          }
        } else {
          return res;
        }
      }
      const retriesSoFar = attempt - 1;
      if (retriesSoFar >= this.limits.maxRetries) throw this.error(failure!);
      if (this.retriesUsed >= this.limits.retryBudget) {
        throw this.error({
          ...failure!,
          advice: `The run's retry budget of ${this.limits.retryBudget} retries is spent (${LIMIT_ENV.budget}): Genesys Cloud is unstable or rate-limiting; re-run later.`,
        });
      }
      this.retriesUsed++;
      this.logger.debug(this.redact(`${renderApiError(failure!)} Retrying in ${waitMs!} ms.`));
      await this.sleep(waitMs!);
      // Closed while waiting: the last failure stands.
      if (this.closed) throw this.error(failure!);
    }
  }

  private backoff(retry: number): number {
    return backoffDelay(retry, this.limits, this.random);
  }

  private errorDetails(req: HttpRequest, res: HttpResponse): ApiErrorDetails {
    const e = this.errorFromResponse(req, res);
    return {
      method: e.method,
      path: e.path,
      status: e.status,
      code: e.code,
      genesysMessage: e.genesysMessage,
      correlationId: e.correlationId,
      advice: adviceFor(res.status, e.code, e.genesysMessage, req.permission),
      attempts: res.attempts,
    };
  }

  private classify(err: unknown, route: Route): TransportFailure | undefined {
    const t = this.transportFailure(err, route);
    const proxy = route.proxy;
    if (!t || !proxy) return t;
    // Through a proxy, a failure to connect is a failure to reach the proxy.
    const via = `the proxy ${proxy.shown} (${proxy.variable})`;
    const code = errorCode(err);
    if (
      code === 'ECONNREFUSED' ||
      code === 'ENOTFOUND' ||
      code === 'EAI_AGAIN' ||
      code === 'UND_ERR_CONNECT_TIMEOUT'
    ) {
      return {
        ...t,
        problem: `${t.problem}, connecting to ${via}`,
        advice: `Check ${proxy.variable}: the proxy must be reachable from the runner (hosts to reach directly go in NO_PROXY).`,
      };
    }
    return t.problem.includes(proxy.shown) ? t : { ...t, problem: `${t.problem} (through ${via})` };
  }

  private transportFailure(err: unknown, route: Route): TransportFailure | undefined {
    if (err instanceof DeadlineError) {
      return {
        retryable: true,
        problem: `no complete response within ${this.limits.requestTimeoutMs} ms`,
        advice: `The server answers too slowly (a byte at a time?): re-run later, or raise ${LIMIT_ENV.request}.`,
      };
    }
    const reason = parserFailure(err);
    if (reason !== undefined) {
      return {
        retryable: true,
        problem: `the answer from ${route.host} was not valid HTTP (${reason})`,
        advice:
          `Something between the runner and ${route.host} (a proxy, a TLS-inspecting firewall) may be altering ` +
          'the traffic: re-run the audit; if it persists, check the proxy settings (HTTPS_PROXY, NO_PROXY) and the network path.',
      };
    }
    const tunnel = /^Proxy response \((\d+)\)/.exec(err instanceof Error ? err.message : '');
    if (tunnel && route.proxy) {
      const status = Number(tunnel[1]);
      return {
        retryable: status >= 500,
        problem: `the proxy ${route.proxy.shown} (${route.proxy.variable}) refused a tunnel to ${route.host} with status ${status}`,
        advice:
          status === 407
            ? `The proxy wants credentials: give them in ${route.proxy.variable} (http://user:password@host:port).`
            : `Check that the proxy lets the runner reach ${route.host}, or list the host in NO_PROXY.`,
      };
    }
    const code = errorCode(err);
    if (code === undefined) return undefined;
    const l = this.limits;
    switch (code) {
      case 'UND_ERR_RES_EXCEEDED_MAX_SIZE':
        return {
          retryable: false,
          problem: `the response is larger than ${l.maxBodyBytes} bytes`,
          advice: `Raise ${LIMIT_ENV.bodyBytes} if the org is this large.`,
        };
      case 'UND_ERR_CONNECT_TIMEOUT':
        return {
          retryable: true,
          problem: `could not connect within ${l.connectTimeoutMs} ms`,
          advice: `Check the network and \`region\`/\`api-base-url\`, or raise ${LIMIT_ENV.connect}.`,
        };
      case 'UND_ERR_HEADERS_TIMEOUT':
        return {
          retryable: true,
          problem: `no response within ${l.headersTimeoutMs} ms`,
          advice: `Genesys Cloud is slow: re-run later, or raise ${LIMIT_ENV.headers}.`,
        };
      case 'UND_ERR_BODY_TIMEOUT':
        return {
          retryable: true,
          problem: `the response body stalled for more than ${l.bodyTimeoutMs} ms`,
          advice: `Genesys Cloud is slow: re-run later, or raise ${LIMIT_ENV.body}.`,
        };
      case 'ECONNREFUSED':
        return {
          retryable: false,
          problem: 'the connection was refused',
          advice: 'Check `region`/`api-base-url`/`login-base-url` and that the server is running.',
        };
      case 'ENOTFOUND':
        return {
          retryable: false,
          problem: 'the host name does not resolve',
          advice:
            'Check `region`/`api-base-url`/`login-base-url` and the DNS of the runner (behind a proxy, set HTTPS_PROXY).',
        };
      case 'UND_ERR_ABORTED':
        return { retryable: false, problem: 'the request was aborted', advice: 'Re-run the audit.' };
      default:
        if (RETRYABLE_CODES.has(code)) {
          return {
            retryable: true,
            problem: `the connection was reset or closed early (${code})`,
            advice: 'The network or Genesys Cloud is unstable: re-run the audit later.',
          };
        }
        if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
          return {
            retryable: false,
            problem: `the TLS certificate was not accepted (${code})`,
            advice:
              'Check `api-base-url`/`login-base-url`; behind a TLS-inspecting proxy set NODE_EXTRA_CA_CERTS.',
          };
        }
        return {
          retryable: false,
          problem: `network error (${code})`,
          advice: 'Check the network and re-run the audit.',
        };
    }
  }

  private async once(req: HttpRequest, attempt: number, dispatcher: Dispatcher): Promise<HttpResponse> {
    this.requestCount++;
    // undici bounds each phase (connect, headers, the gaps in the body) and the body's size; the
    // deadline bounds the whole, which a server sending a byte at a time would otherwise hold.
    const deadline =
      this.limits.requestTimeoutMs > 0 ? AbortSignal.timeout(this.limits.requestTimeoutMs) : undefined;
    try {
      const { statusCode, headers, body } = await request(req.baseUrl + req.path, {
        dispatcher,
        method: req.method,
        headers: { accept: 'application/json', 'user-agent': USER_AGENT, ...req.headers },
        body: req.body,
        signal: deadline,
        headersTimeout: this.limits.headersTimeoutMs,
        bodyTimeout: this.limits.bodyTimeoutMs,
      });
      // Destroying the stream makes it emit an abort error nobody else listens for.
      body.on('error', () => {});
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of body) {
          size += (chunk as Buffer).length;
          chunks.push(chunk as Buffer);
        }
      } catch (err) {
        const code = errorCode(err);
        if (!deadline?.aborted && code !== undefined && RETRYABLE_CODES.has(code))
          throw new CutBodyError(code);
        throw err;
      }
      return {
        status: statusCode,
        headers,
        body: Buffer.concat(chunks, size),
        correlationId: header(headers, 'inin-correlation-id'),
        attempts: attempt,
      };
    } catch (err) {
      if (deadline?.aborted) throw new DeadlineError('request deadline');
      throw err;
    }
  }
}

/** The connection broke while the body was arriving: the answer is truncated. */
class CutBodyError extends Error {
  constructor(readonly code: string) {
    super('response body cut off');
  }
}

/** The request's overall deadline passed. */
class DeadlineError extends Error {}

/** The path without its query: what error messages show. */
export function pathOf(pathAndQuery: string): string {
  return pathAndQuery.split(/[?#]/)[0]!;
}

const EMPTY_BODY = Buffer.alloc(0);

/** JSON.parse with a message that says what is wrong, without echoing the body. */
export function parseJson(body: Buffer): unknown {
  return parseJsonText(body.toString('utf8'), body.length);
}

/** `parseJson` of a body already decoded; `bytes`, its size, for the message. */
export function parseJsonText(text: string, bytes: number): unknown {
  if (/^\s*$/.test(text)) throw new Error('the body is empty');
  try {
    return JSON.parse(text);
  } catch {
    const start = text.trimStart()[0];
    if (start === '<') throw new Error('the body is HTML, not JSON');
    if (start === '{' || start === '[')
      throw new Error(`the JSON body is truncated or invalid (${bytes} bytes)`);
    throw new Error('the body is not JSON');
  }
}
