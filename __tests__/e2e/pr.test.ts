/**
 * End to end on `pull_request` events: the bundle reads the base branch's policy through a fake
 * GitHub API, reports the impact of the change (JSON, summary) and keeps one sticky PR comment.
 * The org is the sandbox's demo org; the policies are fixtures with a known effect on it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validateReport } from '../../src/report/validate.js';
import type { AuditReport, Impact } from '../../src/report/types.js';
import { DEMO_LEGACY_SECRET } from '../../src/sandbox/seeds/demo.js';
import { INJECTED_SECRET_PREFIX, startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { startFakeGitHubApi, type FakeGitHubApi, type FakeGitHubApiOptions } from '../fakes/github-api.js';
import {
  FAKE_GITHUB_TOKEN,
  REPO_ROOT,
  runAction,
  type RunActionOptions,
  type RunActionResult,
} from './runner.js';

const SECRET = 'e2e-Pr-Secret-8c2e71';
const CLIENT_ID = 'e2e-pr-audit-client';
const MARKER = '<!-- genesys-oauth-audit -->';
const POLICY_PATH = 'policies/oauth-policy.yml';
const FIXTURES = path.join(REPO_ROOT, '__tests__', 'fixtures', 'pr');
const BASE_POLICY = readFileSync(path.join(FIXTURES, 'base.yml'), 'utf8');
const HEAD_POLICY = path.join(FIXTURES, 'head.yml');
const INVALID_BASE_POLICY = readFileSync(path.join(FIXTURES, 'invalid-base.yml'), 'utf8');

const OWNER = 'octo-org';
const REPO = 'octo-repo';
const PR_NUMBER = 17;
const BASE_SHA = '9fceb02d0ae598e95dc970b74767f19372d61af8';
const HEAD_SHA = 'e83c5163316f89bfbde7d9ab23ca2e25604af290';
const CONTENTS_PATH = `/repos/${OWNER}/${REPO}/contents/${POLICY_PATH}`;
const COMMENTS_PATH = `/repos/${OWNER}/${REPO}/issues/${PR_NUMBER}/comments`;

/** Demo clients whose verdict the head policy changes (see head.yml). */
const WFM_EXPORT = { id: '65de994c-2d45-4f8c-b03a-5f32136e0746', name: 'WFM Schedule Export' };
const QUALITY_LOADER = { id: 'cd0cb336-3785-496c-88ed-8ea34359f811', name: 'Quality Evaluations Loader' };
const AGENT_TOOLBOX = { id: 'eb00bab2-6044-49a0-9992-ee447ca435db', name: 'Agent Toolbox' };

let sandbox: Sandbox;
const fakes: FakeGitHubApi[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({
    seed: 'demo',
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    injectSecrets: true,
  });
});

afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

afterAll(async () => {
  await sandbox?.close();
});

async function fakeGitHub(options: FakeGitHubApiOptions = {}): Promise<FakeGitHubApi> {
  const fake = await startFakeGitHubApi(options);
  fakes.push(fake);
  return fake;
}

/** The fake serves this text as the policy file at the PR's base SHA (undefined: no such file). */
function baseFiles(text: string | undefined): FakeGitHubApiOptions['files'] {
  return { [BASE_SHA]: text === undefined ? {} : { [POLICY_PATH]: text } };
}

function repoPayload(): Record<string, unknown> {
  return { name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER, type: 'Organization' } };
}

/** The parts of a `pull_request` payload the action reads, shaped as GitHub sends them. */
function prEvent(): NonNullable<RunActionOptions['event']> {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number: PR_NUMBER,
      pull_request: {
        number: PR_NUMBER,
        state: 'open',
        title: 'Tighten integrations, loosen agent apps',
        base: { ref: 'main', sha: BASE_SHA, repo: repoPayload() },
        head: { ref: 'policy/tighten-integrations', sha: HEAD_SHA, repo: repoPayload() },
      },
      repository: repoPayload(),
    },
  };
}

function runPr(
  github: FakeGitHubApi,
  options: { inputs?: Record<string, string>; event?: RunActionOptions['event']; policy?: string } = {},
): Promise<RunActionResult> {
  return runAction({
    inputs: {
      'api-base-url': sandbox.apiBaseUrl,
      'login-base-url': sandbox.loginBaseUrl,
      'client-id': CLIENT_ID,
      'client-secret': SECRET,
      'artifact-name': '',
      ...options.inputs,
    },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
    event: options.event ?? prEvent(),
    ...(options.policy === undefined
      ? { policyFile: HEAD_POLICY }
      : { files: { [POLICY_PATH]: options.policy } }),
  });
}

function readReport(run: RunActionResult): AuditReport {
  const parsed = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as unknown;
  const checked = validateReport(parsed);
  if (!checked.ok) throw new Error(`report does not validate:\n${checked.errors.join('\n')}`);
  return checked.report;
}

/** Octokit sends the file path as one encoded segment (`policies%2Foauth-policy.yml`), as GitHub accepts it. */
function requestPath(r: { path: string }): string {
  return decodeURIComponent(r.path);
}

function contentsRequests(github: FakeGitHubApi) {
  return github.requests.filter((r) => requestPath(r) === CONTENTS_PATH);
}

function commentRequests(github: FakeGitHubApi) {
  return github.requests.filter((r) => r.path.includes('/issues/'));
}

function storedComments(github: FakeGitHubApi): string[] {
  return (github.comments.get(`${OWNER}/${REPO}#${PR_NUMBER}`) ?? []).map((c) => c.body);
}

function names(clients: readonly { name: string }[]): string[] {
  return clients.map((c) => c.name);
}

/** No secret in anything the step or the fake kept; masked values appear only in their `add-mask`. */
function expectNoSecrets(run: RunActionResult, github: FakeGitHubApi): void {
  const masked = run.commands
    .filter((c) => c.command === 'add-mask' && c.message.length >= 8)
    .map((c) => c.message);
  expect(masked).toEqual(expect.arrayContaining([SECRET, FAKE_GITHUB_TOKEN]));
  const reports = readdirSync(run.reportDir).map((f) => readFileSync(path.join(run.reportDir, f), 'utf8'));
  const text = [
    run.stdout,
    run.stderr,
    JSON.stringify(run.outputs),
    run.summary,
    ...reports,
    ...storedComments(github),
  ]
    .join('\n')
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  for (const secret of [SECRET, FAKE_GITHUB_TOKEN, INJECTED_SECRET_PREFIX, DEMO_LEGACY_SECRET, ...masked]) {
    expect(text).not.toContain(secret);
  }
}

function warnings(run: RunActionResult): string[] {
  return run.commands.filter((c) => c.command === 'warning').map((c) => c.message);
}

describe('the impact of a policy change', () => {
  test('one rule tightened and one loosened: newly failing and passing clients, findings per rule', async () => {
    const github = await fakeGitHub({ files: baseFiles(BASE_POLICY) });
    const run = await runPr(github);
    expect(run.stderr).toBe('');
    // The head policy still fails the demo org; the verdict is the head policy's.
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');

    const impact = readReport(run).impact as Impact;
    expect(impact.base).toMatchObject({
      path: POLICY_PATH,
      status: 'compared',
      result: 'fail',
      message: null,
    });
    expect(impact.base.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(impact.newlyFailing).toEqual([WFM_EXPORT]);
    expect(impact.newlyPassing).toEqual([AGENT_TOOLBOX]);
    expect(impact.byRule).toEqual([
      { rule: 'agent-apps', added: 0, removed: 1 },
      { rule: 'integrations', added: 2, removed: 0 },
    ]);
    expect(impact.added.map((f) => [f.clientName, f.rule, f.check]).sort()).toEqual([
      [QUALITY_LOADER.name, 'integrations', 'too-many-roles'],
      [WFM_EXPORT.name, 'integrations', 'too-many-roles'],
    ]);
    expect(impact.removed).toEqual([
      expect.objectContaining({
        clientId: AGENT_TOOLBOX.id,
        rule: 'agent-apps',
        check: 'scope-forbidden',
        subject: 'oauth',
      }),
    ]);

    // The base version is read once, at the PR's base SHA, with the token.
    const reads = contentsRequests(github);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ method: 'GET', query: { ref: BASE_SHA } });
    expect(reads[0]!.authorization).toContain(FAKE_GITHUB_TOKEN);

    expect(run.summary).toContain('Impact of this policy change');
    expect(run.summary).toMatch(
      /\*\*1\*\* newly failing, \*\*1\*\* newly passing, \*\*\+2\*\* \/ \*\*−1\*\* findings/,
    );
    expect(run.summary).toMatch(/Newly failing \(1\)[\s\S]*WFM Schedule Export/);
    expect(run.summary).toMatch(/Newly passing \(1\)[\s\S]*Agent Toolbox/);
    expect(run.summary).toMatch(/\| <code>integrations<\/code> \| \+2 \| −0 \|/);
    expect(run.summary).toMatch(/\| <code>agent-apps<\/code> \| \+0 \| −1 \|/);
    expectNoSecrets(run, github);
  });

  test('a change of fail-on alone: the base is judged by its own gate', async () => {
    const github = await fakeGitHub({ files: baseFiles(BASE_POLICY) });
    const relaxed = BASE_POLICY.replace(/^  fail-on: high\b/m, '  fail-on: critical');
    expect(relaxed).not.toBe(BASE_POLICY);
    const run = await runPr(github, { policy: relaxed, inputs: { 'pr-comment': 'never' } });
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs.violations).toBe('1');

    const impact = readReport(run).impact!;
    expect(impact.base.status).toBe('compared');
    expect(impact.base.violations).toBeGreaterThan(1);
    // The same findings on both sides; only which of them fail has changed.
    expect(impact.added).toEqual([]);
    expect(impact.removed).toEqual([]);
    expect(impact.newlyFailing).toEqual([]);
    expect(names(impact.newlyPassing)).toEqual(
      expect.arrayContaining(['Billing Export Job', 'webchat-kiosk']),
    );
    expect(names(impact.newlyPassing)).not.toContain('Agent Desktop Classic');
  });

  test.each([
    {
      status: 'missing',
      files: baseFiles(undefined),
      says: /The policy file is new in this change/,
    },
    {
      status: 'invalid',
      files: baseFiles(INVALID_BASE_POLICY),
      says: /The base version \(.*\) does not load, so the impact cannot be computed: .*base main/,
    },
    {
      status: 'unchanged',
      files: baseFiles(readFileSync(HEAD_POLICY, 'utf8')),
      says: /The policy file is unchanged from .*: no impact/,
    },
  ])(
    'a base policy that is $status: said so, with no clients or findings compared',
    async ({ status, files, says }) => {
      const github = await fakeGitHub({ files });
      const run = await runPr(github);
      expect(run.outputs.result).toBe('fail');
      const impact = readReport(run).impact!;
      expect(impact.base.status).toBe(status);
      expect(impact.newlyFailing).toEqual([]);
      expect(impact.newlyPassing).toEqual([]);
      expect(impact.added).toEqual([]);
      expect(impact.removed).toEqual([]);
      expect(contentsRequests(github)).toHaveLength(1);
      expect(run.summary).toContain('Impact of this policy change');
      expect(run.summary).toMatch(says);
      if (status === 'invalid') expect(impact.base.message).toBeTruthy();
      // A base that cannot be compared is explained, not an error of this run.
      expect(run.commands.filter((c) => c.command === 'error' && /base/i.test(c.message))).toEqual([]);
      expectNoSecrets(run, github);
    },
  );

  test('a base policy the API will not give (500) is a warning, and the audit goes on without an impact', async () => {
    const github = await fakeGitHub({ failAll: 500 });
    const run = await runPr(github, { inputs: { 'pr-comment': 'never' } });
    expect(run.outputs.result).toBe('fail');
    expect(readReport(run).impact).toBeUndefined();
    expect(warnings(run).some((w) => /Policy impact not computed/.test(w))).toBe(true);
  });
});

describe('the sticky PR comment', () => {
  test('created on the first run, updated in place on the next, never duplicated', async () => {
    const human = { body: `> ${MARKER}\n> quoting the bot: not ours`, login: 'reviewer' };
    const github = await fakeGitHub({ files: baseFiles(BASE_POLICY), comments: { [PR_NUMBER]: [human] } });

    const first = await runPr(github);
    expect(first.outputs.result).toBe('fail');
    expect(first.stdout).toMatch(
      /PR comment created: https:\/\/github\.com\/octo-org\/octo-repo\/pull\/17#issuecomment-\d+/,
    );
    let bodies = storedComments(github);
    expect(bodies).toHaveLength(2);
    const ours = bodies[1]!;
    expect(ours.startsWith(MARKER)).toBe(true);
    expect(ours).toContain('Genesys Cloud OAuth client audit: fail');
    expect(ours).toMatch(/\*\*\d+ violations\*\* at or above <code>high<\/code>/);
    expect(ours).toContain('Impact of this policy change');
    expect(ours).toContain('Newly failing: WFM Schedule Export');
    expect(ours).toContain('Newly passing: Agent Toolbox');
    expect(ours).toContain('Rule <code>integrations</code>: +2 / −0 findings');
    expect(ours).toContain('/octo-org/octo-repo/actions/runs/1658821493');
    expectNoSecrets(first, github);

    // A re-run with a different body (no comparison this time) replaces the text of the same comment.
    github.requests.length = 0;
    const second = await runPr(github, { inputs: { 'compare-policy': 'never' } });
    expect(second.outputs.result).toBe('fail');
    expect(second.stdout).toMatch(/PR comment updated: /);
    bodies = storedComments(github);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toBe(human.body);
    expect(bodies[1]!.startsWith(MARKER)).toBe(true);
    expect(bodies[1]).toContain('Genesys Cloud OAuth client audit: fail');
    expect(bodies[1]).not.toContain('Impact of this policy change');
    // One listing of the PR's comments, then an update of ours; nothing created.
    expect(github.requests.filter((r) => r.method === 'GET' && r.path === COMMENTS_PATH)).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expectNoSecrets(second, github);
  });

  test('a 403 on the comment (read-only token) is a warning; the verdict and outputs do not change', async () => {
    const allowed = await fakeGitHub({ files: baseFiles(BASE_POLICY) });
    const forbidden = await fakeGitHub({ files: baseFiles(BASE_POLICY), commentsForbidden: true });
    const inputs = { 'fail-on': 'never' };
    const ok = await runPr(allowed, { inputs });
    const refused = await runPr(forbidden, { inputs });

    expect(refused.code).toBe(0);
    expect(refused.outputs.result).toBe('pass');
    const { 'report-json': _a, 'report-csv': _b, ...sameOutputs } = ok.outputs;
    const { 'report-json': _c, 'report-csv': _d, ...refusedOutputs } = refused.outputs;
    expect(refusedOutputs).toEqual(sameOutputs);
    expect(readReport(refused).impact).toEqual(readReport(ok).impact);

    const warned = warnings(refused).filter((w) => w.startsWith('PR comment not posted'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/403/);
    expect(warned[0]).toMatch(/pull-requests: write/);
    expect(refused.commands.filter((c) => c.command === 'error')).toEqual([]);
    expect(storedComments(forbidden)).toEqual([]);
    expectNoSecrets(refused, forbidden);
  });
});

describe('what the PR features do not do', () => {
  test('compare-policy: never reads no base policy and reports no impact', async () => {
    const github = await fakeGitHub({ files: baseFiles(BASE_POLICY) });
    const run = await runPr(github, { inputs: { 'compare-policy': 'never' } });
    expect(run.outputs.result).toBe('fail');
    expect(readReport(run).impact).toBeUndefined();
    expect(contentsRequests(github)).toEqual([]);
    expect(run.summary).not.toContain('Impact of this policy change');
    // The comment is still posted (there are findings), without an impact section.
    expect(storedComments(github)).toHaveLength(1);
    expect(storedComments(github)[0]).not.toContain('Impact of this policy change');
  });

  test('pr-comment: never makes no comment request, and still computes the impact', async () => {
    const github = await fakeGitHub({ files: baseFiles(BASE_POLICY) });
    const run = await runPr(github, { inputs: { 'pr-comment': 'never' } });
    expect(run.outputs.result).toBe('fail');
    expect(readReport(run).impact?.base.status).toBe('compared');
    expect(commentRequests(github)).toEqual([]);
    expect(github.requests.map(requestPath)).toEqual([CONTENTS_PATH]);
  });

  test.each(['push', 'schedule', 'workflow_dispatch'])(
    'a %s event makes no GitHub API call',
    async (name) => {
      const github = await fakeGitHub({ files: baseFiles(BASE_POLICY) });
      // Even with a pull_request-like payload and pr-comment: always, only the event name counts.
      const run = await runPr(github, {
        event: { name, payload: prEvent().payload },
        inputs: { 'pr-comment': 'always' },
      });
      expect(run.outputs.result).toBe('fail');
      expect(readReport(run).impact).toBeUndefined();
      expect(github.requests).toEqual([]);
      expect(run.summary).not.toContain('Impact of this policy change');
    },
  );
});
