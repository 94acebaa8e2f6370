/**
 * The fault matrix of SPEC §6 against the bundle, over real HTTP through the sandbox's fault
 * injection, with short limits. A fault that passes recovers to exactly the report of a clean run;
 * one that persists ends `incomplete` with a message a user can act on — never `pass`, and in
 * seconds, never a hang.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import type { AuditReport } from '../../src/report/types.js';
import { startSandbox, type FaultSpec, type Sandbox, type SandboxOptions } from '../../src/sandbox/server.js';
import { REPO_ROOT } from '../e2e/runner.js';
import { startProxy } from '../helpers/proxy.js';
import { BROKEN_ANSWERS, drip, sendAll, startRawServer, truncatedChunked } from '../helpers/raw-http.js';
import {
  CLIENT_ID,
  SECRET,
  errorMessages,
  expectOutcome,
  runAdversarial,
  sandboxInputs,
  type AdvRun,
} from './harness.js';

const POLICY = path.join(REPO_ROOT, 'policies', 'oauth-policy.yml');
/** Far below the default limits, far above what a healthy loopback run needs. */
const FAST_RUN_MS = 15_000;
const CORRELATION = /correlation ID [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

async function auditWith(
  options: SandboxOptions,
  inputs: Record<string, string> = {},
): Promise<AdvRun & { sandbox: Sandbox }> {
  const sandbox = await startSandbox({
    seed: 'demo',
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    injectSecrets: true,
    ...options,
  });
  try {
    const run = await runAdversarial({
      inputs: sandboxInputs(sandbox, inputs),
      policyFile: POLICY,
      timeoutMs: 30_000,
    });
    return { ...run, sandbox };
  } finally {
    await sandbox.close();
  }
}

/** What a clean run and a recovered run must agree on: everything but the time and the address. */
function judged(run: AdvRun): unknown {
  const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as AuditReport;
  return {
    result: report.result,
    summary: report.summary,
    clients: report.clients,
    policyFindings: report.policyFindings,
    outputs: ['result', 'clients', 'findings', 'violations', 'exempted'].map((k) => run.outputs[k]),
  };
}

let clean: unknown;

beforeAll(async () => {
  const run = await auditWith({});
  expect(run.outputs.result).toBe('fail');
  clean = judged(run);
}, 30_000);

const once = (f: FaultSpec): FaultSpec => ({ times: 1, ...f });

describe('transient faults recover to the report of a clean run', () => {
  const cases: [string, SandboxOptions][] = [
    [
      'one 429 with Retry-After: 1',
      { faults: [once({ endpoint: 'clients', kind: 'rate-limit', retryAfterSeconds: 1 })] },
    ],
    [
      'a 503, 503, 502 burst',
      { faults: [{ endpoint: 'clients', kind: 'status', statuses: [503, 503, 502] }] },
    ],
    ['one connection reset', { faults: [once({ endpoint: 'clients', kind: 'reset' })] }],
    ['one truncated body', { faults: [once({ endpoint: 'clients', kind: 'truncate' })] }],
    ['one delay below the timeout', { faults: [once({ endpoint: 'clients', kind: 'delay', ms: 200 })] }],
    ['one expired token (401)', { faults: [once({ endpoint: 'clients', kind: 'expired-token' })] }],
    ['one non-JSON body', { faults: [once({ endpoint: 'clients', kind: 'html', status: 200 })] }],
    [
      'a fault on every other endpoint',
      {
        faults: [
          once({ endpoint: 'token', kind: 'status', statuses: [503] }),
          once({ endpoint: 'scopes', kind: 'reset' }),
          once({ endpoint: 'roles', kind: 'rate-limit', retryAfterSeconds: 1 }),
          once({ endpoint: 'divisions', kind: 'truncate' }),
        ],
      },
    ],
    [
      'a reset and a 401 on later pages of a paged listing',
      {
        pageSize: 4,
        faults: [
          once({ endpoint: 'clients', kind: 'reset', nth: 2 }),
          once({ endpoint: 'clients', kind: 'expired-token', nth: 4 }),
        ],
      },
    ],
  ];
  test.concurrent.each(cases)('%s', async (_name, options) => {
    const run = await auditWith(options);
    expectOutcome(run, 'fail');
    expect(run.sandbox.requests.some((r) => r.faults !== undefined)).toBe(true);
    expect(judged(run)).toEqual(clean);
    expect(run.ms).toBeLessThan(FAST_RUN_MS);
  });
});

interface PersistentCase {
  name: string;
  options: SandboxOptions;
  /** Each must appear in the failure message. */
  says: (string | RegExp)[];
  inputs?: Record<string, string>;
}

const forever = 1_000_000;

const persistent: PersistentCase[] = [
  {
    name: 'endless 503',
    options: { faults: [{ endpoint: 'clients', kind: 'status', statuses: [503], times: forever }] },
    says: ['GET /api/v2/oauth/clients', '503', CORRELATION, /after \d+ attempts/, /re-run later/i],
  },
  {
    name: '501 (not retried)',
    options: { faults: [{ endpoint: 'clients', kind: 'status', statuses: [501], times: forever }] },
    says: ['501', CORRELATION],
  },
  {
    name: 'a 429 whose Retry-After is above the cap',
    options: {
      faults: [{ endpoint: 'clients', kind: 'rate-limit', retryAfterSeconds: 3600, times: forever }],
    },
    says: ['429', 'too.many.requests.retry.after', '3600', 'GENESYS_AUDIT_MAX_RETRY_AFTER_S', CORRELATION],
  },
  {
    name: 'endless 429 within the cap',
    options: { faults: [{ endpoint: 'clients', kind: 'rate-limit', retryAfterSeconds: 0, times: forever }] },
    says: ['429', CORRELATION, 'GENESYS_AUDIT_MAX_RETRIES'],
  },
  {
    name: 'a connection reset on every request',
    options: { faults: [{ endpoint: 'clients', kind: 'reset' }] },
    says: ['GET /api/v2/oauth/clients', /reset|closed/],
  },
  {
    name: 'a truncated body every time',
    options: { faults: [{ endpoint: 'clients', kind: 'truncate' }] },
    says: ['GET /api/v2/oauth/clients', /cut off|truncated/],
  },
  {
    name: 'an HTML page with status 200',
    options: { faults: [{ endpoint: 'clients', kind: 'html', status: 200 }] },
    says: ['GET /api/v2/oauth/clients', /HTML/, CORRELATION],
  },
  {
    name: 'an HTML error page with status 502',
    options: { faults: [{ endpoint: 'clients', kind: 'html', status: 502 }] },
    says: ['502', CORRELATION],
  },
  {
    name: 'a paging loop',
    options: { pageSize: 5, faults: [{ endpoint: 'clients', kind: 'paging-loop' }] },
    says: ['/api/v2/oauth/clients', /paging loop/],
  },
  {
    name: 'duplicate client IDs',
    options: { pageSize: 5, faults: [{ endpoint: 'clients', kind: 'duplicate-ids' }] },
    says: ['/api/v2/oauth/clients', /listed twice/],
  },
  {
    name: "a total that the pages don't reach",
    options: { pageSize: 5, faults: [{ endpoint: 'clients', kind: 'total-mismatch' }] },
    says: ['/api/v2/oauth/clients', /total is \d+/],
  },
  {
    name: 'a 403 on the clients',
    options: { faults: [{ endpoint: 'clients', kind: 'forbidden' }] },
    says: ['403', 'missing.any.permissions', 'oauth:client:view', CORRELATION],
  },
  {
    name: 'a permission missing from the role (403)',
    options: { permissions: ['authorization:role:view', 'authorization:division:view'] },
    says: ['403', 'missing.any.permissions', 'oauth:client:view', CORRELATION],
  },
  {
    name: 'a 403 on roles while the policy names roles',
    options: { faults: [{ endpoint: 'roles', kind: 'forbidden' }] },
    says: ['GET /api/v2/authorization/roles', '403', 'authorization:role:view', CORRELATION],
  },
  {
    name: 'a 401 on every API call (a token that dies at once)',
    options: { faults: [{ endpoint: 'clients', kind: 'expired-token' }] },
    says: ['401', 'bad.credentials', CORRELATION, /signing in again|client-id|region/],
  },
  {
    name: 'a sign-in that keeps failing with 503',
    options: { faults: [{ endpoint: 'token', kind: 'status', statuses: [503], times: forever }] },
    says: ['/oauth/token', '503'],
  },
  {
    name: 'the scope catalogue failing while unknown-scope is on',
    options: { faults: [{ endpoint: 'scopes', kind: 'status', statuses: [500], times: forever }] },
    says: ['GET /api/v2/oauth/scopes', '500', CORRELATION],
  },
  {
    name: 'a body that stalls past the body timeout',
    options: { faults: [{ endpoint: 'clients', kind: 'stall', ms: 20_000, afterBytes: 100 }] },
    says: ['GET /api/v2/oauth/clients', /stalled for more than 500 ms/, 'GENESYS_AUDIT_BODY_TIMEOUT_MS'],
  },
  {
    name: 'headers that never come in time',
    options: { faults: [{ endpoint: 'clients', kind: 'delay', ms: 20_000 }] },
    says: ['GET /api/v2/oauth/clients', /no response within 500 ms/, 'GENESYS_AUDIT_HEADERS_TIMEOUT_MS'],
  },
];

describe('persistent faults end incomplete, with the cause, in seconds', () => {
  test.concurrent.each(persistent.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const run = await auditWith(c.options, c.inputs);
    expectOutcome(run, 'incomplete');
    expect(run.ms).toBeLessThan(FAST_RUN_MS);
    const errors = errorMessages(run);
    expect(errors).toHaveLength(1);
    const message = errors[0]!;
    expect(message).toMatch(/^Audit incomplete, so it cannot pass: /);
    for (const part of c.says) {
      if (typeof part === 'string') expect(message).toContain(part);
      else expect(message).toMatch(part);
    }
    expect(run.summary).toContain('Audit incomplete');
    // No report of a partial audit is left for a later step to pick up.
    expect(run.outputs['report-json']).toBe('');
  });
});

describe('a server that accepts connections and never answers', () => {
  let server: Server;
  const sockets = new Set<Socket>();
  let url: string;

  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no address');
    url = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('hits the headers timeout on sign-in instead of hanging', async () => {
    const run = await runAdversarial({
      inputs: { 'api-base-url': url, 'login-base-url': url, 'client-id': CLIENT_ID, 'client-secret': SECRET },
      policyFile: POLICY,
      timeoutMs: 30_000,
    });
    expectOutcome(run, 'incomplete');
    expect(run.ms).toBeLessThan(FAST_RUN_MS);
    const message = errorMessages(run).at(-1)!;
    expect(message).toContain('/oauth/token');
    expect(message).toMatch(/no response within 500 ms/);
    expect(message).toContain('GENESYS_AUDIT_HEADERS_TIMEOUT_MS');
  });

  test('hits the headers timeout on the API after a good sign-in', async () => {
    const sandbox = await startSandbox({ seed: 'demo', clientId: CLIENT_ID, clientSecret: SECRET });
    try {
      const run = await runAdversarial({
        inputs: { ...sandboxInputs(sandbox), 'api-base-url': url },
        policyFile: POLICY,
        timeoutMs: 30_000,
      });
      expectOutcome(run, 'incomplete');
      expect(run.ms).toBeLessThan(FAST_RUN_MS);
      expect(errorMessages(run).at(-1)).toMatch(
        /GET \/api\/v2\/oauth\/clients failed: .*no response within 500 ms/,
      );
    } finally {
      await sandbox.close();
    }
  });
});

describe('an API whose answers are not valid HTTP, or never end', () => {
  type Answer = Parameters<typeof startRawServer>[0];
  const NOT_HTTP = /the answer from 127\.0\.0\.1:\d+ was not valid HTTP \(.*a proxy/;
  const cases: [string, Answer, RegExp, Record<string, string>][] = [
    ...Object.entries(BROKEN_ANSWERS).map(
      ([name, answer]): [string, Answer, RegExp, Record<string, string>] => [
        name,
        sendAll(answer),
        NOT_HTTP,
        {},
      ],
    ),
    ['a chunked body cut off', truncatedChunked, /cut off before its end/, {}],
    [
      // Each gap is under the body timeout: only the overall deadline (2 s here) ends it.
      'a body sent a byte a second',
      drip(1000),
      /no complete response within 2000 ms .*GENESYS_AUDIT_REQUEST_TIMEOUT_MS/,
      { GENESYS_AUDIT_BODY_TIMEOUT_MS: '1500' },
    ],
  ];
  test.concurrent.each(cases)(
    '%s ends incomplete, retried, with advice',
    async (_name, answer, says, env) => {
      const raw = await startRawServer(answer);
      const sandbox = await startSandbox({ seed: 'demo', clientId: CLIENT_ID, clientSecret: SECRET });
      let run: AdvRun;
      try {
        run = await runAdversarial({
          inputs: { ...sandboxInputs(sandbox), 'api-base-url': raw.url },
          env,
          policyFile: POLICY,
          timeoutMs: 30_000,
        });
      } finally {
        await sandbox.close();
        await raw.close();
      }
      expectOutcome(run, 'incomplete');
      // Generous: a bound against a hang, not a measurement.
      expect(run.ms).toBeLessThan(25_000);
      const message = errorMessages(run).at(-1)!;
      expect(message).toMatch(/^Audit incomplete, so it cannot pass: GET \/api\/v2\/oauth\/clients failed: /);
      expect(message).toMatch(says);
      expect(message).toMatch(/after \d+ attempts/);
      expect(run.outputs['report-json']).toBe('');
    },
  );
});

describe('behind a proxy', () => {
  test.each(['system', 'node24'] as const)(
    'HTTP_PROXY carries every request (NO_PROXY empty, so loopback too): the same report (%s Node)',
    async (node) => {
      const proxy = await startProxy();
      const sandbox = await startSandbox({
        seed: 'demo',
        clientId: CLIENT_ID,
        clientSecret: SECRET,
        injectSecrets: true,
      });
      let run: AdvRun;
      try {
        run = await runAdversarial({
          node,
          inputs: sandboxInputs(sandbox),
          env: { HTTP_PROXY: proxy.url, NO_PROXY: '' },
          policyFile: POLICY,
          timeoutMs: 30_000,
        });
      } finally {
        await sandbox.close();
        await proxy.close();
      }
      expectOutcome(run, 'fail');
      expect(judged(run)).toEqual(clean);
      const host = new URL(sandbox.url).host;
      expect(proxy.seen.length).toBeGreaterThan(0);
      expect(new Set(proxy.seen)).toEqual(new Set([`CONNECT ${host}`]));
    },
  );

  test('a proxy that is down: incomplete, and the message names it', async () => {
    const down = await startRawServer(() => {});
    const url = down.url;
    await down.close();
    const sandbox = await startSandbox({ seed: 'demo', clientId: CLIENT_ID, clientSecret: SECRET });
    let run: AdvRun;
    try {
      run = await runAdversarial({
        inputs: sandboxInputs(sandbox),
        env: { http_proxy: url, NO_PROXY: '' },
        policyFile: POLICY,
        timeoutMs: 30_000,
      });
    } finally {
      await sandbox.close();
    }
    expectOutcome(run, 'incomplete');
    expect(sandbox.requests).toEqual([]);
    const message = errorMessages(run).at(-1)!;
    expect(message).toContain(`connecting to the proxy ${url} (http_proxy)`);
    expect(message).toContain('Check http_proxy');
  });
});
