/**
 * Since the last run, end to end: the bundle run night after night against the sandbox, with the
 * org changed in between. The first run uploads its report artifact to the fake results service;
 * the next finds it through a fake GitHub API (workflow runs, artifact listing, the zip download)
 * and reports what changed; `gate: new` passes the old backlog and fails on a new violation.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSeed } from '../../src/sandbox/server.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { validateReport } from '../../src/report/validate.js';
import type { AuditReport } from '../../src/report/types.js';
import { runtimeEnv, startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.js';
import { startFakeGitHubApi, type FakeGitHubApi, type FakeWorkflowRun } from '../fakes/github-api.js';
import { makeZip } from '../helpers/zip.js';
import { REPO_ROOT, runAction, sandboxInputs, type RunActionResult } from './runner.js';

const POLICY = path.join(REPO_ROOT, 'policies', 'oauth-policy.yml');
const ARTIFACT = 'oauth-audit-report';
const FIRST_RUN = 1001;

let before: Sandbox; // the org on the first night
let after: Sandbox; // the org on the next: one more client, with critical findings
let artifacts: FakeArtifactService;
let github: FakeGitHubApi;
let added: { id: string; name: string };
let first: RunActionResult;
/** The artifact of the first night. */
let firstZip: Buffer;

/** The environment of a scheduled run of `.github/workflows/oauth-audit.yml` on main. */
function nightly(runId: number): Record<string, string> {
  return {
    ...runtimeEnv(artifacts, String(runId), 'job-1'),
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/oauth-audit.yml@refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: String(runId),
  };
}

function reportOf(run: RunActionResult): AuditReport {
  const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as unknown;
  const checked = validateReport(report);
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return checked.report;
}

beforeAll(async () => {
  const demo = parseSeed('demo');
  // The client that appears between the two nights: a password-grant client (critical).
  const index = demo.clients.findIndex((c) => c.authorizedGrantType === 'PASSWORD');
  expect(index).toBeGreaterThanOrEqual(0);
  added = { id: String(demo.clients[index]!.id), name: String(demo.clients[index]!.name) };
  before = await startSandbox({ seed: { ...demo, clients: demo.clients.filter((_, i) => i !== index) } });
  after = await startSandbox({ seed: 'demo' });
  artifacts = await startFakeArtifactService();
  github = await startFakeGitHubApi({});

  // The first night, with `fail-on: never` (the way to adopt the audit): a successful run whose
  // artifact the next nights compare with.
  first = await runAction({
    inputs: sandboxInputs(before, { 'fail-on': 'never', gate: 'new' }),
    env: nightly(FIRST_RUN),
    event: { name: 'schedule', payload: {} },
    policyFile: POLICY,
  });
  const stored = artifacts.artifacts.get(ARTIFACT);
  if (!stored) throw new Error(`no artifact uploaded:\n${first.stdout}\n${first.stderr}`);
  firstZip = stored.zip;
  github = await restartGitHub(stored.zip);
}, 120_000);

/** The fake GitHub API with the first night's run (and `newer` runs, each with its own artifact). */
async function restartGitHub(
  zip: Buffer,
  newer: { run: FakeWorkflowRun; zip: Buffer }[] = [],
): Promise<FakeGitHubApi> {
  await github.close();
  return startFakeGitHubApi({
    workflowRuns: {
      'oauth-audit.yml': [
        ...newer.map((n) => n.run),
        { id: FIRST_RUN, branch: 'main', conclusion: 'success' },
      ],
    },
    artifacts: {
      [FIRST_RUN]: [{ id: 77, name: ARTIFACT, zip }],
      ...Object.fromEntries(newer.map((n, i) => [n.run.id, [{ id: 90 + i, name: ARTIFACT, zip: n.zip }]])),
    },
  });
}

afterAll(async () => {
  await Promise.all([before?.close(), after?.close(), artifacts?.close(), github?.close()]);
});

describe('since the last run, on the bundle', () => {
  test('the first night has nothing to compare with: a note, and gate: new judges every violation', () => {
    expect(first.code).toBe(0);
    expect(first.outputs['new-violations']).toBe('');
    expect(first.outputs.resolved).toBe('');
    expect(first.stdout).toContain(
      'No comparison with a previous run: oauth-audit.yml has no earlier successful run on branch main.',
    );
    expect(first.commands.filter((c) => c.command === 'warning' && /previous/.test(c.message))).toEqual([]);
    expect(reportOf(first).gate).toMatchObject({ mode: 'all', ignored: 0 });
  });

  test('gate: new passes the same org whose only violations are old, and says how many it ignored', async () => {
    const run = await runAction({
      inputs: sandboxInputs(before, { gate: 'new' }),
      env: nightly(FIRST_RUN + 1),
      event: { name: 'schedule', payload: {} },
      policyFile: POLICY,
    });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    const violations = Number(run.outputs.violations);
    expect(violations).toBeGreaterThan(0);
    expect(run.outputs['new-violations']).toBe('0');
    expect(run.outputs.resolved).toBe('0');
    const report = reportOf(run);
    expect(report.changes).toMatchObject({
      previous: { runUrl: `https://github.com/octo-org/octo-repo/actions/runs/${FIRST_RUN}` },
      new: [],
      clientsAdded: [],
      clientsRemoved: [],
    });
    expect(report.gate).toEqual({
      mode: 'new',
      ignored: violations,
      note: expect.stringContaining(`ignored ${violations} violations`),
    });
    expect(run.stdout).toContain(`Audit passed: no new violation since the previous run`);
    // The download went through the redirect to the blob URL, as GitHub serves artifacts.
    expect(github.requests.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        '/repos/octo-org/octo-repo/actions/workflows/oauth-audit.yml/runs',
        `/repos/octo-org/octo-repo/actions/runs/${FIRST_RUN}/artifacts`,
        '/repos/octo-org/octo-repo/actions/artifacts/77/zip',
        '/blob/artifact-77.zip',
      ]),
    );
  });

  test.each(['system', 'node24'] as const)(
    'under %s node, the changed org shows in the report and the outputs, and gate: new fails on the new violation',
    async (node) => {
      const run = await runAction({
        node,
        inputs: sandboxInputs(after, { gate: 'new' }),
        env: nightly(FIRST_RUN + 2),
        event: { name: 'workflow_dispatch', payload: {} },
        policyFile: POLICY,
      });
      expect(run.code).toBe(1);
      expect(run.outputs.result).toBe('fail');
      const report = reportOf(run);
      expect(report.changes!.clientsAdded).toEqual([added]);
      expect(report.changes!.new.length).toBeGreaterThan(0);
      expect(new Set(report.changes!.new.map((f) => f.clientId))).toEqual(new Set([added.id]));
      expect(report.changes!.new[0]!.severity).toBe('critical');
      expect(run.outputs['new-violations']).toBe(String(report.changes!.new.length));
      expect(Number(run.outputs.violations)).toBe(report.summary.violations);
      expect(report.gate!.ignored).toBe(report.summary.violations - report.changes!.new.length);
      const failed = run.commands.find((c) => c.command === 'error' && c.message.startsWith('Audit failed'));
      expect(failed?.message).toMatch(
        /^Audit failed: \d+ new violations? at or above high since the previous run; \d+ older/,
      );
      // The job summary's headline counts what failed the run, the new violations, as the log does.
      const fresh = report.changes!.new.length;
      expect(run.summary).toContain(
        `new violation${fresh === 1 ? '' : 's'}** at or above <code>high</code> since the last run`,
      );
      expect(run.summary).toContain(`### Clients with violations (${report.summary.clientsFailing})`);
    },
  );

  test('gate: all (the default) still fails on the backlog, and still reports what changed', async () => {
    const run = await runAction({
      inputs: sandboxInputs(after),
      env: nightly(FIRST_RUN + 3),
      event: { name: 'schedule', payload: {} },
      policyFile: POLICY,
    });
    expect(run.code).toBe(1);
    expect(Number(run.outputs['new-violations'])).toBeGreaterThan(0);
    expect(reportOf(run).gate).toBeUndefined();
  });

  test('a previous artifact that is not a zip is a warning, and gate: new judges every violation', async () => {
    github = await restartGitHub(Buffer.from('PK\u0003\u0004 this is not really a zip'));
    const run = await runAction({
      inputs: sandboxInputs(before, { gate: 'new' }),
      env: nightly(FIRST_RUN + 4),
      event: { name: 'schedule', payload: {} },
      policyFile: POLICY,
    });
    expect(run.code).toBe(1);
    expect(run.outputs['new-violations']).toBe('');
    const warning = run.commands.find((c) => c.command === 'warning' && c.message.includes('No comparison'));
    expect(warning?.message).toContain('not a readable zip archive');
    expect(reportOf(run).gate).toMatchObject({
      mode: 'all',
      note: expect.stringContaining('judged every violation'),
    });
  });

  test('a newer run of a pull request from a fork branch named main cannot supply the previous report', async () => {
    // The fork's workflow uploaded a report that already lists every violation of the changed org.
    const poisoned = await runAction({
      inputs: sandboxInputs(after, { 'fail-on': 'never', 'artifact-name': '' }),
      env: nightly(FIRST_RUN + 5),
      event: { name: 'schedule', payload: {} },
      policyFile: POLICY,
    });
    expect(poisoned.code).toBe(0);
    const forged = makeZip({ 'oauth-audit.json': readFileSync(poisoned.outputs['report-json']!) });
    const fork = {
      branch: 'main',
      conclusion: 'success',
      event: 'pull_request',
      headRepository: 'mallory/octo-repo',
    };
    github = await restartGitHub(firstZip, [{ run: { id: FIRST_RUN + 6, ...fork }, zip: forged }]);
    const run = await runAction({
      inputs: sandboxInputs(after, { gate: 'new' }),
      env: nightly(FIRST_RUN + 7),
      event: { name: 'schedule', payload: {} },
      policyFile: POLICY,
    });
    expect(run.code).toBe(1);
    const report = reportOf(run);
    expect(report.changes!.previous.runUrl).toMatch(new RegExp(`/runs/${FIRST_RUN}$`));
    expect(new Set(report.changes!.new.map((f) => f.clientId))).toEqual(new Set([added.id]));
    expect(github.requests.some((r) => r.path.includes(`/runs/${FIRST_RUN + 6}/`))).toBe(false);
  });
});
