/**
 * The command line as a newcomer meets it: `init`, the help of every command, a mistyped command or
 * option, the output formats, and the lines that say why the tool is waiting. Each is shown in
 * process (src/) and on the bundle (dist/cli/index.js, as `npm run build` makes it).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { main, type Io } from '../src/cli.js';
import { COMMANDS } from '../src/cli/options.js';
import { KIND_WORDS } from '../src/sandbox/fault-syntax.js';
import { FAULT_ENDPOINTS } from '../src/sandbox/faults.js';
import { retryNotice } from '../src/genesys/api-error.js';
import { parseFaultSpec, startSandbox, type Sandbox } from '../src/sandbox/server.js';
// @ts-expect-error -- a plain .mjs script without types
import { generate, TARGET, userWorkflow } from '../scripts/gen-starter-files.mjs';
import { NODE24, REPO_ROOT, runAction, sandboxInputs } from './e2e/runner.js';

const CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const read = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const tempDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-first-run-'));

function capture(env: NodeJS.ProcessEnv = {}, cwd = tempDir()) {
  let out = '';
  let err = '';
  const io: Io = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    env: { ...env },
    cwd,
    isTTY: false,
  };
  return { io, out: () => out, err: () => err };
}

/** The CLI bundle run as an installed command runs it, in `cwd`. */
async function bundle(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(NODE24, [CLI_BUNDLE, ...args], {
      cwd,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout: string; stderr: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout, stderr: err.stderr };
  }
}

const STARTER = {
  'policies/oauth-policy.yml': read('policies/baseline.yml'),
  'policies/oauth-policy.schema.json': read('policies/oauth-policy.schema.json'),
  '.github/workflows/oauth-audit.yml': (userWorkflow as (t: string) => string)(
    read('.github/workflows/oauth-audit.yml'),
  ),
};

describe('init', () => {
  test('src/cli/starter-files.generated.ts is current (npm run gen:starter)', () => {
    expect(readFileSync(TARGET as string, 'utf8')).toBe((generate as () => string)());
  });

  test('the workflow it writes runs the released action, and is the shipped one otherwise', () => {
    const written = STARTER['.github/workflows/oauth-audit.yml'];
    expect(written).toContain('uses: <owner>/genesys-oauth-audit@v1');
    expect(written).not.toMatch(/uses: \.\/\s*$/m);
  });

  test('writes the baseline policy, the schema and the workflow byte for byte, then the next steps', async () => {
    const run = capture();
    expect(await main(['init'], run.io)).toBe(0);
    for (const [file, text] of Object.entries(STARTER))
      expect(readFileSync(path.join(run.io.cwd, file), 'utf8')).toBe(text);
    expect(read('policies/baseline.yml')).toMatch(
      /^# yaml-language-server: \$schema=\.\/oauth-policy\.schema\.json\n/,
    );
    for (const file of Object.keys(STARTER)) expect(run.out()).toContain(file);
    expect(run.out()).toMatch(/GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET/);
    // What it wrote is a valid policy, found at the default path.
    const check = capture({}, run.io.cwd);
    expect(await main(['validate'], check.io)).toBe(0);
  });

  test('refuses when any file exists: lists it, writes nothing, exit 2', async () => {
    const run = capture();
    mkdirSync(path.join(run.io.cwd, 'policies'));
    writeFileSync(path.join(run.io.cwd, 'policies', 'oauth-policy.yml'), 'mine\n');
    expect(await main(['init'], run.io)).toBe(2);
    expect(run.err()).toMatch(
      /^invalid-input: init writes nothing: policies\/oauth-policy\.yml already exists/,
    );
    expect(readFileSync(path.join(run.io.cwd, 'policies', 'oauth-policy.yml'), 'utf8')).toBe('mine\n');
    expect(readdirSync(path.join(run.io.cwd, 'policies'))).toEqual(['oauth-policy.yml']);
    expect(existsSync(path.join(run.io.cwd, '.github'))).toBe(false);
  });

  test('the action, without a policy file, names init too (dist/index.js)', async () => {
    const run = await runAction({ node: 'node24', inputs: { mode: 'validate' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('policy file not found: policies/oauth-policy.yml');
    expect(run.stdout).toContain('`npx genesys-oauth-audit init`');
  });

  test('a missing policy names the path tried and init', async () => {
    const run = capture();
    expect(await main(['validate'], run.io)).toBe(2);
    expect(run.err()).toContain(path.join(run.io.cwd, 'policies', 'oauth-policy.yml'));
    expect(run.err()).toContain('`npx genesys-oauth-audit init`');
  });
});

describe('help and options', () => {
  test.each(Object.keys(COMMANDS))(
    '%s --help lists every option, -v/--verbose, defaults and values',
    async (name) => {
      const run = capture();
      expect(await main([name, '--help'], run.io)).toBe(0);
      for (const option of Object.keys(COMMANDS[name]!.options)) expect(run.out()).toContain(`--${option}`);
      expect(run.out()).toContain('-v, --verbose');
      if ('format' in COMMANDS[name]!.options)
        expect(run.out()).toMatch(/--format FORMAT .*one of text, json, markdown; default text/);
      if ('fail-on' in COMMANDS[name]!.options)
        expect(run.out()).toMatch(/--fail-on SEVERITY .*one of critical, high, medium, low, info, never/);
    },
  );

  test('audit --help names the environment it reads; sandbox --help the --fault syntax', async () => {
    const audit = capture();
    await main(['audit', '--help'], audit.io);
    for (const v of [
      'GENESYS_CLIENT_ID',
      'GENESYS_CLIENT_SECRET',
      'GENESYS_ENVIRONMENT',
      'GENESYS_AUDIT_*',
      'HTTPS_PROXY',
    ])
      expect(audit.out()).toContain(v);
    expect(audit.out()).toContain('--policy FILE');
    expect(audit.out()).toContain('(default policies/oauth-policy.yml)');
    const sandbox = capture();
    await main(['sandbox', '--help'], sandbox.io);
    expect(sandbox.out()).toContain('--fault ENDPOINT:KIND[:OPTION=VALUE]');
    expect(sandbox.out()).toContain('(default sandbox-secret)');
  });

  test('sandbox --help names every fault endpoint and kind: an installed command has no source to read', async () => {
    const run = capture();
    await main(['sandbox', '--help'], run.io);
    const faults = run.out().slice(run.out().indexOf('--fault ENDPOINT'));
    for (const endpoint of FAULT_ENDPOINTS)
      expect(faults).toMatch(new RegExp(`[ ,]${endpoint.replace('*', '\\*')}[ ,\n]`));
    for (const kind of Object.keys(KIND_WORDS)) expect(faults).toContain(kind);
    expect(faults).not.toContain('README');
  });

  test('each usage line shows what is required without brackets, and ends with no space', async () => {
    for (const name of Object.keys(COMMANDS)) {
      const run = capture();
      await main([name, '--help'], run.io);
      const usage = run.out().split('\n')[0]!;
      expect(usage).toBe(usage.trimEnd());
    }
    const snapshot = capture();
    await main(['snapshot', '--help'], snapshot.io);
    expect(snapshot.out()).toMatch(/^Usage: genesys-oauth-audit snapshot --out FILE \[/);
  });

  test('diff --help does not say that --fail-on fails: diff fails on new violations only', async () => {
    const run = capture();
    await main(['diff', '--help'], run.io);
    const line = run
      .out()
      .split('\n')
      .find((l) => l.includes('--fail-on SEVERITY  '))!;
    expect(line).not.toMatch(/fail on findings/);
    expect(line).toContain('a violation, in both reports');
  });

  test.each([
    [['audti'], 'Unknown command "audti": did you mean audit?'],
    [['valdiate'], 'did you mean validate?'],
    [['audit', '--polcy', 'p.yml'], 'Unknown option --polcy for audit: did you mean --policy?'],
    [['audit', '--fail-no', 'high'], 'did you mean --fail-on?'],
    [
      ['sandbox', '--policy', 'p.yml'],
      'sandbox has no --policy option (audit, validate, snapshot, demo have one).',
    ],
  ])('%j: exit 2 with a suggestion', async (args, message) => {
    const run = capture();
    expect(await main(args, run.io)).toBe(2);
    expect(run.err()).toContain(message);
  });

  test('audit --format xml fails at once, before any request', async () => {
    const run = capture({ GENESYS_CLIENT_ID: 'an-id', GENESYS_CLIENT_SECRET: 'a-secret-1' });
    // A closed port: a request would make this incomplete (3), not invalid-input (2).
    const args = ['audit', '--api-base-url', 'http://127.0.0.1:9', '--format', 'xml', '--no-reports'];
    expect(await main(args, run.io)).toBe(2);
    expect(run.err()).toBe('invalid-input: --format must be one of text, json, markdown; got "xml".\n');
  });

  test('merge --format xml is an error, not text', async () => {
    const run = capture();
    expect(await main(['merge', '--format', 'xml', 'a.json'], run.io)).toBe(2);
    expect(run.out()).toBe('');
  });

  test('validate --format json: the result as JSON, valid or not', async () => {
    const ok = capture();
    expect(
      await main(
        ['validate', '--policy', path.join(REPO_ROOT, 'policies/baseline.yml'), '--format', 'json'],
        ok.io,
      ),
    ).toBe(0);
    expect(JSON.parse(ok.out())).toMatchObject({ valid: true, errors: [] });
    const bad = capture();
    writeFileSync(path.join(bad.io.cwd, 'p.yml'), 'version: 1\nchecks:\n  password-grant: severe\n');
    expect(await main(['validate', '--policy', 'p.yml', '--format', 'json'], bad.io)).toBe(2);
    const result = JSON.parse(bad.out()) as { valid: boolean; errors: { file: string; line: number }[] };
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatchObject({ file: 'p.yml', line: 3 });
  });

  test('demo --no-reports works in an empty folder, with the example policy built in', async () => {
    const run = capture();
    expect(await main(['demo', '--no-reports', '--format', 'json'], run.io)).toBe(0);
    expect(JSON.parse(run.out())).toMatchObject({ policy: { path: 'policies/oauth-policy.yml' } });
    expect(readdirSync(run.io.cwd)).toEqual([]);
  });
});

describe('a line indented too deep', () => {
  const POLICY = 'version: 1\nsettings:\n  fail-on: high\n    max-exemption-days: 90\n';
  const AT_LINE_4 =
    /^invalid-policy: Invalid policy: p\.yml:4:5: error: YAML: this line is indented deeper than `fail-on` \(column 3\) on line 3,/;

  test('is one error at the line to fix, on the command line and on the bundle', async () => {
    const run = capture();
    writeFileSync(path.join(run.io.cwd, 'p.yml'), POLICY);
    expect(await main(['validate', '--policy', 'p.yml'], run.io)).toBe(2);
    expect(run.err()).toMatch(AT_LINE_4);
    const bundled = await bundle(['validate', '--policy', 'p.yml'], run.io.cwd);
    expect(bundled.code).toBe(2);
    expect(bundled.stderr).toMatch(AT_LINE_4);
  });
});

describe('waits say what the tool waits for and how long', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'demo' });
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  const faults = (): void => {
    sandbox.clearFaults();
    sandbox.addFault(parseFaultSpec('clients:429:retry-after=1:times=1'));
    sandbox.addFault(parseFaultSpec('divisions:503:times=1'));
  };
  const RATE =
    /^Genesys Cloud asked to slow down \(429\): waiting 1 s before retrying GET \/api\/v2\/oauth\/clients \(attempt 2 of \d+\)\.$/m;
  const SERVER =
    /^Genesys Cloud answered 503: waiting \d+(\.\d)? m?s before retrying GET \/api\/v2\/authorization\/divisions \(attempt 2 of \d+\)\.$/m;

  test('each kind of wait in its own words', () => {
    const request = { method: 'GET', path: '/api/v2/oauth/clients', advice: '' };
    expect(retryNotice({ ...request, status: 429 }, 8000, 2, 5)).toBe(
      'Genesys Cloud asked to slow down (429): waiting 8 s before retrying GET /api/v2/oauth/clients (attempt 2 of 5).',
    );
    expect(retryNotice({ ...request, status: 502 }, 1250, 3, 5)).toBe(
      'Genesys Cloud answered 502: waiting 1.3 s before retrying GET /api/v2/oauth/clients (attempt 3 of 5).',
    );
    const reset = { ...request, problem: 'the connection was reset or closed early (ECONNRESET)' };
    expect(retryNotice(reset, 250, 2, 5)).toBe(
      'The connection was reset or closed early (ECONNRESET): waiting 250 ms before retrying GET /api/v2/oauth/clients (attempt 2 of 5).',
    );
  });

  test('on the command line: one line each on stderr, and the audit goes on', async () => {
    faults();
    const { clientId, clientSecret } = sandbox.source();
    const run = capture({ GENESYS_CLIENT_ID: clientId, GENESYS_CLIENT_SECRET: clientSecret });
    const args = [
      'audit',
      '--api-base-url',
      sandbox.apiBaseUrl,
      '--policy',
      path.join(REPO_ROOT, 'policies/oauth-policy.yml'),
      '--no-reports',
      '--format',
      'json',
    ];
    expect(await main(args, run.io)).toBe(1);
    expect(run.err().match(new RegExp(RATE.source, 'gm'))).toHaveLength(1);
    expect(run.err().match(new RegExp(SERVER.source, 'gm'))).toHaveLength(1);
    // A retry is no failure: nothing reads like one before the verdict.
    expect(run.err().split('Audit failed')[0]).not.toMatch(/fail|Re-run|incomplete/i);
  });

  test('in the action log (dist/index.js)', async () => {
    faults();
    const run = await runAction({
      node: 'node24',
      inputs: sandboxInputs(sandbox, { 'fail-on': 'never' }),
      policyFile: path.join(REPO_ROOT, 'policies/oauth-policy.yml'),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(RATE);
    expect(run.stdout).toMatch(SERVER);
  });

  test('on the CLI bundle', async () => {
    faults();
    const { clientId, clientSecret } = sandbox.source();
    const args = [
      'audit',
      '--api-base-url',
      sandbox.apiBaseUrl,
      '--policy',
      path.join(REPO_ROOT, 'policies/oauth-policy.yml'),
      '--no-reports',
      '--format',
      'json',
    ];
    const run = await bundle(args, tempDir(), {
      GENESYS_CLIENT_ID: clientId,
      GENESYS_CLIENT_SECRET: clientSecret,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(RATE);
    expect(run.stderr).toMatch(SERVER);
  });
});

test('help COMMAND is COMMAND --help', async () => {
  const a = capture();
  const b = capture();
  expect(await main(['help', 'diff'], a.io)).toBe(0);
  expect(await main(['diff', '--help'], b.io)).toBe(0);
  expect(a.out()).toBe(b.out());
  expect(a.out()).toContain('OLD.json NEW.json');
});

describe('the CLI bundle (dist/cli/index.js)', () => {
  test('--help, a mistyped command, init and demo, run as an installed command runs them', async () => {
    const cwd = tempDir();
    const help = await bundle(['--help'], cwd);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('init ');
    const typo = await bundle(['audti'], cwd);
    expect([typo.code, typo.stderr]).toEqual([2, expect.stringContaining('did you mean audit?')]);
    const init = await bundle(['init'], cwd);
    expect(init.code).toBe(0);
    for (const [file, text] of Object.entries(STARTER))
      expect(readFileSync(path.join(cwd, file), 'utf8')).toBe(text);
    const again = await bundle(['init'], cwd);
    expect(again.code).toBe(2);
    const demo = await bundle(['demo', '--no-reports'], tempDir());
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/password-grant/);
  });

  test('sandbox prints its URL, its credentials and the audit command that works against it', async () => {
    const child = spawn(NODE24, [CLI_BUNDLE, 'sandbox', '--port', '0'], { cwd: tempDir() });
    try {
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => void (stderr += d));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no banner: ${stderr}`)), 30_000);
        child.stderr.on('data', () => stderr.includes('Ctrl+C') && (clearTimeout(timer), resolve()));
      });
      expect(stderr).toMatch(/client ID: +sandbox-client\n +client secret: sandbox-secret\n/);
      const command =
        /^ +(GENESYS_CLIENT_ID=\S+) (GENESYS_CLIENT_SECRET=\S+) genesys-oauth-audit (audit .*)$/m.exec(
          stderr,
        )!;
      const env = Object.fromEntries(
        [command[1]!, command[2]!].map((kv) => kv.split('=') as [string, string]),
      );
      const audit = await bundle(
        [
          ...command[3]!.split(' '),
          '--policy',
          path.join(REPO_ROOT, 'policies/baseline.yml'),
          '--no-reports',
        ],
        tempDir(),
        env,
      );
      // The audit ran against the sandbox: a verdict (the demo org fails the baseline), not an error.
      expect([audit.code, audit.stderr]).toEqual([1, expect.stringMatching(/Read 38 OAuth client/)]);
    } finally {
      child.kill('SIGINT');
    }
  });

  test('starts with a #!/usr/bin/env node line and is executable', () => {
    expect(readFileSync(CLI_BUNDLE, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
