import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/escape.ts
var REPLACEMENT = "\uFFFD";
var MARKDOWN_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "~": "&#126;",
  // `#` opens a heading at the start of a line (a quoted error line, for one).
  "#": "&#35;",
  "!": "&#33;",
  // `$…$` is math.
  $: "&#36;"
};
var INVISIBLE = /[\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2069\uFEFF]/gu;
var CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
var LINE_BREAKS = /\r\n|[\r\n\t]/gu;
function plainText(value) {
  return String(value).replace(LINE_BREAKS, " ").replace(CONTROL, REPLACEMENT).replace(INVISIBLE, REPLACEMENT);
}
function truncate(value, max) {
  if (value.length <= max) return value;
  const points = Array.from(value);
  if (points.length <= max) return value;
  return `${points.slice(0, Math.max(0, max - 1)).join("")}\u2026`;
}
var DEFAULT_CELL_MAX = 200;
function escapeCell(value, max = DEFAULT_CELL_MAX) {
  if (value === null || value === void 0) return "";
  const text = breakTokens(truncate(plainText(String(value)).trim(), max), LINK_TOKENS);
  return text.replace(/[&<>"'|`*_[\]\\~#!$]/gu, (c) => MARKDOWN_ENTITIES[c] ?? c);
}
var WORD_JOINER = "\u2060";
var WJ = WORD_JOINER;
var LINK_TOKENS = [
  [/@(?!\u2060)/gu, `@${WJ}`],
  [/#(?!\u2060)/gu, `#${WJ}`],
  [/(gh)-(?=\d)/giu, `$1${WJ}-`],
  [/(www)\./giu, `$1${WJ}.`],
  [/:\/\//gu, `:${WJ}//`]
];
var MARKUP_TOKENS = [
  [/\]\(/gu, `]${WJ}(`],
  [/<(?=[a-z/!?])/giu, `<${WJ}`],
  [/&(?=#|[a-z][a-z0-9]*;)/giu, `&${WJ}`]
];
function breakTokens(value, tokens) {
  let text = value;
  for (const [pattern, replacement] of tokens) text = text.replace(pattern, replacement);
  return text;
}
function inertText(value) {
  return breakTokens(breakTokens(String(value), LINK_TOKENS), MARKUP_TOKENS);
}
function githubText(value, max) {
  if (value === null || value === void 0) return "";
  const text = plainText(String(value));
  return inertText(max === void 0 ? text : truncate(text, max));
}
function safeUrl(url) {
  if (!url) return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(/\(/gu, "%28").replace(/\)/gu, "%29");
}
function terminalText(value, max) {
  if (value === null || value === void 0) return "";
  const text = plainText(String(value));
  return max === void 0 ? text : truncate(text, max);
}
var ANY_LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/u;
function terminalMessage(message) {
  const [first = "", ...rest] = String(message).split(ANY_LINE_BREAK);
  return [first, ...rest.map((line) => /^[ \t]/u.test(line) || line === "" ? line : `  ${line}`)].join(
    "\n"
  );
}
var WORKFLOW_COMMAND = /^([^\S\n]*):(?=:)|#(?=#\[)/gmu;
var ZERO_WIDTH_SPACE = "\u200B";
function terminalOutput(text, keep = []) {
  const safe = (part) => part.replace(/\r/gu, REPLACEMENT).replace(CONTROL, REPLACEMENT).replace(INVISIBLE, REPLACEMENT).replace(WORKFLOW_COMMAND, (m) => m + ZERO_WIDTH_SPACE);
  if (keep.length === 0) return safe(String(text));
  const own = new RegExp(`(${keep.map((k) => k.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|")})`, "u");
  return String(text).split(own).map((part, i) => i % 2 === 1 ? part : safe(part)).join("");
}

export {
  plainText,
  truncate,
  escapeCell,
  WORD_JOINER,
  inertText,
  githubText,
  safeUrl,
  terminalText,
  terminalMessage,
  terminalOutput
};
