/** Pattern lists compiled once per policy and tested many times per run. */
import { compileGlob, compilePattern, isGlob, isRegex, type Matcher } from './patterns.js';

/**
 * Literal text a simple glob's matches must contain, lower-cased: what comes before the first
 * wildcard, after the last, and the runs between. Checking these with `startsWith`/`includes`
 * first rejects most non-matching values without running the glob's regular expression.
 */
export interface GlobLiterals {
  readonly prefix: string;
  readonly suffix: string;
  readonly inner: readonly string[];
}

// Characters that are literal in a glob and match only their ASCII case variants under `nocase`
// (an ASCII letter never matches a non-ASCII one), so lower-casing the value keeps them in place.
const PLAIN = /^[a-z0-9 _.:-]$/i;

/**
 * The literals of a glob made of plain characters, `*`, `?` and `[...]` only; null for anything
 * else (braces, extglobs, escapes, non-ASCII), which then always runs the full glob.
 */
export function globLiterals(glob: string): GlobLiterals | null {
  const tokens: (string | null)[] = []; // null: a wildcard
  let run = '';
  const flush = (): void => {
    if (run !== '') tokens.push(run);
    run = '';
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' || c === '?') {
      flush();
      tokens.push(null);
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1 || glob.slice(i + 1, close).includes('[')) return null;
      flush();
      tokens.push(null);
      i = close;
    } else if (PLAIN.test(c)) {
      run += c.toLowerCase();
    } else {
      return null;
    }
  }
  flush();
  if (tokens.length < 2) return null;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const prefix = typeof first === 'string' ? first : '';
  const suffix = typeof last === 'string' ? last : '';
  const inner = tokens.slice(prefix ? 1 : 0, suffix ? -1 : undefined).filter((t): t is string => t !== null);
  return { prefix, suffix, inner };
}

function mayMatch(lits: GlobLiterals, valueLower: string): boolean {
  if (lits.prefix !== '' && !valueLower.startsWith(lits.prefix)) return false;
  if (lits.suffix !== '' && !valueLower.endsWith(lits.suffix)) return false;
  for (const s of lits.inner) if (!valueLower.includes(s)) return false;
  return true;
}

/**
 * A list of patterns, any of which may match. Plain strings (no glob syntax) become one set lookup
 * on the lower-cased value, which the caller lowers once per client instead of once per pattern.
 */
export class PatternSet {
  private readonly exact: ReadonlySet<string>;
  private readonly patterns: readonly Matcher[];
  /** Index-aligned with `patterns`; null: no quick rejection possible. */
  private readonly literals: readonly (GlobLiterals | null)[];
  readonly sources: readonly string[];

  /** `regex`: also accept `/.../` (names and descriptions); otherwise globs only (scopes, roles, hosts). */
  constructor(list: readonly string[], regex: boolean) {
    const exact = new Set<string>();
    const patterns: Matcher[] = [];
    const literals: (GlobLiterals | null)[] = [];
    for (const p of list) {
      if (regex && isRegex(p)) {
        patterns.push(compilePattern(p));
        literals.push(null);
      } else if (!isGlob(p)) {
        exact.add(p.toLowerCase());
      } else {
        patterns.push(compileGlob(p));
        literals.push(globLiterals(p));
      }
    }
    this.exact = exact;
    this.patterns = patterns;
    this.literals = literals;
    this.sources = list;
  }

  /** `valueLower` must be `value.toLowerCase()`. */
  test(value: string, valueLower: string): boolean {
    if (this.exact.has(valueLower)) return true;
    for (let i = 0; i < this.patterns.length; i++) {
      const lits = this.literals[i]!;
      if (lits !== null && !mayMatch(lits, valueLower)) continue;
      if (this.patterns[i]!.test(value)) return true;
    }
    return false;
  }

  /** The first matching pattern as written (plain strings before globs), or null. */
  first(value: string, valueLower: string): string | null {
    if (this.exact.has(valueLower)) {
      for (const p of this.sources) if (p.toLowerCase() === valueLower) return p;
    }
    for (let i = 0; i < this.patterns.length; i++) {
      const lits = this.literals[i]!;
      if (lits !== null && !mayMatch(lits, valueLower)) continue;
      if (this.patterns[i]!.test(value)) return this.patterns[i]!.source;
    }
    return null;
  }
}
