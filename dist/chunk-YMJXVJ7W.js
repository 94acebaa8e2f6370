import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-XLLVPKPX.js";

// src/model.ts
var GRANT_TYPES = ["CODE", "TOKEN", "SAML2-BEARER", "PASSWORD", "CLIENT-CREDENTIALS"];
var BY_COMPACT = new Map([
  ...GRANT_TYPES.map((g) => [g.replaceAll("-", ""), g]),
  ["CODEPKCE", "CODE"]
]);
var NORMALISABLE = /^[A-Za-z0-9_-]+$/;
var ASCII_BLANKS = /^[ \t\r\n]+|[ \t\r\n]+$/g;
function normaliseGrantType(value) {
  const trimmed = value.replace(ASCII_BLANKS, "");
  if (!NORMALISABLE.test(trimmed)) return value;
  return BY_COMPACT.get(trimmed.toUpperCase().replace(/[-_]/g, "")) ?? value;
}
var CLIENT_STATES = ["active", "disabled", "inactive"];
function unlistedRoles(clients, roles) {
  const known = new Set((roles ?? []).map((r) => r.id));
  const missing = /* @__PURE__ */ new Map();
  for (const c of clients) {
    if (c.grantType !== "CLIENT-CREDENTIALS") continue;
    for (const g of c.roles) if (!known.has(g.roleId) && !missing.has(g.roleId)) missing.set(g.roleId, c.id);
  }
  return missing;
}

// src/genesys/regions.ts
var REGIONS = [
  { sdkKey: "us_east_1", awsKey: "us-east-1", env: "mypurecloud.com" },
  { sdkKey: "us_east_2", awsKey: "us-east-2", env: "use2.us-gov-pure.cloud" },
  { sdkKey: "us_west_2", awsKey: "us-west-2", env: "usw2.pure.cloud" },
  { sdkKey: "ca_central_1", awsKey: "ca-central-1", env: "cac1.pure.cloud" },
  { sdkKey: "sa_east_1", awsKey: "sa-east-1", env: "sae1.pure.cloud" },
  { sdkKey: "mx_central_1", awsKey: "mx-central-1", env: "mxc1.pure.cloud" },
  { sdkKey: "eu_west_1", awsKey: "eu-west-1", env: "mypurecloud.ie" },
  { sdkKey: "eu_west_2", awsKey: "eu-west-2", env: "euw2.pure.cloud" },
  { sdkKey: "eu_central_1", awsKey: "eu-central-1", env: "mypurecloud.de" },
  { sdkKey: "eu_central_2", awsKey: "eu-central-2", env: "euc2.pure.cloud" },
  { sdkKey: "me_central_1", awsKey: "me-central-1", env: "mec1.pure.cloud" },
  { sdkKey: "eusc_de_east_1", awsKey: "eusc-de-east-1", env: "edee1.eusc-pure.cloud" },
  { sdkKey: "ap_south_1", awsKey: "ap-south-1", env: "aps1.pure.cloud" },
  { sdkKey: "ap_northeast_1", awsKey: "ap-northeast-1", env: "mypurecloud.jp" },
  { sdkKey: "ap_northeast_2", awsKey: "ap-northeast-2", env: "apne2.pure.cloud" },
  { sdkKey: "ap_northeast_3", awsKey: "ap-northeast-3", env: "apne3.pure.cloud" },
  { sdkKey: "ap_southeast_1", awsKey: "ap-southeast-1", env: "apse1.pure.cloud" },
  { sdkKey: "ap_southeast_2", awsKey: "ap-southeast-2", env: "mypurecloud.com.au" }
];
var DEFAULT_ENV = "mypurecloud.com";
var CUSTOM_REGION = "custom";
var EndpointError = class extends UserError {
  name = "EndpointError";
};
var EXAMPLES = "a domain (mypurecloud.com, mypurecloud.ie, usw2.pure.cloud), a region key (eu-west-1 or eu_west_1) or an https://api.<env> URL";
function isGenesysEnv(domain) {
  const d = domain.toLowerCase();
  if (REGIONS.some((r) => r.env === d)) return true;
  const labels = d.split(".");
  if (!labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l))) return false;
  if (HOST_PREFIXES.includes(labels[0])) return false;
  if (labels.length >= 3 && labels.at(-1) === "cloud") {
    const second = labels.at(-2);
    if (second === "pure" || second.endsWith("-pure")) return true;
  }
  if (labels[0] === "mypurecloud" && (labels.length === 2 || labels.length === 3)) {
    return labels.slice(1).every((l) => /^[a-z]{2,}$/.test(l));
  }
  return false;
}
var HOST_PREFIXES = ["api", "login", "apps"];
function envOfHost(host) {
  const m = /^(?:api|login|apps)\.(.+)$/.exec(host.toLowerCase());
  if (m && isGenesysEnv(m[1])) return m[1];
  return void 0;
}
function parseRegion(input) {
  const raw = input.trim();
  const value = raw.toLowerCase();
  const fail = (why) => {
    throw new EndpointError(`Unknown region "${hideUserinfo(raw)}"${why}. Use ${EXAMPLES}.`);
  };
  if (value === "") fail("");
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(value)) {
    let url;
    try {
      url = checkUrlShape(raw, "region");
    } catch (err) {
      return fail(`: ${err.message.replace(/^region /, "it ").replace(/\.$/, "")}`);
    }
    if (url.protocol !== "https:") fail(": a region URL must use https");
    if (url.pathname !== "/" && url.pathname !== "") fail(": a region URL has no path");
    if (url.port !== "") fail(": a region URL has no port");
    const env2 = envOfHost(url.hostname);
    if (env2 === void 0) fail(`: ${url.hostname} is not a Genesys Cloud API host`);
    return env2;
  }
  const key = value.replace(/_/g, "-");
  const byKey = REGIONS.find((r) => r.awsKey === key);
  if (byKey) return byKey.env;
  const domain = value.replace(/\.$/, "");
  if (isGenesysEnv(domain)) return domain;
  const env = envOfHost(domain);
  if (env !== void 0) return env;
  if (/^[a-z]{2,4}-[a-z]+-\d+$/.test(key)) fail(": no Genesys Cloud region has that key");
  return fail("");
}
function isLoopbackHost(hostname) {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (h === "localhost" || h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)) return true;
  const mapped = /^::ffff:(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|7f[0-9a-f]{2}:[0-9a-f]{1,4})$/.exec(h);
  return mapped !== null;
}
function hideUserinfo(value) {
  return value.replace(/^([^/]*\/\/)[^/?#]*@/, "$1***@");
}
function checkUrlShape(value, label) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new EndpointError(`${label} "${hideUserinfo(value)}" is not a valid URL.`);
  }
  const afterScheme = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  if (url.username !== "" || url.password !== "" || /^[^/]*@/.test(afterScheme)) {
    throw new EndpointError(`${label} must not contain credentials (user:password@).`);
  }
  if (url.search !== "" || value.includes("?"))
    throw new EndpointError(`${label} must not contain a query (?\u2026).`);
  if (url.hash !== "" || value.includes("#"))
    throw new EndpointError(`${label} must not contain a fragment (#\u2026).`);
  return url;
}
function validateBaseUrl(value, label) {
  const trimmed = value.trim();
  const url = checkUrlShape(trimmed, label);
  if (url.protocol === "http:") {
    if (!isLoopbackHost(url.hostname)) {
      throw new EndpointError(
        `${label} "${url.origin}" uses http to a host that is not loopback: credentials are only sent over https (http is allowed for 127.0.0.1, ::1 and localhost).`
      );
    }
  } else if (url.protocol !== "https:") {
    throw new EndpointError(`${label} "${trimmed}" must be an https:// URL.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
function siblingOf(baseUrl, prefix) {
  const url = new URL(baseUrl);
  const env = envOfHost(url.hostname);
  if (env === void 0 || url.protocol !== "https:" || url.pathname !== "/") return void 0;
  return `https://${prefix}.${env}`;
}
function resolveEndpoints(inputs) {
  const region = inputs.region?.trim() ? parseRegion(inputs.region) : void 0;
  const api = inputs.apiBaseUrl?.trim() ? validateBaseUrl(inputs.apiBaseUrl, "api-base-url") : void 0;
  const login = inputs.loginBaseUrl?.trim() ? validateBaseUrl(inputs.loginBaseUrl, "login-base-url") : void 0;
  if (api === void 0 && login === void 0) {
    const env = region ?? DEFAULT_ENV;
    return { region: env, apiBaseUrl: `https://api.${env}`, loginBaseUrl: `https://login.${env}` };
  }
  const local = (url) => url !== void 0 && isLoopbackHost(new URL(url).hostname);
  const apiBaseUrl = api ?? siblingOf(login, "api") ?? (region !== void 0 && !local(login) ? `https://api.${region}` : login);
  const loginBaseUrl = login ?? siblingOf(api, "login") ?? (region !== void 0 && !local(api) ? `https://login.${region}` : api);
  const shown = region ?? envOfHost(new URL(apiBaseUrl).hostname) ?? CUSTOM_REGION;
  return { region: shown, apiBaseUrl, loginBaseUrl };
}

// src/days.ts
var DAY_MS = 864e5;
var dayOf = (ms) => new Date(ms).toISOString().slice(0, 10);

// src/limits.ts
var DEFAULT_LIMITS = {
  connectTimeoutMs: 1e4,
  headersTimeoutMs: 6e4,
  bodyTimeoutMs: 3e4,
  requestTimeoutMs: 12e4,
  maxRetries: 5,
  retryBudget: 30,
  backoffBaseMs: 500,
  backoffMaxMs: 15e3,
  maxRetryAfterSeconds: 120,
  maxBodyBytes: 64 * 1024 * 1024,
  usagePollMs: 2e3,
  usageTimeoutMs: 10 * 6e4
};
var ENV_NAMES = {
  connectTimeoutMs: "GENESYS_AUDIT_CONNECT_TIMEOUT_MS",
  headersTimeoutMs: "GENESYS_AUDIT_HEADERS_TIMEOUT_MS",
  bodyTimeoutMs: "GENESYS_AUDIT_BODY_TIMEOUT_MS",
  requestTimeoutMs: "GENESYS_AUDIT_REQUEST_TIMEOUT_MS",
  maxRetries: "GENESYS_AUDIT_MAX_RETRIES",
  retryBudget: "GENESYS_AUDIT_RETRY_BUDGET",
  backoffBaseMs: "GENESYS_AUDIT_BACKOFF_BASE_MS",
  backoffMaxMs: "GENESYS_AUDIT_BACKOFF_MAX_MS",
  maxRetryAfterSeconds: "GENESYS_AUDIT_MAX_RETRY_AFTER_S",
  maxBodyBytes: "GENESYS_AUDIT_MAX_BODY_BYTES",
  usagePollMs: "GENESYS_AUDIT_USAGE_POLL_MS",
  usageTimeoutMs: "GENESYS_AUDIT_USAGE_TIMEOUT"
};
var TIMEOUT_UNITS = { "": 1e3, s: 1e3, m: 6e4, h: 36e5 };
function parseTimeout(raw) {
  const m = /^(\d+)([smh]?)$/.exec(raw.trim());
  if (!m) return void 0;
  const ms = Number(m[1]) * TIMEOUT_UNITS[m[2]];
  return Number.isSafeInteger(ms) ? ms : void 0;
}
function limitsFromEnv(env) {
  const limits = { ...DEFAULT_LIMITS };
  const errors = [];
  for (const key of Object.keys(ENV_NAMES)) {
    const name = ENV_NAMES[key];
    const raw = env[name];
    if (raw === void 0 || raw.trim() === "") continue;
    if (key === "usageTimeoutMs") {
      const ms = parseTimeout(raw);
      if (ms === void 0)
        errors.push(`${name} must be whole seconds or a duration such as 10m, got "${raw}".`);
      else limits[key] = ms;
      continue;
    }
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) {
      errors.push(`${name} must be a whole number \u2265 0, got "${raw}".`);
      continue;
    }
    limits[key] = value;
  }
  return { limits, errors };
}

// src/redact.ts
var MIN_SECRET_LENGTH = 8;
var REDACTED = "***";
var Secrets = class {
  values = /* @__PURE__ */ new Set();
  /**
   * Registers a value, with the URL-encoded forms it would take in a query string or a form body.
   * An empty value is ignored; a shorter one than MIN_SECRET_LENGTH is a bug of the caller.
   */
  add(value) {
    if (value === "") return;
    if (value.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `a secret of ${value.length} characters reached redaction; it should have been refused`
      );
    }
    this.values.add(value);
    this.values.add(encodeURIComponent(value));
    this.values.add(new URLSearchParams({ v: value }).toString().slice(2));
  }
  /** `text` with every occurrence of every registered value replaced by `***`. */
  redact(text) {
    let out = text;
    for (let changed = true; changed; ) {
      changed = false;
      for (const value of this.values) {
        if (!out.includes(value)) continue;
        out = out.split(value).join(REDACTED);
        changed = true;
      }
    }
    return out;
  }
};

// src/grant-types.ts
var CLIENT_CREDENTIALS = "CLIENT-CREDENTIALS";
var KNOWN = new Set(GRANT_TYPES);
function unusualCharacters(value, max = 3) {
  const out = [];
  for (const c of value) {
    if (/[\x21-\x7e]/.test(c)) continue;
    const code = `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    if (!out.includes(code)) out.push(code);
    if (out.length === max) break;
  }
  return out;
}
function isKnownGrantType(value) {
  return KNOWN.has(value);
}
var POLICY_GRANT_TYPE_PATTERN = "^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$";

export {
  GRANT_TYPES,
  normaliseGrantType,
  CLIENT_STATES,
  unlistedRoles,
  CLIENT_CREDENTIALS,
  unusualCharacters,
  isKnownGrantType,
  POLICY_GRANT_TYPE_PATTERN,
  DAY_MS,
  dayOf,
  ENV_NAMES,
  limitsFromEnv,
  MIN_SECRET_LENGTH,
  Secrets,
  isLoopbackHost,
  validateBaseUrl,
  resolveEndpoints
};
