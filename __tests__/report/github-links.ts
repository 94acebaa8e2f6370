/**
 * What GitHub would turn into a notification or a link in text it shows, judged the way GitHub
 * does it: after HTML entities are decoded (once), on the text. Deliberately wider than GitHub's
 * own patterns (no word-boundary rules), so that a miss here is a miss on GitHub too.
 */
import type { AuditReport } from '../../src/report/types.js';
import { fixtureReport } from './fixtures.js';
import { LINKING_NAMES } from './hostile.js';

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  commat: '@',
  num: '#',
  colon: ':',
  sol: '/',
  period: '.',
  lsqb: '[',
  rsqb: ']',
  lpar: '(',
  rpar: ')',
};

/** Decodes numeric and the common named character references, once, as a browser does. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/giu,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return NAMED[name!.toLowerCase()] ?? whole;
    },
  );
}

/** Tokens that notify someone or link somewhere. */
const LIVE: readonly [string, RegExp][] = [
  // @user, @org/team, owner/repo@sha, user@sha, name@host (email autolink).
  ['mention, commit or email', /@[\p{L}\p{N}_]/giu],
  ['issue reference', /#\p{N}/giu],
  ['GH- reference', /gh-\p{N}/giu],
  ['www autolink', /www\./giu],
  ['URL autolink', /[a-z][a-z0-9+.-]*:\/\//giu],
];

/** Also live where the text is not Markdown-escaped (annotations, SARIF messages). */
const LIVE_IN_PLAIN_TEXT: readonly [string, RegExp][] = [
  ['Markdown link', /\]\(/gu],
  ['HTML tag or autolink', /<[a-z!/?]/giu],
];

/**
 * Every live token in `text`, with some context. `allowed` are our own links (the artifact and run
 * URLs), removed before the search.
 */
export function liveLinks(
  text: string,
  options: { plainText?: boolean; allowed?: readonly string[] } = {},
): string[] {
  let decoded = decodeEntities(text);
  for (const a of options.allowed ?? []) decoded = decoded.split(a).join('');
  const patterns = options.plainText ? [...LIVE, ...LIVE_IN_PLAIN_TEXT] : LIVE;
  const hits: string[] = [];
  for (const [what, pattern] of patterns) {
    for (const m of decoded.matchAll(pattern)) {
      hits.push(`${what}: ${JSON.stringify(decoded.slice(Math.max(0, m.index - 20), m.index + 20))}`);
    }
  }
  return hits;
}

/**
 * The fixture report with every free-text value from the org or the policy (names, subjects,
 * messages, exemption reasons and owners, rule ids, region, refs, paths) replaced by linking text.
 */
export function linkingReport(): AuditReport {
  const r = fixtureReport();
  let i = 0;
  const next = (): string => LINKING_NAMES[i++ % LINKING_NAMES.length]!;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (typeof x === 'string' && DATA_KEYS.has(k)) (v as Record<string, unknown>)[k] = next();
        else walk(x);
      }
    }
  };
  walk(r);
  // The tool's own name stays: a report from another tool is refused.
  r.tool = fixtureReport().tool;
  return r;
}

const DATA_KEYS = new Set([
  'name',
  'clientName',
  'description',
  'subject',
  'message',
  'reason',
  'owner',
  'rule',
  'region',
  'apiBaseUrl',
  'ref',
  'path',
  'file',
]);
