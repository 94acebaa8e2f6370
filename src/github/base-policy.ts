/**
 * The base branch's version of the policy file, for the impact of a pull request's policy change.
 * Read through the contents API at the PR's base SHA, so it needs no extra checkout.
 */
import type { AuditSettings } from '../settings.js';
import type { ActionInputs } from './inputs.js';
import { log } from './logger.js';
import { GITHUB_API_TIMEOUT_MS, errorText, githubClient, httpStatus } from './octokit.js';
import type { PrContext } from './pr.js';

interface BasePolicyRequest {
  token: string;
  owner: string;
  repo: string;
  /** Path in the repository, `/`-separated. */
  path: string;
  /** The base SHA (or ref). */
  ref: string;
}

/** `text: null`: the file does not exist at the base (new in this PR). `warning`: no comparison. */
type BasePolicyResult = { text: string } | { text: null } | { warning: string };

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

/**
 * The PR's base version of the policy, for the impact of the change; undefined outside a pull
 * request, with `compare-policy: never`, or without a base to read. A failure to read it is a
 * warning that only skips the comparison.
 */
export async function basePolicyOf(
  pr: PrContext | undefined,
  inputs: Pick<ActionInputs, 'comparePolicy' | 'githubToken'>,
  policyPath: string,
): Promise<AuditSettings['basePolicy']> {
  if (!pr || inputs.comparePolicy !== 'auto') return undefined;
  const ref = pr.baseSha || pr.baseRef;
  if (!ref) return undefined;
  const base = await fetchBasePolicy({
    token: inputs.githubToken,
    owner: pr.owner,
    repo: pr.repo,
    path: policyPath,
    ref,
  });
  if ('warning' in base) {
    log.warning(`Policy impact not computed: ${base.warning}`);
    return undefined;
  }
  return { text: base.text, ref: pr.baseRef || ref };
}
