/**
 * The report to compare with (`previous-report`): a file in the workspace, or on `auto` the
 * `oauth-audit.json` in the artifact of this workflow's latest successful run on the same branch,
 * found through the GitHub API (the token needs `actions: read`). Nothing here fails the run: no
 * previous run is a note, a previous report that cannot be read is a warning.
 */
import type { PreviousReport } from '../settings.js';
import { readPreviousReport } from '../report-files.js';
import { workspaceRoot, type ActionInputs } from './inputs.js';
import { GITHUB_API_TIMEOUT_MS, errorText, githubClient, httpStatus, type Octokit } from './octokit.js';

/** Events whose runs are compared with the previous one on `auto`: the nightly and the manual audit. */
const AUTO_EVENTS = new Set(['schedule', 'workflow_dispatch']);
const REPORT_FILE = 'oauth-audit.json';
/** Larger than any report of a real org; a bigger download is not read into memory. */
const MAX_ARTIFACT_BYTES = 256 * 1024 * 1024;

type Inputs = Pick<ActionInputs, 'previousReport' | 'gate' | 'artifactName' | 'githubToken' | 'workspace'>;

interface RunRepo {
  owner: string;
  repo: string;
  workflow: string;
  branch: string;
  runId: string;
  server: string;
}

/** The previous report as the core takes it; undefined when no comparison is asked for. */
export async function previousReportOf(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
): Promise<PreviousReport | undefined> {
  if (inputs.previousReport === 'never') return undefined;
  if (inputs.previousReport !== 'auto') {
    return readPreviousReport(inputs.previousReport, workspaceRoot(inputs), 'Input "previous-report"');
  }
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  if (!AUTO_EVENTS.has(event)) {
    // Only `gate: new` needs to say why it had nothing to compare with.
    return inputs.gate === 'new'
      ? {
          none: `previous-report: auto looks for the previous run only on schedule and workflow_dispatch events, not on ${event || 'this event'}`,
        }
      : undefined;
  }
  return findPreviousReport(inputs, env);
}

function runRepo(env: NodeJS.ProcessEnv): RunRepo | string {
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  // `owner/repo/.github/workflows/nightly.yml@refs/heads/main`: the workflow file names the workflow.
  const workflow = /^[^/]+\/[^/]+\/\.github\/workflows\/([^@/]+)@/.exec(
    env['GITHUB_WORKFLOW_REF'] ?? '',
  )?.[1];
  const branch = env['GITHUB_REF_NAME'] ?? '';
  if (!owner || !repo || !workflow || !branch) {
    return 'GITHUB_REPOSITORY, GITHUB_WORKFLOW_REF or GITHUB_REF_NAME is not set, so the previous run cannot be found';
  }
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  return { owner, repo, workflow, branch, runId: env['GITHUB_RUN_ID'] ?? '', server };
}

async function findPreviousReport(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<PreviousReport> {
  const where = runRepo(env);
  // Outside a runner (a local run of the action) there is no previous run to look for.
  if (typeof where === 'string') return { none: where };
  if (!inputs.artifactName)
    return { none: 'artifact-name is empty, so no run has a report artifact to compare with' };
  if (!inputs.githubToken) return { none: 'no github-token to find the previous run with', warning: true };
  try {
    const octokit = await githubClient(inputs.githubToken, env);
    return await lookUp(octokit, where, inputs.artifactName);
  } catch (error) {
    const status = httpStatus(error);
    const advice =
      status === 403 || status === 404
        ? ' Give the workflow `permissions: actions: read` (and `contents: read`) so that the token can read earlier runs and their artifacts.'
        : '';
    return {
      none: `the previous run's report could not be fetched: ${errorText(error)}.${advice}`,
      warning: true,
    };
  }
}

/**
 * Whether a run's artifact can stand for the previous audit. The branch filter matches the head
 * branch of pull request runs too, and a pull request from a fork may name its branch `main` and
 * run its own version of the workflow: such a run could upload any report, and under `gate: new`
 * that report would decide which violations are old. Only runs of this repository's own code that
 * no pull request started are compared with.
 */
function trusted(
  run: { event?: string; head_repository?: { full_name?: string } | null },
  where: RunRepo,
): boolean {
  const event = run.event ?? '';
  if (event === '' || event.startsWith('pull_request')) return false;
  const from = run.head_repository?.full_name ?? '';
  return from.toLowerCase() === `${where.owner}/${where.repo}`.toLowerCase();
}

async function lookUp(octokit: Octokit, where: RunRepo, name: string): Promise<PreviousReport> {
  const signal = (): AbortSignal => AbortSignal.timeout(GITHUB_API_TIMEOUT_MS);
  const { owner, repo } = where;
  const runs = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
    owner,
    repo,
    workflow_id: where.workflow,
    branch: where.branch,
    status: 'success',
    // Only leaves each run's `pull_requests` list empty: pull request runs are still listed.
    exclude_pull_requests: true,
    per_page: 30,
    request: { signal: signal() },
  });
  const run = runs.data.workflow_runs.find((r) => String(r.id) !== where.runId && trusted(r, where));
  if (!run) return { none: `${where.workflow} has no earlier successful run on branch ${where.branch}` };
  const runUrl = `${where.server}/${owner}/${repo}/actions/runs/${run.id}`;
  const listed = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
    owner,
    repo,
    run_id: Number(run.id),
    name,
    per_page: 100,
    request: { signal: signal() },
  });
  const artifacts = listed.data.artifacts.filter((a) => a.name === name).sort((a, b) => b.id - a.id);
  const artifact = artifacts.find((a) => !a.expired);
  if (!artifact) {
    const why = artifacts.length > 0 ? 'has expired' : 'does not exist';
    return { none: `the artifact "${name}" of the previous run ${run.id} ${why}` };
  }
  if (artifact.size_in_bytes > MAX_ARTIFACT_BYTES) {
    return { none: `the artifact "${name}" of run ${run.id} is too large to read`, warning: true };
  }
  const download = await octokit.request(
    'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    {
      owner,
      repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
      request: { signal: signal() },
    },
  );
  return reportInZip(Buffer.from(download.data as ArrayBuffer), `run ${run.id}`, runUrl);
}

async function reportInZip(zip: Buffer, source: string, runUrl: string): Promise<PreviousReport> {
  const { unzipSync } = await import('fflate');
  let bytes: Uint8Array | undefined;
  try {
    // Only the report at the top of the archive is inflated, into a buffer of the size its entry
    // declares: a bomb cannot grow past it.
    bytes = unzipSync(zip, {
      filter: (f) => f.name === REPORT_FILE && f.originalSize <= MAX_ARTIFACT_BYTES,
    })[REPORT_FILE];
  } catch (error) {
    return {
      none: `the artifact of ${source} is not a readable zip archive (${(error as Error).message})`,
      warning: true,
    };
  }
  if (bytes === undefined)
    return { none: `the artifact of ${source} holds no ${REPORT_FILE}`, warning: true };
  try {
    return { report: JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown, source, runUrl };
  } catch {
    return { none: `${REPORT_FILE} in the artifact of ${source} is not valid JSON`, warning: true };
  }
}
