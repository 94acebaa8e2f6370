/**
 * The API client against the project's sandbox over real HTTP: every fault and fail-closed case of
 * reading the org. Transient faults must recover to the full, correct result; persistent ones must end in
 * an IncompleteError that says what to do. Waits are real and short, set through the limits.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { IncompleteError } from '../../src/errors.js';
import { fetchOrg, type FetchNeeds, type FetchResult } from '../../src/genesys/api.js';
import type { HttpLimits } from '../../src/limits.js';
import type { OrgData } from '../../src/model.js';
import type { Logger } from '../../src/logger.js';
import {
  INJECTED_SECRET_PREFIX,
  parseFaultSpec,
  startSandbox,
  type FaultSpec,
  type RequestLogEntry,
  type Sandbox,
  type SandboxOptions,
} from '../../src/sandbox/server.js';
import type { ApiSourceSettings } from '../../src/settings.js';

const CLIENT_ID = 'audit-test-client';
const CLIENT_SECRET = 'audit-test-secret-0123456789';
const NEEDS: FetchNeeds = { roleNames: true, scopeCatalogue: true };

const LIMITS: HttpLimits = {
  connectTimeoutMs: 500,
  headersTimeoutMs: 300,
  bodyTimeoutMs: 300,
  requestTimeoutMs: 3000,
  maxRetries: 3,
  retryBudget: 20,
  backoffBaseMs: 5,
  backoffMaxMs: 40,
  maxRetryAfterSeconds: 2,
  maxBodyBytes: 64 * 1024 * 1024,
  usagePollMs: 0,
  usageTimeoutMs: 2000,
};

/** Every value masked in any run (the secret, the Basic credential, every token) and every request seen. */
const maskedValues = new Set<string>();
const allRequests: RequestLogEntry[] = [];
const messages: string[] = [];

const logger: Logger = {
  debug: (m) => messages.push(m),
  info: (m) => messages.push(m),
  warning: (m) => messages.push(m),
  mask: (v) => maskedValues.add(v),
};

const open: Sandbox[] = [];
afterEach(async () => {
  for (const sb of open.splice(0)) {
    allRequests.push(...sb.requests);
    await sb.close();
  }
});

async function sandbox(options: Partial<SandboxOptions> = {}, faults: FaultSpec[] = []): Promise<Sandbox> {
  const sb = await startSandbox({
    seed: 'demo',
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    port: 0,
    injectSecrets: true,
    faults,
    ...options,
  });
  open.push(sb);
  return sb;
}

function settings(
  sb: Sandbox,
  limits: Partial<HttpLimits> = {},
  over: Partial<ApiSourceSettings> = {},
): ApiSourceSettings {
  return {
    kind: 'api',
    region: 'custom',
    apiBaseUrl: sb.apiBaseUrl,
    loginBaseUrl: sb.loginBaseUrl,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    limits: { ...LIMITS, ...limits },
    ...over,
  };
}

function expectNoSecrets(text: string): void {
  expect(text).not.toContain(CLIENT_SECRET);
  expect(text).not.toContain(INJECTED_SECRET_PREFIX);
  for (const v of maskedValues) expect(text).not.toContain(v);
}

async function run(
  sb: Sandbox,
  limits: Partial<HttpLimits> = {},
  needs: FetchNeeds = NEEDS,
): Promise<FetchResult> {
  const result = await fetchOrg(settings(sb, limits), needs, logger);
  expectNoSecrets(JSON.stringify(result));
  return result;
}

async function fails(
  sb: Sandbox,
  limits: Partial<HttpLimits> = {},
  needs: FetchNeeds = NEEDS,
): Promise<string> {
  try {
    await fetchOrg(settings(sb, limits), needs, logger);
  } catch (err) {
    expect(err).toBeInstanceOf(IncompleteError);
    const message = (err as Error).message;
    expectNoSecrets(message);
    // One clear statement with advice, not a stack or a dump.
    expect(message).not.toMatch(/\n|\bat .*\.ts:\d+/);
    return message;
  }
  throw new Error('expected the audit to be incomplete');
}

const orgPart = (o: OrgData) => ({
  clients: o.clients,
  roles: o.roles,
  divisions: o.divisions,
  scopes: o.scopes,
});

let reference: OrgData;
let referenceCalls: number;

beforeAll(async () => {
  const sb = await sandbox();
  const r = await run(sb);
  reference = r.org;
  referenceCalls = r.apiCalls;
});

describe('against the sandbox: the clean run', () => {
  test('reads the demo org completely, with no secret and no write call', async () => {
    expect(reference.clients.length).toBe(38);
    expect(reference.clients.some((c) => c.grantType === 'CLIENT-CREDENTIALS')).toBe(true);
    expect(reference.roles?.length).toBeGreaterThan(0);
    expect(reference.divisions?.length).toBeGreaterThan(0);
    expect(reference.scopes?.length).toBeGreaterThan(100);
    // token + clients + scopes + roles + divisions
    expect(referenceCalls).toBe(5);
  });

  test('the number of API calls does not grow with the number of clients', async () => {
    const small = await run(await sandbox({ seed: 'synthetic:50', rateLimit: false }));
    const large = await run(await sandbox({ seed: 'synthetic:2000', rateLimit: false }));
    expect(small.org.clients).toHaveLength(50);
    expect(large.org.clients).toHaveLength(2000);
    expect(large.apiCalls).toBe(small.apiCalls);

    // Paged: the calls grow with pages only.
    const paged = await sandbox({ seed: 'synthetic:2000', pageSize: 500, rateLimit: false });
    const r = await run(paged);
    expect(r.org.clients).toHaveLength(2000);
    expect(r.apiCalls).toBe(small.apiCalls + 3);
    expect(orgPart(r.org)).toEqual(orgPart(large.org));
  });

  test('a listing without grant types is completed from the client detail', async () => {
    const sb = await sandbox({ omitListGrantTypes: true });
    const r = await run(sb);
    expect(orgPart(r.org)).toEqual(orgPart(reference));
    expect(sb.requests.filter((q) => /^\/api\/v2\/oauth\/clients\/[^/]+$/.test(q.path))).toHaveLength(38);
  });
});

describe('against the sandbox: transient faults recover to the full result', () => {
  // Every row has three cells: jest reads a missing one as a `done` callback.
  const transient: [string, FaultSpec[], Partial<SandboxOptions>][] = [
    ['a 5xx burst on the clients', [{ endpoint: 'clients', kind: 'status', statuses: [503, 502, 500] }], {}],
    ['a 503 on the token', [{ endpoint: 'token', kind: 'status', statuses: [503] }], {}],
    [
      'a 5xx on scopes, roles and divisions',
      [
        { endpoint: 'scopes', kind: 'status', statuses: [500] },
        { endpoint: 'roles', kind: 'status', statuses: [502, 504] },
        { endpoint: 'divisions', kind: 'status', statuses: [503] },
      ],
      {},
    ],
    [
      'a 429 with Retry-After on the clients',
      [{ endpoint: 'clients', kind: 'rate-limit', retryAfterSeconds: 1, times: 1 }],
      {},
    ],
    ['connection resets', [{ endpoint: '*', kind: 'reset', nth: 2, times: 2 }], {}],
    ['a truncated body', [{ endpoint: 'clients', kind: 'truncate', times: 1 }], {}],
    ['an HTML error page', [{ endpoint: 'clients', kind: 'html', times: 1 }], {}],
    ['an HTML page with status 200', [{ endpoint: 'roles', kind: 'html', status: 200, times: 1 }], {}],
    ['a slow answer (headers timeout)', [{ endpoint: 'clients', kind: 'delay', ms: 800, times: 1 }], {}],
    ['a stalled body (body timeout)', [{ endpoint: 'scopes', kind: 'stall', ms: 800, times: 1 }], {}],
    ['an expired token', [{ endpoint: 'roles', kind: 'expired-token', times: 1 }], {}],
    [
      'faults on a later page',
      [{ endpoint: 'clients', kind: 'status', statuses: [500, 503], nth: 3 }],
      { pageSize: 10 },
    ],
  ];

  test.each(transient)('%s', async (_name, faults, options) => {
    const sb = await sandbox(options, faults);
    const r = await run(sb);
    expect(orgPart(r.org)).toEqual(orgPart(reference));
    expect(r.warnings).toEqual([]);
    expect(r.apiCalls).toBe(sb.requests.length);
    expect(sb.requests.some((q) => q.faults !== undefined)).toBe(true);
  });

  test('an expired token signs in again once', async () => {
    const sb = await sandbox({}, [{ endpoint: 'clients', kind: 'expired-token', times: 1 }]);
    await run(sb);
    expect(sb.requests.filter((q) => q.path === '/oauth/token')).toHaveLength(2);
  });
});

describe('against the sandbox: persistent faults fail closed with advice', () => {
  const forever = 1000;

  test('persistent 5xx', async () => {
    const sb = await sandbox({}, [{ endpoint: 'clients', kind: 'status', statuses: [503], times: forever }]);
    const m = await fails(sb);
    expect(m).toMatch(
      /^GET \/api\/v2\/oauth\/clients failed: 503 .* \(after 4 attempts\) \(correlation ID [0-9a-f-]{36}\)\. .*re-run later/,
    );
    expect(sb.requests.filter((q) => q.path === '/api/v2/oauth/clients')).toHaveLength(4);
  });

  test('501 is not retried', async () => {
    const sb = await sandbox({}, [{ endpoint: 'scopes', kind: 'status', statuses: [501], times: forever }]);
    const m = await fails(sb);
    expect(m).toMatch(/^GET \/api\/v2\/oauth\/scopes failed: 501/);
    expect(sb.requests.filter((q) => q.path === '/api/v2/oauth/scopes')).toHaveLength(1);
  });

  test('a Retry-After above the cap', async () => {
    const sb = await sandbox({}, [{ endpoint: 'clients', kind: 'rate-limit', retryAfterSeconds: 3600 }]);
    const m = await fails(sb);
    expect(m).toMatch(
      /429 too\.many\.requests\.retry\.after .*asks to wait 3600 s .*GENESYS_AUDIT_MAX_RETRY_AFTER_S/,
    );
    expect(sb.requests.filter((q) => q.path === '/api/v2/oauth/clients')).toHaveLength(1);
  });

  test('persistent 429 within the cap exhausts the retries', async () => {
    const sb = await sandbox({}, [{ endpoint: 'divisions', kind: 'rate-limit', retryAfterSeconds: 0 }]);
    // Divisions are optional: the audit completes with a warning.
    const r = await run(sb);
    expect(r.org.divisions).toBeNull();
    expect(r.warnings.join()).toMatch(/Division names could not be read.*429/);
  });

  test('the retry budget of the run', async () => {
    const sb = await sandbox({ pageSize: 5 }, [
      { endpoint: '*', kind: 'status', statuses: [503, 500], times: forever },
    ]);
    const m = await fails(sb, { retryBudget: 2 });
    expect(m).toMatch(/retry budget of 2 retries is spent/);
  });

  test('connection resets', async () => {
    const m = await fails(await sandbox({}, [{ endpoint: 'clients', kind: 'reset' }]));
    expect(m).toMatch(/connection was reset or closed early .*after 4 attempts/);
  });

  test('a truncated body', async () => {
    const m = await fails(await sandbox({}, [{ endpoint: 'roles', kind: 'truncate' }]));
    expect(m).toMatch(
      /^GET \/api\/v2\/authorization\/roles failed: the response was cut off before its end .*after 4 attempts/,
    );
  });

  test('a non-JSON body', async () => {
    const m = await fails(await sandbox({}, [{ endpoint: 'clients', kind: 'html', status: 200 }]));
    expect(m).toMatch(/malformed response: the body is HTML, not JSON \(after 4 attempts\)/);
  });

  test('a slow server hits the headers timeout', async () => {
    const started = Date.now();
    const m = await fails(await sandbox({}, [{ endpoint: 'clients', kind: 'delay', ms: 5000 }]), {
      maxRetries: 1,
    });
    expect(m).toMatch(/no response within 300 ms \(after 2 attempts\).*GENESYS_AUDIT_HEADERS_TIMEOUT_MS/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('a stalled body hits the body timeout', async () => {
    const m = await fails(await sandbox({}, [{ endpoint: 'clients', kind: 'stall', ms: 5000 }]), {
      maxRetries: 1,
    });
    expect(m).toMatch(/body stalled for more than 300 ms.*GENESYS_AUDIT_BODY_TIMEOUT_MS/);
  });

  test('a paging loop', async () => {
    const m = await fails(await sandbox({ pageSize: 10 }, [{ endpoint: 'clients', kind: 'paging-loop' }]));
    expect(m).toMatch(/paging loop/);
  });

  test('duplicate IDs', async () => {
    const m = await fails(await sandbox({ pageSize: 10 }, [{ endpoint: 'clients', kind: 'duplicate-ids' }]));
    expect(m).toMatch(/is listed twice/);
  });

  test('a total that does not match', async () => {
    const m = await fails(await sandbox({}, [{ endpoint: 'clients', kind: 'total-mismatch', extra: 5 }]));
    expect(m).toMatch(/38 clients received but the listing's total is 43/);
  });

  test('a token that keeps expiring', async () => {
    const sb = await sandbox({}, [{ endpoint: 'clients', kind: 'expired-token' }]);
    const m = await fails(sb);
    expect(m).toMatch(/^GET \/api\/v2\/oauth\/clients failed: 401 .*even after signing in again/);
    expect(sb.requests.filter((q) => q.path === '/oauth/token')).toHaveLength(2);
  });

  test('a wrong secret: invalid_client, naming credentials and region', async () => {
    const sb = await sandbox();
    try {
      await fetchOrg(settings(sb, {}, { clientSecret: 'not-the-secret-XYZ' }), NEEDS, logger);
      throw new Error('expected a failure');
    } catch (err) {
      expect(err).toBeInstanceOf(IncompleteError);
      const m = (err as Error).message;
      expect(m).toMatch(
        /^Sign-in failed \(POST \/oauth\/token answered 40[01] \(correlation ID .+\)\): .*\(invalid_client\): check client-id\/client-secret and that `region`/,
      );
      expect(m).toMatch(/a client from another region fails the same way\.$/);
      expect(m).not.toContain('not-the-secret-XYZ');
    }
    expect(sb.requests).toHaveLength(1);
  });

  test('a 403 on the clients names oauth:client:view', async () => {
    const sb = await sandbox({ permissions: ['authorization:role:view'] });
    const m = await fails(sb);
    expect(m).toMatch(
      /^GET \/api\/v2\/oauth\/clients failed: 403 missing\.any\.permissions — .*\[oauth:client:view\] \(correlation ID .+\)\. Give the audit identity's role the permission oauth:client:view\.$/,
    );
  });

  test('a 403 on roles: incomplete when the policy names roles, else a warning', async () => {
    const permissions = ['oauth:client:view'];
    const m = await fails(await sandbox({ permissions }));
    expect(m).toMatch(/^GET \/api\/v2\/authorization\/roles failed: 403 .*authorization:role:view\.$/);
    const r = await run(await sandbox({ permissions }), {}, { roleNames: false, scopeCatalogue: true });
    expect(r.org.roles).toBeNull();
    expect(r.org.clients).toEqual(reference.clients);
    expect(r.warnings).toHaveLength(1);
  });

  test('divisions need no permission: the two the README names are enough', async () => {
    const r = await run(await sandbox({ permissions: ['oauth:client:view', 'authorization:role:view'] }));
    expect(r.org.divisions).toEqual(reference.divisions);
    expect(r.warnings).toEqual([]);
  });

  test('a 403 on divisions is a warning that asks for no permission', async () => {
    const fault: FaultSpec = { endpoint: 'divisions', kind: 'forbidden', times: forever };
    const r = await run(await sandbox({}, [fault]));
    expect(r.org.divisions).toBeNull();
    expect(orgPart({ ...r.org, divisions: reference.divisions })).toEqual(orgPart(reference));
    expect(r.warnings.join()).toMatch(/Division names could not be read \(the endpoint needs no permission/);
  });

  test('a broken scope catalogue: incomplete when needed, else a warning', async () => {
    const fault: FaultSpec = { endpoint: 'scopes', kind: 'status', statuses: [500], times: forever };
    const m = await fails(await sandbox({}, [fault]));
    expect(m).toMatch(/^GET \/api\/v2\/oauth\/scopes failed: 500/);
    const r = await run(await sandbox({}, [fault]), {}, { roleNames: true, scopeCatalogue: false });
    expect(r.org.scopes).toBeNull();
    expect(r.warnings.join()).toMatch(/scope catalogue could not be read/);
  });
});

describe('against the sandbox: a listing that might be partial fails closed', () => {
  const CORRELATION = '[0-9a-f]{8}-[0-9a-f-]{27}';
  /** A paged clients listing of 38 clients in 4 pages (10, 10, 10, 8). */
  const cases: [string, Partial<SandboxOptions>, string, RegExp][] = [
    [
      'page 2 answers 200 with an error body',
      { pageSize: 10 },
      'clients:error-body:nth=2:times=1',
      new RegExp(
        `^Malformed response from GET /api/v2/oauth/clients \\(page 2, correlation ID ${CORRELATION}\\): the answer is an error, not a listing, though its HTTP status is 200 \\(500 internal\\.server\\.error — .+\\)\\. .*re-run it`,
      ),
    ],
    [
      'page 1 answers 200 with an error body (not an empty org)',
      {},
      'clients:error-body:status=503',
      /clients \(page 1, .*an error, not a listing.*503 service\.unavailable/,
    ],
    [
      'page 3 without entities',
      { pageSize: 10 },
      'clients:field:name=entities:nth=3',
      /\(page 3, .*`entities` is missing/,
    ],
    [
      'pageCount 2 but no nextUri',
      {},
      'clients:field:name=pageCount:value=2',
      /page 1 of 2 has no `nextUri`/,
    ],
    [
      'nextUri dropped on page 1',
      { pageSize: 10 },
      'clients:field:name=nextUri:nth=1:times=1',
      /page 1 of 4 has no `nextUri`/,
    ],
    ['total missing', {}, 'clients:field:name=total', /`total` is missing/],
    ['total a string', {}, 'clients:field:name=total:value="38"', /`total` is a string, not a whole number/],
    ['total negative', {}, 'clients:field:name=total:value=-1', /`total` is -1, not a whole number/],
    [
      'total not an integer',
      {},
      'clients:field:name=total:value=37.5',
      /`total` is 37\.5, not a whole number/,
    ],
    [
      'total below what was received',
      {},
      'clients:field:name=total:value=37',
      /38 clients received but the listing's total is 37/,
    ],
    [
      'total changed on page 2',
      { pageSize: 10 },
      'clients:field:name=total:value=39:nth=2',
      /page 2 gives a `total` of 39 but page 1 gave 38/,
    ],
    ['pageCount missing', {}, 'clients:field:name=pageCount', /`pageCount` is missing/],
    ['pageCount a string', {}, 'clients:field:name=pageCount:value="1"', /`pageCount` is a string/],
    ['pageCount negative', { pageSize: 10 }, 'clients:field:name=pageCount:value=-4', /`pageCount` is -4/],
    [
      'nextUri a number',
      { pageSize: 10 },
      'clients:field:name=nextUri:value=2',
      /`nextUri` is 2, not a link/,
    ],
    [
      'nextUri an object',
      { pageSize: 10 },
      'clients:field:name=nextUri:value={"href":"/api/v2/oauth/clients?pageNumber=2"}',
      /`nextUri` is an object, not a link/,
    ],
    [
      'a roles page answering 200 with an error body',
      { seed: 'demo' },
      'roles:error-body',
      /^Malformed response from GET \/api\/v2\/authorization\/roles \(page 1, .*an error, not a listing/,
    ],
    [
      'roles without pageCount',
      {},
      'roles:field:name=pageCount',
      /authorization\/roles \(page 1, .*`pageCount` is missing/,
    ],
    [
      'roles with a total the pages do not reach',
      {},
      'roles:field:name=total:value=500',
      /GET \/api\/v2\/authorization\/roles failed: \d+ items received but the listing's total is 500/,
    ],
    [
      'a scope catalogue answering 200 with an error body',
      {},
      'scopes:error-body',
      /oauth\/scopes \(correlation ID .*an error, not a listing/,
    ],
    [
      'a scope catalogue without total',
      {},
      'scopes:field:name=total',
      /oauth\/scopes \(correlation ID .*`total` is missing/,
    ],
  ];
  test.each(cases)('%s', async (_name, options, fault, message) => {
    const sb = await sandbox(options, [parseFaultSpec(fault)]);
    const m = await fails(sb);
    expect(m).toMatch(message);
  });

  test('roles in several pages: an error body on page 2', async () => {
    const sb = await sandbox({ seed: 'synthetic:20:150' }, [
      parseFaultSpec('roles:error-body:nth=2:times=1'),
    ]);
    const m = await fails(sb);
    expect(m).toMatch(/GET \/api\/v2\/authorization\/roles \(page 2, .*an error, not a listing/);
  });

  test('divisions: a malformed listing leaves names unknown, never partial', async () => {
    const r = await run(await sandbox({}, [parseFaultSpec('divisions:field:name=total:value="3"')]));
    expect(r.org.divisions).toBeNull();
    expect(r.warnings.join()).toMatch(/Division names could not be read.*`total` is a string/);
  });
});

afterAll(() => {
  // No write call, ever: the only POST is the token request.
  expect(allRequests.length).toBeGreaterThan(100);
  const writes = allRequests.filter(
    (q) => q.method !== 'GET' && !(q.method === 'POST' && q.path === '/oauth/token'),
  );
  expect(writes).toEqual([]);
  for (const m of messages) expectNoSecrets(m);
});
