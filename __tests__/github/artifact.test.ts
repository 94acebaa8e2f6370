import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, expect, jest, test } from '@jest/globals';
import { startFakeArtifactService, runtimeEnv, type FakeArtifactService } from '../fakes/artifact-service.js';
import { artifactUrl, uploadReportArtifact } from '../../src/github/artifact.js';

const saved = { ...process.env };
let dir: string;
let fake: FakeArtifactService | undefined;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'artifact-test-'));
  for (const key of Object.keys(process.env)) {
    if (/^(GITHUB_|ACTIONS_|RUNNER_)/.test(key)) delete process.env[key];
  }
  process.env['GITHUB_REPOSITORY'] = 'octo-org/octo-repo';
  process.env['GITHUB_RUN_ID'] = '4242';
  process.env['GITHUB_WORKSPACE'] = dir;
  // The library reports progress through core; keep the test output quiet.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(async () => {
  jest.restoreAllMocks();
  process.env = { ...saved };
  await fake?.close();
  fake = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

function writeReports(): { files: string[]; json: string; csv: string } {
  const reportDir = path.join(dir, 'oauth-audit-report');
  fs.mkdirSync(reportDir, { recursive: true });
  const json = JSON.stringify({
    schemaVersion: 1,
    clients: Array.from({ length: 200 }, (_, i) => ({ id: i })),
  });
  const csv = 'client_id,client_name\n1,"webchat, prod"\n';
  fs.writeFileSync(path.join(reportDir, 'oauth-audit.json'), json);
  fs.writeFileSync(path.join(reportDir, 'oauth-audit.csv'), csv);
  return {
    files: [path.join(reportDir, 'oauth-audit.json'), path.join(reportDir, 'oauth-audit.csv')],
    json,
    csv,
  };
}

test('uploads the reports as one zip artifact that arrives intact', async () => {
  fake = await startFakeArtifactService();
  Object.assign(process.env, runtimeEnv(fake, 'run-backend-7', 'job-backend-9'));
  const { files, json, csv } = writeReports();

  const result = await uploadReportArtifact({
    name: 'oauth-audit-report',
    files,
    rootDir: path.join(dir, 'oauth-audit-report'),
    retentionDays: 5,
  });

  expect(result).toEqual({
    id: 1,
    url: 'https://github.com/octo-org/octo-repo/actions/runs/4242/artifacts/1',
  });
  const stored = fake.artifacts.get('oauth-audit-report')!;
  expect(stored).toBeDefined();
  expect(stored.size).toBe(stored.zip.length);
  expect(stored.hash).toBe(`sha256:${createHash('sha256').update(stored.zip).digest('hex')}`);
  expect([...stored.files.keys()].sort()).toEqual(['oauth-audit.csv', 'oauth-audit.json']);
  expect(stored.files.get('oauth-audit.json')!.toString('utf8')).toBe(json);
  expect(stored.files.get('oauth-audit.csv')!.toString('utf8')).toBe(csv);
  expect(stored.retentionDays).toBe(5);
  expect(stored.workflowRunBackendId).toBe('run-backend-7');
  expect(stored.workflowJobRunBackendId).toBe('job-backend-9');

  const create = fake.requests.find((r) => r.url.endsWith('/CreateArtifact'))!;
  expect(JSON.parse(create.body!)).toMatchObject({ name: 'oauth-audit-report', version: 7 });
  expect(fake.requests.some((r) => r.url.includes('comp=blocklist'))).toBe(true);
});

test('the artifact URL honours GITHUB_SERVER_URL', () => {
  const env = { GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '9' };
  expect(artifactUrl(12, env)).toBe('https://ghe.example.com/a/b/actions/runs/9/artifacts/12');
});

test('a refused upload is a warning result, not an exception', async () => {
  fake = await startFakeArtifactService({ failCreate: 403 });
  Object.assign(process.env, runtimeEnv(fake));
  const { files } = writeReports();
  const result = await uploadReportArtifact({
    name: 'r',
    files,
    rootDir: path.join(dir, 'oauth-audit-report'),
  });
  expect(result).toEqual({ warning: expect.stringContaining('not uploaded') });
  expect(fake.artifacts.size).toBe(0);
});

test('a failed finalize is a warning result', async () => {
  fake = await startFakeArtifactService({ failFinalize: 400 });
  Object.assign(process.env, runtimeEnv(fake));
  const { files } = writeReports();
  const result = await uploadReportArtifact({
    name: 'r',
    files,
    rootDir: path.join(dir, 'oauth-audit-report'),
  });
  expect(result).toEqual({ warning: expect.stringContaining('finalize failed') });
});

test('missing report files are a warning result', async () => {
  fake = await startFakeArtifactService();
  Object.assign(process.env, runtimeEnv(fake));
  const result = await uploadReportArtifact({
    name: 'r',
    files: [path.join(dir, 'nope.json')],
    rootDir: dir,
  });
  expect(result).toHaveProperty('warning');
  expect(fake.requests).toHaveLength(0);
});

test('outside a runner nothing is attempted', async () => {
  const { files } = writeReports();
  const result = await uploadReportArtifact({ name: 'r', files, rootDir: dir });
  expect(result).toEqual({ warning: expect.stringContaining('ACTIONS_RUNTIME_TOKEN') });
});
