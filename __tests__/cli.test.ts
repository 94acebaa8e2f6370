/** The command-line shell: commands, options, output formats and exit codes (SPEC §8, §10). */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main, type Io } from '../src/cli.js';
import { validateReport } from '../src/report/validate.js';
import { INJECTED_SECRET_PREFIX, startSandbox, type Sandbox } from '../src/sandbox/server.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SECRET = 'cli-Secret-77a1';

interface Captured {
  io: Io;
  out: () => string;
  err: () => string;
}

function capture(
  env: NodeJS.ProcessEnv = {},
  cwd = mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-cli-')),
): Captured {
  let out = '';
  let err = '';
  return {
    io: {
      out: (s) => void (out += s),
      err: (s) => void (err += s),
      env: { ...env },
      cwd,
      isTTY: false,
    },
    out: () => out,
    err: () => err,
  };
}

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    seed: 'demo',
    clientId: 'cli-client',
    clientSecret: SECRET,
    injectSecrets: true,
  });
});
afterAll(async () => {
  await sandbox?.close();
});

const credentials = (): NodeJS.ProcessEnv => ({
  GENESYS_CLIENT_ID: 'cli-client',
  GENESYS_CLIENT_SECRET: SECRET,
});
const endpoints = (): string[] => [
  '--api-base-url',
  sandbox.apiBaseUrl,
  '--login-base-url',
  sandbox.loginBaseUrl,
];
const examplePolicy = ['--policy', path.join(ROOT, 'policies', 'oauth-policy.yml')];

describe('genesys-oauth-audit', () => {
  test('--help lists the commands; an unknown command is a usage error', async () => {
    const help = capture();
    expect(await main(['--help'], help.io)).toBe(0);
    for (const c of ['audit', 'validate', 'snapshot', 'sandbox', 'demo', 'merge'])
      expect(help.out()).toContain(c);
    const unknown = capture();
    expect(await main(['audti'], unknown.io)).toBe(2);
    expect(unknown.err()).toContain('Unknown command "audti"');
    const each = capture();
    expect(await main(['audit', '--help'], each.io)).toBe(0);
    expect(each.out()).toContain('--fail-on');
  });

  test('validate: 0 for a valid policy, 2 with file:line:col for an invalid one', async () => {
    const ok = capture();
    expect(await main(['validate', ...examplePolicy], ok.io)).toBe(0);
    expect(ok.out()).toContain('valid');

    const bad = capture();
    writeFileSync(path.join(bad.io.cwd, 'p.yml'), 'version: 1\nchecks:\n  password-grant: severe\n');
    expect(await main(['validate', '--policy', 'p.yml'], bad.io)).toBe(2);
    expect(bad.err()).toMatch(/p\.yml:3:\d+/);
    expect(bad.err()).not.toMatch(/\n\s+at /);
  });

  test('audit: exit 1 on violations, reports written, no secret anywhere', async () => {
    const run = capture(credentials());
    const code = await main(
      ['audit', ...endpoints(), ...examplePolicy, '--report-dir', 'out', '--sarif'],
      run.io,
    );
    expect(code).toBe(1);
    expect(run.out()).toContain('Agent Desktop Classic');
    const json = readFileSync(path.join(run.io.cwd, 'out', 'oauth-audit.json'), 'utf8');
    expect(validateReport(JSON.parse(json)).ok).toBe(true);
    expect(existsSync(path.join(run.io.cwd, 'out', 'oauth-audit.sarif'))).toBe(true);
    const csv = readFileSync(path.join(run.io.cwd, 'out', 'oauth-audit.csv'), 'utf8');
    for (const text of [run.out(), run.err(), json, csv]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(INJECTED_SECRET_PREFIX);
    }
  });

  test('audit --format json prints the report; --fail-on never passes', async () => {
    const run = capture(credentials());
    const code = await main(
      ['audit', ...endpoints(), ...examplePolicy, '--format', 'json', '--fail-on', 'never', '--no-reports'],
      run.io,
    );
    expect(code).toBe(0);
    const report = JSON.parse(run.out()) as { result: string; failOn: string };
    expect(report.result).toBe('pass');
    expect(report.failOn).toBe('never');
    expect(existsSync(path.join(run.io.cwd, 'oauth-audit-report'))).toBe(false);
  });

  test('audit --format markdown renders the job summary', async () => {
    const run = capture(credentials());
    expect(
      await main(['audit', ...endpoints(), ...examplePolicy, '--format', 'markdown', '--no-reports'], run.io),
    ).toBe(1);
    expect(run.out()).toMatch(/^## /);
    expect(run.out()).toContain('| Client |');
  });

  test('audit without credentials, with a bad --fail-on, or with a bad format: exit 2', async () => {
    const none = capture();
    expect(await main(['audit', ...endpoints(), ...examplePolicy], none.io)).toBe(2);
    expect(none.err()).toContain('GENESYS_CLIENT_ID');
    const failOn = capture(credentials());
    expect(await main(['audit', ...endpoints(), ...examplePolicy, '--fail-on', 'bad'], failOn.io)).toBe(2);
    const format = capture(credentials());
    expect(
      await main(['audit', ...endpoints(), ...examplePolicy, '--format', 'xml', '--no-reports'], format.io),
    ).toBe(2);
  });

  test('a wrong secret is incomplete: exit 3, and the secret is not printed', async () => {
    const run = capture({ GENESYS_CLIENT_ID: 'cli-client', GENESYS_CLIENT_SECRET: 'wrong-secret-9' });
    expect(await main(['audit', ...endpoints(), ...examplePolicy], run.io)).toBe(3);
    expect(run.err()).toContain('invalid_client');
    expect(run.err()).not.toContain('wrong-secret-9');
  });

  test('credentials come from a .env file in the working folder', async () => {
    const run = capture();
    writeFileSync(
      path.join(run.io.cwd, '.env'),
      `GENESYS_CLIENT_ID=cli-client\nGENESYS_CLIENT_SECRET=${SECRET}\n`,
    );
    expect(
      await main(['audit', ...endpoints(), ...examplePolicy, '--fail-on', 'never', '--no-reports'], run.io),
    ).toBe(0);
  });

  test('snapshot, then audit the snapshot offline: same verdict, no secret in the file', async () => {
    const snap = capture(credentials());
    expect(await main(['snapshot', ...endpoints(), '--out', 'org.json'], snap.io)).toBe(0);
    const file = path.join(snap.io.cwd, 'org.json');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(INJECTED_SECRET_PREFIX);
    expect(text).not.toMatch(/"secret"/);

    const live = capture(credentials());
    await main(['audit', ...endpoints(), ...examplePolicy, '--format', 'json', '--no-reports'], live.io);
    const offline = capture({}, snap.io.cwd);
    const before = sandbox.requests.length;
    expect(
      await main(
        ['audit', '--snapshot', 'org.json', ...examplePolicy, '--format', 'json', '--no-reports'],
        offline.io,
      ),
    ).toBe(1);
    expect(sandbox.requests.length).toBe(before);
    const a = JSON.parse(live.out()) as { summary: unknown; clients: { findings: unknown }[] };
    const b = JSON.parse(offline.out()) as {
      summary: unknown;
      clients: { findings: unknown }[];
      source: { kind: string };
    };
    expect(b.source.kind).toBe('snapshot');
    expect(b.summary).toEqual(a.summary);
    expect(b.clients.map((c) => c.findings)).toEqual(a.clients.map((c) => c.findings));
  });

  test('merge names an unreadable report without quoting its content', async () => {
    const run = capture();
    writeFileSync(path.join(run.io.cwd, 'a.json'), 'root:x:0:0:hunter2-not-json');
    expect(await main(['merge', 'a.json'], run.io)).toBe(2);
    expect(run.err()).toContain('Cannot read report a.json: not valid JSON');
    expect(run.err()).not.toContain('hunter2');
  });

  test('demo: starts the sandbox, audits it, writes the reports, exits 0 although the audit fails', async () => {
    const run = capture();
    const code = await main(['demo', ...examplePolicy, '--report-dir', 'demo-out'], run.io);
    expect(code).toBe(0);
    expect(run.out()).toMatch(/FAIL/);
    expect(run.err()).toContain('demo-out/oauth-audit.json');
    expect(existsSync(path.join(run.io.cwd, 'demo-out', 'oauth-audit.csv'))).toBe(true);
  });
});

describe('paths: a link in the working folder cannot lead out of it', () => {
  const MARKER = 'CliEnvMarker-5d1e';

  test('a policy linked to /proc/self/environ is refused without reading it', async () => {
    const run = capture({ CLI_MARKER: MARKER });
    process.env['CLI_MARKER'] = MARKER;
    try {
      symlinkSync('/proc/self/environ', path.join(run.io.cwd, 'p.yml'));
      expect(await main(['validate', '--policy', 'p.yml'], run.io)).toBe(2);
    } finally {
      delete process.env['CLI_MARKER'];
    }
    expect(run.err()).toMatch(
      /--policy \("p\.yml"\) resolves to \/proc\/\d+\/environ, outside the working folder/,
    );
    expect(run.out() + run.err()).not.toContain(MARKER);
  });

  test('a report folder linked outside is refused before the audit; nothing is written there', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-outside-'));
    const run = capture(credentials());
    symlinkSync(outside, path.join(run.io.cwd, 'out'));
    const before = sandbox.requests.length;
    expect(
      await main(['audit', ...endpoints(), ...examplePolicy, '--report-dir', 'out/reports'], run.io),
    ).toBe(2);
    expect(run.err()).toContain('--report-dir ("out/reports") resolves to');
    expect(sandbox.requests.length).toBe(before);
    expect(readdirSync(outside)).toEqual([]);
  });

  test('snapshot --out through a link out of the folder is refused', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-outside-'));
    const run = capture(credentials());
    symlinkSync(path.join(outside, 'org.json'), path.join(run.io.cwd, 'org.json'));
    expect(await main(['snapshot', ...endpoints(), '--out', 'org.json'], run.io)).toBe(2);
    expect(run.err()).toContain('--out ("org.json")');
    expect(readdirSync(outside)).toEqual([]);
  });

  test("a path typed outside the folder is the user's choice; a link inside it is followed", async () => {
    const run = capture();
    mkdirSync(path.join(run.io.cwd, 'policies'));
    symlinkSync(
      path.join(ROOT, 'policies', 'oauth-policy.yml'),
      path.join(run.io.cwd, 'policies', 'linked.yml'),
    );
    // Linked out of the folder: refused, although the same file typed as a path is accepted.
    expect(await main(['validate', '--policy', 'policies/linked.yml'], run.io)).toBe(2);
    const typed = capture({}, run.io.cwd);
    expect(await main(['validate', ...examplePolicy], typed.io)).toBe(0);
    writeFileSync(
      path.join(run.io.cwd, 'real.yml'),
      readFileSync(path.join(ROOT, 'policies', 'oauth-policy.yml')),
    );
    symlinkSync('real.yml', path.join(run.io.cwd, 'inside.yml'));
    const inside = capture({}, run.io.cwd);
    expect(await main(['validate', '--policy', 'inside.yml'], inside.io)).toBe(0);
  });

  test('merge refuses a FIFO at once instead of waiting on it', async () => {
    const run = capture();
    execFileSync('mkfifo', [path.join(run.io.cwd, 'a.json')]);
    expect(await main(['merge', 'a.json'], run.io)).toBe(2);
    expect(run.err()).toContain('Report ("a.json") is a FIFO, not a regular file');
  });
});
