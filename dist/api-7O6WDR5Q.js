import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CLIENT_STATES,
  DAY_MS,
  ENV_NAMES,
  MIN_SECRET_LENGTH,
  Secrets,
  dayOf,
  isLoopbackHost,
  normaliseGrantType,
  unlistedRoles,
  validateBaseUrl
} from "./chunk-YMJXVJ7W.js";
import {
  IncompleteError,
  USER_AGENT,
  UserError
} from "./chunk-XLLVPKPX.js";
import {
  terminalText
} from "./chunk-YHSPJ6FH.js";
import {
  require_undici
} from "./chunk-MXIIN77A.js";
import {
  __toESM
} from "./chunk-LQK3ML4U.js";

// src/genesys/api-error.ts
var ApiError = class extends IncompleteError {
  name = "ApiError";
  method;
  path;
  status;
  code;
  genesysMessage;
  correlationId;
  attempts;
  constructor(details, message) {
    super(message ?? renderApiError(details));
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.code = details.code;
    this.genesysMessage = details.genesysMessage;
    this.correlationId = details.correlationId;
    this.attempts = details.attempts;
  }
};
var trimStop = (s) => s.trim().replace(/[.\s]+$/, "");
var serverText = (s, max = 300) => terminalText(s, max);
function renderApiError(d) {
  const parts = [];
  if (d.status !== void 0) parts.push(String(d.status) + (d.code ? ` ${serverText(d.code, 100)}` : ""));
  else if (d.code) parts.push(serverText(d.code, 100));
  let what = parts.join("");
  if (d.genesysMessage) what += `${what ? " \u2014 " : ""}${trimStop(serverText(d.genesysMessage))}`;
  if (d.problem) what += `${what ? ": " : ""}${trimStop(serverText(d.problem))}`;
  if (d.attempts !== void 0 && d.attempts > 1) what += ` (after ${d.attempts} attempts)`;
  const corr = d.correlationId ? ` (correlation ID ${serverText(d.correlationId, 100)})` : "";
  return `${d.method} ${serverText(d.path)} failed: ${what}${corr}. ${d.advice}`;
}
function readErrorBody(body) {
  let parsed;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    return {};
  }
  return errorFields(parsed);
}
function errorFields(parsed) {
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return {};
  const o = parsed;
  const str = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
  return {
    code: str(o.code) ?? str(o.error),
    message: str(o.message) ?? str(o.error_description) ?? str(o.description),
    contextId: str(o.contextId)
  };
}
function forbiddenAdvice(code, message, permission) {
  if (code === "app.not.authorized.for.scope") {
    return "The token lacks the OAuth scope this call needs: use a Client Credentials client as the audit identity.";
  }
  const listed = /\[([a-z0-9_:*, -]+)\]/i.exec(message ?? "")?.[1];
  const perms = listed?.split(",").map((p) => p.trim()).filter((p) => p !== "");
  if (perms && perms.length === 1) return `Give the audit identity's role the permission ${perms[0]}.`;
  if (perms && perms.length > 1)
    return `Give the audit identity's role one of the permissions ${perms.join(", ")}.`;
  if (permission) return `Give the audit identity's role the permission ${permission}.`;
  return "Check the audit identity's role: it needs oauth:client:view and authorization:role:view (divisions, users and the permission catalogue need no permission).";
}
function adviceFor(status, code, message, permission) {
  if (status === 401) {
    return "The token was refused: check that the audit client is active, that client-id/client-secret are right and that `region` is the org's region.";
  }
  if (status === 403) return forbiddenAdvice(code, message, permission);
  if (status === 404) return "Check `region` and `api-base-url`: this endpoint does not exist there.";
  if (status === 429) {
    return `Genesys Cloud kept rate-limiting the audit: re-run later, or raise ${ENV_NAMES.maxRetries}.`;
  }
  if (status >= 500) {
    return `Genesys Cloud is failing: re-run later (see https://status.mypurecloud.com), or raise ${ENV_NAMES.maxRetries}.`;
  }
  if (status >= 300 && status < 400) {
    return "The server redirected the request: set `api-base-url`/`login-base-url` to the final address.";
  }
  return "Re-run the audit; if it persists, report it with the correlation ID.";
}
function header(headers, name) {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}
function pathOf(pathAndQuery) {
  return pathAndQuery.split(/[?#]/)[0];
}
function answerFailure(req, res) {
  const body = readErrorBody(res.body);
  let advice = adviceFor(res.status, body.code, body.message, req.permission);
  let problem;
  if (res.status >= 300 && res.status < 400) {
    const location = header(res.headers, "location");
    problem = location ? `redirected to ${location.split("?")[0]}` : "redirected";
  }
  if (!body.message && !body.code && res.status < 300) problem = "unexpected answer";
  if (res.status === 401 && req.path.startsWith("/api/")) {
    advice = advice.replace(/^The token was refused:/, "The token was refused even after signing in again:");
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
    attempts: res.attempts
  };
}
function retryAfterTooLong(req, res, seconds, maxSeconds) {
  return {
    ...answerFailure(req, res),
    problem: `Genesys Cloud asks to wait ${seconds} s (Retry-After), more than the ${maxSeconds} s the audit waits`,
    advice: `Re-run later (a daily limit may be reached), or raise ${ENV_NAMES.maxRetryAfterSeconds}.`
  };
}
function malformedAnswer(req, res, err) {
  return {
    method: req.method,
    path: pathOf(req.path),
    status: res.status,
    correlationId: res.correlationId,
    problem: `malformed response: ${err.message}`,
    advice: "The body was truncated or not JSON: re-run the audit; if it persists, check `api-base-url` (a proxy answering?) or report it with the correlation ID.",
    attempts: res.attempts
  };
}
function budgetSpent(failure, budget) {
  return {
    ...failure,
    advice: `The run's retry budget of ${budget} retries is spent (${ENV_NAMES.retryBudget}): Genesys Cloud is unstable or rate-limiting; re-run later.`
  };
}
function retryNotice(failure, waitMs, next, of) {
  const status = failure.status;
  const cause = status === 429 ? "Genesys Cloud asked to slow down (429)" : status !== void 0 && status >= 500 ? `Genesys Cloud answered ${status}` : failure.problem ?? "the request failed";
  const capitalised = cause[0].toUpperCase() + cause.slice(1);
  const wait = waitMs < 1e3 ? `${waitMs} ms` : `${Number((waitMs / 1e3).toFixed(1))} s`;
  return `${capitalised}: waiting ${wait} before retrying ${failure.method} ${failure.path} (attempt ${next} of ${of}).`;
}

// src/genesys/http.ts
var import_undici2 = __toESM(require_undici(), 1);

// src/genesys/network-failure.ts
var import_undici = __toESM(require_undici(), 1);
var CutBodyError = class extends Error {
  constructor(code) {
    super("response body cut off");
    this.code = code;
  }
  code;
};
var DeadlineError = class extends Error {
};
var RETRYABLE_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ECONNABORTED",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_RES_CONTENT_LENGTH_MISMATCH"
]);
function resetCode(err) {
  const code = errorCode(err);
  return code !== void 0 && RETRYABLE_CODES.has(code) ? code : void 0;
}
function errorCode(err) {
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const code = e.code;
    if (typeof code === "string" && code !== "UND_ERR_SOCKET") return code;
    if (code === "UND_ERR_SOCKET") {
      const inner = errorCode(e.cause);
      return inner ?? code;
    }
    e = e.cause;
  }
  return void 0;
}
function parserFailure(err) {
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    if (e instanceof import_undici.errors.HTTPParserError) {
      const reason = /\(([^()]*)\)\s*$/.exec(e.message)?.[1];
      return reason ?? "unreadable";
    }
    e = e.cause;
  }
  return void 0;
}
function transportFailure(err, route, limits) {
  const t = throughProxy(err, route, directFailure(err, route, limits));
  if (t && err instanceof CutBodyError) t.problem = `the response was cut off before its end (${err.code})`;
  return t;
}
function throughProxy(err, route, t) {
  const proxy = route.proxy;
  if (!t || !proxy) return t;
  const via = `the proxy ${proxy.shown} (${proxy.variable})`;
  const code = errorCode(err);
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "UND_ERR_CONNECT_TIMEOUT") {
    return {
      ...t,
      problem: `${t.problem}, connecting to ${via}`,
      advice: `Check ${proxy.variable}: the proxy must be reachable from the runner (hosts to reach directly go in NO_PROXY).`
    };
  }
  return t.problem.includes(proxy.shown) ? t : { ...t, problem: `${t.problem} (through ${via})` };
}
function directFailure(err, route, limits) {
  if (err instanceof DeadlineError) {
    return {
      retryable: true,
      problem: `no complete response within ${limits.requestTimeoutMs} ms`,
      advice: `The server answers too slowly (a byte at a time?): re-run later, or raise ${ENV_NAMES.requestTimeoutMs}.`
    };
  }
  const reason = parserFailure(err);
  if (reason !== void 0) {
    return {
      retryable: true,
      problem: `the answer from ${route.host} was not valid HTTP (${reason})`,
      advice: `Something between the runner and ${route.host} (a proxy, a TLS-inspecting firewall) may be altering the traffic: re-run the audit; if it persists, check the proxy settings (HTTPS_PROXY, NO_PROXY) and the network path.`
    };
  }
  const tunnel = /^Proxy response \((\d+)\)/.exec(err instanceof Error ? err.message : "");
  if (tunnel && route.proxy) {
    const status = Number(tunnel[1]);
    return {
      retryable: status >= 500,
      problem: `the proxy ${route.proxy.shown} (${route.proxy.variable}) refused a tunnel to ${route.host} with status ${status}`,
      advice: status === 407 ? `The proxy wants credentials: give them in ${route.proxy.variable} (http://user:password@host:port).` : `Check that the proxy lets the runner reach ${route.host}, or list the host in NO_PROXY.`
    };
  }
  const code = errorCode(err);
  return code === void 0 ? void 0 : networkFailure(code, limits);
}
function networkFailure(code, l) {
  switch (code) {
    case "UND_ERR_RES_EXCEEDED_MAX_SIZE":
      return {
        retryable: false,
        problem: `the response is larger than ${l.maxBodyBytes} bytes`,
        advice: `Raise ${ENV_NAMES.maxBodyBytes} if the org is this large.`
      };
    case "UND_ERR_CONNECT_TIMEOUT":
      return {
        retryable: true,
        problem: `could not connect within ${l.connectTimeoutMs} ms`,
        advice: `Check the network and \`region\`/\`api-base-url\`, or raise ${ENV_NAMES.connectTimeoutMs}.`
      };
    case "UND_ERR_HEADERS_TIMEOUT":
      return {
        retryable: true,
        problem: `no response within ${l.headersTimeoutMs} ms`,
        advice: `Genesys Cloud is slow: re-run later, or raise ${ENV_NAMES.headersTimeoutMs}.`
      };
    case "UND_ERR_BODY_TIMEOUT":
      return {
        retryable: true,
        problem: `the response body stalled for more than ${l.bodyTimeoutMs} ms`,
        advice: `Genesys Cloud is slow: re-run later, or raise ${ENV_NAMES.bodyTimeoutMs}.`
      };
    case "ECONNREFUSED":
      return {
        retryable: false,
        problem: "the connection was refused",
        advice: "Check `region`/`api-base-url`/`login-base-url` and that the server is running."
      };
    case "ENOTFOUND":
      return {
        retryable: false,
        problem: "the host name does not resolve",
        advice: "Check `region`/`api-base-url`/`login-base-url` and the DNS of the runner (behind a proxy, set HTTPS_PROXY)."
      };
    case "UND_ERR_ABORTED":
      return { retryable: false, problem: "the request was aborted", advice: "Re-run the audit." };
    default:
      return otherFailure(code);
  }
}
function otherFailure(code) {
  if (RETRYABLE_CODES.has(code)) {
    return {
      retryable: true,
      problem: `the connection was reset or closed early (${code})`,
      advice: "The network or Genesys Cloud is unstable: re-run the audit later."
    };
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
    return {
      retryable: false,
      problem: `the TLS certificate was not accepted (${code})`,
      advice: "Check `api-base-url`/`login-base-url`; behind a TLS-inspecting proxy set NODE_EXTRA_CA_CERTS."
    };
  }
  return {
    retryable: false,
    problem: `network error (${code})`,
    advice: "Check the network and re-run the audit."
  };
}

// src/genesys/proxy.ts
function fromEnv(env, name) {
  for (const variable of [name.toLowerCase(), name]) {
    const value = env[variable]?.trim();
    if (value) return { value, variable };
  }
  return void 0;
}
function parseProxy(env, name) {
  const found = fromEnv(env, name);
  if (!found) return void 0;
  const { value, variable } = found;
  const text2 = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url;
  try {
    url = new URL(text2);
  } catch {
    url = void 0;
  }
  if (!url || url.protocol !== "http:" && url.protocol !== "https:" || url.hostname === "") {
    const shown = value.replace(/\/\/[^@/]*@/, "//***@");
    throw new UserError(
      `${variable} ("${shown}") is not a proxy URL: give it as http://host:port (or https://host:port).`
    );
  }
  let password;
  try {
    password = decodeURIComponent(url.password);
  } catch {
    throw new UserError(
      `${variable}: the proxy's password is not valid percent-encoding: encode each special character as %XX.`
    );
  }
  return { url, shown: `${url.protocol}//${url.host}`, variable, password };
}
var bare = (host) => host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
function parseNoProxy(value) {
  return value.split(/[,\s]+/).filter((e) => e !== "").map((entry) => {
    const m = /^\[(.*)\](?::(\d+))?$/.exec(entry) ?? (entry.split(":").length === 2 ? /^(.*):(\d+)$/.exec(entry) : null);
    const host = m ? m[1] : entry;
    return { host: bare(host.replace(/^\*?\./, "")), port: m?.[2] ? Number(m[2]) : 0 };
  });
}
function proxiesFromEnv(env) {
  const http = parseProxy(env, "HTTP_PROXY");
  const https = parseProxy(env, "HTTPS_PROXY") ?? http;
  const noProxy = env["no_proxy"] ?? env["NO_PROXY"];
  return { http, https, noProxy: noProxy === void 0 ? void 0 : parseNoProxy(noProxy) };
}
var DEFAULT_PORTS = { "http:": 80, "https:": 443 };
function proxyFor(proxies, url) {
  const proxy = url.protocol === "https:" ? proxies.https : proxies.http;
  if (!proxy) return void 0;
  const host = bare(url.hostname);
  if (isLoopbackHost(url.hostname) && (proxies.noProxy === void 0 || !isLoopbackHost(proxy.url.hostname))) {
    return void 0;
  }
  const port = Number(url.port) || DEFAULT_PORTS[url.protocol] || 0;
  for (const entry of proxies.noProxy ?? []) {
    if (entry.host === "*") return void 0;
    if (entry.port !== 0 && entry.port !== port) continue;
    if (host === entry.host || host.endsWith(`.${entry.host}`)) return void 0;
  }
  return proxy;
}

// src/genesys/http.ts
function backoffDelay(retry, limits, random) {
  const growth = limits.backoffBaseMs === 0 ? 0 : limits.backoffBaseMs * 2 ** Math.min(retry, 52);
  const ceiling = Math.min(limits.backoffMaxMs, growth);
  return Math.min(ceiling, Math.floor(random() * (ceiling + 1)));
}
function parseRetryAfter(value, nowMs) {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!v) return void 0;
  if (/^\d+$/.test(v)) return Number(v);
  if (/^\d+\.\d+$/.test(v)) return Math.ceil(Number(v));
  const date = Date.parse(v);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, Math.ceil((date - nowMs) / 1e3));
}
var HttpClient = class {
  constructor(limits, logger, deps = {}) {
    this.limits = limits;
    this.logger = logger;
    this.sleep = deps.sleep ?? ((ms) => this.wait(ms));
    this.random = deps.random ?? Math.random;
    this.now = deps.now ?? Date.now;
    this.ownsDispatcher = deps.dispatcher === void 0;
    this.dispatcher = deps.dispatcher ?? new import_undici2.Agent({ ...this.agentOptions(), connect: { timeout: limits.connectTimeoutMs } });
    this.proxies = this.ownsDispatcher ? proxiesFromEnv(deps.env ?? process.env) : {};
    for (const proxy of [this.proxies.http, this.proxies.https]) {
      if (proxy && proxy.password.length >= MIN_SECRET_LENGTH) this.addSecret(proxy.password);
    }
  }
  limits;
  logger;
  /** Requests sent (every attempt, the token included): the "API calls" of the report. */
  requestCount = 0;
  /** Retries spent from the run's budget. */
  retriesUsed = 0;
  dispatcher;
  ownsDispatcher;
  proxies;
  /** One agent per proxy, made on first use. */
  proxyAgents = /* @__PURE__ */ new Map();
  sleep;
  random;
  now;
  secrets = new Secrets();
  /** Retry waits in progress, by timer: `close` ends them. */
  waits = /* @__PURE__ */ new Map();
  closed = false;
  /** What every agent shares: undici enforces the phase timeouts and the body size cap. */
  agentOptions() {
    return {
      headersTimeout: this.limits.headersTimeoutMs,
      bodyTimeout: this.limits.bodyTimeoutMs,
      maxResponseSize: this.limits.maxBodyBytes,
      keepAliveTimeout: 1e4,
      // One host at a time, a handful of requests in flight at most.
      connections: 8
    };
  }
  /** Where a request to `url` goes, and the dispatcher that takes it there. */
  route(url) {
    const proxy = proxyFor(this.proxies, url);
    if (!proxy) return { host: url.host, dispatcher: this.dispatcher };
    let agent = this.proxyAgents.get(proxy.url.href);
    if (!agent) {
      const connect = { timeout: this.limits.connectTimeoutMs };
      agent = new import_undici2.ProxyAgent({
        ...this.agentOptions(),
        uri: proxy.url.href,
        // The connection to the proxy and the TLS handshake through its tunnel.
        proxyTls: connect,
        requestTls: connect,
        // The proxy's answer to CONNECT is bounded like any other answer.
        clientFactory: (origin, options) => new import_undici2.Pool(origin, { ...options, headersTimeout: this.limits.headersTimeoutMs })
      });
      this.proxyAgents.set(proxy.url.href, agent);
    }
    return { host: url.host, proxy, dispatcher: agent };
  }
  /** Registers a value (secret, token) that must never appear in an error or a warning. */
  addSecret(value) {
    this.secrets.add(value);
  }
  /** Replaces every registered secret in `text` with `***`. */
  redact(text2) {
    return this.secrets.redact(text2);
  }
  /** The details with every registered secret out of their fields. */
  redactDetails(details) {
    const clean = (v) => v === void 0 ? v : this.redact(v);
    return {
      ...details,
      path: this.redact(details.path),
      code: clean(details.code),
      genesysMessage: clean(details.genesysMessage),
      correlationId: clean(details.correlationId),
      problem: clean(details.problem)
    };
  }
  /** An ApiError whose message and fields cannot carry a registered secret. */
  error(details) {
    const redacted = this.redactDetails(details);
    return new ApiError(redacted, this.redact(renderApiError(redacted)));
  }
  /**
   * Ends the client. A read still waiting to retry (one whose result no longer matters: the fetch
   * it belonged to is over) gives up at once instead of keeping the process alive until its timer.
   */
  async close() {
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
  pause(ms) {
    return this.sleep(ms);
  }
  wait(ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waits.delete(timer);
        resolve();
      }, ms);
      this.waits.set(timer, resolve);
    });
  }
  /** GET a JSON document (or POST a read-only query); any non-2xx answer becomes an ApiError. */
  async getJson(baseUrl, path, extra = {}) {
    const req = { method: "GET", baseUrl, path, json: true, ...extra };
    const res = await this.send(req);
    if (res.status < 200 || res.status >= 300) throw this.error(answerFailure(req, res));
    return res;
  }
  /**
   * Sends a request, retrying what may pass on another attempt: 5xx except 501, 429 (after
   * `Retry-After`), resets, timeouts, and a malformed JSON body of a GET. Other answers are
   * returned as they are; failures for good throw an ApiError.
   */
  async send(req) {
    if (req.method !== "GET" && !(req.method === "POST" && READ_ONLY_POSTS.has(req.path))) {
      throw new Error(`Refusing ${req.method} ${req.path}: the audit makes GET calls only.`);
    }
    const route = this.route(new URL(req.baseUrl + req.path));
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(req, attempt, route);
      if (!("failure" in outcome)) return outcome;
      await this.beforeRetry(outcome, attempt);
    }
  }
  /** One attempt: the answer, or a failure worth another attempt. A failure for good throws. */
  async attempt(req, attempt, route) {
    let res;
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
        attempts: attempt
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
  judge(req, res) {
    const retryAfter = parseRetryAfter(res.headers["retry-after"], this.now());
    const max = this.limits.maxRetryAfterSeconds;
    if (res.status === 429) {
      if (retryAfter !== void 0 && retryAfter > max)
        throw this.error(retryAfterTooLong(req, res, retryAfter, max));
      const waitMs = retryAfter !== void 0 ? retryAfter * 1e3 : this.backoff(res.attempts - 1);
      return { failure: answerFailure(req, res), waitMs };
    }
    if (res.status >= 500 && res.status !== 501) {
      const honoured = retryAfter !== void 0 && retryAfter <= max;
      const waitMs = honoured ? retryAfter * 1e3 : this.backoff(res.attempts - 1);
      return { failure: answerFailure(req, res), waitMs };
    }
    if (req.json && res.status >= 200 && res.status < 300) return this.withJson(req, res);
    return res;
  }
  /** A 2xx answer with its body parsed, or, when the body is not JSON, a failure to retry. */
  withJson(req, res) {
    const bytes = res.body.length;
    const text2 = res.body.toString("utf8");
    res.body = EMPTY_BODY;
    try {
      res.json = parseJsonText(text2, bytes);
      return res;
    } catch (err) {
      return { failure: malformedAnswer(req, res, err), waitMs: this.backoff(res.attempts - 1) };
    }
  }
  /**
   * Waits before the next attempt, with a log line; throws the failure instead when the request
   * has no retry left, the run's budget is spent, or the client was closed during the wait.
   */
  async beforeRetry({ failure, waitMs }, attempt) {
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
  backoff(retry) {
    return backoffDelay(retry, this.limits, this.random);
  }
  /** One request, its body read whole. */
  async once(req, attempt, dispatcher) {
    this.requestCount++;
    const deadline = this.limits.requestTimeoutMs > 0 ? AbortSignal.timeout(this.limits.requestTimeoutMs) : void 0;
    try {
      const { statusCode, headers, body } = await (0, import_undici2.request)(req.baseUrl + req.path, {
        dispatcher,
        method: req.method,
        headers: { accept: "application/json", "user-agent": USER_AGENT, ...req.headers },
        body: req.body,
        signal: deadline,
        headersTimeout: this.limits.headersTimeoutMs,
        bodyTimeout: this.limits.bodyTimeoutMs
      });
      body.on("error", () => {
      });
      const chunks = [];
      let size = 0;
      try {
        for await (const chunk of body) {
          size += chunk.length;
          chunks.push(chunk);
        }
      } catch (err) {
        const code = resetCode(err);
        if (!deadline?.aborted && code !== void 0) throw new CutBodyError(code);
        throw err;
      }
      return {
        status: statusCode,
        headers,
        body: Buffer.concat(chunks, size),
        correlationId: header(headers, "inin-correlation-id"),
        attempts: attempt
      };
    } catch (err) {
      if (deadline?.aborted) throw new DeadlineError("request deadline");
      throw err;
    }
  }
};
var EMPTY_BODY = Buffer.alloc(0);
var READ_ONLY_POSTS = /* @__PURE__ */ new Set(["/oauth/token", "/api/v2/usage/query"]);
function parseJson(body) {
  return parseJsonText(body.toString("utf8"), body.length);
}
function parseJsonText(text2, bytes) {
  if (/^\s*$/.test(text2)) throw new Error("the body is empty");
  try {
    return JSON.parse(text2);
  } catch {
    const start = text2.trimStart()[0];
    if (start === "<") throw new Error("the body is HTML, not JSON");
    if (start === "{" || start === "[")
      throw new Error(`the JSON body is truncated or invalid (${bytes} bytes)`);
    throw new Error("the body is not JSON");
  }
}

// src/genesys/auth.ts
var CredentialsError = class extends UserError {
  name = "CredentialsError";
};
var AuthError = class extends ApiError {
  name = "AuthError";
};
var TOKEN_PATH = "/oauth/token";
function tokenAdvice(status, code, settings) {
  const where = `\`region\` (${settings.region}, signing in at ${settings.loginBaseUrl})`;
  switch (code) {
    case "invalid_client":
    case "bad.credentials":
      return `check client-id/client-secret and that ${where} is the org's region \u2014 a client from another region fails the same way.`;
    case "unauthorized_client":
    case "unsupported_grant_type":
      return "the audit identity must be an OAuth client with the Client Credentials grant; create one as the README explains.";
    case "invalid_grant":
    case "access_denied":
      return "check that the audit client is active: disabled or inactive clients cannot get tokens.";
    default:
      break;
  }
  if (status === 400 || status === 401 || status === 403) {
    return `check client-id/client-secret, that the client is an active Client Credentials client, and that ${where} is the org's region.`;
  }
  if (status === 404)
    return `check \`region\` and \`login-base-url\` (${settings.loginBaseUrl}): there is no sign-in endpoint there.`;
  return adviceFor(status, code, void 0).replace(/^./, (c) => c.toLowerCase());
}
function checkClientSecret(secret) {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new CredentialsError(
      `client-secret has only ${secret.length} character${secret.length === 1 ? "" : "s"}: a Genesys Cloud client secret is far longer (the tool accepts ${MIN_SECRET_LENGTH} or more). Check that the \`client-secret\` input or GENESYS_CLIENT_SECRET holds the OAuth client's secret.`
    );
  }
}
var GenesysSession = class {
  constructor(http, settings, logger) {
    this.http = http;
    this.settings = settings;
    this.logger = logger;
    if (settings.clientId.trim() === "") {
      throw new CredentialsError("client-id is missing: set the `client-id` input or GENESYS_CLIENT_ID.");
    }
    if (settings.clientSecret === "") {
      throw new CredentialsError(
        "client-secret is missing: set the `client-secret` input or GENESYS_CLIENT_SECRET."
      );
    }
    checkClientSecret(settings.clientSecret);
    logger.mask(settings.clientSecret);
    http.addSecret(settings.clientSecret);
  }
  http;
  settings;
  logger;
  token;
  /** The run's one sign-in after a 401, shared by every request the old token failed. */
  renewal;
  /** The token that renewal replaces. */
  refused;
  /** Gets the run's token (POST {login}/oauth/token, Basic auth, form body). */
  async signIn() {
    const { clientId, clientSecret, loginBaseUrl } = this.settings;
    const basic = Buffer.from(`${clientId}:${clientSecret}`, "utf8").toString("base64");
    this.logger.mask(basic);
    this.http.addSecret(basic);
    const res = await this.http.send({
      method: "POST",
      baseUrl: loginBaseUrl,
      path: TOKEN_PATH,
      headers: {
        authorization: `Basic ${basic}`,
        "content-type": "application/x-www-form-urlencoded"
      },
      body: "grant_type=client_credentials"
    });
    if (res.status < 200 || res.status >= 300) throw this.tokenError(res);
    let body;
    try {
      body = parseJson(res.body);
    } catch (err) {
      throw this.authError(
        res,
        `malformed token response: ${err.message}`,
        "check `login-base-url`."
      );
    }
    const token = body?.access_token;
    if (typeof token !== "string" || token === "") {
      throw this.authError(res, "the token response has no access_token", "check `login-base-url`.");
    }
    if (token.length < MIN_SECRET_LENGTH) {
      throw this.authError(
        res,
        "the access_token of the token response is too short to be one",
        "check `login-base-url`."
      );
    }
    this.logger.mask(token);
    this.http.addSecret(token);
    this.token = token;
    this.logger.debug(`Signed in at ${loginBaseUrl} as client ${clientId}.`);
  }
  /**
   * GET a JSON document from the API with the token. On a 401 the run signs in again, once:
   * requests in flight with the refused token wait for that sign-in and are sent once more; a 401
   * to the new token is final.
   */
  async get(path, permission) {
    return this.call(path, permission);
  }
  /** POST a read-only JSON query (the usage query) with the token; a 401 is handled as for `get`. */
  async post(path, body, permission) {
    return this.call(path, permission, JSON.stringify(body));
  }
  async call(path, permission, body) {
    if (this.token === void 0) await this.signIn();
    const sent = this.token;
    try {
      return await this.withToken(path, permission, sent, body);
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 401) throw err;
      if (this.renewal === void 0) {
        this.refused = sent;
        this.logger.info(
          `${body === void 0 ? "GET" : "POST"} ${err.path} answered 401; signing in again.`
        );
        this.renewal = this.signIn();
      } else if (sent !== this.refused) {
        throw err;
      }
      await this.renewal;
      return this.withToken(path, permission, this.token, body);
    }
  }
  withToken(path, permission, token, body) {
    const headers = { authorization: `Bearer ${token}` };
    if (body === void 0) return this.http.getJson(this.settings.apiBaseUrl, path, { headers, permission });
    headers["content-type"] = "application/json";
    return this.http.getJson(this.settings.apiBaseUrl, path, { method: "POST", body, headers, permission });
  }
  authError(res, problem, advice) {
    const details = {
      method: "POST",
      path: TOKEN_PATH,
      status: res.status,
      correlationId: res.correlationId,
      problem,
      advice
    };
    const e = this.http.error(details);
    return new AuthError(
      details,
      `Sign-in failed: ${e.message.replace(/^POST \/oauth\/token failed: /, "")}`
    );
  }
  tokenError(res) {
    const body = readErrorBody(res.body);
    const code = body.code;
    const correlationId = res.correlationId ?? body.contextId;
    const what = terminalText(
      body.message ?? (res.status === 401 ? "authentication failed" : "sign-in refused"),
      300
    );
    const advice = tokenAdvice(res.status, code, this.settings);
    const attempts = res.attempts > 1 ? ` after ${res.attempts} attempts` : "";
    const corr = correlationId ? ` (correlation ID ${terminalText(correlationId, 100)})` : "";
    const message = `Sign-in failed (POST ${TOKEN_PATH} answered ${res.status}${attempts}${corr}): ${what}${code ? ` (${terminalText(code, 100)})` : ""}: ${advice}`;
    return new AuthError(
      {
        method: "POST",
        path: TOKEN_PATH,
        status: res.status,
        code,
        genesysMessage: body.message,
        correlationId,
        advice,
        attempts: res.attempts
      },
      this.http.redact(message)
    );
  }
};

// src/genesys/parse.ts
var MalformedResponseError = class extends IncompleteError {
  name = "MalformedResponseError";
};
var DEFAULT_TOKEN_LIFETIME_SECONDS = 86400;
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function field(o, key) {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : void 0;
}
function normaliseState(raw) {
  if (CLIENT_STATES.includes(raw)) return raw;
  const lower = raw.trim().toLowerCase();
  return CLIENT_STATES.includes(lower) ? lower : raw;
}
function text(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}
function optionalDate(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function describe(index, id) {
  return id ? `client ${id}` : `item ${index}`;
}
function malformed(ctx, what) {
  throw new MalformedResponseError(
    `Malformed response from ${ctx.source}: ${what}. The audit cannot judge what it cannot read: re-run it; if this persists, report it with the correlation ID.`
  );
}
function stringList(v, name, who, ctx) {
  if (v === void 0 || v === null) return [];
  if (typeof v === "string") return [v];
  if (!Array.isArray(v)) malformed(ctx, `${who} has a \`${name}\` that is not a list`);
  const out = /* @__PURE__ */ new Set();
  for (const item of v) {
    if (item === null) continue;
    if (typeof item !== "string") malformed(ctx, `${who} has a \`${name}\` entry that is not a string`);
    out.add(item);
  }
  return [...out];
}
function roleGrants(raw, who, ctx) {
  const divisions = field(raw, "roleDivisions");
  if (divisions !== void 0 && divisions !== null && !Array.isArray(divisions))
    malformed(ctx, `${who} has a \`roleDivisions\` that is not a list`);
  const grants = /* @__PURE__ */ new Map();
  const add = (roleId, divisionId) => {
    const key = JSON.stringify([roleId, divisionId]);
    if (!grants.has(key)) grants.set(key, { roleId, divisionId });
  };
  for (const rd of divisions ?? []) {
    if (rd === null) continue;
    if (!isObject(rd)) malformed(ctx, `${who} has a \`roleDivisions\` entry that is not an object`);
    const roleId = field(rd, "roleId");
    const divisionId = field(rd, "divisionId");
    if (typeof roleId !== "string" || roleId === "")
      malformed(ctx, `${who} has a \`roleDivisions\` entry without roleId`);
    if (divisionId !== void 0 && divisionId !== null && typeof divisionId !== "string") {
      malformed(ctx, `${who} has a \`roleDivisions\` entry whose divisionId is not a string`);
    }
    add(roleId, typeof divisionId === "string" && divisionId !== "" ? divisionId : null);
  }
  const inDivisions = new Set([...grants.values()].map((g) => g.roleId));
  for (const roleId of stringList(field(raw, "roleIds"), "roleIds", who, ctx)) {
    if (roleId !== "" && !inDivisions.has(roleId)) add(roleId, null);
  }
  return [...grants.values()];
}
function lifetime(v, who, ctx) {
  if (v === void 0 || v === null || v === "") return DEFAULT_TOKEN_LIFETIME_SECONDS;
  const n = typeof v === "string" && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0) {
    malformed(ctx, `${who} has an \`accessTokenValiditySeconds\` that is not a number of seconds`);
  }
  return n;
}
var DATES = ["dateCreated", "dateModified", "dateToDelete"];
function userRef(v) {
  if (!isObject(v)) return void 0;
  const id = field(v, "id");
  if (typeof id !== "string" || id.trim() === "") return void 0;
  const name = text(field(v, "name"));
  return name === "" ? { id } : { id, name };
}
function parseClient(raw, ctx) {
  if (!isObject(raw)) malformed(ctx, `item ${ctx.index} is not an object`);
  const id = field(raw, "id");
  if (typeof id !== "string" || id.trim() === "") malformed(ctx, `item ${ctx.index} has no \`id\``);
  const who = describe(ctx.index, id);
  const grant = field(raw, "authorizedGrantType");
  if (grant !== void 0 && grant !== null && typeof grant !== "string") {
    malformed(ctx, `${who} has an \`authorizedGrantType\` that is not a string`);
  }
  const state = field(raw, "state");
  if (state !== void 0 && state !== null && typeof state !== "string") {
    malformed(ctx, `${who} has a \`state\` that is not a string`);
  }
  const client = {
    id,
    name: text(field(raw, "name")),
    description: text(field(raw, "description")),
    grantType: typeof grant === "string" ? normaliseGrantType(grant) : "",
    state: typeof state === "string" ? normaliseState(state) : "",
    scopes: stringList(field(raw, "scope"), "scope", who, ctx),
    roles: roleGrants(raw, who, ctx),
    redirectUris: stringList(field(raw, "registeredRedirectUri"), "registeredRedirectUri", who, ctx),
    tokenLifetimeSeconds: lifetime(field(raw, "accessTokenValiditySeconds"), who, ctx)
  };
  for (const key of DATES) {
    const d = optionalDate(field(raw, key));
    if (d !== void 0) client[key] = d;
  }
  for (const key of ["createdBy", "modifiedBy"]) {
    const ref = userRef(field(raw, key));
    if (ref !== void 0) client[key] = ref;
  }
  return client;
}
function lacksGrantType(raw) {
  if (!isObject(raw)) return false;
  const g = field(raw, "authorizedGrantType");
  return g === void 0 || g === null || g === "";
}
function kindOf(v) {
  if (Array.isArray(v)) return "a list";
  if (v === null) return "null";
  if (typeof v === "number") return String(v);
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}
function countProblem(v, min = 0) {
  if (v === void 0 || v === null) return "is missing";
  if (typeof v === "number" && Number.isInteger(v) && v >= min) return void 0;
  return `is ${kindOf(v)}, not a whole number${min > 0 ? ` of at least ${min}` : ""}`;
}
function errorAnswer(body) {
  const { code, message } = errorFields(body);
  const status = field(body, "status");
  if (code === void 0 && message === void 0 && typeof status !== "number") return void 0;
  const said = [typeof status === "number" ? String(status) : "", code ?? ""].filter(Boolean).join(" ");
  const what = [said, message?.replace(/[.\s]+$/, "") ?? ""].filter(Boolean).join(" \u2014 ");
  return `the answer is an error, not a listing, though its HTTP status is 200 (${what})`;
}
function parsePage(body, source2, style = "paged", pageNumber = 1) {
  const ctx = { source: source2, index: 0 };
  if (!isObject(body)) malformed(ctx, "the body is not a JSON object");
  let entities = field(body, "entities");
  const total = field(body, "total");
  if (entities === void 0 || entities === null) {
    const error = errorAnswer(body);
    if (error !== void 0) malformed(ctx, error);
    if (total !== 0) malformed(ctx, "`entities` is missing, so this is not a listing page");
    entities = [];
  }
  if (!Array.isArray(entities)) malformed(ctx, "`entities` is not a list");
  const totalProblem = countProblem(total);
  if (totalProblem !== void 0) malformed(ctx, `\`total\` ${totalProblem}`);
  const page = { entities, total };
  const number = field(body, "pageNumber");
  if (number !== void 0 && number !== null) {
    const problem = countProblem(number, 1);
    if (problem !== void 0) malformed(ctx, `\`pageNumber\` ${problem}`);
    page.pageNumber = number;
  }
  const next = field(body, "nextUri");
  if (next !== void 0 && next !== null && typeof next !== "string") {
    malformed(ctx, `\`nextUri\` is ${kindOf(next)}, not a link`);
  }
  if (typeof next === "string" && next.trim() !== "") page.nextUri = next.trim();
  if (style === "paged") {
    const pageCount = field(body, "pageCount");
    const problem = countProblem(pageCount);
    if (problem !== void 0) malformed(ctx, `\`pageCount\` ${problem}`);
    page.pageCount = pageCount;
    if (page.pageCount === 0 && page.total > 0) {
      malformed(ctx, `\`pageCount\` is 0 but \`total\` is ${page.total}`);
    }
    if (pageNumber < page.pageCount && page.nextUri === void 0) {
      malformed(
        ctx,
        `page ${pageNumber} of ${page.pageCount} has no \`nextUri\`: its links disagree with its \`pageCount\``
      );
    }
    if (entities.length === 0 && (page.nextUri !== void 0 || pageNumber < page.pageCount)) {
      malformed(ctx, `page ${pageNumber} is empty but is not the last page`);
    }
  }
  return page;
}
function named(raw, ctx, kind) {
  if (!isObject(raw)) malformed(ctx, `${kind} ${ctx.index} is not an object`);
  const id = field(raw, "id");
  if (typeof id !== "string" || id === "") malformed(ctx, `${kind} ${ctx.index} has no \`id\``);
  const name = text(field(raw, "name"));
  return { id, name: name === "" ? id : name };
}
function permissionPart(v, name, who, ctx) {
  if (typeof v !== "string" || v.trim() === "")
    malformed(ctx, `${who} has a permission policy without \`${name}\``);
  if (v.includes(":")) malformed(ctx, `${who} has a permission policy whose \`${name}\` holds a colon`);
  return v.trim();
}
function permissionPolicies(v, who, ctx) {
  if (v === void 0 || v === null) return void 0;
  if (!Array.isArray(v)) malformed(ctx, `${who} has \`permissionPolicies\` that are not a list`);
  return v.map((p) => {
    if (!isObject(p)) malformed(ctx, `${who} has a permission policy that is not an object`);
    const actions = stringList(field(p, "actionSet"), "actionSet", who, ctx).map((a) => a.trim());
    if (actions.length === 0 || actions.includes(""))
      malformed(ctx, `${who} has a permission policy without actions`);
    if (actions.some((a) => a.includes(":")))
      malformed(ctx, `${who} has a permission policy with an action that holds a colon`);
    const condition = field(p, "resourceConditionNode");
    return {
      domain: permissionPart(field(p, "domain"), "domain", who, ctx),
      entity: permissionPart(field(p, "entityName"), "entityName", who, ctx),
      actions,
      conditional: condition !== void 0 && condition !== null
    };
  });
}
function parseRole(raw, ctx) {
  return named(raw, ctx, "role");
}
function parseRoleWithPolicies(raw, ctx) {
  const role = parseRole(raw, ctx);
  const policies = permissionPolicies(field(raw, "permissionPolicies"), `role ${role.id}`, ctx);
  if (policies !== void 0) role.permissionPolicies = policies;
  return role;
}
function parseDivision(raw, ctx) {
  return named(raw, ctx, "division");
}
function parseScopes(body, source2) {
  const page = parsePage(body, source2, "catalogue");
  const names = /* @__PURE__ */ new Set();
  page.entities.forEach((e, index) => {
    const ctx = { source: source2, index };
    if (!isObject(e)) malformed(ctx, `scope ${index} is not an object`);
    const id = field(e, "id");
    if (typeof id !== "string" || id === "") malformed(ctx, `scope ${index} has no \`id\``);
    names.add(id);
  });
  if (page.total !== page.entities.length) {
    malformed({ source: source2, index: 0 }, `${page.entities.length} scopes listed but total is ${page.total}`);
  }
  return [...names];
}

// src/genesys/parse-access.ts
function parsePermissionDomain(raw, ctx) {
  if (!isObject(raw)) malformed(ctx, `permission domain ${ctx.index} is not an object`);
  const domain = field(raw, "domain") ?? field(raw, "id");
  if (typeof domain !== "string" || domain === "")
    malformed(ctx, `permission domain ${ctx.index} has no \`domain\``);
  const map = field(raw, "permissionMap");
  const permissions = [];
  if (map === void 0 || map === null) return { id: domain, permissions };
  if (!isObject(map))
    malformed(ctx, `permission domain ${domain} has a \`permissionMap\` that is not an object`);
  for (const [entity, actions] of Object.entries(map)) {
    if (!Array.isArray(actions)) malformed(ctx, `permission domain ${domain} entity ${entity} is not a list`);
    for (const a of actions) {
      const action = isObject(a) ? field(a, "action") : void 0;
      if (typeof action !== "string" || action === "")
        malformed(ctx, `permission domain ${domain} entity ${entity} has an action without a name`);
      permissions.push(`${domain}:${entity}:${action}`);
    }
  }
  return { id: domain, permissions };
}
function parseUser(raw, ctx) {
  if (!isObject(raw)) malformed(ctx, `user ${ctx.index} is not an object`);
  const id = field(raw, "id");
  if (typeof id !== "string" || id === "") malformed(ctx, `user ${ctx.index} has no \`id\``);
  const state = field(raw, "state");
  if (typeof state !== "string" || state.trim() === "") malformed(ctx, `user ${id} has no \`state\``);
  return { id, name: text(field(raw, "name")), state: state.trim().toLowerCase() };
}

// src/genesys/listings.ts
var CLIENTS_PATH = "/api/v2/oauth/clients";
var SCOPES_PATH = "/api/v2/oauth/scopes";
var ROLES_PATH = "/api/v2/authorization/roles";
var DIVISIONS_PATH = "/api/v2/authorization/divisions";
var PERMISSIONS_PATH = "/api/v2/authorization/permissions";
var USERS_PATH = "/api/v2/users";
var USERS_BATCH = 100;
var MAX_PAGES = 5e3;
var DETAIL_CONCURRENCY = 4;
var PagingError = class extends IncompleteError {
  name = "PagingError";
};
function pagingError(from, detail) {
  return new PagingError(
    `${from} failed: ${detail}. The listing is inconsistent, so the audit cannot be sure it saw every item: re-run it; if this persists, report it to Genesys Cloud support.`
  );
}
var ListingTally = class {
  constructor(listPath) {
    this.listPath = listPath;
  }
  listPath;
  first;
  page(n, page, from) {
    const first = this.first ??= page;
    for (const key of ["total", "pageCount"]) {
      if (page[key] !== first[key]) {
        throw pagingError(
          from,
          `page ${n} gives a \`${key}\` of ${page[key]} but page 1 gave ${first[key]}: the listing changed while it was read`
        );
      }
    }
  }
  end(received, noun) {
    const total = this.first?.total;
    if (total !== void 0 && received !== total) {
      throw pagingError(
        `GET ${this.listPath}`,
        `${received} ${noun} received but the listing's total is ${total}`
      );
    }
  }
};
function nextPath(nextUri, listPath) {
  let path = nextUri;
  if (/^[a-z][a-z0-9+.-]*:/i.test(nextUri)) {
    try {
      const url = new URL(nextUri);
      path = url.pathname + url.search;
    } catch {
      throw pagingError(`GET ${listPath}`, "nextUri is not a usable URL");
    }
  }
  if (!path.startsWith("/api/v2/") || path.startsWith("//")) {
    throw pagingError(`GET ${listPath}`, `nextUri points outside the API (${path.split("?")[0]})`);
  }
  return path;
}
function source(path, correlationId, page) {
  const notes = [
    page === void 0 ? "" : `page ${page}`,
    correlationId ? `correlation ID ${correlationId}` : ""
  ];
  const note2 = notes.filter(Boolean).join(", ");
  return `GET ${path}${note2 ? ` (${note2})` : ""}`;
}
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
var OrgFetcher = class {
  constructor(session, http, logger) {
    this.session = session;
    this.http = http;
    this.logger = logger;
  }
  session;
  http;
  logger;
  warnings = [];
  debug(message) {
    this.logger.debug(this.http.redact(message));
  }
  warn(message) {
    const clean = this.http.redact(message);
    this.warnings.push(clean);
    this.logger.warning(clean);
  }
  /** Every client, following `nextUri` defensively: a repeated page, duplicate IDs or a short total fail. */
  async clients() {
    const clients = [];
    const needDetail = [];
    const ids = /* @__PURE__ */ new Set();
    const seenPaths = /* @__PURE__ */ new Set();
    const tally = new ListingTally(CLIENTS_PATH);
    let path = CLIENTS_PATH;
    for (let pages = 1; ; pages++) {
      if (pages > MAX_PAGES) throw pagingError(`GET ${CLIENTS_PATH}`, `more than ${MAX_PAGES} pages`);
      seenPaths.add(path);
      const res = await this.session.get(path, "oauth:client:view");
      const src = source(pathOf(path), res.correlationId, pages);
      const page = parsePage(res.json, src, "paged", pages);
      const known = ids.size;
      const first = clients.length;
      let repeated;
      const entities = page.entities;
      for (let i = 0; i < entities.length; i++) {
        const client = parseClient(entities[i], { source: src, index: first + i });
        const size = ids.size;
        if (ids.add(client.id.toLowerCase()).size === size) {
          repeated ??= client;
          continue;
        }
        if (lacksGrantType(entities[i])) needDetail.push(clients.length);
        clients.push(client);
      }
      if (repeated !== void 0) {
        if (ids.size === known)
          throw pagingError(src, `page ${pages} repeats an earlier page (a paging loop)`);
        throw pagingError(src, `client ${repeated.id} is listed twice`);
      }
      tally.page(pages, page, src);
      if (page.nextUri === void 0) break;
      const next = nextPath(page.nextUri, CLIENTS_PATH);
      if (seenPaths.has(next)) {
        throw pagingError(src, `nextUri ${pathOf(next)} points back to a page already read (a paging loop)`);
      }
      path = next;
    }
    tally.end(clients.length, "clients");
    if (needDetail.length > 0) {
      this.logger.info(
        `${needDetail.length} client(s) listed without a grant type; reading each from ${CLIENTS_PATH}/{id}.`
      );
      await mapLimit(needDetail, DETAIL_CONCURRENCY, async (index) => {
        clients[index] = await this.clientDetail(clients[index]);
      });
    }
    return clients;
  }
  async clientDetail(listed) {
    const path = `${CLIENTS_PATH}/${encodeURIComponent(listed.id)}`;
    const res = await this.session.get(path, "oauth:client:view");
    const detail = parseClient(res.json, { source: source(path, res.correlationId), index: 0 });
    if (detail.id.toLowerCase() !== listed.id.toLowerCase()) {
      throw pagingError(`GET ${path}`, `the answer is about client ${detail.id}, not ${listed.id}`);
    }
    if (detail.grantType === "") this.warn(`Client ${detail.id} has no grant type, even in its detail.`);
    return detail;
  }
  /** A numbered listing (`pageSize=100`, `pageNumber` up to `pageCount`), checked like the clients. */
  async numbered(listPath, query, permission, parse) {
    const items = [];
    const ids = /* @__PURE__ */ new Set();
    const tally = new ListingTally(listPath);
    for (let pageNumber = 1; ; pageNumber++) {
      if (pageNumber > MAX_PAGES) throw pagingError(`GET ${listPath}`, `more than ${MAX_PAGES} pages`);
      const path = `${listPath}?pageSize=100&pageNumber=${pageNumber}${query}`;
      const res = await this.session.get(path, permission);
      const src = source(listPath, res.correlationId, pageNumber);
      const page = parsePage(res.json, src, "paged", pageNumber);
      for (const raw of page.entities) {
        const item = parse(raw, { source: src, index: items.length });
        const key = item.id.toLowerCase();
        if (ids.has(key)) throw pagingError(src, `${item.id} is listed twice (page ${pageNumber})`);
        ids.add(key);
        items.push(item);
      }
      tally.page(pageNumber, page, src);
      if (pageNumber >= page.pageCount) break;
    }
    tally.end(items.length, "items");
    return items;
  }
  async scopes() {
    const res = await this.session.get(SCOPES_PATH);
    return parseScopes(res.json, source(SCOPES_PATH, res.correlationId));
  }
  /** The role list; with `withPolicies`, what each role permits, where the listing says it. */
  async roles(withPolicies = false) {
    const parse = withPolicies ? parseRoleWithPolicies : parseRole;
    return this.numbered(ROLES_PATH, "&userCount=false", "authorization:role:view", parse);
  }
  /** Division names need no permission. */
  async divisions() {
    return this.numbered(DIVISIONS_PATH, "", void 0, parseDivision);
  }
  /** One role with its permission policies (for roles the listing gives without them). */
  async roleDetail(roleId) {
    const path = `${ROLES_PATH}/${encodeURIComponent(roleId)}`;
    const res = await this.session.get(path, "authorization:role:view");
    const from = source(path, res.correlationId);
    const role = parseRoleWithPolicies(res.json, { source: from, index: 0 });
    if (role.id.toLowerCase() !== roleId.toLowerCase())
      throw pagingError(from, `the answer is about role ${role.id}, not ${roleId}`);
    return role;
  }
  /** The org's permission catalogue as `domain:entity:action` strings (needs no permission). */
  async permissionCatalogue() {
    const domains = await this.numbered(PERMISSIONS_PATH, "", void 0, parsePermissionDomain);
    return domains.flatMap((d) => d.permissions);
  }
  /**
   * The users of `ids` (deleted and inactive ones too), `USERS_BATCH` per call. A user the org
   * does not return (of another org, e.g. Genesys support) is simply absent.
   */
  async users(ids) {
    const users = [];
    for (let i = 0; i < ids.length; i += USERS_BATCH) {
      const batch = ids.slice(i, i + USERS_BATCH);
      const query = `&state=any${batch.map((id) => `&id=${encodeURIComponent(id)}`).join("")}`;
      users.push(...await this.numbered(USERS_PATH, query, void 0, parseUser));
    }
    return users;
  }
};

// src/genesys/access.ts
var DETAIL_CONCURRENCY2 = 4;
function grantedRoleIds(clients) {
  const ids = /* @__PURE__ */ new Map();
  for (const c of clients) {
    if (c.grantType !== "CLIENT-CREDENTIALS") continue;
    for (const g of c.roles) if (!ids.has(g.roleId.toLowerCase())) ids.set(g.roleId.toLowerCase(), g.roleId);
  }
  return [...ids.values()];
}
async function withPermissions(fetcher, clients, roles) {
  const byId = new Map(roles.map((r) => [r.id.toLowerCase(), r]));
  const missing = grantedRoleIds(clients).filter((id) => !byId.get(id.toLowerCase())?.permissionPolicies);
  const details = await mapLimit(missing, DETAIL_CONCURRENCY2, async (id) => {
    try {
      return await fetcher.roleDetail(id);
    } catch (err) {
      if (!(err instanceof IncompleteError)) throw err;
      const why = err instanceof ApiError && err.status === 404 ? "the role does not exist (any more)" : err.message;
      throw new IncompleteError(
        `The permissions of role ${id}, granted to a client, cannot be read from ${ROLES_PATH}/${id}: ${why} The policy uses roles.forbid-permissions, so this role cannot be judged: re-run the audit; if it persists, check the role in Admin > Roles / Permissions and that the audit identity has authorization:role:view.`
      );
    }
  });
  const out = [...roles];
  for (const d of details) {
    if (!d.permissionPolicies) {
      throw new IncompleteError(
        `GET ${ROLES_PATH}/${d.id} gave the role without its permission policies, so what it grants cannot be judged (the policy uses roles.forbid-permissions): re-run the audit; if it persists, report it to Genesys Cloud support.`
      );
    }
    const i = out.findIndex((r) => r.id.toLowerCase() === d.id.toLowerCase());
    if (i >= 0) out[i] = { ...out[i], permissionPolicies: d.permissionPolicies };
    else out.push(d);
  }
  return out;
}
async function creators(fetcher, clients) {
  const ids = /* @__PURE__ */ new Map();
  for (const c of clients) {
    const id = c.createdBy?.id;
    if (id !== void 0 && !ids.has(id.toLowerCase())) ids.set(id.toLowerCase(), id);
  }
  if (ids.size === 0) return [];
  try {
    return await fetcher.users([...ids.values()]);
  } catch (err) {
    if (!(err instanceof IncompleteError)) throw err;
    throw new IncompleteError(
      `The creators of the clients could not be looked up (GET ${USERS_PATH}): ${err.message} The orphaned-client check is on, so the audit cannot judge it: re-run the audit.`
    );
  }
}

// src/genesys/usage.ts
var USAGE_QUERY_PATH = "/api/v2/usage/query";
var WINDOW_DAYS = 31;
var MAX_POLL_MS = 3e4;
function usageWindows(days, asOf) {
  const end = asOf.getTime();
  const first = Date.parse(dayOf(end)) - days * DAY_MS;
  const out = [];
  for (let start = first; start < end; start += WINDOW_DAYS * DAY_MS) {
    const stop = Math.min(start + WINDOW_DAYS * DAY_MS, end);
    out.push(`${new Date(start).toISOString()}/${new Date(stop).toISOString()}`);
  }
  return out;
}
function malformed2(from, what) {
  return new IncompleteError(
    `${from} failed: ${what}. The usage data cannot be read, so unused clients cannot be judged: re-run the audit; if this persists, report it to Genesys Cloud support, or turn \`checks.unused-client\` off.`
  );
}
var note = (correlationId) => correlationId ? ` (correlation ID ${correlationId})` : "";
async function readUsage(session, http, logger, days, asOf, now) {
  const windows = await Promise.all(usageWindows(days, asOf).map((interval) => submit(session, interval)));
  const first = dayOf(Date.parse(dayOf(asOf.getTime())) - days * DAY_MS);
  const last = dayOf(asOf.getTime());
  const clients = /* @__PURE__ */ new Map();
  const started = now();
  let waitMs = http.limits.usagePollMs;
  for (; ; ) {
    let status = "running";
    const pending = windows.filter((w) => !w.done);
    const polled = await Promise.all(pending.map((w) => poll(session, w)));
    pending.forEach((w, i) => {
      if (w.rows === void 0) {
        if (/^[A-Za-z]{1,20}$/.test(polled[i])) status = polled[i].toLowerCase();
        return;
      }
      addRows(clients, w, first, last);
      w.rows = void 0;
      w.done = true;
    });
    if (windows.every((w) => w.done)) break;
    const elapsed = now() - started;
    const timeout = http.limits.usageTimeoutMs;
    if (elapsed >= timeout) throw tooLong(timeout);
    logger.info(
      `Waiting for Genesys Cloud's usage query (${status}, ${Math.round(elapsed / 1e3)} s so far)\u2026`
    );
    await http.pause(Math.min(waitMs, timeout - elapsed));
    waitMs = Math.min(Math.max(waitMs * 2, 1), MAX_POLL_MS);
  }
  return { from: first, to: asOf.toISOString(), clients };
}
function tooLong(timeoutMs) {
  return new IncompleteError(
    `Genesys Cloud's usage query was still running after ${Math.round(timeoutMs / 1e3)} s, so unused clients cannot be judged: re-run the audit later, allow it more time with ${ENV_NAMES.usageTimeoutMs} (e.g. 20m), or turn \`checks.unused-client\` off.`
  );
}
async function submit(session, interval) {
  const body = { interval, granularity: "Day", metrics: ["Requests"], groupBy: ["OAuthClientId"] };
  const res = await session.post(USAGE_QUERY_PATH, body, "oauth:client:view");
  const from = `POST ${USAGE_QUERY_PATH}${note(res.correlationId)}`;
  const id = isObject(res.json) ? res.json.executionId : void 0;
  if (typeof id !== "string" || !/^[A-Za-z0-9._~-]{1,200}$/.test(id)) {
    throw malformed2(from, "the answer has no usable `executionId`");
  }
  return { interval, executionId: id, source: "" };
}
async function poll(session, w) {
  const path = `${USAGE_QUERY_PATH}/${w.executionId}/results`;
  const res = await session.get(path, "oauth:client:view");
  w.source = `GET ${path}${note(res.correlationId)}`;
  const body = res.json;
  if (!isObject(body) || typeof body.queryStatus !== "string") {
    throw malformed2(w.source, "the answer has no `queryStatus`");
  }
  const status = body.queryStatus;
  if (status === "Complete") {
    if (!Array.isArray(body.results)) throw malformed2(w.source, "the complete query has no `results` list");
    w.rows = body.results;
    return status;
  }
  if (status === "Failed" || status === "Cancelled") {
    throw new IncompleteError(
      `Genesys Cloud's usage query for ${w.interval} ended with status ${status}${note(res.correlationId)}, so unused clients cannot be judged: re-run the audit; if this persists, report it to Genesys Cloud support, or turn \`checks.unused-client\` off.`
    );
  }
  return status;
}
function addRows(clients, w, first, last) {
  w.rows.forEach((row, i) => {
    if (!isObject(row)) throw malformed2(w.source, `result ${i} is not an object`);
    if (row.clientId === void 0 || row.clientId === null || row.clientId === "") return;
    const { clientId, requests, date } = row;
    if (typeof clientId !== "string")
      throw malformed2(w.source, `result ${i} has a \`clientId\` that is not text`);
    if (typeof requests !== "number" || !Number.isSafeInteger(requests) || requests < 0)
      throw malformed2(w.source, `result ${i} has no \`requests\` count`);
    const ms = typeof date === "string" ? Date.parse(date) : NaN;
    if (Number.isNaN(ms)) throw malformed2(w.source, `result ${i} has no readable \`date\``);
    const day = dayOf(ms);
    if (requests === 0 || day < first || day > last) return;
    const key = clientId.toLowerCase();
    const u = clients.get(key) ?? { lastUsed: null, requests: 0 };
    u.requests += requests;
    if (u.lastUsed === null || day > u.lastUsed) u.lastUsed = day;
    clients.set(key, u);
  });
}

// src/genesys/api.ts
function rolesError(err) {
  if (err instanceof ApiError && err.status === 403 && !err.message.includes("authorization:role:view")) {
    return new IncompleteError(
      `${err.message} The policy refers to roles by name: give the audit identity's role the permission authorization:role:view.`
    );
  }
  return err;
}
function settle(promise) {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error) => ({ ok: false, error })
  );
}
function incomplete(error) {
  if (!(error instanceof IncompleteError)) throw error;
  return error;
}
function scopeCatalogue(read, needs, fetcher) {
  if (read.ok) return read.value;
  const err = incomplete(read.error);
  if (needs.scopeCatalogue) throw err;
  fetcher.warn(
    `The org's scope catalogue could not be read, so scopes are checked against the built-in list: ${err.message}`
  );
  return null;
}
function roleList(read, clients, needs, fetcher) {
  if (!read.ok) {
    const err = incomplete(read.error);
    if (needs.roleNames || needs.permissions) throw rolesError(err);
    fetcher.warn(`Role names could not be read, so roles are shown by ID: ${err.message}`);
    return null;
  }
  const list = needs.roleNames ? [...unlistedRoles(clients, read.value).keys()] : [];
  if (list.length > 0) {
    const shown = list.slice(0, 5).join(", ") + (list.length > 5 ? `, \u2026 (${list.length} in all)` : "");
    throw new IncompleteError(
      `GET ${ROLES_PATH} did not list role(s) granted to clients: ${shown}. The policy refers to roles by name, so these cannot be judged: re-run the audit; if it persists, check the roles in Admin > Roles / Permissions.`
    );
  }
  return read.value;
}
function divisionList(read, fetcher) {
  if (read.ok) return read.value;
  const err = incomplete(read.error);
  const hint = err instanceof ApiError && err.status === 403 ? " (the endpoint needs no permission: check the audit identity and the org)" : "";
  fetcher.warn(`Division names could not be read${hint}, so divisions are shown by ID: ${err.message}`);
  return null;
}
function permissionCatalogue(read, fetcher) {
  if (read.ok) return { permissions: read.value };
  fetcher.warn(
    `The org's permission catalogue could not be read, so permission patterns are not checked against it: ${incomplete(read.error).message}`
  );
  return {};
}
async function readLists(fetcher, needs, logger) {
  const scopesRead = settle(fetcher.scopes());
  const rolesRead = settle(fetcher.roles(needs.permissions));
  const divisionsRead = settle(fetcher.divisions());
  const catalogueRead = needs.permissions ? settle(fetcher.permissionCatalogue()) : void 0;
  const clients = await fetcher.clients();
  logger.info(`Read ${clients.length} OAuth client(s).`);
  const scopes = scopeCatalogue(await scopesRead, needs, fetcher);
  const [roles, divisions] = await Promise.all([rolesRead, divisionsRead]);
  const catalogue = catalogueRead ? permissionCatalogue(await catalogueRead, fetcher) : {};
  if (!clients.some((c) => c.grantType === "CLIENT-CREDENTIALS")) {
    return { clients, roles: null, divisions: null, scopes, ...catalogue };
  }
  let list = roleList(roles, clients, needs, fetcher);
  if (needs.permissions && list !== null) list = await withPermissions(fetcher, clients, list);
  return { clients, roles: list, divisions: divisionList(divisions, fetcher), scopes, ...catalogue };
}
function usageOfClients(usage, clients, fetcher) {
  const known = new Set(clients.map((c) => c.id.toLowerCase()));
  const total = usage.clients.size;
  for (const id of usage.clients.keys()) if (!known.has(id)) usage.clients.delete(id);
  if (total > usage.clients.size) {
    fetcher.debug(
      `${total - usage.clients.size} client(s) in the usage data are not in the org's client list.`
    );
  }
  if (usage.clients.size === 0 && clients.length > 0) {
    fetcher.warn(
      `Genesys Cloud reports no API request by any OAuth client since ${usage.from}: every active client older than the grace period is judged unused.`
    );
  }
  return usage;
}
async function fetchOrg(settings, needs, logger, deps = {}) {
  const apiBaseUrl = validateBaseUrl(settings.apiBaseUrl, "api-base-url");
  const loginBaseUrl = validateBaseUrl(settings.loginBaseUrl, "login-base-url");
  const clock = deps.clock?.() ?? /* @__PURE__ */ new Date();
  const fetchedAt = clock.toISOString();
  const http = new HttpClient(settings.limits, logger, deps);
  try {
    const session = new GenesysSession(http, { ...settings, apiBaseUrl, loginBaseUrl }, logger);
    const fetcher = new OrgFetcher(session, http, logger);
    await session.signIn();
    const usage = needs.usageDays === void 0 ? void 0 : settle(readUsage(session, http, logger, needs.usageDays, clock, deps.now ?? Date.now));
    const lists = await readLists(fetcher, needs, logger);
    const org = {
      ...lists,
      fetchedAt,
      source: { kind: "api", region: settings.region, apiBaseUrl }
    };
    if (needs.creators) org.users = await creators(fetcher, lists.clients);
    if (usage !== void 0) {
      const read = await usage;
      if (!read.ok) throw read.error;
      org.usage = usageOfClients(read.value, lists.clients, fetcher);
    }
    return { org, apiCalls: http.requestCount, warnings: fetcher.warnings };
  } catch (err) {
    if (err instanceof IncompleteError && !(err instanceof ApiError)) err.message = http.redact(err.message);
    throw err;
  } finally {
    await http.close();
  }
}
export {
  fetchOrg
};
