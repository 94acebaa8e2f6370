import { describe, expect, test } from '@jest/globals';
import { applyGate, compareReports } from '../../src/report/changes.js';
import fc from 'fast-check';
import { computeImpact } from '../../src/report/impact.js';
import { renderComment } from '../../src/report/comment.js';
import { expiringSoon } from '../../src/report/expiring.js';
import { breakable, DEFAULT_SUMMARY_BYTES } from '../../src/report/markdown.js';
import { renderMergedSummary } from '../../src/report/merged-summary.js';
import { COMMENT_MARKER } from '../../src/report/status.js';
import { renderSummary } from '../../src/report/summary.js';
import { mergeReports } from '../../src/report/merge.js';
import type { AuditReport } from '../../src/report/types.js';
import {
  EVALUATION,
  ORG,
  POLICY_PATH,
  client,
  expectGolden,
  finding,
  fixtureReport,
  reportOf,
} from './fixtures.js';
import { liveLinks, linkingReport } from './github-links.js';
import { HOSTILE_NAMES } from './hostile.js';
import { renderFailureSummary, renderValidation } from '../../src/report/status.js';
import { WORD_JOINER as WJ } from '../../src/escape.js';

const LINKS = {
  artifactUrl: 'https://github.com/acme/ccaas/actions/runs/42/artifacts/7',
  runUrl: 'https://github.com/acme/ccaas/actions/runs/42',
};

/** The text without the zero-width spaces that let long values wrap. */
function unbroken(md: string): string {
  return md.replace(/\u200B/gu, '');
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Table rows of a Markdown document. */
function tableRows(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('|'));
}

/** Cells of a table row, split on unescaped pipes (the escaper never leaves one inside a cell). */
function cells(row: string): string[] {
  return row.slice(1, -1).split('|');
}

describe('job summary', () => {
  test('matches the golden file', () => {
    expectGolden('summary.md', renderSummary(fixtureReport(), LINKS));
  });

  test('headline with the outcome and counts by severity', () => {
    const md = renderSummary(fixtureReport(), LINKS);
    const head = md.split('\n').slice(0, 6).join('\n');
    expect(head).toContain('## ❌ Genesys Cloud OAuth client audit: fail');
    expect(head).toContain(
      '**15 violations** at or above <code>high</code> on 4 of 6 clients; the worst: 🔴 critical <code>password-grant</code> on old-password-app.',
    );
    expect(head).toContain('🔴 1 critical · 🟠 14 high · 🟡 3 medium · 🔵 5 low · ⚪ 1 info · 2 exempted');
    const pass = renderSummary(reportOf([client({ id: 'a', name: 'a' })], () => []));
    expect(pass).toContain('## ✅ Genesys Cloud OAuth client audit: pass');
  });

  test('sections: what changed first, violations by rule, failing clients, the rest folded', () => {
    const md = renderSummary(fixtureReport(), LINKS);
    const order = [
      '### 🔀 Impact of this policy change',
      '<details><summary>Findings added by this change (7)</summary>',
      '### Violations by rule (15)',
      '### Failing clients (4)',
      '<details><summary>9 findings below <code>high</code> (not failing), by rule</summary>',
      '<details><summary>⏳ 1 exemption expiring within 14 days</summary>',
      '<details><summary>2 exempted findings</summary>',
      '<details><summary>⚠️ 2 policy warnings</summary>',
      `[report artifact (JSON, CSV)](${LINKS.artifactUrl})`,
    ];
    const at = order.map((s) => md.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(md).toContain('| Rule | Severity | Clients | For example | What to do |');
    expect(md).toContain('| Client | Grant type | Worst | Violations |');
    expect(md).toContain('**1** newly failing, **1** newly passing');
    expect(md).toContain('- ❌ Newly failing (1): Integration ETL');
    expect(md).toContain('- ✅ Newly passing (1): clean-client');
    // An email is not linked (nor is its domain a mention): a word joiner follows the `@`.
    expect(unbroken(md)).toContain(`| 2026-11-25 (in 5 days) | team-cx@${WJ}example.com |`);
    expect(md).toContain(`[workflow run](${LINKS.runUrl})`);
    // Most severe first.
    const failing = md.slice(md.indexOf('### Failing clients'));
    expect(tableRows(failing)[2]).toContain('password-grant');
  });

  test('a built-in check shows once; a rule shows with its check', () => {
    const md = renderSummary(fixtureReport(), LINKS);
    expect(md).toContain('| <code>password-grant</code> | 🔴 critical | 1 | old-password-app |');
    expect(md).toContain('| <code>web-messaging</code> · scope-forbidden | 🟠 high | 1 | webchat-prod |');
    expect(md).not.toContain('password-grant | password-grant');
  });

  test('one row per rule and check, and one per failing client, whatever the number of findings', () => {
    const clients = Array.from({ length: 300 }, (_, i) => client({ id: `id-${i}`, name: `app-${i}` }));
    const r = reportOf(clients, (_c, i) => [
      finding({ subject: `a-${i}`, message: 'Grants scope `a`.' }),
      finding({ subject: `b-${i}` }),
      finding({ check: 'password-grant', rule: 'password-grant', severity: 'critical', subject: 'PASSWORD' }),
    ]);
    const md = renderSummary(r);
    const rules = md.slice(md.indexOf('### Violations by rule'), md.indexOf('### Failing clients'));
    expect(tableRows(rules)).toHaveLength(2 + 2);
    expect(rules).toContain('app-0, app-1, app-2 and 297 more');
    const failing = md.slice(md.indexOf('### Failing clients (300)'));
    expect(tableRows(failing)).toHaveLength(2 + 50);
    // No artifact: the rest is in the report, and no link says otherwise.
    expect(failing).toContain('_… 250 more in the report._');
    expect(md).not.toContain('artifact)');
    const linked = renderSummary(r, LINKS);
    expect(linked).toContain(`_… 250 more in the [report artifact](${LINKS.artifactUrl})._`);
  });

  test('no table has more than 5 columns', () => {
    const md = renderSummary(fixtureReport(), LINKS);
    for (const row of tableRows(md)) expect(cells(row).length).toBeLessThanOrEqual(5);
  });

  test('a value quoted between backticks shows as code, not as backticks or entities', () => {
    const r = reportOf([client({ id: 'a', name: 'a' })], () => [
      finding({ check: 'insecure-redirect-uri', rule: 'insecure-redirect-uri' }),
    ]);
    r.warnings = [
      { level: 'warning', message: 'Scope `foo:<b>` is unknown; `x', file: 'p.yml', line: 2, col: 3 },
    ];
    const md = renderSummary(r);
    expect(md).toContain('Use exact <code>https</code> redirect URIs');
    expect(md).toContain('- <code>p.yml:2:3</code> Scope <code>foo:&lt;b&gt;</code> is unknown; &#96;x');
  });

  test('what changed since the last run comes right after the headline', () => {
    const r = fixtureReport();
    const previous = fixtureReport();
    previous.clients = previous.clients.slice(1);
    r.changes = compareReports(previous, r);
    const md = renderSummary(r, LINKS);
    const at = md.indexOf('### 🕑 Since the last run');
    expect(at).toBeGreaterThan(md.indexOf('</sub>'));
    expect(at).toBeLessThan(md.indexOf('### 🔀 Impact'));
    expect(md).toContain('Clients added');
  });

  test('failing clients show when each was last used, when the usage was read', () => {
    const r = fixtureReport();
    expect(r.usage).toBeDefined();
    const withUsage = renderSummary(r, LINKS);
    expect(withUsage).toContain('| Client | Grant type | Worst | Violations | Last used |');
    const used = r.clients.find((c) => c.result === 'fail' && typeof c.lastUsed === 'string');
    expect(used).toBeDefined();
    delete r.usage;
    expect(renderSummary(r, LINKS)).toContain('| Client | Grant type | Worst | Violations |\n');
  });

  test('a failing client shows who created it, or that nobody is recorded', () => {
    const md = renderSummary(fixtureReport(), LINKS);
    const row = (name: string) => md.split('\n').find((l) => l.startsWith(`| ${name}<br>`))!;
    expect(row('webchat-prod')).toContain('webchat-prod<br><sub>by =Ana, Web Team</sub>');
    expect(row('webchat-legacy')).toContain('<br><sub>no creator recorded</sub>');
  });

  test('a pass under gate: new says that the violations listed are the old ones', () => {
    const r = fixtureReport();
    r.changes = compareReports(r, r);
    applyGate(r, 'new');
    expect(r.result).toBe('pass');
    const md = renderSummary(r, LINKS);
    const headline = md.slice(0, md.indexOf('</sub>'));
    expect(headline).toContain('No new violation at or above');
    expect(headline).toContain('<code>gate: new</code> lets them pass');
    expect(headline).not.toContain('No violation at or above');
    // The violations by rule say it again where they are listed; the headline already said how many.
    expect(md).toContain('all were there in the last run, and <code>gate: new</code> does not judge them');
  });

  test('without links it says where the results are', () => {
    const md = renderSummary(fixtureReport());
    expect(md).toContain('report artifact of this workflow run');
    expect(renderSummary(fixtureReport(), { runUrl: 'javascript:alert(1)' })).not.toContain('javascript:');
  });

  test.each(['missing', 'invalid', 'unchanged'] as const)('impact status %s is explained', (status) => {
    const r = fixtureReport({ impact: false });
    r.impact = computeImpact({
      org: ORG,
      current: EVALUATION,
      base: status === 'unchanged' ? EVALUATION : null,
      failOn: 'high',
      baseInfo: {
        path: POLICY_PATH,
        ref: 'main',
        status,
        message: status === 'invalid' ? 'line 3: <bad> | yaml' : null,
      },
    });
    const md = renderSummary(r);
    expect(md).toContain('### 🔀 Impact of this policy change');
    expect(md).not.toContain('Newly failing');
    if (status === 'invalid') expect(md).toContain('line 3: &lt;bad&gt; &#124; yaml');
    if (status === 'missing') expect(md).toContain('new in this change');
    if (status === 'unchanged') expect(md).toContain('unchanged');
  });

  test('hostile client names cannot break the table or inject HTML or Markdown', () => {
    const r = reportOf(
      HOSTILE_NAMES.map((name, i) => client({ id: `id-${i}|<b>`, name, grantType: 'CODE|x', state: '<i>' })),
      () => [finding({ subject: '`x`|<y>', message: 'm | <script>\n::error::x' })],
    );
    const md = renderSummary(r, LINKS);
    for (const bad of ['<script', '<img', '<!--', '\u0000', '\u202E', '\u001b', '](http://evil']) {
      expect(md).not.toContain(bad);
    }
    const rows = tableRows(md.slice(md.indexOf('### Failing clients')));
    const width = cells(rows[0]!).length;
    for (const row of rows) expect(cells(row)).toHaveLength(width);
    // The 10,000-character name is cut.
    expect(md).not.toContain('x'.repeat(500));
    expect(md).toContain('…');
  });

  test('20,000 clients with long names stay under 64 KiB, cut with "N more in the report artifact"', () => {
    const clients = Array.from({ length: 20_000 }, (_, i) =>
      client({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        name: `${'long-name-|-'.repeat(30)}${i}`,
      }),
    );
    const r = reportOf(clients, (_c, i) => [
      finding({ subject: `scope-${i}`, message: `Scope scope-${i} is forbidden. ${'x'.repeat(200)}` }),
      finding({ check: 'inactive-client', rule: 'inactive-client', severity: 'info', subject: '' }),
    ]);
    const started = Date.now();
    const md = renderSummary(r, LINKS);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(bytes(md)).toBeLessThan(64 * 1024);
    expect(bytes(md)).toBeLessThanOrEqual(DEFAULT_SUMMARY_BYTES);
    expect(md).toContain(`_… 19950 more in the [report artifact](${LINKS.artifactUrl})._`);
    expect(md).toContain(`[report artifact (JSON, CSV)](${LINKS.artifactUrl})`);
    expect(md.trimEnd().endsWith(`[workflow run](${LINKS.runUrl})`)).toBe(true);
  });

  test.each([20_000, 60_000, 200_000])('a %i-byte budget is kept', (maxBytes) => {
    const r = fixtureReport();
    const md = renderSummary(r, { ...LINKS, maxBytes });
    expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
  });

  test('a tiny budget still gives the headline, the cut notices and the link', () => {
    const md = renderSummary(fixtureReport(), { ...LINKS, maxBytes: 3000 });
    expect(md).toContain('## ❌');
    expect(md).toContain('more in the [report artifact]');
    expect(md).toContain(LINKS.artifactUrl);
  });

  test('property: summary table cells never hold an unescaped pipe or a newline', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string({ unit: 'binary', maxLength: 40 }),
            subject: fc.string({ unit: 'binary', maxLength: 20 }),
            message: fc.string({ unit: 'binary', maxLength: 40 }),
          }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (specs) => {
          const r = reportOf(
            specs.map((s, i) => client({ id: `id-${i}`, name: s.name })),
            (_c, i) => [finding({ subject: specs[i]!.subject, message: specs[i]!.message })],
          );
          const md = renderSummary(r);
          const rows = tableRows(md);
          const header = rows[0]!;
          expect(cells(header)).toHaveLength(5);
          for (const row of rows.filter((l) => !l.startsWith('| ---'))) {
            if (!row.endsWith('|')) throw new Error(`row broken: ${row}`);
            const n = cells(row).length;
            expect([5, 4]).toContain(n);
          }
          // One row per failing client + a header and a separator.
          const failing = md.slice(md.indexOf('### Failing clients'), md.indexOf('---\n📦'));
          expect(tableRows(failing)).toHaveLength(specs.length + 2);
        },
      ),
    );
  });
});

describe('mentions, references and links from the data', () => {
  const allowed = [LINKS.artifactUrl, LINKS.runUrl];

  test('the job summary notifies no one and links nowhere but to our own links', () => {
    const md = renderSummary(linkingReport(), LINKS);
    expect(md).toContain('octocat');
    expect(liveLinks(md, { allowed })).toEqual([]);
  });

  test('nor does the PR comment', () => {
    const md = renderComment(linkingReport(), LINKS);
    // The comment shows fewer findings than the summary: these names are among those it shows.
    expect(unbroken(md)).toContain('acme/security-team');
    expect(liveLinks(md, { allowed })).toEqual([]);
  });

  test('nor does the merged summary', () => {
    const merged = mergeReports([
      { path: '@octocat/#1/www.evil.example/oauth-audit.json', report: linkingReport() },
      { path: 'reports/us/oauth-audit.json', report: linkingReport() },
    ]);
    const md = renderMergedSummary(merged, LINKS);
    expect(md).toContain('octocat');
    expect(liveLinks(md, { allowed })).toEqual([]);
  });

  test('nor do the summaries of a failed run and of a validation', () => {
    const message = 'policy.yml:3:1: unknown key "@octocat" (see #1, GH-2, www.evil.example)\n# heading?';
    for (const md of [
      renderFailureSummary('invalid-policy', message),
      renderValidation('@octocat/#1.yml', [
        {
          level: 'warning',
          message: 'rule @acme/team matches acme/repo@1234567',
          file: 'p.yml',
          line: 1,
          col: 1,
        },
      ]),
    ]) {
      expect(md).toContain('octocat');
      expect(liveLinks(md)).toEqual([]);
      // A `#` from the data opens no heading, even at the start of a quoted line.
      expect(md).not.toMatch(/^(> )?#+ *heading/mu);
    }
  });

  test('entities and structure: the text shows as written', () => {
    const r = reportOf([client({ id: 'a', name: '&#64;octocat [x](https://evil.example) <b>' })], () => [
      finding(),
    ]);
    const md = renderSummary(r);
    expect(unbroken(md)).toContain(
      `&amp;&#35;${WJ}64;octocat &#91;x&#93;(https:${WJ}//evil.example) &lt;b&gt;`,
    );
  });
});

describe('expiring soon', () => {
  test('lists exemptions ending within 14 days of the report time, soonest first', () => {
    const r = fixtureReport();
    expect(expiringSoon(r)).toEqual([
      {
        reason: 'Analytics dashboard migration, SEC-1234',
        owner: 'team-cx@example.com',
        expires: '2026-11-25',
        daysLeft: 5,
        findings: 1,
        clients: ['webchat-prod'],
      },
    ]);
    expect(expiringSoon(r, 100).map((e) => e.expires)).toEqual(['2026-11-25', '2027-01-31']);
  });

  test('an exemption ending today counts; the 14th day counts, the 15th does not', () => {
    const at = (expires: string): AuditReport =>
      reportOf([client({ id: 'a', name: 'a' })], () => [
        finding({ exempted: true, exemption: { reason: 'r', owner: 'o', expires } }),
      ]);
    expect(expiringSoon(at('2026-11-20'))[0]!.daysLeft).toBe(0);
    expect(renderSummary(at('2026-11-20'))).toContain('(today)');
    expect(expiringSoon(at('2026-12-04'))).toHaveLength(1);
    expect(expiringSoon(at('2026-12-05'))).toHaveLength(0);
  });
});

describe('PR comment', () => {
  test('matches the golden file, starts with the marker and stays short', () => {
    const md = renderComment(fixtureReport(), LINKS);
    expectGolden('comment.md', md);
    expect(md.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(bytes(md)).toBeLessThan(4000);
    expect(md).toContain('Newly failing: Integration ETL');
    expect(md).toContain('Newly passing: clean-client');
    expect(md).toContain(`[job summary](${LINKS.runUrl})`);
  });

  test('stays short with thousands of newly failing hostile clients', () => {
    const r = fixtureReport();
    r.impact!.newlyFailing = Array.from({ length: 5000 }, (_, i) => ({
      id: `id-${i}`,
      name: HOSTILE_NAMES[i % HOSTILE_NAMES.length]!,
    }));
    r.impact!.byRule = Array.from({ length: 500 }, (_, i) => ({ rule: `rule-${i}`, added: 1, removed: 0 }));
    const md = renderComment(r, LINKS);
    expect(bytes(md)).toBeLessThan(10_000);
    expect(md).toContain('and 4990 more');
    for (const bad of ['<script', '<img', '\u202E', '\u0000']) expect(md).not.toContain(bad);
  });

  test('no impact, no links', () => {
    const md = renderComment(fixtureReport({ impact: false }));
    expect(md).not.toContain('Impact');
    expect(md).not.toContain('Details:');
  });
});

describe('merged summary', () => {
  test('matches the golden file', () => {
    const a = fixtureReport();
    const b = reportOf([client({ id: 'b', name: 'b' })], () => []);
    b.source = { kind: 'snapshot', region: 'usw2.pure.cloud', apiBaseUrl: 'https://api.usw2.pure.cloud' };
    const merged = mergeReports([
      { path: 'reports/eu/oauth-audit.json', report: JSON.parse(JSON.stringify(a)) },
      { path: 'reports/us/oauth-audit.json', report: JSON.parse(JSON.stringify(b)) },
    ]);
    const md = renderMergedSummary(merged, LINKS);
    expectGolden('merged.md', md);
    expect(md).toContain('## ❌ Genesys Cloud OAuth client audit: fail (2 orgs)');
    expect(md).toContain('**1 of 2** orgs fail');
  });

  test('reports written with fail-on: never show the merge’s verdict: never a pass beside a violation', () => {
    const r = reportOf([client({ id: 'a', name: 'a' })], () => [finding({ severity: 'high' })], 'never');
    expect(r.result).toBe('pass');
    const md = renderMergedSummary(
      mergeReports([{ path: 'eu.json', report: JSON.parse(JSON.stringify(r)) }]),
    );
    expect(md).toContain('## ❌ Genesys Cloud OAuth client audit: fail (1 org)');
    expect(md).toContain('**1 violation** at or above <code>high</code> in all');
    expect(md).toContain('❌ fail');
    expect(md).not.toContain('pass');
    expect(md).not.toContain('never');
  });
});

describe('long values wrap', () => {
  test('a run of more than 14 characters gets a break opportunity every 10; an entity is never split', () => {
    expect(breakable('mypurecloud.ie password-grant')).toBe('mypurecloud.ie password-grant');
    expect(breakable('x'.repeat(25))).toBe(`${'x'.repeat(10)}\u200B${'x'.repeat(10)}\u200B${'x'.repeat(5)}`);
    const escaped = `${'&#124;'.repeat(12)}abc`;
    expect(breakable(escaped)).toBe(`${'&#124;'.repeat(10)}\u200B${'&#124;'.repeat(2)}abc`);
  });
});

describe('merged summary: one row per org', () => {
  test('two orgs in one region stay apart, named by their report folder; no table over 5 columns', () => {
    const r = fixtureReport();
    const merged = mergeReports([
      { path: 'reports/oauth-audit-emea-prod/oauth-audit.json', report: JSON.parse(JSON.stringify(r)) },
      { path: 'reports/oauth-audit-emea-test/oauth-audit.json', report: JSON.parse(JSON.stringify(r)) },
      { path: 'apac.json', report: JSON.parse(JSON.stringify(r)) },
    ]);
    const md = renderMergedSummary(merged);
    expect(md).toContain('| oauth-audit-emea-prod<br><sub>mypurecloud.ie</sub> | ❌ fail | 15 | 4 of 6 |');
    expect(md).toContain('| oauth-audit-emea-test<br><sub>mypurecloud.ie</sub> | ❌ fail | 15 | 4 of 6 |');
    expect(md).toContain('| apac.json<br><sub>mypurecloud.ie</sub> |');
    for (const row of tableRows(md)) expect(cells(row).length).toBeLessThanOrEqual(5);
    // Violations by rule across orgs: one row per rule and check, naming the orgs.
    expect(md).toContain(
      '| <code>password-grant</code> | 🔴 critical | oauth-audit-emea-prod, oauth-audit-emea-test, apac.json | 3 |',
    );
  });
});

describe('summary of a failed run', () => {
  test('an invalid policy lists each error on its own line; data opens no list, quote or heading', () => {
    const message =
      'Invalid policy (3 errors):\n  p.yml:3:1: error: unknown key `foo`\n  p.yml:9:5: error: 1. bad\n  - # x';
    const md = renderFailureSummary('invalid-policy', message);
    expect(md).toContain(
      'Invalid policy (3 errors):\n\n- p.yml:3:1: error: unknown key <code>foo</code>\n- p.yml:9:5: error: 1. bad\n- &#45; &#35;',
    );
  });
});

describe('fail-on never', () => {
  test('reports without a gate', () => {
    const r = reportOf([client({ id: 'a', name: 'a' })], () => [finding({ severity: 'critical' })], 'never');
    const md = renderSummary(r);
    expect(md).toContain('## ✅ Genesys Cloud OAuth client audit: pass');
    expect(md).toContain('No gate (<code>fail-on: never</code>)');
    expect(md).toContain('1 finding (<code>fail-on: never</code>: none fails)');
    expect(md).not.toContain('### Failing clients');
  });
});
