/**
 * Failures without an answer (timeouts, resets, refused connections, TLS, proxies, a reply that is
 * not HTTP): what went wrong, what to do, and whether another attempt may pass.
 */
import { errors as undiciErrors } from 'undici';
import { ENV_NAMES, type HttpLimits } from '../limits.js';
import type { Proxy } from './proxy.js';

/** The connection broke while the body was arriving: the answer is truncated. */
export class CutBodyError extends Error {
  constructor(readonly code: string) {
    super('response body cut off');
  }
}

/** The request's overall deadline passed. */
export class DeadlineError extends Error {}

/** What a thrown transport error means, and whether another attempt may help. */
interface TransportFailure {
  retryable: boolean;
  problem: string;
  advice: string;
}

/** Where a request went: the host it named, and the proxy it went through. */
export interface Route {
  host: string;
  proxy?: Proxy;
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

/** The code of an error that reset or closed the connection (another attempt may pass), else undefined. */
export function resetCode(err: unknown): string | undefined {
  const code = errorCode(err);
  return code !== undefined && RETRYABLE_CODES.has(code) ? code : undefined;
}

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

/**
 * What a thrown transport error means, told for the route it took; undefined when it is no
 * transport error (a bug, rethrown as it is).
 */
export function transportFailure(
  err: unknown,
  route: Route,
  limits: HttpLimits,
): TransportFailure | undefined {
  const t = throughProxy(err, route, directFailure(err, route, limits));
  if (t && err instanceof CutBodyError) t.problem = `the response was cut off before its end (${err.code})`;
  return t;
}

/** Through a proxy, a failure to connect is a failure to reach the proxy. */
function throughProxy(
  err: unknown,
  route: Route,
  t: TransportFailure | undefined,
): TransportFailure | undefined {
  const proxy = route.proxy;
  if (!t || !proxy) return t;
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

function directFailure(err: unknown, route: Route, limits: HttpLimits): TransportFailure | undefined {
  if (err instanceof DeadlineError) {
    return {
      retryable: true,
      problem: `no complete response within ${limits.requestTimeoutMs} ms`,
      advice: `The server answers too slowly (a byte at a time?): re-run later, or raise ${ENV_NAMES.requestTimeoutMs}.`,
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
  return code === undefined ? undefined : networkFailure(code, limits);
}

/** A failure undici or the operating system gave a code. */
function networkFailure(code: string, l: HttpLimits): TransportFailure {
  switch (code) {
    case 'UND_ERR_RES_EXCEEDED_MAX_SIZE':
      return {
        retryable: false,
        problem: `the response is larger than ${l.maxBodyBytes} bytes`,
        advice: `Raise ${ENV_NAMES.maxBodyBytes} if the org is this large.`,
      };
    case 'UND_ERR_CONNECT_TIMEOUT':
      return {
        retryable: true,
        problem: `could not connect within ${l.connectTimeoutMs} ms`,
        advice: `Check the network and \`region\`/\`api-base-url\`, or raise ${ENV_NAMES.connectTimeoutMs}.`,
      };
    case 'UND_ERR_HEADERS_TIMEOUT':
      return {
        retryable: true,
        problem: `no response within ${l.headersTimeoutMs} ms`,
        advice: `Genesys Cloud is slow: re-run later, or raise ${ENV_NAMES.headersTimeoutMs}.`,
      };
    case 'UND_ERR_BODY_TIMEOUT':
      return {
        retryable: true,
        problem: `the response body stalled for more than ${l.bodyTimeoutMs} ms`,
        advice: `Genesys Cloud is slow: re-run later, or raise ${ENV_NAMES.bodyTimeoutMs}.`,
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
      return otherFailure(code);
  }
}

function otherFailure(code: string): TransportFailure {
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
