/**
 * The base branch's version of the policy file, for the PR impact (SPEC §9). Read through the
 * contents API at the PR's base SHA, so it needs no extra checkout.
 */
import { GITHUB_API_TIMEOUT_MS, errorText, githubClient, httpStatus } from './octokit.js';

export interface BasePolicyRequest {
  token: string;
  owner: string;
  repo: string;
  /** Path in the repository, `/`-separated. */
  path: string;
  /** The base SHA (or ref). */
  ref: string;
}

/** `text: null`: the file does not exist at the base (new in this PR). `warning`: no comparison. */
export type BasePolicyResult = { text: string } | { text: null } | { warning: string };

export async function fetchBasePolicy(req: BasePolicyRequest): Promise<BasePolicyResult> {
  const filePath = req.path.replace(/^(\.\/)+/, '');
  const where = `${req.owner}/${req.repo}:${filePath}@${req.ref}`;
  if (!req.token) return { warning: `Base policy ${where} not read: no github-token.` };
  try {
    const octokit = await githubClient(req.token);
    const { data } = await octokit.rest.repos.getContent({
      owner: req.owner,
      repo: req.repo,
      path: filePath,
      ref: req.ref,
      request: { signal: AbortSignal.timeout(GITHUB_API_TIMEOUT_MS) },
    });
    if (Array.isArray(data) || data.type !== 'file') {
      return { warning: `Base policy ${where} is not a file.` };
    }
    if (!('content' in data) || data.encoding !== 'base64') {
      // The contents API leaves out bodies over 1 MB; policies that large are refused anyway.
      return { warning: `Base policy ${where} could not be read (too large for the contents API).` };
    }
    return { text: Buffer.from(data.content, 'base64').toString('utf8') };
  } catch (error) {
    if (httpStatus(error) === 404) return { text: null };
    return {
      warning: `Base policy ${where} not read, so the impact of the change is not shown: ${errorText(error)}`,
    };
  }
}
