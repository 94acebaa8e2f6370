/**
 * Compiled match patterns of the policy: case-insensitive globs (picomatch), `/regex/flags`, or
 * exact values. Compiled once per policy, never per client.
 */
import picomatch from 'picomatch';
import { RE2JS } from 're2js';

export interface Matcher {
  readonly source: string;
  test(value: string): boolean;
}

export class PatternError extends Error {
  override name = 'PatternError';
}

/** Longest regular expression accepted, and longest text a regular expression is run on (longer never matches). */
export const MAX_REGEX_LENGTH = 200;
export const MAX_REGEX_INPUT = 2000;

// picomatch treats `/` as a path separator (`*` stops at it); client names are not paths, so both
// sides see it as an ordinary private-use character instead.
const SLASH = '\uE000';
// Skipping the copy when there is no `/` matters: it runs once per client per pattern.
const unslash = (s: string): string => (s.includes('/') ? s.replaceAll('/', SLASH) : s);

const GLOB_OPTIONS: picomatch.PicomatchOptions = {
  nocase: true,
  dot: true,
  nonegate: true,
  strictBrackets: true,
  windows: false,
};

/** True when the string uses glob syntax (`*`, `?`, `[...]`, `{a,b}`). */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

/** True when written as a regular expression: `/.../` with an optional `i` flag. */
export function isRegex(pattern: string): boolean {
  return /^\/.+\/i?$/s.test(pattern);
}

/** Group openers other than `(`: `(?:`, `(?<name>`, look-around. */
const GROUP_PREFIX = /\(\?(?::|<[^>]*>|[=!]|<[=!])/g;

/**
 * An expression with at most one quantifier and no repeated group cannot backtrack
 * super-linearly, so it may run on V8's engine, which is faster than RE2's.
 */
function backtrackSafe(body: string): boolean {
  const flat = body
    .replace(/\\./g, 'x')
    .replace(/\[(?:\\.|[^\]\\])*\]/g, 'x')
    .replace(GROUP_PREFIX, '(');
  const quantifiers = flat.match(/[*+?]|\{\d+(?:,\d*)?\}/g) ?? [];
  return quantifiers.length <= 1 && !/\)(?:[*+?]|\{\d)/.test(flat);
}

/**
 * Compiles a name/description pattern: `/regex/` or a case-insensitive glob (an exact string is a glob too).
 *
 * Regular expressions run on names typed by admins, so none may backtrack catastrophically: each
 * one is parsed by RE2 and, unless it is trivially safe, run by RE2 (linear-time matching). The
 * accepted syntax is therefore RE2's: no back-references, no look-around.
 */
export function compilePattern(pattern: string): Matcher {
  if (!isRegex(pattern)) return compileGlob(pattern);
  const insensitive = pattern.endsWith('/i');
  const body = pattern.slice(1, insensitive ? -2 : -1);
  if (body.length > MAX_REGEX_LENGTH) {
    throw new PatternError(`regular expression ${pattern} is longer than ${MAX_REGEX_LENGTH} characters`);
  }
  let re2: RE2JS;
  try {
    re2 = RE2JS.compile(body, insensitive ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (e) {
    throw new PatternError(`invalid regular expression ${pattern}: ${(e as Error).message}`);
  }
  if (backtrackSafe(body)) {
    try {
      const re = new RegExp(body, insensitive ? 'iu' : 'u');
      return { source: pattern, test: (v) => v.length <= MAX_REGEX_INPUT && re.test(v) };
    } catch {
      // A form RE2 accepts and V8's Unicode mode does not: RE2 runs it.
    }
  }
  return { source: pattern, test: (v) => v.length <= MAX_REGEX_INPUT && re2.matcher(v).find() };
}

/** Compiles a case-insensitive glob. */
export function compileGlob(pattern: string): Matcher {
  if (!isGlob(pattern)) {
    const lower = pattern.toLowerCase();
    return { source: pattern, test: (v) => v.toLowerCase() === lower };
  }
  // The bare regular expression: picomatch's own matcher builds a result object per call, and
  // globs are tested once per client per rule. Like that matcher, an empty value never matches.
  let re: RegExp;
  try {
    re = picomatch.makeRe(unslash(pattern), GLOB_OPTIONS);
  } catch (e) {
    throw new PatternError(`invalid glob ${JSON.stringify(pattern)}: ${(e as Error).message}`);
  }
  return { source: pattern, test: (v) => v !== '' && re.test(unslash(v)) };
}

/** Any of several patterns. */
export function anyOf(matchers: readonly Matcher[]): (value: string) => boolean {
  return (value) => matchers.some((m) => m.test(value));
}
