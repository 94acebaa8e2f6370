import { describe, expect, test } from '@jest/globals';
import { planAnnotations } from '../../src/report/annotations.js';
import { client, finding, fixtureReport, LINES, reportOf } from './fixtures.js';
import { liveLinks, linkingReport } from './github-links.js';
import { HOSTILE_NAMES, LINKING_NAMES } from './hostile.js';

describe('planAnnotations', () => {
  test('violations grouped per rule and check at the policy line, most severe first', () => {
    const list = planAnnotations(fixtureReport(), 'policies/oauth-policy.yml');
    const errors = list.filter((a) => a.level === 'error');
    expect(errors[0]).toEqual({
      level: 'error',
      title: 'critical: password-grant',
      message: 'Resource-owner password grant: 1 finding (critical) on 1 client: "old-password-app".',
      file: 'policies/oauth-policy.yml',
      line: LINES.checks['password-grant'],
    });
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)!.message).toMatch(/^6 more groups of violations/u);
    expect(errors.slice(0, -1).every((a) => a.file === 'policies/oauth-policy.yml')).toBe(true);
    // Exempted findings are not annotated.
    expect(list.some((a) => a.title.includes('scope-not-allowed'))).toBe(false);
  });

  test('all groups when the cap allows; warnings as warnings; findings below fail-on as grouped notices', () => {
    const list = planAnnotations(fixtureReport(), 'policies/oauth-policy.yml', { maxPerLevel: 50 });
    expect(list.filter((a) => a.level === 'error').map((a) => a.title)).toEqual([
      'critical: password-grant',
      'high: implicit-grant',
      'high: insecure-redirect-uri',
      'high: web-messaging / missing-scope',
      'high: web-messaging / redirect-host-not-allowed',
      'high: web-messaging / redirect-scheme-not-allowed',
      'high: web-messaging / scope-forbidden',
      'high: web-messaging / token-lifetime',
      'high: web-messaging / too-many-scopes',
      'high: integrations / all-divisions-role',
      'high: integrations / missing-role',
      'high: integrations / permission-forbidden',
      'high: integrations / role-forbidden',
      'high: integrations / role-not-allowed',
      'high: integrations / too-many-roles',
    ]);
    expect(list.filter((a) => a.level === 'warning')).toEqual([
      {
        level: 'warning',
        title: 'OAuth policy warning',
        message: 'Scope foo:bar matches no known Genesys scope.',
        file: 'policies/oauth-policy.yml',
        line: 27,
        col: 9,
      },
      {
        level: 'warning',
        title: 'OAuth policy warning',
        message: 'Rule old-widgets matched no client.',
        file: 'policies/oauth-policy.yml',
        line: 45,
        col: 5,
      },
    ]);
    const notices = list.filter((a) => a.level === 'notice');
    const unmatched = notices.find((a) => a.title === 'medium: unmatched-client')!;
    expect(unmatched.message).toBe(
      'No rule matches the client: 2 findings (medium) on 2 clients: "old-password-app", "mystery-device".',
    );
    expect(unmatched.line).toBe(LINES.checks['unmatched-client']);
    const expired = notices.find((a) => a.title === 'low: expired-exemption')!;
    expect(expired).toMatchObject({
      line: LINES.exemptionExpired,
      message: 'Expired exemption: 1 finding (low): "webchat-*".',
    });
  });

  test('the policy path the workflow knows replaces the report path', () => {
    const list = planAnnotations(fixtureReport(), './config/policy.yml', { maxPerLevel: 50 });
    expect(new Set(list.map((a) => a.file))).toEqual(new Set(['./config/policy.yml']));
  });

  test('many clients: the count and the first few names', () => {
    const clients = HOSTILE_NAMES.map((name, i) => client({ id: `id-${i}`, name }));
    const [a] = planAnnotations(
      reportOf(clients, () => [finding(), finding({ subject: 'x' })]),
      'p.yml',
    );
    expect(a!.message).toMatch(
      /^A granted scope is forbidden: 30 findings \(high\) on 15 clients: .* and 10 more\.$/u,
    );
    expect(a!.message).not.toMatch(/[\u0000-\u001f\u202e]/u);
    expect(a!.message.length).toBeLessThan(600);
  });

  test('no mention, reference or link from the data in any message or title', () => {
    const list = planAnnotations(linkingReport(), 'p.yml', { maxPerLevel: 50 });
    expect(list.length).toBeGreaterThan(10);
    expect(list.some((a) => a.message.includes('octocat'))).toBe(true);
    for (const a of list) {
      expect(liveLinks(a.message, { plainText: true })).toEqual([]);
      expect(liveLinks(a.title, { plainText: true })).toEqual([]);
    }
    // Clients named only with linking text, and subjects of policy findings too.
    const clients = LINKING_NAMES.map((name, i) => client({ id: `id-${i}`, name }));
    const [a] = planAnnotations(
      reportOf(clients, (_c, i) => [finding({ subject: LINKING_NAMES[i]!, rule: LINKING_NAMES[i]! })]),
      'p.yml',
      { namesPerGroup: 50 },
    );
    expect(a!.message).toContain('octocat');
    expect(liveLinks(a!.message, { plainText: true })).toEqual([]);
    expect(liveLinks(a!.title, { plainText: true })).toEqual([]);
  });

  test('nothing to say, nothing planned', () => {
    expect(
      planAnnotations(
        reportOf([client({ id: 'a', name: 'a' })], () => []),
        'p.yml',
      ),
    ).toEqual([]);
  });
});
