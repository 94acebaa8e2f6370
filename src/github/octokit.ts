/**
 * The GitHub API client, loaded lazily: `@actions/github` reads `GITHUB_API_URL` when imported and
 * costs start-up time, and most runs (validate, nightly audits) never call the API.
 */
import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

/** Every GitHub API call of a run gives up after this long; a slow API must not hold the job. */
export const GITHUB_API_TIMEOUT_MS = 30_000;

export async function githubClient(token: string, env: NodeJS.ProcessEnv = process.env): Promise<Octokit> {
  const github = await import('@actions/github');
  const baseUrl = env['GITHUB_API_URL'] || 'https://api.github.com';
  return github.getOctokit(token, { baseUrl });
}

/** The HTTP status of an Octokit error, when it has one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export function errorText(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  return status === undefined ? message : `HTTP ${status}: ${message}`;
}
