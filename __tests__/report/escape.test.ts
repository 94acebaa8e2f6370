import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  escapeCell,
  githubText,
  inertText,
  plainText,
  REPLACEMENT,
  safeUrl,
  terminalText,
  truncate,
  WORD_JOINER,
} from '../../src/report/escape.js';
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
