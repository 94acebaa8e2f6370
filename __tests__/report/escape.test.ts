import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  escapeCell,
  githubText,
  inertText,
  plainText,
  REPLACEMENT,
  safeUrl,
  terminalJson,
  terminalMessage,
  terminalOutput,
  terminalText,
  truncate,
  WORD_JOINER,
} from '../../src/escape.js';
import { decodeEntities, liveLinks } from './github-links.js';
import { HOSTILE_NAMES, LINKING_NAMES } from './hostile.js';

const WJ = new RegExp(WORD_JOINER, 'gu');

/** Characters the link-breaking is about, so that random strings hit them often. */
const LINKY = fc.string({
  unit: fc.constantFrom(...'@#:/.-_[]()<>!&;wWgGhHxX0123456789 aZ\u2060\n'.split('')),
  maxLength: 60,
});

/** Characters that must never survive escaping into Markdown. */
const ACTIVE = /[|`<>*_[\]\\\n\r\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f]/u;

describe('escapeCell', () => {
  test.each(HOSTILE_NAMES.map((n) => [n]))('neutralises %j', (name) => {
    const out = escapeCell(name);
    expect(out).not.toMatch(ACTIVE);
    // Entities only: every & starts an entity.
    expect(out.replace(/&(#\d+|amp|lt|gt|quot);/gu, '')).not.toContain('&');
  });

  test('keeps ordinary text readable', () => {
    expect(escapeCell('webchat-prod')).toBe('webchat-prod');
    expect(escapeCell('Integration ETL 2024')).toBe('Integration ETL 2024');
    // Colons and parentheses mean nothing on their own: no entity for them.
    expect(escapeCell('analytics:conversationDetail:view (read)')).toBe(
      'analytics:conversationDetail:view (read)',
    );
    expect(escapeCell('a|b')).toBe('a&#124;b');
    expect(escapeCell('<b>')).toBe('&lt;b&gt;');
    expect(escapeCell('a\nb')).toBe('a b');
    expect(escapeCell('x\u202Ey')).toBe(`x${REPLACEMENT}y`);
    expect(escapeCell('x\u0000y')).toBe(`x${REPLACEMENT}y`);
    expect(escapeCell(null)).toBe('');
    expect(escapeCell(42)).toBe('42');
  });

  test('truncates long values with an ellipsis, before escaping, never splitting a surrogate pair', () => {
    expect(escapeCell('x'.repeat(10_000), 50)).toBe(`${'x'.repeat(49)}…`);
    expect(escapeCell('|'.repeat(100), 10)).toBe(`${'&#124;'.repeat(9)}…`);
    const emoji = '😀'.repeat(20);
    const cut = truncate(emoji, 5);
    expect(cut).toBe(`${'😀'.repeat(4)}…`);
    // No lone surrogate left behind.
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
  });

  test.each([...LINKING_NAMES, ...HOSTILE_NAMES].map((n) => [n]))(
    'GitHub makes no mention, reference or link of name %#',
    (name) => {
      expect(liveLinks(escapeCell(name, 20_000))).toEqual([]);
    },
  );

  test('breaks mentions, references and autolinks with an invisible word joiner, not entities', () => {
    const W = WORD_JOINER;
    expect(escapeCell('@octocat #1 GH-2 acme/repo@1234567 www.evil.example')).toBe(
      `@${W}octocat &#35;${W}1 GH${W}-2 acme/repo@${W}1234567 www${W}.evil.example`,
    );
    expect(escapeCell('see https://evil.example')).toBe(`see https:${W}//evil.example`);
    expect(escapeCell('team-cx@example.com')).toBe(`team-cx@${W}example.com`);
    // Entities written in the data are shown as written, not decoded into a mention.
    expect(escapeCell('&#64;octocat')).toBe(`&amp;&#35;${W}64;octocat`);
  });

  test('property: what GitHub shows is the text, and nothing in it notifies or links', () => {
    fc.assert(
      fc.property(LINKY, (s) => {
        const out = escapeCell(s, 1000);
        expect(liveLinks(out)).toEqual([]);
        expect(decodeEntities(out).replace(WJ, '')).toBe(plainText(s).trim());
      }),
    );
  });

  test('property: no unescaped pipe, newline or markup character in any cell', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.integer({ min: 1, max: 400 }),
        (s, max) => {
          const out = escapeCell(s, max);
          expect(out).not.toMatch(ACTIVE);
          expect(out.replace(/&(#\d+|amp|lt|gt|quot);/gu, '')).not.toContain('&');
        },
      ),
    );
  });
});

describe('inertText and githubText (annotations, SARIF)', () => {
  test.each([...LINKING_NAMES, ...HOSTILE_NAMES].map((n) => [n]))(
    'name %# is inert as plain text',
    (name) => {
      const out = githubText(name);
      expect(liveLinks(out, { plainText: true })).toEqual([]);
      expect(out).not.toMatch(/[\n\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u);
    },
  );

  test('adds word joiners only, and only once', () => {
    const W = WORD_JOINER;
    expect(githubText('[x](https://evil.example) <img src=x> @a #1')).toBe(
      `[x]${W}(https:${W}//evil.example) <${W}img src=x> @${W}a #${W}1`,
    );
    expect(githubText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(githubText(null)).toBe('');
  });

  test('property: one line, the same visible text, inert, and idempotent', () => {
    fc.assert(
      fc.property(LINKY, (s) => {
        const out = githubText(s);
        expect(liveLinks(out, { plainText: true })).toEqual([]);
        expect(out.replace(WJ, '')).toBe(plainText(s));
        expect(inertText(out)).toBe(out);
        expect(out).not.toMatch(/[\r\n]/u);
      }),
    );
  });
});

describe('terminalText', () => {
  test('removes escape sequences, control and bidi characters, and line breaks', () => {
    for (const name of HOSTILE_NAMES) {
      const out = terminalText(name);
      expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f]/u);
    }
    expect(terminalText('a\u001b[31mb')).toBe(`a${REPLACEMENT}[31mb`);
    expect(terminalText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(plainText('a\tb\r\nc')).toBe('a b c');
  });
});

describe('safeUrl', () => {
  test('keeps http(s) URLs, encodes what could end a Markdown link, refuses other schemes', () => {
    expect(safeUrl('https://github.com/o/r/actions/runs/1')).toBe('https://github.com/o/r/actions/runs/1');
    expect(safeUrl('https://x.example/a b)(c"<d>')).toBe('https://x.example/a%20b%29%28c%22%3Cd%3E');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
    expect(safeUrl('')).toBeNull();
  });
});

/** What a terminal acts on or reorders: C0 but LF/TAB, DEL, C1, bidi controls, line separators. */
const TERMINAL_UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** Lines the runner would take as a workflow command (it trims leading whitespace first). */
const commandLines = (text: string): string[] =>
  text.split('\n').filter((line) => line.trimStart().startsWith('::') || line.includes('##['));

/** Strings rich in what matters here: escapes, line breaks, colons, hashes, bidi and spaces. */
const hostileString = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\u001b',
      '[',
      ']',
      ':',
      '#',
      '\n',
      '\r',
      '\u0007',
      '\u009b',
      '\u0085',
      '\u202e',
      '\u2066',
      '\u2028',
      '\u00a0',
      '\u3000',
      ' ',
      '\t',
      'a',
      '2J',
      'fake: Audit passed',
    ),
    fc.string({ unit: 'binary', maxLength: 3 }),
  ),
  maxLength: 60,
});

describe('terminalOutput', () => {
  test('replaces escape sequences: clear screen, hidden text, window titles, clipboard writes, CSI', () => {
    const out = terminalOutput(
      'a\u001b[2Jb\u001b[8mhidden\u001b]0;title\u0007\u001b]2;t\u001b\\\u001b]52;c;ZXZpbA==\u0007\u009b31m',
    );
    expect(out).not.toMatch(TERMINAL_UNSAFE);
    expect(out).toBe(
      `a${REPLACEMENT}[2Jb${REPLACEMENT}[8mhidden${REPLACEMENT}]0;title${REPLACEMENT}${REPLACEMENT}]2;t${REPLACEMENT}\\` +
        `${REPLACEMENT}]52;c;ZXZpbA==${REPLACEMENT}${REPLACEMENT}31m`,
    );
  });

  test('keeps its own line breaks and tabs, replaces carriage returns and bidi controls', () => {
    expect(terminalOutput('one\n\ttwo\r\n')).toBe(`one\n\ttwo${REPLACEMENT}\n`);
    expect(terminalOutput('x\u202Ey\u2066z\u2028')).toBe(`x${REPLACEMENT}y${REPLACEMENT}z${REPLACEMENT}`);
  });

  test('breaks workflow commands with a zero-width space: at a line start, and legacy ones anywhere', () => {
    expect(terminalOutput('::error::pwned')).toBe(':\u200B:error::pwned');
    expect(terminalOutput('ok\n  \u00a0::warning::x')).toBe('ok\n  \u00a0:\u200B:warning::x');
    expect(terminalOutput('name ##[error]x ###[y]')).toBe('name #\u200B#[error]x ##\u200B#[y]');
    // Colons elsewhere are left alone.
    expect(terminalOutput('a::b https://x.example:443/ std::vector')).toBe(
      'a::b https://x.example:443/ std::vector',
    );
  });

  test('lets through only the escape sequences the caller keeps', () => {
    const red = '\u001b[31m';
    const reset = '\u001b[0m';
    expect(terminalOutput(`${red}FAIL${reset} \u001b[8mx`, [red, reset])).toBe(
      `${red}FAIL${reset} ${REPLACEMENT}[8mx`,
    );
  });

  test('property: nothing a terminal acts on, no workflow command, and safe text unchanged', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const out = terminalOutput(s);
        expect(out).not.toMatch(TERMINAL_UNSAFE);
        expect(commandLines(out)).toEqual([]);
        const plain = !TERMINAL_UNSAFE.test(s) && !/[\u200B-\u200D\u2060-\u2065\uFEFF]/u.test(s);
        if (plain && commandLines(s).length === 0) expect(out).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('terminalMessage', () => {
  test('keeps our own indented lines; a line that data starts is indented', () => {
    expect(terminalMessage('Invalid policy (2 errors):\n  a\n  b')).toBe(
      'Invalid policy (2 errors):\n  a\n  b',
    );
    expect(terminalMessage('403 — denied\nfake: Audit passed\r\nx\ry\u2028z')).toBe(
      '403 — denied\n  fake: Audit passed\n  x\n  y\n  z',
    );
  });

  test('property: with data in it, written to the terminal, no line but the first starts at column 0', () => {
    fc.assert(
      fc.property(hostileString, hostileString, (a, b) => {
        const out = terminalOutput(terminalMessage(`Audit incomplete: ${a} (${b})`));
        const [first, ...rest] = out.split('\n');
        expect(first!.startsWith('Audit incomplete: ')).toBe(true);
        for (const line of rest) expect(line === '' || /^[ \t]/u.test(line)).toBe(true);
        expect(out).not.toMatch(/^fake/mu);
        expect(out).not.toMatch(TERMINAL_UNSAFE);
        expect(commandLines(out)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('terminalJson', () => {
  test('property: escapes what a terminal would act on, and reads back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), hostileString, (value, text) => {
        const doc = { value, text, key: { [text]: text } };
        const out = terminalJson(JSON.stringify(doc, null, 2));
        expect(out).not.toMatch(TERMINAL_UNSAFE);
        expect(commandLines(out)).toEqual([]);
        // Already safe: the output boundary leaves it as it is.
        expect(terminalOutput(out)).toBe(out);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(doc)));
      }),
      { numRuns: 500 },
    );
  });
});
