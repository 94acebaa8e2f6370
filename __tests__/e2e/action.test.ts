/**
 * End to end, as a runner does it: the committed dist/index.js in a child process, under the
 * machine's Node and under Node 24, against the sandbox over real HTTP, with the real artifact
 * client talking to a local fake of the results service.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, INJECTED_SECRET_PREFIX, type Sandbox } from '../../src/sandbox/server.js';
import { validateReport } from '../../src/report/validate.js';
import { runtimeEnv, startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.js';
import { REPO_ROOT, runAction, sandboxInputs, type RunActionResult } from './runner.js';

const SECRET = 'e2e-Secret-4f1d9c';
const CLIENT_ID = 'e2e-audit-client';
const POLICY = path.join(REPO_ROOT, 'policies', 'oauth-policy.yml');

let sandbox: Sandbox;
let artifacts: FakeArtifactService;

beforeAll(async () => {
  sandbox = await startSandbox({
    seed: 'demo',
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    injectSecrets: true,
  });
  artifacts = await startFakeArtifactService();
});

afterAll(async () => {
  await sandbox?.close();
  await artifacts?.close();
});

/** Every text the step produced: logs, outputs, summary, report files. */
function everything(run: RunActionResult): string {
  const files = readdirSafe(run.reportDir).map((f) => readFileSync(path.join(run.reportDir, f), 'utf8'));
  return [run.stdout, run.stderr, JSON.stringify(run.outputs), run.summary, ...files].join('\n');
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Secrets never appear; masked values (the token) appear only in their own `add-mask` command. */
function expectNoSecrets(run: RunActionResult): void {
  // The artifact client also masks the fake service's one-letter upload signature: not ours to check.
  const masked = run.commands
    .filter((c) => c.command === 'add-mask' && c.message.length >= 8)
    .map((c) => c.message);
  const text = everything(run)
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(INJECTED_SECRET_PREFIX);
  expect(text).not.toContain(Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64'));
  for (const value of masked) expect(text).not.toContain(value);
}

describe.each(['system', 'node24'] as const)('the bundle under %s node', (node) => {
  test('audits the demo org: fails on violations, writes outputs, summary, annotations and reports', async () => {
    const run = await runAction({
      node,
      inputs: sandboxInputs(sandbox, { sarif: 'true' }),
      policyFile: POLICY,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(Number(run.outputs.clients)).toBe(sandbox.org.clients.length);
    expect(Number(run.outputs.violations)).toBeGreaterThan(0);
    expect(Number(run.outputs.exempted)).toBe(1);

    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as unknown;
    const validated = validateReport(report);
    expect(validated.ok).toBe(true);
    if (!validated.ok) return;
    expect(validated.report.summary.violations).toBe(Number(run.outputs.violations));
    expect(validated.report.summary.findings).toBe(Number(run.outputs.findings));
    const csv = readFileSync(run.outputs['report-csv']!, 'utf8');
    expect(csv).toMatch(/^client_id,client_name,grant_type.*,created_by_id,created_by_name\r\n/);
    // What a role can really do, and who owns a client.
    const findings = validated.report.clients.flatMap((c) =>
      c.findings.map((f) => [c.name, f.check, f.subject]),
    );
    expect(findings).toContainEqual([
      'Survey Integration',
      'permission-forbidden',
      'Reporting Reader: oauth:client:edit',
    ]);
    expect(findings.filter((f) => f[1] === 'orphaned-client').map((f) => f[0])).toEqual([
      'Billing Export Job',
      'Legacy Recording Archiver',
    ]);
    const billing = validated.report.clients.find((c) => c.name === 'Billing Export Job')!;
    expect(billing.createdBy).toEqual({ id: expect.any(String), name: 'Lena Fischer' });
    expect(validated.report.clients.find((c) => c.name === 'Queue Stats Collector')!.createdBy).toBeNull();
    expect(JSON.parse(readFileSync(run.outputs['report-sarif']!, 'utf8'))).toMatchObject({
      version: '2.1.0',
    });

    expect(run.summary).toContain('Genesys Cloud OAuth client audit');
    expect(run.summary).toContain('Agent Desktop Classic');
    const errors = run.commands.filter((c) => c.command === 'error');
    expect(
      errors.some((c) => c.properties.file === 'policies/oauth-policy.yml' && Number(c.properties.line) > 1),
    ).toBe(true);
    // The failure message names the count and the worst finding.
    expect(errors.at(-1)!.message).toMatch(
      /Audit failed: \d+ violations at or above high.*critical password-grant/,
    );
    // The mask is registered before anything else is printed.
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${SECRET}`);
    expectNoSecrets(run);
  });

  test('passes with fail-on: never, and uploads the reports as one artifact', async () => {
    const name = `report-${node}`;
    const run = await runAction({
      node,
      inputs: sandboxInputs(sandbox, { 'fail-on': 'never', 'artifact-name': name, 'retention-days': '5' }),
      env: runtimeEnv(artifacts, '4242', `job-${node}`),
      policyFile: POLICY,
    });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs['artifact-id']).not.toBe('');
    expect(run.outputs['artifact-url']).toMatch(/\/actions\/runs\/\d+\/artifacts\/\d+$/);

    const stored = artifacts.artifacts.get(name);
    expect(stored).toBeDefined();
    expect([...stored!.files.keys()].sort()).toEqual(['oauth-audit.csv', 'oauth-audit.json']);
    expect(stored!.retentionDays).toBe(5);
    const uploaded = JSON.parse(stored!.files.get('oauth-audit.json')!.toString('utf8')) as unknown;
    expect(validateReport(uploaded).ok).toBe(true);
    expect(stored!.files.get('oauth-audit.json')!.toString('utf8')).toBe(
      readFileSync(run.outputs['report-json']!, 'utf8'),
    );
    const zipText = stored!.zip.toString('latin1');
    expect(zipText).not.toContain(SECRET);
    expect(zipText).not.toContain(INJECTED_SECRET_PREFIX);
    expectNoSecrets(run);
  });
});

describe('outcomes other than pass and fail', () => {
  test('validate mode needs no credentials and makes no request', async () => {
    const before = sandbox.requests.length;
    const run = await runAction({
      inputs: {
        mode: 'validate',
        'api-base-url': 'http://127.0.0.1:9',
        'login-base-url': 'http://127.0.0.1:9',
      },
      policyFile: POLICY,
    });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.summary).toContain('is valid');
    expect(sandbox.requests.length).toBe(before);
  });

  test('an invalid policy is invalid-policy, annotated at its line and column', async () => {
    const run = await runAction({
      inputs: { mode: 'validate' },
      files: {
        'policies/oauth-policy.yml': 'version: 1\nrules:\n  - id: web\n    match:\n      nmae: [x]\n',
      },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('invalid-policy');
    const error = run.commands.find(
      (c) => c.command === 'error' && c.properties.file === 'policies/oauth-policy.yml',
    );
    expect(error?.properties.line).toBe('5');
    expect(error?.properties.col).toBe('7');
    expect(run.stdout).toContain('policies/oauth-policy.yml:5:7');
    expect(run.stdout).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('the precompiled schema validator works inside the bundle (length limits use ajv runtime helpers)', async () => {
    const run = await runAction({
      inputs: { mode: 'validate' },
      files: { 'policies/oauth-policy.yml': `version: 1\nrules:\n  - id: ${'a'.repeat(120)}\n` },
    });
    expect(run.outputs.result).toBe('invalid-policy');
    expect(run.stdout).toContain('policies/oauth-policy.yml:3:9');
    expect(run.stdout).toContain('too long');
  });

  test('a wrong secret is incomplete, with advice about the region', async () => {
    const run = await runAction({
      inputs: sandboxInputs(sandbox, { 'client-secret': 'not-the-secret-123' }),
      policyFile: POLICY,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('incomplete');
    expect(run.stdout).toMatch(/invalid_client/);
    expect(run.stdout).toMatch(/region/);
    expect(everything(run).replace(/::add-mask::.*\n/g, '')).not.toContain('not-the-secret-123');
  });

  test('a missing permission is incomplete and names it', async () => {
    const limited = await startSandbox({
      seed: 'demo',
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      permissions: ['authorization:role:view'],
    });
    try {
      const run = await runAction({
        inputs: sandboxInputs(limited),
        policyFile: POLICY,
      });
      expect(run.outputs.result).toBe('incomplete');
      expect(run.stdout).toContain('oauth:client:view');
      expect(run.summary).toContain('Audit incomplete');
      expectNoSecrets(run);
    } finally {
      await limited.close();
    }
  });

  test('the two permissions the README names are enough, even for roles listed without their policies', async () => {
    const narrow = await startSandbox({
      seed: 'demo',
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      permissions: ['oauth:client:view', 'authorization:role:view'],
      omitListPermissionPolicies: true,
    });
    try {
      const run = await runAction({
        inputs: sandboxInputs(narrow, { 'fail-on': 'never' }),
        policyFile: POLICY,
      });
      expect(run.outputs.result).toBe('pass');
      expect(
        run.commands
          .filter((c) => c.command === 'warning')
          .map((c) => c.message)
          .join('\n'),
      ).not.toMatch(/could not be read/);
      const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as {
        clients: { findings: { check: string }[] }[];
      };
      expect(report.clients.flatMap((c) => c.findings).some((f) => f.check === 'permission-forbidden')).toBe(
        true,
      );
      // API calls grow with distinct granted roles, never with clients.
      const details = narrow.requests.filter((r) => /^\/api\/v2\/authorization\/roles\/./.test(r.path));
      expect(details.length).toBeLessThanOrEqual(narrow.org.roles.length);
    } finally {
      await narrow.close();
    }
  });

  test.each([
    ['a role detail', 'role', /permissions of role .* cannot be read.*forbid-permissions/s],
    ['the users batch', 'users', /creators of the clients could not be looked up.*orphaned-client/s],
  ] as const)('%s that fails is incomplete, never a pass', async (_, endpoint, message) => {
    const faulty = await startSandbox({
      seed: 'demo',
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      omitListPermissionPolicies: true,
      faults: [{ endpoint, kind: 'status', statuses: [500], times: 100 }],
    });
    try {
      const run = await runAction({
        inputs: sandboxInputs(faulty, { 'fail-on': 'never' }),
        policyFile: POLICY,
      });
      expect(run.code).not.toBe(0);
      expect(run.outputs.result).toBe('incomplete');
      expect(run.stdout).toMatch(message);
      expectNoSecrets(run);
    } finally {
      await faulty.close();
    }
  });

  test('a non-loopback http URL is refused before any request', async () => {
    const run = await runAction({
      inputs: sandboxInputs(sandbox, {
        'api-base-url': 'http://audit.invalid/',
        'login-base-url': 'http://audit.invalid/',
      }),
      policyFile: POLICY,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('invalid-input');
    // Named, but not as a link: the failure is an annotation, and a word joiner keeps `://` apart.
    expect(run.stdout).toContain('http:\u2060//audit.invalid');
  });

  test('an unknown fail-on is one clear message', async () => {
    const run = await runAction({
      inputs: sandboxInputs(sandbox, { 'fail-on': 'severe' }),
      policyFile: POLICY,
    });
    expect(run.outputs.result).toBe('invalid-input');
    const errors = run.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/fail-on/);
    expect(errors[0]!.message).toMatch(/critical, high, medium, low, info/);
  });
});
