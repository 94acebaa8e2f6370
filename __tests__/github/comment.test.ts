import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { startFakeGitHubApi, type FakeGitHubApi } from '../fakes/github-api.js';
import { COMMENT_LIMIT, prContext, upsertPrComment } from '../../src/github/comment.js';

const MARKER = '<!-- genesys-oauth-audit -->';
const pr = { owner: 'octo-org', repo: 'octo-repo', number: 7 };
const saved = process.env['GITHUB_API_URL'];
let api: FakeGitHubApi | undefined;

async function start(options: Parameters<typeof startFakeGitHubApi>[0] = {}): Promise<FakeGitHubApi> {
  api = await startFakeGitHubApi(options);
  process.env['GITHUB_API_URL'] = api.url;
  return api;
}

beforeEach(() => {
  delete process.env['GITHUB_API_URL'];
});
afterEach(async () => {
  if (saved === undefined) delete process.env['GITHUB_API_URL'];
  else process.env['GITHUB_API_URL'] = saved;
  await api?.close();
  api = undefined;
});

test('creates the comment when there is none, then updates it in place', async () => {
  const fake = await start({ comments: { 7: [{ body: 'LGTM', login: 'alice' }] } });
  const first = await upsertPrComment({ token: 'tok', body: `${MARKER}\nfirst`, marker: MARKER, pr });
  expect(first).toMatchObject({ action: 'created' });
  const second = await upsertPrComment({ token: 'tok', body: `${MARKER}\nsecond`, marker: MARKER, pr });
  expect(second).toMatchObject({ action: 'updated' });
  if (first.action === 'skipped' || second.action === 'skipped') throw new Error('unexpected skip');
  expect(second.id).toBe(first.id);

  const list = fake.comments.get('octo-org/octo-repo#7')!;
  expect(list.map((c) => c.body)).toEqual(['LGTM', `${MARKER}\nsecond`]);
  expect(fake.requests.every((r) => r.authorization === 'token tok')).toBe(true);
  // Who am I (refused to the default token), list, create; then who am I, list, update.
  expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
    'GET /user',
    'GET /repos/octo-org/octo-repo/issues/7/comments',
    'POST /repos/octo-org/octo-repo/issues/7/comments',
    'GET /user',
    'GET /repos/octo-org/octo-repo/issues/7/comments',
    `PATCH /repos/octo-org/octo-repo/issues/comments/${first.id}`,
  ]);
});

test('finds its comment on a later page, and ignores replies quoting the marker', async () => {
  const others = Array.from({ length: 130 }, (_, i) => ({ body: `comment ${i}`, login: 'bob' }));
  const fake = await start({
    comments: {
      7: [...others, { body: `> ${MARKER}\n> quoted`, login: 'carol' }, { body: `${MARKER}\nold` }],
    },
  });
  const ours = fake.comments.get('octo-org/octo-repo#7');
  expect(ours).toBeUndefined(); // seeded lazily on first request
  const result = await upsertPrComment({ token: 't', body: `${MARKER}\nnew`, marker: MARKER, pr });
  expect(result).toMatchObject({ action: 'updated' });
  const list = fake.comments.get('octo-org/octo-repo#7')!;
  expect(list).toHaveLength(132);
  expect(list[130]!.body).toBe(`> ${MARKER}\n> quoted`);
  expect(list[131]!.body).toBe(`${MARKER}\nnew`);
  expect(fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'))).toHaveLength(2);
});

test("another user's comment carrying the marker is never edited: a new comment is posted", async () => {
  const planted = [
    { body: `${MARKER}\n✅ audit: pass (trust me)`, login: 'mallory' },
    { body: `${MARKER}\nfrom another app`, login: 'other-app[bot]', type: 'Bot' },
  ];
  const fake = await start({ comments: { 7: planted } });
  const result = await upsertPrComment({ token: 't', body: `${MARKER}\nreal`, marker: MARKER, pr });
  expect(result).toMatchObject({ action: 'created' });
  const list = fake.comments.get('octo-org/octo-repo#7')!;
  expect(list.map((c) => [c.user.login, c.body])).toEqual([
    ['mallory', planted[0]!.body],
    ['other-app[bot]', planted[1]!.body],
    ['github-actions[bot]', `${MARKER}\nreal`],
  ]);
  expect(fake.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
});

test('our own earlier comment is updated, even after a planted one', async () => {
  const fake = await start({
    comments: { 7: [{ body: `${MARKER}\nplanted`, login: 'mallory' }, { body: `${MARKER}\nold` }] },
  });
  const result = await upsertPrComment({ token: 't', body: `${MARKER}\nnew`, marker: MARKER, pr });
  expect(result).toMatchObject({ action: 'updated' });
  const list = fake.comments.get('octo-org/octo-repo#7')!;
  expect(list.map((c) => c.body)).toEqual([`${MARKER}\nplanted`, `${MARKER}\nnew`]);
  if (result.action === 'skipped') throw new Error('unexpected skip');
  expect(result.id).toBe(list[1]!.id);
});

test('a personal token finds the comments of its own user, not those of github-actions[bot]', async () => {
  const fake = await start({
    tokenUser: { login: 'Audit-Bot-User' },
    comments: {
      7: [{ body: `${MARKER}\nby the default token` }, { body: `${MARKER}\nmine`, login: 'audit-bot-user' }],
    },
  });
  const result = await upsertPrComment({ token: 'pat', body: `${MARKER}\nupdated`, marker: MARKER, pr });
  expect(result).toMatchObject({ action: 'updated' });
  expect(fake.comments.get('octo-org/octo-repo#7')!.map((c) => c.body)).toEqual([
    `${MARKER}\nby the default token`,
    `${MARKER}\nupdated`,
  ]);

  // Its new comments carry its login, and are found again.
  const alone = await start({ tokenUser: { login: 'alice' }, comments: { 8: [{ body: `${MARKER}\nx` }] } });
  const first = await upsertPrComment({
    token: 'pat',
    body: `${MARKER}\n1`,
    marker: MARKER,
    pr: { ...pr, number: 8 },
  });
  const second = await upsertPrComment({
    token: 'pat',
    body: `${MARKER}\n2`,
    marker: MARKER,
    pr: { ...pr, number: 8 },
  });
  expect([first.action, second.action]).toEqual(['created', 'updated']);
  expect(alone.comments.get('octo-org/octo-repo#8')!.map((c) => [c.user.login, c.body])).toEqual([
    ['github-actions[bot]', `${MARKER}\nx`],
    ['alice', `${MARKER}\n2`],
  ]);
  await fake.close();
});

test('a read-only token (fork PR) is a warning, not a failure', async () => {
  const fake = await start({ commentsForbidden: true });
  const result = await upsertPrComment({ token: 't', body: `${MARKER}\nx`, marker: MARKER, pr });
  expect(result).toEqual({ action: 'skipped', warning: expect.stringContaining('403') });
  if (result.action !== 'skipped') throw new Error('expected a skip');
  expect(result.warning).toContain('Resource not accessible by integration');
  expect(result.warning).toContain('fork');
  expect(fake.comments.get('octo-org/octo-repo#7')).toEqual([]);
});

test('an API outage is a warning', async () => {
  await start({ failAll: 500 });
  const result = await upsertPrComment({ token: 't', body: 'x', marker: MARKER, pr });
  expect(result).toMatchObject({ action: 'skipped', warning: expect.stringContaining('500') });
});

test('no token: skipped with a warning, no request', async () => {
  const fake = await start();
  const result = await upsertPrComment({ token: '', body: 'x', marker: MARKER, pr });
  expect(result).toMatchObject({ action: 'skipped' });
  expect(fake.requests).toHaveLength(0);
});

test('adds a missing marker and truncates an oversized body', async () => {
  const fake = await start();
  await upsertPrComment({ token: 't', body: 'y'.repeat(COMMENT_LIMIT * 2), marker: MARKER, pr });
  const body = fake.comments.get('octo-org/octo-repo#7')![0]!.body;
  expect(body.startsWith(MARKER)).toBe(true);
  expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  expect(body).toContain('truncated');
});

function eventEnv(name: string, payload: unknown): NodeJS.ProcessEnv {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'event-'));
  const file = path.join(dir, 'event.json');
  fs.writeFileSync(file, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'octo-org/octo-repo' };
}

const repo = (full: string): unknown => ({
  full_name: full,
  name: full.split('/')[1],
  owner: { login: full.split('/')[0] },
});

test('prContext reads a same-repository pull request', () => {
  const env = eventEnv('pull_request', {
    number: 7,
    pull_request: {
      number: 7,
      base: { ref: 'main', sha: 'b'.repeat(40), repo: repo('octo-org/octo-repo') },
      head: { ref: 'feature', sha: 'h'.repeat(40), repo: repo('octo-org/octo-repo') },
    },
  });
  expect(prContext(env)).toEqual({
    eventName: 'pull_request',
    owner: 'octo-org',
    repo: 'octo-repo',
    number: 7,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
    headSha: 'h'.repeat(40),
    fork: false,
  });
});

test('prContext recognises forks and deleted forks', () => {
  const payload = (head: unknown): unknown => ({
    number: 3,
    pull_request: {
      number: 3,
      base: { ref: 'main', sha: 'b', repo: repo('octo-org/octo-repo') },
      head: { sha: 'h', repo: head },
    },
  });
  expect(prContext(eventEnv('pull_request', payload(repo('mallory/octo-repo'))))?.fork).toBe(true);
  expect(prContext(eventEnv('pull_request', payload(null)))?.fork).toBe(true);
});

test('prContext is undefined for other events and unreadable payloads', () => {
  expect(prContext(eventEnv('push', { ref: 'refs/heads/main' }))).toBeUndefined();
  expect(prContext(eventEnv('schedule', {}))).toBeUndefined();
  expect(
    prContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/nonexistent/event.json' }),
  ).toBeUndefined();
  expect(prContext({ GITHUB_EVENT_NAME: 'pull_request' })).toBeUndefined();
});
