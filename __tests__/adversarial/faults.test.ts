/**
 * The fault matrix of SPEC §6 against the bundle, over real HTTP through the sandbox's fault
 * injection, with short limits. A fault that passes recovers to exactly the report of a clean run;
 * one that persists ends `incomplete` with a message a user can act on — never `pass`, and in
 * seconds, never a hang.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AuditReport } from '../../src/report/types.js';
import {
  parseFaultSpec as parse,
  parseSeed,
  startSandbox,
  type FaultSpec,
  type Sandbox,
  type SandboxOptions,
} from '../../src/sandbox/server.js';
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
import { foreignCommands, unsafeCharacters } from './parsers.js';

const POLICY = path.join(REPO_ROOT, 'policies', 'oauth-policy.yml');
/** Far below the default limits, far above what a healthy loopback run needs. */
const FAST_RUN_MS = 15_000;
const CORRELATION = /correlation ID [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

async function auditWith(
  options: SandboxOptions,
  inputs: Record<string, string> = {},
  policyFile = POLICY,
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
      policyFile,
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
  policyFile?: string;
}

const forever = 1_000_000;

/** A policy that accepts an org without clients. */
const EMPTY_OK = path.join(mkdtempSync(path.join(tmpdir(), 'adv-faults-')), 'empty-ok.yml');
writeFileSync(EMPTY_OK, 'version: 1\nsettings:\n  allow-empty-org: true\n');

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
    name: 'page 2 of the clients answering 200 with an error body',
    options: { pageSize: 5, faults: [parse('clients:error-body:nth=2:times=1')] },
    says: [
      'GET /api/v2/oauth/clients (page 2',
      CORRELATION,
      /an error, not a listing, though its HTTP status is 200 \(500 internal\.server\.error/,
      /re-run it/,
    ],
  },
  {
    name: 'an error body with status 200 where the org may be empty (allow-empty-org)',
    options: { faults: [parse('clients:error-body')] },
    policyFile: EMPTY_OK,
    says: ['GET /api/v2/oauth/clients (page 1', /an error, not a listing/],
  },
  {
    name: 'a page without entities',
    options: { pageSize: 5, faults: [parse('clients:field:name=entities:nth=3:times=1')] },
    says: ['GET /api/v2/oauth/clients (page 3', '`entities` is missing'],
  },
  {
    name: 'pageCount 2 but no nextUri',
    options: { faults: [parse('clients:field:name=pageCount:value=2')] },
    says: ['GET /api/v2/oauth/clients (page 1', 'page 1 of 2 has no `nextUri`'],
  },
  {
    name: 'the nextUri of page 1 dropped',
    options: { pageSize: 5, faults: [parse('clients:field:name=nextUri:nth=1:times=1')] },
    says: ['GET /api/v2/oauth/clients (page 1', /page 1 of \d+ has no `nextUri`/],
  },
  {
    name: 'total missing',
    options: { faults: [parse('clients:field:name=total')] },
    says: ['GET /api/v2/oauth/clients (page 1', '`total` is missing'],
  },
  {
    name: 'total a string',
    options: { faults: [parse('clients:field:name=total:value="38"')] },
    says: ['GET /api/v2/oauth/clients (page 1', '`total` is a string, not a whole number'],
  },
  {
    name: 'total negative',
    options: { faults: [parse('clients:field:name=total:value=-1')] },
    says: ['`total` is -1, not a whole number'],
  },
  {
    name: 'total not an integer',
    options: { faults: [parse('clients:field:name=total:value=2.5')] },
    says: ['`total` is 2.5, not a whole number'],
  },
  {
    name: 'total below the clients received',
    options: { faults: [parse('clients:field:name=total:value=3')] },
    says: ['GET /api/v2/oauth/clients', /\d+ clients received but the listing's total is 3/],
  },
  {
    name: 'total changing between pages',
    options: { pageSize: 5, faults: [parse('clients:field:name=total:value=1000:nth=2')] },
    says: ['GET /api/v2/oauth/clients (page 2', /page 2 gives a `total` of 1000 but page 1 gave \d+/],
  },
  {
    name: 'pageCount missing',
    options: { faults: [parse('clients:field:name=pageCount')] },
    says: ['GET /api/v2/oauth/clients (page 1', '`pageCount` is missing'],
  },
  {
    name: 'pageCount not an integer',
    options: { pageSize: 5, faults: [parse('clients:field:name=pageCount:value=1.5')] },
    says: ['`pageCount` is 1.5, not a whole number'],
  },
  {
    name: 'a nextUri that is a number',
    options: { pageSize: 5, faults: [parse('clients:field:name=nextUri:value=2')] },
    says: ['GET /api/v2/oauth/clients (page 1', '`nextUri` is 2, not a link'],
  },
  {
    name: 'a nextUri that is an object',
    options: {
      pageSize: 5,
      faults: [parse('clients:field:name=nextUri:value={"href":"/api/v2/oauth/clients?pageNumber=2"}')],
    },
    says: ['`nextUri` is an object, not a link'],
  },
  {
    name: 'a roles page answering 200 with an error body while the policy names roles',
    options: { faults: [parse('roles:error-body')] },
    says: ['GET /api/v2/authorization/roles (page 1', CORRELATION, /an error, not a listing/],
  },
  {
    name: 'roles without pageCount',
    options: { faults: [parse('roles:field:name=pageCount')] },
    says: ['GET /api/v2/authorization/roles (page 1', '`pageCount` is missing'],
  },
  {
    name: 'a scope catalogue without total while unknown-scope is on',
    options: { faults: [parse('scopes:field:name=total')] },
    says: ['GET /api/v2/oauth/scopes', '`total` is missing'],
  },
  {
    name: 'a 403 on the clients',
    options: { faults: [{ endpoint: 'clients', kind: 'forbidden' }] },
    says: ['403', 'missing.any.permissions', 'oauth:client:view', CORRELATION],
  },
  {
    name: 'a permission missing from the role (403)',
    options: { permissions: ['authorization:role:view'] },
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
    const run = await auditWith(c.options, c.inputs, c.policyFile);
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

test('an empty org passes with allow-empty-org only from a well-formed listing with total 0', async () => {
  const run = await auditWith({ seed: { clients: [] } }, {}, EMPTY_OK);
  expectOutcome(run, 'pass');
  expect(run.outputs.clients).toBe('0');
  expect(run.sandbox.requests.some((r) => r.path === '/api/v2/oauth/clients')).toBe(true);
});

describe('an error text from the server is shown as text', () => {
  /** Clear screen, hidden text, window titles, a clipboard write, bidi, workflow commands, a forged line. */
  const message =
    'Denied\nfake: Audit passed: everything fine\r\n::error::pwned ##[warning]legacy \u001b[2J\u001b[8mhidden' +
    '\u001b[0m\u001b]0;title\u0007\u001b]2;title\u001b\\\u202Eevil\u202C\u001b]52;c;ZXZpbA==\u0007\u009b31m';

  test.concurrent.each([
    ['an API call', 'clients'],
    ['the sign-in', 'token'],
  ] as const)('a 403 on %s', async (_name, endpoint) => {
    const run = await auditWith({ faults: [{ endpoint, kind: 'forbidden', message }] });
    expectOutcome(run, 'incomplete');
    for (const text of [run.stdout, run.stderr]) {
      expect(unsafeCharacters(text)).toEqual([]);
      expect(foreignCommands(text, ['::error::pwned', '##['])).toEqual([]);
    }
    const errors = errorMessages(run);
    expect(errors).toHaveLength(1);
    // The annotation shows the server's words on one line, after our own.
    expect(errors[0]).toMatch(/^Audit incomplete, so it cannot pass: .*403.*Denied fake: Audit passed/);
    expect(errors[0]).not.toContain('\n');
    expect(unsafeCharacters(errors[0]!)).toEqual([]);
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
    // The failure is an annotation: a word joiner keeps the URL from becoming a link.
    const message = errorMessages(run).at(-1)!.replaceAll('\u2060', '');
    expect(message).toContain(`connecting to the proxy ${url} (http_proxy)`);
    expect(message).toContain('Check http_proxy');
  });
});

describe('roles that would hide what they grant', () => {
  test('a permission policy whose entity holds a colon: incomplete, not a permission nobody forbids', async () => {
    const demo = parseSeed('demo');
    const roles = (demo.roles ?? []).map((r) =>
      r.name === 'Master Admin'
        ? { ...r, permissionPolicies: [{ domain: 'oauth', entityName: 'client:edit', actionSet: ['all'] }] }
        : r,
    );
    const run = await auditWith({ seed: { ...demo, roles } });
    expectOutcome(run, 'incomplete');
    expect(errorMessages(run).join('\n')).toContain('whose `entityName` holds a colon');
  });

  test('a role listed twice, its ID in another case, without its permissions: incomplete, not a role that grants nothing', async () => {
    // The copy would hide what the role grants from roles.forbid-permissions.
    const demo = parseSeed('demo');
    const roles = demo.roles ?? [];
    const admin = roles.find((r) => r.name === 'Master Admin')!;
    const { permissionPolicies: _dropped, ...copy } = admin;
    const seed = { ...demo, roles: [...roles, { ...copy, id: String(admin.id).toUpperCase() }] };
    const run = await auditWith({ seed });
    expectOutcome(run, 'incomplete');
    expect(errorMessages(run).join('\n')).toContain(`${String(admin.id).toUpperCase()} is listed twice`);
  });
});
