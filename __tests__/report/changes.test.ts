/** Since the last run: the comparison of two reports, `gate: new`, and its Markdown and text. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { OAuthClient } from '../../src/model.js';
import type { Finding } from '../../src/policy/types.js';
import { verdictMessage } from '../../src/outcome.js';
import { applyGate, compareReports } from '../../src/report/changes.js';
import { findingKey } from '../../src/report/keyed.js';
import { LIST_MAX, renderChanges } from '../../src/report/changes-markdown.js';
import { renderChangesText } from '../../src/report/changes-text.js';
import { renderSummary } from '../../src/report/summary.js';
import { fingerprint } from '../../src/report/sarif.js';
import type { AuditReport } from '../../src/report/types.js';
import { SEVERITIES, type Severity } from '../../src/types.js';
import { client, finding, reportOf } from './fixtures.js';
import { expectValidReport } from './schemas.js';

const A = client({ id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'webchat-a' });
const B = client({ id: 'aaaaaaaa-0000-4000-8000-000000000002', name: 'webchat-b' });
const C = client({ id: 'aaaaaaaa-0000-4000-8000-000000000003', name: 'integration-c' });

function report(entries: [OAuthClient, Finding[]][], generatedAt?: string): AuditReport {
  const byId = new Map(entries.map(([c, f]) => [c.id, f]));
  const r = reportOf(
    entries.map(([c]) => c),
    (c) => byId.get(c.id) ?? [],
  );
  if (generatedAt) r.generatedAt = generatedAt;
  return r;
}

const OLD = '2026-11-19T06:00:00.000Z';

describe('compareReports', () => {
  test('new and resolved violations, clients added and removed, severity changes', () => {
    const previous = report(
      [
        [A, [finding({ subject: 'oauth' }), finding({ subject: 'users', severity: 'medium' })]],
        [B, [finding({ subject: 'authorization' })]],
      ],
      OLD,
    );
    const current = report([
      [A, [finding({ subject: 'oauth' }), finding({ subject: 'users', severity: 'high' })]],
      [C, [finding({ subject: 'routing', severity: 'critical' })]],
    ]);
    const changes = compareReports(previous, current, { runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(changes.previous).toEqual({ generatedAt: OLD, runUrl: 'https://github.com/o/r/actions/runs/1' });
    // Most severe first; a finding that became a violation (medium → high at fail-on high) is new.
    expect(changes.new.map((f) => [f.clientName, f.subject, f.severity])).toEqual([
      ['integration-c', 'routing', 'critical'],
      ['webchat-a', 'users', 'high'],
    ]);
    expect(changes.resolved.map((f) => [f.clientName, f.subject])).toEqual([['webchat-b', 'authorization']]);
    expect(changes.clientsAdded).toEqual([{ id: C.id, name: C.name }]);
    expect(changes.clientsRemoved).toEqual([{ id: B.id, name: B.name }]);
    expect(changes.severityChanged).toEqual([
      expect.objectContaining({
        clientId: A.id,
        subject: 'users',
        previousSeverity: 'medium',
        severity: 'high',
      }),
    ]);
  });

  test('a new message wording or client name is no change: findings are keyed by client ID, rule, check and subject', () => {
    const previous = report([[A, [finding({ message: 'old words' })]]], OLD);
    const renamed = { ...A, name: 'renamed' };
    const current = report([[renamed, [finding({ message: 'new words' })]]]);
    const changes = compareReports(previous, current);
    expect([changes.new, changes.resolved, changes.clientsAdded, changes.clientsRemoved]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  test('an exemption that expired makes an old finding a new violation; a new exemption resolves it', () => {
    const exempted = finding({
      exempted: true,
      exemption: { reason: 'r', owner: 'o', expires: '2026-11-19' },
    });
    const before = report([[A, [exempted]]], OLD);
    const after = report([[A, [finding()]]]);
    expect(compareReports(before, after).new).toHaveLength(1);
    expect(compareReports(after, before).resolved).toHaveLength(1);
  });

  test('the key is the one the SARIF fingerprints hash', () => {
    const f = finding({ subject: 'a"b' });
    expect(fingerprint(A.id, f)).toBe(createHash('sha256').update(findingKey(A.id, f)).digest('hex'));
    expect(findingKey(A.id, f)).toBe(JSON.stringify([A.id, f.rule, f.check, f.subject]));
  });

  const findingArb = fc.record({
    subject: fc.constantFrom('oauth', 'users', 'routing', 'analytics', ''),
    check: fc.constantFrom('scope-forbidden', 'scope-not-allowed', 'too-many-scopes') as fc.Arbitrary<
      Finding['check']
    >,
    severity: fc.constantFrom(...SEVERITIES) as fc.Arbitrary<Severity>,
    exempted: fc.boolean(),
  });
  const reportArb = fc
    .record({
      a: fc.option(fc.array(findingArb, { maxLength: 5 })),
      b: fc.option(fc.array(findingArb, { maxLength: 5 })),
      c: fc.option(fc.array(findingArb, { maxLength: 5 })),
    })
    .map(({ a, b, c }) => {
      const entries: [OAuthClient, Finding[]][] = [];
      for (const [cl, fs] of [
        [A, a],
        [B, b],
        [C, c],
      ] as const) {
        if (fs) {
          entries.push([
            cl,
            fs.map((f) =>
              finding({
                ...f,
                exemption: f.exempted ? { reason: 'r', owner: 'o', expires: '2027-01-01' } : undefined,
              }),
            ),
          ]);
        }
      }
      return report(entries);
    });
  const failOnArb = fc.constantFrom('critical', 'high', 'medium', 'low', 'info', 'never') as fc.Arbitrary<
    AuditReport['failOn']
  >;

  test('property: a report compared with itself has no change', () => {
    fc.assert(
      fc.property(reportArb, failOnArb, (r, failOn) => {
        const changes = compareReports(r, r, { failOn });
        expect(changes.new).toEqual([]);
        expect(changes.resolved).toEqual([]);
        expect(changes.clientsAdded).toEqual([]);
        expect(changes.clientsRemoved).toEqual([]);
        expect(changes.severityChanged).toEqual([]);
      }),
    );
  });

  test('property: swapping the reports swaps new and resolved, added and removed', () => {
    const sorted = <T>(xs: T[]): string[] => xs.map((x) => JSON.stringify(x)).sort();
    fc.assert(
      fc.property(reportArb, reportArb, failOnArb, (x, y, failOn) => {
        const forward = compareReports(x, y, { failOn });
        const backward = compareReports(y, x, { failOn });
        expect(sorted(forward.new)).toEqual(sorted(backward.resolved));
        expect(sorted(forward.resolved)).toEqual(sorted(backward.new));
        expect(sorted(forward.clientsAdded)).toEqual(sorted(backward.clientsRemoved));
      }),
    );
  });

  test('property: under gate new the run fails exactly when there are new violations, and ignores the rest', () => {
    fc.assert(
      fc.property(reportArb, reportArb, (x, y) => {
        y.changes = compareReports(x, y);
        applyGate(y, 'new');
        expect(y.result).toBe(y.changes.new.length > 0 ? 'fail' : 'pass');
        expect(y.gate!.ignored + y.changes.new.length).toBe(y.summary.violations);
        expectValidReport(y);
      }),
      { numRuns: 30 },
    );
  });
});

describe('applyGate', () => {
  const backlog = (): AuditReport =>
    report(
      [
        [A, [finding()]],
        [B, [finding({ subject: 'users' })]],
      ],
      OLD,
    );

  test('gate: new passes an org whose only violations are old, and says how many it ignored', () => {
    const current = backlog();
    current.changes = compareReports(backlog(), current);
    applyGate(current, 'new');
    expect(current.result).toBe('pass');
    expect(current.summary.violations).toBe(2);
    expect(current.gate).toEqual({
      mode: 'new',
      ignored: 2,
      note: expect.stringContaining('ignored 2 violations'),
    });
    expect(verdictMessage(current)).toMatch(
      /^Audit passed: no new violation .*2 older violations at or above high not judged/,
    );
  });

  test('gate: new fails on one new violation', () => {
    const current = report([
      [A, [finding()]],
      [B, [finding({ subject: 'users' })]],
      [C, [finding({ subject: 'x' })]],
    ]);
    current.changes = compareReports(backlog(), current);
    applyGate(current, 'new');
    expect(current.result).toBe('fail');
    expect(current.gate?.ignored).toBe(2);
    expect(verdictMessage(current)).toMatch(
      /^Audit failed: 1 new violation .* Worst new: high scope-forbidden on client "integration-c" \(x\)/,
    );
  });

  test('gate: new without a previous report judges every violation, and says why', () => {
    const current = backlog();
    applyGate(current, 'new', 'the artifact of run 7 has expired');
    expect(current.result).toBe('fail');
    expect(current.gate).toEqual({
      mode: 'all',
      ignored: 0,
      note: 'gate: new judged every violation, because the artifact of run 7 has expired.',
    });
    expect(verdictMessage(current)).toMatch(
      /^Audit failed: 2 violations .* gate: new judged every violation/,
    );
    expectValidReport(current);
  });

  test('gate: all changes nothing, even with a comparison', () => {
    const current = backlog();
    current.changes = compareReports(backlog(), current);
    applyGate(current, 'all');
    expect(current.result).toBe('fail');
    expect(current.gate).toBeUndefined();
  });
});

describe('renderChanges (Markdown)', () => {
  test('a counts line, then short lists; nothing is said without a comparison or a note', () => {
    const previous = report(
      [
        [A, [finding()]],
        [B, []],
      ],
      OLD,
    );
    const current = report([
      [A, []],
      [C, [finding({ subject: 'users' })]],
    ]);
    const md = renderChanges(
      compareReports(previous, current, { runUrl: 'https://github.com/o/r/actions/runs/9' }),
    );
    expect(md).toContain('### 🕑 Since the last run');
    expect(md).toContain(
      '**1 new violation** · 1 resolved · clients +1 added, −1 removed — compared with [the run of 2026-11-19 06:00 UTC](https://github.com/o/r/actions/runs/9).',
    );
    expect(md).toContain('- 🆕 New violations (1): 🟠 <code>scope-forbidden</code> on integration-c (users)');
    expect(md).toContain('- ➖ Clients removed (1): webchat-b');
    expect(renderChanges(undefined)).toBe('');
    expect(
      renderChanges(undefined, {
        mode: 'all',
        ignored: 0,
        note: 'gate: new judged every violation, because x.',
      }),
    ).toContain('> gate: new judged every violation, because x.');
  });

  test(`lists are capped at ${LIST_MAX} names, whatever the size of the org`, () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      client({ id: `bbbbbbbb-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `client-${i}` }),
    );
    const previous = report([], OLD);
    const current = report(many.map((c) => [c, [finding()]]));
    const md = renderChanges(compareReports(previous, current));
    expect(md).toContain('and 490 more in the report');
    expect(md.split('\n').length).toBeLessThan(12);
    expect(Buffer.byteLength(md)).toBeLessThan(4000);
  });

  test('data from the org is inert: no HTML, link, mention or Markdown structure survives', () => {
    const evil = client({
      id: 'cccccccc-0000-4000-8000-000000000001',
      name: '<img src=x> @admin #1 [x](https://evil) **b**\n# H',
    });
    const md = renderChanges(
      compareReports(report([], OLD), report([[evil, [finding({ subject: '`code` | pipe' })]]]), {
        runUrl: 'javascript:alert(1)',
      }),
    );
    expect(md).not.toMatch(/<img|\[x\]\(|@admin|#1 |\*\*b\*\*|`code`|\| pipe|javascript:/);
    expect(md).not.toMatch(/\n# H/);
  });
});

describe('renderChangesText', () => {
  test('one line per entry, control characters from data made inert', () => {
    const evil = client({
      id: 'cccccccc-0000-4000-8000-000000000002',
      name: 'bad\u001b[31mname\nforged line',
    });
    const text = renderChangesText(compareReports(report([], OLD), report([[evil, [finding()]]])));
    expect(text).toContain(
      'Since the run of 2026-11-19 06:00 UTC: 1 new violation, 0 resolved, 1 client added',
    );
    expect(text).not.toContain('\u001b');
    expect(text).not.toMatch(/\nforged line/);
  });

  test('every line fits the width it is given, a wrapped entry indented under its check', () => {
    const long = client({
      id: 'dddddddd-0000-4000-8000-000000000001',
      name: 'A very long client name '.repeat(4),
    });
    const text = renderChangesText(
      compareReports(report([], OLD), report([[long, [finding({ subject: 'x'.repeat(30) })]]])),
      60,
    );
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    expect(text).toMatch(/\n  high     scope-forbidden on A very long[^\n]*\n {11}\S/);
  });
});

describe('the job summary under gate: new', () => {
  const CRITICAL = finding({ check: 'password-grant', rule: 'password-grant', severity: 'critical' });
  const lastNight = (): AuditReport =>
    report(
      [
        [A, [CRITICAL]],
        [B, [finding({ subject: 'users' })]],
      ],
      OLD,
    );

  function nightly(entries: [OAuthClient, Finding[]][]): { report: AuditReport; md: string } {
    const current = report(entries);
    current.changes = compareReports(lastNight(), current);
    applyGate(current, 'new');
    return { report: current, md: renderSummary(current) };
  }

  test('a fail names the new violations and their worst, not the backlog and its worst', () => {
    const { report: r, md } = nightly([
      [A, [CRITICAL]],
      [B, [finding({ subject: 'users' })]],
      [C, [finding({ subject: 'x' })]],
    ]);
    expect(r.result).toBe('fail');
    const headline = md.slice(0, md.indexOf('### '));
    expect(headline).toContain(
      '**1 new violation** at or above <code>high</code> since the last run; the worst: 🟠 high <code>scope-forbidden</code> on integration-c.',
    );
    expect(headline).toContain('The 2 other violations were there in the last run');
    expect(headline).not.toContain('password-grant');
    // The client that failed the run comes first, marked; the others are not called failing.
    expect(md).toContain('### Clients with violations (3)');
    expect(md).not.toContain('### Failing clients');
    expect(md).toMatch(/\| 🆕 integration-c[^|]*\|/);
    const clients = md.slice(md.indexOf('### Clients with violations'));
    expect(clients.indexOf('🆕 integration-c')).toBeLessThan(clients.indexOf('| webchat-a'));
    expect(md).toContain(
      '3 findings at or above <code>high</code>, not exempted; 1 new since the last run, the other 2 not judged',
    );
  });

  test('a pass on the backlog says that every violation listed was there in the last run', () => {
    const { report: r, md } = nightly([
      [A, [CRITICAL]],
      [B, [finding({ subject: 'users' })]],
    ]);
    expect(r.result).toBe('pass');
    expect(md).toContain('the 2 violations on 2 of 2 clients were there in the last run');
    expect(md).toContain(
      'not exempted; all were there in the last run, and <code>gate: new</code> does not judge them',
    );
    expect(md).toContain('### Clients with violations (2)');
    expect(md).not.toContain('🆕 webchat');
    // The headline says what the gate ignored: the section does not repeat it.
    expect(md).not.toContain('> gate: new ignored');
  });

  test('the gate note dates the previous run as people read it', () => {
    const current = lastNight();
    current.changes = compareReports(lastNight(), current);
    applyGate(current, 'new');
    expect(current.gate?.note).toBe(
      'gate: new ignored 2 violations that the previous run (2026-11-19 06:00 UTC) already had.',
    );
  });
});
