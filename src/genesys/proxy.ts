/**
 * The proxies of the environment, read as curl and undici read them: `HTTPS_PROXY` for https
 * origins (`HTTP_PROXY` when it is unset), `HTTP_PROXY` for http ones, the lower-case names first;
 * `NO_PROXY` lists the hosts reached directly (`host`, `host:port`, `.domain`, `*.domain`, `*`).
 *
 * Loopback hosts (the sandbox) are reached directly unless `NO_PROXY` is set, even empty. And a
 * proxy that is not itself on loopback never gets a loopback origin: it would reach its own
 * loopback, and plain-http credentials would leave the machine.
 */
import { UserError } from '../errors.js';
import { isLoopbackHost } from './regions.js';

export interface Proxy {
  url: URL;
  /** The proxy as messages show it: scheme, host and port, never its credentials. */
  shown: string;
  /** The variable it came from (`HTTPS_PROXY`). */
  variable: string;
  /** The password in the URL, decoded ('' when none): redacted from every message. */
  password: string;
}

export interface Proxies {
  http?: Proxy;
  https?: Proxy;
  /** `NO_PROXY` entries; undefined when the variable is unset. */
  noProxy?: { host: string; port: number }[];
}

function fromEnv(env: NodeJS.ProcessEnv, name: string): { value: string; variable: string } | undefined {
  for (const variable of [name.toLowerCase(), name]) {
    const value = env[variable]?.trim();
    if (value) return { value, variable };
  }
  return undefined;
}

function parseProxy(env: NodeJS.ProcessEnv, name: string): Proxy | undefined {
  const found = fromEnv(env, name);
  if (!found) return undefined;
  const { value, variable } = found;
  // Like curl, a proxy given without a scheme is an http:// one.
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    const shown = value.replace(/\/\/[^@/]*@/, '//***@');
    throw new UserError(
      `${variable} ("${shown}") is not a proxy URL: give it as http://host:port (or https://host:port).`,
    );
  }
  let password: string;
  try {
    password = decodeURIComponent(url.password);
  } catch {
    throw new UserError(
      `${variable}: the proxy's password is not valid percent-encoding: encode each special character as %XX.`,
    );
  }
  return { url, shown: `${url.protocol}//${url.host}`, variable, password };
}

/** Without brackets: `URL.hostname` keeps them around IPv6 addresses, NO_PROXY entries may not. */
const bare = (host: string): string => host.replace(/^\[(.*)\]$/, '$1').toLowerCase();

function parseNoProxy(value: string): { host: string; port: number }[] {
  return value
    .split(/[,\s]+/)
    .filter((e) => e !== '')
    .map((entry) => {
      // `[::1]:8080`, `host:8080`; an IPv6 address without brackets has no port.
      const m =
        /^\[(.*)\](?::(\d+))?$/.exec(entry) ??
        (entry.split(':').length === 2 ? /^(.*):(\d+)$/.exec(entry) : null);
      const host = m ? m[1]! : entry;
      return { host: bare(host.replace(/^\*?\./, '')), port: m?.[2] ? Number(m[2]) : 0 };
    });
}

/** Reads the proxy variables; a malformed proxy URL is a UserError naming the variable. */
export function proxiesFromEnv(env: NodeJS.ProcessEnv): Proxies {
  const http = parseProxy(env, 'HTTP_PROXY');
  const https = parseProxy(env, 'HTTPS_PROXY') ?? http;
  const noProxy = env['no_proxy'] ?? env['NO_PROXY'];
  return { http, https, noProxy: noProxy === undefined ? undefined : parseNoProxy(noProxy) };
}

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

/** The proxy a request to `url` goes through, or undefined to connect directly. */
export function proxyFor(proxies: Proxies, url: URL): Proxy | undefined {
  const proxy = url.protocol === 'https:' ? proxies.https : proxies.http;
  if (!proxy) return undefined;
  const host = bare(url.hostname);
  if (
    isLoopbackHost(url.hostname) &&
    (proxies.noProxy === undefined || !isLoopbackHost(proxy.url.hostname))
  ) {
    return undefined;
  }
  const port = Number(url.port) || DEFAULT_PORTS[url.protocol] || 0;
  for (const entry of proxies.noProxy ?? []) {
    if (entry.host === '*') return undefined;
    if (entry.port !== 0 && entry.port !== port) continue;
    if (host === entry.host || host.endsWith(`.${entry.host}`)) return undefined;
  }
  return proxy;
}
