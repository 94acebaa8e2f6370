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

/** Longest regular expression accepted. */
export const MAX_REGEX_LENGTH = 200;
/**
 * Longest text V8's engine runs an expression on. Even one quantifier can cost it time quadratic
 * in the text (`a*b`, tried from every start), so longer text goes to RE2, which is linear at any
 * length: every text is judged, however long (a name too long to judge would escape its rules).
 */
export const MAX_V8_INPUT = 2000;

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
  const quantifiers = flat.match(/(?:[*+?]|\{\d+(?:,\d*)?\})\??/g) ?? []; // `*?`: one (lazy) quantifier
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
      return fastOrLinear(pattern, new RegExp(body, insensitive ? 'iu' : 'u'), re2);
    } catch {
      // A form RE2 accepts and V8's Unicode mode does not: RE2 runs it.
    }
  }
  return { source: pattern, test: (v) => re2.matcher(v).find() };
}

/** V8's engine on short text, RE2 on text past `MAX_V8_INPUT`; both compiled from one expression. */
function fastOrLinear(source: string, re: RegExp, re2: RE2JS): Matcher {
  return { source, test: (v) => (v.length <= MAX_V8_INPUT ? re.test(v) : re2.matcher(v).find()) };
}

/**
 * What picomatch adds for file paths, which client names, roles and hosts are not: a `*` that
 * refuses the names `.` and `..` (path segments), and a `(?=.)` that refuses a name starting with
 * a line break (`.` stops at one). Either would let a name escape a glob such as `*admin*`.
 */
const PATH_GUARDS = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?=.)'];
// picomatch escapes non-ASCII characters, which RE2 refuses; they mean themselves either way.
const NON_ASCII_ESCAPE = /\\([^\x00-\x7f])/g;

/** Compiles a case-insensitive glob. */
export function compileGlob(pattern: string): Matcher {
  if (!isGlob(pattern)) {
    const lower = pattern.toLowerCase();
    return { source: pattern, test: (v) => v.toLowerCase() === lower };
  }
  // The bare regular expression: picomatch's own matcher builds a result object per call, and
  // globs are tested once per client per rule. Like that matcher, an empty value never matches.
  let source: string;
  try {
    source = picomatch.makeRe(unslash(pattern), GLOB_OPTIONS).source;
  } catch (e) {
    throw new PatternError(`invalid glob ${JSON.stringify(pattern)}: ${(e as Error).message}`);
  }
  for (const guard of PATH_GUARDS) source = source.replaceAll(guard, '');
  source = source.replace(NON_ASCII_ESCAPE, '$1');
  // Several wildcards can make V8's engine backtrack for a time polynomial in the name's length
  // (`*a*a*a*b`), so such globs run on RE2, like regular expressions.
  let re2: RE2JS;
  try {
    re2 = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE | RE2JS.DOTALL);
  } catch (e) {
    // A negated extglob, `!(…)`, becomes a look-ahead, which RE2 cannot run.
    throw new PatternError(
      source.includes('(?!')
        ? `glob ${JSON.stringify(pattern)} uses a negation \`!(…)\`, which is not supported; list what to leave out under \`exclude\` instead`
        : `invalid glob ${JSON.stringify(pattern)}: ${(e as Error).message}`,
    );
  }
  const fast = backtrackSafe(source) ? new RegExp(source, 'is') : null;
  return {
    source: pattern,
    test: (v) => {
      if (v === '') return false;
      const u = unslash(v);
      return fast !== null && u.length <= MAX_V8_INPUT ? fast.test(u) : re2.matcher(u).find();
    },
  };
}

/** Any of several patterns. */
export function anyOf(matchers: readonly Matcher[]): (value: string) => boolean {
  return (value) => matchers.some((m) => m.test(value));
}
