/**
 * The sticky PR comment: one comment per PR, found again by a hidden marker and its author, and
 * updated in place, so that re-runs do not pile up comments. Forks get a read-only token: a
 * refusal is a warning.
 *
 * Anyone can write the marker into a comment, and a token that may write comments may edit anyone's
 * comment: a comment is ours only when its author is the token's own identity. A personal token
 * says who it is (`GET /user`); an installation token, such as the default `GITHUB_TOKEN`, may not
 * ask (403), and comments as `github-actions[bot]`.
 */
import { GITHUB_API_TIMEOUT_MS, errorText, githubClient, httpStatus, type Octokit } from './octokit.js';

export { prContext, type PrContext } from './pr.js';

/** GitHub refuses comment bodies longer than this (characters). */
export const COMMENT_LIMIT = 65_536;

interface CommentTarget {
  owner: string;
  repo: string;
  number: number;
}

interface UpsertComment {
  token: string;
  /** The rendered comment; should start with the marker. */
  body: string;
  /** Hidden HTML marker that identifies our comment, e.g. `<!-- genesys-oauth-audit -->`. */
  marker: string;
  pr: CommentTarget;
}

type CommentResult =
  { action: 'created' | 'updated'; id: number; url: string } | { action: 'skipped'; warning: string };

function fit(body: string, marker: string): string {
  const withMarker = body.includes(marker) ? body : `${marker}\n${body}`;
  if (withMarker.length <= COMMENT_LIMIT) return withMarker;
  const note = '\n\n… (truncated: the full results are in the job summary and the report artifact)\n';
  return withMarker.slice(0, COMMENT_LIMIT - note.length) + note;
}

/** The author of the default `GITHUB_TOKEN`'s comments. */
const ACTIONS_BOT = 'github-actions[bot]';

interface ListedComment {
  id: number;
  body?: string | null;
  user?: { login?: string | null } | null;
}

/**
 * Ours: written by `self`, and the marker opens the body (a reply quoting our comment starts with
 * `>` and is not ours).
 */
function isOurs(comment: ListedComment, marker: string, self: string): boolean {
  const body = comment.body;
  return (
    comment.user?.login?.toLowerCase() === self.toLowerCase() &&
    typeof body === 'string' &&
    body.trimStart().startsWith(marker)
  );
}

/**
 * The login the token comments as. Installation tokens (the default `GITHUB_TOKEN`) are refused
 * `GET /user` (403, "Resource not accessible by integration"): those comment as
 * `github-actions[bot]`, which only the repository's own workflows can write as. Another GitHub
 * App's token, refused the same way, finds none of its own comments and posts a new one each run:
 * a duplicate, never someone else's comment edited.
 */
async function ownLogin(octokit: Octokit, request: { signal: AbortSignal }): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated({ request });
    if (typeof data.login === 'string' && data.login !== '') return data.login;
  } catch (error) {
    const status = httpStatus(error);
    if (status !== 401 && status !== 403 && status !== 404) throw error;
  }
  return ACTIONS_BOT;
}

export async function upsertPrComment(args: UpsertComment): Promise<CommentResult> {
  const { owner, repo, number } = args.pr;
  const where = `${owner}/${repo}#${number}`;
  if (!args.token) {
    return { action: 'skipped', warning: `PR comment not posted on ${where}: no github-token.` };
  }
  const body = fit(args.body, args.marker);
  try {
    const octokit = await githubClient(args.token);
    const request = { signal: AbortSignal.timeout(GITHUB_API_TIMEOUT_MS) };
    const self = await ownLogin(octokit, request);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: number,
      per_page: 100,
      request,
    });
    const existing = comments.find((c) => isOurs(c, args.marker, self));
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body,
        request,
      });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body,
      request,
    });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const status = httpStatus(error);
    const hint =
      status === 403 || status === 404
        ? ' The token cannot write to this pull request (a PR from a fork gets a read-only token; ' +
          'otherwise grant `pull-requests: write`).'
        : '';
    return { action: 'skipped', warning: `PR comment not posted on ${where}: ${errorText(error)}.${hint}` };
  }
}
