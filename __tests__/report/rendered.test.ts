/**
 * The job summary, the PR comment and the merged summary as GitHub shows them: GFM rendered with
 * GitHub's stylesheet at the width of its page (about 1,012 px), in headless Chromium. A table
 * wider than the page scrolls sideways and hides its last columns; a summary thousands of pixels
 * tall is not read.
 *
 * Needs /usr/bin/chromium (Debian's `chromium`; .ci/run installs it). Without it the test is skipped
 * on a developer machine, and fails on CI, where a skipped check would pass unseen.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { renderComment } from '../../src/report/comment.js';
import { mergeReports } from '../../src/report/merge.js';
import { renderMergedSummary } from '../../src/report/merged-summary.js';
import { renderSummary } from '../../src/report/summary.js';
import type { AuditReport } from '../../src/report/types.js';
import {
  chromiumAvailable,
  CHROMIUM,
  GITHUB_WIDTH,
  launchBrowser,
  renderOn,
  type Rendered,
} from '../helpers/github-page.js';
import { demoBasePolicy, nightlyReport, sandboxReport } from '../helpers/sample-reports.js';
import { client, finding, reportOf } from './fixtures.js';
import { HOSTILE_NAMES } from './hostile.js';

const LINKS = {
  artifactUrl: 'https://github.com/acme/oauth/actions/runs/1/artifacts/2',
  runUrl: 'https://github.com/acme/oauth/actions/runs/1',
};
const KIB = 1024;
/**
 * The demo org (38 clients, about 20 rules and checks violated, 21 failing clients, one a row with
 * its creator under its name) fits in under four screens: a reviewer sees the verdict, the
 * violations by rule and the failing clients without scrolling through every finding (before the
 * redesign, with fewer checks, it was 4,805 px). A row more per rule or client is fine; a table
 * per finding is not.
 */
const DEMO_MAX_HEIGHT = 3800;
/**
 * Any org: the tables are as long as the policy (rules) and at most 50 failing clients, so the
 * height does not grow with the org. The example policy's rules and 50 client rows of two lines
 * (the name, then its creator) fit in this; 10,000 clients took 317,850 px before the redesign.
 */
const ANY_ORG_MAX_HEIGHT = 5000;

const available = chromiumAvailable();
if (!available && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium).`);
}
const describeInBrowser = available ? describe : describe.skip;

function expectNoSidewaysScroll(r: Rendered): void {
  for (const t of r.tables) {
    expect(t.scrollWidth).toBeLessThanOrEqual(t.clientWidth);
    expect(t.clientWidth).toBeLessThanOrEqual(r.pageWidth);
    expect(t.columns).toBeLessThanOrEqual(5);
  }
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Names and values chosen to be wide: unbroken, CJK, emoji, bidi, long URIs. */
const WIDE = [
  ...HOSTILE_NAMES,
  '顧客対応ポータル本番環境用統合クライアント'.repeat(6),
  '🚀🔥💥🎉🦄🌈'.repeat(20),
  `\u202Eevil-${'ltr'.repeat(40)}\u202C`,
  'שלום-עולם-'.repeat(15),
  'a'.repeat(59),
  `https://${'sub.'.repeat(30)}example.com/oauth/callback?state=${'x'.repeat(80)}`,
];

function widestReport(): AuditReport {
  return reportOf(
    WIDE.map((name, i) => client({ id: `id-${i}-${'0'.repeat(60)}`, name, grantType: name })),
    (c) => [
      finding({ subject: c.name, message: `\`${c.name}\`` }),
      finding({ check: 'insecure-redirect-uri', rule: c.name, subject: c.name }),
      finding({ check: 'unknown-scope', rule: 'unknown-scope', severity: 'low', subject: c.name }),
      finding({
        exempted: true,
        exemption: { reason: c.name, owner: c.name, expires: '2026-11-30' },
        subject: `${c.name}-x`,
      }),
    ],
  );
}

describeInBrowser('rendered as GitHub shows it', () => {
  let browser: Browser;
  let page: Page;
  const reports: Record<string, AuditReport> = {};

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    reports.demo = await sandboxReport('demo');
    reports.pr = await sandboxReport('demo', demoBasePolicy());
    reports.big = await sandboxReport('synthetic:10000');
    reports.huge = await sandboxReport('synthetic:50000');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('the demo summary: no table scrolls sideways, and it stays short', async () => {
    const r = await renderOn(page, renderSummary(reports.demo!, LINKS));
    expect(r.pageWidth).toBe(GITHUB_WIDTH);
    expectNoSidewaysScroll(r);
    expect(r.height).toBeLessThanOrEqual(DEMO_MAX_HEIGHT);
  });

  test('in a pull request, the impact of the change comes right after the headline', async () => {
    const r = await renderOn(page, renderSummary(reports.pr!, LINKS));
    expectNoSidewaysScroll(r);
    const impact = r.headings.find((h) => h.text.includes('Impact of this policy change'));
    expect(impact?.top).toBeLessThan(400);
  });

  test.each([
    ['fails on a new client', { gate: 'all', added: 'Data Lake Exporter' }],
    ['fails on a new client under gate: new', { gate: 'new', added: 'Data Lake Exporter' }],
    ['passes the backlog under gate: new', { gate: 'new' }],
  ] as const)(
    'a nightly run that %s: since the last run comes right after the headline',
    async (_, options) => {
      const report = nightlyReport(reports.demo!, options);
      const r = await renderOn(page, renderSummary(report, LINKS));
      expectNoSidewaysScroll(r);
      expect(r.headings[1]?.text).toContain('Since the last run');
      expect(r.headings[1]!.top).toBeLessThan(300);
      // Compact: its counts line and a few short lists, then the violations by rule.
      expect(r.headings[2]!.text).toContain('Violations by rule');
      expect(r.headings[2]!.top - r.headings[1]!.top).toBeLessThan(300);
      expect(r.height).toBeLessThanOrEqual(DEMO_MAX_HEIGHT + 300);
    },
  );

  test('the PR comment leads with the impact and stays a few lines long', async () => {
    const md = renderComment(reports.pr!, LINKS);
    const r = await renderOn(page, md);
    expectNoSidewaysScroll(r);
    expect(r.height).toBeLessThanOrEqual(500);
    expect(md.indexOf('Impact of this policy change')).toBeLessThan(md.indexOf('violations** at or above'));
  });

  test.each([
    ['10,000', 'big'],
    ['50,000', 'huge'],
  ])('%s clients: under 64 KiB, no sideways scroll, as tall as for any org', async (_n, key) => {
    const md = renderSummary(reports[key]!, LINKS);
    expect(bytes(md)).toBeLessThan(64 * KIB);
    const r = await renderOn(page, md);
    expectNoSidewaysScroll(r);
    expect(r.height).toBeLessThanOrEqual(ANY_ORG_MAX_HEIGHT);
  });

  test('hostile names (very long, CJK, emoji, bidi, long URIs) do not widen a table', async () => {
    const report = widestReport();
    const summary = await renderOn(page, renderSummary(report, LINKS));
    expect(summary.tables.length).toBeGreaterThanOrEqual(4);
    expectNoSidewaysScroll(summary);
    const comment = await renderOn(page, renderComment(report, LINKS));
    expectNoSidewaysScroll(comment);
    expect(comment.height).toBeLessThanOrEqual(500);
  });

  test('the merged summary: one row per org, no table scrolls sideways', async () => {
    const copy = (r: AuditReport): unknown => JSON.parse(JSON.stringify(r));
    const merged = mergeReports([
      { path: 'reports/oauth-audit-emea-prod/oauth-audit.json', report: copy(reports.demo!) },
      { path: 'reports/oauth-audit-emea-test/oauth-audit.json', report: copy(reports.big!) },
      { path: `reports/${WIDE.at(-1)!.replace(/\//gu, '_')}/oauth-audit.json`, report: copy(widestReport()) },
    ]);
    const r = await renderOn(page, renderMergedSummary(merged, LINKS));
    expectNoSidewaysScroll(r);
    expect(r.tables[0]!.columns).toBe(5);
  });
});
