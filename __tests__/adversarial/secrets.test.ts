/**
 * The client secret, its Basic-auth form, the access token and the legacy `secret` values the API
 * may still carry never reach an output (SPEC §7) — on success, on failure, with debug logging,
 * and when a hostile server echoes them back in every field an error message is built from.
 * Every other scenario of this suite runs through the same check (`runAdversarial`).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { INJECTED_SECRET_PREFIX, startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.js';
import { REPO_ROOT, inputEnvName } from '../e2e/runner.js';
import {
  BASIC,
  CLIENT_ID,
  SECRET,
  errorMessages,
  expectNoSecrets,
  expectOutcome,
  runAdversarial,
  sandboxInputs,
  type AdvRun,
} from './harness.js';

const POLICY = path.join(REPO_ROOT, 'policies', 'oauth-policy.yml');

let sandbox: Sandbox;
let artifacts: FakeArtifactService;

beforeAll(async () => {
  [sandbox, artifacts] = await Promise.all([
    startSandbox({ seed: 'demo', clientId: CLIENT_ID, clientSecret: SECRET, injectSecrets: true }),
    startFakeArtifactService(),
  ]);
});

afterAll(async () => {
  await Promise.all([sandbox?.close(), artifacts?.close()]);
});

/** The run signed in, so a token was issued and masked: the check had something to look for. */
function expectTokenMasked(run: AdvRun): void {
  const masks = run.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
  expect(masks).toContain(SECRET);
  expect(masks).toContain(BASIC);
  expect(masks.length).toBeGreaterThanOrEqual(3);
}

describe('no secret in any output', () => {
  test.concurrent('on a passing audit, with the artifact uploaded and SARIF written', async () => {
    const run = await runAdversarial({
      inputs: sandboxInputs(sandbox, { 'fail-on': 'never', sarif: 'true' }),
      policyFile: POLICY,
      artifacts,
    });
    expectOutcome(run, 'pass');
    expectTokenMasked(run);
    expect(run.artifact).toBeDefined();
    expect([...run.artifact!.files.keys()].sort()).toEqual([
      'oauth-audit.csv',
      'oauth-audit.json',
      'oauth-audit.sarif',
    ]);
    // The legacy secrets were served: they were there to leak.
    expect(sandbox.org.clients.every((c) => c.secret?.startsWith(INJECTED_SECRET_PREFIX))).toBe(true);
  });

  test.concurrent('on a failing audit', async () => {
    const run = await runAdversarial({ inputs: sandboxInputs(sandbox), policyFile: POLICY, artifacts });
    expectOutcome(run, 'fail');
    expectTokenMasked(run);
  });

  test.concurrent('with debug logging on and every request retried once', async () => {
    const noisy = await startSandbox({
      seed: 'demo',
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      injectSecrets: true,
      faults: [
        { endpoint: '*', kind: 'status', statuses: [503], times: 1 },
        { endpoint: 'clients', kind: 'expired-token', nth: 2, times: 1 },
        { endpoint: 'roles', kind: 'truncate', times: 1 },
      ],
    });
    try {
      const run = await runAdversarial({
        inputs: sandboxInputs(noisy),
        policyFile: POLICY,
        env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' },
      });
      expectOutcome(run, 'fail');
      expect(run.commands.filter((c) => c.command === 'debug').length).toBeGreaterThan(0);
    } finally {
      await noisy.close();
    }
  });

  test.concurrent('with the secret from the environment, padded with whitespace', async () => {
    const inputs = sandboxInputs(sandbox);
    delete inputs['client-secret'];
    const run = await runAdversarial({
      inputs,
      env: { GENESYS_CLIENT_SECRET: `  ${SECRET}\n`, [inputEnvName('client-secret')]: undefined },
      policyFile: POLICY,
    });
    expectOutcome(run, 'fail');
    expectTokenMasked(run);
  });

  test.concurrent('with a wrong secret', async () => {
    const wrong = 'adv-Wrong-Secret-7xQp2';
    const run = await runAdversarial({
      inputs: sandboxInputs(sandbox, { 'client-secret': wrong }),
      policyFile: POLICY,
      extraSecrets: [wrong, Buffer.from(`${CLIENT_ID}:${wrong}`).toString('base64')],
    });
    expectOutcome(run, 'incomplete');
    expect(errorMessages(run).at(-1)).toContain('invalid_client');
  });

  test.concurrent(
    'with a secret too short to be one: refused, not masked, so the log stays readable',
    async () => {
      const run = await runAdversarial({
        inputs: sandboxInputs(sandbox, { 'client-secret': 'e' }),
        policyFile: POLICY,
      });
      expectOutcome(run, 'invalid-input');
      // Masked, "e" would be hidden in every word of the log by the runner.
      expect(run.commands.filter((c) => c.command === 'add-mask' && c.message === 'e')).toEqual([]);
      expect(errorMessages(run).at(-1)).toMatch(
        /^client-secret has only 1 character: a Genesys Cloud client secret/,
      );
    },
  );
});

/**
 * A server that plays Genesys but puts whatever credential it was sent into every field that ends
 * up in a message: the error body (message, code, contextId), the correlation-ID header and a
 * redirect's Location.
 */
function echoServer(
  mode: 'token-error' | 'api-error' | 'redirect',
): Promise<{ server: Server; url: string }> {
  const token = `echo-token-${'t'.repeat(24)}`;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const auth = req.headers.authorization ?? '';
    const credential = auth.replace(/^(Basic|Bearer) /, '');
    const body = (status: number, o: object) => {
      const text = JSON.stringify(o);
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
        'ININ-Correlation-Id': credential,
      });
      res.end(text);
    };
    req.resume();
    if (req.url === '/oauth/token') {
      if (mode === 'token-error') {
        body(401, {
          error: `bad ${auth}`,
          error_description: `you sent ${auth} (${credential})`,
          description: auth,
        });
      } else {
        body(200, { access_token: token, token_type: 'bearer', expires_in: 60 });
      }
      return;
    }
    if (mode === 'redirect') {
      res.writeHead(302, { location: `https://elsewhere.invalid/${credential}/x?token=${credential}` });
      res.end();
      return;
    }
    body(500, {
      message: `upstream saw ${auth}`,
      code: `code.${credential}`,
      status: 500,
      contextId: credential,
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no address');
      resolve({ server, url: `http://127.0.0.1:${address.port}` });
    });
  });
}

describe('a server that echoes the credentials back', () => {
  test.concurrent.each(['token-error', 'api-error', 'redirect'] as const)('in a %s', async (mode) => {
    const { server, url } = await echoServer(mode);
    try {
      const run = await runAdversarial({
        inputs: {
          'api-base-url': url,
          'login-base-url': url,
          'client-id': CLIENT_ID,
          'client-secret': SECRET,
        },
        policyFile: POLICY,
        extraSecrets: ['echo-token-'],
      });
      expectOutcome(run, 'incomplete');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('the check itself', () => {
  test('finds a secret planted in a report file', () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'adv-check-'));
    const reportDir = path.join(workspace, 'oauth-audit-report');
    mkdirSync(reportDir);
    writeFileSync(path.join(reportDir, 'oauth-audit.csv'), `id,name\r\nx,${SECRET}\r\n`);
    const run = {
      code: 0,
      signal: null,
      stdout: `::add-mask::${SECRET}\n`,
      stderr: '',
      outputs: {},
      summary: '',
      commands: [{ command: 'add-mask', properties: {}, message: SECRET }],
      workspace,
      reportDir,
      env: {},
      ms: 0,
    } satisfies AdvRun;
    expect(() => expectNoSecrets(run)).toThrow(/leaked into .*oauth-audit\.csv/);
  });
});
