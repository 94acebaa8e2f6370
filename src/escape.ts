/**
 * Escaping of data that comes from the org or the policy (client names, descriptions, URIs,
 * messages) before it reaches Markdown, HTML or a terminal. GitHub renders job summaries and PR
 * comments as Markdown with inline HTML, so every character that could open a tag, a link, an
 * emphasis, a code span or a table cell is turned into an HTML entity, and every invisible or
 * layout-changing character is made visible.
 *
 * Entities do not stop GitHub from linking: it decodes them, then turns `@name`, `#123`, `GH-123`,
 * `owner/repo@sha`, `www.…` and `scheme://…` in the text into notifications and links. What does
 * stop it is a word joiner (U+2060, invisible) inside the token: `escapeCell` (summary, PR
 * comment) and `githubText`/`inertText` (annotations, SARIF) put one there.
 */

/** Shown in place of control and bidirectional-override characters, so a reader sees that something was there. */
export const REPLACEMENT = '\uFFFD';

/** Characters that mean something in GitHub Markdown or HTML, as numeric entities. */
const MARKDOWN_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
  // `#` opens a heading at the start of a line (a quoted error line, for one).
  '#': '&#35;',
  '!': '&#33;',
  // `$…$` is math.
  $: '&#36;',
};

/**
 * Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) can make text read
 * differently from what it is ("Trojan Source"); zero-width and line/paragraph separators hide
 * or break text.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2069\uFEFF]/gu;
/** C0 controls except TAB/LF/CR (handled as whitespace), DEL, and C1 controls (0x9B is a terminal CSI). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const LINE_BREAKS = /\r\n|[\r\n\t]/gu;

/** Replaces control and invisible characters, and turns line breaks and tabs into spaces. */
export function plainText(value: string): string {
  return String(value)
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROL, REPLACEMENT)
    .replace(INVISIBLE, REPLACEMENT);
}

/**
 * Cuts a string to at most `max` code points, ending with an ellipsis when cut. Works on code
 * points so a surrogate pair is never split into invalid UTF-16.
 */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const points = Array.from(value);
  if (points.length <= max) return value;
  return `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Default cap for one table cell, in code points. */
const DEFAULT_CELL_MAX = 200;

/**
 * Escapes data for a Markdown table cell (and for any inline Markdown): one line, no character
 * that Markdown or HTML would interpret, at most `max` code points before escaping.
 */
export function escapeCell(
  value: string | number | null | undefined,
  max: number = DEFAULT_CELL_MAX,
): string {
  if (value === null || value === undefined) return '';
  const text = breakTokens(truncate(plainText(String(value)).trim(), max), LINK_TOKENS);
  return text.replace(/[&<>"'|`*_[\]\\~#!$]/gu, (c) => MARKDOWN_ENTITIES[c] ?? c);
}

/** Word joiner: invisible, not whitespace, and not part of any name, number or URL GitHub would link. */
export const WORD_JOINER = '\u2060';
const WJ = WORD_JOINER;

/**
 * Where GitHub would start a notification or a link, and where a word joiner breaks it. Each
 * pattern matches only where no joiner is yet, so applying them again changes nothing.
 * - `@` + name: a mention (`@user`, `@org/team`), a commit (`owner/repo@sha`, `user@sha`), an email.
 * - `#`: an issue or PR (`#123`, `owner/repo#123`); every `#`, whatever follows.
 * - `GH-` + number: an issue or PR too.
 * - `www.` and `scheme://`: autolinks.
 * A `:name:` emoji is left alone: it is neither a notification nor a link, and breaking every
 * `a:b:` would break the permission names (`analytics:conversationDetail:view`) readers search for.
 */
const LINK_TOKENS: readonly [RegExp, string][] = [
  [/@(?!\u2060)/gu, `@${WJ}`],
  [/#(?!\u2060)/gu, `#${WJ}`],
  [/(gh)-(?=\d)/giu, `$1${WJ}-`],
  [/(www)\./giu, `$1${WJ}.`],
  [/:\/\//gu, `:${WJ}//`],
];

/**
 * Markup that text not escaped for Markdown (annotations, SARIF messages, which code scanning
 * renders as Markdown) could still carry: a link `](`, a tag or autolink `<x`, and a character
 * reference (`&#64;`, `&commat;`) that would decode into one of the tokens above.
 */
const MARKUP_TOKENS: readonly [RegExp, string][] = [
  [/\]\(/gu, `]${WJ}(`],
  [/<(?=[a-z/!?])/giu, `<${WJ}`],
  [/&(?=#|[a-z][a-z0-9]*;)/giu, `&${WJ}`],
];

function breakTokens(value: string, tokens: readonly [RegExp, string][]): string {
  let text = value;
  for (const [pattern, replacement] of tokens) text = text.replace(pattern, replacement);
  return text;
}

/**
 * Plain text GitHub shows as written: no mention, issue or commit reference, autolink, link or tag
 * that it would make of it. Adds word joiners only (nothing visible changes) and is idempotent.
 * Run it after `plainText` (which replaces any joiner already in the data); never on text already
 * escaped for Markdown (`escapeCell` does its own).
 */
export function inertText(value: string): string {
  return breakTokens(breakTokens(String(value), LINK_TOKENS), MARKUP_TOKENS);
}

/**
 * Data for an annotation's message or title, or a SARIF message: one line, no control or invisible
 * character, at most `max` code points, nothing GitHub would turn into a mention or a link. Plain
 * text: nothing is entity-escaped (GitHub shows annotations as text).
 */
export function githubText(value: string | number | null | undefined, max?: number): string {
  if (value === null || value === undefined) return '';
  const text = plainText(String(value));
  return inertText(max === undefined ? text : truncate(text, max));
}

/**
 * A URL that is safe to put in a Markdown link target: only `http(s)`, serialised by the URL
 * parser (which percent-encodes spaces, quotes and angle brackets), with parentheses encoded so
 * the link cannot end early. Anything else gives null.
 */
export function safeUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.href.replace(/\(/gu, '%28').replace(/\)/gu, '%29');
}

/**
 * Data for a terminal: no escape sequence can reach the terminal (ESC, CSI and every other
 * control character are replaced), no bidi override can reorder the line, one line only.
 */
export function terminalText(value: string | number | null | undefined, max?: number): string {
  if (value === null || value === undefined) return '';
  const text = plainText(String(value));
  return max === undefined ? text : truncate(text, max);
}

/** Every line break a terminal or a log viewer may honour. */
const ANY_LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/u;

/**
 * A message of ours for one log entry or error line. Its own lines stay (a continuation line of
 * ours is indented), but a line that data started by a line break inside a value is indented too,
 * so that it can never stand at the start of a line and pass for one of the tool's own lines
 * ("Audit passed"). Characters are made safe by `terminalOutput`, where the message is written.
 */
export function terminalMessage(message: string): string {
  const [first = '', ...rest] = String(message).split(ANY_LINE_BREAK);
  return [first, ...rest.map((line) => (/^[ \t]/u.test(line) || line === '' ? line : `  ${line}`))].join(
    '\n',
  );
}

/**
 * Starts of GitHub workflow commands: `::name::` at the start of a line (the runner trims leading
 * whitespace, Unicode spaces included, first) and the legacy `##[name]`, which the runner finds
 * anywhere in a line.
 */
const WORKFLOW_COMMAND = /^([^\S\n]*):(?=:)|#(?=#\[)/gmu;
/** Breaks a workflow command without changing what a reader sees. */
const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Text about to be written to a terminal or a CI log, whole (a report, a message, usage):
 * - every control character but LF and TAB, every bidi control and every invisible character is
 *   replaced by U+FFFD, so no escape sequence (CSI, OSC: colours, titles, clipboard, clearing the
 *   screen, hidden text) and no carriage return reaches the screen;
 * - no line can start a workflow command: `::` at a line start and `##[` anywhere are broken by a
 *   zero-width space, so the runner shows them and does not obey them.
 * `keep` lists escape sequences the caller writes itself (the CLI's colours): those pass as they are.
 * Apply it once, where the text is written (a second pass would make the zero-width spaces visible).
 */
export function terminalOutput(text: string, keep: readonly string[] = []): string {
  const safe = (part: string): string =>
    part
      // LF is the text's line structure and TAB is harmless; a lone CR would overwrite a line.
      .replace(/\r/gu, REPLACEMENT)
      .replace(CONTROL, REPLACEMENT)
      .replace(INVISIBLE, REPLACEMENT)
      .replace(WORKFLOW_COMMAND, (m) => m + ZERO_WIDTH_SPACE);
  if (keep.length === 0) return safe(String(text));
  const own = new RegExp(`(${keep.map((k) => k.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})`, 'u');
  return String(text)
    .split(own)
    .map((part, i) => (i % 2 === 1 ? part : safe(part)))
    .join('');
}

/**
 * JSON text for a terminal or a log: the characters `terminalOutput` would replace, and the `#`
 * that starts a legacy workflow command, are written as `\uXXXX` escapes instead (JSON.stringify
 * escapes the C0 ones already), so `terminalOutput` leaves the document as it is and it reads back
 * to the same values. They can only occur inside strings, where the escape means the same
 * character; and no string starts a line of JSON.stringify's output, so no `::` can.
 */
export function terminalJson(json: string): string {
  const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return json
    .replace(CONTROL, escape)
    .replace(INVISIBLE, escape)
    .replace(/#(?=#\[)/gu, escape);
}
