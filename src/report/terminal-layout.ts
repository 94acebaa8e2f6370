/**
 * Text laid out in a terminal's columns. Widths are what the terminal shows, not string lengths: a
 * CJK character or an emoji takes two columns, a combining mark none, a colour code none. Values
 * are shortened with an ellipsis on whole characters (a grapheme is never split), and lines wrap
 * between words.
 */
import stringWidth from 'string-width';

const ELLIPSIS = '…';
const RESET = '\u001b[0m';
const STYLE = /(\u001b\[[0-9;]*m)/u;
const STYLE_CODES = /\u001b\[[0-9;]*m/gu;
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Characters that take one column each: printable ASCII, Latin-1 but the soft hyphen, the Latin
 * extensions and the common punctuation (dashes, quotes, `…`). Most names and messages are made of
 * them only, and counting them needs no call to `string-width` (which is slow on many short strings).
 */
const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027]*$/u;

/** Columns the text takes in a terminal. */
export function columnsOf(text: string): number {
  return NARROW.test(text) ? text.length : stringWidth(text);
}

function graphemes(text: string): string[] {
  if (NARROW.test(text)) return text.split('');
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/** How many of `parts`, from the start, fit in `columns`. */
function fittingCount(parts: readonly string[], columns: number): number {
  let used = 0;
  for (let i = 0; i < parts.length; i++) {
    used += columnsOf(parts[i]!);
    if (used > columns) return i;
  }
  return parts.length;
}

/** Pads with spaces to `columns` (text already no wider). */
export function padTo(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - columnsOf(text)));
}

/**
 * At most `columns` wide, cut at the end with an ellipsis: after the last whole word that fits, unless
 * that would give up more than a third of the room (one long value: a URL, a name).
 */
export function shortenEnd(text: string, columns: number): string {
  if (columnsOf(text) <= columns) return text;
  if (columns <= 0) return '';
  const parts = graphemes(text);
  const kept = parts.slice(0, fittingCount(parts, columns - 1)).join('');
  const atWord = /^(.*\S)\s/su.exec(kept)?.[1] ?? '';
  return `${columnsOf(atWord) >= ((columns - 1) * 2) / 3 ? atWord : kept.trimEnd()}${ELLIPSIS}`;
}

/** At most `columns` wide, the middle replaced by an ellipsis. */
export function shortenMiddle(text: string, columns: number): string {
  return shortenName(graphemes(text), columns, 0, 0);
}

/**
 * Names shortened to `columns` each so that names that differ still look different. The cut is in
 * the middle, moved when needed so that what tells a name from its nearest neighbours stays: the
 * first character after the start it shares with another name, or the last before the shared end
 * (`webchat-prod-eu-west-1` and `-2`, `EU Agent Desktop` and `US Agent Desktop`).
 */
export function shortenNames(names: readonly string[], columns: number): string[] {
  const split = names.map(graphemes);
  const prefix = longestShared(split);
  const suffix = longestShared(split.map((g) => [...g].reverse()));
  return split.map((g, i) => shortenName(g, columns, prefix[i]!, suffix[i]!));
}

/** For each name, the longest start (in graphemes) it shares with another: its neighbours once sorted. */
function longestShared(split: readonly string[][]): number[] {
  const order = split.map((g, i) => ({ i, key: g.join('') })).sort((a, b) => (a.key < b.key ? -1 : 1));
  const shared = split.map(() => 0);
  for (let k = 1; k < order.length; k++) {
    const a = split[order[k - 1]!.i]!;
    const b = split[order[k]!.i]!;
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    shared[order[k - 1]!.i] = Math.max(shared[order[k - 1]!.i]!, n);
    shared[order[k]!.i] = Math.max(shared[order[k]!.i]!, n);
  }
  return shared;
}

function shortenName(g: readonly string[], columns: number, prefix: number, suffix: number): string {
  const text = g.join('');
  if (columnsOf(text) <= columns) return text;
  if (columns <= 1) return columns === 1 ? ELLIPSIS : '';
  const room = columns - 1;
  const cut = (head: number) => {
    const tailParts = g.slice(head).reverse();
    const tail = fittingCount(tailParts, room - columnsOf(g.slice(0, head).join('')));
    return { head, tail, distinct: head > prefix || tail > suffix };
  };
  const balanced = fittingCount(g, Math.ceil(room / 2));
  const afterSuffix = fittingCount(g, room - columnsOf(g.slice(-(suffix + 1)).join('')));
  // Candidates: the balanced cut, the start up to where it differs, the end from where it differs.
  const candidates = [balanced, Math.min(prefix + 1, fittingCount(g, room)), afterSuffix]
    .map(cut)
    .filter((c) => c.distinct)
    .sort((a, b) => Math.abs(a.head - balanced) - Math.abs(b.head - balanced));
  const best = candidates[0];
  if (!best && prefix < g.length && columns >= 6) return aroundDifference(g, columns, prefix);
  const { head, tail } = best ?? cut(balanced);
  return `${g.slice(0, head).join('')}${ELLIPSIS}${g.slice(g.length - tail).join('')}`;
}

/**
 * For a name that differs from another only in the middle (`…-eu-west-1-primary` and `-2-`): its
 * start, then the part around the first character that differs, each followed by an ellipsis.
 */
function aroundDifference(g: readonly string[], columns: number, at: number): string {
  const room = columns - 2;
  const head = fittingCount(g, Math.floor(room / 3));
  const windowColumns = room - columnsOf(g.slice(0, head).join(''));
  let start = at;
  while (start > head && columnsOf(g.slice(start - 1, at + 1).join('')) <= windowColumns / 2) start--;
  const window = g.slice(start, start + fittingCount(g.slice(start), windowColumns));
  const last = start + window.length >= g.length ? '' : ELLIPSIS;
  return `${g.slice(0, head).join('')}${ELLIPSIS}${window.join('')}${last}`;
}

/**
 * One line wrapped to `columns` between words; each further line starts with `indent` spaces. A word
 * wider than a line is cut where the line ends. A colour open at a break is closed at the end of the
 * line and opened again on the next, so the indentation and the next line are not painted.
 */
export function wrapLine(line: string, columns: number, indent: number): string[] {
  if (columnsOf(line) <= columns) return [line];
  const lines: string[] = [];
  const margin = ' '.repeat(indent);
  let current = '';
  let used = 0;
  let open = '';
  let space = 0;
  const breakLine = () => {
    lines.push(current.trimEnd() + (open ? RESET : ''));
    current = margin + open;
    used = indent;
    space = 0;
  };
  // Nothing written yet on this line: a word goes here however wide it is.
  const fresh = () => used === (lines.length === 0 ? 0 : indent);
  const add = (text: string, width: number) => {
    current += ' '.repeat(space) + text;
    used += space + width;
    space = 0;
  };
  for (const token of line.match(/ +|[^ ]+/gu) ?? []) {
    // Spaces are written only before a word on the same line, never at the start of a further one.
    if (token.startsWith(' ')) {
      if (!fresh() || lines.length === 0) space += token.length;
      continue;
    }
    const width = columnsOf(token);
    if (used + space + width > columns && !fresh()) breakLine();
    if (used + space + width <= columns) {
      add(token, width);
      for (const code of token.match(STYLE_CODES) ?? []) open = code === RESET ? '' : open + code;
      continue;
    }
    // A word wider than the line: cut where the line ends.
    for (const piece of token.split(STYLE)) {
      if (STYLE.test(piece)) {
        current += piece;
        open = piece === RESET ? '' : open + piece;
        continue;
      }
      for (const part of graphemes(piece)) {
        const w = columnsOf(part);
        if (used + space + w > columns && !fresh()) breakLine();
        add(part, w);
      }
    }
  }
  lines.push(current.trimEnd());
  return lines;
}
