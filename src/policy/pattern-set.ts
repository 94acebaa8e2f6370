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
export function regexLiterals(pattern: string): GlobLiterals | null {
  if (!isRegex(pattern)) return null;
  const insensitive = pattern.endsWith('/i');
  const body = pattern.slice(1, insensitive ? -2 : -1);
  if (body.includes('|')) return null;
  const literal = (c: string): boolean =>
    REGEX_LITERAL.test(c) && !(insensitive && FOLDS_BEYOND_ASCII.test(c));

  let prefix = '';
  if (body.startsWith('^')) {
    let end = 1;
    while (end < body.length && literal(body[end]!)) end++;
    // A quantified last character may be absent or repeated.
    if (end > 1 && QUANTIFIER.test(body.slice(end))) end--;
    prefix = body.slice(1, end);
  }
  // Escapes (`\x41`, `\d`) end in plain characters that are not literal, a `$` after a backslash
  // is not an anchor, and a group may set flags (`(?i)`, `(?m)`) for what follows it, so a
  // trailing run is trusted only without any backslash or parenthesis.
  let suffix = '';
  if (body.endsWith('$') && !/[\\(]/.test(body)) {
    let start = body.length - 1;
    while (start > 0 && literal(body[start - 1]!)) start--;
    suffix = body.slice(start, -1);
  }
  if (prefix === '' && suffix === '') return null;
  return { prefix: prefix.toLowerCase(), suffix: suffix.toLowerCase(), inner: [] };
}

function mayMatch(lits: GlobLiterals, valueLower: string): boolean {
  // Suffix first: patterns sharing a prefix often differ at the end, and `endsWith` is the cheaper test.
  if (lits.suffix !== '' && !valueLower.endsWith(lits.suffix)) return false;
  if (lits.prefix !== '' && !valueLower.startsWith(lits.prefix)) return false;
  for (const s of lits.inner) if (!valueLower.includes(s)) return false;
  return true;
}

export interface NamePrefixes {
  /** Exact strings, lower-cased: a match equals one. */
  readonly exact: readonly string[];
  /** Literal prefixes of patterns, lower-cased: a match starts with one. */
  readonly starts: readonly string[];
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
        literals.push(regexLiterals(p));
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

  /**
   * Lower-cased text that every value this set matches starts with: the exact strings whole, and
   * the literal prefixes of globs (see `globLiterals`) and regular expressions (see `regexLiterals`);
   * a matching value's lower-cased form starts with one of them. Null when some pattern has no
   * such prefix, or for an empty list.
   */
  prefixes(): NamePrefixes | null {
    if (this.sources.length === 0) return null;
    const starts: string[] = [];
    for (const lits of this.literals) {
      if (lits === null || lits.prefix === '') return null;
      starts.push(lits.prefix);
    }
    return { exact: [...this.exact], starts };
  }

  /**
   * The last characters, lower-cased, that every value this set matches may end with: those of the
   * exact strings and of the literal suffixes of the patterns. Null when some pattern has no such
   * suffix, or for an empty list.
   */
  endings(): string[] | null {
    if (this.sources.length === 0) return null;
    const ends = [...this.exact].map((e) => e.slice(-1));
    for (const lits of this.literals) {
      if (lits === null || lits.suffix === '') return null;
      ends.push(lits.suffix.slice(-1));
    }
    return ends;
  }

  /** `valueLower` must be `value.toLowerCase()`. */
  test(value: string, valueLower: string): boolean {
    if (this.exact.size !== 0 && this.exact.has(valueLower)) return true;
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
