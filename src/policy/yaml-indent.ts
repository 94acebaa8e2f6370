/** The YAML error of a line indented too deep, reported at that line. */
import type { LineCounter, YAMLError } from 'yaml';
import type { SourceIssue } from './source-text.js';

/**
 * A line indented deeper than the key above it continues that key's value, and YAML reports the
 * value, on the line above, as a key that cannot span lines. The line to fix is the deeper one.
 */
export function overIndented(
  found: YAMLError[],
  text: string,
  lines: LineCounter,
): { issue: SourceIssue; replaces: YAMLError[] } | undefined {
  const error = found.find(
    (e) => e.code === 'MULTILINE_IMPLICIT_KEY' && lines.linePos(e.pos[1]).line > lines.linePos(e.pos[0]).line,
  );
  if (!error) return undefined;
  const start = lines.linePos(error.pos[0]).line;
  const end = lines.linePos(error.pos[1]).line;
  const source = text.split(/\r\n|\n|\r/);
  let line = start + 1;
  while (line < end && /^\s*(#.*)?$/.test(source[line - 1]!)) line++;
  const col = /^\s*/.exec(source[line - 1] ?? '')![0].length + 1;
  const above = /^(\s*(?:-\s+)*)([^\s#:][^#:]*?)\s*:/.exec(source[start - 1]!);
  const what = above
    ? `\`${above[2]!.slice(0, 40)}\` (column ${above[1]!.length + 1}) on line ${start}`
    : `line ${start}`;
  const message =
    `YAML: this line is indented deeper than ${what}, so it reads as part of that line's value: ` +
    'indent it like the key above to put it beside it, or end the line above with `:` to nest it';
  // The parser's other complaint about the same value says the same thing, one line too early.
  const replaces = found.filter(
    (e) => e === error || (e.code === 'BLOCK_AS_IMPLICIT_KEY' && e.pos[0] === error.pos[0]),
  );
  return { issue: { line, col, message }, replaces };
}
