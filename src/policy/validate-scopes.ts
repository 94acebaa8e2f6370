/** Checks of the scope names and scope globs a policy writes, against the known Genesys Cloud scopes. */
import { compileGlob, isGlob, PatternError } from './patterns.js';
import { KNOWN_SCOPES, isKnownScope } from '../known-scopes.js';
import { nearest } from './suggest.js';

/** Splits on `:` outside `{…}` and `[…]`, so that `{users,users:readonly}` stays one part. */
function splitScope(p: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of p) {
    if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
    if (c === ':' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

const DOMAIN_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DOMAIN_GLOB_RE = /^[a-z0-9*?[\]{},!^:-]+$/;

/** Why `p` cannot be a scope (or scope glob), or null. `exact`: globs are not allowed (`require`). */
export function scopePatternProblem(p: string, exact: boolean): string | null {
  const parts = splitScope(p);
  if (p.startsWith('/'))
    return `"${p}": scope patterns are globs (e.g. "*:readonly"), not regular expressions or paths`;
  if (parts.length >= 3)
    return `"${p}" looks like a permission (domain:entity:action), not a scope: scopes are <domain> or <domain>:readonly. Permissions come from roles; for CLIENT-CREDENTIALS clients judge them under \`roles\``;
  if (/[A-Z]/.test(p) && scopePatternProblem(p.toLowerCase(), exact) === null)
    return `"${p}": scope names are lower case; write "${p.toLowerCase()}"`;
  if (exact && isGlob(p)) return `"${p}": scopes.require takes exact scope names, not patterns`;
  const [domain, suffix] = parts as [string, string | undefined];
  if (suffix !== undefined) {
    const suffixOk = suffix === 'readonly' || (!exact && isGlob(suffix) && safeGlobTest(suffix, 'readonly'));
    if (!suffixOk)
      return `"${p}" is not a scope: the only scope suffix is ":readonly" (scopes are <domain> or <domain>:readonly)`;
  }
  if (!(exact ? DOMAIN_RE : DOMAIN_GLOB_RE).test(domain))
    return `"${p}" is not a scope: a scope is <domain> or <domain>:readonly, the domain in lower-case letters, digits and "-"`;
  return null;
}

function safeGlobTest(glob: string, value: string): boolean {
  try {
    return compileGlob(glob).test(value);
  } catch {
    return false;
  }
}

/**
 * Whether a scope pattern matches some scope of a list. Rules repeat the same patterns, so each
 * distinct one is compiled and tested once per lookup; a plain name is one set lookup.
 */
export class ScopeLookup {
  private readonly lower: ReadonlySet<string>;
  private readonly verdicts = new Map<string, boolean>();

  constructor(private readonly scopes: readonly string[]) {
    this.lower = new Set(scopes.map((s) => s.toLowerCase()));
  }

  /** Throws `PatternError` for a glob that cannot be compiled. */
  matchesAny(pattern: string): boolean {
    let verdict = this.verdicts.get(pattern);
    if (verdict === undefined) {
      if (isGlob(pattern)) {
        const m = compileGlob(pattern);
        verdict = this.scopes.some((s) => m.test(s));
      } else {
        // A plain name matches case-insensitively (see `compileGlob`).
        verdict = this.lower.has(pattern.toLowerCase());
      }
      this.verdicts.set(pattern, verdict);
    }
    return verdict;
  }
}

/**
 * What is wrong with one entry of a rule's `scopes.require`, `allow` or `forbid` (`list`): an error
 * when it cannot be a scope or scope glob, a warning when it matches no known scope; null when fine.
 */
export function scopeEntryIssue(
  value: string,
  list: 'require' | 'allow' | 'forbid',
  known: ScopeLookup,
): { level: 'error' | 'warning'; message: string } | null {
  if (value === '') return null; // the schema reports it
  const problem = scopePatternProblem(value, list === 'require');
  if (problem) return { level: 'error', message: problem };
  try {
    return known.matchesAny(value) ? null : { level: 'warning', message: unknownScopeMessage(value) };
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    return { level: 'error', message: e.message };
  }
}

/** Why a scope name matches no known scope, with the nearest known one. */
export function unknownScopeMessage(p: string): string {
  if (isGlob(p)) return `scope pattern "${p}" matches no known Genesys Cloud scope`;
  const head = `scope "${p}" is not a known Genesys Cloud scope`;
  if (p.endsWith(':readonly') && isKnownScope(p.slice(0, -':readonly'.length)))
    return `${head}: "${p.slice(0, -':readonly'.length)}" has no read-only form`;
  if (isKnownScope(`${p}:readonly`)) return `${head}: it exists only read-only, as "${p}:readonly"`;
  if (p === 'admin' || p.startsWith('admin:'))
    return `${head}: there is no admin scope (admin rights come from roles)`;
  const near = nearest(p, KNOWN_SCOPES);
  return near ? `${head}. Did you mean "${near}"?` : head;
}
