/** The previous run's report: found through the GitHub API (runs, artifacts, the download), or a file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import { previousReportOf } from '../../src/github/previous-run.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../fakes/github-api.js';
import { makeZip } from '../helpers/zip.js';

let api: FakeGitHubApi | undefined;
const started: FakeGitHubApi[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((a) => a.close()));
  api = undefined;
});

const WORKSPACE = mkdtempSync(path.join(os.tmpdir(), 'previous-run-'));
const REPORT = { schemaVersion: 1, generatedAt: '2026-12-06T03:17:00.000Z' };

const inputs = {
  previousReport: 'auto',
  gate: 'all' as 'all' | 'new',
  artifactName: 'oauth-audit-report',
  githubToken: 'ghs_token',
  workspace: WORKSPACE,
};

async function lookUp(
  options: Parameters<typeof startFakeGitHubApi>[0],
  overrides: Partial<typeof inputs> = {},
  extraEnv: NodeJS.ProcessEnv = {},
) {
  api = await startFakeGitHubApi(options);
  started.push(api);
  const env: NodeJS.ProcessEnv = {
    GITHUB_API_URL: api.url,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/oauth-audit.yml@refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '300',
    ...extraEnv,
  };
  return previousReportOf({ ...inputs, ...overrides }, env);
}

const runs = {
  'oauth-audit.yml': [
    { id: 300, branch: 'main', conclusion: 'success' }, // this run, listed while it runs
    { id: 250, branch: 'main', conclusion: 'failure' },
    { id: 200, branch: 'main', conclusion: 'success' },
    { id: 150, branch: 'feature', conclusion: 'success' },
  ],
};
const artifact = (zip: Buffer, extra: { expired?: boolean } = {}) => ({
  200: [{ id: 7, name: 'oauth-audit-report', zip, ...extra }],
});

describe('previous-report: auto', () => {
  test("reads oauth-audit.json from the artifact of this workflow's latest successful run on the branch", async () => {
    const zip = makeZip({ 'oauth-audit.csv': 'a,b\n', 'oauth-audit.json': JSON.stringify(REPORT) });
    const result = await lookUp({ workflowRuns: runs, artifacts: artifact(zip) });
    expect(result).toEqual({
      report: REPORT,
      source: 'run 200',
      runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/200',
    });
    const listing = api!.requests.find((r) => r.path.endsWith('/runs'))!;
    expect(listing.path).toBe('/repos/octo-org/octo-repo/actions/workflows/oauth-audit.yml/runs');
    expect(listing.query).toMatchObject({ branch: 'main', status: 'success' });
    expect(api!.requests.some((r) => r.path === '/blob/artifact-7.zip')).toBe(true);
  });

  test('a pull request run, even from a fork branch named like ours, is never the previous run', async () => {
    // Anyone may open a pull request from a fork whose branch is also called `main`: its run is
    // listed under branch main, and its workflow (the fork's) may upload any artifact it likes.
    const forged = makeZip({ 'oauth-audit.json': JSON.stringify({ ...REPORT, forged: true }) });
    const real = makeZip({ 'oauth-audit.json': JSON.stringify(REPORT) });
    const result = await lookUp({
      workflowRuns: {
        'oauth-audit.yml': [
          {
            id: 280,
            branch: 'main',
            conclusion: 'success',
            event: 'pull_request',
            headRepository: 'mallory/octo-repo',
          },
          { id: 270, branch: 'main', conclusion: 'success', event: 'pull_request_target' },
          {
            id: 260,
            branch: 'main',
            conclusion: 'success',
            event: 'push',
            headRepository: 'mallory/octo-repo',
          },
          { id: 200, branch: 'main', conclusion: 'success', event: 'workflow_dispatch' },
        ],
      },
      artifacts: {
        280: [{ id: 8, name: 'oauth-audit-report', zip: forged }],
        270: [{ id: 9, name: 'oauth-audit-report', zip: forged }],
        260: [{ id: 10, name: 'oauth-audit-report', zip: forged }],
        200: [{ id: 7, name: 'oauth-audit-report', zip: real }],
      },
    });
    expect(result).toEqual({
      report: REPORT,
      source: 'run 200',
      runUrl: expect.stringMatching(/\/runs\/200$/),
    });
    // With only such runs there is nothing to compare with.
    const none = await lookUp({
      workflowRuns: {
        'oauth-audit.yml': [
          {
            id: 280,
            branch: 'main',
            conclusion: 'success',
            event: 'pull_request',
            headRepository: 'mallory/octo-repo',
          },
        ],
      },
      artifacts: { 280: [{ id: 8, name: 'oauth-audit-report', zip: forged }] },
    });
    expect(none).toEqual({ none: 'oauth-audit.yml has no earlier successful run on branch main' });
    expect(api!.requests.some((r) => r.path.includes('/artifacts'))).toBe(false);
  });

  test('no earlier successful run (the first night) is a note, not a warning', async () => {
    const result = await lookUp({
      workflowRuns: { 'oauth-audit.yml': [{ id: 300, branch: 'main', conclusion: 'success' }] },
    });
    expect(result).toEqual({ none: 'oauth-audit.yml has no earlier successful run on branch main' });
  });

  test('an expired artifact is a note', async () => {
    const zip = makeZip({ 'oauth-audit.json': '{}' });
    const result = await lookUp({ workflowRuns: runs, artifacts: artifact(zip, { expired: true }) });
    expect(result).toEqual({ none: 'the artifact "oauth-audit-report" of the previous run 200 has expired' });
  });

  test('a run without the artifact is a note', async () => {
    expect(await lookUp({ workflowRuns: runs, artifacts: {} })).toEqual({
      none: 'the artifact "oauth-audit-report" of the previous run 200 does not exist',
    });
  });

  test('a corrupt zip is a warning', async () => {
    const zip = makeZip({ 'oauth-audit.json': JSON.stringify(REPORT) });
    zip.fill(0, 40, 60); // damage the deflated data
    const result = await lookUp({ workflowRuns: runs, artifacts: artifact(zip) });
    expect(result).toEqual({
      none: expect.stringMatching(
        /^(the artifact of run 200 is not a readable zip archive|oauth-audit.json in the artifact of run 200 is not valid JSON)/,
      ),
      warning: true,
    });
    const garbage = await lookUp({
      workflowRuns: runs,
      artifacts: artifact(Buffer.from('<html>not a zip</html>')),
    });
    expect(garbage).toEqual({ none: expect.stringContaining('not a readable zip archive'), warning: true });
  });

  test('only oauth-audit.json at the top of the archive is the report, never ../ or a folder', async () => {
    for (const name of ['../oauth-audit.json', '/oauth-audit.json', 'sub/oauth-audit.json']) {
      const zip = makeZip({ [name]: JSON.stringify(REPORT) });
      expect(await lookUp({ workflowRuns: runs, artifacts: artifact(zip) })).toEqual({
        none: 'the artifact of run 200 holds no oauth-audit.json',
        warning: true,
      });
    }
  });

  test('an artifact without oauth-audit.json, or with one that is not JSON, is a warning', async () => {
    expect(
      await lookUp({ workflowRuns: runs, artifacts: artifact(makeZip({ 'other.json': '{}' })) }),
    ).toEqual({
      none: 'the artifact of run 200 holds no oauth-audit.json',
      warning: true,
    });
    expect(
      await lookUp({ workflowRuns: runs, artifacts: artifact(makeZip({ 'oauth-audit.json': '{not json' })) }),
    ).toEqual({ none: 'oauth-audit.json in the artifact of run 200 is not valid JSON', warning: true });
  });

  test('a 403 (no actions: read) is a warning that says which permission to give', async () => {
    const result = await lookUp({ workflowRuns: runs, actionsForbidden: true });
    expect(result).toEqual({ none: expect.stringContaining('HTTP 403'), warning: true });
    expect((result as { none: string }).none).toContain('permissions: actions: read');
  });

  test('an API that does not answer is a warning, not an error', async () => {
    const result = await lookUp({}, {}, { GITHUB_API_URL: 'http://127.0.0.1:9' });
    expect(result).toEqual({ none: expect.stringContaining('could not be fetched'), warning: true });
  });

  test('only on schedule and workflow_dispatch; elsewhere nothing, or a note for gate: new', async () => {
    expect(await lookUp({ workflowRuns: runs }, {}, { GITHUB_EVENT_NAME: 'push' })).toBeUndefined();
    expect(await lookUp({ workflowRuns: runs }, { gate: 'new' }, { GITHUB_EVENT_NAME: 'push' })).toEqual({
      none: expect.stringContaining('only on schedule and workflow_dispatch events, not on push'),
    });
    expect(api!.requests).toHaveLength(0);
  });

  test('no token (a warning) or no workflow reference (a note): no request', async () => {
    expect(await lookUp({ workflowRuns: runs }, { githubToken: '' })).toEqual({
      none: expect.stringContaining('no github-token'),
      warning: true,
    });
    // Outside a runner: a note.
    expect(await lookUp({ workflowRuns: runs }, {}, { GITHUB_WORKFLOW_REF: '' })).toEqual({
      none: expect.stringContaining('GITHUB_WORKFLOW_REF'),
    });
    expect(api!.requests).toHaveLength(0);
  });
});

describe('previous-report: PATH or never', () => {
  test('a file in the workspace is read; a missing one is a warning', async () => {
    writeFileSync(path.join(WORKSPACE, 'old.json'), JSON.stringify(REPORT));
    expect(await previousReportOf({ ...inputs, previousReport: 'old.json' }, {})).toEqual({
      report: REPORT,
      source: 'old.json',
      runUrl: null,
    });
    expect(await previousReportOf({ ...inputs, previousReport: 'missing.json' }, {})).toEqual({
      none: 'Input "previous-report" ("missing.json") cannot be read (ENOENT)',
      warning: true,
    });
  });

  test('never: no comparison', async () => {
    expect(
      await previousReportOf({ ...inputs, previousReport: 'never' }, { GITHUB_EVENT_NAME: 'schedule' }),
    ).toBeUndefined();
  });
});
