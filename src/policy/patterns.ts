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
const MAX_REGEX_LENGTH = 200;

// picomatch treats `/` as a path separator (`*` stops at it); client names are not paths, so both
// sides see it as an ordinary private-use character instead.
const SLASH = '\uE000';
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
 * Compiles a name/description pattern: `/regex/` or a case-insensitive glob (an exact string is a glob too).
 *
 * Regular expressions run on names anyone allowed to create OAuth clients chooses, so every one
 * runs on RE2 (linear-time matching, whatever the name): the accepted syntax is therefore RE2's,
 * with no back-references and no look-around.
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
  return { source: pattern, test: (v) => re2.test(v) };
}

/** The regular expression picomatch makes of a glob (`/` in it stands for the private-use SLASH). */
function globRegExp(pattern: string): RegExp {
  try {
    return picomatch.makeRe(unslash(pattern), GLOB_OPTIONS);
  } catch (e) {
    throw new PatternError(`invalid glob ${JSON.stringify(pattern)}: ${(e as Error).message}`);
  }
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
  // picomatch's expression, run by RE2 so that no glob can backtrack (`*a*a*a*b` would on V8's
  // engine). Like picomatch's own matcher, an empty value never matches.
  let source = globRegExp(pattern).source;
  for (const guard of PATH_GUARDS) source = source.replaceAll(guard, '');
  source = source.replace(NON_ASCII_ESCAPE, '$1');
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
  return { source: pattern, test: (v) => v !== '' && re2.test(unslash(v)) };
}

/** Genesys IDs are GUIDs; a value of this shape names an ID, never a name. */
const GENESYS_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when the value is shaped like a Genesys ID (a GUID, any case). */
export function isGenesysId(value: string): boolean {
  return GENESYS_ID.test(value);
}

/**
 * Characters names are made of, to build probe names from: one UTF-16 unit each (`?` matches one
 * unit), and not `.` (picomatch's `*` skips the names `.` and `..`) nor `/` (see SLASH).
 */
const PROBE_CHARS = [..."abcdefghijklmnopqrstuvwxyz0123456789 -_#+@()[]{}!~=,;'éßçñøжщюλωשع字語한"];
/** Lengths of the probe names. */
const PROBE_LENGTHS = [...Array.from({ length: 40 }, (_, i) => i + 1), 64];
/** Classes and escapes looked at, at most: past this a glob is not judged (nothing is claimed). */
const MAX_CLASS_ATOMS = 256;
/** Longest glob judged, and most `*` in it: see `matchesEveryName`. */
const MAX_JUDGED_LENGTH = 1000;
const MAX_JUDGED_STARS = 4;

/** A piece of a regular expression's source: an escape (`\d`, `\u0061`, `\.`), a class, or one character. */
const REGEX_ATOM =
  /\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[0-7]{1,3}|[^])|\[(?:\\[^]|[^\]\\])*\]|[^]/g;

/** The characters a class or escape tells apart from the others: for `[^x]` or `\S`, those it leaves out. */
function positiveForm(atom: string): string {
  if (atom.startsWith('[^')) return `[${atom.slice(2)}`;
  if (/^\\[bB]$/.test(atom)) return '\\w';
  if (/^\\[DSW]$/.test(atom)) return atom.toLowerCase();
  return atom;
}

/**
 * True when the glob matches every name made only of characters it does not single out, so every
 * client name except at most those it spells out: `*`, `**`, `?*`, `*{,}*`, `!(Legit App)*`.
 *
 * Characters a glob does not single out (written nowhere in it, in none of its classes or ranges)
 * are interchangeable to it: on names made of them only the length can matter, so one probe name
 * per length decides. They are read off the regular expression picomatch makes, whose source the audit
 * runs on RE2, so brace ranges, POSIX classes and escapes count too. Throws `PatternError` for an invalid glob.
 */
export function matchesEveryName(pattern: string): boolean {
  if (!isGlob(pattern)) return false;
  const re = globRegExp(pattern);
  // The probes run picomatch's expression, which backtracks: only globs whose cost on these short
  // probes stays small are judged — a few `*`, no repeated extglob (`+(…)`, `*(…)`: a loop around
  // a loop takes exponential time). Validation must end quickly whatever the file; the others are
  // left to the audit, which warns about an exemption that names many clients.
  const stars = pattern.split('*').length - 1;
  if (pattern.length > MAX_JUDGED_LENGTH || stars > MAX_JUDGED_STARS || /[*+]\(/.test(pattern)) return false;
  let fresh = new Set(PROBE_CHARS);
  const classes = new Set<string>();
  for (const [atom] of re.source.matchAll(REGEX_ATOM)) {
    if (atom.length > 1) classes.add(atom);
    else {
      // A literal, or syntax of the expression: either way not a probe character.
      fresh.delete(atom.toLowerCase());
      fresh.delete(atom.toUpperCase());
    }
  }
  // A back-reference tells repeated text from other text: the probes could not stand for all names.
  if (classes.size > MAX_CLASS_ATOMS || [...classes].some((a) => /^\\[1-9]/.test(a))) return false;
  for (const atom of classes) {
    let single: RegExp;
    try {
      single = new RegExp(`^(?:${positiveForm(atom)})$`, re.flags);
    } catch {
      return false;
    }
    fresh = new Set([...fresh].filter((c) => !single.test(c)));
  }
  const chars = [...fresh];
  if (chars.length === 0) return false;
  const probe = (n: number) => Array.from({ length: n }, (_, i) => chars[i % chars.length]).join('');
  return PROBE_LENGTHS.every((n) => re.test(probe(n)));
}
