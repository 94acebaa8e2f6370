/**
 * Turns the `region`, `api-base-url` and `login-base-url` inputs into the two base URLs the client
 * talks to. Everything is checked here, before any request or DNS lookup: credentials travel only
 * over https, except to loopback hosts.
 */
import { UserError } from '../errors.js';

interface GenesysRegion {
  /** Key as the official SDKs write it, e.g. `eu_west_1`. */
  sdkKey: string;
  /** Key in AWS style, e.g. `eu-west-1`. */
  awsKey: string;
  /** The environment domain: API host `api.<env>`, login host `login.<env>`. */
  env: string;
}

/** The Genesys Cloud environments (regions) known today. New ones are also accepted by domain shape. */
export const REGIONS: readonly GenesysRegion[] = [
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
export const CUSTOM_REGION = 'custom';

interface EndpointInputs {
  region?: string;
  apiBaseUrl?: string;
  loginBaseUrl?: string;
}

interface Endpoints {
  /** The environment domain (`mypurecloud.ie`), or `custom`. */
  region: string;
  /** Base URL without a trailing slash, e.g. `https://api.mypurecloud.ie`. */
  apiBaseUrl: string;
  /** Base URL without a trailing slash, e.g. `https://login.mypurecloud.ie`. */
  loginBaseUrl: string;
}

/** An unusable `region`, `api-base-url` or `login-base-url` input. */
export class EndpointError extends UserError {
  override name = 'EndpointError';
}

const EXAMPLES =
  'a domain (mypurecloud.com, mypurecloud.ie, usw2.pure.cloud), a region key (eu-west-1 or eu_west_1) ' +
  'or an https://api.<env> URL';

/** A Genesys environment domain: one from the table, or one of the shapes new regions take. */
export function isGenesysEnv(domain: string): boolean {
  const d = domain.toLowerCase();
  if (REGIONS.some((r) => r.env === d)) return true;
  const labels = d.split('.');
  if (!labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l))) return false;
  // A host of an environment (`api.usw2.pure.cloud`) is not an environment itself.
  if (HOST_PREFIXES.includes(labels[0]!)) return false;
  // `<x>.pure.cloud` and `<x>.<y>-pure.cloud` (e.g. use2.us-gov-pure.cloud)
  if (labels.length >= 3 && labels.at(-1) === 'cloud') {
    const second = labels.at(-2)!;
    if (second === 'pure' || second.endsWith('-pure')) return true;
  }
  // `mypurecloud.<tld>` or `mypurecloud.<sld>.<tld>` (mypurecloud.com.au)
  if (labels[0] === 'mypurecloud' && (labels.length === 2 || labels.length === 3)) {
    return labels.slice(1).every((l) => /^[a-z]{2,}$/.test(l));
  }
  return false;
}

const HOST_PREFIXES = ['api', 'login', 'apps'];

/** The environment of a Genesys host name (`api.mypurecloud.ie` → `mypurecloud.ie`), or undefined. */
function envOfHost(host: string): string | undefined {
  const m = /^(?:api|login|apps)\.(.+)$/.exec(host.toLowerCase());
  if (m && isGenesysEnv(m[1]!)) return m[1]!;
  return undefined;
}

/**
 * The environment domain named by a `region` input, or throws an EndpointError listing valid
 * examples. Case-insensitive; accepts domains, both key styles, and Genesys host names or URLs.
 */
export function parseRegion(input: string): string {
  const raw = input.trim();
  const value = raw.toLowerCase();
  const fail = (why: string): never => {
    throw new EndpointError(`Unknown region "${hideUserinfo(raw)}"${why}. Use ${EXAMPLES}.`);
  };
  if (value === '') fail('');
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(value)) {
    let url: URL;
    try {
      url = checkUrlShape(raw, 'region');
    } catch (err) {
      return fail(`: ${(err as Error).message.replace(/^region /, 'it ').replace(/\.$/, '')}`);
    }
    if (url.protocol !== 'https:') fail(': a region URL must use https');
    if (url.pathname !== '/' && url.pathname !== '') fail(': a region URL has no path');
    if (url.port !== '') fail(': a region URL has no port');
    const env = envOfHost(url.hostname);
    if (env === undefined) fail(`: ${url.hostname} is not a Genesys Cloud API host`);
    return env!;
  }
  const key = value.replace(/_/g, '-');
  const byKey = REGIONS.find((r) => r.awsKey === key);
  if (byKey) return byKey.env;
  const domain = value.replace(/\.$/, '');
  if (isGenesysEnv(domain)) return domain;
  const env = envOfHost(domain);
  if (env !== undefined) return env;
  if (/^[a-z]{2,4}-[a-z]+-\d+$/.test(key)) fail(': no Genesys Cloud region has that key');
  return fail('');
}

/** Loopback: 127.0.0.0/8, ::1 (and its IPv4-mapped form), `localhost`. Host as `URL.hostname` gives it. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)) return true;
  const mapped = /^::ffff:(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|7f[0-9a-f]{2}:[0-9a-f]{1,4})$/.exec(h);
  return mapped !== null;
}

/** Inputs are echoed in messages: never a password someone pasted into a URL. */
function hideUserinfo(value: string): string {
  return value.replace(/^([^/]*\/\/)[^/?#]*@/, '$1***@');
}

/** Parses a URL and refuses userinfo, a query or a fragment (even empty ones). */
function checkUrlShape(value: string, label: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
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
export function validateBaseUrl(value: string, label: string): string {
  const trimmed = value.trim();
  const url = checkUrlShape(trimmed, label);
  if (url.protocol === 'http:') {
    if (!isLoopbackHost(url.hostname)) {
      throw new EndpointError(
        `${label} "${url.origin}" uses http to a host that is not loopback: credentials are only sent over https ` +
          '(http is allowed for 127.0.0.1, ::1 and localhost).',
      );
    }
  } else if (url.protocol !== 'https:') {
    throw new EndpointError(`${label} "${trimmed}" must be an https:// URL.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The sibling host of a Genesys base URL (`https://api.X` → `https://login.X`), or undefined. */
function siblingOf(baseUrl: string, prefix: 'api' | 'login'): string | undefined {
  const url = new URL(baseUrl);
  const env = envOfHost(url.hostname);
  if (env === undefined || url.protocol !== 'https:' || url.pathname !== '/') return undefined;
  return `https://${prefix}.${env}`;
}

/**
 * Resolves the inputs to the base URLs. Explicit base URLs override the region. A custom base URL
 * given alone also serves the other endpoint (as the sandbox does) unless a region or a Genesys
 * host says otherwise.
 */
export function resolveEndpoints(inputs: EndpointInputs): Endpoints {
  const region = inputs.region?.trim() ? parseRegion(inputs.region) : undefined;
  const api = inputs.apiBaseUrl?.trim() ? validateBaseUrl(inputs.apiBaseUrl, 'api-base-url') : undefined;
  const login = inputs.loginBaseUrl?.trim()
    ? validateBaseUrl(inputs.loginBaseUrl, 'login-base-url')
    : undefined;

  if (api === undefined && login === undefined) {
    const env = region ?? DEFAULT_ENV;
    return { region: env, apiBaseUrl: `https://api.${env}`, loginBaseUrl: `https://login.${env}` };
  }
  // A loopback server (the sandbox) answers both hosts; sending its credentials to a real login
  // host, because a region came from the environment, could never work.
  const local = (url: string | undefined) => url !== undefined && isLoopbackHost(new URL(url).hostname);
  const apiBaseUrl =
    api ??
    siblingOf(login!, 'api') ??
    (region !== undefined && !local(login) ? `https://api.${region}` : login!);
  const loginBaseUrl =
    login ??
    siblingOf(api!, 'login') ??
    (region !== undefined && !local(api) ? `https://login.${region}` : api!);
  const shown = region ?? envOfHost(new URL(apiBaseUrl).hostname) ?? CUSTOM_REGION;
  return { region: shown, apiBaseUrl, loginBaseUrl };
}
