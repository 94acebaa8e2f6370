/**
 * A local stand-in for the few GitHub REST endpoints the action calls: the contents API (the base
 * policy), the authenticated user and issue comments (the sticky PR comment), a workflow's runs,
 * a run's artifacts and an artifact's download (the previous run's report), with GitHub's
 * shapes, paging and errors. As on GitHub, a token that may write comments may edit anyone's.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface FakeGitHubApiOptions {
  /** Repository files by ref (branch, SHA), then by path. */
  files?: Record<string, Record<string, string>>;
  /** The ref used when a request names none. */
  defaultRef?: string;
  /** Answer comment writes (create, update) with 403, as for a fork PR's read-only token. */
  commentsForbidden?: boolean;
  /**
   * Comments present before the test, by issue number; without a login, by `github-actions[bot]`
   * (a Bot); with one, by that user (type `User` unless given).
   */
  comments?: Record<number, { body: string; login?: string; type?: string }[]>;
  /**
   * Who the token is. Unset: an installation token like the default `GITHUB_TOKEN`: `GET /user`
   * answers 403 and comments are written as `github-actions[bot]`. Set: a personal token, which
   * `GET /user` describes and whose comments carry its login.
   */
  tokenUser?: { login: string; type?: string };
  /** Answer every request with this status and a GitHub error body. */
  failAll?: number;
  /** Workflow runs by workflow file name (`oauth-audit.yml`), newest first, as GitHub lists them. */
  workflowRuns?: Record<string, FakeWorkflowRun[]>;
  /** Artifacts by run ID. */
  artifacts?: Record<number, FakeArtifact[]>;
  /** Answer the Actions endpoints with 403, as for a token without `actions: read`. */
  actionsForbidden?: boolean;
}

export interface FakeWorkflowRun {
  id: number;
  branch: string;
  /** `success`, `failure`, … */
  conclusion: string;
  /** The event that started it; default `schedule`. */
  event?: string;
  /** The repository its code came from (`owner/repo`); default the repository asked about. */
  headRepository?: string;
}

export interface FakeArtifact {
  id: number;
  name: string;
  expired?: boolean;
  /** The zip served by the download (through a redirect to a blob URL, as GitHub does). */
  zip: Buffer;
}

export interface FakeGitHubRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: unknown;
}

export interface FakeGitHubApi {
  url: string;
  close(): Promise<void>;
  requests: FakeGitHubRequest[];
  /** The comment store, by `owner/repo#number`. */
  comments: Map<string, FakeComment[]>;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'x-github-request-id': 'FAKE:0001',
    ...headers,
  });
  res.end(text);
}

function error(res: http.ServerResponse, status: number, message: string, doc: string): void {
  send(res, status, {
    message,
    documentation_url: `https://docs.github.com/rest/${doc}`,
    status: String(status),
  });
}

/** Base64 wrapped at 60 characters, as the contents API returns it. */
function githubBase64(text: string): string {
  return (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .replace(/(.{60})/g, '$1\n') + '\n'
  );
}

export async function startFakeGitHubApi(options: FakeGitHubApiOptions = {}): Promise<FakeGitHubApi> {
  const requests: FakeGitHubRequest[] = [];
  const comments = new Map<string, FakeComment[]>();
  let nextId = 1000;
  let base = '';

  const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const self = options.tokenUser
    ? { login: options.tokenUser.login, type: options.tokenUser.type ?? 'User' }
    : BOT;
  const makeComment = (key: string, body: string, user = self): FakeComment => {
    const id = nextId++;
    const [repo, number] = key.split('#');
    return {
      id,
      body,
      user,
      html_url: `https://github.com/${repo}/pull/${number}#issuecomment-${id}`,
      created_at: now(),
      updated_at: now(),
    };
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        return error(res, 400, 'Problems parsing JSON', 'overview/resources-in-the-rest-api');
      }
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        authorization: req.headers.authorization,
        body,
      });
      if (options.failAll) return error(res, options.failAll, 'Server Error', 'overview');
      // The blob URL is signed: it needs no token (GitHub's is on another host, which gets none).
      if (url.pathname.startsWith('/blob/')) return blob(url, res);
      if (!req.headers.authorization) return error(res, 401, 'Requires authentication', 'overview');
      route(req.method ?? '', url, body, res);
    });
  });

  function route(method: string, url: URL, body: unknown, res: http.ServerResponse): void {
    if (url.pathname === '/user' && method === 'GET') {
      if (!options.tokenUser) {
        return error(
          res,
          403,
          'Resource not accessible by integration',
          'users/users#get-the-authenticated-user',
        );
      }
      return send(res, 200, { ...self, id: 4242, html_url: `https://github.com/${self.login}` });
    }

    if (/^\/repos\/[^/]+\/[^/]+\/actions\//.test(url.pathname) && method === 'GET') return actions(url, res);

    let m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname);
    if (m && method === 'GET') {
      const filePath = decodeURIComponent(m[3]!);
      const ref = url.searchParams.get('ref') ?? options.defaultRef ?? 'main';
      const text = options.files?.[ref]?.[filePath];
      if (text === undefined) return error(res, 404, 'Not Found', 'repos/contents#get-repository-content');
      const name = filePath.split('/').at(-1)!;
      return send(res, 200, {
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(text),
        name,
        path: filePath,
        content: githubBase64(text),
        sha: 'f'.repeat(40),
        url: `${base}repos/${m[1]}/${m[2]}/contents/${filePath}?ref=${ref}`,
      });
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m) {
      const key = `${m[1]}/${m[2]}#${m[3]}`;
      const list = commentsOf(key, Number(m[3]));
      if (method === 'GET') {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const links: string[] = [];
        const link = (p: number, rel: string): string => {
          const next = new URL(url);
          next.searchParams.set('page', String(p));
          next.searchParams.set('per_page', String(perPage));
          return `<${next.href}>; rel="${rel}"`;
        };
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
        if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
        return send(
          res,
          200,
          list.slice((page - 1) * perPage, page * perPage),
          links.length ? { link: links.join(', ') } : {},
        );
      }
      if (method === 'POST') {
        if (options.commentsForbidden) {
          return error(
            res,
            403,
            'Resource not accessible by integration',
            'issues/comments#create-an-issue-comment',
          );
        }
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') return error(res, 422, 'Invalid request.', 'issues/comments');
        const comment = makeComment(key, text);
        list.push(comment);
        return send(res, 201, comment);
      }
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m && method === 'PATCH') {
      if (options.commentsForbidden) {
        return error(
          res,
          403,
          'Resource not accessible by integration',
          'issues/comments#update-an-issue-comment',
        );
      }
      const prefix = `${m[1]}/${m[2]}#`;
      const id = Number(m[3]);
      const comment = [...comments.entries()]
        .filter(([k]) => k.startsWith(prefix))
        .flatMap(([, l]) => l)
        .find((c) => c.id === id);
      if (!comment) return error(res, 404, 'Not Found', 'issues/comments#update-an-issue-comment');
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string') return error(res, 422, 'Invalid request.', 'issues/comments');
      comment.body = text;
      comment.updated_at = now();
      return send(res, 200, comment);
    }
    error(res, 404, 'Not Found', 'overview');
  }

  function allArtifacts(): FakeArtifact[] {
    return Object.values(options.artifacts ?? {}).flat();
  }

  function actions(url: URL, res: http.ServerResponse): void {
    if (options.actionsForbidden) {
      return error(res, 403, 'Resource not accessible by integration', 'actions/workflow-runs');
    }
    let m = /^\/repos\/([^/]+\/[^/]+)\/actions\/workflows\/([^/]+)\/runs$/.exec(url.pathname);
    if (m) {
      const repository = decodeURIComponent(m[1]!);
      const branch = url.searchParams.get('branch');
      const status = url.searchParams.get('status');
      const runs = (options.workflowRuns?.[decodeURIComponent(m[2]!)] ?? []).filter(
        (r) => (!branch || r.branch === branch) && (!status || r.conclusion === status),
      );
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      return send(res, 200, {
        total_count: runs.length,
        workflow_runs: runs.slice(0, perPage).map((r) => ({
          id: r.id,
          head_branch: r.branch,
          event: r.event ?? 'schedule',
          head_repository: { full_name: r.headRepository ?? repository },
          status: 'completed',
          conclusion: r.conclusion,
        })),
      });
    }
    m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(url.pathname);
    if (m) {
      const name = url.searchParams.get('name');
      const list = (options.artifacts?.[Number(m[1])] ?? []).filter((a) => !name || a.name === name);
      return send(res, 200, {
        total_count: list.length,
        artifacts: list.map((a) => ({
          id: a.id,
          name: a.name,
          size_in_bytes: a.zip.length,
          expired: Boolean(a.expired),
          archive_download_url: `${base}repos/o/r/actions/artifacts/${a.id}/zip`,
        })),
      });
    }
    m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname);
    const artifact = m ? allArtifacts().find((a) => a.id === Number(m![1])) : undefined;
    if (!artifact) return error(res, 404, 'Not Found', 'actions/artifacts');
    if (artifact.expired) return error(res, 410, 'Artifact has expired', 'actions/artifacts');
    res.writeHead(302, {
      location: `${base}blob/artifact-${artifact.id}.zip?sig=fake`,
      'content-length': '0',
    });
    res.end();
  }

  /** The short-lived blob URL an artifact download redirects to. */
  function blob(url: URL, res: http.ServerResponse): void {
    const id = Number(/^\/blob\/artifact-(\d+)\.zip$/.exec(url.pathname)?.[1]);
    const artifact = allArtifacts().find((a) => a.id === id);
    if (!artifact) return error(res, 404, 'Not Found', 'actions/artifacts');
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.zip.length) });
    res.end(artifact.zip);
  }

  function commentsOf(key: string, number: number): FakeComment[] {
    let list = comments.get(key);
    if (!list) {
      list = (options.comments?.[number] ?? []).map((c) =>
        makeComment(key, c.body, c.login ? { login: c.login, type: c.type ?? 'User' } : BOT),
      );
      comments.set(key, list);
    }
    return list;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url: base.replace(/\/$/, ''),
    requests,
    comments,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
