/**
 * The one HTTP transport of the tool, on undici 7 with a keep-alive Agent: timeouts, the proxies of
 * the environment, the body size cap, retries (exponential backoff with full jitter, `Retry-After`
 * for 429 and 5xx) within the run's retry budget, JSON parsing, the request count and the
 * redaction of secrets from every message. Every failure is an `ApiError` (see ./api-error.ts):
 * the audit could not see everything, so it must not pass.
 */
import { Agent, Pool, ProxyAgent, request, type Dispatcher } from 'undici';
import type { Logger } from '../logger.js';
import { MIN_SECRET_LENGTH, Secrets } from '../redact.js';
import { USER_AGENT } from '../version.js';
import {
  answerFailure,
  ApiError,
  budgetSpent,
  header,
  malformedAnswer,
  pathOf,
  renderApiError,
  retryAfterTooLong,
  retryNotice,
  type ApiErrorDetails,
} from './api-error.js';
import type { HttpLimits } from '../limits.js';
import { CutBodyError, DeadlineError, resetCode, transportFailure, type Route } from './network-failure.js';
import { proxiesFromEnv, proxyFor, type Proxies } from './proxy.js';

interface HttpRequest {
  method: 'GET' | 'POST';
  /** Base URL without trailing slash (`https://api.mypurecloud.ie`). */
  baseUrl: string;
  /** Path and query, starting with `/`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Parse the body of a 2xx answer as JSON (a malformed body is retried). */
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

/** An attempt that failed in a way another one may not: the failure, and the wait before the next. */
interface Retry {
  failure: ApiErrorDetails;
  waitMs: number;
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
    // Messages show a proxy without its credentials; a password long enough to be found is also
    // redacted, in case a library's message quotes it (a shorter one cannot be, without garbling).
    for (const proxy of [this.proxies.http, this.proxies.https]) {
      if (proxy && proxy.password.length >= MIN_SECRET_LENGTH) this.addSecret(proxy.password);
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

  /** The details with every registered secret out of their fields. */
  private redactDetails(details: ApiErrorDetails): ApiErrorDetails {
    const clean = (v: string | undefined): string | undefined => (v === undefined ? v : this.redact(v));
    return {
      ...details,
      path: this.redact(details.path),
      code: clean(details.code),
      genesysMessage: clean(details.genesysMessage),
      correlationId: clean(details.correlationId),
      problem: clean(details.problem),
    };
  }

  /** An ApiError whose message and fields cannot carry a registered secret. */
  error(details: ApiErrorDetails): ApiError {
    const redacted = this.redactDetails(details);
    // Rendering makes server text one line, which could join the pieces of a secret: redact last.
    return new ApiError(redacted, this.redact(renderApiError(redacted)));
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

  /** Waits `ms` (the injected sleep in tests); ends early when the client is closed. */
  pause(ms: number): Promise<void> {
    return this.sleep(ms);
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
  /** GET a JSON document (or POST a read-only query); any non-2xx answer becomes an ApiError. */
  async getJson(baseUrl: string, path: string, extra: Partial<HttpRequest> = {}): Promise<HttpResponse> {
    const req: HttpRequest = { method: 'GET', baseUrl, path, json: true, ...extra };
    const res = await this.send(req);
    if (res.status < 200 || res.status >= 300) throw this.error(answerFailure(req, res));
    return res;
  }

  /**
   * Sends a request, retrying what may pass on another attempt: 5xx except 501, 429 (after
   * `Retry-After`), resets, timeouts, and a malformed JSON body of a GET. Other answers are
   * returned as they are; failures for good throw an ApiError.
   */
  async send(req: HttpRequest): Promise<HttpResponse> {
    if (req.method !== 'GET' && !(req.method === 'POST' && READ_ONLY_POSTS.has(req.path))) {
      // The audit reads; the only POSTs it may make are the token request and the usage query.
      throw new Error(`Refusing ${req.method} ${req.path}: the audit makes GET calls only.`);
    }
    const route = this.route(new URL(req.baseUrl + req.path));
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(req, attempt, route);
      if (!('failure' in outcome)) return outcome;
      await this.beforeRetry(outcome, attempt);
    }
  }

  /** One attempt: the answer, or a failure worth another attempt. A failure for good throws. */
  private async attempt(
    req: HttpRequest,
    attempt: number,
    route: Route & { dispatcher: Dispatcher },
  ): Promise<HttpResponse | Retry> {
    let res: HttpResponse;
    try {
      res = await this.once(req, attempt, route.dispatcher);
    } catch (err) {
      const t = transportFailure(err, route, this.limits);
      if (!t) throw err;
      const failure = {
        method: req.method,
        path: pathOf(req.path),
        problem: t.problem,
        advice: t.advice,
        attempts: attempt,
      };
      if (!t.retryable) throw this.error(failure);
      return { failure, waitMs: this.backoff(attempt - 1) };
    }
    return this.judge(req, res);
  }

  /**
   * An answer as the caller gets it, or a failure to retry: a 429 after its `Retry-After` (one
   * longer than the audit waits fails at once), a 5xx but 501 after its `Retry-After` when that
   * is within the cap (else the backoff), or a 2xx answer whose JSON body is not JSON.
   */
  private judge(req: HttpRequest, res: HttpResponse): HttpResponse | Retry {
    const retryAfter = parseRetryAfter(res.headers['retry-after'], this.now());
    const max = this.limits.maxRetryAfterSeconds;
    if (res.status === 429) {
      if (retryAfter !== undefined && retryAfter > max)
        throw this.error(retryAfterTooLong(req, res, retryAfter, max));
      const waitMs = retryAfter !== undefined ? retryAfter * 1000 : this.backoff(res.attempts - 1);
      return { failure: answerFailure(req, res), waitMs };
    }
    if (res.status >= 500 && res.status !== 501) {
      const honoured = retryAfter !== undefined && retryAfter <= max;
      const waitMs = honoured ? retryAfter * 1000 : this.backoff(res.attempts - 1);
      return { failure: answerFailure(req, res), waitMs };
    }
    if (req.json && res.status >= 200 && res.status < 300) return this.withJson(req, res);
    return res;
  }

  /** A 2xx answer with its body parsed, or, when the body is not JSON, a failure to retry. */
  private withJson(req: HttpRequest, res: HttpResponse): HttpResponse | Retry {
    // The parsed value is what callers read: the raw bytes (several MB for a large org's
    // listing) go before the parse starts. Still held during it, they would outlive its
    // collections into the old generation and stay resident until a full one.
    const bytes = res.body.length;
    const text = res.body.toString('utf8');
    res.body = EMPTY_BODY;
    try {
      res.json = parseJsonText(text, bytes);
      return res;
    } catch (err) {
      return { failure: malformedAnswer(req, res, err as Error), waitMs: this.backoff(res.attempts - 1) };
    }
  }

  /**
   * Waits before the next attempt, with a log line; throws the failure instead when the request
   * has no retry left, the run's budget is spent, or the client was closed during the wait.
   */
  private async beforeRetry({ failure, waitMs }: Retry, attempt: number): Promise<void> {
    if (attempt - 1 >= this.limits.maxRetries) throw this.error(failure);
    const budget = this.limits.retryBudget;
    if (this.retriesUsed >= budget) throw this.error(budgetSpent(failure, budget));
    this.retriesUsed++;
    const clean = this.redactDetails(failure);
    this.logger.info(this.redact(retryNotice(clean, waitMs, attempt + 1, this.limits.maxRetries + 1)));
    this.logger.debug(this.redact(`Retrying after: ${renderApiError(clean)}`));
    await this.sleep(waitMs);
    if (this.closed) throw this.error(failure);
  }

  private backoff(retry: number): number {
    return backoffDelay(retry, this.limits, this.random);
  }

  /** One request, its body read whole. */
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
        const code = resetCode(err);
        if (!deadline?.aborted && code !== undefined) throw new CutBodyError(code);
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

const EMPTY_BODY = Buffer.alloc(0);
/** POSTs that change nothing: the token request and the org's API-usage query (it only reads). */
const READ_ONLY_POSTS: ReadonlySet<string> = new Set(['/oauth/token', '/api/v2/usage/query']);

/** JSON.parse with a message that says what is wrong, without echoing the body. */
export function parseJson(body: Buffer): unknown {
  return parseJsonText(body.toString('utf8'), body.length);
}

/** `parseJson` of a body already decoded; `bytes`, its size, for the message. */
function parseJsonText(text: string, bytes: number): unknown {
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
