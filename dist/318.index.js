export const id = 318;
export const ids = [318];
export const modules = {

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j$: () => (/* binding */ IncompleteError),
/* harmony export */   pn: () => (/* binding */ PolicyError),
/* harmony export */   rm: () => (/* binding */ formatPolicyMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);

/** The policy or an input is invalid: the user must fix something. Outcome `invalid-policy`. */
class UserError extends Error {
    name = 'UserError';
}
/** The policy file is invalid; `errors` carry `file:line:col` positions. Outcome `invalid-policy`. */
class PolicyError extends UserError {
    errors;
    warnings;
    name = 'PolicyError';
    constructor(errors, warnings = []) {
        super(errors.length === 1
            ? `Invalid policy: ${formatPolicyMessage(errors[0])}`
            : `Invalid policy (${errors.length} errors):\n${errors.map((e) => `  ${formatPolicyMessage(e)}`).join('\n')}`);
        this.errors = errors;
        this.warnings = warnings;
    }
}
/** The org data could not be fully fetched; the audit must not pass. Outcome `incomplete`. */
class IncompleteError extends Error {
    name = 'IncompleteError';
}
/** One line, whatever the message quotes from the policy file. */
function formatPolicyMessage(m) {
    return `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(m.file)}:${m.line}:${m.col}: ${m.level}: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(m.message)}`;
}


/***/ }),

/***/ 2375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ GRANT_TYPES),
/* harmony export */   x: () => (/* binding */ CLIENT_STATES)
/* harmony export */ });
/**
 * The org data the audit judges, after normalisation. Produced by `src/genesys/api.ts` (live) or
 * `src/genesys/snapshot.ts` (offline); consumed by the policy evaluator and the reports.
 * Nothing here may ever hold a client secret or a token.
 */
/** Grant types as the API writes them today. Other values are kept verbatim (never a crash). */
const GRANT_TYPES = ['CODE', 'TOKEN', 'SAML2-BEARER', 'PASSWORD', 'CLIENT-CREDENTIALS'];
const CLIENT_STATES = ['active', 'disabled', 'inactive'];


/***/ }),

/***/ 31318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/redact.ts
/**
 * Exact redaction of the run's secrets (the client secret, its Basic credentials, the access token)
 * from every message the tool prints. Exact both ways: every occurrence goes, and text that holds
 * no secret comes out unchanged. That is only possible because a secret is never short: a value
 * of a few characters also occurs inside ordinary words, so redacting it would garble every
 * message, and it cannot be a real Genesys Cloud credential anyway. Callers refuse such values
 * (as a wrong input or a bad server answer) before they register them.
 */
/** The shortest value accepted as a secret; Genesys Cloud client secrets and tokens are far longer. */
const MIN_SECRET_LENGTH = 8;
const REDACTED = '***';
class Secrets {
    values = new Set();
    /**
     * Registers a value, with the URL-encoded forms it would take in a query string or a form body.
     * An empty value is ignored; a shorter one than MIN_SECRET_LENGTH is a bug of the caller.
     */
    add(value) {
        if (value === '')
            return;
        if (value.length < MIN_SECRET_LENGTH) {
            throw new Error(`a secret of ${value.length} characters reached redaction; it should have been refused`);
        }
        this.values.add(value);
        this.values.add(encodeURIComponent(value));
        this.values.add(new URLSearchParams({ v: value }).toString().slice(2));
    }
    /** `text` with every occurrence of every registered value replaced by `***`. */
    redact(text) {
        let out = text;
        // A replacement can complete another occurrence (`ab` + `ab***cd` + `cd` gives `ab***cd`):
        // repeat until none is left. Every replacement shortens the text, so this ends.
        for (let changed = true; changed;) {
            changed = false;
            for (const value of this.values) {
                if (!out.includes(value))
                    continue;
                out = out.split(value).join(REDACTED);
                changed = true;
            }
        }
        return out;
    }
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(71013);
;// CONCATENATED MODULE: ./src/genesys/regions.ts
/**
 * Turns the `region`, `api-base-url` and `login-base-url` inputs into the two base URLs the client
 * talks to. Everything is checked here, before any request or DNS lookup: credentials travel only
 * over https, except to loopback hosts.
 */

/** Genesys Cloud environments (GENESYS-API.md). New ones are also accepted by domain shape. */
const REGIONS = [
    { sdkKey: 'us_east_1', awsKey: 'us-east-1', env: 'mypurecloud.com' },
    { sdkKey: 'us_east_2', awsKey: 'us-east-2', env: 'use2.us-gov-pure.cloud' },
    { sdkKey: 'us_west_2', awsKey: 'us-west-2', env: 'usw2.pure.cloud' },
    { sdkKey: 'ca_central_1', awsKey: 'ca-central-1', env: 'cac1.pure.cloud' },
    { sdkKey: 'sa_east_1', awsKey: 'sa-east-1', env: 'sae1.pure.cloud' },
    { sdkKey: 'mx_central_1', awsKey: 'mx-central-1', env: 'mxc1.pure.cloud' },
    { sdkKey: 'eu_west_1', awsKey: 'eu-west-1', env: 'mypurecloud.ie' },
    { sdkKey: 'eu_west_2', awsKey: 'eu-west-2', env: 'euw2.pure.cloud' },
    { sdkKey: 'eu_central_1', awsKey: 'eu-central-1', env: 'mypurecloud.de' },
    { sdkKey: 'eu_central_2', awsKey: 'eu-central-2', env: 'euc2.pure.cloud' },
    { sdkKey: 'me_central_1', awsKey: 'me-central-1', env: 'mec1.pure.cloud' },
    { sdkKey: 'eusc_de_east_1', awsKey: 'eusc-de-east-1', env: 'edee1.eusc-pure.cloud' },
    { sdkKey: 'ap_south_1', awsKey: 'ap-south-1', env: 'aps1.pure.cloud' },
    { sdkKey: 'ap_northeast_1', awsKey: 'ap-northeast-1', env: 'mypurecloud.jp' },
    { sdkKey: 'ap_northeast_2', awsKey: 'ap-northeast-2', env: 'apne2.pure.cloud' },
    { sdkKey: 'ap_northeast_3', awsKey: 'ap-northeast-3', env: 'apne3.pure.cloud' },
    { sdkKey: 'ap_southeast_1', awsKey: 'ap-southeast-1', env: 'apse1.pure.cloud' },
    { sdkKey: 'ap_southeast_2', awsKey: 'ap-southeast-2', env: 'mypurecloud.com.au' },
];
const DEFAULT_ENV = 'mypurecloud.com';
/** Shown as the region when only base URLs that are not Genesys hosts were given (a proxy, the sandbox). */
const CUSTOM_REGION = 'custom';
/** An unusable `region`, `api-base-url` or `login-base-url` input. */
class EndpointError extends src_errors/* UserError */.yo {
    name = 'EndpointError';
}
const EXAMPLES = 'a domain (mypurecloud.com, mypurecloud.ie, usw2.pure.cloud), a region key (eu-west-1 or eu_west_1) ' +
    'or an https://api.<env> URL';
/** A Genesys environment domain: one from the table, or one of the shapes new regions take. */
function isGenesysEnv(domain) {
    const d = domain.toLowerCase();
    if (REGIONS.some((r) => r.env === d))
        return true;
    const labels = d.split('.');
    if (!labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l)))
        return false;
    // A host of an environment (`api.usw2.pure.cloud`) is not an environment itself.
    if (HOST_PREFIXES.includes(labels[0]))
        return false;
    // `<x>.pure.cloud` and `<x>.<y>-pure.cloud` (e.g. use2.us-gov-pure.cloud)
    if (labels.length >= 3 && labels.at(-1) === 'cloud') {
        const second = labels.at(-2);
        if (second === 'pure' || second.endsWith('-pure'))
            return true;
    }
    // `mypurecloud.<tld>` or `mypurecloud.<sld>.<tld>` (mypurecloud.com.au)
    if (labels[0] === 'mypurecloud' && (labels.length === 2 || labels.length === 3)) {
        return labels.slice(1).every((l) => /^[a-z]{2,}$/.test(l));
    }
    return false;
}
const HOST_PREFIXES = ['api', 'login', 'apps'];
/** The environment of a Genesys host name (`api.mypurecloud.ie` → `mypurecloud.ie`), or undefined. */
function envOfHost(host) {
    const m = /^(?:api|login|apps)\.(.+)$/.exec(host.toLowerCase());
    if (m && isGenesysEnv(m[1]))
        return m[1];
    return undefined;
}
/**
 * The environment domain named by a `region` input, or throws an EndpointError listing valid
 * examples. Case-insensitive; accepts domains, both key styles, and Genesys host names or URLs.
 */
function parseRegion(input) {
    const raw = input.trim();
    const value = raw.toLowerCase();
    const fail = (why) => {
        throw new EndpointError(`Unknown region "${hideUserinfo(raw)}"${why}. Use ${EXAMPLES}.`);
    };
    if (value === '')
        fail('');
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(value)) {
        let url;
        try {
            url = checkUrlShape(raw, 'region');
        }
        catch (err) {
            return fail(`: ${err.message.replace(/^region /, 'it ').replace(/\.$/, '')}`);
        }
        if (url.protocol !== 'https:')
            fail(': a region URL must use https');
        if (url.pathname !== '/' && url.pathname !== '')
            fail(': a region URL has no path');
        if (url.port !== '')
            fail(': a region URL has no port');
        const env = envOfHost(url.hostname);
        if (env === undefined)
            fail(`: ${url.hostname} is not a Genesys Cloud API host`);
        return env;
    }
    const key = value.replace(/_/g, '-');
    const byKey = REGIONS.find((r) => r.awsKey === key);
    if (byKey)
        return byKey.env;
    const domain = value.replace(/\.$/, '');
    if (isGenesysEnv(domain))
        return domain;
    const env = envOfHost(domain);
    if (env !== undefined)
        return env;
    if (/^[a-z]{2,4}-[a-z]+-\d+$/.test(key))
        fail(': no Genesys Cloud region has that key');
    return fail('');
}
/** Loopback: 127.0.0.0/8, ::1 (and its IPv4-mapped form), `localhost`. Host as `URL.hostname` gives it. */
function isLoopbackHost(hostname) {
    const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1')
        return true;
    if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h))
        return true;
    const mapped = /^::ffff:(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|7f[0-9a-f]{2}:[0-9a-f]{1,4})$/.exec(h);
    return mapped !== null;
}
/** Inputs are echoed in messages: never a password someone pasted into a URL. */
function hideUserinfo(value) {
    return value.replace(/^([^/]*\/\/)[^/?#]*@/, '$1***@');
}
/** Parses a URL and refuses userinfo, a query or a fragment (even empty ones). */
function checkUrlShape(value, label) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new EndpointError(`${label} "${hideUserinfo(value)}" is not a valid URL.`);
    }
    // URL drops an empty `?`/`#`; look at the text as well.
    const afterScheme = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    if (url.username !== '' || url.password !== '' || /^[^/]*@/.test(afterScheme)) {
        throw new EndpointError(`${label} must not contain credentials (user:password@).`);
    }
    if (url.search !== '' || value.includes('?'))
        throw new EndpointError(`${label} must not contain a query (?…).`);
    if (url.hash !== '' || value.includes('#'))
        throw new EndpointError(`${label} must not contain a fragment (#…).`);
    return url;
}
/**
 * Validates an explicit base URL and returns it without a trailing slash. `http` is allowed for
 * loopback hosts only; nothing is resolved or contacted here.
 */
function validateBaseUrl(value, label) {
    const trimmed = value.trim();
    const url = checkUrlShape(trimmed, label);
    if (url.protocol === 'http:') {
        if (!isLoopbackHost(url.hostname)) {
            throw new EndpointError(`${label} "${url.origin}" uses http to a host that is not loopback: credentials are only sent over https ` +
                '(http is allowed for 127.0.0.1, ::1 and localhost).');
        }
    }
    else if (url.protocol !== 'https:') {
        throw new EndpointError(`${label} "${trimmed}" must be an https:// URL.`);
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
/** The sibling host of a Genesys base URL (`https://api.X` → `https://login.X`), or undefined. */
function siblingOf(baseUrl, prefix) {
    const url = new URL(baseUrl);
    const env = envOfHost(url.hostname);
    if (env === undefined || url.protocol !== 'https:' || url.pathname !== '/')
        return undefined;
    return `https://${prefix}.${env}`;
}
/**
 * Resolves the inputs to the base URLs. Explicit base URLs override the region. A custom base URL
 * given alone also serves the other endpoint (as the sandbox does) unless a region or a Genesys
 * host says otherwise.
 */
function resolveEndpoints(inputs) {
    const region = inputs.region?.trim() ? parseRegion(inputs.region) : undefined;
    const api = inputs.apiBaseUrl?.trim() ? validateBaseUrl(inputs.apiBaseUrl, 'api-base-url') : undefined;
    const login = inputs.loginBaseUrl?.trim()
        ? validateBaseUrl(inputs.loginBaseUrl, 'login-base-url')
        : undefined;
    if (api === undefined && login === undefined) {
        const env = region ?? DEFAULT_ENV;
        return { region: env, apiBaseUrl: `https://api.${env}`, loginBaseUrl: `https://login.${env}` };
    }
    const apiBaseUrl = api ?? siblingOf(login, 'api') ?? (region !== undefined ? `https://api.${region}` : login);
    const loginBaseUrl = login ?? siblingOf(api, 'login') ?? (region !== undefined ? `https://login.${region}` : api);
    const shown = region ?? envOfHost(new URL(apiBaseUrl).hostname) ?? CUSTOM_REGION;
    return { region: shown, apiBaseUrl, loginBaseUrl };
}

;// CONCATENATED MODULE: ./src/genesys/proxy.ts
/**
 * The proxies of the environment, read as curl and undici read them: `HTTPS_PROXY` for https
 * origins (`HTTP_PROXY` when it is unset), `HTTP_PROXY` for http ones, the lower-case names first;
 * `NO_PROXY` lists the hosts reached directly (`host`, `host:port`, `.domain`, `*.domain`, `*`).
 *
 * Loopback hosts (the sandbox) are reached directly unless `NO_PROXY` is set, even empty. And a
 * proxy that is not itself on loopback never gets a loopback origin: it would reach its own
 * loopback, and plain-http credentials would leave the machine.
 */


function fromEnv(env, name) {
    for (const variable of [name.toLowerCase(), name]) {
        const value = env[variable]?.trim();
        if (value)
            return { value, variable };
    }
    return undefined;
}
function parseProxy(env, name) {
    const found = fromEnv(env, name);
    if (!found)
        return undefined;
    const { value, variable } = found;
    // Like curl, a proxy given without a scheme is an http:// one.
    const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
        const shown = value.replace(/\/\/[^@/]*@/, '//***@');
        throw new src_errors/* UserError */.yo(`${variable} ("${shown}") is not a proxy URL: give it as http://host:port (or https://host:port).`);
    }
    return { url, shown: `${url.protocol}//${url.host}`, variable };
}
/** Without brackets: `URL.hostname` keeps them around IPv6 addresses, NO_PROXY entries may not. */
const bare = (host) => host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
function parseNoProxy(value) {
    return value
        .split(/[,\s]+/)
        .filter((e) => e !== '')
        .map((entry) => {
        // `[::1]:8080`, `host:8080`; an IPv6 address without brackets has no port.
        const m = /^\[(.*)\](?::(\d+))?$/.exec(entry) ??
            (entry.split(':').length === 2 ? /^(.*):(\d+)$/.exec(entry) : null);
        const host = m ? m[1] : entry;
        return { host: bare(host.replace(/^\*?\./, '')), port: m?.[2] ? Number(m[2]) : 0 };
    });
}
/** Reads the proxy variables; a malformed proxy URL is a UserError naming the variable. */
function proxiesFromEnv(env) {
    const http = parseProxy(env, 'HTTP_PROXY');
    const https = parseProxy(env, 'HTTPS_PROXY') ?? http;
    const noProxy = env['no_proxy'] ?? env['NO_PROXY'];
    return { http, https, noProxy: noProxy === undefined ? undefined : parseNoProxy(noProxy) };
}
const DEFAULT_PORTS = { 'http:': 80, 'https:': 443 };
/** The proxy a request to `url` goes through, or undefined to connect directly. */
function proxyFor(proxies, url) {
    const proxy = url.protocol === 'https:' ? proxies.https : proxies.http;
    if (!proxy)
        return undefined;
    const host = bare(url.hostname);
    if (isLoopbackHost(url.hostname) &&
        (proxies.noProxy === undefined || !isLoopbackHost(proxy.url.hostname))) {
        return undefined;
    }
    const port = Number(url.port) || DEFAULT_PORTS[url.protocol] || 0;
    for (const entry of proxies.noProxy ?? []) {
        if (entry.host === '*')
            return undefined;
        if (entry.port !== 0 && entry.port !== port)
            continue;
        if (host === entry.host || host.endsWith(`.${entry.host}`))
            return undefined;
    }
    return proxy;
}

;// CONCATENATED MODULE: ./src/genesys/http.ts
/**
 * The one HTTP module of the tool, on undici 7 with a keep-alive Agent. It owns timeouts, retries
 * (exponential backoff with full jitter, `Retry-After` for 429), the run's retry budget, the body
 * size cap, the proxies of the environment, JSON parsing, the request count and the redaction of
 * secrets from every message.
 * Every failure is an `ApiError`: the audit could not see everything, so it must not pass.
 */






/** A request that failed for good. Renders as one sentence: what failed, why, the correlation ID, what to do. */
class ApiError extends src_errors/* IncompleteError */.j$ {
    name = 'ApiError';
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
}
const trimStop = (s) => s.trim().replace(/[.\s]+$/, '');
/** Server text in a message: one line, no control character, and not a whole page of it. */
const serverText = (s, max = 300) => (0,report_escape/* terminalText */.eR)(s, max);
function renderApiError(d) {
    const parts = [];
    if (d.status !== undefined)
        parts.push(String(d.status) + (d.code ? ` ${serverText(d.code, 100)}` : ''));
    else if (d.code)
        parts.push(serverText(d.code, 100));
    let what = parts.join('');
    if (d.genesysMessage)
        what += `${what ? ' — ' : ''}${trimStop(serverText(d.genesysMessage))}`;
    if (d.problem)
        what += `${what ? ': ' : ''}${trimStop(serverText(d.problem))}`;
    if (d.attempts !== undefined && d.attempts > 1)
        what += ` (after ${d.attempts} attempts)`;
    const corr = d.correlationId ? ` (correlation ID ${serverText(d.correlationId, 100)})` : '';
    return `${d.method} ${serverText(d.path)} failed: ${what}${corr}. ${d.advice}`;
}
/** Full-jitter exponential backoff: uniform in [0, min(max, base·2^retry)]. `retry` counts from 0. */
function backoffDelay(retry, limits, random) {
    // Past 2^52 the product overflows; base 0 would give NaN against Infinity.
    const growth = limits.backoffBaseMs === 0 ? 0 : limits.backoffBaseMs * 2 ** Math.min(retry, 52);
    const ceiling = Math.min(limits.backoffMaxMs, growth);
    return Math.min(ceiling, Math.floor(random() * (ceiling + 1)));
}
/** `Retry-After` in seconds (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs) {
    const v = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!v)
        return undefined;
    if (/^\d+$/.test(v))
        return Number(v);
    if (/^\d+\.\d+$/.test(v))
        return Math.ceil(Number(v));
    const date = Date.parse(v);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, Math.ceil((date - nowMs) / 1000));
}
/** The Genesys error body (`code`, `message`, `contextId`), or the OAuth one (`error`, `error_description`). */
function readErrorBody(body) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        return {};
    }
    return errorFields(parsed);
}
/** `readErrorBody` of a body already parsed. */
function errorFields(parsed) {
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return {};
    const o = parsed;
    const str = (v) => typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
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
};
/** Advice for a failed answer, by status and Genesys code. */
function adviceFor(status, code, message, permission) {
    if (status === 401) {
        return ('The token was refused: check that the audit client is active, that client-id/client-secret are right ' +
            "and that `region` is the org's region.");
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
        if (perms && perms.length === 1)
            return `Give the audit identity's role the permission ${perms[0]}.`;
        if (perms && perms.length > 1)
            return `Give the audit identity's role one of the permissions ${perms.join(', ')}.`;
        if (permission)
            return `Give the audit identity's role the permission ${permission}.`;
        return ("Check the audit identity's role: it needs oauth:client:view and authorization:role:view " +
            '(authorization:division:view is optional).');
    }
    if (status === 404)
        return 'Check `region` and `api-base-url`: this endpoint does not exist there.';
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
function header(headers, name) {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
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
function errorCode(err) {
    for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
        const code = e.code;
        if (typeof code === 'string' && code !== 'UND_ERR_SOCKET')
            return code;
        if (code === 'UND_ERR_SOCKET') {
            const inner = errorCode(e.cause);
            return inner ?? code;
        }
        e = e.cause;
    }
    return undefined;
}
/** The reason llhttp gave for refusing an answer that is not HTTP/1.1, when `err` is such a refusal. */
function parserFailure(err) {
    for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
        if (e instanceof undici.errors.HTTPParserError) {
            const reason = /\(([^()]*)\)\s*$/.exec(e.message)?.[1];
            return reason ?? 'unreadable';
        }
        e = e.cause;
    }
    return undefined;
}
class HttpClient {
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
    proxyAgents = new Map();
    sleep;
    random;
    now;
    secrets = new Secrets();
    /** Retry waits in progress, by timer: `close` ends them. */
    waits = new Map();
    closed = false;
    constructor(limits, logger, deps = {}) {
        this.limits = limits;
        this.logger = logger;
        this.sleep = deps.sleep ?? ((ms) => this.wait(ms));
        this.random = deps.random ?? Math.random;
        this.now = deps.now ?? Date.now;
        this.ownsDispatcher = deps.dispatcher === undefined;
        this.dispatcher =
            deps.dispatcher ?? new undici.Agent({ ...this.agentOptions(), connect: { timeout: limits.connectTimeoutMs } });
        this.proxies = this.ownsDispatcher ? proxiesFromEnv(deps.env ?? process.env) : {};
        for (const proxy of [this.proxies.http, this.proxies.https]) {
            if (proxy?.url.password)
                this.addSecret(decodeURIComponent(proxy.url.password));
        }
    }
    /** What every agent shares: undici enforces the phase timeouts and the body size cap. */
    agentOptions() {
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
    route(url) {
        const proxy = proxyFor(this.proxies, url);
        if (!proxy)
            return { host: url.host, dispatcher: this.dispatcher };
        let agent = this.proxyAgents.get(proxy.url.href);
        if (!agent) {
            const connect = { timeout: this.limits.connectTimeoutMs };
            agent = new undici.ProxyAgent({
                ...this.agentOptions(),
                uri: proxy.url.href,
                // The connection to the proxy and the TLS handshake through its tunnel.
                proxyTls: connect,
                requestTls: connect,
                // The proxy's answer to CONNECT is bounded like any other answer.
                clientFactory: (origin, options) => new undici.Pool(origin, { ...options, headersTimeout: this.limits.headersTimeoutMs }),
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
    redact(text) {
        return this.secrets.redact(text);
    }
    /** An ApiError whose message and fields cannot carry a registered secret. */
    error(details, message) {
        const clean = (v) => (v === undefined ? v : this.redact(v));
        const redacted = {
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
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        for (const [timer, resolve] of this.waits) {
            clearTimeout(timer);
            resolve();
        }
        this.waits.clear();
        if (this.ownsDispatcher)
            await Promise.all([this.dispatcher, ...this.proxyAgents.values()].map((d) => d.close()));
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
    /** An ApiError for a non-2xx answer. */
    errorFromResponse(req, res) {
        const body = readErrorBody(res.body);
        let advice = adviceFor(res.status, body.code, body.message, req.permission);
        let problem;
        if (res.status >= 300 && res.status < 400) {
            const location = header(res.headers, 'location');
            problem = location ? `redirected to ${location.split('?')[0]}` : 'redirected';
        }
        if (!body.message && !body.code && res.status < 300)
            problem = 'unexpected answer';
        if (res.status === 401 && req.method === 'GET') {
            advice = advice.replace(/^The token was refused:/, 'The token was refused even after signing in again:');
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
    async getJson(baseUrl, path, extra = {}) {
        const req = { method: 'GET', baseUrl, path, json: true, ...extra };
        const res = await this.send(req);
        if (res.status < 200 || res.status >= 300)
            throw this.errorFromResponse(req, res);
        return res;
    }
    /**
     * Sends a request, retrying what may pass on another attempt: 5xx except 501, 429 (after
     * `Retry-After`), resets, timeouts, and a malformed JSON body of a GET. Other answers are
     * returned as they are; failures for good throw an ApiError.
     */
    async send(req) {
        if (req.method !== 'GET' && !(req.method === 'POST' && req.path === '/oauth/token')) {
            // The audit reads; the only POST it may make is the token request.
            throw new Error(`Refusing ${req.method} ${req.path}: the audit makes GET calls only.`);
        }
        const path = pathOf(req.path);
        const route = this.route(new URL(req.baseUrl + req.path));
        let attempt = 0;
        for (;;) {
            attempt++;
            let waitMs;
            let failure;
            let res;
            try {
                res = await this.once(req, attempt, route.dispatcher);
            }
            catch (err) {
                const t = this.classify(err, route);
                if (!t)
                    throw err;
                if (err instanceof CutBodyError)
                    t.problem = `the response was cut off before its end (${err.code})`;
                failure = { method: req.method, path, problem: t.problem, advice: t.advice, attempts: attempt };
                if (!t.retryable)
                    throw this.error(failure);
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
                }
                else if (res.status >= 500 && res.status !== 501) {
                    waitMs =
                        retryAfter !== undefined && retryAfter <= this.limits.maxRetryAfterSeconds
                            ? retryAfter * 1000
                            : this.backoff(attempt - 1);
                    failure = this.errorDetails(req, res);
                }
                else if (req.json && req.method === 'GET' && res.status >= 200 && res.status < 300) {
                    try {
                        // The parsed value is what callers read: the raw bytes (several MB for a large org's
                        // listing) go before the parse starts. Still held during it, they would outlive its
                        // collections into the old generation and stay resident until a full one.
                        const bytes = res.body.length;
                        const text = res.body.toString('utf8');
                        res.body = EMPTY_BODY;
                        res.json = parseJsonText(text, bytes);
                        return res;
                    }
                    catch (err) {
                        waitMs = this.backoff(attempt - 1);
                        failure = {
                            method: req.method,
                            path,
                            status: res.status,
                            correlationId: res.correlationId,
                            problem: `malformed response: ${err.message}`,
                            advice: 'The body was truncated or not JSON: re-run the audit; if it persists, check `api-base-url` (a proxy answering?) or report it with the correlation ID.',
                            attempts: attempt,
                        };
                    }
                }
                else {
                    return res;
                }
            }
            const retriesSoFar = attempt - 1;
            if (retriesSoFar >= this.limits.maxRetries)
                throw this.error(failure);
            if (this.retriesUsed >= this.limits.retryBudget) {
                throw this.error({
                    ...failure,
                    advice: `The run's retry budget of ${this.limits.retryBudget} retries is spent (${LIMIT_ENV.budget}): Genesys Cloud is unstable or rate-limiting; re-run later.`,
                });
            }
            this.retriesUsed++;
            this.logger.debug(this.redact(`${renderApiError(failure)} Retrying in ${waitMs} ms.`));
            await this.sleep(waitMs);
            // Closed while waiting: the last failure stands.
            if (this.closed)
                throw this.error(failure);
        }
    }
    backoff(retry) {
        return backoffDelay(retry, this.limits, this.random);
    }
    errorDetails(req, res) {
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
    classify(err, route) {
        const t = this.transportFailure(err, route);
        const proxy = route.proxy;
        if (!t || !proxy)
            return t;
        // Through a proxy, a failure to connect is a failure to reach the proxy.
        const via = `the proxy ${proxy.shown} (${proxy.variable})`;
        const code = errorCode(err);
        if (code === 'ECONNREFUSED' ||
            code === 'ENOTFOUND' ||
            code === 'EAI_AGAIN' ||
            code === 'UND_ERR_CONNECT_TIMEOUT') {
            return {
                ...t,
                problem: `${t.problem}, connecting to ${via}`,
                advice: `Check ${proxy.variable}: the proxy must be reachable from the runner (hosts to reach directly go in NO_PROXY).`,
            };
        }
        return t.problem.includes(proxy.shown) ? t : { ...t, problem: `${t.problem} (through ${via})` };
    }
    transportFailure(err, route) {
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
                advice: `Something between the runner and ${route.host} (a proxy, a TLS-inspecting firewall) may be altering ` +
                    'the traffic: re-run the audit; if it persists, check the proxy settings (HTTPS_PROXY, NO_PROXY) and the network path.',
            };
        }
        const tunnel = /^Proxy response \((\d+)\)/.exec(err instanceof Error ? err.message : '');
        if (tunnel && route.proxy) {
            const status = Number(tunnel[1]);
            return {
                retryable: status >= 500,
                problem: `the proxy ${route.proxy.shown} (${route.proxy.variable}) refused a tunnel to ${route.host} with status ${status}`,
                advice: status === 407
                    ? `The proxy wants credentials: give them in ${route.proxy.variable} (http://user:password@host:port).`
                    : `Check that the proxy lets the runner reach ${route.host}, or list the host in NO_PROXY.`,
            };
        }
        const code = errorCode(err);
        if (code === undefined)
            return undefined;
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
                    advice: 'Check `region`/`api-base-url`/`login-base-url` and the DNS of the runner (behind a proxy, set HTTPS_PROXY).',
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
                        advice: 'Check `api-base-url`/`login-base-url`; behind a TLS-inspecting proxy set NODE_EXTRA_CA_CERTS.',
                    };
                }
                return {
                    retryable: false,
                    problem: `network error (${code})`,
                    advice: 'Check the network and re-run the audit.',
                };
        }
    }
    async once(req, attempt, dispatcher) {
        this.requestCount++;
        // undici bounds each phase (connect, headers, the gaps in the body) and the body's size; the
        // deadline bounds the whole, which a server sending a byte at a time would otherwise hold.
        const deadline = this.limits.requestTimeoutMs > 0 ? AbortSignal.timeout(this.limits.requestTimeoutMs) : undefined;
        try {
            const { statusCode, headers, body } = await (0,undici.request)(req.baseUrl + req.path, {
                dispatcher,
                method: req.method,
                headers: { accept: 'application/json', 'user-agent': version/* USER_AGENT */._O, ...req.headers },
                body: req.body,
                signal: deadline,
                headersTimeout: this.limits.headersTimeoutMs,
                bodyTimeout: this.limits.bodyTimeoutMs,
            });
            // Destroying the stream makes it emit an abort error nobody else listens for.
            body.on('error', () => { });
            const chunks = [];
            let size = 0;
            try {
                for await (const chunk of body) {
                    size += chunk.length;
                    chunks.push(chunk);
                }
            }
            catch (err) {
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
        }
        catch (err) {
            if (deadline?.aborted)
                throw new DeadlineError('request deadline');
            throw err;
        }
    }
}
/** The connection broke while the body was arriving: the answer is truncated. */
class CutBodyError extends Error {
    code;
    constructor(code) {
        super('response body cut off');
        this.code = code;
    }
}
/** The request's overall deadline passed. */
class DeadlineError extends Error {
}
/** The path without its query: what error messages show. */
function pathOf(pathAndQuery) {
    return pathAndQuery.split(/[?#]/)[0];
}
const EMPTY_BODY = Buffer.alloc(0);
/** JSON.parse with a message that says what is wrong, without echoing the body. */
function parseJson(body) {
    return parseJsonText(body.toString('utf8'), body.length);
}
/** `parseJson` of a body already decoded; `bytes`, its size, for the message. */
function parseJsonText(text, bytes) {
    if (/^\s*$/.test(text))
        throw new Error('the body is empty');
    try {
        return JSON.parse(text);
    }
    catch {
        const start = text.trimStart()[0];
        if (start === '<')
            throw new Error('the body is HTML, not JSON');
        if (start === '{' || start === '[')
            throw new Error(`the JSON body is truncated or invalid (${bytes} bytes)`);
        throw new Error('the body is not JSON');
    }
}

;// CONCATENATED MODULE: ./src/genesys/auth.ts
/**
 * Sign-in with the Client Credentials grant and authenticated GETs. The secret and then the token
 * are masked before anything is logged or sent. One token per run; a 401 on an API call signs in
 * again once (the token may have expired or been revoked), a second one fails the audit.
 */




/** Missing credentials: an input the user must give. */
class CredentialsError extends src_errors/* UserError */.yo {
    name = 'CredentialsError';
}
/** The sign-in failed; the audit cannot see anything. */
class AuthError extends ApiError {
    name = 'AuthError';
}
const TOKEN_PATH = '/oauth/token';
function tokenAdvice(status, code, settings) {
    const where = `\`region\` (${settings.region}, signing in at ${settings.loginBaseUrl})`;
    switch (code) {
        case 'invalid_client':
        case 'bad.credentials':
            return (`check client-id/client-secret and that ${where} is the org's region — a client from another region ` +
                'fails the same way.');
        case 'unauthorized_client':
        case 'unsupported_grant_type':
            return 'the audit identity must be an OAuth client with the Client Credentials grant; create one as the README explains.';
        case 'invalid_grant':
        case 'access_denied':
            return 'check that the audit client is active: disabled or inactive clients cannot get tokens.';
        default:
            break;
    }
    if (status === 400 || status === 401 || status === 403) {
        return (`check client-id/client-secret, that the client is an active Client Credentials client, and that ${where} ` +
            "is the org's region.");
    }
    if (status === 404)
        return `check \`region\` and \`login-base-url\` (${settings.loginBaseUrl}): there is no sign-in endpoint there.`;
    return adviceFor(status, code, undefined).replace(/^./, (c) => c.toLowerCase());
}
/**
 * Refuses a client secret too short to be one. Genesys Cloud client secrets are long random strings;
 * a value of a few characters is another value passed by mistake, and no redaction of it could be
 * exact (it occurs inside ordinary words).
 */
function checkClientSecret(secret) {
    if (secret.length < MIN_SECRET_LENGTH) {
        throw new CredentialsError(`client-secret has only ${secret.length} character${secret.length === 1 ? '' : 's'}: a Genesys Cloud ` +
            `client secret is far longer (the tool accepts ${MIN_SECRET_LENGTH} or more). Check that the ` +
            "`client-secret` input or GENESYS_CLIENT_SECRET holds the OAuth client's secret.");
    }
}
class GenesysSession {
    http;
    settings;
    logger;
    token;
    /** The run's one sign-in after a 401, shared by every request the old token failed. */
    renewal;
    /** The token that renewal replaces. */
    refused;
    constructor(http, settings, logger) {
        this.http = http;
        this.settings = settings;
        this.logger = logger;
        // None of these messages holds the secret; it is registered before anything can print or send it.
        if (settings.clientId.trim() === '') {
            throw new CredentialsError('client-id is missing: set the `client-id` input or GENESYS_CLIENT_ID.');
        }
        if (settings.clientSecret === '') {
            throw new CredentialsError('client-secret is missing: set the `client-secret` input or GENESYS_CLIENT_SECRET.');
        }
        checkClientSecret(settings.clientSecret);
        logger.mask(settings.clientSecret);
        http.addSecret(settings.clientSecret);
    }
    /** Gets the run's token (POST {login}/oauth/token, Basic auth, form body). */
    async signIn() {
        const { clientId, clientSecret, loginBaseUrl } = this.settings;
        const basic = Buffer.from(`${clientId}:${clientSecret}`, 'utf8').toString('base64');
        this.logger.mask(basic);
        this.http.addSecret(basic);
        const res = await this.http.send({
            method: 'POST',
            baseUrl: loginBaseUrl,
            path: TOKEN_PATH,
            headers: {
                authorization: `Basic ${basic}`,
                'content-type': 'application/x-www-form-urlencoded',
            },
            body: 'grant_type=client_credentials',
        });
        if (res.status < 200 || res.status >= 300)
            throw this.tokenError(res);
        let body;
        try {
            body = parseJson(res.body);
        }
        catch (err) {
            throw this.authError(res, `malformed token response: ${err.message}`, 'check `login-base-url`.');
        }
        const token = body?.access_token;
        if (typeof token !== 'string' || token === '') {
            throw this.authError(res, 'the token response has no access_token', 'check `login-base-url`.');
        }
        if (token.length < MIN_SECRET_LENGTH) {
            // Not a real token, and one that short could not be kept out of messages exactly.
            throw this.authError(res, 'the access_token of the token response is too short to be one', 'check `login-base-url`.');
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
        if (this.token === undefined)
            await this.signIn();
        const sent = this.token;
        try {
            return await this.getWithToken(path, permission, sent);
        }
        catch (err) {
            if (!(err instanceof ApiError) || err.status !== 401)
                throw err;
            if (this.renewal === undefined) {
                this.refused = sent;
                this.logger.info(`GET ${err.path} answered 401; signing in again.`);
                this.renewal = this.signIn();
            }
            else if (sent !== this.refused) {
                throw err;
            }
            await this.renewal;
            return this.getWithToken(path, permission, this.token);
        }
    }
    getWithToken(path, permission, token) {
        return this.http.getJson(this.settings.apiBaseUrl, path, {
            headers: { authorization: `Bearer ${token}` },
            permission,
        });
    }
    authError(res, problem, advice) {
        const details = {
            method: 'POST',
            path: TOKEN_PATH,
            status: res.status,
            correlationId: res.correlationId,
            problem,
            advice,
        };
        const e = this.http.error(details);
        return new AuthError(details, `Sign-in failed: ${e.message.replace(/^POST \/oauth\/token failed: /, '')}`);
    }
    tokenError(res) {
        const body = readErrorBody(res.body);
        const code = body.code;
        const correlationId = res.correlationId ?? body.contextId;
        // Server text: one line, no control character, bounded.
        const what = (0,report_escape/* terminalText */.eR)(body.message ?? (res.status === 401 ? 'authentication failed' : 'sign-in refused'), 300);
        const advice = tokenAdvice(res.status, code, this.settings);
        const attempts = res.attempts > 1 ? ` after ${res.attempts} attempts` : '';
        const corr = correlationId ? ` (correlation ID ${(0,report_escape/* terminalText */.eR)(correlationId, 100)})` : '';
        const message = `Sign-in failed (POST ${TOKEN_PATH} answered ${res.status}${attempts}${corr}): ${what}${code ? ` (${(0,report_escape/* terminalText */.eR)(code, 100)})` : ''}: ${advice}`;
        return new AuthError({
            method: 'POST',
            path: TOKEN_PATH,
            status: res.status,
            code,
            genesysMessage: body.message,
            correlationId,
            advice,
            attempts: res.attempts,
        }, this.http.redact(message));
    }
}

// EXTERNAL MODULE: ./src/policy/grant-types.ts
var grant_types = __webpack_require__(95292);
// EXTERNAL MODULE: ./src/genesys/model.ts
var model = __webpack_require__(2375);
;// CONCATENATED MODULE: ./src/genesys/parse.ts
/**
 * Wire objects → the normalised model. Each result is built from an allowlist of fields, so the
 * client `secret` (which old data may carry) never gets past this file. Harmless type slips
 * (a numeric name, a numeric string lifetime) are tolerated; anything that could hide a grant
 * (a garbled scope, role or redirect list, a missing id) is a malformed response: the audit
 * must not judge a client it cannot read.
 */




/** A response the audit cannot read reliably. */
class MalformedResponseError extends src_errors/* IncompleteError */.j$ {
    name = 'MalformedResponseError';
}
const DEFAULT_TOKEN_LIFETIME_SECONDS = 86400;
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Own property only: a wire object named `__proto__` or `constructor` must not reach the prototype. */
function field(o, key) {
    return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}
/** Known states in lower case (`ACTIVE` → `active`); anything else as given. */
function normaliseState(raw) {
    if (model/* CLIENT_STATES */.x.includes(raw))
        return raw;
    const lower = raw.trim().toLowerCase();
    return model/* CLIENT_STATES */.x.includes(lower) ? lower : raw;
}
function parse_text(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return '';
}
function optionalDate(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
/** Formats an item for messages without echoing its content (which might carry a secret). */
function describe(index, id) {
    return id ? `client ${id}` : `item ${index}`;
}
function malformed(ctx, what) {
    throw new MalformedResponseError(`Malformed response from ${ctx.source}: ${what}. The audit cannot judge what it cannot read: re-run it; ` +
        'if this persists, report it with the correlation ID.');
}
/** Lists longer than this are deduplicated with a set; shorter ones, the usual case, by a scan. */
const SCAN_LIMIT = 16;
function stringList(v, name, who, ctx) {
    if (v === undefined || v === null)
        return [];
    if (typeof v === 'string')
        return [v];
    if (!Array.isArray(v))
        malformed(ctx, `${who} has a \`${name}\` that is not a list`);
    const out = [];
    const seen = v.length > SCAN_LIMIT ? new Set() : null;
    for (const item of v) {
        if (item === null)
            continue;
        if (typeof item !== 'string')
            malformed(ctx, `${who} has a \`${name}\` entry that is not a string`);
        if (seen === null ? out.includes(item) : seen.has(item))
            continue;
        seen?.add(item);
        out.push(item);
    }
    return out;
}
/** Adds a grant unless the same role in the same division is already there. */
function addGrant(grants, seen, roleId, divisionId) {
    if (seen !== null) {
        const key = `${roleId}\u0000${divisionId ?? ''}`;
        if (seen.has(key))
            return;
        seen.add(key);
    }
    else {
        for (const g of grants)
            if (g.roleId === roleId && g.divisionId === divisionId)
                return;
    }
    grants.push({ roleId, divisionId });
}
function roleGrants(raw, who, ctx) {
    const divisions = field(raw, 'roleDivisions');
    const idsField = field(raw, 'roleIds');
    const hasDivisions = divisions !== undefined && divisions !== null;
    const hasIds = idsField !== undefined && idsField !== null;
    // Most clients (all but CLIENT-CREDENTIALS ones) have no roles.
    if (!hasDivisions && !hasIds)
        return [];
    if (hasDivisions && !Array.isArray(divisions))
        malformed(ctx, `${who} has a \`roleDivisions\` that is not a list`);
    const grants = [];
    const many = (hasDivisions ? divisions.length : 0) + (Array.isArray(idsField) ? idsField.length : 1) >
        SCAN_LIMIT;
    const seen = many ? new Set() : null;
    if (hasDivisions) {
        for (const rd of divisions) {
            if (rd === null)
                continue;
            if (!isObject(rd))
                malformed(ctx, `${who} has a \`roleDivisions\` entry that is not an object`);
            const roleId = field(rd, 'roleId');
            const divisionId = field(rd, 'divisionId');
            if (typeof roleId !== 'string' || roleId === '')
                malformed(ctx, `${who} has a \`roleDivisions\` entry without roleId`);
            if (divisionId !== undefined && divisionId !== null && typeof divisionId !== 'string') {
                malformed(ctx, `${who} has a \`roleDivisions\` entry whose divisionId is not a string`);
            }
            addGrant(grants, seen, roleId, typeof divisionId === 'string' && divisionId !== '' ? divisionId : null);
        }
    }
    const ids = stringList(idsField, 'roleIds', who, ctx);
    if (ids.length > 0) {
        // Deprecated `roleIds`: no division given; only added when roleDivisions did not already grant the role.
        const inDivisions = new Set(grants.map((g) => g.roleId));
        for (const roleId of ids)
            if (roleId !== '' && !inDivisions.has(roleId))
                addGrant(grants, seen, roleId, null);
    }
    return grants;
}
function lifetime(v, who, ctx) {
    if (v === undefined || v === null || v === '')
        return DEFAULT_TOKEN_LIFETIME_SECONDS;
    const n = typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
        malformed(ctx, `${who} has an \`accessTokenValiditySeconds\` that is not a number of seconds`);
    }
    return n;
}
const DATES = ['dateCreated', 'dateModified', 'dateToDelete'];
/** Raw wire client → OAuthClient. Throws MalformedResponseError (an IncompleteError), nothing else. */
function parseClient(raw, ctx) {
    if (!isObject(raw))
        malformed(ctx, `item ${ctx.index} is not an object`);
    const id = field(raw, 'id');
    if (typeof id !== 'string' || id.trim() === '')
        malformed(ctx, `item ${ctx.index} has no \`id\``);
    const who = describe(ctx.index, id);
    const grant = field(raw, 'authorizedGrantType');
    if (grant !== undefined && grant !== null && typeof grant !== 'string') {
        malformed(ctx, `${who} has an \`authorizedGrantType\` that is not a string`);
    }
    const state = field(raw, 'state');
    if (state !== undefined && state !== null && typeof state !== 'string') {
        malformed(ctx, `${who} has a \`state\` that is not a string`);
    }
    const client = {
        id,
        name: parse_text(field(raw, 'name')),
        description: parse_text(field(raw, 'description')),
        grantType: typeof grant === 'string' ? (0,grant_types/* normaliseGrantType */.vr)(grant) : '',
        state: typeof state === 'string' ? normaliseState(state) : '',
        scopes: stringList(field(raw, 'scope'), 'scope', who, ctx),
        roles: roleGrants(raw, who, ctx),
        redirectUris: stringList(field(raw, 'registeredRedirectUri'), 'registeredRedirectUri', who, ctx),
        tokenLifetimeSeconds: lifetime(field(raw, 'accessTokenValiditySeconds'), who, ctx),
    };
    for (const key of DATES) {
        const d = optionalDate(field(raw, key));
        if (d !== undefined)
            client[key] = d;
    }
    return client;
}
/** True when the wire item does not say its grant type (list items before February 2026). */
function lacksGrantType(raw) {
    if (!isObject(raw))
        return false;
    const g = field(raw, 'authorizedGrantType');
    return g === undefined || g === null || g === '';
}
/** What a value is, for messages that must not echo it. */
function kindOf(v) {
    if (Array.isArray(v))
        return 'a list';
    if (v === null)
        return 'null';
    if (typeof v === 'number')
        return String(v);
    return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
/** A whole number of at least `min`, or why not. */
function countProblem(v, min = 0) {
    if (v === undefined || v === null)
        return 'is missing';
    if (typeof v === 'number' && Number.isInteger(v) && v >= min)
        return undefined;
    return `is ${kindOf(v)}, not a whole number${min > 0 ? ` of at least ${min}` : ''}`;
}
/** An error body sent with status 200: Genesys's `ErrorBody`, or an OAuth error. */
function errorAnswer(body) {
    const { code, message } = errorFields(body);
    const status = field(body, 'status');
    if (code === undefined && message === undefined && typeof status !== 'number')
        return undefined;
    const said = [typeof status === 'number' ? String(status) : '', code ?? ''].filter(Boolean).join(' ');
    const what = [said, message?.replace(/[.\s]+$/, '') ?? ''].filter(Boolean).join(' — ');
    return `the answer is an error, not a listing, though its HTTP status is 200 (${what})`;
}
/**
 * Reads one page of a listing and checks that it is a well-formed, self-consistent listing page:
 * `entities` a list, `total` (and on a paged listing `pageCount`) whole numbers, `nextUri` text,
 * and links that agree with the counts. `pageNumber` is the page's place in the listing (1-based).
 * Anything else might hide part of the listing, so it is a malformed response.
 */
function parsePage(body, source, style = 'paged', pageNumber = 1) {
    const ctx = { source, index: 0 };
    if (!isObject(body))
        malformed(ctx, 'the body is not a JSON object');
    let entities = field(body, 'entities');
    const total = field(body, 'total');
    if (entities === undefined || entities === null) {
        const error = errorAnswer(body);
        if (error !== undefined)
            malformed(ctx, error);
        // Genesys omits empty lists; only accept that when the page says the listing is empty.
        if (total !== 0)
            malformed(ctx, '`entities` is missing, so this is not a listing page');
        entities = [];
    }
    if (!Array.isArray(entities))
        malformed(ctx, '`entities` is not a list');
    const totalProblem = countProblem(total);
    if (totalProblem !== undefined)
        malformed(ctx, `\`total\` ${totalProblem}`);
    const page = { entities, total: total };
    const number = field(body, 'pageNumber');
    if (number !== undefined && number !== null) {
        const problem = countProblem(number, 1);
        if (problem !== undefined)
            malformed(ctx, `\`pageNumber\` ${problem}`);
        page.pageNumber = number;
    }
    const next = field(body, 'nextUri');
    if (next !== undefined && next !== null && typeof next !== 'string') {
        malformed(ctx, `\`nextUri\` is ${kindOf(next)}, not a link`);
    }
    if (typeof next === 'string' && next.trim() !== '')
        page.nextUri = next.trim();
    if (style === 'paged') {
        const pageCount = field(body, 'pageCount');
        const problem = countProblem(pageCount);
        if (problem !== undefined)
            malformed(ctx, `\`pageCount\` ${problem}`);
        page.pageCount = pageCount;
        if (page.pageCount === 0 && page.total > 0) {
            malformed(ctx, `\`pageCount\` is 0 but \`total\` is ${page.total}`);
        }
        if (pageNumber < page.pageCount && page.nextUri === undefined) {
            malformed(ctx, `page ${pageNumber} of ${page.pageCount} has no \`nextUri\`: its links disagree with its \`pageCount\``);
        }
        if (entities.length === 0 && (page.nextUri !== undefined || pageNumber < page.pageCount)) {
            malformed(ctx, `page ${pageNumber} is empty but is not the last page`);
        }
    }
    return page;
}
/** A role or division: `{id, name}`; a missing name is tolerated (shown as the ID). */
function named(raw, ctx, kind) {
    if (!isObject(raw))
        malformed(ctx, `${kind} ${ctx.index} is not an object`);
    const id = field(raw, 'id');
    if (typeof id !== 'string' || id === '')
        malformed(ctx, `${kind} ${ctx.index} has no \`id\``);
    const name = parse_text(field(raw, 'name'));
    return { id, name: name === '' ? id : name };
}
function parseRole(raw, ctx) {
    return named(raw, ctx, 'role');
}
function parseDivision(raw, ctx) {
    return named(raw, ctx, 'division');
}
/** The scope catalogue: `{entities: [{id}]}` → scope names, deduplicated. */
function parseScopes(body, source) {
    const page = parsePage(body, source, 'catalogue');
    const names = [];
    page.entities.forEach((e, index) => {
        const ctx = { source, index };
        if (!isObject(e))
            malformed(ctx, `scope ${index} is not an object`);
        const id = field(e, 'id');
        if (typeof id !== 'string' || id === '')
            malformed(ctx, `scope ${index} has no \`id\``);
        if (!names.includes(id))
            names.push(id);
    });
    if (page.total !== page.entities.length) {
        // The catalogue is not paged: fewer entities than `total` means a cut answer.
        malformed({ source, index: 0 }, `${page.entities.length} scopes listed but total is ${page.total}`);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/genesys/api.ts
/**
 * Fetches everything the audit judges, and fails closed: either every client is read, or an
 * IncompleteError says what could not be. GET calls only; the number of calls grows with pages,
 * never with clients (except the per-client detail for listings that omit the grant type).
 */





const CLIENTS_PATH = '/api/v2/oauth/clients';
const SCOPES_PATH = '/api/v2/oauth/scopes';
const ROLES_PATH = '/api/v2/authorization/roles';
const DIVISIONS_PATH = '/api/v2/authorization/divisions';
/** Far above any real org (10,000 clients in pages of 25 is 400): a guard against endless paging. */
const MAX_PAGES = 5000;
/** Per-client detail calls in flight at once (only for listings without grant types). */
const DETAIL_CONCURRENCY = 4;
class PagingError extends src_errors/* IncompleteError */.j$ {
    name = 'PagingError';
}
/** `from`: the request, e.g. `GET /api/v2/oauth/clients (page 2, correlation ID abc)`. */
function pagingError(from, detail) {
    return new PagingError(`${from} failed: ${detail}. The listing is inconsistent, so the audit cannot be sure it saw every item: ` +
        're-run it; if this persists, report it to Genesys Cloud support.');
}
/**
 * What the pages of one listing must agree on: every page gives the `total` and `pageCount` of
 * page 1 (else the org changed while it was read, and an item may have slipped between pages),
 * and at the end exactly `total` items were received. Each page itself is checked by `parsePage`.
 */
class ListingTally {
    listPath;
    first;
    constructor(listPath) {
        this.listPath = listPath;
    }
    page(n, page, from) {
        const first = (this.first ??= page);
        for (const key of ['total', 'pageCount']) {
            if (page[key] !== first[key]) {
                throw pagingError(from, `page ${n} gives a \`${key}\` of ${page[key]} but page 1 gave ${first[key]}: the listing changed while it was read`);
            }
        }
    }
    end(received, noun) {
        const total = this.first?.total;
        if (total !== undefined && received !== total) {
            throw pagingError(`GET ${this.listPath}`, `${received} ${noun} received but the listing's total is ${total}`);
        }
    }
}
/**
 * A `nextUri` as a path on the API base URL. Genesys gives a path relative to the API host; an
 * absolute URL is reduced to its path, so the token never goes to another host.
 */
function nextPath(nextUri, listPath) {
    let path = nextUri;
    if (/^[a-z][a-z0-9+.-]*:/i.test(nextUri)) {
        try {
            const url = new URL(nextUri);
            path = url.pathname + url.search;
        }
        catch {
            throw pagingError(`GET ${listPath}`, 'nextUri is not a usable URL');
        }
    }
    if (!path.startsWith('/api/v2/') || path.startsWith('//')) {
        throw pagingError(`GET ${listPath}`, `nextUri points outside the API (${path.split('?')[0]})`);
    }
    return path;
}
/** The request, for messages: `GET /api/v2/oauth/clients (page 2, correlation ID abc)`. */
function source(path, correlationId, page) {
    const notes = [
        page === undefined ? '' : `page ${page}`,
        correlationId ? `correlation ID ${correlationId}` : '',
    ];
    const note = notes.filter(Boolean).join(', ');
    return `GET ${path}${note ? ` (${note})` : ''}`;
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
class OrgFetcher {
    session;
    http;
    logger;
    warnings = [];
    constructor(session, http, logger) {
        this.session = session;
        this.http = http;
        this.logger = logger;
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
        const ids = new Set();
        const seenPaths = new Set();
        const tally = new ListingTally(CLIENTS_PATH);
        let path = CLIENTS_PATH;
        for (let pages = 1;; pages++) {
            if (pages > MAX_PAGES)
                throw pagingError(`GET ${CLIENTS_PATH}`, `more than ${MAX_PAGES} pages`);
            seenPaths.add(path);
            const res = await this.session.get(path, 'oauth:client:view');
            const src = source(pathOf(path), res.correlationId, pages);
            const page = parsePage(res.json, src, 'paged', pages);
            const known = ids.size;
            const first = clients.length;
            let repeated;
            const entities = page.entities;
            for (let i = 0; i < entities.length; i++) {
                const client = parseClient(entities[i], { source: src, index: first + i });
                // Genesys IDs are GUIDs: compare them case-insensitively.
                const size = ids.size;
                if (ids.add(client.id.toLowerCase()).size === size) {
                    repeated ??= client;
                    continue;
                }
                if (lacksGrantType(entities[i]))
                    needDetail.push(clients.length);
                clients.push(client);
            }
            if (repeated !== undefined) {
                // Nothing new on the page: the listing went round in a loop.
                if (ids.size === known)
                    throw pagingError(src, `page ${pages} repeats an earlier page (a paging loop)`);
                throw pagingError(src, `client ${repeated.id} is listed twice`);
            }
            tally.page(pages, page, src);
            if (page.nextUri === undefined)
                break;
            const next = nextPath(page.nextUri, CLIENTS_PATH);
            if (seenPaths.has(next)) {
                throw pagingError(src, `nextUri ${pathOf(next)} points back to a page already read (a paging loop)`);
            }
            path = next;
        }
        tally.end(clients.length, 'clients');
        if (needDetail.length > 0) {
            this.logger.info(`${needDetail.length} client(s) listed without a grant type; reading each from ${CLIENTS_PATH}/{id}.`);
            await mapLimit(needDetail, DETAIL_CONCURRENCY, async (index) => {
                clients[index] = await this.clientDetail(clients[index]);
            });
        }
        return clients;
    }
    async clientDetail(listed) {
        const path = `${CLIENTS_PATH}/${encodeURIComponent(listed.id)}`;
        const res = await this.session.get(path, 'oauth:client:view');
        const detail = parseClient(res.json, { source: source(path, res.correlationId), index: 0 });
        if (detail.id.toLowerCase() !== listed.id.toLowerCase()) {
            throw pagingError(`GET ${path}`, `the answer is about client ${detail.id}, not ${listed.id}`);
        }
        if (detail.grantType === '')
            this.warn(`Client ${detail.id} has no grant type, even in its detail.`);
        return detail;
    }
    /** A numbered listing (`pageSize=100`, `pageNumber` up to `pageCount`), checked like the clients. */
    async numbered(listPath, query, permission, parse) {
        const items = [];
        const ids = new Set();
        const tally = new ListingTally(listPath);
        for (let pageNumber = 1;; pageNumber++) {
            if (pageNumber > MAX_PAGES)
                throw pagingError(`GET ${listPath}`, `more than ${MAX_PAGES} pages`);
            const path = `${listPath}?pageSize=100&pageNumber=${pageNumber}${query}`;
            const res = await this.session.get(path, permission);
            const src = source(listPath, res.correlationId, pageNumber);
            const page = parsePage(res.json, src, 'paged', pageNumber);
            for (const raw of page.entities) {
                const item = parse(raw, { source: src, index: items.length });
                if (ids.has(item.id))
                    throw pagingError(src, `${item.id} is listed twice (page ${pageNumber})`);
                ids.add(item.id);
                items.push(item);
            }
            tally.page(pageNumber, page, src);
            // A paged listing always has a pageCount (parsePage checks it).
            if (pageNumber >= page.pageCount)
                break;
        }
        tally.end(items.length, 'items');
        return items;
    }
    async scopes() {
        const res = await this.session.get(SCOPES_PATH);
        return parseScopes(res.json, source(SCOPES_PATH, res.correlationId));
    }
    async roles() {
        return this.numbered(ROLES_PATH, '&userCount=false', 'authorization:role:view', parseRole);
    }
    async divisions() {
        return this.numbered(DIVISIONS_PATH, '', 'authorization:division:view', parseDivision);
    }
}
/** Adds the permission to a 403 message when Genesys did not name it. */
function rolesError(err) {
    if (err instanceof ApiError && err.status === 403 && !err.message.includes('authorization:role:view')) {
        return new src_errors/* IncompleteError */.j$(`${err.message} The policy refers to roles by name: give the audit identity's role the permission authorization:role:view.`);
    }
    return err;
}
/** A promise that never rejects, so that it can run while something else is awaited. */
function settle(promise) {
    return promise.then((value) => ({ ok: true, value }), (error) => ({ ok: false, error }));
}
/**
 * Fetches the org: token, clients, scope catalogue, roles and division names (optional), the last
 * three alongside the clients. Roles and divisions are judged only when a CLIENT-CREDENTIALS client
 * exists. Zero clients is returned as such: the policy decides about it.
 */
async function fetchOrg(settings, needs, logger, deps = {}) {
    // Checked again here, before any request: credentials go over https or to loopback only.
    const apiBaseUrl = validateBaseUrl(settings.apiBaseUrl, 'api-base-url');
    const loginBaseUrl = validateBaseUrl(settings.loginBaseUrl, 'login-base-url');
    const fetchedAt = (deps.clock?.() ?? new Date()).toISOString();
    const http = new HttpClient(settings.limits, logger, deps);
    try {
        const session = new GenesysSession(http, { ...settings, apiBaseUrl, loginBaseUrl }, logger);
        const fetcher = new OrgFetcher(session, http, logger);
        await session.signIn();
        // The scope catalogue, roles and divisions do not depend on the clients: read them alongside
        // them, which saves a round trip. Settled, not raced: a failure is judged below, after the
        // clients (which matter more) are read, and only if it matters.
        const scopesRead = settle(fetcher.scopes());
        const rolesRead = settle(fetcher.roles());
        const divisionsRead = settle(fetcher.divisions());
        const clients = await fetcher.clients();
        logger.info(`Read ${clients.length} OAuth client(s).`);
        let scopes = null;
        const scopesResult = await scopesRead;
        if (scopesResult.ok) {
            scopes = scopesResult.value;
        }
        else {
            const err = scopesResult.error;
            if (!(err instanceof src_errors/* IncompleteError */.j$) || needs.scopeCatalogue)
                throw err;
            fetcher.warn(`The org's scope catalogue could not be read, so scopes are checked against the built-in list: ${err.message}`);
        }
        let roles = null;
        let divisions = null;
        const [rolesResult, divisionsResult] = await Promise.all([rolesRead, divisionsRead]);
        // Roles are granted to CLIENT-CREDENTIALS clients only: without one, the two lists do not matter.
        const withRoles = clients.filter((c) => c.grantType === 'CLIENT-CREDENTIALS');
        if (withRoles.length > 0) {
            if (rolesResult.ok) {
                roles = rolesResult.value;
            }
            else {
                const err = rolesResult.error;
                if (!(err instanceof src_errors/* IncompleteError */.j$))
                    throw err;
                if (needs.roleNames)
                    throw rolesError(err);
                fetcher.warn(`Role names could not be read, so roles are shown by ID: ${err.message}`);
            }
            if (roles !== null && needs.roleNames) {
                const known = new Set(roles.map((r) => r.id));
                const missing = new Set();
                for (const c of withRoles)
                    for (const g of c.roles)
                        if (!known.has(g.roleId))
                            missing.add(g.roleId);
                if (missing.size > 0) {
                    const list = [...missing];
                    const shown = list.slice(0, 5).join(', ') + (list.length > 5 ? `, … (${list.length} in all)` : '');
                    throw new src_errors/* IncompleteError */.j$(`GET ${ROLES_PATH} did not list role(s) granted to clients: ${shown}. The policy refers to roles by name, ` +
                        'so these cannot be judged: re-run the audit; if it persists, check the roles in Admin > Roles / Permissions.');
                }
            }
            if (divisionsResult.ok) {
                divisions = divisionsResult.value;
            }
            else {
                const err = divisionsResult.error;
                if (!(err instanceof src_errors/* IncompleteError */.j$))
                    throw err;
                const hint = err instanceof ApiError && err.status === 403
                    ? ' (the optional permission authorization:division:view is missing)'
                    : '';
                fetcher.warn(`Division names could not be read${hint}, so divisions are shown by ID: ${err.message}`);
            }
        }
        const org = {
            clients,
            roles,
            divisions,
            scopes,
            fetchedAt,
            source: { kind: 'api', region: settings.region, apiBaseUrl },
        };
        return { org, apiCalls: http.requestCount, warnings: fetcher.warnings };
    }
    catch (err) {
        // A message may quote the server (an error body sent with status 200): whatever secret it
        // echoed back stays out. ApiErrors are redacted where they are made.
        if (err instanceof src_errors/* IncompleteError */.j$ && !(err instanceof ApiError))
            err.message = http.redact(err.message);
        throw err;
    }
    finally {
        await http.close();
    }
}

;// CONCATENATED MODULE: ./src/json-error.ts
/**
 * V8 quotes the start of the text in a JSON.parse error ("root:x:0:0"... is not valid JSON): the
 * text may be a file that was never meant to be read (a secret), so only the position is kept.
 */
function jsonErrorPosition(error) {
    const at = /at position \d+(?: \(line \d+ column \d+\))?/.exec(error instanceof Error ? error.message : '')?.[0];
    return at ? ` (${at})` : '';
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/genesys/snapshot.ts
/**
 * Snapshot files (SPEC §7.3): what the audit fetched, as redacted JSON, to re-run an audit offline.
 * Redacted by construction: written field by field from the normalised model, which has no secret,
 * and read back strictly (an unknown key is an error, so nothing else rides along).
 */





const SNAPSHOT_KIND = 'genesys-oauth-audit-snapshot';
const SNAPSHOT_SCHEMA_VERSION = 1;
/** Far above 10,000 clients (~10 MB); refuses to read something that is not a snapshot. */
const MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024;
/** A snapshot file that cannot be used: the user gave a wrong or damaged file. */
class SnapshotError extends src_errors/* UserError */.yo {
    name = 'SnapshotError';
}
function clientOf(c) {
    const out = {
        id: c.id,
        name: c.name,
        description: c.description,
        grantType: c.grantType,
        state: c.state,
        scopes: [...c.scopes],
        roles: c.roles.map((r) => ({ roleId: r.roleId, divisionId: r.divisionId })),
        redirectUris: [...c.redirectUris],
        tokenLifetimeSeconds: c.tokenLifetimeSeconds,
    };
    if (c.dateCreated !== undefined)
        out.dateCreated = c.dateCreated;
    if (c.dateModified !== undefined)
        out.dateModified = c.dateModified;
    if (c.dateToDelete !== undefined)
        out.dateToDelete = c.dateToDelete;
    return out;
}
/** The redacted snapshot of fetched org data. */
function snapshotOf(org) {
    return {
        kind: SNAPSHOT_KIND,
        schemaVersion: SNAPSHOT_SCHEMA_VERSION,
        tool: { name: TOOL_NAME, version: VERSION },
        fetchedAt: org.fetchedAt,
        source: { region: org.source.region, apiBaseUrl: org.source.apiBaseUrl },
        clients: org.clients.map(clientOf),
        roles: org.roles?.map((r) => ({ id: r.id, name: r.name })) ?? null,
        divisions: org.divisions?.map((d) => ({ id: d.id, name: d.name })) ?? null,
        scopes: org.scopes ? [...org.scopes] : null,
    };
}
async function writeSnapshot(path, org) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(snapshotOf(org), null, 2)}\n`, 'utf8');
}
class Reader {
    file;
    constructor(file) {
        this.file = file;
    }
    fail(at, what) {
        throw new SnapshotError(`Snapshot ${this.file} is not usable: ${at}: ${what}.`);
    }
    object(v, at, required, optional = []) {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            this.fail(at, 'expected an object');
        const o = v;
        for (const key of Object.keys(o)) {
            if (!required.includes(key) && !optional.includes(key))
                this.fail(at, `unknown key "${key}"`);
        }
        for (const key of required) {
            if (!Object.prototype.hasOwnProperty.call(o, key))
                this.fail(at, `missing "${key}"`);
        }
        return o;
    }
    string(v, at, nonEmpty = false) {
        if (typeof v !== 'string')
            this.fail(at, 'expected a string');
        if (nonEmpty && v === '')
            this.fail(at, 'expected a non-empty string');
        return v;
    }
    strings(v, at) {
        if (!Array.isArray(v))
            this.fail(at, 'expected a list of strings');
        return v.map((s, i) => this.string(s, `${at}[${i}]`));
    }
    list(v, at, item) {
        if (!Array.isArray(v))
            this.fail(at, 'expected a list');
        return v.map((x, i) => item(x, `${at}[${i}]`));
    }
    date(v, at) {
        const s = this.string(v, at);
        if (Number.isNaN(Date.parse(s)))
            this.fail(at, `"${s}" is not a date`);
        return s;
    }
}
const CLIENT_KEYS = [
    'id',
    'name',
    'description',
    'grantType',
    'state',
    'scopes',
    'roles',
    'redirectUris',
    'tokenLifetimeSeconds',
];
const CLIENT_DATES = ['dateCreated', 'dateModified', 'dateToDelete'];
function readClient(r, v, at) {
    const o = r.object(v, at, CLIENT_KEYS, [...CLIENT_DATES]);
    const lifetime = o.tokenLifetimeSeconds;
    if (typeof lifetime !== 'number' || !Number.isFinite(lifetime) || lifetime < 0) {
        r.fail(`${at}.tokenLifetimeSeconds`, 'expected a number of seconds ≥ 0');
    }
    const client = {
        id: r.string(o.id, `${at}.id`, true),
        name: r.string(o.name, `${at}.name`),
        description: r.string(o.description, `${at}.description`),
        grantType: r.string(o.grantType, `${at}.grantType`),
        state: r.string(o.state, `${at}.state`),
        scopes: r.strings(o.scopes, `${at}.scopes`),
        roles: r.list(o.roles, `${at}.roles`, (x, a) => {
            const g = r.object(x, a, ['roleId', 'divisionId']);
            const divisionId = g.divisionId === null ? null : r.string(g.divisionId, `${a}.divisionId`, true);
            return { roleId: r.string(g.roleId, `${a}.roleId`, true), divisionId };
        }),
        redirectUris: r.strings(o.redirectUris, `${at}.redirectUris`),
        tokenLifetimeSeconds: lifetime,
    };
    for (const key of CLIENT_DATES) {
        if (o[key] !== undefined)
            client[key] = r.date(o[key], `${at}.${key}`);
    }
    return client;
}
function readNamed(r, v, at, kind) {
    if (v === null)
        return null;
    const items = r.list(v, at, (x, a) => {
        const o = r.object(x, a, ['id', 'name']);
        return { id: r.string(o.id, `${a}.id`, true), name: r.string(o.name, `${a}.name`) };
    });
    const seen = new Set();
    for (const [i, item] of items.entries()) {
        if (seen.has(item.id))
            r.fail(`${at}[${i}]`, `${kind} ${item.id} appears twice`);
        seen.add(item.id);
    }
    return items;
}
/** Validates a parsed snapshot and returns the org data it holds (source kind `snapshot`). */
function orgFromSnapshot(data, file) {
    const r = new Reader(file);
    const top = r.object(data, '(top level)', [
        'kind',
        'schemaVersion',
        'tool',
        'fetchedAt',
        'source',
        'clients',
        'roles',
        'divisions',
        'scopes',
    ]);
    if (top.kind !== SNAPSHOT_KIND)
        r.fail('kind', `expected "${SNAPSHOT_KIND}" (is this a snapshot file?)`);
    if (top.schemaVersion !== SNAPSHOT_SCHEMA_VERSION) {
        r.fail('schemaVersion', `version ${JSON.stringify(top.schemaVersion)} is not supported (this ${version/* TOOL_NAME */.lH} ${version/* VERSION */.xv} reads version ${SNAPSHOT_SCHEMA_VERSION}); write the snapshot again with this version`);
    }
    const tool = r.object(top.tool, 'tool', ['name', 'version']);
    r.string(tool.name, 'tool.name');
    r.string(tool.version, 'tool.version');
    const src = r.object(top.source, 'source', ['region', 'apiBaseUrl']);
    const clients = r.list(top.clients, 'clients', (x, a) => readClient(r, x, a));
    const ids = new Set();
    for (const [i, c] of clients.entries()) {
        const key = c.id.toLowerCase();
        if (ids.has(key))
            r.fail(`clients[${i}].id`, `client ${c.id} appears twice`);
        ids.add(key);
    }
    let scopes = null;
    if (top.scopes !== null)
        scopes = r.strings(top.scopes, 'scopes');
    return {
        clients,
        roles: readNamed(r, top.roles, 'roles', 'role'),
        divisions: readNamed(r, top.divisions, 'divisions', 'division'),
        scopes,
        fetchedAt: r.date(top.fetchedAt, 'fetchedAt'),
        source: {
            kind: 'snapshot',
            region: r.string(src.region, 'source.region'),
            apiBaseUrl: r.string(src.apiBaseUrl, 'source.apiBaseUrl'),
        },
    };
}
/** Reads and validates a snapshot file; any problem is a SnapshotError (a UserError) saying what to fix. */
async function readSnapshot(path) {
    let text;
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            throw new SnapshotError(`Snapshot ${path} is not a file.`);
        if (info.size > MAX_SNAPSHOT_BYTES)
            throw new SnapshotError(`Snapshot ${path} is larger than ${MAX_SNAPSHOT_BYTES} bytes.`);
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (err instanceof SnapshotError)
            throw err;
        const code = err.code;
        throw new SnapshotError(code === 'ENOENT'
            ? `Snapshot ${path} does not exist: check the \`snapshot\` input.`
            : `Snapshot ${path} cannot be read: ${err.message}`);
    }
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        throw new SnapshotError(`Snapshot ${path} is not valid JSON${jsonErrorPosition(err)}: check that the \`snapshot\` input names a file written by \`genesys-oauth-audit snapshot\`.`);
    }
    return orgFromSnapshot(data, path);
}

// EXTERNAL MODULE: ./src/policy/exemptions.ts
var policy_exemptions = __webpack_require__(82680);
;// CONCATENATED MODULE: ./src/policy/duration.ts
/**
 * Durations of the policy (`max-token-lifetime`, `checks.token-lifetime.max`): integer seconds,
 * or a string of unit terms in descending order (`30s`, `90m`, `1h`, `2d`, `1h30m`).
 */
/** Same pattern as the `duration` definition of `policies/oauth-policy.schema.json`. */
const DURATION_PATTERN = '^(?=[0-9])([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$';
/** Longest duration accepted: ten years, far above any token lifetime Genesys allows. */
const MAX_DURATION_SECONDS = 10 * 365 * 86400;
const UNIT_SECONDS = { d: 86400, h: 3600, m: 60, s: 1 };
const DURATION_RE = new RegExp(DURATION_PATTERN);
/** Seconds, or null when the value is not a duration (zero and negative values are not). */
function parseDuration(value) {
    if (typeof value === 'number')
        return Number.isSafeInteger(value) && value > 0 ? value : null;
    if (typeof value !== 'string' || !DURATION_RE.test(value))
        return null;
    let seconds = 0;
    for (const [, amount, unit] of value.matchAll(/([0-9]+)([dhms])/g)) {
        seconds += Number(amount) * UNIT_SECONDS[unit];
    }
    return Number.isSafeInteger(seconds) && seconds > 0 ? seconds : null;
}
/** A short human form of a number of seconds (`86400` → `24h`, `5400` → `1h30m`), for messages. */
function formatDuration(seconds) {
    if (seconds % 86400 === 0 && seconds >= 7 * 86400)
        return `${seconds / 86400}d`;
    let rest = seconds;
    let out = '';
    for (const [unit, size] of [
        ['h', 3600],
        ['m', 60],
        ['s', 1],
    ]) {
        const n = Math.floor(rest / size);
        if (n > 0)
            out += `${n}${unit}`;
        rest -= n * size;
    }
    return out || '0s';
}

;// CONCATENATED MODULE: ./src/policy/suggest.ts
/** "Did you mean …?" suggestions for misspelt keys, values and scope names. */
/** Optimal string alignment distance: Levenshtein plus adjacent transpositions (`scpoes`). */
function editDistance(a, b) {
    if (a === b)
        return 0;
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => {
        const row = new Array(cols).fill(0);
        row[0] = i;
        return row;
    });
    for (let j = 0; j < cols; j++)
        d[0][j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
        }
    }
    return d[a.length][b.length];
}
/**
 * The candidate nearest to `word` (case-insensitive), when it is close enough to be a likely typo:
 * at most a third of the word's length (at least 2, but fewer than its length) edits away. Ties go to the earlier candidate.
 */
function nearest(word, candidates) {
    const w = word.toLowerCase();
    if (w.length > 100)
        return undefined; // not a typo; keeps the quadratic distance cheap
    // Never suggest a word that shares no letter with this one (`b` → `a`).
    const limit = Math.min(Math.max(2, Math.floor(w.length / 3)), w.length - 1);
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const dist = editDistance(w, c.toLowerCase());
        if (dist < bestDistance) {
            best = c;
            bestDistance = dist;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
/** ` Did you mean "x"?` or '' — ready to append to a message. */
function didYouMean(word, candidates) {
    const s = nearest(word, candidates);
    return s === undefined ? '' : ` Did you mean "${s}"?`;
}

// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
// EXTERNAL MODULE: ./src/policy/pattern-set.ts
var pattern_set = __webpack_require__(12801);
;// CONCATENATED MODULE: ./src/policy/verdicts.ts
/** Distinct keys one cache remembers; past this, verdicts are worked out each time. */
const VERDICT_LIMIT = 1024;
/**
 * Verdicts of one rule (or allowlist) remembered by key: an org grants the same few scopes and
 * roles, and redirects to the same few hosts, across many clients. Bounded, so that an org whose
 * every value differs costs no memory for nothing.
 */
class Verdicts {
    known = new Map();
    get(key) {
        return this.known.get(key);
    }
    /** Remembers `verdict` while there is room, and returns it. */
    keep(key, verdict) {
        if (this.known.size < VERDICT_LIMIT)
            this.known.set(key, verdict);
        return verdict;
    }
}

;// CONCATENATED MODULE: ./src/policy/redirect-uri.ts
/**
 * Redirect URI parsing for `insecure-redirect-uri` and `redirect-uris.allow-hosts`.
 *
 * Parsing is WHATWG URL (what browsers do with the URI), made stricter where that parser is lenient
 * in ways that hide mistakes: whitespace, control characters or backslashes anywhere, or an
 * `http(s):` URI without `//host`, make a URI unparseable. Private-use schemes of native apps
 * (`com.example.app:/cb`, RFC 8252 §7.1) are fine; script-bearing and local-file schemes are not.
 */
/** Schemes that run code or read local files when navigated to. */
const DANGEROUS_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Whitespace, C0 controls, DEL and backslashes: WHATWG URL strips or rewrites these silently.
const SUSPICIOUS_CHARS = /[\u0000-\u0020\u007f\\]/;
/** Loopback per RFC 8252 §7.3 and SPEC §2: `localhost`, 127.0.0.0/8, `[::1]` (host as WHATWG URL serialises it). */
function redirect_uri_isLoopbackHost(host) {
    const h = host.toLowerCase();
    if (h === 'localhost' || h === '[::1]')
        return true;
    const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
    return m !== null && m.slice(1).every((o) => Number(o) <= 255);
}
/** The authority part as written (between `//` and the path), or null when the URI has none. */
function rawAuthority(raw, schemeLength) {
    if (raw.slice(schemeLength + 1, schemeLength + 3) !== '//')
        return null;
    const rest = raw.slice(schemeLength + 3);
    const end = rest.search(/[/?#]/);
    return end === -1 ? rest : rest.slice(0, end);
}
// A function of its own, not a closure: it would be created for every URI of every client.
function unparseable(text) {
    const problems = text.includes('*') ? ['wildcard', 'unparseable'] : ['unparseable'];
    return { raw: text, scheme: '', host: null, problems };
}
function parseRedirectUri(raw) {
    const text = typeof raw === 'string' ? raw : '';
    const scheme = SCHEME.exec(text);
    if (text === '' || scheme === null || SUSPICIOUS_CHARS.test(text))
        return unparseable(text);
    const schemeName = scheme[1].toLowerCase();
    const authority = rawAuthority(text, scheme[1].length);
    const special = schemeName === 'http' || schemeName === 'https';
    if (special && (authority === null || authority === ''))
        return unparseable(text);
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return unparseable(text);
    }
    const host = url.hostname === '' ? null : url.hostname.toLowerCase();
    const problems = [];
    if (text.includes('*'))
        problems.push('wildcard');
    if (schemeName === 'http' && (host === null || !redirect_uri_isLoopbackHost(host)))
        problems.push('http-non-loopback');
    if (text.includes('#'))
        problems.push('fragment');
    if ((authority !== null && authority.includes('@')) || url.username !== '' || url.password !== '')
        problems.push('userinfo');
    if (DANGEROUS_SCHEMES.has(schemeName))
        problems.push('dangerous-scheme');
    return { raw: text, scheme: schemeName, host, problems };
}
const PROBLEM_TEXT = {
    unparseable: 'cannot be parsed as a URI',
    wildcard: 'contains a `*` wildcard',
    'http-non-loopback': 'uses plain `http` on a host that is not loopback',
    fragment: 'has a fragment (`#`)',
    userinfo: 'carries user information (`user@`)',
    'dangerous-scheme': 'uses a scheme that runs code or reads local files',
};
/** "Redirect URI `x` uses plain `http` … and has a fragment (`#`)." */
function describeInsecure(uri) {
    const parts = uri.problems.map((p) => PROBLEM_TEXT[p]);
    const list = parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
    return `Redirect URI \`${uri.raw}\` ${list}.`;
}

// EXTERNAL MODULE: ./src/policy/patterns.ts
var patterns = __webpack_require__(82819);
;// CONCATENATED MODULE: ./src/policy/roles.ts


function buildRoleDirectory(roles) {
    const dir = new Map();
    if (!roles)
        return dir;
    for (const r of roles) {
        if (r && typeof r.id === 'string' && typeof r.name === 'string' && r.name !== '')
            dir.set(r.id.toLowerCase(), { name: r.name, lower: r.name.toLowerCase() });
    }
    return dir;
}
/** Grants up to which repeats are found by scanning the list, cheaper than a map for the usual few. */
const roles_SCAN_LIMIT = 16;
function scan(roles, idLower) {
    for (const r of roles)
        if (r.idLower === idLower)
            return r;
    return undefined;
}
function prepareRoles(grants, dir) {
    const out = [];
    const byId = grants.length > roles_SCAN_LIMIT ? new Map() : null;
    for (const g of grants) {
        if (!g || typeof g.roleId !== 'string')
            continue;
        const idLower = g.roleId.toLowerCase();
        const star = g.divisionId === '*';
        const seen = byId !== null ? byId.get(idLower) : scan(out, idLower);
        if (seen) {
            if (star)
                seen.allDivisions = true;
            continue;
        }
        const known = dir.get(idLower);
        const role = {
            id: g.roleId,
            idLower,
            name: known?.name ?? null,
            nameLower: known?.lower ?? null,
            label: known?.name ?? g.roleId,
            allDivisions: star,
        };
        out.push(role);
        byId?.set(idLower, role);
    }
    return out;
}
/** `Name`, or `id` (not in the org's role list) when unresolved. */
function shown(r) {
    return r.name === null ? `\`${r.id}\` (not in the org's role list)` : `\`${r.name}\``;
}
function compileRolePattern(source) {
    const id = (0,patterns/* isGenesysId */.qE)(source);
    return {
        source,
        lower: source.toLowerCase(),
        glob: !id && (0,patterns/* isGlob */.fg)(source) ? (0,patterns/* compileGlob */.SO)(source) : null,
        id,
    };
}
/** A glob on the role name or the exact role ID; a role without a name is judged by its ID only. */
function roleMatches(p, r) {
    if (p.lower === r.idLower)
        return true;
    if (p.id)
        return false;
    if (p.glob === null)
        return r.nameLower !== null && p.lower === r.nameLower;
    return p.glob.test(r.name ?? r.id);
}
/**
 * Every role of the org, to judge role patterns against: the named roles of its role list, and
 * by ID the roles granted to clients that the list does not name.
 */
function rolesOfOrg(dir, grants) {
    const out = [];
    for (const [idLower, r] of dir)
        out.push({ id: idLower, idLower, name: r.name, nameLower: r.lower, label: r.name, allDivisions: false });
    const unnamed = new Set();
    for (const g of grants) {
        if (!g || typeof g.roleId !== 'string')
            continue;
        const idLower = g.roleId.toLowerCase();
        if (dir.has(idLower) || unnamed.has(idLower))
            continue;
        unnamed.add(idLower);
        out.push({ id: g.roleId, idLower, name: null, nameLower: null, label: g.roleId, allDivisions: false });
    }
    return out;
}
/** True when the role pattern (a glob on the name, or an ID) matches one of `roles`. */
function matchesSomeRole(pattern, roles) {
    const p = compileRolePattern(pattern);
    return roles.some((r) => roleMatches(p, r));
}
function anyMatches(patterns, r) {
    for (const p of patterns)
        if (roleMatches(p, r))
            return p;
    return null;
}
function verdictOf(rules, r) {
    const known = r.name === null ? undefined : rules.verdicts.get(r.idLower);
    if (known !== undefined && known.name === r.name)
        return known;
    const verdict = {
        name: r.name,
        allowed: rules.allow === null || anyMatches(rules.allow, r) !== null,
        forbiddenBy: anyMatches(rules.forbid, r),
    };
    return r.name === null ? verdict : rules.verdicts.keep(r.idLower, verdict);
}
function compileRoleRules(rules) {
    const require = (rules.require ?? []).map(compileRolePattern);
    return {
        require,
        allow: rules.allow ? [...rules.allow.map(compileRolePattern), ...require] : null,
        forbid: (rules.forbid ?? []).map(compileRolePattern),
        max: rules.max,
        allowAllDivisions: rules.allowAllDivisions !== false,
        verdicts: new Verdicts(),
    };
}
/** Applies one rule's `roles` to a CLIENT-CREDENTIALS client's distinct roles. */
function checkRoles(rules, roles, ruleId, out) {
    for (const p of rules.require) {
        let found = false;
        for (const r of roles) {
            if (roleMatches(p, r)) {
                found = true;
                break;
            }
        }
        if (!found)
            out.push({
                check: 'missing-role',
                subject: p.source,
                message: `Has no role matching \`${p.source}\`, which rule ${ruleId} requires.`,
            });
    }
    for (const r of roles) {
        const verdict = verdictOf(rules, r);
        if (!verdict.allowed) {
            out.push({
                check: 'role-not-allowed',
                subject: r.label,
                message: `Has role ${shown(r)}, which is outside the allowlist of rule ${ruleId}.`,
            });
        }
        const forbidden = verdict.forbiddenBy;
        if (forbidden !== null) {
            const via = forbidden.source.toLowerCase() === r.label.toLowerCase() ? '' : ` (pattern \`${forbidden.source}\`)`;
            out.push({
                check: 'role-forbidden',
                subject: r.label,
                message: `Has role ${shown(r)}, which rule ${ruleId} forbids${via}.`,
            });
        }
        if (!rules.allowAllDivisions && r.allDivisions) {
            out.push({
                check: 'all-divisions-role',
                subject: r.label,
                message: `Has role ${shown(r)} in all divisions (\`*\`), which rule ${ruleId} does not allow.`,
            });
        }
    }
    if (rules.max !== undefined && roles.length > rules.max) {
        out.push({
            check: 'too-many-roles',
            subject: '',
            message: `Has ${roles.length} distinct roles, more than the ${rules.max} that rule ${ruleId} allows.`,
        });
    }
}

;// CONCATENATED MODULE: ./src/policy/scopes.ts
/**
 * The scope algebra of SPEC §4.2. Genesys scopes are `<domain>` (read-write) or `<domain>:readonly`,
 * and a write scope includes its read-only twin. Scope patterns are case-insensitive globs.
 */


const READONLY_SUFFIX = ':readonly';
/** `X` for `X:readonly`; null for a write scope (or a bare `:readonly`, which names no domain). */
function writeTwinOf(scope) {
    if (scope.length <= READONLY_SUFFIX.length || !scope.toLowerCase().endsWith(READONLY_SUFFIX))
        return null;
    return scope.slice(0, -READONLY_SUFFIX.length);
}
/** holds(G, S): granted scope G is S, or S is `X:readonly` and G is `X`. Case-insensitive. */
function holds(granted, required) {
    const g = granted.toLowerCase();
    const s = required.toLowerCase();
    if (g === s)
        return true;
    const twin = writeTwinOf(s);
    return twin !== null && g === twin;
}
/** Scopes up to which `lower` is scanned: cheaper than building a set for the usual handful. */
const scopes_SCAN_LIMIT = 16;
function prepareScopes(scopes) {
    const names = [];
    const lower = [];
    const twin = [];
    const set = scopes.length > scopes_SCAN_LIMIT ? new Set() : null;
    // Scopes come lower-case and distinct from the API as a rule; then `names` can be `lower`.
    let sameAsLower = true;
    for (const s of scopes) {
        if (typeof s !== 'string')
            continue;
        const l = s.toLowerCase();
        if (set !== null ? set.has(l) : lower.includes(l))
            continue;
        set?.add(l);
        if (sameAsLower && l !== s) {
            sameAsLower = false;
            for (const kept of lower)
                names.push(kept);
        }
        if (!sameAsLower)
            names.push(s);
        lower.push(l);
        twin.push(writeTwinOf(l));
    }
    return { names: sameAsLower ? lower : names, lower, twin, set };
}
function grants(granted, lower) {
    return granted.set !== null ? granted.set.has(lower) : granted.lower.includes(lower);
}
/** True when some granted scope holds S. */
function isHeld(granted, required) {
    const s = required.toLowerCase();
    if (grants(granted, s))
        return true;
    const twin = writeTwinOf(s);
    return twin !== null && grants(granted, twin);
}
function compileScopeRules(rules) {
    const require = rules.require ?? [];
    return {
        require,
        allow: rules.allow ? new pattern_set/* PatternSet */.D([...rules.allow, ...require], false) : null,
        forbid: rules.forbid && rules.forbid.length > 0 ? new pattern_set/* PatternSet */.D(rules.forbid, false) : null,
        max: rules.max,
        allowed: new Verdicts(),
        forbidden: new Verdicts(),
    };
}
/**
 * Allowed: some P matches G, or G is `X:readonly` and P matches `X`. `scope` is lower-case and
 * `twin` is `writeTwinOf(scope)` (see `GrantedScopes`).
 */
function isAllowed(rules, scope, twin) {
    const allow = rules.allow;
    if (allow === null)
        return true;
    const known = rules.allowed.get(scope);
    if (known !== undefined)
        return known;
    return rules.allowed.keep(scope, allow.test(scope, scope) || (twin !== null && allow.test(twin, twin)));
}
/**
 * The forbid pattern that catches G: one matching G, or, for a write scope `X`, one matching
 * `X:readonly` (forbidding read access forbids write access). Forbidding `X` leaves `X:readonly` alone.
 * `scope` and `twin` as for `isAllowed`.
 */
function forbiddenBy(rules, scope, twin) {
    if (rules.forbid === null)
        return null;
    const known = rules.forbidden.get(scope);
    if (known !== undefined)
        return known;
    return rules.forbidden.keep(scope, findForbidding(rules.forbid, scope, twin));
}
function findForbidding(forbid, scope, twin) {
    const direct = forbid.first(scope, scope);
    if (direct !== null)
        return { pattern: direct, viaReadonly: false };
    if (twin !== null)
        return null;
    const readonly = scope + READONLY_SUFFIX;
    const via = forbid.first(readonly, readonly);
    return via === null ? null : { pattern: via, viaReadonly: true };
}
/** Applies one rule's `scopes` to a (non-CLIENT-CREDENTIALS) client's granted scopes. */
function checkScopes(rules, granted, ruleId, out) {
    for (const s of rules.require) {
        if (!isHeld(granted, s))
            out.push({
                check: 'missing-scope',
                subject: s,
                message: `Does not hold scope \`${s}\`, which rule ${ruleId} requires.`,
            });
    }
    for (let i = 0; i < granted.names.length; i++) {
        const name = granted.names[i];
        const lower = granted.lower[i];
        const twin = granted.twin[i];
        if (!isAllowed(rules, lower, twin)) {
            out.push({
                check: 'scope-not-allowed',
                subject: name,
                message: `Grants scope \`${name}\`, which is outside the allowlist of rule ${ruleId}.`,
            });
        }
        const forbidden = forbiddenBy(rules, lower, twin);
        if (forbidden) {
            const why = forbidden.viaReadonly
                ? ` (it forbids \`${forbidden.pattern}\`, and write access includes read access)`
                : forbidden.pattern.toLowerCase() === lower
                    ? ''
                    : ` (pattern \`${forbidden.pattern}\`)`;
            out.push({
                check: 'scope-forbidden',
                subject: name,
                message: `Grants scope \`${name}\`, which rule ${ruleId} forbids${why}.`,
            });
        }
    }
    if (rules.max !== undefined && granted.names.length > rules.max) {
        out.push({
            check: 'too-many-scopes',
            subject: '',
            message: `Grants ${granted.names.length} scopes, more than the ${rules.max} that rule ${ruleId} allows.`,
        });
    }
}

// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
;// CONCATENATED MODULE: ./src/policy/evaluate.ts











const INACTIVE_STATES = new Set(['inactive', 'disabled']);
const CHECK_ORDER = new Map(types/* ALL_CHECKS */.c9.map((c, i) => [c, i]));
/**
 * A rule's `redirect-uris.allow-hosts`, shared by the rules that list the same hosts, with its
 * verdicts remembered by host: many clients redirect to the same few hosts.
 */
class HostAllowlist {
    hosts;
    verdicts = new Verdicts();
    constructor(hosts) {
        this.hosts = new pattern_set/* PatternSet */.D(hosts, false);
    }
    allows(host) {
        const known = this.verdicts.get(host);
        if (known !== undefined)
            return known;
        return this.verdicts.keep(host, this.hosts.test(host, host));
    }
}
/** `hostLists`: the allowlists compiled so far, by their host list. */
function compileRedirects(rule, hostLists) {
    if (!rule.redirectUris)
        return null;
    const { allowHosts, allowSchemes = [] } = rule.redirectUris;
    let hosts = null;
    if (allowHosts) {
        const key = JSON.stringify(allowHosts);
        hosts = hostLists.get(key) ?? null;
        if (hosts === null)
            hostLists.set(key, (hosts = new HostAllowlist(allowHosts)));
    }
    const schemes = new Set(allowSchemes.map((s) => s.toLowerCase()));
    return {
        hosts,
        schemes,
        schemesText: ['https', 'http on loopback hosts', ...[...schemes].filter((s) => s !== 'https')].join(', '),
    };
}
function compileRule(rule, hostLists) {
    const grantTypes = rule.grantTypes ? new Set(rule.grantTypes.map(grant_types/* normaliseGrantType */.vr)) : null;
    return {
        rule,
        matcher: new match/* RuleMatcher */.Fh(rule.match, rule.exclude),
        grantTypes,
        allowedGrantTypes: grantTypes ? [...grantTypes].join(', ') : '',
        scopes: rule.scopes ? compileScopeRules(rule.scopes) : null,
        roles: rule.roles ? compileRoleRules(rule.roles) : null,
        redirects: compileRedirects(rule, hostLists),
        maxTokenLifetimeText: rule.maxTokenLifetime === undefined ? '' : formatDuration(rule.maxTokenLifetime),
    };
}
function builtinSettings(policy) {
    const out = {};
    for (const id of Object.keys(types/* BUILTIN_CHECK_DEFAULTS */.o)) {
        const set = policy.checks?.[id];
        const severity = set?.severity ?? types/* BUILTIN_CHECK_DEFAULTS */.o[id];
        out[id] = { severity: severity === 'off' ? null : severity, line: set?.position?.line ?? 1 };
    }
    return out;
}
/** The distinct redirect URIs of a client, parsed, in the order given. */
function parseUris(uris) {
    const out = [];
    if (!Array.isArray(uris))
        return out;
    // Most clients have one URI or none, which need no set to drop repeats.
    const seen = uris.length > 1 ? new Set() : null;
    for (const u of uris) {
        if (typeof u !== 'string')
            continue;
        if (seen !== null) {
            if (seen.has(u))
                continue;
            seen.add(u);
        }
        out.push(parseRedirectUri(u));
    }
    return out;
}
/** What one client's checks read, prepared on first use and at most once. */
class ClientContext {
    key;
    roleDir;
    grantedScopes;
    clientRoles;
    parsedUris;
    lifetimeText;
    constructor(key, roleDir) {
        this.key = key;
        this.roleDir = roleDir;
    }
    get client() {
        return this.key.client;
    }
    get isClientCredentials() {
        return this.key.grantType === grant_types/* CLIENT_CREDENTIALS */.hp;
    }
    get scopes() {
        return (this.grantedScopes ??= prepareScopes(Array.isArray(this.client.scopes) ? this.client.scopes : []));
    }
    get roles() {
        return (this.clientRoles ??= prepareRoles(Array.isArray(this.client.roles) ? this.client.roles : [], this.roleDir));
    }
    get uris() {
        return (this.parsedUris ??= parseUris(this.client.redirectUris));
    }
    get tokenLifetime() {
        const t = this.client.tokenLifetimeSeconds;
        return typeof t === 'number' && Number.isFinite(t) ? t : types/* DEFAULT_MAX_TOKEN_LIFETIME */.Ns;
    }
    /** `tokenLifetime` as shown in messages; several rules may report it. */
    get tokenLifetimeText() {
        return (this.lifetimeText ??= formatDuration(this.tokenLifetime));
    }
    get grantTypeAsGiven() {
        return typeof this.client.grantType === 'string' ? this.client.grantType : '';
    }
}
/**
 * A rule's `redirect-uris`. Hosts are judged for `https` URIs and `http` ones on loopback hosts;
 * every other URI needs its scheme allowed: plain `http` elsewhere, and private-use schemes
 * (`myapp://…`), whose host names no server (any app may claim the scheme), so theirs is not judged.
 * An allowed `http` still has its host judged. A URI that cannot be parsed fits nothing.
 */
function checkRedirects(r, uris, id, out) {
    for (const uri of uris) {
        const parsed = uri.scheme !== '';
        if (parsed) {
            const web = uri.scheme === 'https' || (uri.scheme === 'http' && uri.host !== null && redirect_uri_isLoopbackHost(uri.host));
            if (!web && !r.schemes.has(uri.scheme)) {
                out.push({
                    check: 'redirect-scheme-not-allowed',
                    subject: uri.raw,
                    message: uri.scheme === 'http'
                        ? `Redirects to \`${uri.raw}\` over plain \`http\` to a host that is not loopback, which rule ${id} does not allow (allowed: ${r.schemesText}).`
                        : `Redirects to \`${uri.raw}\`, whose scheme \`${uri.scheme}\` rule ${id} does not allow (allowed: ${r.schemesText}).`,
                });
                continue;
            }
            if (uri.scheme !== 'https' && uri.scheme !== 'http')
                continue;
        }
        if (r.hosts === null) {
            if (!parsed)
                out.push({
                    check: 'redirect-scheme-not-allowed',
                    subject: uri.raw,
                    message: `Redirects to \`${uri.raw}\`, which cannot be parsed, so rule ${id} cannot tell its scheme.`,
                });
            continue;
        }
        if (uri.host !== null && r.hosts.allows(uri.host))
            continue;
        out.push({
            check: 'redirect-host-not-allowed',
            subject: uri.raw,
            message: !parsed
                ? `Redirects to \`${uri.raw}\`, which cannot be parsed, so no allowed host of rule ${id} can match it.`
                : uri.host === null
                    ? `Redirects to \`${uri.raw}\`, which has no host that the allowed hosts of rule ${id} could match.`
                    : `Redirects to \`${uri.raw}\`, whose host \`${uri.host}\` is not among the allowed hosts of rule ${id}.`,
        });
    }
}
function applyRule(r, ctx, out) {
    const id = r.rule.id;
    if (r.scopes !== null && !ctx.isClientCredentials)
        checkScopes(r.scopes, ctx.scopes, id, out);
    if (r.roles !== null && ctx.isClientCredentials)
        checkRoles(r.roles, ctx.roles, id, out);
    if (r.grantTypes !== null && !r.grantTypes.has(ctx.key.grantType)) {
        const given = ctx.grantTypeAsGiven;
        const allowed = r.allowedGrantTypes;
        out.push({
            check: 'grant-type-not-allowed',
            subject: given,
            message: given === ''
                ? `Has no grant type, while rule ${id} allows only ${allowed}.`
                : `Uses grant type \`${given}\`, which rule ${id} does not allow (allowed: ${allowed}).`,
        });
    }
    if (r.redirects !== null)
        checkRedirects(r.redirects, ctx.uris, id, out);
    const max = r.rule.maxTokenLifetime;
    if (max !== undefined && ctx.tokenLifetime > max) {
        out.push({
            check: 'token-lifetime',
            subject: '',
            message: `Issues access tokens valid for ${ctx.tokenLifetimeText}, longer than the ${r.maxTokenLifetimeText} maximum of rule ${id}.`,
        });
    }
}
function applyBuiltins(ctx, matchedAny, settings, tokenLifetimeMax, catalogue, out) {
    const grantType = ctx.key.grantType;
    const given = ctx.grantTypeAsGiven;
    if (settings['token-lifetime'].severity !== null && ctx.tokenLifetime > tokenLifetimeMax) {
        out.push({
            check: 'token-lifetime',
            subject: '',
            message: `Issues access tokens valid for ${ctx.tokenLifetimeText}, longer than the ${formatDuration(tokenLifetimeMax)} maximum of the policy.`,
        });
    }
    if (settings['password-grant'].severity !== null && grantType === 'PASSWORD') {
        out.push({
            check: 'password-grant',
            subject: given,
            message: 'Uses the resource owner password grant (`PASSWORD`), which must not be used (RFC 9700 §2.4).',
        });
    }
    if (settings['implicit-grant'].severity !== null && grantType === 'TOKEN') {
        out.push({
            check: 'implicit-grant',
            subject: given,
            message: 'Uses the implicit grant (`TOKEN`), which is deprecated (RFC 9700 §2.1.2) and being retired by Genesys Cloud.',
        });
    }
    if (settings['insecure-redirect-uri'].severity !== null) {
        for (const uri of ctx.uris) {
            if (uri.problems.length > 0)
                out.push({ check: 'insecure-redirect-uri', subject: uri.raw, message: describeInsecure(uri) });
        }
    }
    if (settings['unknown-grant-type'].severity !== null && !(0,grant_types/* isKnownGrantType */.Yo)(grantType)) {
        out.push({
            check: 'unknown-grant-type',
            subject: given,
            message: unknownGrantTypeMessage(given),
        });
    }
    if (settings['unmatched-client'].severity !== null && !matchedAny) {
        out.push({ check: 'unmatched-client', subject: '', message: 'Matches no rule of the policy.' });
    }
    if (settings['inactive-client'].severity !== null && INACTIVE_STATES.has(ctx.key.stateLower)) {
        const when = ctx.client.dateToDelete;
        out.push({
            check: 'inactive-client',
            subject: '',
            message: typeof when === 'string' && when !== ''
                ? `Is in state \`${ctx.key.stateLower}\` and scheduled for deletion on ${when}.`
                : `Is in state \`${ctx.key.stateLower}\`.`,
        });
    }
    // Genesys ignores scopes of CLIENT-CREDENTIALS clients, so an odd one there is no finding.
    if (settings['unknown-scope'].severity !== null && catalogue !== null && !ctx.isClientCredentials) {
        const s = ctx.scopes;
        for (let i = 0; i < s.names.length; i++) {
            if (!catalogue.has(s.lower[i]))
                out.push({
                    check: 'unknown-scope',
                    subject: s.names[i],
                    message: `Grants scope \`${s.names[i]}\`, which is not in the org's scope catalogue.`,
                });
        }
    }
}
function unknownGrantTypeMessage(given) {
    if (given.trim() === '')
        return 'Has no grant type, so this tool cannot judge it.';
    const unusual = (0,grant_types/* unusualCharacters */.a_)(given);
    if (unusual.length === 0)
        return `Uses grant type \`${given}\`, which this tool does not know, so it cannot judge it fully.`;
    return `Uses grant type \`${given}\`, which this tool does not know: it contains ${unusual.join(', ')}, which no grant type has (it may imitate a known one).`;
}
/** Org role names longer than this are never suggested: a typo is close to a name of its own length. */
const MAX_SUGGESTED_ROLE = 200;
/**
 * Warnings for the role patterns of `require`, `allow` and `forbid` that match no role of the org:
 * most likely typos, which would otherwise silently forbid (or allow) nothing.
 */
function unmatchedRolePatterns(policy, dir, clients) {
    const out = [];
    if (!policy.rules.some((r) => r.roles))
        return out;
    const roles = rolesOfOrg(dir, clients.flatMap((c) => (Array.isArray(c.roles) ? c.roles : [])));
    const verdicts = new Map();
    let names;
    for (const rule of policy.rules) {
        if (!rule.roles)
            continue;
        for (const list of ['require', 'allow', 'forbid']) {
            for (const p of rule.roles[list] ?? []) {
                let matches = verdicts.get(p);
                if (matches === undefined)
                    verdicts.set(p, (matches = matchesSomeRole(p, roles)));
                if (matches)
                    continue;
                names ??= roles.flatMap((r) => r.name !== null && r.name.length <= MAX_SUGGESTED_ROLE ? [r.name] : []);
                out.push({
                    level: 'warning',
                    message: `Rule \`${rule.id}\`: role pattern \`${p}\` in roles.${list} matches no role of this org.${didYouMean(p, names)}`,
                    file: policy.path,
                    line: rule.position?.line ?? 1,
                    col: rule.position?.col ?? 1,
                });
            }
        }
    }
    return out;
}
function byCheckThenSubject(a, b) {
    const c = CHECK_ORDER.get(a.check) - CHECK_ORDER.get(b.check);
    if (c !== 0)
        return c;
    return a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0;
}
/** Drafts up to which insertion sort runs; longer lists go to `Array.prototype.sort`. */
const INSERTION_SORT_LIMIT = 16;
/**
 * Stable in-place sort. Drafts of one rule or of the built-ins are usually few, where insertion
 * sort beats `Array.prototype.sort`, which copies the array each time. Both are stable, so the
 * first of equal drafts stays first and the same one survives deduplication.
 */
function sortDrafts(drafts) {
    if (drafts.length > INSERTION_SORT_LIMIT) {
        drafts.sort(byCheckThenSubject);
        return;
    }
    for (let i = 1; i < drafts.length; i++) {
        const d = drafts[i];
        let j = i - 1;
        while (j >= 0 && byCheckThenSubject(drafts[j], d) > 0) {
            drafts[j + 1] = drafts[j];
            j--;
        }
        drafts[j + 1] = d;
    }
}
/** Sorts, drops repeats of the same check and subject, and stamps the drafts into findings. */
function emit(drafts, severity, rule, line, out) {
    sortDrafts(drafts);
    let prev;
    for (const d of drafts) {
        if (prev !== undefined && prev.check === d.check && prev.subject === d.subject)
            continue;
        prev = d;
        out.push({
            check: d.check,
            severity,
            rule,
            subject: d.subject,
            message: d.message,
            exempted: false,
            line,
        });
    }
}
function emitBuiltins(drafts, settings, out) {
    sortDrafts(drafts);
    let prev;
    for (const d of drafts) {
        if (prev !== undefined && prev.check === d.check && prev.subject === d.subject)
            continue;
        prev = d;
        const s = settings[d.check];
        out.push({
            check: d.check,
            severity: s.severity,
            rule: d.check,
            subject: d.subject,
            message: d.message,
            exempted: false,
            line: s.line,
        });
    }
}
function exemptionFindings(exemptions, settings) {
    const out = [];
    const expired = settings['expired-exemption'];
    const unused = settings['unused-exemption'];
    for (const e of exemptions) {
        const x = e.exemption;
        const line = x.position?.line ?? 1;
        if (!e.active) {
            if (expired.severity === null)
                continue;
            out.push({
                check: 'expired-exemption',
                severity: expired.severity,
                rule: 'expired-exemption',
                subject: x.client,
                message: `The exemption for client \`${x.client}\` (${(0,policy_exemptions/* describeScope */.OI)(x)}) expired on ${x.expires}, so the findings it covered count again.`,
                exempted: false,
                line,
            });
        }
        else if (!e.used && unused.severity !== null) {
            out.push({
                check: 'unused-exemption',
                severity: unused.severity,
                rule: 'unused-exemption',
                subject: x.client,
                message: `The exemption for client \`${x.client}\` (${(0,policy_exemptions/* describeScope */.OI)(x)}) exempted no finding in this run.`,
                exempted: false,
                line,
            });
        }
    }
    return out;
}
function evaluate(policy, org, now) {
    const hostLists = new Map();
    const rules = policy.rules.map((r) => compileRule(r, hostLists));
    const settings = builtinSettings(policy);
    const tokenLifetimeMax = Number.isFinite(policy.tokenLifetimeMax)
        ? policy.tokenLifetimeMax
        : types/* DEFAULT_MAX_TOKEN_LIFETIME */.Ns;
    const exemptions = (0,policy_exemptions/* compileExemptions */.UE)(policy.exemptions ?? [], now);
    const anyActive = exemptions.some((e) => e.active);
    const roleDir = buildRoleDirectory(org.roles);
    const catalogue = org.scopes
        ? new Set(org.scopes.filter((s) => typeof s === 'string').map((s) => s.toLowerCase()))
        : null;
    const matchCounts = new Array(rules.length).fill(0);
    const index = new match/* RuleIndex */.PR(rules.map((r) => r.matcher));
    const clients = [];
    const drafts = [];
    for (const client of org.clients) {
        const key = (0,match/* clientKey */.TJ)(client);
        const ctx = new ClientContext(key, roleDir);
        const findings = [];
        const matched = [];
        for (const i of index.candidates(key)) {
            const r = rules[i];
            if (!r.matcher.matches(key))
                continue;
            matched.push(r.rule.id);
            matchCounts[i]++;
            drafts.length = 0;
            applyRule(r, ctx, drafts);
            if (drafts.length > 0)
                emit(drafts, r.rule.severity, r.rule.id, r.rule.position?.line ?? 1, findings);
        }
        drafts.length = 0;
        applyBuiltins(ctx, matched.length > 0, settings, tokenLifetimeMax, catalogue, drafts);
        if (drafts.length > 0)
            emitBuiltins(drafts, settings, findings);
        if (anyActive && findings.length > 0)
            (0,policy_exemptions/* applyExemptions */.rY)(findings, (0,policy_exemptions/* exemptionsFor */.Yn)(exemptions, key.idLower, key.name));
        clients.push({ clientId: typeof client.id === 'string' ? client.id : '', rules: matched, findings });
    }
    const warnings = [...(policy.warnings ?? [])];
    for (let i = 0; i < rules.length; i++) {
        if (matchCounts[i] !== 0)
            continue;
        const rule = rules[i].rule;
        warnings.push({
            level: 'warning',
            message: `Rule \`${rule.id}\` matched no client in this run.`,
            file: policy.path,
            line: rule.position?.line ?? 1,
            col: rule.position?.col ?? 1,
        });
    }
    if (org.roles)
        warnings.push(...unmatchedRolePatterns(policy, roleDir, org.clients));
    return { clients, policyFindings: exemptionFindings(exemptions, settings), warnings };
}

// EXTERNAL MODULE: ./src/policy/gate.ts
var gate = __webpack_require__(55375);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/policy/yaml-source.ts
/**
 * The policy file as text and as a YAML document with positions: decoding (size, UTF-8), parsing
 * with resource limits, and mapping a path in the parsed value back to a `line:col`.
 */


/** Policy files over 1 MiB are refused (SPEC §4.7). */
const MAX_POLICY_BYTES = 1024 * 1024;
/** Aliases allowed while expanding the document: enough for sharing lists, too few for a bomb. */
const MAX_ALIAS_COUNT = 50;
/** Deepest nesting of collections accepted; a valid policy needs 5. */
const MAX_DEPTH = 32;
/**
 * List items and mapping entries accepted in one file: far above any real policy, and low enough
 * that validating a file whose every item is wrong (one error each) stays well under a second.
 */
const MAX_NODES = 25_000;
const START = { line: 1, col: 1 };
/** Bytes (or text) → text and sha256, or the reason the file is refused. */
function decodeSource(input) {
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    if (bytes.length > MAX_POLICY_BYTES) {
        return {
            ...START,
            message: `the policy file is ${bytes.length} bytes; files over ${MAX_POLICY_BYTES} bytes (1 MiB) are refused`,
        };
    }
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    // A BOM is allowed (editors on Windows write one) and is not part of the text: dropped here, from
    // bytes and from text alike, so that they read the same and columns on the first line are right.
    if (typeof input === 'string')
        return { text: input.replace(/^\ufeff/, ''), sha256 };
    const bad = invalidUtf8Offset(bytes);
    if (bad !== -1) {
        return {
            ...bytePosition(bytes, bad),
            message: `the policy file is not valid UTF-8 (byte offset ${bad})`,
        };
    }
    return { text: new TextDecoder('utf-8').decode(bytes), sha256 };
}
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
function invalidUtf8Offset(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let n;
        let lo = 0x80;
        let hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf)
            n = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            if (c === 0xe0)
                lo = 0xa0; // overlong
            if (c === 0xed)
                hi = 0x9f; // surrogates
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            if (c === 0xf0)
                lo = 0x90; // overlong
            if (c === 0xf4)
                hi = 0x8f; // above U+10FFFF
        }
        else
            return i;
        for (let k = 1; k <= n; k++) {
            const x = b[i + k];
            if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf))
                return i;
        }
        i += n + 1;
    }
    return -1;
}
/** Line and column (in characters) of a byte offset of valid-so-far UTF-8. */
function bytePosition(b, offset) {
    let line = 1;
    let col = 1;
    for (let i = 0; i < offset; i++) {
        const c = b[i];
        if (c === 0x0a) {
            line++;
            col = 1;
        }
        else if ((c & 0xc0) !== 0x80)
            col++; // count characters, not continuation bytes
    }
    return { line, col };
}
/** The lexer marks document, scalar and flow-error starts with control tokens that are not text. */
function isControl(token) {
    return token === dist/* CST */.DB.DOCUMENT || token === dist/* CST */.DB.SCALAR || token === dist/* CST */.DB.FLOW_END;
}
/**
 * An upper bound of the nesting depth, from the token stream alone: the composer recurses per
 * level and runs out of stack (or memory) on hostile input long before any limit of ours could
 * be checked on the parsed document. Fed the lexer's tokens one by one, before the parser sees them.
 */
class NestingGauge {
    limit;
    indents = [];
    flow = 0;
    lineStart = true;
    indent = 0;
    inline = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Takes the next token; true when the nesting it reaches exceeds the limit. */
    exceededBy(token) {
        if (isControl(token))
            return false;
        const type = dist/* CST */.DB.tokenType(token);
        switch (type) {
            case 'newline':
                if (this.flow === 0) {
                    this.lineStart = true;
                    this.indent = 0;
                    this.inline = 0;
                }
                break;
            case 'space':
                if (this.lineStart)
                    this.indent = token.length;
                break;
            case 'comment':
            case 'byte-order-mark':
            case 'doc-mode':
                break;
            default: {
                const indents = this.indents;
                if (this.lineStart && this.flow === 0) {
                    while (indents.length > 0 && indents[indents.length - 1] >= this.indent)
                        indents.pop();
                    indents.push(this.indent);
                    this.lineStart = false;
                }
                if (type === 'flow-map-start' || type === 'flow-seq-start')
                    this.flow++;
                else if (type === 'flow-map-end' || type === 'flow-seq-end')
                    this.flow = Math.max(0, this.flow - 1);
                else if (this.flow === 0 &&
                    (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind'))
                    this.inline++;
            }
        }
        return this.indents.length + this.inline + this.flow > this.limit;
    }
}
/**
 * The concrete syntax tree of `text`, from one lexer pass that feeds both the nesting gauge and the
 * parser; or the offset of the token that nests too deep, before anything is composed.
 */
function concreteTree(text, lineCounter) {
    const gauge = new NestingGauge(MAX_DEPTH);
    const parser = new dist/* Parser */.iX(lineCounter.addNewLine);
    // As `Parser.parse` does: the first line starts at offset 0.
    lineCounter.addNewLine(0);
    const tokens = [];
    let offset = 0;
    for (const lexeme of new dist/* Lexer */.JG().lex(text)) {
        if (gauge.exceededBy(lexeme))
            return { deepAt: offset };
        for (const token of parser.next(lexeme))
            tokens.push(token);
        // Control tokens (document, scalar and flow-error starts) are not text of the source.
        if (!isControl(lexeme))
            offset += lexeme.length;
    }
    for (const token of parser.end())
        tokens.push(token);
    return { tokens };
}
/**
 * Parses YAML with positions and resource limits; every problem comes back as an issue, never
 * thrown. One reader, the `yaml` library under the YAML 1.2 core schema, reads every file, so a
 * policy means the same whatever its line endings, layout or whitespace.
 */
function parseSource(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const tree = concreteTree(text, lineCounter);
    if ('deepAt' in tree) {
        const deep = tree.deepAt;
        // Count lines ourselves: the document is not composed.
        const before = text.slice(0, deep);
        const line = before.split('\n').length;
        const col = deep - before.lastIndexOf('\n');
        return {
            positions: new SourcePositions((0,dist/* parseDocument */.Tp)(''), new dist/* LineCounter */.HN()),
            value: undefined,
            errors: [{ line, col, message: `YAML nesting deeper than ${MAX_DEPTH} levels is refused` }],
        };
    }
    const directive = versionDirective(tree.tokens);
    if (directive !== undefined) {
        return {
            positions: new SourcePositions((0,dist/* parseDocument */.Tp)(''), new dist/* LineCounter */.HN()),
            value: undefined,
            errors: [{ ...lineCounter.linePos(directive), message: VERSION_DIRECTIVE_MESSAGE }],
        };
    }
    const doc = composeOne(tree.tokens, text.length);
    const positions = new SourcePositions(doc, lineCounter);
    const errors = [...doc.errors, ...doc.warnings].map((e) => ({
        ...lineCounter.linePos(e.pos[0]),
        message: `YAML: ${yamlMessage(e.code, e.message)}`,
    }));
    if (errors.length > 0)
        return { positions, value: undefined, errors };
    const problems = nodeProblems(doc.contents);
    if (problems.length > 0) {
        return {
            positions,
            value: undefined,
            errors: problems.map(({ node, message }) => ({
                ...(node?.range ? lineCounter.linePos(node.range[0]) : START),
                message,
            })),
        };
    }
    try {
        return { positions, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors };
    }
    catch (e) {
        const alias = firstAlias(doc.contents);
        const at = alias?.range ? lineCounter.linePos(alias.range[0]) : START;
        const reason = e instanceof ReferenceError && /alias/i.test(e.message)
            ? 'expand to too much data'
            : `fail: ${e.message}`;
        return {
            positions,
            value: undefined,
            errors: [
                {
                    ...at,
                    message: `YAML: anchors and aliases ${reason} (at most ${MAX_ALIAS_COUNT} alias expansions)`,
                },
            ],
        };
    }
}
/**
 * The options the policy is read with: YAML 1.2 and its core schema, strict, no duplicate keys.
 * The schema and `merge` are set, not left to follow the version (a `%YAML 1.1` directive would
 * switch on 1.1's booleans, octals and merge keys); `resolveKnownTags: false` leaves only the core
 * schema's tags (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!seq`, `!!map`): `!!binary`,
 * `!!timestamp`, `!!set` and the like are unresolved tags, errors. A `%TAG` directive only renames
 * tags, so it can reach no other type.
 */
const COMPOSE_OPTIONS = {
    uniqueKeys: true,
    strict: true,
    version: '1.2',
    schema: 'core',
    merge: false,
    resolveKnownTags: false,
};
const VERSION_DIRECTIVE_MESSAGE = 'YAML: only `%YAML 1.2` is accepted: the policy is read as YAML 1.2 (core schema), where `yes` is a string, `0700` a decimal number and `<<` an ordinary key; remove this directive';
/**
 * The offset of a `%YAML` directive that names another version than 1.2, or undefined. Refused
 * rather than ignored: its author expects that version's reading, and another reader would give it.
 */
function versionDirective(tokens) {
    for (const token of tokens) {
        if (token.type === 'directive' &&
            /^%YAML(?:[ \t]|$)/.test(token.source) &&
            !/^%YAML[ \t]+1\.2[ \t]*$/.test(token.source))
            return token.offset;
    }
    return undefined;
}
/** The one document of the stream, as `parseDocument` composes it; a second document is an error. */
function composeOne(tokens, length) {
    let doc;
    for (const next of new dist/* Composer */.Dk(COMPOSE_OPTIONS).compose(tokens, true, length)) {
        if (doc === undefined)
            doc = next;
        else {
            doc.errors.push(new dist/* YAMLParseError */.XT([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
            break;
        }
    }
    // `compose` with `forceDoc` always yields a document, if an empty one.
    return doc;
}
/** The first line of a yaml error message, without a position at its end (the issue carries it). */
function yamlMessage(code, message) {
    const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    if (code === 'DUPLICATE_KEY')
        return `${first} (this key appears twice in the same mapping)`;
    if (code === 'MULTIPLE_DOCS')
        return 'the policy file must hold one YAML document; a `---` line starts another';
    if (code === 'TAG_RESOLVE_FAILED')
        return `${first} (only the YAML 1.2 core tags !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are supported)`;
    return first;
}
const MERGE_KEY_MESSAGE = 'YAML: merge keys (`<<`) are not supported: the policy is read as YAML 1.2, which has none, so `<<` would be an ordinary key; write the keys out (an alias can still repeat a whole list or mapping)';
const KEY_MESSAGE = 'YAML: a mapping key must be written out as text, not as a list, a mapping or an alias';
/**
 * What the library accepts but a policy must not hold: more than `MAX_NODES` items and entries
 * (counted without expanding aliases; then that one problem); plain `<<` keys, which YAML 1.1
 * readers merge and YAML 1.2 reads as a key — refused rather than read one of the two ways; and
 * list, mapping or alias keys, which plain data can only hold as some text made up of them.
 */
function nodeProblems(root) {
    let count = 0;
    const problems = [];
    const stack = [root];
    while (stack.length > 0) {
        const n = stack.pop();
        if (!(0,dist/* isMap */.jh)(n) && !(0,dist/* isSeq */.oP)(n))
            continue;
        for (const item of n.items) {
            const first = ((0,dist/* isPair */.tO)(item) ? item.key : item);
            if (++count > MAX_NODES)
                return [
                    {
                        node: first,
                        message: `YAML: more than ${MAX_NODES} list items and mapping entries are refused`,
                    },
                ];
            if ((0,dist/* isPair */.tO)(item)) {
                const key = item.key;
                if ((0,dist/* isScalar */.jn)(key) && key.type === 'PLAIN' && key.value === '<<')
                    problems.push({ node: key, message: MERGE_KEY_MESSAGE });
                else if ((0,dist/* isMap */.jh)(key) || (0,dist/* isSeq */.oP)(key) || (0,dist/* isAlias */.Vj)(key))
                    problems.push({ node: key, message: KEY_MESSAGE });
                stack.push(key, item.value);
            }
            else
                stack.push(item);
        }
    }
    return problems.sort((a, b) => (a.node?.range?.[0] ?? 0) - (b.node?.range?.[0] ?? 0));
}
function firstAlias(root) {
    const stack = [root];
    while (stack.length > 0) {
        const n = stack.pop();
        if ((0,dist/* isAlias */.Vj)(n))
            return n;
        if ((0,dist/* isMap */.jh)(n) || (0,dist/* isSeq */.oP)(n))
            for (const item of [...n.items].reverse())
                stack.push(item);
        else if ((0,dist/* isPair */.tO)(n))
            stack.push(n.value, n.key);
    }
    return undefined;
}
/** Maps paths in the parsed value back to positions in the file, through the library's document. */
class SourcePositions {
    doc;
    lineCounter;
    constructor(doc, lineCounter) {
        this.doc = doc;
        this.lineCounter = lineCounter;
    }
    /**
     * The position of the value at `path` (or of its key). When the path does not exist in full
     * (a missing key), the position of the deepest node that does.
     */
    at(path, anchor = 'value') {
        let node = this.doc.contents;
        let keyNode;
        let best = this.start(node) ?? START;
        for (const segment of path) {
            if ((0,dist/* isAlias */.Vj)(node))
                node = node.resolve(this.doc);
            let next;
            let nextKey;
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((p) => keyString(p.key) === String(segment));
                if (pair) {
                    next = pair.value;
                    nextKey = pair.key;
                }
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
                next = node.items[segment];
            }
            if (next === undefined && nextKey === undefined)
                return best;
            node = next;
            keyNode = nextKey;
            best = this.valueStart(node, keyNode) ?? best;
        }
        if (anchor === 'key' && keyNode)
            return this.start(keyNode) ?? best;
        return best;
    }
    /** Start of a value; an empty value (`match:` with nothing after it) points at its key. */
    valueStart(node, keyNode) {
        const empty = node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null && !node.source);
        if (empty && keyNode)
            return this.start(keyNode);
        return this.start(node) ?? (keyNode ? this.start(keyNode) : undefined);
    }
    start(node) {
        const range = node?.range;
        return range ? this.lineCounter.linePos(range[0]) : undefined;
    }
}
function keyString(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    return undefined;
}

;// CONCATENATED MODULE: ./policies/oauth-policy.schema.json
const oauth_policy_schema_namespaceObject = {};
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/policy/policy-validator.generated.ts
// Generated by scripts/gen-policy-validator.mjs from policies/oauth-policy.schema.json. Do not edit.
/* eslint-disable */
// @ts-nocheck

const helper = (m) => ({ default: typeof m === "function" ? m : m.default });
"use strict";
const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const policy_validator_generated = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "genesys-oauth-audit policy (version 1)", "description": "Policy for the OAuth clients of a Genesys Cloud organization. Reference: docs/policy.md.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "description": "Policy language version. Must be 1.", "const": 1 }, "settings": { "description": "Settings of the audit.", "type": "object", "additionalProperties": false, "properties": { "fail-on": { "description": "Lowest severity of a non-exempted finding that fails the run (`never`: findings never fail it). The `fail-on` input overrides it; default `high`.", "enum": ["critical", "high", "medium", "low", "info", "never"] }, "max-exemption-days": { "description": "An exemption may not expire more than this many days from today. Default 365.", "type": "integer", "minimum": 1, "maximum": 3650, "default": 365 }, "allow-empty-org": { "description": "When false, an org that returns zero clients is an incomplete audit (fail closed). Default false.", "type": "boolean", "default": false } } }, "checks": { "description": "Built-in checks, applied to every client: a severity, or `off`.", "type": "object", "additionalProperties": false, "properties": { "token-lifetime": { "description": "An access-token lifetime (`accessTokenValiditySeconds`, default 86400 when absent) above `max` (default 24h). Rules can set a tighter `max-token-lifetime`. Default severity `low`. A severity, `off`, or `{ severity: … , max: 24h }`.", "default": "low", "if": { "type": "object" }, "then": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/checkSeverity" }, "max": { "$ref": "#/definitions/duration", "description": "Longest access-token lifetime allowed: seconds, or a duration such as `12h`, `90m`, `2d`. Default 24h.", "default": "24h" } }, "minProperties": 1 }, "else": { "$ref": "#/definitions/checkSeverity" } }, "password-grant": { "description": "The client uses the resource owner password grant (`PASSWORD`); RFC 9700 §2.4: it must not be used. Default severity `critical`. A severity, `off`, or `{ severity: … }`.", "default": "critical", "if": { "type": "object" }, "then": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/checkSeverity" } }, "required": ["severity"] }, "else": { "$ref": "#/definitions/checkSeverity" } }, "implicit-grant": { "description": "The client uses the implicit grant (`TOKEN`); RFC 9700 §2.1.2. Genesys is retiring it: migrate to CODE with PKCE. Default severity `high`. A severity, `off`, or `{ severity: … }`.", "default": "high", "if": { "type": "object" }, "then": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/checkSeverity" } }, "required": ["severity"] }, "else": { "$ref": "#/definitions/checkSeverity" } }, "insecure-redirect-uri": { "description": "A redirect URI with `http` on a non-loopback host, a wildcard, a fragment, userinfo, or that cannot be parsed. Default severity `high`. A severity, `off`, or `{ severity: … }`.", "default": "high", "if": { "type": "object" }, "then": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/checkSeverity" } }, "required": ["severity"] }, "else": { "$ref": "#/definitions/checkSeverity" } }, "unknown-grant-type": { "description": "A grant type the tool does not know (a look-alike of a known one included), or none at all: such a client cannot be judged. Default severity `high`. A severity, `off`, or `{ severity: … }`.", "default": "high", "if": { "type": "object" }, "then": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/checkSeverity" } }, "required": ["severity"] }, "else": { "$ref": "#/definitions/checkSeverity" } }, "unmatched-client": { "description": "A client that no rule matched. Default severity `medium`. A severity, `off`, or `{ severity: … }`.", "default": "medium", "if": { "type": "object" }, "then": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/checkSeverity" } }, "required": ["severity"] }, "else": { "$ref": "#/definitions/checkSeverity" } }, "inactive-client": { "description": "A client in state `inactive` or `disabled`. Default severity `info`. A severity, `off`, or `{ severity: … }`.", "default": "info", "if": { "type": "object" }, "then": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/checkSeverity" } }, "required": ["severity"] }, "else": { "$ref": "#/definitions/checkSeverity" } }, "unknown-scope": { "description": "A granted scope absent from the org's scope catalogue. Default severity `low`. A severity, `off`, or `{ severity: … }`.", "default": "low", "if": { "type": "object" }, "then": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/checkSeverity" } }, "required": ["severity"] }, "else": { "$ref": "#/definitions/checkSeverity" } }, "expired-exemption": { "description": "An exemption past its `expires` date (it exempts nothing any more). Default severity `low`. A severity, `off`, or `{ severity: … }`.", "default": "low", "if": { "type": "object" }, "then": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/checkSeverity" } }, "required": ["severity"] }, "else": { "$ref": "#/definitions/checkSeverity" } }, "unused-exemption": { "description": "An exemption that exempted nothing in the run. Default severity `low`. A severity, `off`, or `{ severity: … }`.", "default": "low", "if": { "type": "object" }, "then": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/checkSeverity" } }, "required": ["severity"] }, "else": { "$ref": "#/definitions/checkSeverity" } } } }, "rules": { "description": "Rules: each applies to the clients it matches; a client may match several. A client that matches none gets `unmatched-client`.", "type": "array", "items": { "$ref": "#/definitions/rule" } }, "exemptions": { "description": "Exemptions: findings they cover stay in the reports but do not fail the run, until `expires`.", "type": "array", "items": { "$ref": "#/definitions/exemption" } } }, "definitions": { "severity": { "description": "Severity, highest first: critical, high, medium, low, info.", "enum": ["critical", "high", "medium", "low", "info"] }, "checkSeverity": { "description": "A severity, or `off` to disable the check.", "enum": ["critical", "high", "medium", "low", "info", "off"] }, "ruleId": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 100 }, "duration": { "description": "Seconds (an integer), or a duration: `30s`, `90m`, `1h`, `2d`, `1h30m`.", "if": { "type": "string" }, "then": { "pattern": "^(?=[0-9])([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$", "maxLength": 40 }, "else": { "type": "integer", "minimum": 1, "maximum": 315360000 } }, "stringOrList": { "if": { "type": "array" }, "then": { "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "else": { "type": "string", "minLength": 1 } }, "grantType": { "description": "A grant type as the API writes it (`_` for `-`, or no hyphen, accepted).", "type": "string", "pattern": "^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$", "examples": ["CODE", "TOKEN", "SAML2-BEARER", "PASSWORD", "CLIENT-CREDENTIALS"] }, "grantTypes": { "if": { "type": "array" }, "then": { "minItems": 1, "items": { "$ref": "#/definitions/grantType" } }, "else": { "$ref": "#/definitions/grantType" } }, "state": { "enum": ["active", "disabled", "inactive"] }, "states": { "if": { "type": "array" }, "then": { "minItems": 1, "items": { "$ref": "#/definitions/state" } }, "else": { "$ref": "#/definitions/state" } }, "match": { "description": "Which clients the rule applies to: every key must hold (AND); a list holds when any item does (OR). Absent: every client.", "type": "object", "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/stringOrList", "description": "Client name: a case-insensitive glob (`*`, `?`, `[...]`, `{a,b}`) or a regular expression `/.../` (optional `i` flag); a string or a list (any item may match)." }, "id": { "$ref": "#/definitions/stringOrList", "description": "Client ID: exact, case-insensitive; a string or a list." }, "description": { "$ref": "#/definitions/stringOrList", "description": "Client description: a case-insensitive glob or `/regex/`; a string or a list." }, "grant-types": { "$ref": "#/definitions/grantTypes", "description": "Grant type: CODE, TOKEN, SAML2-BEARER, PASSWORD, CLIENT-CREDENTIALS; a string or a list." }, "states": { "$ref": "#/definitions/states", "description": "Client state: active, disabled, inactive; a string or a list." } } }, "exclude": { "description": "Clients to leave out: a client that fits (every key holds) is not matched by the rule. Same keys as `match`.", "type": "object", "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/stringOrList", "description": "Client name: a case-insensitive glob (`*`, `?`, `[...]`, `{a,b}`) or a regular expression `/.../` (optional `i` flag); a string or a list (any item may match)." }, "id": { "$ref": "#/definitions/stringOrList", "description": "Client ID: exact, case-insensitive; a string or a list." }, "description": { "$ref": "#/definitions/stringOrList", "description": "Client description: a case-insensitive glob or `/regex/`; a string or a list." }, "grant-types": { "$ref": "#/definitions/grantTypes", "description": "Grant type: CODE, TOKEN, SAML2-BEARER, PASSWORD, CLIENT-CREDENTIALS; a string or a list." }, "states": { "$ref": "#/definitions/states", "description": "Client state: active, disabled, inactive; a string or a list." } } }, "rule": { "description": "A rule: which clients it matches and what it requires of them.", "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "$ref": "#/definitions/ruleId", "description": "Unique rule ID: lower case letters, digits and `-` (`[a-z0-9][a-z0-9-]*`). Used in findings and exemptions." }, "description": { "description": "What the rule is for (shown in reports).", "type": "string" }, "severity": { "$ref": "#/definitions/severity", "description": "Severity of this rule's findings. Default `high`.", "default": "high" }, "match": { "$ref": "#/definitions/match" }, "exclude": { "$ref": "#/definitions/exclude" }, "grant-types": { "description": "Allowed grant types: a matched client with another grant type gives `grant-type-not-allowed`.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/grantType" } }, "scopes": { "description": "Scope rules, judged for every grant type except CLIENT-CREDENTIALS (Genesys ignores scopes there). Scopes are `<domain>` or `<domain>:readonly`; a write scope includes its `:readonly` twin.", "type": "object", "additionalProperties": false, "properties": { "require": { "description": "Scopes every matched client must hold (exact names; holding `X` holds `X:readonly`). Else `missing-scope`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "allow": { "description": "Allowlist of scope globs; a granted scope outside it gives `scope-not-allowed`. Allowing `X` allows `X:readonly`; required scopes count as allowed.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "forbid": { "description": "Forbidden scope globs: `scope-forbidden`. Forbidding `X:readonly` forbids `X` too; forbidding `X` does not forbid `X:readonly`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "max": { "description": "More granted scopes than this gives `too-many-scopes`.", "type": "integer", "minimum": 0 } } }, "roles": { "description": "Role rules, judged for CLIENT-CREDENTIALS clients only. Patterns are case-insensitive globs on the role name, or an exact role ID.", "type": "object", "additionalProperties": false, "properties": { "require": { "description": "Roles every matched client must be granted. Else `missing-role`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "allow": { "description": "Allowlist of roles; a granted role outside it gives `role-not-allowed`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "forbid": { "description": "Forbidden roles: `role-forbidden`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "allow-all-divisions": { "description": "false: each role granted in all divisions (`*`) gives `all-divisions-role`. Default true (not checked).", "type": "boolean" }, "max": { "description": "More distinct roles than this gives `too-many-roles`.", "type": "integer", "minimum": 0 } } }, "redirect-uris": { "description": "Redirect URI rules: `allow-hosts`, `allow-schemes` or both. Every redirect URI must be `https`, `http` on a loopback host, or of a scheme in `allow-schemes` (else `redirect-scheme-not-allowed`).", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "allow-hosts": { "description": "Host globs (case-insensitive, no scheme, port or path) for `https` and `http` redirect URIs; a host not allowed gives `redirect-host-not-allowed`. Absent: any host.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "allow-schemes": { "description": "Schemes allowed besides `https` and `http` on loopback hosts, in lower case without `://` (`myapp`, `com.example.app`); a redirect URI of another scheme gives `redirect-scheme-not-allowed`. Hosts of these schemes are not judged, except for `http`.", "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9+.-]*$", "maxLength": 100 } } } }, "max-token-lifetime": { "$ref": "#/definitions/duration", "description": "Longest access-token lifetime allowed for matched clients: seconds or a duration (`90m`, `1h`, `2d`). Else `token-lifetime`." } } }, "exemption": { "description": "An exemption: applies to a finding when every field it names fits. `client`, `reason`, `owner` and `expires` are required.", "type": "object", "additionalProperties": false, "required": ["client", "reason", "owner", "expires"], "properties": { "client": { "description": "A client ID (exact, case-insensitive) or a case-insensitive glob on the client name.", "type": "string", "minLength": 1 }, "rule": { "$ref": "#/definitions/ruleId", "description": "Only findings of this rule (a rule ID) or of this built-in check (its check ID)." }, "check": { "description": "Only findings of this check.", "enum": ["missing-scope", "scope-not-allowed", "scope-forbidden", "too-many-scopes", "missing-role", "role-not-allowed", "role-forbidden", "too-many-roles", "all-divisions-role", "grant-type-not-allowed", "redirect-host-not-allowed", "redirect-scheme-not-allowed", "token-lifetime", "password-grant", "implicit-grant", "insecure-redirect-uri", "unknown-grant-type", "unmatched-client", "inactive-client", "unknown-scope", "expired-exemption", "unused-exemption"] }, "subject": { "description": "Only findings about this scope, role, redirect URI or grant type.", "type": "string", "minLength": 1 }, "reason": { "description": "Why the exemption is granted (shown in reports).", "type": "string", "pattern": "\\S" }, "owner": { "description": "Who is accountable for it (a team or an e-mail address).", "type": "string", "pattern": "\\S" }, "expires": { "description": "Last day the exemption applies (`YYYY-MM-DD`, inclusive, UTC). At most `max-exemption-days` from today.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" } } } } };
const schema12 = { "description": "A severity, or `off` to disable the check.", "enum": ["critical", "high", "medium", "low", "info", "off"] };
const schema13 = { "description": "Seconds (an integer), or a duration: `30s`, `90m`, `1h`, `2d`, `1h30m`.", "if": { "type": "string" }, "then": { "pattern": "^(?=[0-9])([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$", "maxLength": 40 }, "else": { "type": "integer", "minimum": 1, "maximum": 315360000 } };
const func2 = Object.prototype.hasOwnProperty;
const func3 = helper(ucs2length["default"]).default;
const pattern0 = new RegExp("^(?=[0-9])([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$", "u");
const schema33 = { "description": "A rule: which clients it matches and what it requires of them.", "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "$ref": "#/definitions/ruleId", "description": "Unique rule ID: lower case letters, digits and `-` (`[a-z0-9][a-z0-9-]*`). Used in findings and exemptions." }, "description": { "description": "What the rule is for (shown in reports).", "type": "string" }, "severity": { "$ref": "#/definitions/severity", "description": "Severity of this rule's findings. Default `high`.", "default": "high" }, "match": { "$ref": "#/definitions/match" }, "exclude": { "$ref": "#/definitions/exclude" }, "grant-types": { "description": "Allowed grant types: a matched client with another grant type gives `grant-type-not-allowed`.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/grantType" } }, "scopes": { "description": "Scope rules, judged for every grant type except CLIENT-CREDENTIALS (Genesys ignores scopes there). Scopes are `<domain>` or `<domain>:readonly`; a write scope includes its `:readonly` twin.", "type": "object", "additionalProperties": false, "properties": { "require": { "description": "Scopes every matched client must hold (exact names; holding `X` holds `X:readonly`). Else `missing-scope`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "allow": { "description": "Allowlist of scope globs; a granted scope outside it gives `scope-not-allowed`. Allowing `X` allows `X:readonly`; required scopes count as allowed.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "forbid": { "description": "Forbidden scope globs: `scope-forbidden`. Forbidding `X:readonly` forbids `X` too; forbidding `X` does not forbid `X:readonly`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "max": { "description": "More granted scopes than this gives `too-many-scopes`.", "type": "integer", "minimum": 0 } } }, "roles": { "description": "Role rules, judged for CLIENT-CREDENTIALS clients only. Patterns are case-insensitive globs on the role name, or an exact role ID.", "type": "object", "additionalProperties": false, "properties": { "require": { "description": "Roles every matched client must be granted. Else `missing-role`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "allow": { "description": "Allowlist of roles; a granted role outside it gives `role-not-allowed`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "forbid": { "description": "Forbidden roles: `role-forbidden`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "allow-all-divisions": { "description": "false: each role granted in all divisions (`*`) gives `all-divisions-role`. Default true (not checked).", "type": "boolean" }, "max": { "description": "More distinct roles than this gives `too-many-roles`.", "type": "integer", "minimum": 0 } } }, "redirect-uris": { "description": "Redirect URI rules: `allow-hosts`, `allow-schemes` or both. Every redirect URI must be `https`, `http` on a loopback host, or of a scheme in `allow-schemes` (else `redirect-scheme-not-allowed`).", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "allow-hosts": { "description": "Host globs (case-insensitive, no scheme, port or path) for `https` and `http` redirect URIs; a host not allowed gives `redirect-host-not-allowed`. Absent: any host.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "allow-schemes": { "description": "Schemes allowed besides `https` and `http` on loopback hosts, in lower case without `://` (`myapp`, `com.example.app`); a redirect URI of another scheme gives `redirect-scheme-not-allowed`. Hosts of these schemes are not judged, except for `http`.", "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9+.-]*$", "maxLength": 100 } } } }, "max-token-lifetime": { "$ref": "#/definitions/duration", "description": "Longest access-token lifetime allowed for matched clients: seconds or a duration (`90m`, `1h`, `2d`). Else `token-lifetime`." } } };
const schema34 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 100 };
const schema35 = { "description": "Severity, highest first: critical, high, medium, low, info.", "enum": ["critical", "high", "medium", "low", "info"] };
const schema41 = { "description": "A grant type as the API writes it (`_` for `-`, or no hyphen, accepted).", "type": "string", "pattern": "^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$", "examples": ["CODE", "TOKEN", "SAML2-BEARER", "PASSWORD", "CLIENT-CREDENTIALS"] };
const pattern1 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern2 = new RegExp("^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$", "u");
const pattern5 = new RegExp("^[a-z][a-z0-9+.-]*$", "u");
const schema36 = { "description": "Which clients the rule applies to: every key must hold (AND); a list holds when any item does (OR). Absent: every client.", "type": "object", "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/stringOrList", "description": "Client name: a case-insensitive glob (`*`, `?`, `[...]`, `{a,b}`) or a regular expression `/.../` (optional `i` flag); a string or a list (any item may match)." }, "id": { "$ref": "#/definitions/stringOrList", "description": "Client ID: exact, case-insensitive; a string or a list." }, "description": { "$ref": "#/definitions/stringOrList", "description": "Client description: a case-insensitive glob or `/regex/`; a string or a list." }, "grant-types": { "$ref": "#/definitions/grantTypes", "description": "Grant type: CODE, TOKEN, SAML2-BEARER, PASSWORD, CLIENT-CREDENTIALS; a string or a list." }, "states": { "$ref": "#/definitions/states", "description": "Client state: active, disabled, inactive; a string or a list." } } };
const schema37 = { "if": { "type": "array" }, "then": { "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "else": { "type": "string", "minLength": 1 } };
const schema40 = { "if": { "type": "array" }, "then": { "minItems": 1, "items": { "$ref": "#/definitions/grantType" } }, "else": { "$ref": "#/definitions/grantType" } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = true; const _errs1 = errors; if (!(Array.isArray(data))) {
    const err0 = {};
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} var _valid0 = _errs1 === errors; errors = _errs0; if (vErrors !== null) {
    if (_errs0) {
        vErrors.length = _errs0;
    }
    else {
        vErrors = null;
    }
} let ifClause0; if (_valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
        if (data.length < 1) {
            const err1 = { instancePath, schemaPath: "#/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema40.then, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            if (typeof data0 === "string") {
                if (!pattern2.test(data0)) {
                    const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/grantType/pattern", keyword: "pattern", params: { pattern: "^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$" }, message: "must match pattern \"" + "^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$" + "\"", schema: "^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$", parentSchema: schema41, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/grantType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
}
else {
    const _errs7 = errors;
    if (typeof data === "string") {
        if (!pattern2.test(data)) {
            const err4 = { instancePath, schemaPath: "#/definitions/grantType/pattern", keyword: "pattern", params: { pattern: "^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$" }, message: "must match pattern \"" + "^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$" + "\"", schema: "^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$", parentSchema: schema41, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    else {
        const err5 = { instancePath, schemaPath: "#/definitions/grantType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    var _valid0 = _errs7 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
} if (!valid0) {
    const err6 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema40.if, parentSchema: schema40, data };
    if (vErrors === null) {
        vErrors = [err6];
    }
    else {
        vErrors.push(err6);
    }
    errors++;
} validate13.errors = vErrors; return errors === 0; }
const schema43 = { "if": { "type": "array" }, "then": { "minItems": 1, "items": { "$ref": "#/definitions/state" } }, "else": { "$ref": "#/definitions/state" } };
const schema44 = { "enum": ["active", "disabled", "inactive"] };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = true; const _errs1 = errors; if (!(Array.isArray(data))) {
    const err0 = {};
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} var _valid0 = _errs1 === errors; errors = _errs0; if (vErrors !== null) {
    if (_errs0) {
        vErrors.length = _errs0;
    }
    else {
        vErrors = null;
    }
} let ifClause0; if (_valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
        if (data.length < 1) {
            const err1 = { instancePath, schemaPath: "#/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema43.then, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            if (!(((data0 === "active") || (data0 === "disabled")) || (data0 === "inactive"))) {
                const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/state/enum", keyword: "enum", params: { allowedValues: schema44.enum }, message: "must be equal to one of the allowed values", schema: schema44.enum, parentSchema: schema44, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
}
else {
    const _errs6 = errors;
    if (!(((data === "active") || (data === "disabled")) || (data === "inactive"))) {
        const err3 = { instancePath, schemaPath: "#/definitions/state/enum", keyword: "enum", params: { allowedValues: schema44.enum }, message: "must be equal to one of the allowed values", schema: schema44.enum, parentSchema: schema44, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
} if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema43.if, parentSchema: schema43, data };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
} validate15.errors = vErrors; return errors === 0; }
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(((((key0 === "name") || (key0 === "id")) || (key0 === "description")) || (key0 === "grant-types")) || (key0 === "states"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data0 = data.name;
        const _errs4 = errors;
        let valid2 = true;
        const _errs5 = errors;
        if (!(Array.isArray(data0))) {
            const err1 = {};
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        var _valid0 = _errs5 === errors;
        errors = _errs4;
        if (vErrors !== null) {
            if (_errs4) {
                vErrors.length = _errs4;
            }
            else {
                vErrors = null;
            }
        }
        let ifClause0;
        if (_valid0) {
            const _errs7 = errors;
            if (Array.isArray(data0)) {
                if (data0.length < 1) {
                    const err2 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/stringOrList/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.then, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (typeof data1 === "string") {
                        if (func3(data1) < 1) {
                            const err3 = { instancePath: instancePath + "/name/" + i0, schemaPath: "#/definitions/stringOrList/then/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.then.items, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err4 = { instancePath: instancePath + "/name/" + i0, schemaPath: "#/definitions/stringOrList/then/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.then.items.type, parentSchema: schema37.then.items, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
            }
            var _valid0 = _errs7 === errors;
            valid2 = _valid0;
            ifClause0 = "then";
        }
        else {
            const _errs10 = errors;
            if (typeof data0 === "string") {
                if (func3(data0) < 1) {
                    const err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/stringOrList/else/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.else, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/stringOrList/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.else.type, parentSchema: schema37.else, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            var _valid0 = _errs10 === errors;
            valid2 = _valid0;
            ifClause0 = "else";
        }
        if (!valid2) {
            const err7 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/stringOrList/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema37.if, parentSchema: schema37, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data2 = data.id;
        const _errs14 = errors;
        let valid6 = true;
        const _errs15 = errors;
        if (!(Array.isArray(data2))) {
            const err8 = {};
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        var _valid1 = _errs15 === errors;
        errors = _errs14;
        if (vErrors !== null) {
            if (_errs14) {
                vErrors.length = _errs14;
            }
            else {
                vErrors = null;
            }
        }
        let ifClause1;
        if (_valid1) {
            const _errs17 = errors;
            if (Array.isArray(data2)) {
                if (data2.length < 1) {
                    const err9 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/stringOrList/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.then, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                const len1 = data2.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data3 = data2[i1];
                    if (typeof data3 === "string") {
                        if (func3(data3) < 1) {
                            const err10 = { instancePath: instancePath + "/id/" + i1, schemaPath: "#/definitions/stringOrList/then/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.then.items, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err11 = { instancePath: instancePath + "/id/" + i1, schemaPath: "#/definitions/stringOrList/then/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.then.items.type, parentSchema: schema37.then.items, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
            }
            var _valid1 = _errs17 === errors;
            valid6 = _valid1;
            ifClause1 = "then";
        }
        else {
            const _errs20 = errors;
            if (typeof data2 === "string") {
                if (func3(data2) < 1) {
                    const err12 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/stringOrList/else/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.else, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/stringOrList/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.else.type, parentSchema: schema37.else, data: data2 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            var _valid1 = _errs20 === errors;
            valid6 = _valid1;
            ifClause1 = "else";
        }
        if (!valid6) {
            const err14 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/stringOrList/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: "must match \"" + ifClause1 + "\" schema", schema: schema37.if, parentSchema: schema37, data: data2 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data4 = data.description;
        const _errs24 = errors;
        let valid10 = true;
        const _errs25 = errors;
        if (!(Array.isArray(data4))) {
            const err15 = {};
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        var _valid2 = _errs25 === errors;
        errors = _errs24;
        if (vErrors !== null) {
            if (_errs24) {
                vErrors.length = _errs24;
            }
            else {
                vErrors = null;
            }
        }
        let ifClause2;
        if (_valid2) {
            const _errs27 = errors;
            if (Array.isArray(data4)) {
                if (data4.length < 1) {
                    const err16 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/stringOrList/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.then, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
                const len2 = data4.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data5 = data4[i2];
                    if (typeof data5 === "string") {
                        if (func3(data5) < 1) {
                            const err17 = { instancePath: instancePath + "/description/" + i2, schemaPath: "#/definitions/stringOrList/then/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.then.items, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err18 = { instancePath: instancePath + "/description/" + i2, schemaPath: "#/definitions/stringOrList/then/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.then.items.type, parentSchema: schema37.then.items, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
            }
            var _valid2 = _errs27 === errors;
            valid10 = _valid2;
            ifClause2 = "then";
        }
        else {
            const _errs30 = errors;
            if (typeof data4 === "string") {
                if (func3(data4) < 1) {
                    const err19 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/stringOrList/else/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.else, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
            }
            else {
                const err20 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/stringOrList/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.else.type, parentSchema: schema37.else, data: data4 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            var _valid2 = _errs30 === errors;
            valid10 = _valid2;
            ifClause2 = "else";
        }
        if (!valid10) {
            const err21 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/stringOrList/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: "must match \"" + ifClause2 + "\" schema", schema: schema37.if, parentSchema: schema37, data: data4 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data["grant-types"] !== undefined) {
        if (!(validate13(data["grant-types"], { instancePath: instancePath + "/grant-types", parentData: data, parentDataProperty: "grant-types", rootData }))) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
        }
    }
    if (data.states !== undefined) {
        if (!(validate15(data.states, { instancePath: instancePath + "/states", parentData: data, parentDataProperty: "states", rootData }))) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
        vErrors = [err22];
    }
    else {
        vErrors.push(err22);
    }
    errors++;
} validate12.errors = vErrors; return errors === 0; }
const schema46 = { "description": "Clients to leave out: a client that fits (every key holds) is not matched by the rule. Same keys as `match`.", "type": "object", "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/stringOrList", "description": "Client name: a case-insensitive glob (`*`, `?`, `[...]`, `{a,b}`) or a regular expression `/.../` (optional `i` flag); a string or a list (any item may match)." }, "id": { "$ref": "#/definitions/stringOrList", "description": "Client ID: exact, case-insensitive; a string or a list." }, "description": { "$ref": "#/definitions/stringOrList", "description": "Client description: a case-insensitive glob or `/regex/`; a string or a list." }, "grant-types": { "$ref": "#/definitions/grantTypes", "description": "Grant type: CODE, TOKEN, SAML2-BEARER, PASSWORD, CLIENT-CREDENTIALS; a string or a list." }, "states": { "$ref": "#/definitions/states", "description": "Client state: active, disabled, inactive; a string or a list." } } };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(((((key0 === "name") || (key0 === "id")) || (key0 === "description")) || (key0 === "grant-types")) || (key0 === "states"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data0 = data.name;
        const _errs4 = errors;
        let valid2 = true;
        const _errs5 = errors;
        if (!(Array.isArray(data0))) {
            const err1 = {};
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        var _valid0 = _errs5 === errors;
        errors = _errs4;
        if (vErrors !== null) {
            if (_errs4) {
                vErrors.length = _errs4;
            }
            else {
                vErrors = null;
            }
        }
        let ifClause0;
        if (_valid0) {
            const _errs7 = errors;
            if (Array.isArray(data0)) {
                if (data0.length < 1) {
                    const err2 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/stringOrList/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.then, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (typeof data1 === "string") {
                        if (func3(data1) < 1) {
                            const err3 = { instancePath: instancePath + "/name/" + i0, schemaPath: "#/definitions/stringOrList/then/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.then.items, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err4 = { instancePath: instancePath + "/name/" + i0, schemaPath: "#/definitions/stringOrList/then/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.then.items.type, parentSchema: schema37.then.items, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
            }
            var _valid0 = _errs7 === errors;
            valid2 = _valid0;
            ifClause0 = "then";
        }
        else {
            const _errs10 = errors;
            if (typeof data0 === "string") {
                if (func3(data0) < 1) {
                    const err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/stringOrList/else/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.else, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/stringOrList/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.else.type, parentSchema: schema37.else, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            var _valid0 = _errs10 === errors;
            valid2 = _valid0;
            ifClause0 = "else";
        }
        if (!valid2) {
            const err7 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/stringOrList/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema37.if, parentSchema: schema37, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data2 = data.id;
        const _errs14 = errors;
        let valid6 = true;
        const _errs15 = errors;
        if (!(Array.isArray(data2))) {
            const err8 = {};
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        var _valid1 = _errs15 === errors;
        errors = _errs14;
        if (vErrors !== null) {
            if (_errs14) {
                vErrors.length = _errs14;
            }
            else {
                vErrors = null;
            }
        }
        let ifClause1;
        if (_valid1) {
            const _errs17 = errors;
            if (Array.isArray(data2)) {
                if (data2.length < 1) {
                    const err9 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/stringOrList/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.then, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                const len1 = data2.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data3 = data2[i1];
                    if (typeof data3 === "string") {
                        if (func3(data3) < 1) {
                            const err10 = { instancePath: instancePath + "/id/" + i1, schemaPath: "#/definitions/stringOrList/then/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.then.items, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err11 = { instancePath: instancePath + "/id/" + i1, schemaPath: "#/definitions/stringOrList/then/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.then.items.type, parentSchema: schema37.then.items, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
            }
            var _valid1 = _errs17 === errors;
            valid6 = _valid1;
            ifClause1 = "then";
        }
        else {
            const _errs20 = errors;
            if (typeof data2 === "string") {
                if (func3(data2) < 1) {
                    const err12 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/stringOrList/else/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.else, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/stringOrList/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.else.type, parentSchema: schema37.else, data: data2 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            var _valid1 = _errs20 === errors;
            valid6 = _valid1;
            ifClause1 = "else";
        }
        if (!valid6) {
            const err14 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/stringOrList/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: "must match \"" + ifClause1 + "\" schema", schema: schema37.if, parentSchema: schema37, data: data2 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data4 = data.description;
        const _errs24 = errors;
        let valid10 = true;
        const _errs25 = errors;
        if (!(Array.isArray(data4))) {
            const err15 = {};
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        var _valid2 = _errs25 === errors;
        errors = _errs24;
        if (vErrors !== null) {
            if (_errs24) {
                vErrors.length = _errs24;
            }
            else {
                vErrors = null;
            }
        }
        let ifClause2;
        if (_valid2) {
            const _errs27 = errors;
            if (Array.isArray(data4)) {
                if (data4.length < 1) {
                    const err16 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/stringOrList/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.then, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
                const len2 = data4.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data5 = data4[i2];
                    if (typeof data5 === "string") {
                        if (func3(data5) < 1) {
                            const err17 = { instancePath: instancePath + "/description/" + i2, schemaPath: "#/definitions/stringOrList/then/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.then.items, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err18 = { instancePath: instancePath + "/description/" + i2, schemaPath: "#/definitions/stringOrList/then/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.then.items.type, parentSchema: schema37.then.items, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
            }
            var _valid2 = _errs27 === errors;
            valid10 = _valid2;
            ifClause2 = "then";
        }
        else {
            const _errs30 = errors;
            if (typeof data4 === "string") {
                if (func3(data4) < 1) {
                    const err19 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/stringOrList/else/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.else, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
            }
            else {
                const err20 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/stringOrList/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.else.type, parentSchema: schema37.else, data: data4 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            var _valid2 = _errs30 === errors;
            valid10 = _valid2;
            ifClause2 = "else";
        }
        if (!valid10) {
            const err21 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/stringOrList/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: "must match \"" + ifClause2 + "\" schema", schema: schema37.if, parentSchema: schema37, data: data4 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data["grant-types"] !== undefined) {
        if (!(validate13(data["grant-types"], { instancePath: instancePath + "/grant-types", parentData: data, parentDataProperty: "grant-types", rootData }))) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
        }
    }
    if (data.states !== undefined) {
        if (!(validate15(data.states, { instancePath: instancePath + "/states", parentData: data, parentDataProperty: "states", rootData }))) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
        vErrors = [err22];
    }
    else {
        vErrors.push(err22);
    }
    errors++;
} validate18.errors = vErrors; return errors === 0; }
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema33.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (func3(data0) > 100) {
                const err2 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema34, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (!pattern1.test(data0)) {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9-]*$" + "\"", schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema34, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data1 = data.description;
        if (typeof data1 !== "string") {
            const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.description.type, parentSchema: schema33.properties.description, data: data1 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.severity !== undefined) {
        let data2 = data.severity;
        if (!(((((data2 === "critical") || (data2 === "high")) || (data2 === "medium")) || (data2 === "low")) || (data2 === "info"))) {
            const err6 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values", schema: schema35.enum, parentSchema: schema35, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.match !== undefined) {
        if (!(validate12(data.match, { instancePath: instancePath + "/match", parentData: data, parentDataProperty: "match", rootData }))) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
        }
    }
    if (data.exclude !== undefined) {
        if (!(validate18(data.exclude, { instancePath: instancePath + "/exclude", parentData: data, parentDataProperty: "exclude", rootData }))) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
        }
    }
    if (data["grant-types"] !== undefined) {
        let data5 = data["grant-types"];
        if (Array.isArray(data5)) {
            if (data5.length < 1) {
                const err7 = { instancePath: instancePath + "/grant-types", schemaPath: "#/properties/grant-types/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties["grant-types"], data: data5 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data6 = data5[i0];
                if (typeof data6 === "string") {
                    if (!pattern2.test(data6)) {
                        const err8 = { instancePath: instancePath + "/grant-types/" + i0, schemaPath: "#/definitions/grantType/pattern", keyword: "pattern", params: { pattern: "^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$" }, message: "must match pattern \"" + "^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$" + "\"", schema: "^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$", parentSchema: schema41, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                else {
                    const err9 = { instancePath: instancePath + "/grant-types/" + i0, schemaPath: "#/definitions/grantType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/grant-types", schemaPath: "#/properties/grant-types/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties["grant-types"].type, parentSchema: schema33.properties["grant-types"], data: data5 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.scopes !== undefined) {
        let data7 = data.scopes;
        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key1 in data7) {
                if (!((((key1 === "require") || (key1 === "allow")) || (key1 === "forbid")) || (key1 === "max"))) {
                    const err11 = { instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.properties.scopes, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data7.require !== undefined) {
                let data8 = data7.require;
                if (Array.isArray(data8)) {
                    const len1 = data8.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data9 = data8[i1];
                        if (typeof data9 === "string") {
                            if (func3(data9) < 1) {
                                const err12 = { instancePath: instancePath + "/scopes/require/" + i1, schemaPath: "#/properties/scopes/properties/require/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.scopes.properties.require.items, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err13 = { instancePath: instancePath + "/scopes/require/" + i1, schemaPath: "#/properties/scopes/properties/require/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.scopes.properties.require.items.type, parentSchema: schema33.properties.scopes.properties.require.items, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err14 = { instancePath: instancePath + "/scopes/require", schemaPath: "#/properties/scopes/properties/require/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.scopes.properties.require.type, parentSchema: schema33.properties.scopes.properties.require, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            if (data7.allow !== undefined) {
                let data10 = data7.allow;
                if (Array.isArray(data10)) {
                    const len2 = data10.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data11 = data10[i2];
                        if (typeof data11 === "string") {
                            if (func3(data11) < 1) {
                                const err15 = { instancePath: instancePath + "/scopes/allow/" + i2, schemaPath: "#/properties/scopes/properties/allow/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.scopes.properties.allow.items, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err16 = { instancePath: instancePath + "/scopes/allow/" + i2, schemaPath: "#/properties/scopes/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.scopes.properties.allow.items.type, parentSchema: schema33.properties.scopes.properties.allow.items, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err17 = { instancePath: instancePath + "/scopes/allow", schemaPath: "#/properties/scopes/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.scopes.properties.allow.type, parentSchema: schema33.properties.scopes.properties.allow, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
            if (data7.forbid !== undefined) {
                let data12 = data7.forbid;
                if (Array.isArray(data12)) {
                    const len3 = data12.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data13 = data12[i3];
                        if (typeof data13 === "string") {
                            if (func3(data13) < 1) {
                                const err18 = { instancePath: instancePath + "/scopes/forbid/" + i3, schemaPath: "#/properties/scopes/properties/forbid/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.scopes.properties.forbid.items, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err19 = { instancePath: instancePath + "/scopes/forbid/" + i3, schemaPath: "#/properties/scopes/properties/forbid/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.scopes.properties.forbid.items.type, parentSchema: schema33.properties.scopes.properties.forbid.items, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err20 = { instancePath: instancePath + "/scopes/forbid", schemaPath: "#/properties/scopes/properties/forbid/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.scopes.properties.forbid.type, parentSchema: schema33.properties.scopes.properties.forbid, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            if (data7.max !== undefined) {
                let data14 = data7.max;
                if (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) {
                    const err21 = { instancePath: instancePath + "/scopes/max", schemaPath: "#/properties/scopes/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.properties.scopes.properties.max.type, parentSchema: schema33.properties.scopes.properties.max, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
                if ((typeof data14 == "number") && (isFinite(data14))) {
                    if (data14 < 0 || isNaN(data14)) {
                        const err22 = { instancePath: instancePath + "/scopes/max", schemaPath: "#/properties/scopes/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema33.properties.scopes.properties.max, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err23 = { instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.scopes.type, parentSchema: schema33.properties.scopes, data: data7 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
    }
    if (data.roles !== undefined) {
        let data15 = data.roles;
        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key2 in data15) {
                if (!(((((key2 === "require") || (key2 === "allow")) || (key2 === "forbid")) || (key2 === "allow-all-divisions")) || (key2 === "max"))) {
                    const err24 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.properties.roles, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
            if (data15.require !== undefined) {
                let data16 = data15.require;
                if (Array.isArray(data16)) {
                    const len4 = data16.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data17 = data16[i4];
                        if (typeof data17 === "string") {
                            if (func3(data17) < 1) {
                                const err25 = { instancePath: instancePath + "/roles/require/" + i4, schemaPath: "#/properties/roles/properties/require/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.roles.properties.require.items, data: data17 };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err26 = { instancePath: instancePath + "/roles/require/" + i4, schemaPath: "#/properties/roles/properties/require/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.roles.properties.require.items.type, parentSchema: schema33.properties.roles.properties.require.items, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err27 = { instancePath: instancePath + "/roles/require", schemaPath: "#/properties/roles/properties/require/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.roles.properties.require.type, parentSchema: schema33.properties.roles.properties.require, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
            }
            if (data15.allow !== undefined) {
                let data18 = data15.allow;
                if (Array.isArray(data18)) {
                    const len5 = data18.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                        let data19 = data18[i5];
                        if (typeof data19 === "string") {
                            if (func3(data19) < 1) {
                                const err28 = { instancePath: instancePath + "/roles/allow/" + i5, schemaPath: "#/properties/roles/properties/allow/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.roles.properties.allow.items, data: data19 };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err29 = { instancePath: instancePath + "/roles/allow/" + i5, schemaPath: "#/properties/roles/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.roles.properties.allow.items.type, parentSchema: schema33.properties.roles.properties.allow.items, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err30 = { instancePath: instancePath + "/roles/allow", schemaPath: "#/properties/roles/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.roles.properties.allow.type, parentSchema: schema33.properties.roles.properties.allow, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
            if (data15.forbid !== undefined) {
                let data20 = data15.forbid;
                if (Array.isArray(data20)) {
                    const len6 = data20.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                        let data21 = data20[i6];
                        if (typeof data21 === "string") {
                            if (func3(data21) < 1) {
                                const err31 = { instancePath: instancePath + "/roles/forbid/" + i6, schemaPath: "#/properties/roles/properties/forbid/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.roles.properties.forbid.items, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err32 = { instancePath: instancePath + "/roles/forbid/" + i6, schemaPath: "#/properties/roles/properties/forbid/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.roles.properties.forbid.items.type, parentSchema: schema33.properties.roles.properties.forbid.items, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err33 = { instancePath: instancePath + "/roles/forbid", schemaPath: "#/properties/roles/properties/forbid/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.roles.properties.forbid.type, parentSchema: schema33.properties.roles.properties.forbid, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
            }
            if (data15["allow-all-divisions"] !== undefined) {
                let data22 = data15["allow-all-divisions"];
                if (typeof data22 !== "boolean") {
                    const err34 = { instancePath: instancePath + "/roles/allow-all-divisions", schemaPath: "#/properties/roles/properties/allow-all-divisions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema33.properties.roles.properties["allow-all-divisions"].type, parentSchema: schema33.properties.roles.properties["allow-all-divisions"], data: data22 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
            if (data15.max !== undefined) {
                let data23 = data15.max;
                if (!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) {
                    const err35 = { instancePath: instancePath + "/roles/max", schemaPath: "#/properties/roles/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.properties.roles.properties.max.type, parentSchema: schema33.properties.roles.properties.max, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
                if ((typeof data23 == "number") && (isFinite(data23))) {
                    if (data23 < 0 || isNaN(data23)) {
                        const err36 = { instancePath: instancePath + "/roles/max", schemaPath: "#/properties/roles/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema33.properties.roles.properties.max, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err37 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.roles.type, parentSchema: schema33.properties.roles, data: data15 };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
    if (data["redirect-uris"] !== undefined) {
        let data24 = data["redirect-uris"];
        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (Object.keys(data24).length < 1) {
                const err38 = { instancePath: instancePath + "/redirect-uris", schemaPath: "#/properties/redirect-uris/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema33.properties["redirect-uris"], data: data24 };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
            for (const key3 in data24) {
                if (!((key3 === "allow-hosts") || (key3 === "allow-schemes"))) {
                    const err39 = { instancePath: instancePath + "/redirect-uris", schemaPath: "#/properties/redirect-uris/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.properties["redirect-uris"], data: data24 };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
            if (data24["allow-hosts"] !== undefined) {
                let data25 = data24["allow-hosts"];
                if (Array.isArray(data25)) {
                    const len7 = data25.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                        let data26 = data25[i7];
                        if (typeof data26 === "string") {
                            if (func3(data26) < 1) {
                                const err40 = { instancePath: instancePath + "/redirect-uris/allow-hosts/" + i7, schemaPath: "#/properties/redirect-uris/properties/allow-hosts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties["redirect-uris"].properties["allow-hosts"].items, data: data26 };
                                if (vErrors === null) {
                                    vErrors = [err40];
                                }
                                else {
                                    vErrors.push(err40);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err41 = { instancePath: instancePath + "/redirect-uris/allow-hosts/" + i7, schemaPath: "#/properties/redirect-uris/properties/allow-hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties["redirect-uris"].properties["allow-hosts"].items.type, parentSchema: schema33.properties["redirect-uris"].properties["allow-hosts"].items, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err42 = { instancePath: instancePath + "/redirect-uris/allow-hosts", schemaPath: "#/properties/redirect-uris/properties/allow-hosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties["redirect-uris"].properties["allow-hosts"].type, parentSchema: schema33.properties["redirect-uris"].properties["allow-hosts"], data: data25 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
            if (data24["allow-schemes"] !== undefined) {
                let data27 = data24["allow-schemes"];
                if (Array.isArray(data27)) {
                    const len8 = data27.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                        let data28 = data27[i8];
                        if (typeof data28 === "string") {
                            if (func3(data28) > 100) {
                                const err43 = { instancePath: instancePath + "/redirect-uris/allow-schemes/" + i8, schemaPath: "#/properties/redirect-uris/properties/allow-schemes/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema33.properties["redirect-uris"].properties["allow-schemes"].items, data: data28 };
                                if (vErrors === null) {
                                    vErrors = [err43];
                                }
                                else {
                                    vErrors.push(err43);
                                }
                                errors++;
                            }
                            if (!pattern5.test(data28)) {
                                const err44 = { instancePath: instancePath + "/redirect-uris/allow-schemes/" + i8, schemaPath: "#/properties/redirect-uris/properties/allow-schemes/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9+.-]*$" }, message: "must match pattern \"" + "^[a-z][a-z0-9+.-]*$" + "\"", schema: "^[a-z][a-z0-9+.-]*$", parentSchema: schema33.properties["redirect-uris"].properties["allow-schemes"].items, data: data28 };
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err45 = { instancePath: instancePath + "/redirect-uris/allow-schemes/" + i8, schemaPath: "#/properties/redirect-uris/properties/allow-schemes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties["redirect-uris"].properties["allow-schemes"].items.type, parentSchema: schema33.properties["redirect-uris"].properties["allow-schemes"].items, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err46 = { instancePath: instancePath + "/redirect-uris/allow-schemes", schemaPath: "#/properties/redirect-uris/properties/allow-schemes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties["redirect-uris"].properties["allow-schemes"].type, parentSchema: schema33.properties["redirect-uris"].properties["allow-schemes"], data: data27 };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
            }
        }
        else {
            const err47 = { instancePath: instancePath + "/redirect-uris", schemaPath: "#/properties/redirect-uris/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties["redirect-uris"].type, parentSchema: schema33.properties["redirect-uris"], data: data24 };
            if (vErrors === null) {
                vErrors = [err47];
            }
            else {
                vErrors.push(err47);
            }
            errors++;
        }
    }
    if (data["max-token-lifetime"] !== undefined) {
        let data29 = data["max-token-lifetime"];
        const _errs65 = errors;
        let valid26 = true;
        const _errs66 = errors;
        if (typeof data29 !== "string") {
            const err48 = {};
            if (vErrors === null) {
                vErrors = [err48];
            }
            else {
                vErrors.push(err48);
            }
            errors++;
        }
        var _valid0 = _errs66 === errors;
        errors = _errs65;
        if (vErrors !== null) {
            if (_errs65) {
                vErrors.length = _errs65;
            }
            else {
                vErrors = null;
            }
        }
        let ifClause0;
        if (_valid0) {
            const _errs68 = errors;
            if (typeof data29 === "string") {
                if (func3(data29) > 40) {
                    const err49 = { instancePath: instancePath + "/max-token-lifetime", schemaPath: "#/definitions/duration/then/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema13.then, data: data29 };
                    if (vErrors === null) {
                        vErrors = [err49];
                    }
                    else {
                        vErrors.push(err49);
                    }
                    errors++;
                }
                if (!pattern0.test(data29)) {
                    const err50 = { instancePath: instancePath + "/max-token-lifetime", schemaPath: "#/definitions/duration/then/pattern", keyword: "pattern", params: { pattern: "^(?=[0-9])([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$" }, message: "must match pattern \"" + "^(?=[0-9])([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$" + "\"", schema: "^(?=[0-9])([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$", parentSchema: schema13.then, data: data29 };
                    if (vErrors === null) {
                        vErrors = [err50];
                    }
                    else {
                        vErrors.push(err50);
                    }
                    errors++;
                }
            }
            var _valid0 = _errs68 === errors;
            valid26 = _valid0;
            ifClause0 = "then";
        }
        else {
            const _errs69 = errors;
            if (!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))) {
                const err51 = { instancePath: instancePath + "/max-token-lifetime", schemaPath: "#/definitions/duration/else/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.else.type, parentSchema: schema13.else, data: data29 };
                if (vErrors === null) {
                    vErrors = [err51];
                }
                else {
                    vErrors.push(err51);
                }
                errors++;
            }
            if ((typeof data29 == "number") && (isFinite(data29))) {
                if (data29 > 315360000 || isNaN(data29)) {
                    const err52 = { instancePath: instancePath + "/max-token-lifetime", schemaPath: "#/definitions/duration/else/maximum", keyword: "maximum", params: { comparison: "<=", limit: 315360000 }, message: "must be <= 315360000", schema: 315360000, parentSchema: schema13.else, data: data29 };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
                if (data29 < 1 || isNaN(data29)) {
                    const err53 = { instancePath: instancePath + "/max-token-lifetime", schemaPath: "#/definitions/duration/else/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.else, data: data29 };
                    if (vErrors === null) {
                        vErrors = [err53];
                    }
                    else {
                        vErrors.push(err53);
                    }
                    errors++;
                }
            }
            var _valid0 = _errs69 === errors;
            valid26 = _valid0;
            ifClause0 = "else";
        }
        if (!valid26) {
            const err54 = { instancePath: instancePath + "/max-token-lifetime", schemaPath: "#/definitions/duration/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema13.if, parentSchema: schema13, data: data29 };
            if (vErrors === null) {
                vErrors = [err54];
            }
            else {
                vErrors.push(err54);
            }
            errors++;
        }
    }
}
else {
    const err55 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
        vErrors = [err55];
    }
    else {
        vErrors.push(err55);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
const schema52 = { "description": "An exemption: applies to a finding when every field it names fits. `client`, `reason`, `owner` and `expires` are required.", "type": "object", "additionalProperties": false, "required": ["client", "reason", "owner", "expires"], "properties": { "client": { "description": "A client ID (exact, case-insensitive) or a case-insensitive glob on the client name.", "type": "string", "minLength": 1 }, "rule": { "$ref": "#/definitions/ruleId", "description": "Only findings of this rule (a rule ID) or of this built-in check (its check ID)." }, "check": { "description": "Only findings of this check.", "enum": ["missing-scope", "scope-not-allowed", "scope-forbidden", "too-many-scopes", "missing-role", "role-not-allowed", "role-forbidden", "too-many-roles", "all-divisions-role", "grant-type-not-allowed", "redirect-host-not-allowed", "redirect-scheme-not-allowed", "token-lifetime", "password-grant", "implicit-grant", "insecure-redirect-uri", "unknown-grant-type", "unmatched-client", "inactive-client", "unknown-scope", "expired-exemption", "unused-exemption"] }, "subject": { "description": "Only findings about this scope, role, redirect URI or grant type.", "type": "string", "minLength": 1 }, "reason": { "description": "Why the exemption is granted (shown in reports).", "type": "string", "pattern": "\\S" }, "owner": { "description": "Who is accountable for it (a team or an e-mail address).", "type": "string", "pattern": "\\S" }, "expires": { "description": "Last day the exemption applies (`YYYY-MM-DD`, inclusive, UTC). At most `max-exemption-days` from today.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" } } };
const pattern8 = new RegExp("\\S", "u");
const pattern10 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.client === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "client" }, message: "must have required property '" + "client" + "'", schema: schema52.required, parentSchema: schema52, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.reason === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: schema52.required, parentSchema: schema52, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.owner === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property '" + "owner" + "'", schema: schema52.required, parentSchema: schema52, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.expires === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property '" + "expires" + "'", schema: schema52.required, parentSchema: schema52, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((((key0 === "client") || (key0 === "rule")) || (key0 === "check")) || (key0 === "subject")) || (key0 === "reason")) || (key0 === "owner")) || (key0 === "expires"))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.client !== undefined) {
        let data0 = data.client;
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err5 = { instancePath: instancePath + "/client", schemaPath: "#/properties/client/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.client, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/client", schemaPath: "#/properties/client/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.client.type, parentSchema: schema52.properties.client, data: data0 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.rule !== undefined) {
        let data1 = data.rule;
        if (typeof data1 === "string") {
            if (func3(data1) > 100) {
                const err7 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema34, data: data1 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (!pattern1.test(data1)) {
                const err8 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9-]*$" + "\"", schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema34, data: data1 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.check !== undefined) {
        let data2 = data.check;
        if (!((((((((((((((((((((((data2 === "missing-scope") || (data2 === "scope-not-allowed")) || (data2 === "scope-forbidden")) || (data2 === "too-many-scopes")) || (data2 === "missing-role")) || (data2 === "role-not-allowed")) || (data2 === "role-forbidden")) || (data2 === "too-many-roles")) || (data2 === "all-divisions-role")) || (data2 === "grant-type-not-allowed")) || (data2 === "redirect-host-not-allowed")) || (data2 === "redirect-scheme-not-allowed")) || (data2 === "token-lifetime")) || (data2 === "password-grant")) || (data2 === "implicit-grant")) || (data2 === "insecure-redirect-uri")) || (data2 === "unknown-grant-type")) || (data2 === "unmatched-client")) || (data2 === "inactive-client")) || (data2 === "unknown-scope")) || (data2 === "expired-exemption")) || (data2 === "unused-exemption"))) {
            const err10 = { instancePath: instancePath + "/check", schemaPath: "#/properties/check/enum", keyword: "enum", params: { allowedValues: schema52.properties.check.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.check.enum, parentSchema: schema52.properties.check, data: data2 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.subject !== undefined) {
        let data3 = data.subject;
        if (typeof data3 === "string") {
            if (func3(data3) < 1) {
                const err11 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.subject, data: data3 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.subject.type, parentSchema: schema52.properties.subject, data: data3 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.reason !== undefined) {
        let data4 = data.reason;
        if (typeof data4 === "string") {
            if (!pattern8.test(data4)) {
                const err13 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", schema: "\\S", parentSchema: schema52.properties.reason, data: data4 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        else {
            const err14 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.reason.type, parentSchema: schema52.properties.reason, data: data4 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.owner !== undefined) {
        let data5 = data.owner;
        if (typeof data5 === "string") {
            if (!pattern8.test(data5)) {
                const err15 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", schema: "\\S", parentSchema: schema52.properties.owner, data: data5 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.owner.type, parentSchema: schema52.properties.owner, data: data5 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.expires !== undefined) {
        let data6 = data.expires;
        if (typeof data6 === "string") {
            if (!pattern10.test(data6)) {
                const err17 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" + "\"", schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema52.properties.expires, data: data6 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.expires.type, parentSchema: schema52.properties.expires, data: data6 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
}
else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
        vErrors = [err19];
    }
    else {
        vErrors.push(err19);
    }
    errors++;
} validate23.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((key0 === "version") || (key0 === "settings")) || (key0 === "checks")) || (key0 === "rules")) || (key0 === "exemptions"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data0 = data.version;
        if (1 !== data0) {
            const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.settings !== undefined) {
        let data1 = data.settings;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
                if (!(((key1 === "fail-on") || (key1 === "max-exemption-days")) || (key1 === "allow-empty-org"))) {
                    const err3 = { instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.settings, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data1["fail-on"] !== undefined) {
                let data2 = data1["fail-on"];
                if (!((((((data2 === "critical") || (data2 === "high")) || (data2 === "medium")) || (data2 === "low")) || (data2 === "info")) || (data2 === "never"))) {
                    const err4 = { instancePath: instancePath + "/settings/fail-on", schemaPath: "#/properties/settings/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties.settings.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.settings.properties["fail-on"].enum, parentSchema: schema11.properties.settings.properties["fail-on"], data: data2 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            if (data1["max-exemption-days"] !== undefined) {
                let data3 = data1["max-exemption-days"];
                if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
                    const err5 = { instancePath: instancePath + "/settings/max-exemption-days", schemaPath: "#/properties/settings/properties/max-exemption-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.settings.properties["max-exemption-days"].type, parentSchema: schema11.properties.settings.properties["max-exemption-days"], data: data3 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if ((typeof data3 == "number") && (isFinite(data3))) {
                    if (data3 > 3650 || isNaN(data3)) {
                        const err6 = { instancePath: instancePath + "/settings/max-exemption-days", schemaPath: "#/properties/settings/properties/max-exemption-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema11.properties.settings.properties["max-exemption-days"], data: data3 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    if (data3 < 1 || isNaN(data3)) {
                        const err7 = { instancePath: instancePath + "/settings/max-exemption-days", schemaPath: "#/properties/settings/properties/max-exemption-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.settings.properties["max-exemption-days"], data: data3 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
            }
            if (data1["allow-empty-org"] !== undefined) {
                let data4 = data1["allow-empty-org"];
                if (typeof data4 !== "boolean") {
                    const err8 = { instancePath: instancePath + "/settings/allow-empty-org", schemaPath: "#/properties/settings/properties/allow-empty-org/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.settings.properties["allow-empty-org"].type, parentSchema: schema11.properties.settings.properties["allow-empty-org"], data: data4 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.settings.type, parentSchema: schema11.properties.settings, data: data1 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.checks !== undefined) {
        let data5 = data.checks;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
                if (!(func2.call(schema11.properties.checks.properties, key2))) {
                    const err10 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data5["token-lifetime"] !== undefined) {
                let data6 = data5["token-lifetime"];
                const _errs15 = errors;
                let valid3 = true;
                const _errs16 = errors;
                if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                    const err11 = {};
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
                var _valid0 = _errs16 === errors;
                errors = _errs15;
                if (vErrors !== null) {
                    if (_errs15) {
                        vErrors.length = _errs15;
                    }
                    else {
                        vErrors = null;
                    }
                }
                let ifClause0;
                if (_valid0) {
                    const _errs18 = errors;
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        if (Object.keys(data6).length < 1) {
                            const err12 = { instancePath: instancePath + "/checks/token-lifetime", schemaPath: "#/properties/checks/properties/token-lifetime/then/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.checks.properties["token-lifetime"].then, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                        for (const key3 in data6) {
                            if (!((key3 === "severity") || (key3 === "max"))) {
                                const err13 = { instancePath: instancePath + "/checks/token-lifetime", schemaPath: "#/properties/checks/properties/token-lifetime/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["token-lifetime"].then, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        if (data6.severity !== undefined) {
                            let data7 = data6.severity;
                            if (!((((((data7 === "critical") || (data7 === "high")) || (data7 === "medium")) || (data7 === "low")) || (data7 === "info")) || (data7 === "off"))) {
                                const err14 = { instancePath: instancePath + "/checks/token-lifetime/severity", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        if (data6.max !== undefined) {
                            let data8 = data6.max;
                            const _errs25 = errors;
                            let valid7 = true;
                            const _errs26 = errors;
                            if (typeof data8 !== "string") {
                                const err15 = {};
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                            var _valid1 = _errs26 === errors;
                            errors = _errs25;
                            if (vErrors !== null) {
                                if (_errs25) {
                                    vErrors.length = _errs25;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                            let ifClause1;
                            if (_valid1) {
                                const _errs28 = errors;
                                if (typeof data8 === "string") {
                                    if (func3(data8) > 40) {
                                        const err16 = { instancePath: instancePath + "/checks/token-lifetime/max", schemaPath: "#/definitions/duration/then/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema13.then, data: data8 };
                                        if (vErrors === null) {
                                            vErrors = [err16];
                                        }
                                        else {
                                            vErrors.push(err16);
                                        }
                                        errors++;
                                    }
                                    if (!pattern0.test(data8)) {
                                        const err17 = { instancePath: instancePath + "/checks/token-lifetime/max", schemaPath: "#/definitions/duration/then/pattern", keyword: "pattern", params: { pattern: "^(?=[0-9])([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$" }, message: "must match pattern \"" + "^(?=[0-9])([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$" + "\"", schema: "^(?=[0-9])([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$", parentSchema: schema13.then, data: data8 };
                                        if (vErrors === null) {
                                            vErrors = [err17];
                                        }
                                        else {
                                            vErrors.push(err17);
                                        }
                                        errors++;
                                    }
                                }
                                var _valid1 = _errs28 === errors;
                                valid7 = _valid1;
                                ifClause1 = "then";
                            }
                            else {
                                const _errs29 = errors;
                                if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
                                    const err18 = { instancePath: instancePath + "/checks/token-lifetime/max", schemaPath: "#/definitions/duration/else/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.else.type, parentSchema: schema13.else, data: data8 };
                                    if (vErrors === null) {
                                        vErrors = [err18];
                                    }
                                    else {
                                        vErrors.push(err18);
                                    }
                                    errors++;
                                }
                                if ((typeof data8 == "number") && (isFinite(data8))) {
                                    if (data8 > 315360000 || isNaN(data8)) {
                                        const err19 = { instancePath: instancePath + "/checks/token-lifetime/max", schemaPath: "#/definitions/duration/else/maximum", keyword: "maximum", params: { comparison: "<=", limit: 315360000 }, message: "must be <= 315360000", schema: 315360000, parentSchema: schema13.else, data: data8 };
                                        if (vErrors === null) {
                                            vErrors = [err19];
                                        }
                                        else {
                                            vErrors.push(err19);
                                        }
                                        errors++;
                                    }
                                    if (data8 < 1 || isNaN(data8)) {
                                        const err20 = { instancePath: instancePath + "/checks/token-lifetime/max", schemaPath: "#/definitions/duration/else/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.else, data: data8 };
                                        if (vErrors === null) {
                                            vErrors = [err20];
                                        }
                                        else {
                                            vErrors.push(err20);
                                        }
                                        errors++;
                                    }
                                }
                                var _valid1 = _errs29 === errors;
                                valid7 = _valid1;
                                ifClause1 = "else";
                            }
                            if (!valid7) {
                                const err21 = { instancePath: instancePath + "/checks/token-lifetime/max", schemaPath: "#/definitions/duration/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: "must match \"" + ifClause1 + "\" schema", schema: schema13.if, parentSchema: schema13, data: data8 };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err22 = { instancePath: instancePath + "/checks/token-lifetime", schemaPath: "#/properties/checks/properties/token-lifetime/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["token-lifetime"].then.type, parentSchema: schema11.properties.checks.properties["token-lifetime"].then, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                    var _valid0 = _errs18 === errors;
                    valid3 = _valid0;
                    ifClause0 = "then";
                }
                else {
                    const _errs31 = errors;
                    if (!((((((data6 === "critical") || (data6 === "high")) || (data6 === "medium")) || (data6 === "low")) || (data6 === "info")) || (data6 === "off"))) {
                        const err23 = { instancePath: instancePath + "/checks/token-lifetime", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                    var _valid0 = _errs31 === errors;
                    valid3 = _valid0;
                    ifClause0 = "else";
                }
                if (!valid3) {
                    const err24 = { instancePath: instancePath + "/checks/token-lifetime", schemaPath: "#/properties/checks/properties/token-lifetime/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema11.properties.checks.properties["token-lifetime"].if, parentSchema: schema11.properties.checks.properties["token-lifetime"], data: data6 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
            if (data5["password-grant"] !== undefined) {
                let data9 = data5["password-grant"];
                const _errs34 = errors;
                let valid9 = true;
                const _errs35 = errors;
                if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
                    const err25 = {};
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                var _valid2 = _errs35 === errors;
                errors = _errs34;
                if (vErrors !== null) {
                    if (_errs34) {
                        vErrors.length = _errs34;
                    }
                    else {
                        vErrors = null;
                    }
                }
                let ifClause2;
                if (_valid2) {
                    const _errs37 = errors;
                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                        if (data9.severity === undefined) {
                            const err26 = { instancePath: instancePath + "/checks/password-grant", schemaPath: "#/properties/checks/properties/password-grant/then/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema11.properties.checks.properties["password-grant"].then.required, parentSchema: schema11.properties.checks.properties["password-grant"].then, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                        for (const key4 in data9) {
                            if (!(key4 === "severity")) {
                                const err27 = { instancePath: instancePath + "/checks/password-grant", schemaPath: "#/properties/checks/properties/password-grant/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["password-grant"].then, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                        if (data9.severity !== undefined) {
                            let data10 = data9.severity;
                            if (!((((((data10 === "critical") || (data10 === "high")) || (data10 === "medium")) || (data10 === "low")) || (data10 === "info")) || (data10 === "off"))) {
                                const err28 = { instancePath: instancePath + "/checks/password-grant/severity", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err29 = { instancePath: instancePath + "/checks/password-grant", schemaPath: "#/properties/checks/properties/password-grant/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["password-grant"].then.type, parentSchema: schema11.properties.checks.properties["password-grant"].then, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    var _valid2 = _errs37 === errors;
                    valid9 = _valid2;
                    ifClause2 = "then";
                }
                else {
                    const _errs42 = errors;
                    if (!((((((data9 === "critical") || (data9 === "high")) || (data9 === "medium")) || (data9 === "low")) || (data9 === "info")) || (data9 === "off"))) {
                        const err30 = { instancePath: instancePath + "/checks/password-grant", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                    var _valid2 = _errs42 === errors;
                    valid9 = _valid2;
                    ifClause2 = "else";
                }
                if (!valid9) {
                    const err31 = { instancePath: instancePath + "/checks/password-grant", schemaPath: "#/properties/checks/properties/password-grant/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: "must match \"" + ifClause2 + "\" schema", schema: schema11.properties.checks.properties["password-grant"].if, parentSchema: schema11.properties.checks.properties["password-grant"], data: data9 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
            if (data5["implicit-grant"] !== undefined) {
                let data11 = data5["implicit-grant"];
                const _errs45 = errors;
                let valid13 = true;
                const _errs46 = errors;
                if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
                    const err32 = {};
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
                var _valid3 = _errs46 === errors;
                errors = _errs45;
                if (vErrors !== null) {
                    if (_errs45) {
                        vErrors.length = _errs45;
                    }
                    else {
                        vErrors = null;
                    }
                }
                let ifClause3;
                if (_valid3) {
                    const _errs48 = errors;
                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                        if (data11.severity === undefined) {
                            const err33 = { instancePath: instancePath + "/checks/implicit-grant", schemaPath: "#/properties/checks/properties/implicit-grant/then/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema11.properties.checks.properties["implicit-grant"].then.required, parentSchema: schema11.properties.checks.properties["implicit-grant"].then, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                        for (const key5 in data11) {
                            if (!(key5 === "severity")) {
                                const err34 = { instancePath: instancePath + "/checks/implicit-grant", schemaPath: "#/properties/checks/properties/implicit-grant/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["implicit-grant"].then, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        if (data11.severity !== undefined) {
                            let data12 = data11.severity;
                            if (!((((((data12 === "critical") || (data12 === "high")) || (data12 === "medium")) || (data12 === "low")) || (data12 === "info")) || (data12 === "off"))) {
                                const err35 = { instancePath: instancePath + "/checks/implicit-grant/severity", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data12 };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err36 = { instancePath: instancePath + "/checks/implicit-grant", schemaPath: "#/properties/checks/properties/implicit-grant/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["implicit-grant"].then.type, parentSchema: schema11.properties.checks.properties["implicit-grant"].then, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                    var _valid3 = _errs48 === errors;
                    valid13 = _valid3;
                    ifClause3 = "then";
                }
                else {
                    const _errs53 = errors;
                    if (!((((((data11 === "critical") || (data11 === "high")) || (data11 === "medium")) || (data11 === "low")) || (data11 === "info")) || (data11 === "off"))) {
                        const err37 = { instancePath: instancePath + "/checks/implicit-grant", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                    var _valid3 = _errs53 === errors;
                    valid13 = _valid3;
                    ifClause3 = "else";
                }
                if (!valid13) {
                    const err38 = { instancePath: instancePath + "/checks/implicit-grant", schemaPath: "#/properties/checks/properties/implicit-grant/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: "must match \"" + ifClause3 + "\" schema", schema: schema11.properties.checks.properties["implicit-grant"].if, parentSchema: schema11.properties.checks.properties["implicit-grant"], data: data11 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
            }
            if (data5["insecure-redirect-uri"] !== undefined) {
                let data13 = data5["insecure-redirect-uri"];
                const _errs56 = errors;
                let valid17 = true;
                const _errs57 = errors;
                if (!(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
                    const err39 = {};
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
                var _valid4 = _errs57 === errors;
                errors = _errs56;
                if (vErrors !== null) {
                    if (_errs56) {
                        vErrors.length = _errs56;
                    }
                    else {
                        vErrors = null;
                    }
                }
                let ifClause4;
                if (_valid4) {
                    const _errs59 = errors;
                    if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                        if (data13.severity === undefined) {
                            const err40 = { instancePath: instancePath + "/checks/insecure-redirect-uri", schemaPath: "#/properties/checks/properties/insecure-redirect-uri/then/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema11.properties.checks.properties["insecure-redirect-uri"].then.required, parentSchema: schema11.properties.checks.properties["insecure-redirect-uri"].then, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                        for (const key6 in data13) {
                            if (!(key6 === "severity")) {
                                const err41 = { instancePath: instancePath + "/checks/insecure-redirect-uri", schemaPath: "#/properties/checks/properties/insecure-redirect-uri/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["insecure-redirect-uri"].then, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err41];
                                }
                                else {
                                    vErrors.push(err41);
                                }
                                errors++;
                            }
                        }
                        if (data13.severity !== undefined) {
                            let data14 = data13.severity;
                            if (!((((((data14 === "critical") || (data14 === "high")) || (data14 === "medium")) || (data14 === "low")) || (data14 === "info")) || (data14 === "off"))) {
                                const err42 = { instancePath: instancePath + "/checks/insecure-redirect-uri/severity", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err43 = { instancePath: instancePath + "/checks/insecure-redirect-uri", schemaPath: "#/properties/checks/properties/insecure-redirect-uri/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["insecure-redirect-uri"].then.type, parentSchema: schema11.properties.checks.properties["insecure-redirect-uri"].then, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                    var _valid4 = _errs59 === errors;
                    valid17 = _valid4;
                    ifClause4 = "then";
                }
                else {
                    const _errs64 = errors;
                    if (!((((((data13 === "critical") || (data13 === "high")) || (data13 === "medium")) || (data13 === "low")) || (data13 === "info")) || (data13 === "off"))) {
                        const err44 = { instancePath: instancePath + "/checks/insecure-redirect-uri", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                    var _valid4 = _errs64 === errors;
                    valid17 = _valid4;
                    ifClause4 = "else";
                }
                if (!valid17) {
                    const err45 = { instancePath: instancePath + "/checks/insecure-redirect-uri", schemaPath: "#/properties/checks/properties/insecure-redirect-uri/if", keyword: "if", params: { failingKeyword: ifClause4 }, message: "must match \"" + ifClause4 + "\" schema", schema: schema11.properties.checks.properties["insecure-redirect-uri"].if, parentSchema: schema11.properties.checks.properties["insecure-redirect-uri"], data: data13 };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
            }
            if (data5["unknown-grant-type"] !== undefined) {
                let data15 = data5["unknown-grant-type"];
                const _errs67 = errors;
                let valid21 = true;
                const _errs68 = errors;
                if (!(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
                    const err46 = {};
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
                var _valid5 = _errs68 === errors;
                errors = _errs67;
                if (vErrors !== null) {
                    if (_errs67) {
                        vErrors.length = _errs67;
                    }
                    else {
                        vErrors = null;
                    }
                }
                let ifClause5;
                if (_valid5) {
                    const _errs70 = errors;
                    if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                        if (data15.severity === undefined) {
                            const err47 = { instancePath: instancePath + "/checks/unknown-grant-type", schemaPath: "#/properties/checks/properties/unknown-grant-type/then/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema11.properties.checks.properties["unknown-grant-type"].then.required, parentSchema: schema11.properties.checks.properties["unknown-grant-type"].then, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                        for (const key7 in data15) {
                            if (!(key7 === "severity")) {
                                const err48 = { instancePath: instancePath + "/checks/unknown-grant-type", schemaPath: "#/properties/checks/properties/unknown-grant-type/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["unknown-grant-type"].then, data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                        }
                        if (data15.severity !== undefined) {
                            let data16 = data15.severity;
                            if (!((((((data16 === "critical") || (data16 === "high")) || (data16 === "medium")) || (data16 === "low")) || (data16 === "info")) || (data16 === "off"))) {
                                const err49 = { instancePath: instancePath + "/checks/unknown-grant-type/severity", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err49];
                                }
                                else {
                                    vErrors.push(err49);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err50 = { instancePath: instancePath + "/checks/unknown-grant-type", schemaPath: "#/properties/checks/properties/unknown-grant-type/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["unknown-grant-type"].then.type, parentSchema: schema11.properties.checks.properties["unknown-grant-type"].then, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                    var _valid5 = _errs70 === errors;
                    valid21 = _valid5;
                    ifClause5 = "then";
                }
                else {
                    const _errs75 = errors;
                    if (!((((((data15 === "critical") || (data15 === "high")) || (data15 === "medium")) || (data15 === "low")) || (data15 === "info")) || (data15 === "off"))) {
                        const err51 = { instancePath: instancePath + "/checks/unknown-grant-type", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err51];
                        }
                        else {
                            vErrors.push(err51);
                        }
                        errors++;
                    }
                    var _valid5 = _errs75 === errors;
                    valid21 = _valid5;
                    ifClause5 = "else";
                }
                if (!valid21) {
                    const err52 = { instancePath: instancePath + "/checks/unknown-grant-type", schemaPath: "#/properties/checks/properties/unknown-grant-type/if", keyword: "if", params: { failingKeyword: ifClause5 }, message: "must match \"" + ifClause5 + "\" schema", schema: schema11.properties.checks.properties["unknown-grant-type"].if, parentSchema: schema11.properties.checks.properties["unknown-grant-type"], data: data15 };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
            }
            if (data5["unmatched-client"] !== undefined) {
                let data17 = data5["unmatched-client"];
                const _errs78 = errors;
                let valid25 = true;
                const _errs79 = errors;
                if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
                    const err53 = {};
                    if (vErrors === null) {
                        vErrors = [err53];
                    }
                    else {
                        vErrors.push(err53);
                    }
                    errors++;
                }
                var _valid6 = _errs79 === errors;
                errors = _errs78;
                if (vErrors !== null) {
                    if (_errs78) {
                        vErrors.length = _errs78;
                    }
                    else {
                        vErrors = null;
                    }
                }
                let ifClause6;
                if (_valid6) {
                    const _errs81 = errors;
                    if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                        if (data17.severity === undefined) {
                            const err54 = { instancePath: instancePath + "/checks/unmatched-client", schemaPath: "#/properties/checks/properties/unmatched-client/then/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema11.properties.checks.properties["unmatched-client"].then.required, parentSchema: schema11.properties.checks.properties["unmatched-client"].then, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err54];
                            }
                            else {
                                vErrors.push(err54);
                            }
                            errors++;
                        }
                        for (const key8 in data17) {
                            if (!(key8 === "severity")) {
                                const err55 = { instancePath: instancePath + "/checks/unmatched-client", schemaPath: "#/properties/checks/properties/unmatched-client/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["unmatched-client"].then, data: data17 };
                                if (vErrors === null) {
                                    vErrors = [err55];
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                        }
                        if (data17.severity !== undefined) {
                            let data18 = data17.severity;
                            if (!((((((data18 === "critical") || (data18 === "high")) || (data18 === "medium")) || (data18 === "low")) || (data18 === "info")) || (data18 === "off"))) {
                                const err56 = { instancePath: instancePath + "/checks/unmatched-client/severity", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err56];
                                }
                                else {
                                    vErrors.push(err56);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err57 = { instancePath: instancePath + "/checks/unmatched-client", schemaPath: "#/properties/checks/properties/unmatched-client/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["unmatched-client"].then.type, parentSchema: schema11.properties.checks.properties["unmatched-client"].then, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err57];
                        }
                        else {
                            vErrors.push(err57);
                        }
                        errors++;
                    }
                    var _valid6 = _errs81 === errors;
                    valid25 = _valid6;
                    ifClause6 = "then";
                }
                else {
                    const _errs86 = errors;
                    if (!((((((data17 === "critical") || (data17 === "high")) || (data17 === "medium")) || (data17 === "low")) || (data17 === "info")) || (data17 === "off"))) {
                        const err58 = { instancePath: instancePath + "/checks/unmatched-client", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err58];
                        }
                        else {
                            vErrors.push(err58);
                        }
                        errors++;
                    }
                    var _valid6 = _errs86 === errors;
                    valid25 = _valid6;
                    ifClause6 = "else";
                }
                if (!valid25) {
                    const err59 = { instancePath: instancePath + "/checks/unmatched-client", schemaPath: "#/properties/checks/properties/unmatched-client/if", keyword: "if", params: { failingKeyword: ifClause6 }, message: "must match \"" + ifClause6 + "\" schema", schema: schema11.properties.checks.properties["unmatched-client"].if, parentSchema: schema11.properties.checks.properties["unmatched-client"], data: data17 };
                    if (vErrors === null) {
                        vErrors = [err59];
                    }
                    else {
                        vErrors.push(err59);
                    }
                    errors++;
                }
            }
            if (data5["inactive-client"] !== undefined) {
                let data19 = data5["inactive-client"];
                const _errs89 = errors;
                let valid29 = true;
                const _errs90 = errors;
                if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
                    const err60 = {};
                    if (vErrors === null) {
                        vErrors = [err60];
                    }
                    else {
                        vErrors.push(err60);
                    }
                    errors++;
                }
                var _valid7 = _errs90 === errors;
                errors = _errs89;
                if (vErrors !== null) {
                    if (_errs89) {
                        vErrors.length = _errs89;
                    }
                    else {
                        vErrors = null;
                    }
                }
                let ifClause7;
                if (_valid7) {
                    const _errs92 = errors;
                    if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                        if (data19.severity === undefined) {
                            const err61 = { instancePath: instancePath + "/checks/inactive-client", schemaPath: "#/properties/checks/properties/inactive-client/then/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema11.properties.checks.properties["inactive-client"].then.required, parentSchema: schema11.properties.checks.properties["inactive-client"].then, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                        for (const key9 in data19) {
                            if (!(key9 === "severity")) {
                                const err62 = { instancePath: instancePath + "/checks/inactive-client", schemaPath: "#/properties/checks/properties/inactive-client/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["inactive-client"].then, data: data19 };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                        }
                        if (data19.severity !== undefined) {
                            let data20 = data19.severity;
                            if (!((((((data20 === "critical") || (data20 === "high")) || (data20 === "medium")) || (data20 === "low")) || (data20 === "info")) || (data20 === "off"))) {
                                const err63 = { instancePath: instancePath + "/checks/inactive-client/severity", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err64 = { instancePath: instancePath + "/checks/inactive-client", schemaPath: "#/properties/checks/properties/inactive-client/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["inactive-client"].then.type, parentSchema: schema11.properties.checks.properties["inactive-client"].then, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err64];
                        }
                        else {
                            vErrors.push(err64);
                        }
                        errors++;
                    }
                    var _valid7 = _errs92 === errors;
                    valid29 = _valid7;
                    ifClause7 = "then";
                }
                else {
                    const _errs97 = errors;
                    if (!((((((data19 === "critical") || (data19 === "high")) || (data19 === "medium")) || (data19 === "low")) || (data19 === "info")) || (data19 === "off"))) {
                        const err65 = { instancePath: instancePath + "/checks/inactive-client", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err65];
                        }
                        else {
                            vErrors.push(err65);
                        }
                        errors++;
                    }
                    var _valid7 = _errs97 === errors;
                    valid29 = _valid7;
                    ifClause7 = "else";
                }
                if (!valid29) {
                    const err66 = { instancePath: instancePath + "/checks/inactive-client", schemaPath: "#/properties/checks/properties/inactive-client/if", keyword: "if", params: { failingKeyword: ifClause7 }, message: "must match \"" + ifClause7 + "\" schema", schema: schema11.properties.checks.properties["inactive-client"].if, parentSchema: schema11.properties.checks.properties["inactive-client"], data: data19 };
                    if (vErrors === null) {
                        vErrors = [err66];
                    }
                    else {
                        vErrors.push(err66);
                    }
                    errors++;
                }
            }
            if (data5["unknown-scope"] !== undefined) {
                let data21 = data5["unknown-scope"];
                const _errs100 = errors;
                let valid33 = true;
                const _errs101 = errors;
                if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
                    const err67 = {};
                    if (vErrors === null) {
                        vErrors = [err67];
                    }
                    else {
                        vErrors.push(err67);
                    }
                    errors++;
                }
                var _valid8 = _errs101 === errors;
                errors = _errs100;
                if (vErrors !== null) {
                    if (_errs100) {
                        vErrors.length = _errs100;
                    }
                    else {
                        vErrors = null;
                    }
                }
                let ifClause8;
                if (_valid8) {
                    const _errs103 = errors;
                    if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                        if (data21.severity === undefined) {
                            const err68 = { instancePath: instancePath + "/checks/unknown-scope", schemaPath: "#/properties/checks/properties/unknown-scope/then/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema11.properties.checks.properties["unknown-scope"].then.required, parentSchema: schema11.properties.checks.properties["unknown-scope"].then, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                        for (const key10 in data21) {
                            if (!(key10 === "severity")) {
                                const err69 = { instancePath: instancePath + "/checks/unknown-scope", schemaPath: "#/properties/checks/properties/unknown-scope/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["unknown-scope"].then, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err69];
                                }
                                else {
                                    vErrors.push(err69);
                                }
                                errors++;
                            }
                        }
                        if (data21.severity !== undefined) {
                            let data22 = data21.severity;
                            if (!((((((data22 === "critical") || (data22 === "high")) || (data22 === "medium")) || (data22 === "low")) || (data22 === "info")) || (data22 === "off"))) {
                                const err70 = { instancePath: instancePath + "/checks/unknown-scope/severity", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err70];
                                }
                                else {
                                    vErrors.push(err70);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err71 = { instancePath: instancePath + "/checks/unknown-scope", schemaPath: "#/properties/checks/properties/unknown-scope/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["unknown-scope"].then.type, parentSchema: schema11.properties.checks.properties["unknown-scope"].then, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err71];
                        }
                        else {
                            vErrors.push(err71);
                        }
                        errors++;
                    }
                    var _valid8 = _errs103 === errors;
                    valid33 = _valid8;
                    ifClause8 = "then";
                }
                else {
                    const _errs108 = errors;
                    if (!((((((data21 === "critical") || (data21 === "high")) || (data21 === "medium")) || (data21 === "low")) || (data21 === "info")) || (data21 === "off"))) {
                        const err72 = { instancePath: instancePath + "/checks/unknown-scope", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err72];
                        }
                        else {
                            vErrors.push(err72);
                        }
                        errors++;
                    }
                    var _valid8 = _errs108 === errors;
                    valid33 = _valid8;
                    ifClause8 = "else";
                }
                if (!valid33) {
                    const err73 = { instancePath: instancePath + "/checks/unknown-scope", schemaPath: "#/properties/checks/properties/unknown-scope/if", keyword: "if", params: { failingKeyword: ifClause8 }, message: "must match \"" + ifClause8 + "\" schema", schema: schema11.properties.checks.properties["unknown-scope"].if, parentSchema: schema11.properties.checks.properties["unknown-scope"], data: data21 };
                    if (vErrors === null) {
                        vErrors = [err73];
                    }
                    else {
                        vErrors.push(err73);
                    }
                    errors++;
                }
            }
            if (data5["expired-exemption"] !== undefined) {
                let data23 = data5["expired-exemption"];
                const _errs111 = errors;
                let valid37 = true;
                const _errs112 = errors;
                if (!(data23 && typeof data23 == "object" && !Array.isArray(data23))) {
                    const err74 = {};
                    if (vErrors === null) {
                        vErrors = [err74];
                    }
                    else {
                        vErrors.push(err74);
                    }
                    errors++;
                }
                var _valid9 = _errs112 === errors;
                errors = _errs111;
                if (vErrors !== null) {
                    if (_errs111) {
                        vErrors.length = _errs111;
                    }
                    else {
                        vErrors = null;
                    }
                }
                let ifClause9;
                if (_valid9) {
                    const _errs114 = errors;
                    if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                        if (data23.severity === undefined) {
                            const err75 = { instancePath: instancePath + "/checks/expired-exemption", schemaPath: "#/properties/checks/properties/expired-exemption/then/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema11.properties.checks.properties["expired-exemption"].then.required, parentSchema: schema11.properties.checks.properties["expired-exemption"].then, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err75];
                            }
                            else {
                                vErrors.push(err75);
                            }
                            errors++;
                        }
                        for (const key11 in data23) {
                            if (!(key11 === "severity")) {
                                const err76 = { instancePath: instancePath + "/checks/expired-exemption", schemaPath: "#/properties/checks/properties/expired-exemption/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["expired-exemption"].then, data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err76];
                                }
                                else {
                                    vErrors.push(err76);
                                }
                                errors++;
                            }
                        }
                        if (data23.severity !== undefined) {
                            let data24 = data23.severity;
                            if (!((((((data24 === "critical") || (data24 === "high")) || (data24 === "medium")) || (data24 === "low")) || (data24 === "info")) || (data24 === "off"))) {
                                const err77 = { instancePath: instancePath + "/checks/expired-exemption/severity", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data24 };
                                if (vErrors === null) {
                                    vErrors = [err77];
                                }
                                else {
                                    vErrors.push(err77);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err78 = { instancePath: instancePath + "/checks/expired-exemption", schemaPath: "#/properties/checks/properties/expired-exemption/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["expired-exemption"].then.type, parentSchema: schema11.properties.checks.properties["expired-exemption"].then, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err78];
                        }
                        else {
                            vErrors.push(err78);
                        }
                        errors++;
                    }
                    var _valid9 = _errs114 === errors;
                    valid37 = _valid9;
                    ifClause9 = "then";
                }
                else {
                    const _errs119 = errors;
                    if (!((((((data23 === "critical") || (data23 === "high")) || (data23 === "medium")) || (data23 === "low")) || (data23 === "info")) || (data23 === "off"))) {
                        const err79 = { instancePath: instancePath + "/checks/expired-exemption", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err79];
                        }
                        else {
                            vErrors.push(err79);
                        }
                        errors++;
                    }
                    var _valid9 = _errs119 === errors;
                    valid37 = _valid9;
                    ifClause9 = "else";
                }
                if (!valid37) {
                    const err80 = { instancePath: instancePath + "/checks/expired-exemption", schemaPath: "#/properties/checks/properties/expired-exemption/if", keyword: "if", params: { failingKeyword: ifClause9 }, message: "must match \"" + ifClause9 + "\" schema", schema: schema11.properties.checks.properties["expired-exemption"].if, parentSchema: schema11.properties.checks.properties["expired-exemption"], data: data23 };
                    if (vErrors === null) {
                        vErrors = [err80];
                    }
                    else {
                        vErrors.push(err80);
                    }
                    errors++;
                }
            }
            if (data5["unused-exemption"] !== undefined) {
                let data25 = data5["unused-exemption"];
                const _errs122 = errors;
                let valid41 = true;
                const _errs123 = errors;
                if (!(data25 && typeof data25 == "object" && !Array.isArray(data25))) {
                    const err81 = {};
                    if (vErrors === null) {
                        vErrors = [err81];
                    }
                    else {
                        vErrors.push(err81);
                    }
                    errors++;
                }
                var _valid10 = _errs123 === errors;
                errors = _errs122;
                if (vErrors !== null) {
                    if (_errs122) {
                        vErrors.length = _errs122;
                    }
                    else {
                        vErrors = null;
                    }
                }
                let ifClause10;
                if (_valid10) {
                    const _errs125 = errors;
                    if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                        if (data25.severity === undefined) {
                            const err82 = { instancePath: instancePath + "/checks/unused-exemption", schemaPath: "#/properties/checks/properties/unused-exemption/then/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema11.properties.checks.properties["unused-exemption"].then.required, parentSchema: schema11.properties.checks.properties["unused-exemption"].then, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err82];
                            }
                            else {
                                vErrors.push(err82);
                            }
                            errors++;
                        }
                        for (const key12 in data25) {
                            if (!(key12 === "severity")) {
                                const err83 = { instancePath: instancePath + "/checks/unused-exemption", schemaPath: "#/properties/checks/properties/unused-exemption/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["unused-exemption"].then, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err83];
                                }
                                else {
                                    vErrors.push(err83);
                                }
                                errors++;
                            }
                        }
                        if (data25.severity !== undefined) {
                            let data26 = data25.severity;
                            if (!((((((data26 === "critical") || (data26 === "high")) || (data26 === "medium")) || (data26 === "low")) || (data26 === "info")) || (data26 === "off"))) {
                                const err84 = { instancePath: instancePath + "/checks/unused-exemption/severity", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data26 };
                                if (vErrors === null) {
                                    vErrors = [err84];
                                }
                                else {
                                    vErrors.push(err84);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err85 = { instancePath: instancePath + "/checks/unused-exemption", schemaPath: "#/properties/checks/properties/unused-exemption/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["unused-exemption"].then.type, parentSchema: schema11.properties.checks.properties["unused-exemption"].then, data: data25 };
                        if (vErrors === null) {
                            vErrors = [err85];
                        }
                        else {
                            vErrors.push(err85);
                        }
                        errors++;
                    }
                    var _valid10 = _errs125 === errors;
                    valid41 = _valid10;
                    ifClause10 = "then";
                }
                else {
                    const _errs130 = errors;
                    if (!((((((data25 === "critical") || (data25 === "high")) || (data25 === "medium")) || (data25 === "low")) || (data25 === "info")) || (data25 === "off"))) {
                        const err86 = { instancePath: instancePath + "/checks/unused-exemption", schemaPath: "#/definitions/checkSeverity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data25 };
                        if (vErrors === null) {
                            vErrors = [err86];
                        }
                        else {
                            vErrors.push(err86);
                        }
                        errors++;
                    }
                    var _valid10 = _errs130 === errors;
                    valid41 = _valid10;
                    ifClause10 = "else";
                }
                if (!valid41) {
                    const err87 = { instancePath: instancePath + "/checks/unused-exemption", schemaPath: "#/properties/checks/properties/unused-exemption/if", keyword: "if", params: { failingKeyword: ifClause10 }, message: "must match \"" + ifClause10 + "\" schema", schema: schema11.properties.checks.properties["unused-exemption"].if, parentSchema: schema11.properties.checks.properties["unused-exemption"], data: data25 };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
            }
        }
        else {
            const err88 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.type, parentSchema: schema11.properties.checks, data: data5 };
            if (vErrors === null) {
                vErrors = [err88];
            }
            else {
                vErrors.push(err88);
            }
            errors++;
        }
    }
    if (data.rules !== undefined) {
        let data27 = data.rules;
        if (Array.isArray(data27)) {
            const len0 = data27.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate11(data27[i0], { instancePath: instancePath + "/rules/" + i0, parentData: data27, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err89 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data27 };
            if (vErrors === null) {
                vErrors = [err89];
            }
            else {
                vErrors.push(err89);
            }
            errors++;
        }
    }
    if (data.exemptions !== undefined) {
        let data29 = data.exemptions;
        if (Array.isArray(data29)) {
            const len1 = data29.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate23(data29[i1], { instancePath: instancePath + "/exemptions/" + i1, parentData: data29, parentDataProperty: i1, rootData }))) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err90 = { instancePath: instancePath + "/exemptions", schemaPath: "#/properties/exemptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exemptions.type, parentSchema: schema11.properties.exemptions, data: data29 };
            if (vErrors === null) {
                vErrors = [err90];
            }
            else {
                vErrors.push(err90);
            }
            errors++;
        }
    }
}
else {
    const err91 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err91];
    }
    else {
        vErrors.push(err91);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./src/policy/schema.ts






const POLICY_SCHEMA = (/* unused pure expression or super */ null && (schema));
/**
 * The schema compiled ahead of time (scripts/gen-policy-validator.mjs; a test keeps it current):
 * compiling it at start-up would cost `validate` mode most of its start-up budget.
 */
function validator() {
    return policy_validator_generated;
}
/** Every schema violation of `value`, one message each, in document order of ajv's traversal. */
function validateSchema(value) {
    const validate = validator();
    if (validate(value))
        return [];
    const seen = new Set();
    const issues = [];
    for (const error of validate.errors ?? []) {
        const issue = schema_describe(error);
        if (!issue)
            continue;
        const key = `${issue.path.join('/')}|${issue.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        issues.push(issue);
    }
    return issues;
}
/** `rules[0].scopes.forbid[1]`; `the policy` for the root. */
function formatPath(path) {
    if (path.length === 0)
        return 'the policy';
    return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
        .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
function show(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (value === null)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}
const TYPE_NAMES = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    null: 'empty',
};
function schema_kindOf(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'an integer' : 'a number';
    if (typeof value === 'boolean')
        return `${value}`;
    return 'a string';
}
const RULE_ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';
/** `redirect-uris.allow-schemes` items: a URI scheme (RFC 3986) in lower case. */
const SCHEME_PATTERN = '^[a-z][a-z0-9+.-]*$';
function schema_describe(e) {
    const path = parsePointer(e.instancePath);
    const where = formatPath(path);
    const at = (message, anchor = 'value', p = path) => ({
        path: p,
        anchor,
        message,
    });
    const parent = (e.parentSchema ?? {});
    switch (e.keyword) {
        case 'if':
            return null; // the failing branch reports the real problem
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const allowed = Object.keys(parent.properties ?? {});
            const keyPath = [...path, key];
            if (path.length === 1 && path[0] === 'checks' && types/* RULE_CHECKS */.XX.includes(key)) {
                return at(`"${key}" is not a built-in check: findings of this check come from rules and carry the rule's severity. Built-in checks: ${types/* BUILTIN_CHECKS */.QR.join(', ')}.`, 'key', keyPath);
            }
            if (path.length === 2 && path[0] === 'checks' && key === 'max')
                return at(`${where}: \`max\` applies only to token-lifetime`, 'key', keyPath);
            return at(`unknown key "${key}" in ${where}.${didYouMean(key, allowed)} Allowed keys: ${allowed.join(', ')}.`, 'key', keyPath);
        }
        case 'required': {
            const missing = e.params.missingProperty;
            return at(`${where}: missing required key "${missing}"`);
        }
        case 'type': {
            const expected = String(e.params.type);
            // The `else` of an if/then/else is the alternative to a list (string-or-list values) or to
            // a string (durations): name both alternatives.
            if (e.schemaPath.endsWith('/else/type') && expected === 'string')
                return at(`${where} must be a string or a list of strings, not ${schema_kindOf(e.data)}`);
            if (e.schemaPath.endsWith('/else/type') && expected === 'integer')
                return at(`${where} must be a number of seconds or a duration such as 90m, 1h, 2d, not ${schema_kindOf(e.data)}`);
            const article = e.schemaPath.includes('/grantType/')
                ? 'a grant type (a string) or a list'
                : TYPE_NAMES[expected];
            return at(`${where} must be ${article ?? expected}, not ${schema_kindOf(e.data)}`);
        }
        case 'enum': {
            const allowed = (e.params.allowedValues ?? []).map(String);
            const hint = typeof e.data === 'string' ? didYouMean(e.data, allowed) : '';
            return at(`${where}: ${show(e.data)} is not one of ${allowed.join(', ')}.${hint}`);
        }
        case 'const':
            if (path.length === 1 && path[0] === 'version')
                return at(`unsupported policy version ${show(e.data)}: this tool reads version 1 (write \`version: 1\`)`);
            return at(`${where} must be ${show(e.params.allowedValue)}`);
        case 'pattern':
            return at(patternMessage(where, e.params.pattern, e.data));
        case 'minLength':
            return at(`${where} must not be empty`);
        case 'maxLength':
            return at(`${where} is too long (at most ${e.params.limit} characters)`);
        case 'minItems':
            return at(`${where} must not be an empty list`);
        case 'minimum':
            return at(`${where} must be at least ${e.params.limit}, not ${show(e.data)}`);
        case 'maximum':
            return at(`${where} must be at most ${e.params.limit}, not ${show(e.data)}`);
        case 'minProperties':
            if (path.at(-1) === 'redirect-uris')
                return at(`${where} must set \`allow-hosts\`, \`allow-schemes\` or both`);
            return at(`${where} must set \`severity\`, \`max\` or both`);
        default:
            return at(`${where} ${e.message ?? 'is invalid'}`);
    }
}
function patternMessage(where, pattern, data) {
    const value = show(data);
    switch (pattern) {
        case RULE_ID_PATTERN: {
            const fixed = String(data)
                .toLowerCase()
                .replace(/[^a-z0-9-]+/g, '-')
                .replace(/^-+|-+$/g, '');
            const example = fixed && /^[a-z0-9]/.test(fixed) ? ` (e.g. "${fixed}")` : '';
            return `${where}: rule ID ${value} must be lower-case letters, digits and "-", starting with a letter or digit${example}`;
        }
        case grant_types/* POLICY_GRANT_TYPE_PATTERN */.at: {
            const normalised = (0,grant_types/* normaliseGrantType */.vr)(String(data));
            if ((0,grant_types/* isKnownGrantType */.Yo)(normalised))
                return `${where}: write grant type ${value} in upper case, as the API does: ${normalised}`;
            return `${where}: ${value} is not a grant type; use CODE, TOKEN, SAML2-BEARER, PASSWORD or CLIENT-CREDENTIALS`;
        }
        case SCHEME_PATTERN: {
            const scheme = String(data).toLowerCase().replace(/:.*$/s, '');
            const example = new RegExp(SCHEME_PATTERN).test(scheme) ? ` (e.g. "${scheme}")` : '';
            return `${where}: ${value} is not a URI scheme; write the scheme name in lower case, without ":" or "://"${example}`;
        }
        case DURATION_PATTERN:
            return `${where}: ${value} is not a duration; write seconds (3600) or a number with a unit: 30s, 90m, 1h, 2d, 1h30m`;
        case '^[0-9]{4}-[0-9]{2}-[0-9]{2}$':
            return `${where}: ${value} is not a date; write YYYY-MM-DD (e.g. 2027-01-31)`;
        case '\\S':
            return `${where} must not be empty`;
        default:
            return `${where}: ${value} does not match ${pattern}`;
    }
}

;// CONCATENATED MODULE: ./src/policy/known-scopes.ts
/**
 * The Genesys Cloud OAuth scopes known offline (the Platform API's scope list), used to warn about
 * scope names in a policy that no real scope matches. In audit mode the org's live catalogue
 * (`GET /api/v2/oauth/scopes`) is checked as well; it is the authority when the two differ.
 */
/** Scope domains; each has a `<domain>` and a `<domain>:readonly` scope unless listed below. */
const DOMAINS = [
    'ai-studio',
    'alerting',
    'analytics',
    'architect',
    'assistants',
    'audits',
    'authorization',
    'billing',
    'business-rules',
    'case-management',
    'coaching',
    'content-management',
    'conversations',
    'data-extensions',
    'data-privacy',
    'devices',
    'dialog',
    'employee-engagement',
    'employee-performance',
    'external-contacts',
    'fax',
    'gamification',
    'gdpr',
    'geolocation',
    'greetings',
    'groups',
    'identity-providers',
    'infrastructureascode',
    'integrations',
    'journey',
    'knowledge',
    'language-understanding',
    'learning',
    'license',
    'locations',
    'logcapture',
    'messaging',
    'messaging-platform',
    'notifications',
    'oauth',
    'organization',
    'organization-authorization',
    'outbound',
    'presence',
    'process-automation',
    'quality',
    'recordings',
    'response-management',
    'routing',
    'scim',
    'screen-monitoring',
    'scripts',
    'search',
    'social-media',
    'speech-and-text-analytics',
    'stations',
    'telephony',
    'textbots',
    'upload',
    'usage',
    'user-basic-info',
    'user-recordings',
    'users',
    'users-rules',
    'voicemail',
    'web-chat',
    'webdeployments',
    'widgets',
    'workforce-management',
    'workitems',
];
/** Domains that exist only as `<domain>:readonly`. */
const READONLY_ONLY = new Set(['audits', 'search']);
/** Domains that have no `:readonly` form. */
const NO_READONLY = new Set(['data-extensions', 'notifications', 'upload', 'user-basic-info']);
/** Every known scope name, sorted. */
const KNOWN_SCOPES = DOMAINS.flatMap((d) => {
    if (READONLY_ONLY.has(d))
        return [`${d}:readonly`];
    if (NO_READONLY.has(d))
        return [d];
    return [d, `${d}:readonly`];
}).sort();
const KNOWN = new Set(KNOWN_SCOPES);
function isKnownScope(scope) {
    return KNOWN.has(scope);
}

;// CONCATENATED MODULE: ./src/policy/validate.ts
/**
 * Semantic checks of the policy (SPEC §4.7): what the schema cannot say. They run on the parsed
 * value even when the schema found errors, skipping any part of the wrong shape, so that one run
 * reports every error. Warnings are reported but never fail validation.
 */









/** Default of `settings.max-exemption-days`. */
const DEFAULT_MAX_EXEMPTION_DAYS = 365;
const isObj = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
/** The strings of a string-or-list value, each with its path; other items are the schema's business. */
function strings(value, path) {
    if (typeof value === 'string')
        return [{ value, path }];
    if (!Array.isArray(value))
        return [];
    return value.flatMap((v, i) => (typeof v === 'string' ? [{ value: v, path: [...path, i] }] : []));
}
const RULE_ID_RE = /^[a-z0-9][a-z0-9-]*$/;
const DATE_RE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const validate_DURATION_RE = new RegExp(DURATION_PATTERN);
const DAY_MS = 86400000;
function checkSemantics(raw, now) {
    const out = { errors: [], warnings: [] };
    if (!isObj(raw))
        return out;
    // Every message starts with where it is (`rules[0].scopes.allow[1]: …`), like the schema's.
    const error = (path, message, anchor = 'value') => out.errors.push({ path, anchor, message: `${formatPath(path)}: ${message}` });
    const warn = (path, message, anchor = 'value') => out.warnings.push({ path, anchor, message: `${formatPath(path)}: ${message}` });
    const checks = raw.checks;
    if (isObj(checks) && isObj(checks['token-lifetime'])) {
        checkDuration(checks['token-lifetime'].max, ['checks', 'token-lifetime', 'max'], error);
    }
    const ruleIds = new Map();
    const known = new ScopeLookup(KNOWN_SCOPES);
    const rules = Array.isArray(raw.rules) ? raw.rules : [];
    rules.forEach((rule, i) => {
        if (!isObj(rule))
            return;
        const base = ['rules', i];
        if (typeof rule.id === 'string' && RULE_ID_RE.test(rule.id)) {
            const first = ruleIds.get(rule.id);
            if (first !== undefined)
                error([...base, 'id'], `duplicate rule ID "${rule.id}" (also the ID of rules[${first}])`);
            else
                ruleIds.set(rule.id, i);
            if (types/* BUILTIN_CHECKS */.QR.includes(rule.id))
                error([...base, 'id'], `rule ID "${rule.id}" is the ID of a built-in check, which findings and exemptions would confuse with it; choose another ID`);
        }
        for (const key of ['match', 'exclude']) {
            const spec = rule[key];
            if (!isObj(spec))
                continue;
            for (const field of ['name', 'description']) {
                for (const p of strings(spec[field], [...base, key, field]))
                    checkPattern(p.value, p.path, patterns/* compilePattern */.Eb, error);
            }
            for (const field of ['name', 'id'])
                for (const p of strings(spec[field], [...base, key, field]))
                    checkEdgeSpace(p.value, p.path, warn);
        }
        validate_checkScopes(rule.scopes, [...base, 'scopes'], known, error, warn);
        if (isObj(rule.roles)) {
            for (const list of ['require', 'allow', 'forbid']) {
                if (!Array.isArray(rule.roles[list]))
                    continue;
                for (const p of strings(rule.roles[list], [...base, 'roles', list])) {
                    checkPattern(p.value, p.path, patterns/* compileGlob */.SO, error);
                    checkEdgeSpace(p.value, p.path, warn);
                }
            }
        }
        const redirect = rule['redirect-uris'];
        if (isObj(redirect) && Array.isArray(redirect['allow-hosts'])) {
            for (const p of strings(redirect['allow-hosts'], [...base, 'redirect-uris', 'allow-hosts'])) {
                const problem = hostPatternProblem(p.value);
                if (problem)
                    error(p.path, problem);
                else
                    checkPattern(p.value, p.path, patterns/* compileGlob */.SO, error);
                checkEdgeSpace(p.value, p.path, warn);
            }
        }
        if (isObj(redirect) && Array.isArray(redirect['allow-schemes'])) {
            for (const p of strings(redirect['allow-schemes'], [...base, 'redirect-uris', 'allow-schemes'])) {
                if (DANGEROUS_SCHEMES.has(p.value))
                    error(p.path, `"${p.value}" runs code or reads local files when a browser is sent to it, so it can never be a safe redirect`);
            }
        }
        checkDuration(rule['max-token-lifetime'], [...base, 'max-token-lifetime'], error);
        checkReach(rule, base, warn);
    });
    const settings = isObj(raw.settings) ? raw.settings : {};
    const maxDaysRaw = settings['max-exemption-days'];
    const maxDays = Number.isInteger(maxDaysRaw) && maxDaysRaw >= 1
        ? maxDaysRaw
        : DEFAULT_MAX_EXEMPTION_DAYS;
    const exemptions = Array.isArray(raw.exemptions) ? raw.exemptions : [];
    exemptions.forEach((ex, i) => {
        if (!isObj(ex))
            return;
        const base = ['exemptions', i];
        if (typeof ex.client === 'string' && ex.client !== '' && (0,patterns/* isGlob */.fg)(ex.client))
            checkClientGlob(ex.client, [...base, 'client'], error, warn);
        for (const field of ['client', 'subject'])
            if (typeof ex[field] === 'string')
                checkEdgeSpace(ex[field], [...base, field], warn);
        const rule = ex.rule;
        const isBuiltin = typeof rule === 'string' && types/* BUILTIN_CHECKS */.QR.includes(rule);
        if (typeof rule === 'string' && RULE_ID_RE.test(rule) && !ruleIds.has(rule) && !isBuiltin) {
            const hint = didYouMean(rule, [...ruleIds.keys(), ...types/* BUILTIN_CHECKS */.QR]);
            error([...base, 'rule'], `"${rule}" is neither a rule ID of this policy nor a built-in check.${hint}`);
        }
        const check = ex.check;
        if (typeof rule === 'string' && typeof check === 'string') {
            if (isBuiltin && check !== rule && types/* BUILTIN_CHECKS */.QR.includes(check))
                warn([...base, 'check'], `findings of built-in check "${rule}" are never "${check}" findings: this exemption can never apply`);
            else if (ruleIds.has(rule) && !types/* RULE_CHECKS */.XX.includes(check))
                warn([...base, 'check'], `"${check}" is a built-in check, so rule "${rule}" never produces it: this exemption can never apply (name the check as \`rule\` instead)`);
        }
        if (typeof ex.expires === 'string' && DATE_RE.test(ex.expires)) {
            const problem = expiryProblem(ex.expires, now, maxDays);
            if (problem)
                error([...base, 'expires'], problem);
            else if (!(0,policy_exemptions/* isActive */.$m)(ex.expires, now))
                warn([...base, 'expires'], `${ex.expires} has passed: this exemption exempts nothing, and every audit reports it as expired-exemption. Give it a new date if the reason still holds, or remove it`);
        }
    });
    return out;
}
function checkPattern(pattern, path, compile, error) {
    try {
        compile(pattern);
    }
    catch (e) {
        if (!(e instanceof patterns/* PatternError */.JM))
            throw e;
        error(path, e.message);
    }
}
/** An exemption's name glob: valid, and not one that covers every client (new ones included). */
function checkClientGlob(glob, path, error, warn) {
    try {
        (0,patterns/* compileGlob */.SO)(glob);
        if ((0,patterns/* matchesEveryName */.Mw)(glob))
            warn(path, `"${glob}" matches every client name (all but at most the names it spells out), so this exemption covers every client, those created later too. Name the clients it is for, by ID when the exception is dangerous`);
    }
    catch (e) {
        if (!(e instanceof patterns/* PatternError */.JM))
            throw e;
        error(path, e.message);
    }
}
/**
 * Leading or trailing white space in a name, ID or host: invisible in the file, rare in real names,
 * and compared as written (a name with `Master Admin` + U+00A0 never equals "Master Admin"). `\s`
 * covers every Unicode space and the BOM.
 */
function checkEdgeSpace(pattern, path, warn) {
    const lead = /^\s+/.exec(pattern)?.[0] ?? '';
    const trail = lead === pattern ? '' : (/\s+$/.exec(pattern)?.[0] ?? '');
    if (lead === '' && trail === '')
        return;
    const where = lead === '' ? 'end' : trail === '' ? 'start' : 'start and end';
    const codes = [...new Set(lead + trail)]
        .map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
        .join(', ');
    warn(path, `pattern "${pattern}" has leading/trailing whitespace (${codes} at the ${where}), so it matches only values that have it too; remove it if it is not meant`);
}
function checkDuration(value, path, error) {
    if (typeof value !== 'string' || !validate_DURATION_RE.test(value))
        return; // the schema reports it
    const seconds = parseDuration(value);
    if (seconds === null)
        error(path, `duration "${value}" must be longer than zero`);
    else if (seconds > MAX_DURATION_SECONDS)
        error(path, `duration "${value}" is longer than ${formatDuration(MAX_DURATION_SECONDS)} (ten years)`);
}
/** `YYYY-MM-DD` that exists, and is within `maxDays` of today (UTC). */
function expiryProblem(expires, now, maxDays) {
    const [y, m, d] = expires.split('-').map(Number);
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
        return `${expires} is not a calendar date`;
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const days = Math.round((date.getTime() - today) / DAY_MS);
    if (days > maxDays) {
        const todayText = new Date(today).toISOString().slice(0, 10);
        return `${expires} is ${days} days from today (${todayText}); an exemption may run at most ${maxDays} days (settings.max-exemption-days)`;
    }
    return null;
}
/** Hosts are matched against the URI's host name: a scheme, path or port can never match. */
function hostPatternProblem(p) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p) || p.includes('/'))
        return `"${p}" is a URL; allow-hosts takes host names or host globs (e.g. "*.example.com"), without scheme or path`;
    if (/^[^[\]]*:[0-9*]+$/.test(p))
        return `"${p}" has a port; allow-hosts takes host names only (the port is not compared)`;
    return null;
}
/** Splits on `:` outside `{…}` and `[…]`, so that `{users,users:readonly}` stays one part. */
function splitScope(p) {
    const parts = [];
    let depth = 0;
    let current = '';
    for (const c of p) {
        if (c === '{' || c === '[')
            depth++;
        else if ((c === '}' || c === ']') && depth > 0)
            depth--;
        if (c === ':' && depth === 0) {
            parts.push(current);
            current = '';
        }
        else
            current += c;
    }
    parts.push(current);
    return parts;
}
const DOMAIN_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DOMAIN_GLOB_RE = /^[a-z0-9*?[\]{},!^:-]+$/;
/** Why `p` cannot be a scope (or scope glob), or null. `exact`: globs are not allowed (`require`). */
function scopePatternProblem(p, exact) {
    const parts = splitScope(p);
    if (p.startsWith('/'))
        return `"${p}": scope patterns are globs (e.g. "*:readonly"), not regular expressions or paths`;
    if (parts.length >= 3)
        return `"${p}" looks like a permission (domain:entity:action), not a scope: scopes are <domain> or <domain>:readonly. Permissions come from roles; for CLIENT-CREDENTIALS clients judge them under \`roles\``;
    if (/[A-Z]/.test(p) && scopePatternProblem(p.toLowerCase(), exact) === null)
        return `"${p}": scope names are lower case; write "${p.toLowerCase()}"`;
    if (exact && (0,patterns/* isGlob */.fg)(p))
        return `"${p}": scopes.require takes exact scope names, not patterns`;
    const [domain, suffix] = parts;
    if (suffix !== undefined) {
        const suffixOk = suffix === 'readonly' || (!exact && (0,patterns/* isGlob */.fg)(suffix) && safeGlobTest(suffix, 'readonly'));
        if (!suffixOk)
            return `"${p}" is not a scope: the only scope suffix is ":readonly" (scopes are <domain> or <domain>:readonly)`;
    }
    if (!(exact ? DOMAIN_RE : DOMAIN_GLOB_RE).test(domain))
        return `"${p}" is not a scope: a scope is <domain> or <domain>:readonly, the domain in lower-case letters, digits and "-"`;
    return null;
}
function safeGlobTest(glob, value) {
    try {
        return (0,patterns/* compileGlob */.SO)(glob).test(value);
    }
    catch {
        return false;
    }
}
/**
 * Whether a scope pattern matches some scope of a list. Rules repeat the same patterns, so each
 * distinct one is compiled and tested once per lookup; a plain name is one set lookup.
 */
class ScopeLookup {
    scopes;
    lower;
    verdicts = new Map();
    constructor(scopes) {
        this.scopes = scopes;
        this.lower = new Set(scopes.map((s) => s.toLowerCase()));
    }
    /** Throws `PatternError` for a glob that cannot be compiled. */
    matchesAny(pattern) {
        let verdict = this.verdicts.get(pattern);
        if (verdict === undefined) {
            if ((0,patterns/* isGlob */.fg)(pattern)) {
                const m = (0,patterns/* compileGlob */.SO)(pattern);
                verdict = this.scopes.some((s) => m.test(s));
            }
            else {
                // A plain name matches case-insensitively (see `compileGlob`).
                verdict = this.lower.has(pattern.toLowerCase());
            }
            this.verdicts.set(pattern, verdict);
        }
        return verdict;
    }
}
function validate_checkScopes(scopes, base, known, error, warn) {
    if (!isObj(scopes))
        return;
    for (const list of ['require', 'allow', 'forbid']) {
        if (!Array.isArray(scopes[list]))
            continue;
        for (const p of strings(scopes[list], [...base, list])) {
            if (p.value === '')
                continue; // the schema reports it
            const problem = scopePatternProblem(p.value, list === 'require');
            if (problem) {
                error(p.path, problem);
                continue;
            }
            let isKnown;
            try {
                isKnown = known.matchesAny(p.value);
            }
            catch (e) {
                if (!(e instanceof patterns/* PatternError */.JM))
                    throw e;
                error(p.path, e.message);
                continue;
            }
            if (!isKnown)
                warn(p.path, unknownScopeMessage(p.value));
        }
    }
}
/** Why a scope name matches no known scope, with the nearest known one. */
function unknownScopeMessage(p) {
    if ((0,patterns/* isGlob */.fg)(p))
        return `scope pattern "${p}" matches no known Genesys Cloud scope`;
    const head = `scope "${p}" is not a known Genesys Cloud scope`;
    if (p.endsWith(':readonly') && isKnownScope(p.slice(0, -':readonly'.length)))
        return `${head}: "${p.slice(0, -':readonly'.length)}" has no read-only form`;
    if (isKnownScope(`${p}:readonly`))
        return `${head}: it exists only read-only, as "${p}:readonly"`;
    if (p === 'admin' || p.startsWith('admin:'))
        return `${head}: there is no admin scope (admin rights come from roles)`;
    const near = nearest(p, KNOWN_SCOPES);
    return near ? `${head}. Did you mean "${near}"?` : head;
}
/**
 * Warnings for rule parts that can never apply, judged from `match`/`exclude` grant types:
 * scopes on a rule that only matches CLIENT-CREDENTIALS clients (Genesys ignores their scopes),
 * roles on a rule that never matches them (only they have roles).
 */
function checkReach(rule, base, warn) {
    const match = isObj(rule.match) ? rule.match : undefined;
    if (!match || match['grant-types'] === undefined)
        return;
    let reachable = new Set(strings(match['grant-types'], []).map((g) => (0,grant_types/* normaliseGrantType */.vr)(g.value)));
    const exclude = isObj(rule.exclude) ? rule.exclude : undefined;
    // Only an exclude made of grant types alone removes whole grant types.
    if (exclude && Object.keys(exclude).length === 1 && exclude['grant-types'] !== undefined) {
        const excluded = new Set(strings(exclude['grant-types'], []).map((g) => (0,grant_types/* normaliseGrantType */.vr)(g.value)));
        reachable = new Set([...reachable].filter((g) => !excluded.has(g)));
    }
    if (![...reachable].every((g) => grant_types/* GRANT_TYPES */.lZ.includes(g)))
        return;
    const id = typeof rule.id === 'string' ? `rule "${rule.id}"` : 'this rule';
    if (reachable.size === 0) {
        warn([...base, 'exclude'], `${id} can match no client: \`exclude\` removes every grant type that \`match\` selects`, 'key');
        return;
    }
    const onlyCC = [...reachable].every((g) => g === grant_types/* CLIENT_CREDENTIALS */.hp);
    if (onlyCC && rule.scopes !== undefined)
        warn([...base, 'scopes'], `${id} can only match CLIENT-CREDENTIALS clients, whose scopes Genesys ignores (their permissions come from roles): these scope rules never apply`, 'key');
    if (!reachable.has(grant_types/* CLIENT_CREDENTIALS */.hp) && rule.roles !== undefined)
        warn([...base, 'roles'], `${id} cannot match CLIENT-CREDENTIALS clients, the only clients with roles: these role rules never apply`, 'key');
}
// Positions of scope names, recorded by the loader for `catalogueWarnings`.
const scopePositions = new WeakMap();
/** Remembers where a rule's scope names are written (first occurrence of each). */
function recordScopePositions(rule, positions) {
    scopePositions.set(rule, positions);
}
/**
 * Audit mode: scope names of the policy that no scope of the org's live catalogue matches. Names
 * that match no known scope at all are left out: loading already warned about them.
 */
function catalogueWarnings(policy, catalogue) {
    const available = new ScopeLookup(catalogue);
    const known = new ScopeLookup(KNOWN_SCOPES);
    const out = [];
    for (const rule of policy.rules) {
        if (!rule.scopes)
            continue;
        const seen = new Set();
        for (const p of [
            ...(rule.scopes.require ?? []),
            ...(rule.scopes.allow ?? []),
            ...(rule.scopes.forbid ?? []),
        ]) {
            if (seen.has(p))
                continue;
            seen.add(p);
            try {
                if (available.matchesAny(p) || !known.matchesAny(p))
                    continue;
            }
            catch {
                continue; // invalid patterns never get past loading
            }
            const at = scopePositions.get(rule)?.get(p) ?? rule.position;
            out.push({
                level: 'warning',
                file: policy.path,
                ...at,
                message: (0,patterns/* isGlob */.fg)(p)
                    ? `rule "${rule.id}": scope pattern "${p}" matches no scope of this org's scope catalogue`
                    : `rule "${rule.id}": scope "${p}" is not in this org's scope catalogue`,
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/load.ts
/**
 * Loads a policy file: bytes → YAML with positions → JSON Schema → semantic checks → the typed
 * `Policy`. Every problem is reported at its `file:line:col`, all of them at once, as one
 * `PolicyError`.
 */








/**
 * Parses and validates a policy. `file` is the path shown in messages; `now` is the clock that
 * `max-exemption-days` counts from. Throws `PolicyError` carrying every error (and the warnings).
 */
function loadPolicy(text, file, now) {
    const message = (level) => (issue) => ({ level, file, line: issue.line, col: issue.col, message: issue.message });
    const decoded = decodeSource(text);
    if ('message' in decoded)
        throw new src_errors/* PolicyError */.pn([message('error')(decoded)]);
    const parsed = parseSource(decoded.text);
    if (parsed.errors.length > 0)
        throw new src_errors/* PolicyError */.pn(parsed.errors.map(message('error')));
    const positions = parsed.positions;
    const place = (issue) => ({
        ...positions.at(issue.path, issue.anchor),
        message: issue.message,
    });
    const semantic = checkSemantics(parsed.value, now);
    const errors = byPosition([...validateSchema(parsed.value), ...semantic.errors].map(place)).map(message('error'));
    const warnings = capped(byPosition(semantic.warnings.map(place)).map(message('warning')));
    if (errors.length > 0)
        throw new src_errors/* PolicyError */.pn(capped(errors), warnings);
    return buildPolicy(parsed.value, file, decoded.sha256, positions, warnings);
}
/**
 * Reads and loads a policy file. `absPath` is read; `displayPath` (relative to the workspace) is
 * what messages show.
 */
async function loadPolicyFile(absPath, displayPath, now) {
    const fail = (text) => {
        throw new src_errors/* PolicyError */.pn([{ level: 'error', file: displayPath, line: 1, col: 1, message: text }]);
    };
    let size;
    try {
        const st = await (0,promises_.stat)(absPath);
        if (!st.isFile())
            fail(`the policy path ${displayPath} (${absPath}) is not a file`);
        size = st.size;
    }
    catch (e) {
        if (e instanceof src_errors/* PolicyError */.pn)
            throw e;
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            fail(`policy file not found: ${displayPath} (looked for ${absPath}). The \`policy\` input is a path relative to the workspace (default policies/oauth-policy.yml)`);
        fail(`cannot read the policy file ${displayPath}: ${code ?? e.message}`);
    }
    // Refuse before reading: a huge file should cost nothing.
    if (size > MAX_POLICY_BYTES)
        fail(`the policy file is ${size} bytes; files over ${MAX_POLICY_BYTES} bytes (1 MiB) are refused`);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(absPath);
    }
    catch (e) {
        return fail(`cannot read the policy file ${displayPath}: ${e.code ?? e.message}`);
    }
    return loadPolicy(bytes, displayPath, now);
}
/** Messages listed per kind: a file wrong in every line must not flood the log and the annotations. */
const MAX_MESSAGES = 100;
/** The first `MAX_MESSAGES`, then one message at the next one's position that counts the rest. */
function capped(messages) {
    if (messages.length <= MAX_MESSAGES)
        return messages;
    const next = messages[MAX_MESSAGES];
    const rest = messages.length - MAX_MESSAGES;
    const kind = next.level === 'error' ? 'errors' : 'warnings';
    return [
        ...messages.slice(0, MAX_MESSAGES),
        { ...next, message: `… and ${rest} more ${kind} (only the first ${MAX_MESSAGES} are listed)` },
    ];
}
function byPosition(issues) {
    return issues
        .map((issue, i) => ({ issue, i }))
        .sort((a, b) => a.issue.line - b.issue.line || a.issue.col - b.issue.col || a.i - b.i)
        .map((x) => x.issue);
}
const list = (v) => v === undefined ? undefined : Array.isArray(v) ? v : [v];
function buildMatch(raw) {
    if (raw === undefined)
        return null;
    const spec = {};
    if (raw.name !== undefined)
        spec.name = list(raw.name);
    if (raw.id !== undefined)
        spec.id = list(raw.id);
    if (raw.description !== undefined)
        spec.description = list(raw.description);
    if (raw['grant-types'] !== undefined)
        spec.grantTypes = list(raw['grant-types']).map(grant_types/* normaliseGrantType */.vr);
    if (raw.states !== undefined)
        spec.states = list(raw.states);
    return spec;
}
function buildRule(raw, position) {
    const rule = {
        id: raw.id,
        severity: raw.severity ?? 'high',
        match: buildMatch(raw.match),
        exclude: buildMatch(raw.exclude),
        position,
    };
    if (raw.description !== undefined)
        rule.description = raw.description;
    if (raw['grant-types'] !== undefined)
        rule.grantTypes = raw['grant-types'].map(grant_types/* normaliseGrantType */.vr);
    if (raw.scopes !== undefined)
        rule.scopes = { ...raw.scopes };
    if (raw.roles !== undefined) {
        const { 'allow-all-divisions': allowAllDivisions, ...rest } = raw.roles;
        rule.roles = { ...rest, ...(allowAllDivisions === undefined ? {} : { allowAllDivisions }) };
    }
    const redirect = raw['redirect-uris'];
    if (redirect !== undefined) {
        rule.redirectUris = {};
        if (redirect['allow-hosts'] !== undefined)
            rule.redirectUris.allowHosts = [...redirect['allow-hosts']];
        if (redirect['allow-schemes'] !== undefined)
            rule.redirectUris.allowSchemes = [...redirect['allow-schemes']];
    }
    if (raw['max-token-lifetime'] !== undefined)
        rule.maxTokenLifetime = parseDuration(raw['max-token-lifetime']);
    return rule;
}
function buildPolicy(raw, file, sha256, positions, warnings) {
    const checks = {};
    let tokenLifetimeMax = types/* DEFAULT_MAX_TOKEN_LIFETIME */.Ns;
    for (const id of types/* BUILTIN_CHECKS */.QR) {
        const setting = raw.checks?.[id];
        if (setting === undefined) {
            checks[id] = { severity: types/* BUILTIN_CHECK_DEFAULTS */.o[id] };
            continue;
        }
        const position = positions.at(['checks', id], 'key');
        if (typeof setting === 'string') {
            checks[id] = { severity: setting, position };
        }
        else {
            checks[id] = { severity: setting.severity ?? types/* BUILTIN_CHECK_DEFAULTS */.o[id], position };
            if (id === 'token-lifetime' && setting.max !== undefined)
                tokenLifetimeMax = parseDuration(setting.max);
        }
    }
    const rules = (raw.rules ?? []).map((r, i) => {
        const rule = buildRule(r, positions.at(['rules', i]));
        const scopeAt = new Map();
        for (const key of ['require', 'allow', 'forbid']) {
            (r.scopes?.[key] ?? []).forEach((s, j) => {
                if (!scopeAt.has(s))
                    scopeAt.set(s, positions.at(['rules', i, 'scopes', key, j]));
            });
        }
        recordScopePositions(rule, scopeAt);
        return rule;
    });
    const exemptions = (raw.exemptions ?? []).map((e, i) => {
        const ex = {
            client: e.client,
            reason: e.reason,
            owner: e.owner,
            expires: e.expires,
            position: positions.at(['exemptions', i]),
        };
        if (e.rule !== undefined)
            ex.rule = e.rule;
        if (e.check !== undefined)
            ex.check = e.check;
        if (e.subject !== undefined)
            ex.subject = e.subject;
        return ex;
    });
    const settings = {
        maxExemptionDays: raw.settings?.['max-exemption-days'] ?? DEFAULT_MAX_EXEMPTION_DAYS,
        allowEmptyOrg: raw.settings?.['allow-empty-org'] ?? false,
    };
    if (raw.settings?.['fail-on'] !== undefined)
        settings.failOn = raw.settings['fail-on'];
    return { path: file, sha256, version: 1, settings, checks, tokenLifetimeMax, rules, exemptions, warnings };
}

// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(95066);
;// CONCATENATED MODULE: ./src/report/impact.ts

function computeImpact(input) {
    const { org, current, base, failOn, baseInfo } = input;
    const baseFailOn = input.baseFailOn ?? failOn;
    const names = new Map();
    for (const c of org.clients)
        names.set(c.id, c.name);
    const impact = {
        base: {
            path: baseInfo.path,
            ref: baseInfo.ref,
            status: baseInfo.status,
            sha256: baseInfo.sha256 ?? null,
            message: baseInfo.message ?? null,
            result: null,
            violations: null,
        },
        newlyFailing: [],
        newlyPassing: [],
        added: [],
        removed: [],
        byRule: [],
    };
    if (base === null)
        return impact;
    const baseViolations = countViolations(base, baseFailOn);
    impact.base.result = baseViolations > 0 ? 'fail' : 'pass';
    impact.base.violations = baseViolations;
    // The same evaluation on both sides (an unchanged file) has no impact by definition.
    if (base === current)
        return impact;
    const baseByClient = byClient(base.clients);
    const currentByClient = byClient(current.clients);
    const clientOf = (id) => ({ id, name: names.get(id) ?? '' });
    // Org order, so the lists read in the same order as the report's clients.
    for (const c of org.clients) {
        const now = (0,gate/* clientResult */.BF)(currentByClient.get(c.id)?.findings ?? [], failOn);
        const before = (0,gate/* clientResult */.BF)(baseByClient.get(c.id)?.findings ?? [], baseFailOn);
        if (now === 'fail' && before === 'pass')
            impact.newlyFailing.push(clientOf(c.id));
        else if (now === 'pass' && before === 'fail')
            impact.newlyPassing.push(clientOf(c.id));
    }
    const now = keyedFindings(current, names);
    const before = keyedFindings(base, names);
    impact.added = difference(now, before);
    impact.removed = difference(before, now);
    const perRule = new Map();
    const tally = (f, field) => {
        let entry = perRule.get(f.rule);
        if (!entry)
            perRule.set(f.rule, (entry = { rule: f.rule, added: 0, removed: 0 }));
        entry[field]++;
    };
    for (const f of impact.added)
        tally(f, 'added');
    for (const f of impact.removed)
        tally(f, 'removed');
    impact.byRule = [...perRule.values()].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    return impact;
}
function countViolations(e, failOn) {
    let n = 0;
    for (const c of e.clients)
        for (const f of c.findings)
            if ((0,gate/* isViolation */.U3)(f, failOn))
                n++;
    for (const f of e.policyFindings)
        if ((0,gate/* isViolation */.U3)(f, failOn))
            n++;
    return n;
}
function byClient(clients) {
    const map = new Map();
    for (const c of clients)
        map.set(c.clientId, c);
    return map;
}
function impactFinding(clientId, clientName, f) {
    return { clientId, clientName, rule: f.rule, check: f.check, severity: f.severity, subject: f.subject };
}
/** Non-exempted findings with their identity key; policy findings (exemptions) have an empty client. */
function keyedFindings(e, names) {
    const out = [];
    const add = (clientId, f) => {
        if (f.exempted)
            return;
        out.push({
            key: JSON.stringify([clientId, f.rule, f.check, f.subject]),
            finding: impactFinding(clientId, clientId === '' ? '' : (names.get(clientId) ?? ''), f),
        });
    };
    for (const c of e.clients)
        for (const f of c.findings)
            add(c.clientId, f);
    for (const f of e.policyFindings)
        add('', f);
    return out;
}
/** Multiset difference `a − b` by key, most severe first, then in evaluation order. */
function difference(a, b) {
    const remaining = new Map();
    for (const k of b)
        remaining.set(k.key, (remaining.get(k.key) ?? 0) + 1);
    const out = [];
    for (const k of a) {
        const n = remaining.get(k.key) ?? 0;
        if (n > 0)
            remaining.set(k.key, n - 1);
        else
            out.push(k.finding);
    }
    // Array.prototype.sort is stable, so equal severities keep evaluation order.
    return out.sort((x, y) => (0,gate/* compareSeverity */.zK)(x.severity, y.severity));
}

;// CONCATENATED MODULE: ./src/audit.ts
/**
 * The core: `audit(settings) → report`. No `@actions/*` here — the action (src/main.ts) and the CLI
 * (src/cli.ts) are thin shells around it. Data flows one way: policy → org data → evaluation → report.
 */












/** Loads and validates the policy only: no credentials, no network. Throws `PolicyError`. */
async function validatePolicy(settings) {
    const policy = await loadPolicyFile(settings.policyPath, settings.policyDisplayPath, settings.now);
    return { policy, warnings: policy.warnings };
}
/** Runs a whole audit. Throws `UserError`/`PolicyError` (invalid-policy) or `IncompleteError` (incomplete). */
async function audit(settings, logger) {
    const policy = await loadPolicyFile(settings.policyPath, settings.policyDisplayPath, settings.now);
    const failOn = (0,gate/* resolveFailOn */.U4)(settings.failOn, policy);
    const { org, apiCalls, warnings } = await loadOrg(settings, policy, logger);
    for (const w of warnings)
        logger.warning(w);
    assertComplete(org, policy);
    const evaluation = evaluate(policy, org, settings.now);
    if (org.scopes)
        evaluation.warnings.push(...catalogueWarnings(policy, org.scopes));
    evaluation.warnings.push(...(0,policy_exemptions/* breadthWarnings */.Mh)(policy, org.clients, settings.now));
    const report = (0,build/* buildReport */.FK)({
        org,
        policy,
        evaluation,
        failOn,
        generatedAt: settings.now.toISOString(),
        toolVersion: version/* VERSION */.xv,
    });
    if (settings.basePolicy) {
        report.impact = impactOf(settings, org, policy, evaluation, failOn);
    }
    return { report, policy, apiCalls };
}
async function loadOrg(settings, policy, logger) {
    if (settings.source.kind === 'snapshot') {
        return { org: await readSnapshot(settings.source.path), apiCalls: 0, warnings: [] };
    }
    return fetchOrg(settings.source, {
        roleNames: refersToRolesByName(policy),
        scopeCatalogue: policy.checks['unknown-scope'].severity !== 'off',
    }, logger);
}
/** Role patterns that are not role IDs need the org's role list to mean anything. */
function refersToRolesByName(policy) {
    return policy.rules.some((rule) => {
        const r = rule.roles;
        if (!r)
            return false;
        return [...(r.require ?? []), ...(r.allow ?? []), ...(r.forbid ?? [])].some((p) => !(0,patterns/* isGenesysId */.qE)(p));
    });
}
/** Fail closed on data that cannot be judged as a whole (SPEC §6). */
function assertComplete(org, policy) {
    if (org.clients.length === 0 && !policy.settings.allowEmptyOrg) {
        throw new src_errors/* IncompleteError */.j$('the org returned zero OAuth clients. An org always has some; this usually means the audit identity ' +
            'cannot see them (check its role has oauth:client:view) or the wrong org/region. ' +
            'If the org really has none, set `settings.allow-empty-org: true` in the policy.');
    }
    if (!refersToRolesByName(policy))
        return;
    const known = new Set((org.roles ?? []).map((r) => r.id));
    for (const client of org.clients) {
        if (client.grantType !== 'CLIENT-CREDENTIALS')
            continue;
        const missing = client.roles.find((g) => !known.has(g.roleId));
        if (missing) {
            throw new src_errors/* IncompleteError */.j$(org.roles === null
                ? 'the role list was not fetched, but the policy refers to roles by name. Give the audit identity ' +
                    'the permission authorization:role:view.'
                : `role ${missing.roleId} granted to client ${client.id} is not in the org's role list, and the policy ` +
                    'refers to roles by name. Check that the audit identity can view all roles (authorization:role:view).');
        }
    }
}
function impactOf(settings, org, policy, evaluation, failOn) {
    const base = settings.basePolicy;
    const baseInfo = { path: policy.path, ref: base.ref };
    if (base.text === null) {
        return computeImpact({
            org,
            current: evaluation,
            base: null,
            failOn,
            baseInfo: { ...baseInfo, status: 'missing' },
        });
    }
    let basePolicy;
    try {
        basePolicy = loadPolicy(base.text, `${policy.path} (base ${base.ref})`, settings.now);
    }
    catch (e) {
        const message = e instanceof src_errors/* PolicyError */.pn ? e.message : String(e);
        return computeImpact({
            org,
            current: evaluation,
            base: null,
            failOn,
            baseInfo: { ...baseInfo, status: 'invalid', message },
        });
    }
    if (basePolicy.sha256 === policy.sha256) {
        return computeImpact({
            org,
            current: evaluation,
            base: evaluation,
            failOn,
            baseInfo: { ...baseInfo, status: 'unchanged', sha256: basePolicy.sha256 },
        });
    }
    const baseEvaluation = evaluate(basePolicy, org, settings.now);
    return computeImpact({
        org,
        current: evaluation,
        base: baseEvaluation,
        failOn,
        baseFailOn: (0,gate/* resolveFailOn */.U4)(settings.failOn, basePolicy),
        baseInfo: { ...baseInfo, status: 'compared', sha256: basePolicy.sha256 },
    });
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
;// CONCATENATED MODULE: ./src/github/logger.ts
/**
 * The action's log: every message the action writes goes through `log`, the one place where text
 * becomes safe for the runner's log. `@actions/core` escapes line breaks inside a command's data,
 * but `core.info` writes its text as it is, and the runner obeys a workflow command at the start
 * of any line of it (and a legacy `##[…]` one anywhere in it); escape sequences would reach the
 * log viewer in both.
 */


/** A message as the log gets it: one entry, no control or bidi character, no workflow command. */
function logText(message) {
    return (0,report_escape/* terminalOutput */.cX)((0,report_escape/* terminalMessage */._E)(message));
}
/** An annotation-level message (warning, error, notice, failure): GitHub shows it on the run page, so no mention or link either. */
function annotationText(message) {
    // After `logText`, which would show the invisible word joiners `inertText` adds as U+FFFD.
    return (0,report_escape/* inertText */.UJ)(logText(message));
}
const log = {
    debug: (message) => core/* debug */.Yz(logText(message)),
    info: (message) => core/* info */.pq(logText(message)),
    notice: (message, props) => core/* notice */.lm(annotationText(message), props),
    warning: (message, props) => core/* warning */.$e(annotationText(message), props),
    error: (message, props) => core/* error */.z3(annotationText(message), props),
    setFailed: (message) => core/* setFailed */.C1(annotationText(message)),
};
/** The core's Logger on the runner. */
const actionsLogger = {
    debug: log.debug,
    info: log.info,
    warning: (message) => log.warning(message),
    mask: (value) => {
        if (value !== '')
            core/* setSecret */.Pq(value);
    },
};

;// CONCATENATED MODULE: ./src/github/annotations.ts


function emitAnnotations(planned) {
    for (const a of planned) {
        const title = a.title === undefined ? undefined : (0,report_escape/* inertText */.UJ)(logText(a.title));
        const props = { title, file: a.file, startLine: a.line };
        if (a.col !== undefined)
            props.startColumn = a.col;
        if (a.level === 'error')
            log.error(a.message, props);
        else if (a.level === 'warning')
            log.warning(a.message, props);
        else
            log.notice(a.message, props);
    }
}
/** Policy validation errors and warnings, each at its `file:line:col`. */
function emitPolicyErrors(messages) {
    emitAnnotations(messages.map((m) => ({
        level: m.level,
        message: m.message,
        title: m.level === 'error' ? 'Invalid OAuth policy' : 'OAuth policy warning',
        file: m.file,
        line: m.line,
        col: m.col,
    })));
}

;// CONCATENATED MODULE: ./src/github/artifact.ts
/**
 * The report artifact (SPEC §7.7). `@actions/artifact` is loaded only here and only when uploading:
 * it is the heaviest module of the bundle and most of start-up time. An upload failure is reported
 * as a warning result, never thrown: the audit's verdict does not depend on it.
 */

/** The artifact's page, as GitHub links it from a run. */
function artifactUrl(id, env = process.env) {
    const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${env['GITHUB_REPOSITORY'] ?? ''}/actions/runs/${env['GITHUB_RUN_ID'] ?? ''}/artifacts/${id}`;
}
async function uploadReportArtifact(upload) {
    // Outside a runner (a local run of the bundle) there is no results service to talk to.
    if (!process.env['ACTIONS_RUNTIME_TOKEN'] || !process.env['ACTIONS_RESULTS_URL']) {
        return {
            warning: `Artifact "${upload.name}" not uploaded: no Actions runtime (ACTIONS_RUNTIME_TOKEN) here.`,
        };
    }
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
        const client = new DefaultArtifactClient();
        const response = await client.uploadArtifact(upload.name, upload.files.map((f) => external_node_path_.resolve(f)), external_node_path_.resolve(upload.rootDir), upload.retentionDays === undefined ? {} : { retentionDays: upload.retentionDays });
        if (response.id === undefined) {
            return { warning: `Artifact "${upload.name}" upload returned no artifact ID.` };
        }
        return { id: response.id, url: artifactUrl(response.id) };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { warning: `Artifact "${upload.name}" not uploaded: ${message}` };
    }
}

;// CONCATENATED MODULE: ./src/github/octokit.ts
/** Every GitHub API call of a run gives up after this long; a slow API must not hold the job. */
const GITHUB_API_TIMEOUT_MS = 30_000;
async function githubClient(token, env = process.env) {
    const github = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const baseUrl = env['GITHUB_API_URL'] || 'https://api.github.com';
    return github.getOctokit(token, { baseUrl });
}
/** The HTTP status of an Octokit error, when it has one. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function errorText(error) {
    const status = httpStatus(error);
    const message = error instanceof Error ? error.message : String(error);
    return status === undefined ? message : `HTTP ${status}: ${message}`;
}

;// CONCATENATED MODULE: ./src/github/base-policy.ts
/**
 * The base branch's version of the policy file, for the PR impact (SPEC §9). Read through the
 * contents API at the PR's base SHA, so it needs no extra checkout.
 */

async function fetchBasePolicy(req) {
    const filePath = req.path.replace(/^(\.\/)+/, '');
    const where = `${req.owner}/${req.repo}:${filePath}@${req.ref}`;
    if (!req.token)
        return { warning: `Base policy ${where} not read: no github-token.` };
    try {
        const octokit = await githubClient(req.token);
        const { data } = await octokit.rest.repos.getContent({
            owner: req.owner,
            repo: req.repo,
            path: filePath,
            ref: req.ref,
            request: { signal: AbortSignal.timeout(GITHUB_API_TIMEOUT_MS) },
        });
        if (Array.isArray(data) || data.type !== 'file') {
            return { warning: `Base policy ${where} is not a file.` };
        }
        if (!('content' in data) || data.encoding !== 'base64') {
            // The contents API leaves out bodies over 1 MB; policies that large are refused anyway.
            return { warning: `Base policy ${where} could not be read (too large for the contents API).` };
        }
        return { text: Buffer.from(data.content, 'base64').toString('utf8') };
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return { text: null };
        return {
            warning: `Base policy ${where} not read, so the impact of the change is not shown: ${errorText(error)}`,
        };
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/github/pr.ts
/** What a pull_request event tells the action: where to comment and what to compare against. */

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * The pull request of this run, or undefined when the event is not a pull request (or its payload
 * cannot be read, which then only disables the PR features).
 */
function prContext(env = process.env) {
    const eventName = env['GITHUB_EVENT_NAME'] ?? '';
    const eventPath = env['GITHUB_EVENT_PATH'];
    if (!PR_EVENTS.has(eventName) || !eventPath)
        return undefined;
    let payload;
    try {
        payload = JSON.parse(external_node_fs_.readFileSync(eventPath, 'utf8'));
    }
    catch {
        return undefined;
    }
    const pr = payload.pull_request;
    const number = pr?.number ?? payload.number;
    if (!pr || typeof number !== 'number')
        return undefined;
    const [envOwner, envRepo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    const baseRepo = pr.base?.repo ?? payload.repository;
    const owner = baseRepo?.owner?.login ?? envOwner ?? '';
    const repo = baseRepo?.name ?? envRepo ?? '';
    const baseName = baseRepo?.full_name ?? `${owner}/${repo}`;
    // A deleted fork has no head repo; treat it as a fork (read-only token).
    const headName = pr.head?.repo?.full_name;
    return {
        eventName,
        owner,
        repo,
        number,
        baseRef: pr.base?.ref ?? '',
        baseSha: pr.base?.sha ?? '',
        headSha: pr.head?.sha ?? '',
        fork: headName === undefined || headName.toLowerCase() !== baseName.toLowerCase(),
    };
}

;// CONCATENATED MODULE: ./src/github/comment.ts
/**
 * The sticky PR comment: one comment per PR, found again by a hidden marker and its author, and
 * updated in place, so that re-runs do not pile up comments. Forks get a read-only token: a
 * refusal is a warning.
 *
 * Anyone can write the marker into a comment, and a token that may write comments may edit anyone's
 * comment: a comment is ours only when its author is the token's own identity. A personal token
 * says who it is (`GET /user`); an installation token, such as the default `GITHUB_TOKEN`, may not
 * ask (403), and comments as `github-actions[bot]`.
 */


/** GitHub refuses comment bodies longer than this (characters). */
const COMMENT_LIMIT = 65_536;
function fit(body, marker) {
    const withMarker = body.includes(marker) ? body : `${marker}\n${body}`;
    if (withMarker.length <= COMMENT_LIMIT)
        return withMarker;
    const note = '\n\n… (truncated: the full results are in the job summary and the report artifact)\n';
    return withMarker.slice(0, COMMENT_LIMIT - note.length) + note;
}
/** The author of the default `GITHUB_TOKEN`'s comments. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Ours: written by `self`, and the marker opens the body (a reply quoting our comment starts with
 * `>` and is not ours).
 */
function isOurs(comment, marker, self) {
    const body = comment.body;
    return (comment.user?.login?.toLowerCase() === self.toLowerCase() &&
        typeof body === 'string' &&
        body.trimStart().startsWith(marker));
}
/**
 * The login the token comments as. Installation tokens (the default `GITHUB_TOKEN`) are refused
 * `GET /user` (403, "Resource not accessible by integration"): those comment as
 * `github-actions[bot]`, which only the repository's own workflows can write as. Another GitHub
 * App's token, refused the same way, finds none of its own comments and posts a new one each run:
 * a duplicate, never someone else's comment edited.
 */
async function ownLogin(octokit, request) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated({ request });
        if (typeof data.login === 'string' && data.login !== '')
            return data.login;
    }
    catch (error) {
        const status = httpStatus(error);
        if (status !== 401 && status !== 403 && status !== 404)
            throw error;
    }
    return ACTIONS_BOT;
}
async function upsertPrComment(args) {
    const { owner, repo, number } = args.pr;
    const where = `${owner}/${repo}#${number}`;
    if (!args.token) {
        return { action: 'skipped', warning: `PR comment not posted on ${where}: no github-token.` };
    }
    const body = fit(args.body, args.marker);
    try {
        const octokit = await githubClient(args.token);
        const request = { signal: AbortSignal.timeout(GITHUB_API_TIMEOUT_MS) };
        const self = await ownLogin(octokit, request);
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: number,
            per_page: 100,
            request,
        });
        const existing = comments.find((c) => isOurs(c, args.marker, self));
        if (existing) {
            const { data } = await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: existing.id,
                body,
                request,
            });
            return { action: 'updated', id: data.id, url: data.html_url };
        }
        const { data } = await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: number,
            body,
            request,
        });
        return { action: 'created', id: data.id, url: data.html_url };
    }
    catch (error) {
        const status = httpStatus(error);
        const hint = status === 403 || status === 404
            ? ' The token cannot write to this pull request (a PR from a fork gets a read-only token; ' +
                'otherwise grant `pull-requests: write`).'
            : '';
        return { action: 'skipped', warning: `PR comment not posted on ${where}: ${errorText(error)}.${hint}` };
    }
}

;// CONCATENATED MODULE: ./src/genesys/limits.ts
/**
 * Defaults for a CI job against a real org. Genesys returns the whole client list in one response,
 * which for a large org takes a while to produce: hence a generous headers timeout, and an overall
 * deadline above it that only a server answering a byte at a time reaches. Five retries
 * with backoff from 0.5 s (capped at 15 s) ride out a short 5xx burst in well under a minute; the
 * run-wide budget stops a flapping API from stretching the job. A `Retry-After` up to 120 s covers
 * the per-minute limit (~300 requests/min per token); a longer one means a daily limit, where
 * waiting is pointless. 64 MiB is several times a 10,000-client listing, and bounds memory.
 */
const DEFAULT_LIMITS = {
    connectTimeoutMs: 10_000,
    headersTimeoutMs: 60_000,
    bodyTimeoutMs: 30_000,
    requestTimeoutMs: 120_000,
    maxRetries: 5,
    retryBudget: 30,
    backoffBaseMs: 500,
    backoffMaxMs: 15_000,
    maxRetryAfterSeconds: 120,
    maxBodyBytes: 64 * 1024 * 1024,
};
const ENV_NAMES = {
    connectTimeoutMs: 'GENESYS_AUDIT_CONNECT_TIMEOUT_MS',
    headersTimeoutMs: 'GENESYS_AUDIT_HEADERS_TIMEOUT_MS',
    bodyTimeoutMs: 'GENESYS_AUDIT_BODY_TIMEOUT_MS',
    requestTimeoutMs: 'GENESYS_AUDIT_REQUEST_TIMEOUT_MS',
    maxRetries: 'GENESYS_AUDIT_MAX_RETRIES',
    retryBudget: 'GENESYS_AUDIT_RETRY_BUDGET',
    backoffBaseMs: 'GENESYS_AUDIT_BACKOFF_BASE_MS',
    backoffMaxMs: 'GENESYS_AUDIT_BACKOFF_MAX_MS',
    maxRetryAfterSeconds: 'GENESYS_AUDIT_MAX_RETRY_AFTER_S',
    maxBodyBytes: 'GENESYS_AUDIT_MAX_BODY_BYTES',
};
/** Reads the limits from the environment; a malformed value is an input error message, returned. */
function limitsFromEnv(env) {
    const limits = { ...DEFAULT_LIMITS };
    const errors = [];
    for (const key of Object.keys(ENV_NAMES)) {
        const name = ENV_NAMES[key];
        const raw = env[name];
        if (raw === undefined || raw.trim() === '')
            continue;
        const value = Number(raw);
        if (!Number.isInteger(value) || value < 0) {
            errors.push(`${name} must be a whole number ≥ 0, got "${raw}".`);
            continue;
        }
        limits[key] = value;
    }
    return { limits, errors };
}

;// CONCATENATED MODULE: ./src/paths.ts
/**
 * The files the tool reads (policy, snapshot, reports to merge) and the folders it writes reports
 * to, resolved with their symbolic links before use. A path must end inside its root folder (the
 * action's workspace) and name a regular file or a folder: a link committed to a repository cannot
 * make the tool read `/proc/self/environ` into a message or write reports elsewhere, and a FIFO or
 * a device cannot hang it or exhaust its memory.
 */



/** The real path of `p`: its deepest existing part with every link resolved, the rest appended. */
function realPath(p, shown) {
    const rest = [];
    for (let at = p;;) {
        let linked = false;
        try {
            linked = (0,external_node_fs_.lstatSync)(at).isSymbolicLink();
        }
        catch {
            const parent = external_node_path_default().dirname(at);
            if (parent === at)
                return { real: p, existing: at };
            rest.unshift(external_node_path_default().basename(at));
            at = parent;
            continue;
        }
        let existing;
        try {
            existing = (0,external_node_fs_.realpathSync)(at);
        }
        catch (e) {
            // A link to nothing: where it leads cannot be checked, and nothing is read or made through it.
            const why = linked
                ? 'a symbolic link to a path that does not exist'
                : e.code;
            throw new src_errors/* UserError */.yo(`${shown} cannot be resolved: ${at} is ${why}.`);
        }
        return { real: external_node_path_default().join(existing, ...rest), existing };
    }
}
function isInside(root, p) {
    const relative = external_node_path_default().relative(root, p);
    return (relative === '' ||
        (!relative.startsWith(`..${(external_node_path_default()).sep}`) && relative !== '..' && !external_node_path_default().isAbsolute(relative)));
}
function paths_kindOf(st) {
    if (st.isDirectory())
        return 'a folder';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * Resolves `given` (relative to the root, or absolute) with its links and returns the real path
 * to use. `kind` is what it must be when it exists: a regular `file`, or a `folder` (which may not
 * exist yet, but whose deepest existing part must be a folder). A file that does not exist is left
 * to the reader to report. Throws a UserError that names the input (`input`, e.g. `Input "policy"`
 * or `--policy`), where the path leads and what to do.
 */
function resolvePath(root, input, given, kind) {
    const shown = `${input} ("${given}")`;
    if (given.includes('\0'))
        throw new src_errors/* UserError */.yo(`${input} contains a NUL character.`);
    const lexical = external_node_path_default().resolve(root.dir, given);
    const { real, existing } = realPath(lexical, shown);
    const typedOutside = !isInside(external_node_path_default().resolve(root.dir), lexical);
    if (!(root.outsideAllowed && typedOutside)) {
        const rootReal = realPath(external_node_path_default().resolve(root.dir), root.label).real;
        if (!isInside(rootReal, real)) {
            throw new src_errors/* UserError */.yo(`${shown} resolves to ${real}, outside ${root.label} (${rootReal}): ` +
                `give a path inside ${root.label}; a symbolic link may not lead out of it.`);
        }
    }
    const st = (0,external_node_fs_.statSync)(existing);
    if (existing === real) {
        if (kind === 'file' && !st.isFile()) {
            throw new src_errors/* UserError */.yo(`${shown} is ${paths_kindOf(st)}, not a regular file: give the path of a file.`);
        }
        if (kind === 'folder' && !st.isDirectory()) {
            throw new src_errors/* UserError */.yo(`${shown} must name a folder, but ${real} is ${st.isFile() ? 'a file' : paths_kindOf(st)}.`);
        }
    }
    else if (kind === 'folder' && !st.isDirectory()) {
        throw new src_errors/* UserError */.yo(`${shown} must name a folder, but ${existing} is ${st.isFile() ? 'a file' : paths_kindOf(st)}.`);
    }
    return real;
}

;// CONCATENATED MODULE: ./src/github/inputs.ts
/**
 * The action's inputs (SPEC §2): read once, validated, then turned into the core's settings.
 * Nothing else in the action calls `core.getInput`.
 */








const MODES = ['audit', 'validate', 'merge'];
const PR_COMMENT_VALUES = ['auto', 'always', 'never'];
const COMPARE_POLICY_VALUES = ['auto', 'never'];
const DEFAULT_POLICY = 'policies/oauth-policy.yml';
const DEFAULT_REPORT_DIR = 'oauth-audit-report';
const DEFAULT_ARTIFACT_NAME = 'oauth-audit-report';
/** Same lookup as `core.getInput` (spaces → `_`, upper-cased, hyphens kept), but on a given env. */
function rawInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function optional(value) {
    return value === '' ? undefined : value;
}
function oneOf(env, name, allowed, fallback) {
    const raw = rawInput(env, name);
    if (raw === '')
        return fallback;
    const value = raw.toLowerCase();
    if (allowed.includes(value))
        return value;
    throw new src_errors/* UserError */.yo(`Input "${name}" has an unknown value "${raw}". Allowed: ${allowed.join(', ')}.`);
}
/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them; empty: the default. */
function bool(env, name, fallback) {
    const raw = rawInput(env, name);
    if (raw === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new src_errors/* UserError */.yo(`Input "${name}" must be true or false, got "${raw}".`);
}
/**
 * A path that must stay inside the workspace (it is read as the policy or written as reports):
 * returned relative to the workspace with `/` separators, as annotations need it.
 */
function workspacePath(workspace, name, raw, fallback, allowRoot = false) {
    const value = raw === '' ? fallback : raw;
    if (value.includes('\0'))
        throw new src_errors/* UserError */.yo(`Input "${name}" contains a NUL character.`);
    const absolute = external_node_path_.resolve(workspace, value);
    const relative = external_node_path_.relative(workspace, absolute);
    if (relative === '' && allowRoot)
        return '.';
    if (relative === '' ||
        relative === '..' ||
        relative.startsWith(`..${external_node_path_.sep}`) ||
        external_node_path_.isAbsolute(relative)) {
        throw new src_errors/* UserError */.yo(`Input "${name}" ("${value}") must be a path inside the workspace (${workspace}), relative to it.`);
    }
    return relative.split(external_node_path_.sep).join('/');
}
/** Characters `@actions/artifact` refuses in artifact names; checked here so the error is early and clear. */
const ARTIFACT_NAME_FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];
function artifactName(env) {
    // An explicitly empty input disables the upload, so an unset input and an empty one differ.
    const key = 'INPUT_ARTIFACT-NAME';
    if (env[key] === undefined)
        return DEFAULT_ARTIFACT_NAME;
    const value = rawInput(env, 'artifact-name');
    const bad = ARTIFACT_NAME_FORBIDDEN.filter((c) => value.includes(c));
    if (bad.length > 0) {
        const shown = bad.map((c) => JSON.stringify(c)).join(' ');
        throw new src_errors/* UserError */.yo(`Input "artifact-name" ("${value}") must not contain ${shown}.`);
    }
    return value;
}
function retentionDays(env) {
    const raw = rawInput(env, 'retention-days');
    if (raw === '')
        return undefined;
    const days = Number(raw);
    if (!/^\d+$/.test(raw) || days < 1 || days > 90) {
        throw new src_errors/* UserError */.yo(`Input "retention-days" must be a whole number of days from 1 to 90, got "${raw}".`);
    }
    return days;
}
function expectedReports(env) {
    const raw = rawInput(env, 'expected-reports');
    if (raw === '')
        return undefined;
    const count = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(count) || count < 1) {
        throw new src_errors/* UserError */.yo(`Input "expected-reports" must be a whole number, 1 or more (the number of orgs in the matrix), got "${raw}".`);
    }
    return count;
}
/**
 * Registers a secret with the runner so that it never appears in the log, trimmed and as given.
 * A value too short to be a credential is refused before it is used and never printed; masked, it
 * would make the runner hide that text wherever it occurs in the log.
 */
function mask(raw) {
    if (raw === undefined)
        return;
    const trimmed = raw.trim();
    if (trimmed.length >= MIN_SECRET_LENGTH)
        core/* setSecret */.Pq(trimmed);
    if (raw !== trimmed && trimmed.length >= MIN_SECRET_LENGTH)
        core/* setSecret */.Pq(raw);
}
/**
 * Reads every input of SPEC §2. Secrets are masked before anything else happens, so that no later
 * message (even a validation error) can print them. Throws a UserError naming the bad input.
 */
function readInputs(env = process.env) {
    const secretInput = env['INPUT_CLIENT-SECRET'];
    const secretEnv = env['GENESYS_CLIENT_SECRET'];
    mask(secretInput);
    mask(secretEnv);
    mask(env['INPUT_GITHUB-TOKEN']);
    const workspace = external_node_path_.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
    const mode = oneOf(env, 'mode', MODES, 'audit');
    const failOnRaw = rawInput(env, 'fail-on');
    const inputs = {
        mode,
        reports: optional(rawInput(env, 'reports')),
        expectedReports: expectedReports(env),
        policy: workspacePath(workspace, 'policy', rawInput(env, 'policy'), DEFAULT_POLICY),
        region: optional(rawInput(env, 'region')) ?? optional((env['GENESYS_ENVIRONMENT'] ?? '').trim()),
        clientId: optional(rawInput(env, 'client-id')) ?? optional((env['GENESYS_CLIENT_ID'] ?? '').trim()),
        clientSecret: optional(rawInput(env, 'client-secret')) ?? optional((secretEnv ?? '').trim()),
        apiBaseUrl: optional(rawInput(env, 'api-base-url')),
        loginBaseUrl: optional(rawInput(env, 'login-base-url')),
        snapshot: optional(rawInput(env, 'snapshot')),
        failOn: failOnRaw === '' ? undefined : oneOf(env, 'fail-on', types/* FAIL_ON_VALUES */.Qm, 'high'),
        reportDir: workspacePath(workspace, 'report-dir', rawInput(env, 'report-dir'), DEFAULT_REPORT_DIR, true),
        artifactName: artifactName(env),
        retentionDays: retentionDays(env),
        sarif: bool(env, 'sarif', false),
        jobSummary: bool(env, 'job-summary', true),
        annotations: bool(env, 'annotations', true),
        prComment: oneOf(env, 'pr-comment', PR_COMMENT_VALUES, 'auto'),
        comparePolicy: oneOf(env, 'compare-policy', COMPARE_POLICY_VALUES, 'auto'),
        githubToken: rawInput(env, 'github-token'),
        workspace,
    };
    if (inputs.snapshot?.includes('\0'))
        throw new src_errors/* UserError */.yo('Input "snapshot" contains a NUL character.');
    // The report folder is made after the audit: a link out of the workspace or a file in its way
    // is an input error found now, before any request.
    if (mode === 'audit')
        reportFolder(inputs);
    if (mode === 'merge' && inputs.reports === undefined) {
        throw new src_errors/* UserError */.yo('Input "reports" is required with mode: merge (a glob of JSON reports to combine).');
    }
    return inputs;
}
/** The workspace: every path an input names is resolved, links too, and must stay inside it. */
function workspaceRoot(inputs) {
    return { dir: inputs.workspace, label: 'the workspace' };
}
/** The real path of the report folder; a UserError when it leads out of the workspace. */
function reportFolder(inputs) {
    return resolvePath(workspaceRoot(inputs), 'Input "report-dir"', inputs.reportDir, 'folder');
}
/**
 * The core's settings for modes `audit` and `validate`. `validate` needs no credentials; `audit`
 * needs them unless a snapshot is audited. `basePolicy` is left to the caller (it needs the API).
 */
function toSettings(inputs, ctx) {
    const workspace = ctx.workspace ?? inputs.workspace;
    const shownPath = external_node_path_.resolve(workspace, inputs.policy);
    return {
        policyPath: resolvePath(workspaceRoot({ workspace }), 'Input "policy"', inputs.policy, 'file'),
        policyDisplayPath: external_node_path_.relative(workspace, shownPath).split(external_node_path_.sep).join('/'),
        failOn: inputs.failOn,
        source: sourceSettings(inputs, workspace, ctx.env),
        now: ctx.now,
    };
}
function sourceSettings(inputs, workspace, env) {
    if (inputs.snapshot !== undefined) {
        return {
            kind: 'snapshot',
            path: resolvePath(workspaceRoot({ workspace }), 'Input "snapshot"', inputs.snapshot, 'file'),
        };
    }
    const endpoints = resolveEndpoints({
        region: inputs.region,
        apiBaseUrl: inputs.apiBaseUrl,
        loginBaseUrl: inputs.loginBaseUrl,
    });
    const { limits, errors } = limitsFromEnv(env);
    if (errors.length > 0)
        throw new src_errors/* UserError */.yo(errors.join(' '));
    if (inputs.mode === 'audit') {
        const missing = [
            inputs.clientId === undefined ? 'client-id (secret GENESYS_CLIENT_ID)' : undefined,
            inputs.clientSecret === undefined ? 'client-secret (secret GENESYS_CLIENT_SECRET)' : undefined,
        ].filter((m) => m !== undefined);
        if (missing.length > 0) {
            throw new src_errors/* UserError */.yo(`Missing credentials: ${missing.join(' and ')}. Store the audit client's ID and secret as repository ` +
                'secrets GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET and pass them as the client-id and client-secret ' +
                'inputs (or audit a snapshot, or use mode: validate, which needs none).');
        }
    }
    return {
        kind: 'api',
        region: endpoints.region,
        apiBaseUrl: endpoints.apiBaseUrl,
        loginBaseUrl: endpoints.loginBaseUrl,
        clientId: inputs.clientId ?? '',
        clientSecret: inputs.clientSecret ?? '',
        limits,
    };
}
/** The settings of `mode: merge`: the gate is the `fail-on` input (else `high`), never a report's own. */
function toMergeSettings(inputs) {
    return {
        failOn: inputs.failOn,
        expectedReports: inputs.expectedReports,
        searched: `"${inputs.reports ?? ''}" under ${inputs.workspace}`,
    };
}

;// CONCATENATED MODULE: ./src/github/outputs.ts
/** Step outputs (SPEC §3). Every output is always set, so that workflows can rely on each name. */

/** The outputs as the runner will see them: every name, '' when not applicable. */
function outputRecord(values) {
    const text = (v) => (v === undefined ? '' : String(v));
    return {
        result: values.result,
        clients: text(values.clients),
        findings: text(values.findings),
        violations: text(values.violations),
        exempted: text(values.exempted),
        'report-json': text(values.reportJson),
        'report-csv': text(values.reportCsv),
        'report-sarif': text(values.reportSarif),
        'artifact-id': text(values.artifactId),
        'artifact-url': text(values.artifactUrl),
    };
}
function setOutputs(values) {
    for (const [name, value] of Object.entries(outputRecord(values)))
        core/* setOutput */.uH(name, value);
}

;// CONCATENATED MODULE: ./src/github/summary.ts
/** The job summary (SPEC §7.4): the markdown comes rendered; this only writes it. */


/** GitHub drops a step summary over 1 MiB (and adds an error); stay clearly below it. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/**
 * Appends the markdown to the step summary. A missing or unwritable summary file (a local run, an
 * old runner) is a warning: the audit's verdict does not depend on it. Returns whether it was written.
 */
async function writeSummary(markdown) {
    let text = markdown;
    if (Buffer.byteLength(text, 'utf8') > SUMMARY_LIMIT_BYTES) {
        // The renderer keeps within budget; this guards against a summary GitHub would silently drop.
        text =
            '## Genesys Cloud OAuth Client Audit\n\nThe summary is too large for the job summary; ' +
                'the full results are in the report artifact.\n';
    }
    try {
        await core/* summary */.z.addRaw(text, true).write();
        return true;
    }
    catch (error) {
        core/* summary */.z.emptyBuffer();
        log.warning(`Job summary not written: ${error instanceof Error ? error.message : String(error)}`);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/outcome.ts
/** Outcomes of SPEC §8: how a finished run or a thrown error maps to `result`, exit code and message. */



const EXIT_CODES = {
    pass: 0,
    fail: 1,
    'invalid-policy': 2,
    incomplete: 3,
    error: 4,
};
const BUG_REPORT = 'This is a bug in genesys-oauth-audit: please open an issue with this message (re-run with debug logging ' +
    'for the stack trace; check that it contains no secrets before sharing).';
/** Maps a thrown value to its outcome. Anything that is not one of our typed errors is a bug. */
function classifyError(error) {
    if (error instanceof src_errors/* PolicyError */.pn)
        return { outcome: 'invalid-policy', message: error.message };
    if (error instanceof src_errors/* UserError */.yo)
        return { outcome: 'invalid-policy', message: error.message };
    if (error instanceof src_errors/* IncompleteError */.j$) {
        return {
            outcome: 'incomplete',
            message: `Audit incomplete, so it cannot pass: ${error.message}`,
        };
    }
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { outcome: 'error', message: `Unexpected error (${what}). ${BUG_REPORT}` };
}
/** The one-line verdict of a finished audit: the count of violations and the worst one. */
function verdictMessage(report) {
    const { summary, failOn } = report;
    if (report.result === 'pass') {
        const gate = failOn === 'never' ? 'fail-on: never' : `nothing at or above ${failOn}`;
        return `Audit passed: ${summary.clients} clients, ${summary.findings} findings (${gate}), ${summary.exempted} exempted.`;
    }
    const worst = worstViolation(report);
    const noun = summary.violations === 1 ? 'violation' : 'violations';
    // Names, subjects and rule names are data: one line each, cut to a readable length.
    const where = worst
        ? ` Worst: ${worst.severity} ${worst.check}${worst.client ? ` on client "${(0,report_escape/* terminalText */.eR)(worst.client, 80)}"` : ''}${worst.subject ? ` (${(0,report_escape/* terminalText */.eR)(worst.subject, 80)})` : ''}, rule ${(0,report_escape/* terminalText */.eR)(worst.rule, 80)}.`
        : '';
    return `Audit failed: ${summary.violations} ${noun} at or above ${failOn} in ${summary.clients} clients.${where}`;
}
function worstViolation(report) {
    let best = null;
    const consider = (client, f) => {
        if (f.exempted)
            return;
        const rank = types/* SEVERITIES */.oC.indexOf(f.severity);
        if (!best || rank < best.rank) {
            best = { rank, v: { severity: f.severity, check: f.check, rule: f.rule, subject: f.subject, client } };
        }
    };
    for (const c of report.clients)
        for (const f of c.findings)
            consider(c.name || c.id, f);
    for (const f of report.policyFindings)
        consider(null, f);
    return best?.v ?? null;
}

// EXTERNAL MODULE: ./src/report/checks.ts
var checks = __webpack_require__(67933);
;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * Which annotations to put on the policy file (SPEC §7.5). GitHub shows at most 10 annotations of
 * each level per step, so findings are grouped per rule and check at the policy line they belong
 * to, most severe first, and a level with more groups than fit ends with one "N more" annotation.
 * Names and messages from the org or the policy go through `githubText`: one line, and nothing
 * GitHub would turn into a mention or a link.
 */



const NAME_MAX = 60;
function planAnnotations(report, policyFile, options = {}) {
    const maxPerLevel = Math.max(1, options.maxPerLevel ?? 10);
    const namesPerGroup = Math.max(1, options.namesPerGroup ?? 5);
    const violations = new Map();
    const notices = new Map();
    const add = (groups, f, client) => {
        const key = JSON.stringify([f.rule, f.check, f.line]);
        let g = groups.get(key);
        if (!g) {
            g = {
                rule: f.rule,
                check: f.check,
                line: f.line,
                severity: f.severity,
                count: 0,
                names: [],
                clients: new Set(),
                subjects: new Set(),
            };
            groups.set(key, g);
        }
        g.count++;
        if (gate/* SEVERITY_RANK */.f3[f.severity] > gate/* SEVERITY_RANK */.f3[g.severity])
            g.severity = f.severity;
        if (client && !g.clients.has(client.id)) {
            g.clients.add(client.id);
            if (g.names.length < namesPerGroup)
                g.names.push((0,report_escape/* githubText */.f5)(client.name || client.id, NAME_MAX));
        }
        if (f.subject && g.subjects.size < namesPerGroup)
            g.subjects.add((0,report_escape/* githubText */.f5)(f.subject, NAME_MAX));
    };
    const classify = (f, client) => {
        if (f.exempted)
            return;
        add((0,gate/* atOrAbove */.kU)(f.severity, report.failOn) ? violations : notices, f, client);
    };
    for (const c of report.clients)
        for (const f of c.findings)
            classify(f, { id: c.id, name: c.name });
    for (const f of report.policyFindings)
        classify(f, null);
    const errors = cap(sorted(violations).map((g) => toAnnotation(g, 'error', policyFile)), maxPerLevel, (n) => `${n} more groups of violations are not shown here: see the job summary and the report artifact.`, policyFile);
    const warnings = cap(report.warnings.map((w) => ({
        level: 'warning',
        message: (0,report_escape/* githubText */.f5)(w.message),
        title: 'OAuth policy warning',
        // Warnings about the audited policy point at it under the name the workflow knows it by.
        file: w.file === report.policy.path ? policyFile : w.file,
        line: Math.max(1, w.line),
        col: Math.max(1, w.col),
    })), maxPerLevel, (n) => `${n} more policy warnings are not shown here: see the job summary.`, policyFile);
    const noticeList = cap(sorted(notices).map((g) => toAnnotation(g, 'notice', policyFile)), maxPerLevel, (n) => `${n} more groups of findings below fail-on are not shown here: see the job summary and the report artifact.`, policyFile);
    return [...errors, ...warnings, ...noticeList];
}
function sorted(groups) {
    return [...groups.values()].sort((a, b) => gate/* SEVERITY_RANK */.f3[b.severity] - gate/* SEVERITY_RANK */.f3[a.severity] ||
        b.count - a.count ||
        a.line - b.line ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
        (a.check < b.check ? -1 : a.check > b.check ? 1 : 0));
}
function toAnnotation(g, level, file) {
    const what = g.rule === g.check ? g.check : `${g.rule} / ${g.check}`;
    const title = (0,report_escape/* githubText */.f5)(`${g.severity}: ${what}`, 200);
    let message;
    if (g.clients.size > 0) {
        const more = g.clients.size - g.names.length;
        const list = g.names.map((n) => `"${n}"`).join(', ') + (more > 0 ? ` and ${more} more` : '');
        const findings = g.count === 1 ? '1 finding' : `${g.count} findings`;
        const clients = g.clients.size === 1 ? '1 client' : `${g.clients.size} clients`;
        message = `${annotations_describe(g.check)}: ${findings} (${g.severity}) on ${clients}: ${list}.`;
    }
    else {
        const subjects = [...g.subjects].map((s) => `"${s}"`).join(', ');
        const findings = g.count === 1 ? '1 finding' : `${g.count} findings`;
        message = `${annotations_describe(g.check)}: ${findings} (${g.severity})${subjects ? `: ${subjects}` : ''}.`;
    }
    return { level, message, title, file, line: Math.max(1, g.line) };
}
function annotations_describe(check) {
    return checks/* CHECK_INFO */.O[check]?.title ?? check;
}
/** Keeps the first `max - 1` and replaces the rest with one summary annotation, when there are more than `max`. */
function cap(list, max, more, file) {
    if (list.length <= max)
        return list;
    const kept = list.slice(0, max - 1);
    const level = list[0].level;
    kept.push({
        level,
        message: more(list.length - kept.length),
        title: 'More in the job summary',
        file,
        line: 1,
    });
    return kept;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/status.ts
var report_status = __webpack_require__(16934);
;// CONCATENATED MODULE: ./src/report/csv.ts
const CSV_COLUMNS = [
    'client_id',
    'client_name',
    'grant_type',
    'state',
    'result',
    'rule',
    'check',
    'severity',
    'subject',
    'message',
    'exempted',
    'exemption_reason',
    'exemption_owner',
    'exemption_expires',
];
/** Spreadsheets (Excel, LibreOffice, Sheets) evaluate a cell starting with one of these as a formula. */
function startsLikeFormula(value) {
    const c = value.charCodeAt(0);
    // = + - @ tab CR
    return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d;
}
const NEEDS_QUOTES = /[",\r\n]/;
/** Neutralises formula injection, then applies RFC 4180 quoting. */
function csvCell(value) {
    if (value === '')
        return value;
    const safe = startsLikeFormula(value) ? `'${value}` : value;
    return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
const HEADER = `${CSV_COLUMNS.join(',')}\r\n`;
/** The finding's cells, from `rule` to `exemption_expires`, without the line end. */
function findingCells(f) {
    const e = f.exemption;
    // `check` and `severity` are this tool's own identifiers (lower-case words and hyphens), not data.
    return (`${csvCell(f.rule)},${f.check},${f.severity},${csvCell(f.subject)},` +
        `${csvCell(f.message)},${f.exempted ? 'true' : 'false'},` +
        (e ? `${csvCell(e.reason)},${csvCell(e.owner)},${csvCell(e.expires)}` : ',,'));
}
function clientCells(c) {
    return `${csvCell(c.id)},${csvCell(c.name)},${csvCell(c.grantType)},${csvCell(c.state)},${csvCell(c.result)}`;
}
/** The file in pieces (a row each), so that a large one can be written without one string of it all. */
function* csvRows(report) {
    yield HEADER;
    for (const c of report.clients) {
        // The client's cells repeat on each of its rows: escaped once.
        const client = clientCells(c);
        if (c.findings.length === 0) {
            yield `${client},,,,,,,,,\r\n`;
            continue;
        }
        for (const f of c.findings)
            yield `${client},${findingCells(f)}\r\n`;
    }
    // Findings about the policy itself (expired, unused exemptions) belong to no client.
    for (const f of report.policyFindings)
        yield `,,,,,${findingCells(f)}\r\n`;
}
function renderCsv(report) {
    let out = '';
    for (const row of csvRows(report))
        out += row;
    return out;
}

;// CONCATENATED MODULE: ./src/report/json.ts
const LISTS = new Set(['clients', 'policyFindings', 'warnings']);
/** The report in pieces, so that a large one can be written without one string of it all. */
function* jsonChunks(report) {
    yield '{\n';
    const keys = Object.keys(report);
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const comma = i < keys.length - 1 ? ',' : '';
        const value = report[key];
        const name = JSON.stringify(key);
        if (LISTS.has(key) && Array.isArray(value) && value.length > 0) {
            yield `  ${name}: [\n`;
            // Indent, item and line end as separate pieces: joined, V8 would copy each item once more.
            for (let j = 0; j < value.length; j++) {
                yield '    ';
                yield JSON.stringify(value[j]);
                yield j < value.length - 1 ? ',\n' : '\n';
            }
            yield `  ]${comma}\n`;
        }
        else {
            yield `  ${name}: ${JSON.stringify(value)}${comma}\n`;
        }
    }
    yield '}\n';
}
function renderJson(report) {
    return [...jsonChunks(report)].join('');
}

;// CONCATENATED MODULE: ./src/report-files.ts
/** Writes the report files of a finished audit (SPEC §7): the one file-system step shared by the action and the CLI. */






const REPORT_FILES = {
    json: 'oauth-audit.json',
    csv: 'oauth-audit.csv',
    sarif: 'oauth-audit.sarif',
};
const BUFFER_BYTES = 1024 * 1024;
/**
 * Writes a file given in pieces (a line or a row each). The pieces are encoded straight into one of
 * two 1 MiB buffers; a full buffer is written while the next one fills, so the disk and the
 * rendering overlap. Neither the whole text nor a copy of it is ever held.
 */
async function writePieces(file, pieces) {
    // A report from an earlier run is removed, not truncated (truncating a large file is slow on
    // some file systems), and the new one is created afresh (`wx`): a link left at the path cannot
    // send the report elsewhere.
    await (0,promises_.rm)(file, { force: true });
    const handle = await (0,promises_.open)(file, 'wx');
    // A write may take fewer bytes than given: go on until all are written.
    const writeAll = async (bytes, length) => {
        for (let done = 0; done < length;)
            done += (await handle.write(bytes, done, length - done)).bytesWritten;
    };
    let writing = Promise.resolve();
    try {
        const buffers = [Buffer.allocUnsafe(BUFFER_BYTES), Buffer.allocUnsafe(BUFFER_BYTES)];
        let buffer = buffers[0];
        let used = 0;
        // Writes `bytes` after the write in flight, which frees the other buffer for filling.
        const flush = async (bytes, length) => {
            await writing;
            writing = writeAll(bytes, length);
        };
        for (const piece of pieces) {
            // A UTF-16 code unit takes at most 3 bytes of UTF-8: past that bound the piece might not fit.
            const most = piece.length * 3;
            if (used + most > BUFFER_BYTES) {
                if (used > 0)
                    await flush(buffer, used);
                buffer = buffer === buffers[0] ? buffers[1] : buffers[0];
                used = 0;
                if (most > BUFFER_BYTES) {
                    const bytes = Buffer.from(piece);
                    await flush(bytes, bytes.length);
                    continue;
                }
            }
            used += buffer.write(piece, used);
        }
        if (used > 0)
            await flush(buffer, used);
        await writing;
    }
    finally {
        // Close only once no write is in flight (a failed write has already ended the loop).
        await writing.catch(() => undefined);
        await handle.close();
    }
}
async function writeReportFiles(report, dir, options) {
    const root = external_node_path_default().resolve(dir);
    await (0,promises_.mkdir)(root, { recursive: true });
    const json = external_node_path_default().join(root, REPORT_FILES.json);
    const csv = external_node_path_default().join(root, REPORT_FILES.csv);
    await writePieces(json, jsonChunks(report));
    await writePieces(csv, csvRows(report));
    let sarif = null;
    if (options.sarif) {
        // SARIF is opt-in and its renderer is only needed then.
        const { renderSarif } = await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 10643));
        sarif = external_node_path_default().join(root, REPORT_FILES.sarif);
        await writePieces(sarif, [renderSarif(report, { policyFile: options.policyFile })]);
    }
    return { json, csv, sarif };
}
/**
 * The JSON reports matched by a glob (mode `merge`), relative to the root, sorted; none is not an
 * error here. A link that matches is kept: `readReports` resolves it, and refuses it when it leads
 * out of the root.
 */
async function findReports(glob, root) {
    const { default: picomatch } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 14006, 23));
    const isMatch = picomatch(glob, { dot: false });
    const entries = await (0,promises_.readdir)(root.dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile() || e.isSymbolicLink())
        .map((e) => external_node_path_default().relative(root.dir, external_node_path_default().join(e.parentPath, e.name)).split((external_node_path_default()).sep).join('/'))
        .filter((rel) => !rel.startsWith('node_modules/') && !rel.includes('/node_modules/') && isMatch(rel))
        .sort();
}
/**
 * Reads JSON reports, each resolved with its links under `root` (a link that leads out of it is a
 * user error naming it; `what`, e.g. `Report`, says how messages call it). A file that cannot be
 * read or is not JSON is returned with the reason (never its content), so that the merge can name
 * every bad file at once.
 */
async function readReports(files, root, what) {
    const real = files.map((file) => resolvePath(root, what, file, 'file'));
    return Promise.all(files.map(async (file, i) => {
        let text;
        try {
            text = await (0,promises_.readFile)(real[i], 'utf8');
        }
        catch (e) {
            return { path: file, unreadable: e.code ?? 'read error' };
        }
        try {
            return { path: file, report: JSON.parse(text) };
        }
        catch (e) {
            return { path: file, unreadable: `not valid JSON${jsonErrorPosition(e)}` };
        }
    }));
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action shell: inputs → settings → core → publish (reports, summary, annotations, artifact,
 * PR comment, outputs). Every GitHub side effect goes through src/github/.
 */

















async function run(env = process.env) {
    let inputs;
    try {
        inputs = readInputs(env); // masks the secret before anything else happens
        switch (inputs.mode) {
            case 'validate':
                return await runValidate(inputs, env);
            case 'merge':
                return await runMerge(inputs);
            default:
                return await runAudit(inputs, env);
        }
    }
    catch (error) {
        await reportFailure(error, inputs);
    }
}
async function reportFailure(error, inputs) {
    const { outcome, message } = classifyError(error);
    if (error instanceof src_errors/* PolicyError */.pn) {
        if (inputs?.annotations !== false)
            emitPolicyErrors([...error.errors, ...error.warnings]);
    }
    if (outcome === 'error' && error instanceof Error && error.stack)
        log.debug(error.stack);
    setOutputs({ result: outcome });
    if (inputs?.jobSummary !== false)
        await writeSummary((0,report_status/* renderFailureSummary */.Fr)(outcome, message));
    log.setFailed(message);
}
async function runValidate(inputs, env) {
    const settings = toSettings(inputs, { now: new Date(), env });
    const { policy, warnings } = await validatePolicy(settings);
    if (inputs.annotations)
        emitPolicyErrors(warnings);
    if (inputs.jobSummary)
        await writeSummary((0,report_status/* renderValidation */.kQ)(policy.path, warnings));
    setOutputs({ result: 'pass' });
    log.info(`${policy.path} is valid${warnings.length ? ` (${warnings.length} warnings)` : ''}.`);
}
async function runMerge(inputs) {
    const { mergeReports, mergedVerdict, renderMergedSummary } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(750)]).then(__webpack_require__.bind(__webpack_require__, 77750));
    const root = workspaceRoot(inputs);
    const files = await findReports(inputs.reports ?? '', root);
    const merged = mergeReports(await readReports(files, root, 'Report'), toMergeSettings(inputs));
    if (inputs.jobSummary)
        await writeSummary(renderMergedSummary(merged));
    setOutputs({
        result: merged.result,
        clients: merged.summary.clients,
        findings: merged.summary.findings,
        violations: merged.summary.violations,
        exempted: merged.summary.exempted,
    });
    const line = mergedVerdict(merged);
    if (merged.result === 'fail')
        log.setFailed(line);
    else
        log.info(line);
}
async function runAudit(inputs, env) {
    const settings = toSettings(inputs, { now: new Date(), env });
    const pr = prContext(env);
    if (pr && inputs.comparePolicy === 'auto')
        await addBasePolicy(settings, inputs, pr);
    const result = await audit(settings, actionsLogger);
    const outputs = await publish(result, settings, inputs, pr, env);
    setOutputs(outputs);
    const verdict = verdictMessage(result.report);
    if (result.report.result === 'fail')
        log.setFailed(verdict);
    else
        log.info(verdict);
}
/** The PR's base version of the policy, for the impact; a failure to read it only skips the comparison. */
async function addBasePolicy(settings, inputs, pr) {
    const ref = pr.baseSha || pr.baseRef;
    if (!ref)
        return;
    const base = await fetchBasePolicy({
        token: inputs.githubToken,
        owner: pr.owner,
        repo: pr.repo,
        path: settings.policyDisplayPath,
        ref,
    });
    if ('warning' in base) {
        log.warning(`Policy impact not computed: ${base.warning}`);
        return;
    }
    settings.basePolicy = { text: base.text, ref: pr.baseRef || ref };
}
async function publish({ report }, settings, inputs, pr, env) {
    const files = await writeReportFiles(report, reportFolder(inputs), {
        sarif: inputs.sarif,
        policyFile: settings.policyDisplayPath,
    });
    let artifact;
    if (inputs.artifactName) {
        const uploaded = await uploadReportArtifact({
            name: inputs.artifactName,
            files: [files.json, files.csv, ...(files.sarif ? [files.sarif] : [])],
            rootDir: external_node_path_default().dirname(files.json),
            retentionDays: inputs.retentionDays,
        });
        if ('warning' in uploaded)
            log.warning(uploaded.warning);
        else
            artifact = uploaded;
    }
    const runUrl = runLink(env);
    if (inputs.jobSummary)
        await writeSummary((0,markdown/* renderSummary */.Br)(report, { artifactUrl: artifact?.url, runUrl }));
    if (inputs.annotations)
        emitAnnotations(planAnnotations(report, settings.policyDisplayPath));
    if (pr && wantsComment(inputs, report)) {
        const comment = await upsertPrComment({
            token: inputs.githubToken,
            body: (0,markdown/* renderComment */.wQ)(report, { runUrl, artifactUrl: artifact?.url }),
            marker: report_status/* COMMENT_MARKER */.JO,
            pr: { owner: pr.owner, repo: pr.repo, number: pr.number },
        });
        if (comment.action === 'skipped')
            log.warning(comment.warning);
        else
            log.info(`PR comment ${comment.action}: ${comment.url}`);
    }
    return {
        result: report.result,
        clients: report.summary.clients,
        findings: report.summary.findings,
        violations: report.summary.violations,
        exempted: report.summary.exempted,
        reportJson: files.json,
        reportCsv: files.csv,
        reportSarif: files.sarif ?? undefined,
        artifactId: artifact?.id,
        artifactUrl: artifact?.url,
    };
}
function wantsComment(inputs, report) {
    if (inputs.prComment === 'never')
        return false;
    if (inputs.prComment === 'always')
        return true;
    const impact = report.impact;
    const changed = impact !== undefined && (impact.added.length > 0 || impact.removed.length > 0);
    return report.summary.findings > 0 || changed;
}
function runLink(env) {
    const repo = env.GITHUB_REPOSITORY;
    const id = env.GITHUB_RUN_ID;
    if (!repo || !id)
        return undefined;
    return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repo}/actions/runs/${id}`;
}


/***/ }),

/***/ 82680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isActive),
/* harmony export */   Mh: () => (/* binding */ breadthWarnings),
/* harmony export */   OI: () => (/* binding */ describeScope),
/* harmony export */   UE: () => (/* binding */ compileExemptions),
/* harmony export */   Yn: () => (/* binding */ exemptionsFor),
/* harmony export */   rG: () => (/* binding */ expiryEnd),
/* harmony export */   rY: () => (/* binding */ applyExemptions)
/* harmony export */ });
/* unused harmony exports CompiledExemption, MAX_EXEMPTED_CLIENTS */
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82819);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6563);
/**
 * Exemptions (SPEC §4.6). An exemption applies to a finding when every field it names fits; it
 * exempts through the end of its `expires` day, UTC. Expired ones exempt nothing and are reported;
 * active ones that exempted nothing are reported as unused.
 */


const DAY_MS = 86_400_000;
/**
 * First instant after an exemption's `expires` day (UTC midnight of the next day), in ms since the
 * epoch; NaN for a date that is not a real `YYYY-MM-DD` day, which then counts as expired.
 */
function expiryEnd(expires) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof expires === 'string' ? expires : '');
    if (!m)
        return NaN;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const start = Date.UTC(y, mo - 1, d);
    const check = new Date(start);
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
        return NaN;
    return start + DAY_MS;
}
/** Valid through 23:59:59.999 UTC of the `expires` day. */
function isActive(expires, now) {
    const end = expiryEnd(expires);
    return !Number.isNaN(end) && now.getTime() < end;
}
class CompiledExemption {
    exemption;
    active;
    ref;
    /** The lower-cased client ID when `client` is shaped like one; null for a name glob. */
    clientId;
    clientGlob;
    ruleLower;
    subjectLower;
    /** Whether it exempted at least one finding in this run. */
    used = false;
    constructor(exemption, now) {
        this.exemption = exemption;
        this.active = isActive(exemption.expires, now);
        this.ref = { reason: exemption.reason, owner: exemption.owner, expires: exemption.expires };
        // Whoever may create OAuth clients chooses their names: an ID must never be matched as a name,
        // or a new client named after an exempted ID would inherit the exemption.
        this.clientId = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .isGenesysId */ .qE)(exemption.client) ? exemption.client.toLowerCase() : null;
        let glob = null;
        if (this.clientId === null) {
            try {
                glob = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .SO)(exemption.client);
            }
            catch (e) {
                // The loader refuses invalid globs; should one slip through, it exempts nothing.
                if (!(e instanceof _patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .PatternError */ .JM))
                    throw e;
            }
        }
        this.clientGlob = glob;
        this.ruleLower = exemption.rule?.toLowerCase();
        this.subjectLower = exemption.subject?.toLowerCase();
    }
    /** `client`: an ID-shaped value matches the client ID only (any case); anything else, the name only. */
    coversClient(idLower, name) {
        if (this.clientId !== null)
            return idLower === this.clientId;
        return this.clientGlob !== null && this.clientGlob.test(name);
    }
    /** `rule`, `check` and `subject`, each when named. */
    coversFinding(f) {
        if (this.ruleLower !== undefined && f.rule.toLowerCase() !== this.ruleLower)
            return false;
        if (this.exemption.check !== undefined && f.check !== this.exemption.check)
            return false;
        if (this.subjectLower !== undefined && f.subject.toLowerCase() !== this.subjectLower)
            return false;
        return true;
    }
}
function compileExemptions(exemptions, now) {
    return exemptions.map((e) => new CompiledExemption(e, now));
}
/** The active exemptions that name this client, in policy order (usually none). */
function exemptionsFor(all, idLower, name) {
    const out = [];
    for (const e of all)
        if (e.active && e.coversClient(idLower, name))
            out.push(e);
    return out;
}
/**
 * Marks the findings the given exemptions cover. The first covering exemption (policy order) is the
 * one reported; every covering one counts as used, so overlapping exemptions are not called unused.
 */
function applyExemptions(findings, candidates) {
    if (candidates.length === 0)
        return;
    for (const f of findings) {
        for (const e of candidates) {
            if (!e.coversFinding(f))
                continue;
            e.used = true;
            if (!f.exempted) {
                f.exempted = true;
                f.exemption = { ...e.ref };
            }
        }
    }
}
/** What an exemption is about, for messages: "rule web-messaging, check scope-not-allowed, subject `x`". */
function describeScope(e) {
    const parts = [];
    if (e.rule !== undefined)
        parts.push(`rule ${e.rule}`);
    if (e.check !== undefined)
        parts.push(`check ${e.check}`);
    if (e.subject !== undefined)
        parts.push(`subject \`${e.subject}\``);
    return parts.length === 0 ? 'all findings' : parts.join(', ');
}
/** Clients one exemption may name before an audit warns that it is too broad to be reviewed. */
const MAX_EXEMPTED_CLIENTS = 10;
/** Audit mode: the active exemptions whose `client` names more than `MAX_EXEMPTED_CLIENTS` clients of the org. */
function breadthWarnings(policy, clients, now) {
    // An ID names one client; only name globs can name many.
    const globs = compileExemptions(policy.exemptions, now).filter((e) => e.active && !(0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .isGenesysId */ .qE)(e.exemption.client));
    if (globs.length === 0)
        return [];
    const counts = new Array(globs.length).fill(0);
    for (const client of clients) {
        const key = (0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .clientKey */ .TJ)(client);
        globs.forEach((e, i) => {
            if (e.coversClient(key.idLower, key.name))
                counts[i]++;
        });
    }
    const out = [];
    globs.forEach((e, i) => {
        if (counts[i] <= MAX_EXEMPTED_CLIENTS)
            return;
        const x = e.exemption;
        const index = policy.exemptions.indexOf(x);
        out.push({
            level: 'warning',
            file: policy.path,
            line: x.position?.line ?? 1,
            col: x.position?.col ?? 1,
            message: `exemptions[${index}].client: "${x.client}" names ${counts[i]} clients of this org (more than ${MAX_EXEMPTED_CLIENTS}), so this exemption (${describeScope(x)}) covers findings nobody reviews one by one. Name the clients it is for, by ID when the exception is dangerous`,
        });
    });
    return out;
}


/***/ }),

/***/ 55375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ clientResult),
/* harmony export */   U3: () => (/* binding */ isViolation),
/* harmony export */   U4: () => (/* binding */ resolveFailOn),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   kU: () => (/* binding */ atOrAbove),
/* harmony export */   zK: () => (/* binding */ compareSeverity)
/* harmony export */ });
/* unused harmony export worstFinding */
/** Higher is more severe. */
const SEVERITY_RANK = {
    critical: 5,
    high: 4,
    medium: 3,
    low: 2,
    info: 1,
};
/** Orders severities highest first (for sorting). */
function compareSeverity(a, b) {
    return SEVERITY_RANK[b] - SEVERITY_RANK[a];
}
/** True when `severity` reaches the threshold; `never` is reached by nothing. */
function atOrAbove(severity, failOn) {
    if (failOn === 'never')
        return false;
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
/** A finding that fails the run: not exempted, and at or above `fail-on`. */
function isViolation(finding, failOn) {
    return !finding.exempted && atOrAbove(finding.severity, failOn);
}
/** The `fail-on` input wins, then the policy's `settings.fail-on`, then `high`. */
function resolveFailOn(input, policy) {
    return input ?? policy.settings.failOn ?? 'high';
}
function clientResult(findings, failOn) {
    for (const f of findings)
        if (isViolation(f, failOn))
            return 'fail';
    return 'pass';
}
/** The most severe non-exempted finding (first of equals), or null; names the worst finding in a failure message. */
function worstFinding(findings) {
    let worst = null;
    for (const f of findings) {
        if (f.exempted)
            continue;
        if (worst === null || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst.severity])
            worst = f;
    }
    return worst;
}


/***/ }),

/***/ 95292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yo: () => (/* binding */ isKnownGrantType),
/* harmony export */   a_: () => (/* binding */ unusualCharacters),
/* harmony export */   at: () => (/* binding */ POLICY_GRANT_TYPE_PATTERN),
/* harmony export */   hp: () => (/* binding */ CLIENT_CREDENTIALS),
/* harmony export */   lZ: () => (/* reexport safe */ _genesys_model_js__WEBPACK_IMPORTED_MODULE_0__.l),
/* harmony export */   vr: () => (/* binding */ normaliseGrantType)
/* harmony export */ });
/* harmony import */ var _genesys_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2375);
/**
 * Grant type spellings. The API writes `CODE`, `TOKEN`, `SAML2-BEARER`, `PASSWORD`,
 * `CLIENT-CREDENTIALS`; older SDKs and hand-written policies use `_` for `-` or drop the hyphen.
 * Both the policy loader and the API layer normalise through here, so they always agree.
 */


/** The grant type whose scopes Genesys ignores (its permissions come from roles). */
const CLIENT_CREDENTIALS = 'CLIENT-CREDENTIALS';
const KNOWN = new Set(_genesys_model_js__WEBPACK_IMPORTED_MODULE_0__/* .GRANT_TYPES */ .l);
const BY_COMPACT = new Map(_genesys_model_js__WEBPACK_IMPORTED_MODULE_0__/* .GRANT_TYPES */ .l.map((g) => [g.replaceAll('-', ''), g]));
// Only plain ASCII is ever normalised: a value with any other character (a zero-width or
// non-breaking space, a Cyrillic look-alike, a dotless `ı` that upper-cases to `I`) is kept as
// given, so that it is an unknown grant type rather than the known one it imitates.
const NORMALISABLE = /^[A-Za-z0-9_-]+$/;
const ASCII_BLANKS = /^[ \t\r\n]+|[ \t\r\n]+$/g;
/**
 * The API spelling of a grant type (`client_credentials` → `CLIENT-CREDENTIALS`,
 * `SAML2BEARER` → `SAML2-BEARER`). A value that is not a known grant type is returned unchanged:
 * an unknown grant type is a finding, never a crash.
 */
function normaliseGrantType(value) {
    if (KNOWN.has(value))
        return value; // the usual case, once per client
    const trimmed = value.replace(ASCII_BLANKS, '');
    if (!NORMALISABLE.test(trimmed))
        return value;
    return BY_COMPACT.get(trimmed.toUpperCase().replace(/[-_]/g, '')) ?? value;
}
/**
 * The characters of a grant type that are not printable ASCII, as code points (`U+200B`), at most
 * `max` distinct ones: what makes a look-alike differ from the grant type it imitates, which
 * reports cannot show (an invisible character is invisible, a Cyrillic `Р` looks like `P`).
 */
function unusualCharacters(value, max = 3) {
    const out = [];
    for (const c of value) {
        if (/[\x21-\x7e]/.test(c))
            continue;
        const code = `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        if (!out.includes(code))
            out.push(code);
        if (out.length === max)
            break;
    }
    return out;
}
function isKnownGrantType(value) {
    return KNOWN.has(value);
}
/**
 * The spellings a policy file may use: upper case, as the API writes them, with `_` for `-` or no
 * hyphen. Kept equal to the `grantType` pattern of `policies/oauth-policy.schema.json` (a test
 * checks it).
 */
const POLICY_GRANT_TYPE_PATTERN = '^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$';


/***/ }),

/***/ 6563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ RuleMatcher),
/* harmony export */   PR: () => (/* binding */ RuleIndex),
/* harmony export */   TJ: () => (/* binding */ clientKey)
/* harmony export */ });
/* unused harmony exports ClientKey, CompiledMatchSpec */
/* harmony import */ var _grant_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95292);
/* harmony import */ var _pattern_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12801);


const str = (v) => (typeof v === 'string' ? v : '');
/** The fields matching reads, normalised once per client. */
class ClientKey {
    client;
    name;
    nameLower;
    description;
    idLower;
    /** Normalised grant type (see `normaliseGrantType`). */
    grantType;
    stateLower;
    descLower;
    constructor(client) {
        this.client = client;
        this.name = str(client.name);
        this.nameLower = this.name.toLowerCase();
        this.description = str(client.description);
        this.idLower = str(client.id).toLowerCase();
        this.grantType = (0,_grant_types_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseGrantType */ .vr)(str(client.grantType));
        this.stateLower = str(client.state).trim().toLowerCase();
    }
    /** Lowered on first use: few policies match by description. */
    get descriptionLower() {
        return (this.descLower ??= this.description.toLowerCase());
    }
}
function clientKey(client) {
    return new ClientKey(client);
}
/** One compiled `match` or `exclude` block; absent keys are not checked. */
class CompiledMatchSpec {
    ids;
    grantTypes;
    states;
    names;
    descriptions;
    constructor(spec) {
        // Cheapest tests first: set lookups before pattern tests.
        this.ids = spec.id ? new Set(spec.id.map((v) => v.toLowerCase())) : null;
        this.grantTypes = spec.grantTypes ? new Set(spec.grantTypes.map(_grant_types_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseGrantType */ .vr)) : null;
        this.states = spec.states ? new Set(spec.states.map((v) => v.toLowerCase())) : null;
        this.names = spec.name ? new _pattern_set_js__WEBPACK_IMPORTED_MODULE_1__/* .PatternSet */ .D(spec.name, true) : null;
        this.descriptions = spec.description ? new _pattern_set_js__WEBPACK_IMPORTED_MODULE_1__/* .PatternSet */ .D(spec.description, true) : null;
    }
    /** What every matching name starts with (see `PatternSet.prefixes`); null: any name may match. */
    namePrefixes() {
        return this.names === null ? null : this.names.prefixes();
    }
    /** The last characters a matching name may end with (see `PatternSet.endings`); null: any. */
    nameEndings() {
        return this.names === null ? null : this.names.endings();
    }
    /** The grant-type and state keys only: what `RuleIndex` groups clients by. */
    fitsKind(grantType, stateLower) {
        if (this.grantTypes !== null && !this.grantTypes.has(grantType))
            return false;
        return this.states === null || this.states.has(stateLower);
    }
    fits(k) {
        if (this.ids !== null && !this.ids.has(k.idLower))
            return false;
        if (this.grantTypes !== null && !this.grantTypes.has(k.grantType))
            return false;
        if (this.states !== null && !this.states.has(k.stateLower))
            return false;
        if (this.names !== null && !this.names.test(k.name, k.nameLower))
            return false;
        if (this.descriptions !== null && !this.descriptions.test(k.description, k.descriptionLower))
            return false;
        return true;
    }
}
/** A rule's `match` and `exclude` together. */
class RuleMatcher {
    match;
    exclude;
    constructor(match, exclude) {
        this.match = match ? new CompiledMatchSpec(match) : null;
        this.exclude = exclude ? new CompiledMatchSpec(exclude) : null;
    }
    matches(k) {
        if (this.match !== null && !this.match.fits(k))
            return false;
        return this.exclude === null || !this.exclude.fits(k);
    }
}
/** Distinct grant-type/state pairs remembered; past this, candidates are listed afresh each time. */
const INDEX_LIMIT = 256;
/** Longest name key: longer keys split the rules no further in practice and cost more to hash. */
const MAX_NAME_KEY = 16;
/**
 * Narrows the rules a client can match before any is tested, from facts cheap to read off the
 * client: its grant type and state, and the start and the last character of its name.
 *
 * A rule whose `match.name` entries are all exact strings, or globs or `^`-anchored regular
 * expressions with a literal prefix, can only match a client whose lower-cased name starts with
 * one of those prefixes, so such rules are filed in buckets keyed by the first `keyLength`
 * characters of each prefix; a client looks up its own name's first `keyLength` characters. The
 * other rules (no name key, globs starting with a wildcard, unanchored expressions) are candidates
 * for every name. Likewise at the other end: a rule whose name entries all end in literal text
 * (`*-prod`, `/…3$/`) is a candidate only for names ending in the last character of one of them.
 * The result only prunes: each candidate still needs `RuleMatcher.matches`.
 */
class RuleIndex {
    matchers;
    keyLength;
    /** Name key → bucket number. */
    bucketOf = new Map();
    /** Per bucket, the rules filed there, ascending. */
    buckets = [];
    /** Rules that are candidates whatever the name, ascending. */
    always = [];
    kinds = new Map();
    cached = 0;
    /** Per rule, the last characters its matching names may end with; null: any. */
    endings;
    /** Last character → ending slot; a character no rule ends with takes the slot after these. */
    endingSlot = new Map();
    constructor(matchers) {
        this.matchers = matchers;
        this.endings = matchers.map((m) => {
            const ends = m.match?.nameEndings() ?? null;
            if (ends === null)
                return null;
            for (const c of ends)
                if (!this.endingSlot.has(c))
                    this.endingSlot.set(c, this.endingSlot.size);
            return new Set(ends);
        });
        const prefixes = matchers.map((m) => m.match?.namePrefixes() ?? null);
        // An exact name has the same first characters as the client name equal to it however short
        // it is, so only pattern prefixes bound the key length.
        let keyLength = MAX_NAME_KEY;
        for (const p of prefixes)
            for (const g of p?.starts ?? [])
                keyLength = Math.min(keyLength, g.length);
        this.keyLength = keyLength;
        prefixes.forEach((p, i) => {
            if (p === null) {
                this.always.push(i);
                return;
            }
            for (const text of [...p.exact, ...p.starts]) {
                const key = text.slice(0, keyLength);
                let b = this.bucketOf.get(key);
                if (b === undefined) {
                    b = this.buckets.length;
                    this.bucketOf.set(key, b);
                    this.buckets.push([]);
                }
                const bucket = this.buckets[b];
                if (bucket.at(-1) !== i)
                    bucket.push(i);
            }
        });
    }
    /** Indexes of the candidate rules, ascending (policy order); each still needs `matches`. */
    candidates(k) {
        const name = k.nameLower;
        const b = this.buckets.length === 0 ? -1 : (this.bucketOf.get(name.slice(0, this.keyLength)) ?? -1);
        const endings = this.endingSlot.size;
        const last = endings === 0 ? '' : name.slice(-1);
        const e = endings === 0 ? 0 : (this.endingSlot.get(last) ?? endings);
        const entry = this.kind(k.grantType, k.stateLower);
        const slot = (b === -1 ? this.buckets.length : b) * (endings + 1) + e;
        return (entry.lists[slot] ??= this.list(entry.fits, b, e === endings ? null : last));
    }
    kind(grantType, stateLower) {
        let byState = this.kinds.get(grantType);
        const hit = byState?.get(stateLower);
        if (hit !== undefined)
            return hit;
        const fits = this.matchers.map((m) => m.match === null || m.match.fitsKind(grantType, stateLower));
        const entry = { fits, lists: [] };
        if (this.cached < INDEX_LIMIT) {
            if (byState === undefined)
                this.kinds.set(grantType, (byState = new Map()));
            byState.set(stateLower, entry);
            this.cached++;
        }
        return entry;
    }
    /**
     * The always-candidates merged with bucket `b` (-1: none), in policy order, kept to those that fit
     * and may end in `last` (null: a character no rule ends with).
     */
    list(fits, b, last) {
        const a = this.always;
        const c = b === -1 ? [] : this.buckets[b];
        const out = [];
        let i = 0;
        let j = 0;
        while (i < a.length || j < c.length) {
            const next = j >= c.length || (i < a.length && a[i] < c[j]) ? a[i++] : c[j++];
            const ends = this.endings[next];
            if (fits[next] && (ends === null || (last !== null && ends.has(last))))
                out.push(next);
        }
        return out;
    }
}


/***/ }),

/***/ 12801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ PatternSet)
/* harmony export */ });
/* unused harmony exports globLiterals, regexLiterals */
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82819);
/** Pattern lists compiled once per policy and tested many times per run. */

// Characters that are literal in a glob and match only their ASCII case variants under `nocase`
// (an ASCII letter never matches a non-ASCII one), so lower-casing the value keeps them in place.
const PLAIN = /^[a-z0-9 _.:-]$/i;
/**
 * The literals of a glob made of plain characters, `*`, `?` and `[...]` only; null for anything
 * else (braces, extglobs, escapes, non-ASCII), which then always runs the full glob.
 */
function globLiterals(glob) {
    const tokens = []; // null: a wildcard
    let run = '';
    const flush = () => {
        if (run !== '')
            tokens.push(run);
        run = '';
    };
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' || c === '?') {
            flush();
            tokens.push(null);
        }
        else if (c === '[') {
            const close = glob.indexOf(']', i + 2);
            if (close === -1 || glob.slice(i + 1, close).includes('['))
                return null;
            flush();
            tokens.push(null);
            i = close;
        }
        else if (PLAIN.test(c)) {
            run += c.toLowerCase();
        }
        else {
            return null;
        }
    }
    flush();
    if (tokens.length < 2)
        return null;
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    const prefix = typeof first === 'string' ? first : '';
    const suffix = typeof last === 'string' ? last : '';
    const inner = tokens.slice(prefix ? 1 : 0, suffix ? -1 : undefined).filter((t) => t !== null);
    return { prefix, suffix, inner };
}
// Quantifiers that make the character before them optional or repeatable.
const QUANTIFIER = /^[*+?{]/;
// Characters that stand for themselves in a regular expression outside a class.
const REGEX_LITERAL = /^[a-z0-9 _:-]$/i;
// Under the `i` flag, `k` and `s` also match a non-ASCII character (KELVIN SIGN, LONG S) that
// lower-cases to something else, so literal runs stop at them.
const FOLDS_BEYOND_ASCII = /^[ks]$/i;
/**
 * Literal text every match of a regular expression must start and end with, lower-cased: the
 * plain characters after a leading `^` and before a trailing `$`. Null when there is neither, or
 * when the expression has an alternation (`|`), which may bypass both anchors. Every character
 * kept is matched by itself or its ASCII case twin only, which lower-casing maps back.
 */
function regexLiterals(pattern) {
    if (!(0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegex */ .mk)(pattern))
        return null;
    const insensitive = pattern.endsWith('/i');
    const body = pattern.slice(1, insensitive ? -2 : -1);
    if (body.includes('|'))
        return null;
    const literal = (c) => REGEX_LITERAL.test(c) && !(insensitive && FOLDS_BEYOND_ASCII.test(c));
    let prefix = '';
    if (body.startsWith('^')) {
        let end = 1;
        while (end < body.length && literal(body[end]))
            end++;
        // A quantified last character may be absent or repeated.
        if (end > 1 && QUANTIFIER.test(body.slice(end)))
            end--;
        prefix = body.slice(1, end);
    }
    // Escapes (`\x41`, `\d`) end in plain characters that are not literal, a `$` after a backslash
    // is not an anchor, and a group may set flags (`(?i)`, `(?m)`) for what follows it, so a
    // trailing run is trusted only without any backslash or parenthesis.
    let suffix = '';
    if (body.endsWith('$') && !/[\\(]/.test(body)) {
        let start = body.length - 1;
        while (start > 0 && literal(body[start - 1]))
            start--;
        suffix = body.slice(start, -1);
    }
    if (prefix === '' && suffix === '')
        return null;
    return { prefix: prefix.toLowerCase(), suffix: suffix.toLowerCase(), inner: [] };
}
function mayMatch(lits, valueLower) {
    // Suffix first: patterns sharing a prefix often differ at the end, and `endsWith` is the cheaper test.
    if (lits.suffix !== '' && !valueLower.endsWith(lits.suffix))
        return false;
    if (lits.prefix !== '' && !valueLower.startsWith(lits.prefix))
        return false;
    for (const s of lits.inner)
        if (!valueLower.includes(s))
            return false;
    return true;
}
/**
 * A list of patterns, any of which may match. Plain strings (no glob syntax) become one set lookup
 * on the lower-cased value, which the caller lowers once per client instead of once per pattern.
 */
class PatternSet {
    exact;
    patterns;
    /** Index-aligned with `patterns`; null: no quick rejection possible. */
    literals;
    sources;
    /** `regex`: also accept `/.../` (names and descriptions); otherwise globs only (scopes, roles, hosts). */
    constructor(list, regex) {
        const exact = new Set();
        const patterns = [];
        const literals = [];
        for (const p of list) {
            if (regex && (0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegex */ .mk)(p)) {
                patterns.push((0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePattern */ .Eb)(p));
                literals.push(regexLiterals(p));
            }
            else if (!(0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .isGlob */ .fg)(p)) {
                exact.add(p.toLowerCase());
            }
            else {
                patterns.push((0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .SO)(p));
                literals.push(globLiterals(p));
            }
        }
        this.exact = exact;
        this.patterns = patterns;
        this.literals = literals;
        this.sources = list;
    }
    /**
     * Lower-cased text that every value this set matches starts with: the exact strings whole, and
     * the literal prefixes of globs (see `globLiterals`) and regular expressions (see `regexLiterals`);
     * a matching value's lower-cased form starts with one of them. Null when some pattern has no
     * such prefix, or for an empty list.
     */
    prefixes() {
        if (this.sources.length === 0)
            return null;
        const starts = [];
        for (const lits of this.literals) {
            if (lits === null || lits.prefix === '')
                return null;
            starts.push(lits.prefix);
        }
        return { exact: [...this.exact], starts };
    }
    /**
     * The last characters, lower-cased, that every value this set matches may end with: those of the
     * exact strings and of the literal suffixes of the patterns. Null when some pattern has no such
     * suffix, or for an empty list.
     */
    endings() {
        if (this.sources.length === 0)
            return null;
        const ends = [...this.exact].map((e) => e.slice(-1));
        for (const lits of this.literals) {
            if (lits === null || lits.suffix === '')
                return null;
            ends.push(lits.suffix.slice(-1));
        }
        return ends;
    }
    /** `valueLower` must be `value.toLowerCase()`. */
    test(value, valueLower) {
        if (this.exact.size !== 0 && this.exact.has(valueLower))
            return true;
        for (let i = 0; i < this.patterns.length; i++) {
            const lits = this.literals[i];
            if (lits !== null && !mayMatch(lits, valueLower))
                continue;
            if (this.patterns[i].test(value))
                return true;
        }
        return false;
    }
    /** The first matching pattern as written (plain strings before globs), or null. */
    first(value, valueLower) {
        if (this.exact.has(valueLower)) {
            for (const p of this.sources)
                if (p.toLowerCase() === valueLower)
                    return p;
        }
        for (let i = 0; i < this.patterns.length; i++) {
            const lits = this.literals[i];
            if (lits !== null && !mayMatch(lits, valueLower))
                continue;
            if (this.patterns[i].test(value))
                return this.patterns[i].source;
        }
        return null;
    }
}


/***/ }),

/***/ 82819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ compilePattern),
/* harmony export */   JM: () => (/* binding */ PatternError),
/* harmony export */   Mw: () => (/* binding */ matchesEveryName),
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   mk: () => (/* binding */ isRegex),
/* harmony export */   qE: () => (/* binding */ isGenesysId)
/* harmony export */ });
/* unused harmony exports MAX_REGEX_LENGTH, MAX_V8_INPUT, anyOf */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
/**
 * Compiled match patterns of the policy: case-insensitive globs (picomatch), `/regex/flags`, or
 * exact values. Compiled once per policy, never per client.
 */


class PatternError extends Error {
    name = 'PatternError';
}
/** Longest regular expression accepted. */
const MAX_REGEX_LENGTH = 200;
/**
 * Longest text V8's engine runs an expression on. Even one quantifier can cost it time quadratic
 * in the text (`a*b`, tried from every start), so longer text goes to RE2, which is linear at any
 * length: every text is judged, however long (a name too long to judge would escape its rules).
 */
const MAX_V8_INPUT = 2000;
// picomatch treats `/` as a path separator (`*` stops at it); client names are not paths, so both
// sides see it as an ordinary private-use character instead.
const SLASH = '\uE000';
// Skipping the copy when there is no `/` matters: it runs once per client per pattern.
const unslash = (s) => (s.includes('/') ? s.replaceAll('/', SLASH) : s);
const GLOB_OPTIONS = {
    nocase: true,
    dot: true,
    nonegate: true,
    strictBrackets: true,
    windows: false,
};
/** True when the string uses glob syntax (`*`, `?`, `[...]`, `{a,b}`). */
function isGlob(pattern) {
    return /[*?[\]{}]/.test(pattern);
}
/** True when written as a regular expression: `/.../` with an optional `i` flag. */
function isRegex(pattern) {
    return /^\/.+\/i?$/s.test(pattern);
}
/** Group openers other than `(`: `(?:`, `(?<name>`, look-around. */
const GROUP_PREFIX = /\(\?(?::|<[^>]*>|[=!]|<[=!])/g;
/**
 * An expression with at most one quantifier and no repeated group cannot backtrack
 * super-linearly, so it may run on V8's engine, which is faster than RE2's.
 */
function backtrackSafe(body) {
    const flat = body
        .replace(/\\./g, 'x')
        .replace(/\[(?:\\.|[^\]\\])*\]/g, 'x')
        .replace(GROUP_PREFIX, '(');
    const quantifiers = flat.match(/(?:[*+?]|\{\d+(?:,\d*)?\})\??/g) ?? []; // `*?`: one (lazy) quantifier
    return quantifiers.length <= 1 && !/\)(?:[*+?]|\{\d)/.test(flat);
}
/**
 * Compiles a name/description pattern: `/regex/` or a case-insensitive glob (an exact string is a glob too).
 *
 * Regular expressions run on names typed by admins, so none may backtrack catastrophically: each
 * one is parsed by RE2 and, unless it is trivially safe, run by RE2 (linear-time matching). The
 * accepted syntax is therefore RE2's: no back-references, no look-around.
 */
function compilePattern(pattern) {
    if (!isRegex(pattern))
        return compileGlob(pattern);
    const insensitive = pattern.endsWith('/i');
    const body = pattern.slice(1, insensitive ? -2 : -1);
    if (body.length > MAX_REGEX_LENGTH) {
        throw new PatternError(`regular expression ${pattern} is longer than ${MAX_REGEX_LENGTH} characters`);
    }
    let re2;
    try {
        re2 = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(body, insensitive ? re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.CASE_INSENSITIVE : 0);
    }
    catch (e) {
        throw new PatternError(`invalid regular expression ${pattern}: ${e.message}`);
    }
    if (backtrackSafe(body)) {
        try {
            return fastOrLinear(pattern, new RegExp(body, insensitive ? 'iu' : 'u'), re2);
        }
        catch {
            // A form RE2 accepts and V8's Unicode mode does not: RE2 runs it.
        }
    }
    return { source: pattern, test: (v) => re2.matcher(v).find() };
}
/** The regular expression picomatch makes of a glob (`/` in it stands for the private-use SLASH). */
function globRegExp(pattern) {
    try {
        return picomatch__WEBPACK_IMPORTED_MODULE_1___default().makeRe(unslash(pattern), GLOB_OPTIONS);
    }
    catch (e) {
        throw new PatternError(`invalid glob ${JSON.stringify(pattern)}: ${e.message}`);
    }
}
/** V8's engine on short text, RE2 on text past `MAX_V8_INPUT`; both compiled from one expression. */
function fastOrLinear(source, re, re2) {
    return { source, test: (v) => (v.length <= MAX_V8_INPUT ? re.test(v) : re2.matcher(v).find()) };
}
/**
 * What picomatch adds for file paths, which client names, roles and hosts are not: a `*` that
 * refuses the names `.` and `..` (path segments), and a `(?=.)` that refuses a name starting with
 * a line break (`.` stops at one). Either would let a name escape a glob such as `*admin*`.
 */
const PATH_GUARDS = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?=.)'];
// picomatch escapes non-ASCII characters, which RE2 refuses; they mean themselves either way.
const NON_ASCII_ESCAPE = /\\([^\x00-\x7f])/g;
/** Compiles a case-insensitive glob. */
function compileGlob(pattern) {
    if (!isGlob(pattern)) {
        const lower = pattern.toLowerCase();
        return { source: pattern, test: (v) => v.toLowerCase() === lower };
    }
    // The bare regular expression: picomatch's own matcher builds a result object per call, and
    // globs are tested once per client per rule. Like that matcher, an empty value never matches.
    let source = globRegExp(pattern).source;
    for (const guard of PATH_GUARDS)
        source = source.replaceAll(guard, '');
    source = source.replace(NON_ASCII_ESCAPE, '$1');
    // Several wildcards can make V8's engine backtrack for a time polynomial in the name's length
    // (`*a*a*a*b`), so such globs run on RE2, like regular expressions.
    let re2;
    try {
        re2 = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(source, re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.CASE_INSENSITIVE | re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.DOTALL);
    }
    catch (e) {
        // A negated extglob, `!(…)`, becomes a look-ahead, which RE2 cannot run.
        throw new PatternError(source.includes('(?!')
            ? `glob ${JSON.stringify(pattern)} uses a negation \`!(…)\`, which is not supported; list what to leave out under \`exclude\` instead`
            : `invalid glob ${JSON.stringify(pattern)}: ${e.message}`);
    }
    const fast = backtrackSafe(source) ? new RegExp(source, 'is') : null;
    return {
        source: pattern,
        test: (v) => {
            if (v === '')
                return false;
            const u = unslash(v);
            return fast !== null && u.length <= MAX_V8_INPUT ? fast.test(u) : re2.matcher(u).find();
        },
    };
}
/** Genesys IDs are GUIDs; a value of this shape names an ID, never a name. */
const GENESYS_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** True when the value is shaped like a Genesys ID (a GUID, any case). */
function isGenesysId(value) {
    return GENESYS_ID.test(value);
}
/**
 * Characters names are made of, to build probe names from: one UTF-16 unit each (`?` matches one
 * unit), and not `.` (picomatch's `*` skips the names `.` and `..`) nor `/` (see SLASH).
 */
const PROBE_CHARS = [..."abcdefghijklmnopqrstuvwxyz0123456789 -_#+@()[]{}!~=,;'éßçñøжщюλωשع字語한"];
/** Lengths of the probe names. */
const PROBE_LENGTHS = [...Array.from({ length: 40 }, (_, i) => i + 1), 64];
/** Classes and escapes looked at, at most: past this a glob is not judged (nothing is claimed). */
const MAX_CLASS_ATOMS = 256;
/** Longest glob judged, and most `*` in it: see `matchesEveryName`. */
const MAX_JUDGED_LENGTH = 1000;
const MAX_JUDGED_STARS = 4;
/** A piece of a regular expression's source: an escape (`\d`, `\u0061`, `\.`), a class, or one character. */
const REGEX_ATOM = /\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[0-7]{1,3}|[^])|\[(?:\\[^]|[^\]\\])*\]|[^]/g;
/** The characters a class or escape tells apart from the others: for `[^x]` or `\S`, those it leaves out. */
function positiveForm(atom) {
    if (atom.startsWith('[^'))
        return `[${atom.slice(2)}`;
    if (/^\\[bB]$/.test(atom))
        return '\\w';
    if (/^\\[DSW]$/.test(atom))
        return atom.toLowerCase();
    return atom;
}
/**
 * True when the glob matches every name made only of characters it does not single out, so every
 * client name except at most those it spells out: `*`, `**`, `?*`, `*{,}*`, `!(Legit App)*`.
 *
 * Characters a glob does not single out (written nowhere in it, in none of its classes or ranges)
 * are interchangeable to it: on names made of them only the length can matter, so one probe name
 * per length decides. They are read off the regular expression picomatch makes, the one the audit
 * runs, so brace ranges, POSIX classes and escapes count too. Throws `PatternError` for an invalid glob.
 */
function matchesEveryName(pattern) {
    if (!isGlob(pattern))
        return false;
    const re = globRegExp(pattern);
    // The probes run picomatch's expression, which backtracks: only globs whose cost on these short
    // probes stays small are judged — a few `*`, no repeated extglob (`+(…)`, `*(…)`: a loop around
    // a loop takes exponential time). Validation must end quickly whatever the file; the others are
    // left to the audit, which warns about an exemption that names many clients.
    const stars = pattern.split('*').length - 1;
    if (pattern.length > MAX_JUDGED_LENGTH || stars > MAX_JUDGED_STARS || /[*+]\(/.test(pattern))
        return false;
    let fresh = new Set(PROBE_CHARS);
    const classes = new Set();
    for (const [atom] of re.source.matchAll(REGEX_ATOM)) {
        if (atom.length > 1)
            classes.add(atom);
        else {
            // A literal, or syntax of the expression: either way not a probe character.
            fresh.delete(atom.toLowerCase());
            fresh.delete(atom.toUpperCase());
        }
    }
    // A back-reference tells repeated text from other text: the probes could not stand for all names.
    if (classes.size > MAX_CLASS_ATOMS || [...classes].some((a) => /^\\[1-9]/.test(a)))
        return false;
    for (const atom of classes) {
        let single;
        try {
            single = new RegExp(`^(?:${positiveForm(atom)})$`, re.flags);
        }
        catch {
            return false;
        }
        fresh = new Set([...fresh].filter((c) => !single.test(c)));
    }
    const chars = [...fresh];
    if (chars.length === 0)
        return false;
    const probe = (n) => Array.from({ length: n }, (_, i) => chars[i % chars.length]).join('');
    return PROBE_LENGTHS.every((n) => re.test(probe(n)));
}
/** Any of several patterns. */
function anyOf(matchers) {
    return (value) => matchers.some((m) => m.test(value));
}


/***/ }),

/***/ 63943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ns: () => (/* binding */ DEFAULT_MAX_TOKEN_LIFETIME),
/* harmony export */   QR: () => (/* binding */ BUILTIN_CHECKS),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   XX: () => (/* binding */ RULE_CHECKS),
/* harmony export */   c9: () => (/* binding */ ALL_CHECKS),
/* harmony export */   o: () => (/* binding */ BUILTIN_CHECK_DEFAULTS),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/** The policy file, loaded and validated (`src/policy/load.ts`), and what evaluating it produces. */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info']; // highest first
const FAIL_ON_VALUES = [...SEVERITIES, 'never'];
/** Checks produced by rules. */
const RULE_CHECKS = [
    'missing-scope',
    'scope-not-allowed',
    'scope-forbidden',
    'too-many-scopes',
    'missing-role',
    'role-not-allowed',
    'role-forbidden',
    'too-many-roles',
    'all-divisions-role',
    'grant-type-not-allowed',
    'redirect-host-not-allowed',
    'redirect-scheme-not-allowed',
    'token-lifetime',
];
/** Built-in checks, configured under `checks:` (severity or `off`), with their default severities. */
const BUILTIN_CHECK_DEFAULTS = {
    'token-lifetime': 'low',
    'password-grant': 'critical',
    'implicit-grant': 'high',
    'insecure-redirect-uri': 'high',
    'unknown-grant-type': 'high',
    'unmatched-client': 'medium',
    'inactive-client': 'info',
    'unknown-scope': 'low',
    'expired-exemption': 'low',
    'unused-exemption': 'low',
};
const BUILTIN_CHECKS = Object.keys(BUILTIN_CHECK_DEFAULTS);
const ALL_CHECKS = [...new Set([...RULE_CHECKS, ...BUILTIN_CHECKS])];
/** Default maximum access-token lifetime of the built-in `token-lifetime` check (24h). */
const DEFAULT_MAX_TOKEN_LIFETIME = 86400;


/***/ }),

/***/ 95066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   Fk: () => (/* binding */ emptySeverityCounts),
/* harmony export */   eh: () => (/* binding */ summarize)
/* harmony export */ });
/* unused harmony export copyFinding */
/* harmony import */ var _policy_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55375);
/* harmony import */ var _policy_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63943);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71013);



function buildReport(input) {
    const { org, policy, evaluation, failOn } = input;
    const roleNames = nameIndex(org.roles);
    const divisionNames = nameIndex(org.divisions);
    // The evaluator lists the clients in org order: each is looked up by position, and by ID only
    // if the two lists ever disagree.
    const evaluated = evaluation.clients;
    let byId;
    const evaluationOf = (c, i) => {
        const e = evaluated[i];
        if (e !== undefined && e.clientId === c.id)
            return e;
        byId ??= new Map(evaluated.map((x) => [x.clientId, x]));
        return byId.get(c.id);
    };
    const clients = org.clients.map((c, i) => reportClient(c, evaluationOf(c, i), failOn, roleNames, divisionNames));
    const policyFindings = evaluation.policyFindings.map(copyFinding);
    const summary = summarize(clients, policyFindings, failOn);
    return {
        schemaVersion: 1,
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH, version: String(input.toolVersion) },
        generatedAt: input.generatedAt,
        source: { kind: org.source.kind, region: org.source.region, apiBaseUrl: org.source.apiBaseUrl },
        policy: { path: policy.path, sha256: policy.sha256 },
        failOn,
        result: summary.violations > 0 ? 'fail' : 'pass',
        summary,
        clients,
        policyFindings,
        warnings: dedupeMessages(evaluation.warnings).map(copyMessage),
    };
}
/** Counts of a report's findings (SPEC §3 outputs, §7.1 `summary`). */
function summarize(clients, policyFindings, failOn) {
    const bySeverity = emptySeverityCounts();
    let findings = 0;
    let violations = 0;
    let exempted = 0;
    let clientsFailing = 0;
    const count = (f) => {
        if (f.exempted) {
            exempted++;
            return;
        }
        findings++;
        bySeverity[f.severity]++;
        if ((0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .atOrAbove */ .kU)(f.severity, failOn))
            violations++;
    };
    for (const c of clients) {
        if (c.result === 'fail')
            clientsFailing++;
        c.findings.forEach(count);
    }
    policyFindings.forEach(count);
    return { clients: clients.length, clientsFailing, findings, violations, exempted, bySeverity };
}
function emptySeverityCounts() {
    const counts = {};
    for (const s of _policy_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC)
        counts[s] = 0;
    return counts;
}
function reportClient(c, evaluation, failOn, roleNames, divisionNames) {
    // The string lists are the model's and the evaluator's own, checked to hold strings only and
    // read-only from here on: shared, not copied (a large org has tens of thousands of them). The
    // client and its findings are copied from the allowlist.
    const findings = (evaluation?.findings ?? []).map(copyFinding);
    return {
        id: c.id,
        name: c.name,
        description: c.description,
        grantType: c.grantType,
        state: c.state,
        scopes: c.scopes,
        roles: c.roles.map((r) => ({
            id: r.roleId,
            name: roleNames?.get(r.roleId) ?? null,
            divisionId: r.divisionId,
            divisionName: r.divisionId === null ? null : (divisionNames?.get(r.divisionId) ?? null),
        })),
        redirectUris: c.redirectUris,
        tokenLifetimeSeconds: c.tokenLifetimeSeconds,
        dateCreated: c.dateCreated ?? null,
        dateModified: c.dateModified ?? null,
        rules: evaluation?.rules ?? [],
        result: (0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .clientResult */ .BF)(findings, failOn),
        findings,
    };
}
/** A finding, field by field. */
function copyFinding(f) {
    const out = {
        check: f.check,
        severity: f.severity,
        rule: f.rule,
        subject: f.subject,
        message: f.message,
        exempted: f.exempted,
        line: f.line,
    };
    if (f.exempted && f.exemption)
        out.exemption = copyExemption(f.exemption);
    return out;
}
function copyExemption(e) {
    return { reason: e.reason, owner: e.owner, expires: e.expires };
}
function copyMessage(m) {
    return { level: m.level, message: m.message, file: m.file, line: m.line, col: m.col };
}
/** The evaluation's warnings include the policy's own; the same warning must not show twice. */
function dedupeMessages(messages) {
    const seen = new Set();
    const out = [];
    for (const m of messages) {
        const key = JSON.stringify([m.level, m.file, m.line, m.col, m.message]);
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(m);
    }
    return out;
}
function nameIndex(list) {
    if (list === null)
        return null;
    const map = new Map();
    for (const item of list)
        map.set(item.id, item.name);
    return map;
}


/***/ }),

/***/ 67933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ CHECK_INFO)
/* harmony export */ });
const CHECK_INFO = {
    'missing-scope': {
        title: 'A required scope is not granted',
        description: 'The client does not hold a scope that its rule requires (`scopes.require`).',
        remedy: 'Grant the scope to the client, or drop it from the rule if it is not needed.',
    },
    'scope-not-allowed': {
        title: 'A granted scope is outside the allowlist',
        description: "The client holds a scope that none of its rule's `scopes.allow` patterns admits.",
        remedy: 'Remove the scope from the client, or allow it in the rule after review.',
    },
    'scope-forbidden': {
        title: 'A granted scope is forbidden',
        description: "The client holds a scope that matches its rule's `scopes.forbid` (a forbidden read scope also forbids write access).",
        remedy: 'Remove the scope from the client.',
    },
    'too-many-scopes': {
        title: 'More scopes than allowed',
        description: "The client holds more scopes than its rule's `scopes.max`: broad grants widen what a leaked token can do.",
        remedy: 'Remove the scopes the integration does not use.',
    },
    'missing-role': {
        title: 'A required role is not granted',
        description: 'The client-credentials client lacks a role that its rule requires (`roles.require`).',
        remedy: 'Grant the role, or drop it from the rule if it is not needed.',
    },
    'role-not-allowed': {
        title: 'A granted role is outside the allowlist',
        description: "The client-credentials client holds a role that none of its rule's `roles.allow` patterns admits.",
        remedy: 'Remove the role from the client, or allow it in the rule after review.',
    },
    'role-forbidden': {
        title: 'A granted role is forbidden',
        description: "The client-credentials client holds a role that matches its rule's `roles.forbid` (for example an admin role).",
        remedy: 'Replace the role with a narrower custom role that grants only the permissions the integration needs.',
    },
    'too-many-roles': {
        title: 'More roles than allowed',
        description: "The client-credentials client holds more distinct roles than its rule's `roles.max`.",
        remedy: 'Consolidate into fewer, narrower roles.',
    },
    'all-divisions-role': {
        title: 'A role granted in all divisions',
        description: 'A role is granted in every division (`*`) although the rule sets `allow-all-divisions: false`.',
        remedy: 'Grant the role in the divisions the integration needs only.',
    },
    'grant-type-not-allowed': {
        title: 'Grant type not allowed by the rule',
        description: "The client's grant type is not in its rule's `grant-types`.",
        remedy: 'Recreate the client with an allowed grant type, or correct the rule.',
    },
    'redirect-host-not-allowed': {
        title: 'Redirect URI host not allowed',
        description: "A redirect URI's host is outside the rule's `redirect-uris.allow-hosts`: authorization codes or tokens could be sent elsewhere.",
        remedy: 'Remove the redirect URI, or allow its host in the rule after review.',
    },
    'redirect-scheme-not-allowed': {
        title: 'Redirect URI scheme not allowed',
        description: "A redirect URI is neither `https` nor `http` on a loopback host, and its scheme is not in the rule's `redirect-uris.allow-schemes`: any app on a device can claim a custom scheme (`myapp://`, `ms-app://`), and plain `http` can be read on the way, so authorization codes or tokens could be sent elsewhere.",
        remedy: 'Remove the redirect URI, use an `https` one, or allow its scheme in the rule after review.',
    },
    'token-lifetime': {
        title: 'Access-token lifetime above the maximum',
        description: "The access tokens the client gets live longer than the maximum (the rule's `max-token-lifetime`, or the built-in check's `max`, 24h by default).",
        remedy: 'Lower the access-token validity of the client.',
    },
    'password-grant': {
        title: 'Resource-owner password grant',
        description: 'The client uses the resource-owner password credentials grant, which must not be used (RFC 9700 §2.4): it exposes user passwords to the client.',
        remedy: 'Move the integration to the authorization-code grant (with PKCE) or to client credentials.',
    },
    'implicit-grant': {
        title: 'Implicit grant',
        description: 'The client uses the implicit grant (`TOKEN`), which should not be used (RFC 9700 §2.1.2) and which Genesys Cloud is retiring.',
        remedy: 'Move the integration to the authorization-code grant with PKCE.',
    },
    'insecure-redirect-uri': {
        title: 'Insecure redirect URI',
        description: 'A redirect URI uses `http` on a non-loopback host, a wildcard, a fragment or userinfo, or cannot be parsed.',
        remedy: 'Use exact `https` redirect URIs without wildcards, fragments or credentials.',
    },
    'unknown-grant-type': {
        title: 'Unknown grant type',
        description: 'The client has a grant type the tool does not know (a look-alike of a known one, with an invisible or non-ASCII character, included), or none at all, so it cannot be judged fully.',
        remedy: 'Review the client by hand; recreate it if its grant type is a look-alike, and report a new grant type so the tool can learn it.',
    },
    'unmatched-client': {
        title: 'No rule matches the client',
        description: 'No policy rule matched the client, so nothing but the built-in checks judged it.',
        remedy: 'Add a rule that covers the client, or delete the client if it is no longer used.',
    },
    'inactive-client': {
        title: 'Inactive or disabled client',
        description: 'The client is inactive or disabled; unused clients are credentials to clean up.',
        remedy: 'Delete the client if it is no longer needed.',
    },
    'unknown-scope': {
        title: 'Scope absent from the org catalogue',
        description: "The client holds a scope that the org's scope catalogue does not list.",
        remedy: 'Remove the scope from the client.',
    },
    'expired-exemption': {
        title: 'Expired exemption',
        description: 'An exemption is past its `expires` date: it exempts nothing, and the findings it covered count again.',
        remedy: 'Fix the findings and remove the exemption, or renew it with a new date after review.',
    },
    'unused-exemption': {
        title: 'Unused exemption',
        description: 'An exemption exempted no finding in this run.',
        remedy: 'Remove the exemption, or correct its client, rule, check or subject.',
    },
};


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   _E: () => (/* binding */ terminalMessage),
/* harmony export */   cX: () => (/* binding */ terminalOutput),
/* harmony export */   eR: () => (/* binding */ terminalText),
/* harmony export */   f5: () => (/* binding */ githubText),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony exports REPLACEMENT, plainText, truncate, DEFAULT_CELL_MAX, escapeMarkdown, WORD_JOINER, terminalJson */
/**
 * Escaping of data that comes from the org or the policy (client names, descriptions, URIs,
 * messages) before it reaches Markdown, HTML or a terminal. GitHub renders job summaries and PR
 * comments as Markdown with inline HTML, so every character that could open a tag, a link, an
 * emphasis, a code span or a table cell is turned into an HTML entity, and every invisible or
 * layout-changing character is made visible.
 *
 * Entities do not stop GitHub from linking: it decodes them, then turns `@name`, `#123`, `GH-123`,
 * `owner/repo@sha`, `www.…` and `scheme://…` in the text into notifications and links. What does
 * stop it is a word joiner (U+2060, invisible) inside the token: `escapeCell` (summary, PR
 * comment) and `githubText`/`inertText` (annotations, SARIF) put one there.
 */
/** Shown in place of control and bidirectional-override characters, so a reader sees that something was there. */
const REPLACEMENT = '\uFFFD';
/** Characters that mean something in GitHub Markdown or HTML, as numeric entities. */
const MARKDOWN_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '~': '&#126;',
    // `#` opens a heading at the start of a line (a quoted error line, for one).
    '#': '&#35;',
    '!': '&#33;',
    // `$…$` is math.
    $: '&#36;',
};
/**
 * Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) can make text read
 * differently from what it is ("Trojan Source"); zero-width and line/paragraph separators hide
 * or break text.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2069\uFEFF]/gu;
/** C0 controls except TAB/LF/CR (handled as whitespace), DEL, and C1 controls (0x9B is a terminal CSI). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const LINE_BREAKS = /\r\n|[\r\n\t]/gu;
/** Replaces control and invisible characters, and turns line breaks and tabs into spaces. */
function plainText(value) {
    return String(value)
        .replace(LINE_BREAKS, ' ')
        .replace(CONTROL, REPLACEMENT)
        .replace(INVISIBLE, REPLACEMENT);
}
/**
 * Cuts a string to at most `max` code points, ending with an ellipsis when cut. Works on code
 * points so a surrogate pair is never split into invalid UTF-16.
 */
function truncate(value, max) {
    if (value.length <= max)
        return value;
    const points = Array.from(value);
    if (points.length <= max)
        return value;
    return `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/** Default cap for one table cell, in code points. */
const DEFAULT_CELL_MAX = 200;
/**
 * Escapes data for a Markdown table cell (and for any inline Markdown): one line, no character
 * that Markdown or HTML would interpret, at most `max` code points before escaping.
 */
function escapeCell(value, max = DEFAULT_CELL_MAX) {
    if (value === null || value === undefined)
        return '';
    const text = breakTokens(truncate(plainText(String(value)).trim(), max), LINK_TOKENS);
    return text.replace(/[&<>"'|`*_[\]\\~#!$]/gu, (c) => MARKDOWN_ENTITIES[c] ?? c);
}
/** Inline Markdown text from data (same rules as a cell). */
const escapeMarkdown = (/* unused pure expression or super */ null && (escapeCell));
/** Word joiner: invisible, not whitespace, and not part of any name, number or URL GitHub would link. */
const WORD_JOINER = '\u2060';
const WJ = WORD_JOINER;
/**
 * Where GitHub would start a notification or a link, and where a word joiner breaks it. Each
 * pattern matches only where no joiner is yet, so applying them again changes nothing.
 * - `@` + name: a mention (`@user`, `@org/team`), a commit (`owner/repo@sha`, `user@sha`), an email.
 * - `#`: an issue or PR (`#123`, `owner/repo#123`); every `#`, whatever follows.
 * - `GH-` + number: an issue or PR too.
 * - `www.` and `scheme://`: autolinks.
 * A `:name:` emoji is left alone: it is neither a notification nor a link, and breaking every
 * `a:b:` would break the permission names (`analytics:conversationDetail:view`) readers search for.
 */
const LINK_TOKENS = [
    [/@(?!\u2060)/gu, `@${WJ}`],
    [/#(?!\u2060)/gu, `#${WJ}`],
    [/(gh)-(?=\d)/giu, `$1${WJ}-`],
    [/(www)\./giu, `$1${WJ}.`],
    [/:\/\//gu, `:${WJ}//`],
];
/**
 * Markup that text not escaped for Markdown (annotations, SARIF messages, which code scanning
 * renders as Markdown) could still carry: a link `](`, a tag or autolink `<x`, and a character
 * reference (`&#64;`, `&commat;`) that would decode into one of the tokens above.
 */
const MARKUP_TOKENS = [
    [/\]\(/gu, `]${WJ}(`],
    [/<(?=[a-z/!?])/giu, `<${WJ}`],
    [/&(?=#|[a-z][a-z0-9]*;)/giu, `&${WJ}`],
];
function breakTokens(value, tokens) {
    let text = value;
    for (const [pattern, replacement] of tokens)
        text = text.replace(pattern, replacement);
    return text;
}
/**
 * Plain text GitHub shows as written: no mention, issue or commit reference, autolink, link or tag
 * that it would make of it. Adds word joiners only (nothing visible changes) and is idempotent.
 * Run it after `plainText` (which replaces any joiner already in the data); never on text already
 * escaped for Markdown (`escapeCell` does its own).
 */
function inertText(value) {
    return breakTokens(breakTokens(String(value), LINK_TOKENS), MARKUP_TOKENS);
}
/**
 * Data for an annotation's message or title, or a SARIF message: one line, no control or invisible
 * character, at most `max` code points, nothing GitHub would turn into a mention or a link. Plain
 * text: nothing is entity-escaped (GitHub shows annotations as text).
 */
function githubText(value, max) {
    if (value === null || value === undefined)
        return '';
    const text = plainText(String(value));
    return inertText(max === undefined ? text : truncate(text, max));
}
/**
 * A URL that is safe to put in a Markdown link target: only `http(s)`, serialised by the URL
 * parser (which percent-encodes spaces, quotes and angle brackets), with parentheses encoded so
 * the link cannot end early. Anything else gives null.
 */
function safeUrl(url) {
    if (!url)
        return null;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return null;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return null;
    return parsed.href.replace(/\(/gu, '%28').replace(/\)/gu, '%29');
}
/**
 * Data for a terminal: no escape sequence can reach the terminal (ESC, CSI and every other
 * control character are replaced), no bidi override can reorder the line, one line only.
 */
function terminalText(value, max) {
    if (value === null || value === undefined)
        return '';
    const text = plainText(String(value));
    return max === undefined ? text : truncate(text, max);
}
/** Every line break a terminal or a log viewer may honour. */
const ANY_LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/u;
/**
 * A message of ours for one log entry or error line. Its own lines stay (a continuation line of
 * ours is indented), but a line that data started by a line break inside a value is indented too,
 * so that it can never stand at the start of a line and pass for one of the tool's own lines
 * ("Audit passed"). Characters are made safe by `terminalOutput`, where the message is written.
 */
function terminalMessage(message) {
    const [first = '', ...rest] = String(message).split(ANY_LINE_BREAK);
    return [first, ...rest.map((line) => (/^[ \t]/u.test(line) || line === '' ? line : `  ${line}`))].join('\n');
}
/**
 * Starts of GitHub workflow commands: `::name::` at the start of a line (the runner trims leading
 * whitespace, Unicode spaces included, first) and the legacy `##[name]`, which the runner finds
 * anywhere in a line.
 */
const WORKFLOW_COMMAND = /^([^\S\n]*):(?=:)|#(?=#\[)/gmu;
/** Breaks a workflow command without changing what a reader sees. */
const ZERO_WIDTH_SPACE = '\u200B';
/**
 * Text about to be written to a terminal or a CI log, whole (a report, a message, usage):
 * - every control character but LF and TAB, every bidi control and every invisible character is
 *   replaced by U+FFFD, so no escape sequence (CSI, OSC: colours, titles, clipboard, clearing the
 *   screen, hidden text) and no carriage return reaches the screen;
 * - no line can start a workflow command: `::` at a line start and `##[` anywhere are broken by a
 *   zero-width space, so the runner shows them and does not obey them.
 * `keep` lists escape sequences the caller writes itself (the CLI's colours): those pass as they are.
 * Apply it once, where the text is written (a second pass would make the zero-width spaces visible).
 */
function terminalOutput(text, keep = []) {
    const safe = (part) => part
        // LF is the text's line structure and TAB is harmless; a lone CR would overwrite a line.
        .replace(/\r/gu, REPLACEMENT)
        .replace(CONTROL, REPLACEMENT)
        .replace(INVISIBLE, REPLACEMENT)
        .replace(WORKFLOW_COMMAND, (m) => m + ZERO_WIDTH_SPACE);
    if (keep.length === 0)
        return safe(String(text));
    const own = new RegExp(`(${keep.map((k) => k.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})`, 'u');
    return String(text)
        .split(own)
        .map((part, i) => (i % 2 === 1 ? part : safe(part)))
        .join('');
}
/**
 * JSON text for a terminal or a log: the characters `terminalOutput` would replace, and the `#`
 * that starts a legacy workflow command, are written as `\uXXXX` escapes instead (JSON.stringify
 * escapes the C0 ones already), so `terminalOutput` leaves the document as it is and it reads back
 * to the same values. They can only occur inside strings, where the escape means the same
 * character; and no string starts a line of JSON.stringify's output, so no `::` can.
 */
function terminalJson(json) {
    const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return json
        .replace(CONTROL, escape)
        .replace(INVISIBLE, escape)
        .replace(/#(?=#\[)/gu, escape);
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   th: () => (/* binding */ renderMergedSummary),
/* harmony export */   wQ: () => (/* binding */ renderComment)
/* harmony export */ });
/* unused harmony exports TITLE, DEFAULT_SUMMARY_BYTES, EXPIRING_SOON_DAYS, expiringSoon */
/* harmony import */ var _policy_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55375);
/* harmony import */ var _policy_exemptions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82680);
/* harmony import */ var _policy_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63943);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14031);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16934);
/**
 * The job summary, the sticky PR comment and the merged summary (SPEC §7.4), as GitHub Markdown.
 * Every value from the org or the policy goes through `escapeCell`. The summary keeps within a
 * byte budget (GitHub drops a step summary over 1 MiB): sections are filled in order of
 * importance, and a table that does not fit ends with "N more in the artifact".
 */





const TITLE = 'Genesys Cloud OAuth client audit';

/** Far enough under GitHub's 1 MiB step-summary limit to leave room for other steps' output. */
const DEFAULT_SUMMARY_BYTES = 900 * 1024;
/** Exemptions ending within this many days are listed as expiring soon (SPEC §4.6). */
const EXPIRING_SOON_DAYS = 14;
const DAY_MS = 86_400_000;
const SEVERITY_ICON = {
    critical: '🔴',
    high: '🟠',
    medium: '🟡',
    low: '🔵',
    info: '⚪',
};
/** Cell caps, in code points before escaping. */
const NAME_MAX = 120;
const ID_MAX = 80;
const MESSAGE_MAX = 300;
const SUBJECT_MAX = 160;
/** Kept back in each section for its "N more" line. */
const MORE_RESERVE = 256;
class Budget {
    remaining;
    constructor(remaining) {
        this.remaining = remaining;
    }
    /** Takes the bytes for `text` when they fit with `reserve` left over. */
    take(text, reserve = 0) {
        const n = Buffer.byteLength(text, 'utf8');
        if (n + reserve > this.remaining)
            return false;
        this.remaining -= n;
        return true;
    }
    /** Always takes (headings and the "more" line, which the reserve paid for). */
    force(text) {
        this.remaining -= Buffer.byteLength(text, 'utf8');
        return text;
    }
}
// ---------------------------------------------------------------------------------------------
// Small pieces
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function code(value, max = ID_MAX) {
    // Not a backtick code span: entities are not decoded inside one, and the value must stay escaped.
    return `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(value, max)}</code>`;
}
function severityCell(s) {
    return `${SEVERITY_ICON[s]} ${s}`;
}
function clientCell(name, id) {
    const shown = name.trim() === '' ? '<i>(no name)</i>' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(name, NAME_MAX);
    return `${shown}<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(id, ID_MAX)}</sub>`;
}
function headerRow(columns) {
    return `| ${columns.join(' | ')} |\n|${columns.map(() => ' --- ').join('|')}|\n`;
}
function tableRow(cells) {
    return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |\n`;
}
/**
 * A table of as many rows as the budget allows, then "N more in the artifact". Rows are produced
 * lazily, so a 20,000-row section costs only the rows that are shown.
 */
function budgetTable(budget, columns, items, toCells, moreWhere = 'in the artifact') {
    const head = headerRow(columns);
    if (!budget.take(head, MORE_RESERVE))
        return budget.force(`_… ${items.length} more ${moreWhere}._\n`);
    let out = head;
    let shown = 0;
    for (const item of items) {
        const row = tableRow(toCells(item));
        if (!budget.take(row, MORE_RESERVE))
            break;
        out += row;
        shown++;
    }
    if (shown < items.length)
        out += budget.force(`\n_… ${items.length - shown} more ${moreWhere}._\n`);
    return out;
}
function countsLine(counts) {
    return _policy_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map((s) => `${SEVERITY_ICON[s]} ${counts[s]} ${s}`).join(' · ');
}
function links(options) {
    const parts = [];
    const artifact = (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .safeUrl */ .Pl)(options.artifactUrl);
    const run = (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .safeUrl */ .Pl)(options.runUrl);
    if (artifact)
        parts.push(`[report artifact (JSON, CSV)](${artifact})`);
    if (run)
        parts.push(`[workflow run](${run})`);
    return parts.length > 0
        ? `📦 Full results: ${parts.join(' · ')}\n`
        : '📦 Full results (JSON, CSV) are in the report artifact of this workflow run.\n';
}
function verdictIcon(result) {
    return result === 'pass' ? '✅' : '❌';
}
function bySeverityThenOrder(a, b) {
    return (0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSeverity */ .zK)(a.finding.severity, b.finding.severity);
}
// ---------------------------------------------------------------------------------------------
// The job summary
function renderSummary(report, options = {}) {
    const budget = new Budget(options.maxBytes ?? DEFAULT_SUMMARY_BYTES);
    const s = report.summary;
    const headline = budget.force(renderHeadline(report));
    const footer = budget.force(`\n---\n${links(options)}`);
    const violations = [];
    const below = [];
    const exempted = [];
    const policy = [];
    for (const c of report.clients) {
        for (const f of c.findings) {
            if (f.exempted)
                exempted.push({ client: c, finding: f });
            else if ((0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .atOrAbove */ .kU)(f.severity, report.failOn))
                violations.push({ client: c, finding: f });
            else
                below.push({ client: c, finding: f });
        }
    }
    for (const f of report.policyFindings) {
        if (f.exempted)
            exempted.push({ client: null, finding: f });
        else
            policy.push({ client: null, finding: f });
    }
    // Stable sorts: most severe first, report order within a severity.
    violations.sort(bySeverityThenOrder);
    below.sort(bySeverityThenOrder);
    exempted.sort(bySeverityThenOrder);
    policy.sort(bySeverityThenOrder);
    // Filled in order of importance, shown in reading order.
    const sections = {};
    sections.impact = report.impact ? renderImpact(report.impact, budget) : '';
    sections.expiring = renderExpiring(report, budget);
    sections.failing = renderFailing(violations, s.clientsFailing, budget, report.failOn);
    sections.policy = renderPolicyFindings(policy, budget, report.failOn);
    sections.warnings = renderWarnings(report, budget);
    sections.exempted = renderExempted(exempted, budget);
    sections.impactDetails = report.impact ? renderImpactDetails(report.impact, budget) : '';
    sections.below = renderBelow(below, budget, report.failOn);
    return [
        headline,
        sections.failing,
        sections.policy,
        sections.exempted,
        sections.expiring,
        sections.warnings,
        sections.impact,
        sections.impactDetails,
        sections.below,
        footer,
    ]
        .filter((x) => x !== '')
        .join('\n');
}
function renderHeadline(report) {
    const s = report.summary;
    const failOn = report.failOn === 'never' ? 'never (report only)' : report.failOn;
    const lead = report.result === 'fail'
        ? `**${plural(s.violations, 'violation')}** at or above <code>${failOn}</code> on ${plural(s.clientsFailing, 'client')}`
        : report.failOn === 'never'
            ? 'No gate (<code>fail-on: never</code>)'
            : `No violation at or above <code>${failOn}</code>`;
    return (`## ${verdictIcon(report.result)} ${TITLE}: ${report.result}\n\n` +
        `${lead} · ${plural(s.findings, 'finding')} · ${s.exempted} exempted · ${plural(s.clients, 'client')} audited\n\n` +
        `${countsLine(s.bySeverity)}\n\n` +
        `<sub>Org ${code(report.source.region)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(report.source.kind)}) · policy ${code(report.policy.path, 200)} ` +
        `(${code(report.policy.sha256.slice(0, 12))}) · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(report.generatedAt)} · ` +
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(report.tool.name)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(report.tool.version)}</sub>\n`);
}
function findingCells(l) {
    const c = l.client;
    const f = l.finding;
    return [
        c ? clientCell(c.name, c.id) : '<i>(policy)</i>',
        c ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(c.grantType, 40) : '',
        c ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(c.state, 40) : '',
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(f.rule, ID_MAX),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(f.check, ID_MAX),
        severityCell(f.severity),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(f.subject, SUBJECT_MAX),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(f.message, MESSAGE_MAX),
    ];
}
const FINDING_COLUMNS = ['Client', 'Grant type', 'State', 'Rule', 'Check', 'Severity', 'Subject', 'Message'];
function renderFailing(violations, clientsFailing, budget, failOn) {
    const clientViolations = violations.filter((v) => v.client !== null);
    if (clientViolations.length === 0)
        return '';
    const heading = budget.force(`### Failing clients (${clientsFailing})\n\n${plural(clientViolations.length, 'finding')} at or above <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(failOn)}</code>, not exempted:\n\n`);
    return heading + budgetTable(budget, FINDING_COLUMNS, clientViolations, findingCells);
}
function renderPolicyFindings(policy, budget, failOn) {
    if (policy.length === 0)
        return '';
    const heading = budget.force(`### Policy findings (${policy.length})\n\n`);
    return (heading +
        budgetTable(budget, ['Check', 'Severity', 'Line', 'Subject', 'Message', 'Fails'], policy, (l) => [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(l.finding.check),
            severityCell(l.finding.severity),
            String(l.finding.line),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(l.finding.subject, SUBJECT_MAX),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(l.finding.message, MESSAGE_MAX),
            (0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .atOrAbove */ .kU)(l.finding.severity, failOn) ? 'yes' : 'no',
        ]));
}
function renderExempted(exempted, budget) {
    if (exempted.length === 0)
        return '';
    const heading = budget.force(`### Exempted findings (${exempted.length})\n\n`);
    return (heading +
        budgetTable(budget, ['Client', 'Rule', 'Check', 'Severity', 'Subject', 'Reason', 'Owner', 'Expires'], exempted, (l) => [
            l.client ? clientCell(l.client.name, l.client.id) : '<i>(policy)</i>',
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(l.finding.rule, ID_MAX),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(l.finding.check, ID_MAX),
            severityCell(l.finding.severity),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(l.finding.subject, SUBJECT_MAX),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(l.finding.exemption?.reason ?? '', MESSAGE_MAX),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(l.finding.exemption?.owner ?? '', NAME_MAX),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(l.finding.exemption?.expires ?? '', 20),
        ]));
}
/** Exemptions in use that end within `EXPIRING_SOON_DAYS` of the report's time, soonest first. */
function expiringSoon(report, days = EXPIRING_SOON_DAYS) {
    const now = Date.parse(report.generatedAt);
    if (Number.isNaN(now))
        return [];
    const today = Math.floor(now / DAY_MS);
    const groups = new Map();
    const visit = (f, clientName) => {
        const e = f.exemption;
        if (!f.exempted || !e)
            return;
        const end = (0,_policy_exemptions_js__WEBPACK_IMPORTED_MODULE_1__/* .expiryEnd */ .rG)(e.expires);
        if (Number.isNaN(end) || end <= now)
            return;
        // Calendar days from the report's UTC day to the last valid day: 0 means "ends today".
        const daysLeft = end / DAY_MS - 1 - today;
        if (daysLeft > days)
            return;
        const key = JSON.stringify([e.expires, e.owner, e.reason]);
        let g = groups.get(key);
        if (!g)
            groups.set(key, (g = { ...e, daysLeft, findings: 0, clients: [] }));
        g.findings++;
        if (clientName !== null && !g.clients.includes(clientName))
            g.clients.push(clientName);
    };
    for (const c of report.clients)
        for (const f of c.findings)
            visit(f, c.name || c.id);
    for (const f of report.policyFindings)
        visit(f, null);
    return [...groups.values()].sort((a, b) => a.daysLeft - b.daysLeft);
}
function renderExpiring(report, budget) {
    const list = expiringSoon(report);
    if (list.length === 0)
        return '';
    const heading = budget.force(`### ⏳ Exemptions expiring within ${EXPIRING_SOON_DAYS} days (${list.length})\n\n`);
    return (heading +
        budgetTable(budget, ['Expires', 'In', 'Owner', 'Reason', 'Findings', 'Clients'], list, (e) => {
            const shown = e.clients.slice(0, 3).map((n) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(n, 60));
            const more = e.clients.length - shown.length;
            return [
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(e.expires, 20),
                e.daysLeft === 0 ? 'today' : plural(e.daysLeft, 'day'),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(e.owner, NAME_MAX),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(e.reason, MESSAGE_MAX),
                String(e.findings),
                shown.join(', ') + (more > 0 ? ` and ${more} more` : ''),
            ];
        }));
}
function renderWarnings(report, budget) {
    if (report.warnings.length === 0)
        return '';
    const heading = budget.force(`### ⚠️ Policy warnings (${report.warnings.length})\n\n`);
    return (heading +
        budgetTable(budget, ['Where', 'Warning'], report.warnings, (w) => [
            code(`${w.file}:${w.line}:${w.col}`, 200),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(w.message, MESSAGE_MAX),
        ]));
}
function renderBelow(below, budget, failOn) {
    if (below.length === 0)
        return '';
    const which = failOn === 'never'
        ? '(<code>fail-on: never</code>: none fails)'
        : `below <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(failOn)}</code> (not failing)`;
    const open = budget.force(`<details><summary>${plural(below.length, 'finding')} ${which}</summary>\n\n`);
    const table = budgetTable(budget, FINDING_COLUMNS, below, findingCells);
    return `${open}${table}${budget.force('\n</details>\n')}`;
}
// ---------------------------------------------------------------------------------------------
// Impact (SPEC §9)
function impactStatusLine(impact) {
    const b = impact.base;
    const where = `${code(b.path, 200)} at ${code(b.ref)}`;
    switch (b.status) {
        case 'missing':
            return `The policy file is new in this change (no ${where}): there is nothing to compare with.`;
        case 'invalid':
            return `The base version (${where}) does not load, so the impact cannot be computed: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(b.message ?? '', 400)}`;
        case 'unchanged':
            return `The policy file is unchanged from ${where}: no impact.`;
        case 'compared': {
            const was = b.result === null
                ? ''
                : ` The base version gave ${b.result} (${plural(b.violations ?? 0, 'violation')}).`;
            return (`Compared with ${where}: **${impact.newlyFailing.length}** newly failing, **${impact.newlyPassing.length}** newly passing, ` +
                `**+${impact.added.length}** / **−${impact.removed.length}** findings.${was}`);
        }
    }
}
function renderImpact(impact, budget) {
    let out = budget.force(`### 🔀 Impact of this policy change\n\n${impactStatusLine(impact)}\n\n`);
    if (impact.byRule.length > 0) {
        out += budgetTable(budget, ['Rule', 'Findings added', 'Findings removed'], impact.byRule, (r) => [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(r.rule, ID_MAX),
            `+${r.added}`,
            `−${r.removed}`,
        ]);
    }
    return out;
}
function impactClientTable(title, clients, budget) {
    if (clients.length === 0)
        return '';
    const heading = budget.force(`#### ${title} (${clients.length})\n\n`);
    return heading + budgetTable(budget, ['Client'], clients, (c) => [clientCell(c.name, c.id)]) + '\n';
}
function impactFindingTable(title, findings, budget) {
    if (findings.length === 0)
        return '';
    const open = budget.force(`<details><summary>${title} (${findings.length})</summary>\n\n`);
    const table = budgetTable(budget, ['Client', 'Rule', 'Check', 'Severity', 'Subject'], findings, (f) => [
        f.clientId === '' ? '<i>(policy)</i>' : clientCell(f.clientName, f.clientId),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(f.rule, ID_MAX),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(f.check, ID_MAX),
        severityCell(f.severity),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(f.subject, SUBJECT_MAX),
    ]);
    return `${open}${table}${budget.force('\n</details>\n')}`;
}
function renderImpactDetails(impact, budget) {
    if (impact.base.status !== 'compared')
        return '';
    return [
        impactClientTable('❌ Newly failing', impact.newlyFailing, budget),
        impactClientTable('✅ Newly passing', impact.newlyPassing, budget),
        impactFindingTable('Findings added by this change', impact.added, budget),
        impactFindingTable('Findings removed by this change', impact.removed, budget),
    ]
        .filter((x) => x !== '')
        .join('\n');
}
/** Names shown per list in the comment. */
const COMMENT_NAMES = 10;
function nameList(clients) {
    const shown = clients.slice(0, COMMENT_NAMES).map((c) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(c.name || c.id, 60));
    const more = clients.length - shown.length;
    return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}
/** A short comment: verdict, counts, impact, links. The job summary has the details. */
function renderComment(report, options = {}) {
    const s = report.summary;
    const lines = [
        _status_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMENT_MARKER */ .JO,
        `### ${verdictIcon(report.result)} ${TITLE}: ${report.result}`,
        '',
    ];
    lines.push(report.result === 'fail'
        ? `**${plural(s.violations, 'violation')}** at or above <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(report.failOn)}</code> on ${plural(s.clientsFailing, 'client')} · ${plural(s.findings, 'finding')} · ${s.exempted} exempted · ${plural(s.clients, 'client')} audited in ${code(report.source.region)}`
        : `No violation at or above <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(report.failOn)}</code> · ${plural(s.findings, 'finding')} · ${s.exempted} exempted · ${plural(s.clients, 'client')} audited in ${code(report.source.region)}`, '', countsLine(s.bySeverity), '');
    const impact = report.impact;
    if (impact) {
        lines.push('**Impact of this policy change**', '', impactStatusLine(impact), '');
        if (impact.base.status === 'compared') {
            if (impact.newlyFailing.length > 0)
                lines.push(`- ❌ Newly failing: ${nameList(impact.newlyFailing)}`);
            if (impact.newlyPassing.length > 0)
                lines.push(`- ✅ Newly passing: ${nameList(impact.newlyPassing)}`);
            for (const r of impact.byRule.slice(0, COMMENT_NAMES)) {
                lines.push(`- Rule ${code(r.rule)}: +${r.added} / −${r.removed} findings`);
            }
            if (impact.byRule.length > COMMENT_NAMES)
                lines.push(`- … and ${impact.byRule.length - COMMENT_NAMES} more rules`);
            lines.push('');
        }
    }
    const soon = expiringSoon(report);
    if (soon.length > 0) {
        lines.push(`⏳ ${plural(soon.length, 'exemption')} expiring within ${EXPIRING_SOON_DAYS} days.`, '');
    }
    const run = (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .safeUrl */ .Pl)(options.runUrl);
    const artifact = (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .safeUrl */ .Pl)(options.artifactUrl);
    const parts = [];
    if (run)
        parts.push(`[job summary](${run})`);
    if (artifact)
        parts.push(`[report artifact](${artifact})`);
    if (parts.length > 0)
        lines.push(`Details: ${parts.join(' · ')}`);
    return `${lines.join('\n').trimEnd()}\n`;
}
// ---------------------------------------------------------------------------------------------
// Merged reports (mode: merge)
/** The merge's gate in words: `at or above <code>high</code>`, or `<code>fail-on: never</code>`. */
function gateWords(failOn) {
    return failOn === 'never' ? '<code>fail-on: never</code>' : `at or above <code>${failOn}</code>`;
}
function renderMergedSummary(merged, options = {}) {
    const budget = new Budget(options.maxBytes ?? DEFAULT_SUMMARY_BYTES);
    const t = merged.summary;
    const head = budget.force(`## ${verdictIcon(merged.result)} ${TITLE}: ${merged.result} (${plural(t.reports, 'org')})\n\n` +
        (merged.result === 'fail'
            ? `**${t.reportsFailing} of ${t.reports}** orgs fail · **${plural(t.violations, 'violation')}** ${gateWords(merged.failOn)} in all`
            : `No org fails (${gateWords(merged.failOn)})`) +
        ` · ${plural(t.findings, 'finding')} · ${t.exempted} exempted · ${plural(t.clients, 'client')} audited, ${t.clientsFailing} failing\n\n` +
        `${countsLine(t.bySeverity)}\n\n`);
    // A merge job uploads nothing itself: without links, point at the audit jobs' artifacts.
    const where = options.artifactUrl || options.runUrl
        ? links(options)
        : "📦 Each org's full results (JSON, CSV) are in the report artifact of its audit job.\n";
    const footer = budget.force(`\n---\n${where}`);
    const table = budgetTable(budget, [
        'Org',
        'Report',
        'Result',
        'fail-on',
        'Clients',
        'Failing',
        'Violations',
        'Findings',
        'Exempted',
        ..._policy_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC,
    ], merged.reports, (r) => [
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(r.source.region, 80)}<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(r.source.apiBaseUrl, 120)}</sub>`,
        code(r.path, 200),
        `${verdictIcon(r.result)} ${r.result}`,
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(r.failOn),
        String(r.summary.clients),
        String(r.summary.clientsFailing),
        String(r.summary.violations),
        String(r.summary.findings),
        String(r.summary.exempted),
        ..._policy_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map((s) => String(r.summary.bySeverity[s])),
    ]);
    return `${head}${table}${footer}`;
}


/***/ }),

/***/ 16934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ renderFailureSummary),
/* harmony export */   JO: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   kQ: () => (/* binding */ renderValidation)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14031);


/** Opens our sticky PR comment, so that re-runs find and update it. */
const COMMENT_MARKER = '<!-- genesys-oauth-audit -->';
const HEADLINES = {
    'invalid-policy': '❌ Invalid policy or input',
    incomplete: '⚠️ Audit incomplete — it cannot pass',
    error: '💥 Unexpected error',
};
const MAX_LINE = 2000;
const MAX_LINES = 200;
function lines(text) {
    const all = text.split('\n').filter((l) => l.trim() !== '');
    const shown = all.slice(0, MAX_LINES).map((l) => `> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(l, MAX_LINE)}`);
    if (all.length > MAX_LINES)
        shown.push(`> … ${all.length - MAX_LINES} more lines in the log`);
    return shown.join('\n');
}
function renderFailureSummary(outcome, message) {
    return `## Genesys Cloud OAuth audit: ${HEADLINES[outcome]}\n\n${lines(message)}\n\nResult: \`${outcome}\`\n`;
}
function renderValidation(policyPath, warnings) {
    const head = `## Genesys Cloud OAuth audit: ✅ policy ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(policyPath)} is valid\n\nValidated offline (mode \`validate\`): no credentials, no API calls.\n`;
    if (warnings.length === 0)
        return head;
    return `${head}\n### Warnings (${warnings.length})\n\n${lines(warnings.map(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPolicyMessage */ .rm).join('\n'))}\n`;
}


/***/ }),

/***/ 71013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lH: () => (/* binding */ TOOL_NAME),
  _O: () => (/* binding */ USER_AGENT),
  xv: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const TOOL_NAME = 'genesys-oauth-audit';
const VERSION = package_namespaceObject.rE;
const USER_AGENT = `${TOOL_NAME}/${VERSION}`;


/***/ })

};

//# sourceMappingURL=318.index.js.map