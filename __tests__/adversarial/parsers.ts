/**
 * Strict readers for what the action writes, so that tests judge the bytes the way a consumer
 * would: an RFC 4180 CSV parser, a GitHub-Markdown table scanner and the runner's view of stdout.
 */

/** RFC 4180: CRLF row ends, fields quoted when they hold `"`, `,`, CR or LF, quotes doubled. Throws on anything else. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`CSV: ${why} at offset ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}`);
  };
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) fail('unterminated quoted field');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          cell += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') fail('quote inside an unquoted field');
          cell += text[i++];
        }
      }
      row.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      }
      if (i >= text.length) break;
      fail('a field must end with a comma or CRLF');
    }
    rows.push(row);
  }
  return rows;
}

export interface MarkdownTable {
  /** 1-based line of the header row. */
  line: number;
  columns: number;
  rows: string[];
}

/** Cells of a table row: unescaped `|` separate cells (GitHub also honours `\|`, which escapeCell never emits). */
export function cellCount(row: string): number {
  return row.split('|').length - 2;
}

/**
 * Every table of a Markdown document, checked as GitHub reads it: each row is one line that starts
 * and ends with `|` and has the header's number of cells, and the line after the table is blank
 * (a row broken by a raw newline would continue on a line of its own).
 */
export function checkTables(markdown: string): MarkdownTable[] {
  const lines = markdown.split('\n');
  const tables: MarkdownTable[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || !/^\|(\s*:?-{3,}:?\s*\|)+$/.test(lines[i + 1]!)) continue;
    const columns = cellCount(lines[i]!);
    const table: MarkdownTable = { line: i + 1, columns, rows: [] };
    if (cellCount(lines[i + 1]!) !== columns) throw new Error(`table at line ${i + 1}: separator width`);
    let j = i + 2;
    for (; j < lines.length && lines[j]!.startsWith('|'); j++) {
      const row = lines[j]!;
      if (!row.endsWith('|')) throw new Error(`row at line ${j + 1} does not end with |: ${row.slice(-80)}`);
      if (cellCount(row) !== columns) {
        throw new Error(
          `row at line ${j + 1} has ${cellCount(row)} cells, not ${columns}: ${row.slice(0, 200)}`,
        );
      }
      table.rows.push(row);
    }
    if (j < lines.length && lines[j] !== '') {
      throw new Error(`line ${j + 1} continues the table at line ${i + 1}: ${lines[j]!.slice(0, 200)}`);
    }
    tables.push(table);
    i = j;
  }
  return tables;
}

/** Commands the action itself issues through `@actions/core`. */
const OWN_COMMAND = /^::(add-mask|error|warning|notice|debug|group|endgroup)( [^:]*)?::/;

/**
 * Lines of stdout the runner would take as a workflow command that the action did not issue
 * itself: a command word we never use, a legacy `##[...]` command, or one of `injected` at the start.
 * The runner trims a line before it looks for a command, so leading whitespace does not help; a
 * line that is not a `::` command is searched for a legacy `##[` command anywhere in it.
 */
export function foreignCommands(stdout: string, injected: readonly string[]): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((line) => {
    const l = line.trimStart();
    if (!l.startsWith('::')) return l.includes('##[');
    if (!OWN_COMMAND.test(l)) return true;
    return injected.some((c) => l.startsWith(c));
  });
}

/** What a terminal or a log viewer acts on: C0 controls but LF and TAB (ESC, BEL, CR), DEL, C1, bidi controls. */
export const TERMINAL_UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** The unsafe characters of `text`, with where they are, for a readable failure. */
export function unsafeCharacters(text: string): string[] {
  const found: string[] = [];
  const all = new RegExp(TERMINAL_UNSAFE.source, 'gu');
  for (const m of text.matchAll(all)) {
    const at = m.index ?? 0;
    found.push(
      `U+${m[0].codePointAt(0)!.toString(16).padStart(4, '0')} in ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 10))}`,
    );
    if (found.length >= 5) break;
  }
  return found;
}
