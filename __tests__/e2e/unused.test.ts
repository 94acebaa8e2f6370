/**
 * `unused-client` end to end: the bundle, as a runner starts it, against the sandbox's usage query,
 * with the example policy (which turns the check on).
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateReport } from '../../src/report/validate.js';
import { startSandbox, type FaultSpec, type Sandbox } from '../../src/sandbox/server.js';
import { REPO_ROOT, runAction, sandboxInputs } from './runner.js';

const POLICY = path.join(REPO_ROOT, 'policies', 'oauth-policy.yml');
const UNUSED = ['Web Messaging Legacy Widget', 'Legacy Recording Archiver', 'Survey Integration'];

const open: Sandbox[] = [];
afterEach(async () => {
  for (const sb of open.splice(0)) await sb.close();
});

async function demo(faults: FaultSpec[] = []): Promise<Sandbox> {
  const sb = await startSandbox({ seed: 'demo', faults });
  open.push(sb);
  return sb;
}

describe('unused-client on the bundle', () => {
  test('the demo: three unused clients, and lastUsed and requests for every client', async () => {
    const sb = await demo();
    const run = await runAction({ inputs: sandboxInputs(sb, { 'fail-on': 'never' }), policyFile: POLICY });
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as unknown;
    const validated = validateReport(report);
    expect(validated.ok).toBe(true);
    if (!validated.ok) return;
    const clients = validated.report.clients;
    const unused = clients.filter((c) => c.findings.some((f) => f.check === 'unused-client'));
    expect(unused.map((c) => c.name)).toEqual(UNUSED);
    expect(unused[0]!.findings.find((f) => f.check === 'unused-client')!.message).toContain(
      "Genesys Cloud's usage data lags about a day",
    );
    expect(clients.every((c) => c.requests !== undefined && c.lastUsed !== undefined)).toBe(true);
    const csv = readFileSync(run.outputs['report-csv']!, 'utf8').split('\r\n');
    expect(csv[0]!.endsWith(',last_used,requests,created_by_id,created_by_name')).toBe(true);
    // The usage query: three windows of a month, each posted once.
    expect(sb.requests.filter((r) => r.method === 'POST' && r.path === '/api/v2/usage/query')).toHaveLength(
      3,
    );
  });

  test('a usage query that fails is incomplete, saying what to do', async () => {
    const sb = await demo([{ endpoint: 'usage-results', kind: 'query-failed' }]);
    const run = await runAction({ inputs: sandboxInputs(sb), policyFile: POLICY });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('incomplete');
    expect(run.stdout).toMatch(/usage query for \S+ ended with status Failed/);
    expect(run.stdout).toContain('checks.unused-client');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  test('a usage query that keeps running: one line per wait, then incomplete at the timeout', async () => {
    const sb = await demo([{ endpoint: 'usage-results', kind: 'query-running' }]);
    const run = await runAction({
      inputs: sandboxInputs(sb),
      policyFile: POLICY,
      env: { GENESYS_AUDIT_USAGE_POLL_MS: '200', GENESYS_AUDIT_USAGE_TIMEOUT: '1' },
    });
    expect(run.outputs.result).toBe('incomplete');
    expect(run.stdout).toMatch(/Waiting for Genesys Cloud's usage query \(running, \d+ s so far\)…/);
    expect(run.stdout).toContain("Genesys Cloud's usage query was still running after 1 s");
    expect(run.stdout).toContain('GENESYS_AUDIT_USAGE_TIMEOUT');
  });

  test('a bad GENESYS_AUDIT_USAGE_TIMEOUT is invalid-input', async () => {
    const sb = await demo();
    const run = await runAction({
      inputs: sandboxInputs(sb),
      policyFile: POLICY,
      env: { GENESYS_AUDIT_USAGE_TIMEOUT: 'soon' },
    });
    expect(run.outputs.result).toBe('invalid-input');
    expect(run.stdout).toContain(
      'GENESYS_AUDIT_USAGE_TIMEOUT must be whole seconds or a duration such as 10m',
    );
  });
});
