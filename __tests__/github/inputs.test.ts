import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { readInputs, toMergeSettings, toSettings, type ActionInputs } from '../../src/github/inputs.js';

const WS = path.resolve('/home/runner/work/repo/repo');
let stdout: string[];

beforeEach(() => {
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
});

/** A runner's environment: `INPUT_<NAME>` upper-cased, hyphens kept. */
function env(inputs: Record<string, string> = {}, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: WS, ...extra };
  for (const [k, v] of Object.entries(inputs)) e[`INPUT_${k.toUpperCase()}`] = v;
  return e;
}

function errorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError');
}

describe('readInputs', () => {
  test('defaults when nothing is given', () => {
    expect(readInputs(env())).toEqual({
      mode: 'audit',
      reports: undefined,
      policy: 'policies/oauth-policy.yml',
      region: undefined,
      clientId: undefined,
      clientSecret: undefined,
      apiBaseUrl: undefined,
      loginBaseUrl: undefined,
      snapshot: undefined,
      failOn: undefined,
      reportDir: 'oauth-audit-report',
      artifactName: 'oauth-audit-report',
      retentionDays: undefined,
      sarif: false,
      jobSummary: true,
      annotations: true,
      prComment: 'auto',
      comparePolicy: 'auto',
      githubToken: '',
      gate: 'all',
      previousReport: 'auto',
      workspace: WS,
    } satisfies ActionInputs);
  });

  test('every input, as a runner passes them', () => {
    const inputs = readInputs(
      env({
        mode: 'validate',
        reports: 'reports/*.json',
        policy: './security/policy.yml',
        region: 'eu-west-1',
        'client-id': ' id-123 ',
        'client-secret': 'sec',
        'api-base-url': 'http://127.0.0.1:8080',
        'login-base-url': 'http://127.0.0.1:8081',
        snapshot: 'snap.json',
        'fail-on': 'Medium',
        'report-dir': 'out/reports/',
        'artifact-name': 'audit-eu',
        'retention-days': '14',
        sarif: 'true',
        'job-summary': 'False',
        annotations: 'FALSE',
        'pr-comment': 'always',
        'compare-policy': 'never',
        'github-token': 'ghs_abc',
        gate: 'New',
        'previous-report': './old/oauth-audit.json',
      }),
    );
    expect(inputs).toEqual({
      mode: 'validate',
      reports: 'reports/*.json',
      policy: 'security/policy.yml',
      region: 'eu-west-1',
      clientId: 'id-123',
      clientSecret: 'sec',
      apiBaseUrl: 'http://127.0.0.1:8080',
      loginBaseUrl: 'http://127.0.0.1:8081',
      snapshot: 'snap.json',
      failOn: 'medium',
      reportDir: 'out/reports',
      artifactName: 'audit-eu',
      retentionDays: 14,
      sarif: true,
      jobSummary: false,
      annotations: false,
      prComment: 'always',
      comparePolicy: 'never',
      githubToken: 'ghs_abc',
      gate: 'new',
      previousReport: 'old/oauth-audit.json',
      workspace: WS,
    } satisfies ActionInputs);
  });

  test('environment fallbacks for region and credentials', () => {
    const extra = {
      GENESYS_ENVIRONMENT: 'mypurecloud.de',
      GENESYS_CLIENT_ID: 'eid',
      GENESYS_CLIENT_SECRET: 'esec',
    };
    const inputs = readInputs(env({}, extra));
    expect(inputs).toMatchObject({ region: 'mypurecloud.de', clientId: 'eid', clientSecret: 'esec' });
    const overridden = readInputs(
      env({ region: 'mypurecloud.ie', 'client-id': 'iid', 'client-secret': 'isec' }, extra),
    );
    expect(overridden).toMatchObject({ region: 'mypurecloud.ie', clientId: 'iid', clientSecret: 'isec' });
  });

  test('an explicitly empty artifact-name disables the upload', () => {
    expect(readInputs(env({ 'artifact-name': '' })).artifactName).toBe('');
    expect(readInputs(env({ 'artifact-name': '  ' })).artifactName).toBe('');
  });

  test('an absolute path inside the workspace is accepted', () => {
    expect(readInputs(env({ policy: path.join(WS, 'p.yml') })).policy).toBe('p.yml');
  });

  test('mode: merge takes fail-on and expected-reports as its settings (no report’s own gate)', () => {
    const inputs = readInputs(env({ mode: 'merge', reports: 'r/*.json', 'expected-reports': ' 3 ' }));
    expect(inputs.expectedReports).toBe(3);
    expect(toMergeSettings(inputs)).toEqual({
      failOn: undefined,
      expectedReports: 3,
      searched: `"r/*.json" under ${WS}`,
    });
    const gated = readInputs(env({ mode: 'merge', reports: 'r/*.json', 'fail-on': 'LOW' }));
    expect(toMergeSettings(gated)).toMatchObject({ failOn: 'low', expectedReports: undefined });
  });

  test('reports may go to the workspace root', () => {
    expect(readInputs(env({ 'report-dir': '.' })).reportDir).toBe('.');
  });

  test.each([
    [{ mode: 'scan' }, 'Input "mode" has an unknown value "scan". Allowed: audit, validate, merge.'],
    [
      { 'fail-on': 'severe' },
      'Input "fail-on" has an unknown value "severe". Allowed: critical, high, medium, low, info, never.',
    ],
    [{ 'pr-comment': 'yes' }, 'Input "pr-comment" has an unknown value "yes". Allowed: auto, always, never.'],
    [
      { 'compare-policy': 'always' },
      'Input "compare-policy" has an unknown value "always". Allowed: auto, never.',
    ],
    [
      { 'retention-days': '0' },
      'Input "retention-days" must be a whole number of days from 1 to 90, got "0".',
    ],
    [
      { 'retention-days': '91' },
      'Input "retention-days" must be a whole number of days from 1 to 90, got "91".',
    ],
    [
      { 'retention-days': '7.5' },
      'Input "retention-days" must be a whole number of days from 1 to 90, got "7.5".',
    ],
    [
      { 'retention-days': 'week' },
      'Input "retention-days" must be a whole number of days from 1 to 90, got "week".',
    ],
    [{ sarif: 'yes' }, 'Input "sarif" must be true or false, got "yes".'],
    [{ 'job-summary': '1' }, 'Input "job-summary" must be true or false, got "1".'],
    [{ annotations: 'on' }, 'Input "annotations" must be true or false, got "on".'],
    [{ mode: 'merge' }, 'Input "reports" is required with mode: merge (a glob of JSON reports to combine).'],
    ...['0', '-2', '2.5', 'three', '1e2', '99999999999999999999'].map(
      (v): [Record<string, string>, string] => [
        { mode: 'merge', reports: '*.json', 'expected-reports': v },
        `Input "expected-reports" must be a whole number, 1 or more (the number of orgs in the matrix), got "${v}".`,
      ],
    ),
    [{ 'artifact-name': 'a/b' }, 'Input "artifact-name" ("a/b") must not contain "/".'],
  ])('%j → one clear message', (inputs, message) => {
    expect(errorOf(() => readInputs(env(inputs))).message).toBe(message);
  });

  test.each([
    ['policy', '../other/policy.yml'],
    ['policy', '/etc/passwd'],
    ['policy', 'policies/../../x.yml'],
    ['policy', '.'],
    ['report-dir', '..'],
    ['report-dir', '/tmp/out'],
    ['report-dir', 'a/../../b'],
  ])('%s %j escaping the workspace is refused', (name, value) => {
    const message = errorOf(() => readInputs(env({ [name]: value }))).message;
    expect(message).toBe(
      `Input "${name}" ("${value}") must be a path inside the workspace (${WS}), relative to it.`,
    );
  });

  test('the client secret is masked before anything else, even when an input is invalid', () => {
    expect(() => readInputs(env({ 'client-secret': 's3cr3t-value', mode: 'bogus' }))).toThrow(UserError);
    expect(stdout[0]).toBe(`::add-mask::s3cr3t-value${'\n'}`);
  });

  test('the secret from the environment and the github token are masked too', () => {
    readInputs(env({ 'github-token': 'ghs_token1' }, { GENESYS_CLIENT_SECRET: 'from-env' }));
    expect(stdout).toEqual(['::add-mask::from-env\n', '::add-mask::ghs_token1\n']);
  });

  test('no secret, nothing masked', () => {
    readInputs(env());
    expect(stdout).toEqual([]);
  });
});

describe('toSettings', () => {
  const now = new Date('2026-11-02T10:00:00Z');

  test('api source from the region, limits from the environment', () => {
    const inputs = readInputs(
      env({ region: 'eu_west_1', 'client-id': 'id', 'client-secret': 'sec', 'fail-on': 'low' }),
    );
    const settings = toSettings(inputs, { now, env: { GENESYS_AUDIT_MAX_RETRIES: '2' } });
    expect(settings).toEqual({
      policyPath: path.join(WS, 'policies/oauth-policy.yml'),
      policyDisplayPath: 'policies/oauth-policy.yml',
      failOn: 'low',
      now,
      gate: 'all',
      source: {
        kind: 'api',
        region: 'mypurecloud.ie',
        apiBaseUrl: 'https://api.mypurecloud.ie',
        loginBaseUrl: 'https://login.mypurecloud.ie',
        clientId: 'id',
        clientSecret: 'sec',
        limits: { ...DEFAULT_LIMITS, maxRetries: 2 },
      },
    });
  });

  test('default region, and base URL overrides (the sandbox)', () => {
    const creds = { 'client-id': 'id', 'client-secret': 'sec' };
    expect(toSettings(readInputs(env(creds)), { now, env: {} }).source).toMatchObject({
      region: 'mypurecloud.com',
      apiBaseUrl: 'https://api.mypurecloud.com',
    });
    const sandbox = readInputs(env({ ...creds, 'api-base-url': 'http://127.0.0.1:9000/' }));
    expect(toSettings(sandbox, { now, env: {} }).source).toMatchObject({
      region: 'custom',
      apiBaseUrl: 'http://127.0.0.1:9000',
      loginBaseUrl: 'http://127.0.0.1:9000',
    });
  });

  test('a snapshot needs no credentials', () => {
    const settings = toSettings(readInputs(env({ snapshot: 'snapshots/org.json' })), { now, env: {} });
    expect(settings.source).toEqual({ kind: 'snapshot', path: path.join(WS, 'snapshots/org.json') });
  });

  test('validate needs no credentials', () => {
    const settings = toSettings(readInputs(env({ mode: 'validate' })), { now, env: {} });
    expect(settings.source).toMatchObject({ kind: 'api', clientId: '', clientSecret: '' });
  });

  test('missing credentials in audit mode name the secrets to set', () => {
    const none = errorOf(() => toSettings(readInputs(env()), { now, env: {} })).message;
    expect(none).toContain(
      'client-id (secret GENESYS_CLIENT_ID) and client-secret (secret GENESYS_CLIENT_SECRET)',
    );
    const noSecret = errorOf(() =>
      toSettings(readInputs(env({ 'client-id': 'x' })), { now, env: {} }),
    ).message;
    expect(noSecret).toMatch(/^Missing credentials: client-secret \(secret GENESYS_CLIENT_SECRET\)\./);
  });

  test('plain http to a non-loopback host is refused', () => {
    const inputs = readInputs(
      env({ 'client-id': 'i', 'client-secret': 's', 'api-base-url': 'http://proxy.corp' }),
    );
    expect(errorOf(() => toSettings(inputs, { now, env: {} })).message).toContain('api-base-url');
  });

  test('an unknown region is an input error', () => {
    const inputs = readInputs(env({ region: 'mars-1', 'client-id': 'i', 'client-secret': 's' }));
    expect(errorOf(() => toSettings(inputs, { now, env: {} })).message).toContain('mars-1');
  });

  test('a malformed limit is an input error', () => {
    const inputs = readInputs(env({ 'client-id': 'i', 'client-secret': 's' }));
    const message = errorOf(() =>
      toSettings(inputs, { now, env: { GENESYS_AUDIT_MAX_RETRIES: 'many' } }),
    ).message;
    expect(message).toContain('GENESYS_AUDIT_MAX_RETRIES');
  });
});
