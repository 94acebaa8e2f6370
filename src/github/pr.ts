/** What a pull_request event tells the action: where to comment and what to compare against. */
import * as fs from 'node:fs';

export interface PrContext {
  eventName: string;
  owner: string;
  repo: string;
  number: number;
  baseRef: string;
  baseSha: string;
  headSha: string;
  /** The PR comes from another repository: its token is read-only and it sees no secrets. */
  fork: boolean;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

interface RepoPayload {
  full_name?: string;
  name?: string;
  owner?: { login?: string };
}

interface PrPayload {
  number?: number;
  pull_request?: {
    number?: number;
    base?: { ref?: string; sha?: string; repo?: RepoPayload | null };
    head?: { sha?: string; repo?: RepoPayload | null };
  };
  repository?: RepoPayload;
}

/**
 * The pull request of this run, or undefined when the event is not a pull request (or its payload
 * cannot be read, which then only disables the PR features).
 */
export function prContext(env: NodeJS.ProcessEnv = process.env): PrContext | undefined {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (!PR_EVENTS.has(eventName) || !eventPath) return undefined;
  let payload: PrPayload;
  try {
    payload = JSON.parse(fs.readFileSync(eventPath, 'utf8')) as PrPayload;
  } catch {
    return undefined;
  }
  const pr = payload.pull_request;
  const number = pr?.number ?? payload.number;
  if (!pr || typeof number !== 'number') return undefined;

  const [envOwner, envRepo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const baseRepo = pr.base?.repo ?? payload.repository;
  const owner = baseRepo?.owner?.login ?? envOwner ?? '';
  const repo = baseRepo?.name ?? envRepo ?? '';
  const baseName = baseRepo?.full_name ?? `${owner}/${repo}`;
  // A deleted fork has no head repo; treat it as a fork (read-only token).
  const headName = pr.head?.repo?.full_name;
  return {
    eventName,
    owner,
    repo,
    number,
    baseRef: pr.base?.ref ?? '',
    baseSha: pr.base?.sha ?? '',
    headSha: pr.head?.sha ?? '',
    fork: headName === undefined || headName.toLowerCase() !== baseName.toLowerCase(),
  };
}
