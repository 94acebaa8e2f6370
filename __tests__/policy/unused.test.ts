import { describe, expect, test } from '@jest/globals';
import type { ClientUsage, OAuthClient, UsageData } from '../../src/model.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { loadPolicy } from '../../src/policy/load.js';
import { usageCovers } from '../../src/policy/unused.js';
import {
  makeClient,
  makeOrg,
  makePolicy,
  makeRule,
  onlyChecks,
  policyErrors,
} from '../helpers/policy-builders.js';

/** The usage was read at this time: the idle window ends here. */
const READ_AT = '2026-11-25T12:00:00.000Z';
const DAY = 86_400_000;
const daysBefore = (n: number, extraMs = 0): string =>
  new Date(Date.parse(READ_AT) - n * DAY - extraMs).toISOString();
const dayBefore = (n: number): string => daysBefore(n).slice(0, 10);

function usage(entries: Record<string, ClientUsage>, from = '2026-08-27'): UsageData {
  return { from, to: READ_AT, clients: new Map(Object.entries(entries)) };
}

const OLD = '2024-01-01T00:00:00.000Z';

/** `unused-client` findings of `client` (created long ago unless it says) with this usage. */
function judge(
  client: Partial<OAuthClient>,
  entries: Record<string, ClientUsage>,
  settings = { maxIdleDays: 90, graceDays: 30 },
) {
  const c = makeClient({ id: 'c1', dateCreated: OLD, ...client });
  const policy = makePolicy({
    rules: [makeRule({ id: 'all' })],
    checks: onlyChecks({ 'unused-client': 'medium' }),
    unusedClient: settings,
  });
  const org = { ...makeOrg([c]), usage: usage(entries) };
  // The evaluation's own clock plays no part: usage is judged as of when it was read.
  return evaluate(policy, org, new Date('2030-01-01T00:00:00Z')).clients[0]!.findings;
}

describe('unused-client: judging', () => {
  test('an active client with no request in the window is unused, "never in the window"', () => {
    const [f] = judge({}, {});
    expect(f).toMatchObject({
      check: 'unused-client',
      severity: 'medium',
      rule: 'unused-client',
      subject: 'never in the window',
    });
    expect(f!.message).toBe(
      "Made no API request in the last 90 days (since 2026-08-27), yet is active: delete it if nobody needs it (Genesys Cloud's usage data lags about a day).",
    );
  });

  test('a client used in the window is not', () => {
    expect(judge({}, { c1: { lastUsed: dayBefore(3), requests: 12 } })).toEqual([]);
  });

  test('a request exactly max-idle days ago still counts; one day earlier does not', () => {
    expect(judge({}, { c1: { lastUsed: dayBefore(90), requests: 1 } })).toEqual([]);
    const [f] = judge({}, { c1: { lastUsed: dayBefore(91), requests: 1 } });
    expect(f?.subject).toBe(dayBefore(91));
    expect(f?.message).toContain(`Last made an API request on ${dayBefore(91)}, more than 90 days ago`);
  });

  test('created exactly `grace` ago is within the grace period; a moment earlier is judged', () => {
    expect(judge({ dateCreated: daysBefore(30) }, {})).toEqual([]);
    expect(judge({ dateCreated: daysBefore(30, 1) }, {})).toHaveLength(1);
    expect(judge({ dateCreated: daysBefore(2) }, {})).toEqual([]);
  });

  test('a client without a creation date is judged: its age is unknown, not young', () => {
    expect(judge({ dateCreated: undefined }, {})).toHaveLength(1);
    expect(judge({ dateCreated: 'not a date' }, {})).toHaveLength(1);
  });

  test.each(['inactive', 'disabled'])('state %j is not judged unused', (state) => {
    expect(judge({ state }, {})).toEqual([]);
  });

  test.each(['Active?', '', 'suspended'])(
    'an unknown state %j is judged: the client may still get tokens',
    (state) => {
      expect(judge({ state }, {})).toHaveLength(1);
    },
  );

  test('client IDs are compared case-insensitively', () => {
    expect(judge({ id: 'AbC-1' }, { 'abc-1': { lastUsed: dayBefore(1), requests: 1 } })).toEqual([]);
  });

  test('max-idle and grace come from the policy', () => {
    const used = { c1: { lastUsed: dayBefore(20), requests: 5 } };
    expect(judge({}, used, { maxIdleDays: 14, graceDays: 30 })).toHaveLength(1);
    expect(judge({ dateCreated: daysBefore(10) }, {}, { maxIdleDays: 90, graceDays: 7 })).toHaveLength(1);
  });

  test('off, or without usage data, no finding', () => {
    const c = makeClient({ dateCreated: OLD });
    const off = makePolicy({ rules: [makeRule()], checks: onlyChecks({}) });
    expect(evaluate(off, { ...makeOrg([c]), usage: usage({}) }, new Date()).clients[0]!.findings).toEqual([]);
    const on = makePolicy({ rules: [makeRule()], checks: onlyChecks({ 'unused-client': 'low' }) });
    expect(evaluate(on, makeOrg([c]), new Date()).clients[0]!.findings).toEqual([]);
  });

  test('usageCovers: the data must reach back over the whole idle window', () => {
    expect(usageCovers(usage({}, '2026-08-27'), { maxIdleDays: 90, graceDays: 30 })).toBe(true);
    expect(usageCovers(usage({}, '2026-08-28'), { maxIdleDays: 90, graceDays: 30 })).toBe(false);
    expect(usageCovers(usage({}, '2026-08-28'), { maxIdleDays: 60, graceDays: 30 })).toBe(true);
  });
});

describe('unused-client: the policy', () => {
  const NOW = new Date(READ_AT);
  const load = (checks: string) => loadPolicy(`version: 1\nchecks:\n${checks}\n`, 'p.yml', NOW);

  test('off unless set; set without a severity it is medium with 90d and 30d', () => {
    expect(loadPolicy('version: 1\n', 'p.yml', NOW).checks['unused-client'].severity).toBe('off');
    const p = load('  unused-client: {}');
    expect(p.checks['unused-client'].severity).toBe('medium');
    expect(p.unusedClient).toEqual({ maxIdleDays: 90, graceDays: 30 });
    expect(load('  unused-client: high').checks['unused-client'].severity).toBe('high');
  });

  test('max-idle and grace are durations in whole days', () => {
    const p = load('  unused-client: { severity: low, max-idle: 180d, grace: 7d }');
    expect(p.unusedClient).toEqual({ maxIdleDays: 180, graceDays: 7 });
    expect(load('  unused-client: { max-idle: 2592000 }').unusedClient?.maxIdleDays).toBe(30);
  });

  test.each([
    ['{ max-idle: 36h }', 'is not a whole number of days'],
    ['{ grace: 90m }', 'is not a whole number of days'],
    ['{ max-idle: 400d }', 'longer than 365d'],
    ['{ max-idle: soon }', 'max-idle'],
    ['{ max: 90d }', 'unused-client takes `max-idle`'],
    ['{ idle: 90d }', 'unknown key "idle"'],
  ])('%s is refused', (value, message) => {
    const errors = policyErrors(`version: 1\nchecks:\n  unused-client: ${value}\n`, NOW);
    expect(errors.join('\n')).toContain(message);
  });

  test('an exemption may name the check', () => {
    const p = loadPolicy(
      'version: 1\nchecks:\n  unused-client: medium\nexemptions:\n  - client: seasonal-job\n    check: unused-client\n' +
        '    reason: Seasonal job\n    owner: ops@example.com\n    expires: 2026-12-31\n',
      'p.yml',
      NOW,
    );
    const org = { ...makeOrg([makeClient({ name: 'seasonal-job', dateCreated: OLD })]), usage: usage({}) };
    const [f] = evaluate(p, org, NOW).clients[0]!.findings;
    expect(f).toMatchObject({ check: 'unused-client', exempted: true });
  });
});
