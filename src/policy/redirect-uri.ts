/**
 * Redirect URI parsing for `insecure-redirect-uri` and `redirect-uris.allow-hosts`.
 *
 * Parsing is WHATWG URL (what browsers do with the URI), made stricter where that parser is lenient
 * in ways that hide mistakes: whitespace, control characters or backslashes anywhere, or an
 * `http(s):` URI without `//host`, make a URI unparseable. Private-use schemes of native apps
 * (`com.example.app:/cb`, RFC 8252 §7.1) are fine; script-bearing and local-file schemes are not.
 */

type RedirectProblem =
  'unparseable' | 'wildcard' | 'http-non-loopback' | 'fragment' | 'userinfo' | 'dangerous-scheme';

export interface ParsedRedirectUri {
  readonly raw: string;
  /** Lower-case scheme without `:`; '' when unparseable. */
  readonly scheme: string;
  /** Lower-case host name without port (IPv6 in brackets); null when unparseable or the URI has no host. */
  readonly host: string | null;
  /** Why the URI is insecure, in a fixed order; empty when it is fine. */
  readonly problems: readonly RedirectProblem[];
}

/** Schemes that run code or read local files when navigated to. */
export const DANGEROUS_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'data', 'file']);

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Whitespace, C0 controls, DEL and backslashes: WHATWG URL strips or rewrites these silently.
const SUSPICIOUS_CHARS = /[\u0000-\u0020\u007f\\]/;

/** Loopback hosts (RFC 8252 §7.3): `localhost`, 127.0.0.0/8, `[::1]` (host as WHATWG URL serialises it). */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost' || h === '[::1]') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return m !== null && m.slice(1).every((o) => Number(o) <= 255);
}

/** The authority part as written (between `//` and the path), or null when the URI has none. */
function rawAuthority(raw: string, schemeLength: number): string | null {
  if (raw.slice(schemeLength + 1, schemeLength + 3) !== '//') return null;
  const rest = raw.slice(schemeLength + 3);
  const end = rest.search(/[/?#]/);
  return end === -1 ? rest : rest.slice(0, end);
}

// A function of its own, not a closure: it would be created for every URI of every client.
function unparseable(text: string): ParsedRedirectUri {
  const problems: RedirectProblem[] = text.includes('*') ? ['wildcard', 'unparseable'] : ['unparseable'];
  return { raw: text, scheme: '', host: null, problems };
}

export function parseRedirectUri(raw: string): ParsedRedirectUri {
  const text = typeof raw === 'string' ? raw : '';
  const scheme = SCHEME.exec(text);
  if (text === '' || scheme === null || SUSPICIOUS_CHARS.test(text)) return unparseable(text);
  const schemeName = scheme[1]!.toLowerCase();
  const authority = rawAuthority(text, scheme[1]!.length);
  const special = schemeName === 'http' || schemeName === 'https';
  if (special && (authority === null || authority === '')) return unparseable(text);

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return unparseable(text);
  }
  const host = url.hostname === '' ? null : url.hostname.toLowerCase();

  const problems: RedirectProblem[] = [];
  if (text.includes('*')) problems.push('wildcard');
  if (schemeName === 'http' && (host === null || !isLoopbackHost(host))) problems.push('http-non-loopback');
  if (text.includes('#')) problems.push('fragment');
  if ((authority !== null && authority.includes('@')) || url.username !== '' || url.password !== '')
    problems.push('userinfo');
  if (DANGEROUS_SCHEMES.has(schemeName)) problems.push('dangerous-scheme');
  return { raw: text, scheme: schemeName, host, problems };
}

const PROBLEM_TEXT: Record<RedirectProblem, string> = {
  unparseable: 'cannot be parsed as a URI',
  wildcard: 'contains a `*` wildcard',
  'http-non-loopback': 'uses plain `http` on a host that is not loopback',
  fragment: 'has a fragment (`#`)',
  userinfo: 'carries user information (`user@`)',
  'dangerous-scheme': 'uses a scheme that runs code or reads local files',
};

/** "Redirect URI `x` uses plain `http` … and has a fragment (`#`)." */
export function describeInsecure(uri: ParsedRedirectUri): string {
  const parts = uri.problems.map((p) => PROBLEM_TEXT[p]);
  const list = parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Redirect URI \`${uri.raw}\` ${list}.`;
}
