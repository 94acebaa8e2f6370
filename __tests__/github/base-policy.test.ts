import { afterEach, expect, test } from '@jest/globals';
import { startFakeGitHubApi, type FakeGitHubApi } from '../fakes/github-api.js';
import { fetchBasePolicy } from '../../src/github/base-policy.js';

const saved = process.env['GITHUB_API_URL'];
let api: FakeGitHubApi | undefined;
const BASE = 'b'.repeat(40);
const POLICY = '# policy\nversion: 1\nrules:\n  - id: café\n' + 'x'.repeat(200) + '\n';

async function start(options: Parameters<typeof startFakeGitHubApi>[0]): Promise<FakeGitHubApi> {
  api = await startFakeGitHubApi(options);
  process.env['GITHUB_API_URL'] = api.url;
  return api;
}

afterEach(async () => {
  if (saved === undefined) delete process.env['GITHUB_API_URL'];
  else process.env['GITHUB_API_URL'] = saved;
  await api?.close();
  api = undefined;
});

const request = {
  token: 't',
  owner: 'octo-org',
  repo: 'octo-repo',
  path: 'policies/oauth-policy.yml',
  ref: BASE,
};

test('reads the policy at the base SHA', async () => {
  const fake = await start({ files: { [BASE]: { 'policies/oauth-policy.yml': POLICY }, main: {} } });
  expect(await fetchBasePolicy(request)).toEqual({ text: POLICY });
  expect(fake.requests).toHaveLength(1);
  expect(fake.requests[0]!.query['ref']).toBe(BASE);
});

test('a leading ./ is not part of the repository path', async () => {
  await start({ files: { [BASE]: { 'policies/oauth-policy.yml': POLICY } } });
  expect(await fetchBasePolicy({ ...request, path: './policies/oauth-policy.yml' })).toEqual({
    text: POLICY,
  });
});

test('a policy new in this PR (404 at the base) is text: null', async () => {
  await start({ files: { [BASE]: {}, head: { 'policies/oauth-policy.yml': POLICY } } });
  expect(await fetchBasePolicy(request)).toEqual({ text: null });
});

test('other failures are a warning (no comparison)', async () => {
  await start({ failAll: 403 });
  const result = await fetchBasePolicy(request);
  expect(result).toEqual({ warning: expect.stringContaining('HTTP 403') });
});

test('no token: a warning without a request', async () => {
  const fake = await start({});
  expect(await fetchBasePolicy({ ...request, token: '' })).toHaveProperty('warning');
  expect(fake.requests).toHaveLength(0);
});
