/**
 * Compiled match patterns of the policy: case-insensitive globs (picomatch), `/regex/flags`, or
 * exact values. Compiled once per policy, never per client.
 */
import picomatch from 'picomatch';

export interface Matcher {
  readonly source: string;
  test(value: string): boolean;
}

export class PatternError extends Error {
  override name = 'PatternError';
}

/** Longest regular expression accepted, and longest text a regular expression is run on. */
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

/**
 * A regular expression with a repeated group that itself contains a quantifier or an alternation
 * (`(a+)+`, `(a|aa)*`), or a back-reference, can backtrack catastrophically: refused, with the reason.
 */
function regexHazard(body: string): string | null {
  if (body.length > MAX_REGEX_LENGTH) return `is longer than ${MAX_REGEX_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(body)) return 'uses a back-reference';
  // Strip escapes and character classes, then look for a quantified group with an inner quantifier.
  const flat = body.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
  const stack: boolean[] = [];
  let inner = false;
  for (let i = 0; i < flat.length; i++) {
    const c = flat[i]!;
    if (c === '(') {
      stack.push(inner);
      inner = false;
    } else if (c === ')') {
      const hadQuantifier = inner;
      inner = stack.pop() ?? false;
      const next = flat[i + 1];
      const quantified = next === '*' || next === '+' || next === '{';
      if (quantified && hadQuantifier)
        return 'repeats a group that contains a quantifier or an alternation, which can backtrack catastrophically (use a glob, or a simpler expression)';
      if (hadQuantifier || quantified) inner = true;
    } else if (c === '*' || c === '+' || c === '{' || (c === '|' && stack.length > 0)) {
      // Alternation inside a repeated group (`(a|aa)*`) backtracks like a nested quantifier.
      inner = true;
    }
  }
  return null;
}

/** Compiles a name/description pattern: `/regex/` or a case-insensitive glob (an exact string is a glob too). */
export function compilePattern(pattern: string): Matcher {
  if (isRegex(pattern)) {
    const flagged = pattern.endsWith('/i');
    const body = pattern.slice(1, flagged ? -2 : -1);
    const hazard = regexHazard(body);
    if (hazard) throw new PatternError(`regular expression ${pattern} ${hazard}`);
    let re: RegExp;
    try {
      re = new RegExp(body, flagged ? 'iu' : 'u');
    } catch (e) {
      throw new PatternError(`invalid regular expression ${pattern}: ${(e as Error).message}`);
    }
    return { source: pattern, test: (v) => v.length <= MAX_REGEX_INPUT && re.test(v) };
  }
  return compileGlob(pattern);
}

/** Compiles a case-insensitive glob. */
export function compileGlob(pattern: string): Matcher {
  if (!isGlob(pattern)) {
    const lower = pattern.toLowerCase();
    return { source: pattern, test: (v) => v.toLowerCase() === lower };
  }
  let match: (s: string) => boolean;
  try {
    match = picomatch(unslash(pattern), GLOB_OPTIONS);
  } catch (e) {
    throw new PatternError(`invalid glob ${JSON.stringify(pattern)}: ${(e as Error).message}`);
  }
  return { source: pattern, test: (v) => match(unslash(v)) };
}

/** Any of several patterns. */
export function anyOf(matchers: readonly Matcher[]): (value: string) => boolean {
  return (value) => matchers.some((m) => m.test(value));
}
