/**
 * Every action input given a bad value: one clear message that names the input, `invalid-input`,
 * exit 1 — decided before any request, so the sandbox (the only server the run could reach) sees
 * nothing, and the run is over as soon as Node has started.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { REPO_ROOT, inputEnvName } from '../e2e/runner.js';
import { CLIENT_ID, SECRET, errorMessages, expectOutcome, runAdversarial, sandboxInputs } from './harness.js';

/** Written at the default path, so that a `policy` input pointing elsewhere finds nothing there. */
const POLICY_FILES = {
  'policies/oauth-policy.yml': readFileSync(path.join(REPO_ROOT, 'policies', 'oauth-policy.yml')),
};
/** Node start-up plus input checks, with room for a busy machine. */
const NO_NETWORK_MS = 8_000;
const PASSWORD_IN_URL = 'hunter2-Pw-9f3kQ';
/** The start of a file given as the snapshot. */
const LEAKY = 'LeakyFileStart';

interface BadInput {
  /** Input names and values; `env` values bypass the harness (it would copy an absolute policy in). */
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** More workspace files. */
  files?: Record<string, string>;
  /** The input the message must name. */
  names: string;
  /** More the message must say. */
  says?: RegExp;
  /** The outcome, when not `invalid-input`: a policy file that cannot be read is the policy's. */
  outcome?: 'invalid-policy';
}

const BAD: [string, BadInput][] = [
  ['an unknown mode', { inputs: { mode: 'audit-all' }, names: 'mode', says: /audit, validate, merge/ }],
  [
    'fail-on: severe',
    { inputs: { 'fail-on': 'severe' }, names: 'fail-on', says: /critical, high, medium, low, info/ },
  ],
  ['retention-days: 0', { inputs: { 'retention-days': '0' }, names: 'retention-days', says: /1 to 90/ }],
  ['retention-days: 91', { inputs: { 'retention-days': '91' }, names: 'retention-days', says: /1 to 90/ }],
  ['retention-days: abc', { inputs: { 'retention-days': 'abc' }, names: 'retention-days' }],
  ['retention-days: 1e1', { inputs: { 'retention-days': '1e1' }, names: 'retention-days' }],
  ['sarif: maybe', { inputs: { sarif: 'maybe' }, names: 'sarif', says: /true or false/ }],
  ['job-summary: yes', { inputs: { 'job-summary': 'yes' }, names: 'job-summary' }],
  ['annotations: 1', { inputs: { annotations: '1' }, names: 'annotations' }],
  [
    'pr-comment: sometimes',
    { inputs: { 'pr-comment': 'sometimes' }, names: 'pr-comment', says: /auto, always, never/ },
  ],
  ['compare-policy: perhaps', { inputs: { 'compare-policy': 'perhaps' }, names: 'compare-policy' }],
  ['gate: newest', { inputs: { gate: 'newest' }, names: 'gate', says: /all, new/ }],
  [
    'a previous-report above the workspace',
    {
      inputs: { 'previous-report': '../old/oauth-audit.json' },
      names: 'previous-report',
      says: /inside the workspace/,
    },
  ],
  ['artifact-name with a slash', { inputs: { 'artifact-name': 'a/b' }, names: 'artifact-name' }],
  [
    'a policy path above the workspace',
    { inputs: { policy: '../x.yml' }, names: 'policy', says: /inside the workspace/ },
  ],
  [
    'an absolute policy path outside the workspace',
    { env: { [inputEnvName('policy')]: '/etc/passwd' }, names: 'policy', says: /inside the workspace/ },
  ],
  ['a report-dir above the workspace', { inputs: { 'report-dir': '../../tmp/out' }, names: 'report-dir' }],
  [
    'a missing policy file',
    {
      inputs: { policy: 'policies/missing.yml' },
      names: 'policies/missing.yml',
      says: /not found/,
      outcome: 'invalid-policy',
    },
  ],
  [
    'a non-loopback http api-base-url',
    { inputs: { 'api-base-url': 'http://audit.invalid/' }, names: 'api-base-url', says: /https/ },
  ],
  [
    'a non-loopback http login-base-url',
    { inputs: { 'login-base-url': 'http://login.audit.invalid/' }, names: 'login-base-url', says: /https/ },
  ],
  ['a region that is not Genesys', { inputs: { region: 'example.com' }, names: 'region' }],
  ['a region key that does not exist', { inputs: { region: 'eu-west-9' }, names: 'region' }],
  [
    'an https api-base-url with userinfo',
    {
      inputs: { 'api-base-url': `https://audit:${PASSWORD_IN_URL}@audit.invalid/` },
      names: 'api-base-url',
      says: /credentials/,
    },
  ],
  [
    'a region URL with userinfo',
    { inputs: { region: `https://audit:${PASSWORD_IN_URL}@api.mypurecloud.com` }, names: 'region' },
  ],
  ['an ftp api-base-url', { inputs: { 'api-base-url': 'ftp://audit.invalid/' }, names: 'api-base-url' }],
  ['mode: merge without reports', { inputs: { mode: 'merge' }, names: 'reports' }],
  [
    'expected-reports that is not a count',
    { inputs: { mode: 'merge', reports: '*.json', 'expected-reports': 'all' }, names: 'expected-reports' },
  ],
  ['a malformed limit', { env: { GENESYS_AUDIT_MAX_RETRIES: 'lots' }, names: 'GENESYS_AUDIT_MAX_RETRIES' }],
  ['no client secret', { inputs: { 'client-secret': '' }, names: 'client-secret' }],
  [
    'a report-dir that is a file',
    { inputs: { 'report-dir': 'policies/oauth-policy.yml' }, names: 'report-dir', says: /is a file/ },
  ],
  [
    'a report-dir under a file',
    { inputs: { 'report-dir': 'policies/oauth-policy.yml/out' }, names: 'report-dir', says: /is a file/ },
  ],
  [
    // The file is read, but its content must not be quoted back into the log.
    'a snapshot that is not JSON',
    { inputs: { snapshot: 'notes.txt' }, files: { 'notes.txt': `${LEAKY}=private\n` }, names: 'snapshot' },
  ],
];

describe('a bad input is refused before any request', () => {
  test.concurrent.each(BAD)('%s', async (_name, bad) => {
    // A sandbox of its own: any request the run made would be in its log.
    const sandbox: Sandbox = await startSandbox({
      seed: 'demo',
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      injectSecrets: true,
    });
    let run;
    try {
      run = await runAdversarial({
        inputs: sandboxInputs(sandbox, bad.inputs),
        env: bad.env,
        files: { ...POLICY_FILES, ...bad.files },
        extraSecrets: [PASSWORD_IN_URL, LEAKY.slice(0, 5)],
        timeoutMs: 20_000,
      });
    } finally {
      await sandbox.close();
    }
    expectOutcome(run, bad.outcome ?? 'invalid-input');
    expect(run.ms).toBeLessThan(NO_NETWORK_MS);
    const errors = errorMessages(run);
    // One message, or the policy annotation and the step's failure saying the same thing.
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.length).toBeLessThanOrEqual(2);
    for (const message of errors) {
      expect(message).toContain(bad.names);
      if (bad.says) expect(message).toMatch(bad.says);
    }
    expect(run.summary).toContain(bad.outcome === 'invalid-policy' ? 'Invalid policy' : 'Invalid input');
    expect(sandbox.requests).toEqual([]);
  });
});

describe('mode: validate', () => {
  test('with a bad input is refused the same way', async () => {
    const run = await runAdversarial({
      inputs: { mode: 'validate', 'retention-days': '91' },
      files: POLICY_FILES,
      timeoutMs: 20_000,
    });
    expectOutcome(run, 'invalid-input');
    expect(errorMessages(run)).toHaveLength(1);
    expect(errorMessages(run)[0]).toContain('retention-days');
  });
});

describe('a path that a symbolic link leads out of the workspace is refused', () => {
  /** In the step's environment: reading /proc/self/environ would put it in a message. */
  const MARKER = 'AdvEnvMarker-8c2f0';
  const policyText = POLICY_FILES['policies/oauth-policy.yml'];

  interface LinkCase {
    inputs?: Record<string, string>;
    /** Workspace path → link target; `OUT` stands for a folder outside the workspace. */
    links: Record<string, string>;
    /** Files in the outside folder. */
    outsideFiles?: Record<string, string | Buffer>;
    names: string;
  }
  const CASES: [string, LinkCase][] = [
    [
      'the policy linked to /proc/self/environ',
      { links: { 'policies/oauth-policy.yml': '/proc/self/environ' }, names: 'policy' },
    ],
    [
      'the policy linked to /proc/self/environ, mode validate',
      {
        inputs: { mode: 'validate' },
        links: { 'policies/oauth-policy.yml': '/proc/self/environ' },
        names: 'policy',
      },
    ],
    [
      'the policy linked to a valid policy outside',
      {
        links: { 'policies/oauth-policy.yml': 'OUT/p.yml' },
        outsideFiles: { 'p.yml': policyText },
        names: 'policy',
      },
    ],
    [
      'a policy folder linked outside',
      { links: { policies: 'OUT' }, outsideFiles: { 'oauth-policy.yml': policyText }, names: 'policy' },
    ],
    [
      'the snapshot linked outside',
      {
        inputs: { snapshot: 'org.json' },
        links: { 'org.json': 'OUT/org.json' },
        outsideFiles: { 'org.json': '{}' },
        names: 'snapshot',
      },
    ],
    [
      'the report-dir linked outside',
      { inputs: { 'report-dir': 'out' }, links: { out: 'OUT' }, names: 'report-dir' },
    ],
    [
      'a report-dir under a folder linked outside',
      { inputs: { 'report-dir': 'linked/reports/today' }, links: { linked: 'OUT' }, names: 'report-dir' },
    ],
    [
      'a report matched by the merge glob linked outside',
      {
        inputs: { mode: 'merge', reports: 'reports/*.json' },
        links: { 'reports/a.json': 'OUT/a.json' },
        outsideFiles: { 'a.json': '{}' },
        names: 'reports/a.json',
      },
    ],
  ];

  test.concurrent.each(CASES)('%s', async (_name, c) => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-ws-'));
    const outside = mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-outside-'));
    for (const [rel, content] of Object.entries(c.outsideFiles ?? {}))
      writeFileSync(path.join(outside, rel), content);
    if (!Object.keys(c.links).some((l) => l.startsWith('policies'))) {
      mkdirSync(path.join(workspace, 'policies'));
      writeFileSync(path.join(workspace, 'policies', 'oauth-policy.yml'), policyText);
    }
    for (const [rel, target] of Object.entries(c.links)) {
      mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
      symlinkSync(target.replace(/^OUT/, outside), path.join(workspace, rel));
    }
    const before = readdirSync(outside).sort();
    const sandbox = await startSandbox({ seed: 'demo', clientId: CLIENT_ID, clientSecret: SECRET });
    let run;
    try {
      run = await runAdversarial({
        inputs: sandboxInputs(sandbox, c.inputs),
        env: { ADV_MARKER: MARKER },
        workspace,
        extraSecrets: [MARKER],
        timeoutMs: 20_000,
      });
    } finally {
      await sandbox.close();
    }
    expectOutcome(run, 'invalid-input');
    const errors = errorMessages(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(c.names);
    expect(errors[0]).toMatch(
      /resolves to .*, outside the workspace .*a symbolic link may not lead out of it/,
    );
    expect(run.summary).toContain('Invalid input');
    expect(sandbox.requests).toEqual([]);
    // Nothing was written through the link.
    expect(readdirSync(outside).sort()).toEqual(before);
  });
});

describe('a policy that is not a regular file is refused at once', () => {
  test('a FIFO', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-ws-'));
    mkdirSync(path.join(workspace, 'policies'));
    execFileSync('mkfifo', [path.join(workspace, 'policies', 'oauth-policy.yml')]);
    const run = await runAdversarial({ inputs: { mode: 'validate' }, workspace, timeoutMs: 20_000 });
    expectOutcome(run, 'invalid-input');
    expect(run.ms).toBeLessThan(NO_NETWORK_MS);
    expect(errorMessages(run).at(-1)).toMatch(/policy.*a FIFO, not a regular file/);
  });
});
