import { describe, expect, test } from '@jest/globals';
import { ALL_CHECKS } from '../../src/policy/types.js';
import {
  buildSarif,
  FINGERPRINT_KEY,
  fingerprint,
  renderSarif,
  SECURITY_SEVERITY,
} from '../../src/report/sarif.js';
import { client, expectGolden, finding, fixtureReport, IDS, LINES, reportOf } from './fixtures.js';
import { liveLinks, linkingReport } from './github-links.js';
import { expectValidSarif } from './schemas.js';
import { WORD_JOINER as WJ } from '../../src/escape.js';

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string }[];
  properties: Record<string, string>;
}
interface Rule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  properties: { 'security-severity': string; tags: string[] };
}
interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Rule[] } };
    results: Result[];
  }[];
}

function sarif(...args: Parameters<typeof buildSarif>): Log {
  return JSON.parse(renderSarif(...args)) as Log;
}

describe('SARIF', () => {
  test('matches the golden file and the official SARIF 2.1.0 schema', () => {
    const text = renderSarif(fixtureReport(), { policyFile: 'policies/oauth-policy.yml' });
    expectValidSarif(JSON.parse(text));
    expectGolden('report.sarif', text);
  });

  test('one run, the tool driver, one rule per check with descriptions, help, severity and tags', () => {
    const log = sarif(fixtureReport());
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/^https:\/\//u);
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'genesys-oauth-audit', version: '1.2.3' });
    expect(driver.informationUri).toMatch(/^https:\/\//u);
    expect(driver.rules.map((r) => r.id)).toEqual([...ALL_CHECKS]);
    for (const r of driver.rules) {
      expect(r.shortDescription.text).not.toBe('');
      expect(r.fullDescription.text).not.toBe('');
      expect(r.help.text).not.toBe('');
      expect(Number(r.properties['security-severity'])).toBeGreaterThan(0);
      expect(r.properties.tags).toContain('security');
    }
    const rule = (id: string) => driver.rules.find((r) => r.id === id)!;
    expect(rule('password-grant').properties['security-severity']).toBe('9.5');
    expect(rule('scope-forbidden').properties['security-severity']).toBe('8.0');
    expect(rule('unmatched-client').properties['security-severity']).toBe('5.5');
    expect(rule('unknown-scope').properties['security-severity']).toBe('3.0');
    expect(rule('inactive-client').properties['security-severity']).toBe('1.0');
    expect(SECURITY_SEVERITY).toEqual({
      critical: '9.5',
      high: '8.0',
      medium: '5.5',
      low: '3.0',
      info: '1.0',
    });
  });

  test('results: level from severity, located at the policy line, rule index consistent', () => {
    const log = sarif(fixtureReport(), { policyFile: 'policies/oauth-policy.yml' });
    const { results, tool } = log.runs[0]!;
    const r = fixtureReport();
    expect(results).toHaveLength(
      r.clients.reduce((n, c) => n + c.findings.length, 0) + r.policyFindings.length,
    );
    for (const res of results) {
      expect(tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
      expect(res.locations[0]!.physicalLocation.artifactLocation.uri).toBe('policies/oauth-policy.yml');
    }
    const pw = results.find((x) => x.ruleId === 'password-grant')!;
    expect(pw.level).toBe('error');
    expect(pw.locations[0]!.physicalLocation.region.startLine).toBe(LINES.checks['password-grant']);
    expect(pw.message.text).toContain('old-password-app');
    expect(results.find((x) => x.ruleId === 'unmatched-client')!.level).toBe('warning');
    expect(results.find((x) => x.ruleId === 'inactive-client')!.level).toBe('note');
    expect(
      results.find((x) => x.ruleId === 'expired-exemption')!.locations[0]!.physicalLocation.region.startLine,
    ).toBe(LINES.exemptionExpired);
  });

  test('exempted findings are suppressed with the justification', () => {
    const results = sarif(fixtureReport()).runs[0]!.results;
    const suppressed = results.filter((x) => x.suppressions);
    expect(suppressed.map((x) => x.ruleId).sort()).toEqual(['grant-type-not-allowed', 'scope-not-allowed']);
    expect(suppressed.find((x) => x.ruleId === 'scope-not-allowed')!.suppressions).toEqual([
      {
        kind: 'external',
        state: 'accepted',
        justification: `Analytics dashboard migration, SEC-1234 (owner: team-cx@${WJ}example.com; expires: 2026-11-25)`,
      },
    ]);
  });

  test('fingerprints: stable for client, rule, check and subject; distinct otherwise; not tied to message or line', () => {
    const a = sarif(fixtureReport()).runs[0]!.results;
    const b = sarif(fixtureReport()).runs[0]!.results;
    expect(a.map((x) => x.partialFingerprints)).toEqual(b.map((x) => x.partialFingerprints));
    const prints = a.map((x) => x.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(prints).size).toBe(prints.length);
    const base = { rule: 'r', check: 'scope-forbidden' as const, subject: 's' };
    expect(fingerprint(IDS.webchat, base)).toBe(fingerprint(IDS.webchat, { ...base }));
    expect(fingerprint(IDS.webchat, base)).not.toBe(fingerprint(IDS.legacy, base));
    expect(fingerprint(IDS.webchat, base)).not.toBe(fingerprint(IDS.webchat, { ...base, subject: 't' }));
    // No ambiguity from joining: ("a b", "c") and ("a", "b c") differ.
    expect(fingerprint('a', { rule: 'b\u0000c', check: 'x' as never, subject: '' })).not.toBe(
      fingerprint('a\u0000b', { rule: 'c', check: 'x' as never, subject: '' }),
    );
    const moved = reportOf([client({ id: 'c', name: 'c' })], () => [
      finding({ line: 99, message: 'other words' }),
    ]);
    const orig = reportOf([client({ id: 'c', name: 'c' })], () => [finding()]);
    expect(sarif(moved).runs[0]!.results[0]!.partialFingerprints).toEqual(
      sarif(orig).runs[0]!.results[0]!.partialFingerprints,
    );
  });

  test('hostile names and odd policy paths still give a valid log', () => {
    const r = reportOf([client({ id: 'x"<>', name: '<script>alert(1)</script>\u0000\u202E' })], () => [
      finding({ message: 'm\r\n::error::pwned', line: 0 }),
    ]);
    const log = sarif(r, { policyFile: 'my policies/oauth policy (v2).yml' });
    expectValidSarif(log);
    const loc = log.runs[0]!.results[0]!.locations[0]!.physicalLocation;
    expect(loc.artifactLocation.uri).toBe('my%20policies/oauth%20policy%20(v2).yml');
    expect(loc.region.startLine).toBe(1);
  });

  test('messages and justifications, which code scanning renders as Markdown, mention and link nothing', () => {
    const report = linkingReport();
    const log = sarif(report);
    expectValidSarif(log);
    const results = log.runs[0]!.results;
    expect(results.some((r) => r.message.text.includes('octocat'))).toBe(true);
    for (const r of results) {
      expect(liveLinks(r.message.text, { plainText: true })).toEqual([]);
      for (const s of r.suppressions ?? [])
        expect(liveLinks(s.justification, { plainText: true })).toEqual([]);
    }
    // The exact values stay where tools read them, not where people do.
    const names = new Set(report.clients.map((c) => c.name));
    for (const r of results.filter((x) => x.properties.clientId !== '')) {
      expect(names.has(r.properties.clientName!)).toBe(true);
    }
  });

  test('an empty report is valid too', () => {
    const log = sarif(reportOf([], () => []));
    expectValidSarif(log);
    expect(log.runs[0]!.results).toEqual([]);
  });
});
