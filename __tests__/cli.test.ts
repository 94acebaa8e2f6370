/** The command-line shell: commands, options, output formats and exit codes. */
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
import stringWidth from 'string-width';
import { main, terminalIo, type Io } from '../src/cli.js';
import { Secrets } from '../src/redact.js';
import { validateReport } from '../src/report/validate.js';
import { client, finding, reportOf } from './report/fixtures.js';
import {
  INJECTED_SECRET_PREFIX,
  parseFaultSpec,
  parseSeed,
  startSandbox,
  type Sandbox,
} from '../src/sandbox/server.js';
import { liveLinks } from './report/github-links.js';
import { LINKING_NAMES } from './report/hostile.js';
import {
  EVASION_IDS,
  EVASION_POLICY,
  HOSTILE_POLICY,
  evasionOrg,
  hostileOrg,
} from './adversarial/hostile-org.js';

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
    for (const c of ['audit', 'validate', 'snapshot', 'sandbox', 'demo', 'merge', 'diff'])
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

  test('validate: warnings (exit 0) for an expired and a blanket exemption, at file:line:col', async () => {
    const run = capture();
    const exemption = (client: string, expires: string) =>
      `  - client: '${client}'\n    reason: r\n    owner: o\n    expires: ${expires}\n`;
    const soon = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    writeFileSync(
      path.join(run.io.cwd, 'p.yml'),
      `version: 1\nexemptions:\n${exemption('x', '2020-01-31')}${exemption('?*', soon)}`,
    );
    expect(await main(['validate', '--policy', 'p.yml'], run.io)).toBe(0);
    expect(run.err()).toMatch(/^p\.yml:6:14: warning: exemptions\[0\]\.expires: 2020-01-31 has passed/m);
    expect(run.err()).toMatch(
      /^p\.yml:7:13: warning: exemptions\[1\]\.client: "\?\*" matches every client name/m,
    );
    expect(run.out()).toContain('valid (2 warnings)');
  });

  test('validate: a %YAML 1.1 directive is refused at its line, not read as YAML 1.1', async () => {
    const run = capture();
    writeFileSync(
      path.join(run.io.cwd, 'p.yml'),
      '%YAML 1.1\n---\nversion: 1\nsettings:\n  allow-empty-org: yes\n',
    );
    expect(await main(['validate', '--policy', 'p.yml'], run.io)).toBe(2);
    expect(run.err()).toMatch(/p\.yml:1:1\b.*only `%YAML 1\.2` is accepted/);
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

  test('the verdict counts what the report counts, in the same words in every format', async () => {
    const json = capture(credentials());
    const args = ['audit', ...endpoints(), ...examplePolicy, '--no-reports'];
    expect(await main([...args, '--format', 'json'], json.io)).toBe(1);
    const { summary } = JSON.parse(json.out()) as {
      summary: { clients: number; clientsFailing: number; violations: number };
    };
    expect(summary.clientsFailing).toBeLessThan(summary.clients);
    const counted = `Audit failed: ${summary.violations} violations at or above high on ${summary.clientsFailing} of ${summary.clients} clients.`;
    expect(json.err()).toContain(counted);
    const text = capture(credentials());
    expect(await main(args, text.io)).toBe(1);
    const verdict = json.err().trim().split('\n').at(-1)!;
    expect(verdict).toMatch(/^Audit failed: /u);
    expect(
      text
        .out()
        .replace(/\n {4}/gu, ' ')
        .trimEnd()
        .endsWith(verdict),
    ).toBe(true);
  });

  test.each([
    ['not a terminal: COLUMNS', { isTTY: false, env: { COLUMNS: '80' } }, 80],
    ['not a terminal, no COLUMNS: 100', { isTTY: false, env: {} }, 100],
    ['a terminal: its width', { isTTY: true, columns: 200, env: { COLUMNS: '80', NO_COLOR: '1' } }, 200],
  ])('the table fits the width: %s', async (_, tty, width) => {
    const run = capture({ ...credentials(), ...tty.env });
    Object.assign(run.io, { isTTY: tty.isTTY, columns: 'columns' in tty ? tty.columns : undefined });
    expect(await main(['audit', ...endpoints(), ...examplePolicy, '--no-reports'], run.io)).toBe(1);
    const widths = run
      .out()
      .split('\n')
      .map((l) => stringWidth(l));
    expect(Math.max(...widths)).toBeLessThanOrEqual(width);
    expect(Math.max(...widths)).toBeGreaterThan(width - 10);
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

  test('audit with the shipped .env.example region and only --api-base-url reaches the sandbox', async () => {
    const run = capture({ ...credentials(), GENESYS_ENVIRONMENT: 'mypurecloud.com' });
    const code = await main(
      ['audit', '--api-base-url', sandbox.apiBaseUrl, ...examplePolicy, '--fail-on', 'never', '--no-reports'],
      run.io,
    );
    expect([code, run.err()]).toEqual([0, expect.not.stringContaining('login.mypurecloud.com')]);
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

  test.each([
    ['an error body with status 200', 'clients:error-body', /clients \(page 1, .*an error, not a listing/],
    ['pageCount 2 but no nextUri', 'clients:field:name=pageCount:value=2', /page 1 of 2 has no `nextUri`/],
    ['a total that is a string', 'clients:field:name=total:value="38"', /`total` is a string/],
    ['a nextUri that is an object', 'clients:field:name=nextUri:value={"p":2}', /`nextUri` is an object/],
  ])(
    'a listing that might be partial (%s) is incomplete: exit 3, the page named',
    async (_name, fault, says) => {
      sandbox.addFault(parseFaultSpec(fault));
      try {
        const run = capture(credentials());
        expect(await main(['audit', ...endpoints(), ...examplePolicy, '--no-reports'], run.io)).toBe(3);
        expect(run.err()).toMatch(says);
        expect(run.err()).toMatch(/re-run it/);
        expect(run.out() + run.err()).not.toContain(SECRET);
        expect(run.out() + run.err()).not.toContain(INJECTED_SECRET_PREFIX);
      } finally {
        sandbox.clearFaults();
      }
    },
  );

  test('unused-client: a waiting line per poll on stderr, then exit 3 when the usage query never completes', async () => {
    sandbox.addFault(parseFaultSpec('usage-results:query-running'));
    try {
      const env = { ...credentials(), GENESYS_AUDIT_USAGE_POLL_MS: '20', GENESYS_AUDIT_USAGE_TIMEOUT: '1' };
      const run = capture(env);
      expect(await main(['audit', ...endpoints(), ...examplePolicy, '--no-reports'], run.io)).toBe(3);
      expect(run.err()).toMatch(/Waiting for Genesys Cloud's usage query \(running, \d+ s so far\)…/);
      expect(run.err()).toContain("Genesys Cloud's usage query was still running after 1 s");
    } finally {
      sandbox.clearFaults();
    }
  });

  test('unused-client: a usage query that fails is exit 3 with what to do', async () => {
    sandbox.addFault(parseFaultSpec('usage-results:query-failed:times=1'));
    try {
      const run = capture(credentials());
      expect(await main(['audit', ...endpoints(), ...examplePolicy, '--no-reports'], run.io)).toBe(3);
      expect(run.err()).toMatch(/usage query for \S+ ended with status Failed.*re-run the audit/);
    } finally {
      sandbox.clearFaults();
    }
  });

  test('snapshot --policy keeps the max-idle of that policy in usage; a shorter snapshot cannot judge it', async () => {
    const snap = capture(credentials());
    writeFileSync(
      path.join(snap.io.cwd, 'long.yml'),
      'version: 1\nchecks:\n  unused-client: { max-idle: 120d }\n',
    );
    expect(await main(['snapshot', ...endpoints(), '--out', 'short.json'], snap.io)).toBe(0);
    expect(
      await main(['snapshot', ...endpoints(), '--policy', 'long.yml', '--out', 'long.json'], snap.io),
    ).toBe(0);
    const days = (f: string) => {
      const u = (
        JSON.parse(readFileSync(path.join(snap.io.cwd, f), 'utf8')) as { usage: { from: string; to: string } }
      ).usage;
      return Math.round((Date.parse(u.to.slice(0, 10)) - Date.parse(u.from)) / 86_400_000);
    };
    expect([days('short.json'), days('long.json')]).toEqual([90, 120]);
    const offline = (file: string) => {
      const run = capture({}, snap.io.cwd);
      return main(
        ['audit', '--snapshot', file, '--policy', 'long.yml', '--fail-on', 'never', '--no-reports'],
        run.io,
      ).then((code) => ({
        code,
        err: run.err(),
      }));
    };
    expect((await offline('long.json')).code).toBe(0);
    const short = await offline('short.json');
    expect(short.code).toBe(3);
    expect(short.err).toContain('the snapshot has usage since');
    expect(short.err).toContain('needs the last 120 days');
  });

  test.each([
    [
      'the users lookup (orphaned-client)',
      'users:403',
      /creators of the clients could not be looked up.*orphaned-client/s,
    ],
    ['the permission catalogue', 'permissions:403', null],
  ])(
    'a failure of %s: incomplete (exit 3) when the check needs it, else a warning',
    async (_name, fault, says) => {
      sandbox.addFault(parseFaultSpec(fault));
      try {
        const run = capture(credentials());
        const args = ['audit', ...endpoints(), ...examplePolicy, '--fail-on', 'never', '--no-reports'];
        expect(await main(args, run.io)).toBe(says ? 3 : 0);
        if (says) expect(run.err()).toMatch(says);
        else expect(run.err()).toMatch(/permission catalogue could not be read/);
      } finally {
        sandbox.clearFaults();
      }
    },
  );

  test('the demo org: a harmless role name hiding a dangerous permission, and orphaned clients', async () => {
    const run = capture(credentials());
    const args = ['audit', ...endpoints(), ...examplePolicy, '--format', 'json', '--no-reports'];
    expect(await main(args, run.io)).toBe(1);
    const report = JSON.parse(run.out()) as {
      clients: { name: string; findings: { check: string; subject: string }[] }[];
    };
    const found = report.clients.flatMap((c) =>
      c.findings.map((f) => `${c.name} | ${f.check} | ${f.subject}`),
    );
    expect(found).toContain(
      'Survey Integration | permission-forbidden | Reporting Reader: oauth:client:edit',
    );
    expect(found.filter((f) => f.includes('orphaned-client'))).toHaveLength(2);
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

  test('--format markdown and --sarif: names that GitHub would link or notify are inert', async () => {
    const snap = capture(credentials());
    expect(await main(['snapshot', ...endpoints(), '--out', 'org.json'], snap.io)).toBe(0);
    const file = path.join(snap.io.cwd, 'org.json');
    const org = JSON.parse(readFileSync(file, 'utf8')) as { clients: { name: string }[] };
    org.clients.forEach((c, i) => (c.name = LINKING_NAMES[i % LINKING_NAMES.length]!));
    writeFileSync(file, JSON.stringify(org));

    const run = capture({}, snap.io.cwd);
    const args = ['audit', '--snapshot', 'org.json', ...examplePolicy, '--format', 'markdown'];
    expect(await main([...args, '--sarif', '--report-dir', 'out'], run.io)).toBe(1);
    expect(run.out()).toContain('octocat');
    expect(liveLinks(run.out())).toEqual([]);
    const sarif = JSON.parse(readFileSync(path.join(run.io.cwd, 'out', 'oauth-audit.sarif'), 'utf8')) as {
      runs: { results: { message: { text: string } }[] }[];
    };
    const messages = sarif.runs[0]!.results.map((r) => r.message.text);
    expect(messages.some((m) => m.includes('octocat'))).toBe(true);
    for (const m of messages) expect(liveLinks(m, { plainText: true })).toEqual([]);
  });

  test('merge names an unreadable report without quoting its content', async () => {
    const run = capture();
    writeFileSync(path.join(run.io.cwd, 'a.json'), 'root:x:0:0:hunter2-not-json');
    expect(await main(['merge', 'a.json'], run.io)).toBe(3);
    expect(run.err()).toContain('a.json: cannot be read: not valid JSON');
    expect(run.err()).not.toContain('hunter2');
  });

  test('demo: starts the sandbox, audits it, writes the reports, says what audit would exit', async () => {
    const run = capture();
    const code = await main(['demo', ...examplePolicy, '--report-dir', 'demo-out'], run.io);
    expect(code).toBe(0);
    expect(run.err()).toContain('`audit` on this org would exit 1 (fail)');
    expect(run.out()).toMatch(/^Audit failed: \d+ violations at or above high on \d+ of \d+ clients\./mu);
    expect(run.err()).toContain('demo-out/oauth-audit.json');
    expect(existsSync(path.join(run.io.cwd, 'demo-out', 'oauth-audit.csv'))).toBe(true);
  });

  describe('data reaches the terminal as text only', () => {
    /** Clear screen, hidden text, window titles, a clipboard write, bidi, and a forged line. */
    const PAYLOAD =
      '\nfake: Audit passed: everything fine\r\n::error::pwned ##[error]x\u001b[2J\u001b[8mhidden\u001b[0m' +
      '\u001b]0;title\u0007\u001b]2;title\u001b\\\u202Eevil\u202C\u001b]52;c;ZXZpbA==\u0007\u009b31m';
    /** What a terminal acts on: C0 controls but LF and TAB, ESC and BEL among them, C1, bidi controls. */
    const UNSAFE =
      /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

    function expectTerminalSafe(text: string): void {
      expect(text).not.toMatch(UNSAFE);
      const lines = text.split('\n');
      expect(lines.filter((l) => l.startsWith('fake: Audit passed'))).toEqual([]);
      // The CLI never writes a workflow command: it often runs inside a workflow step.
      expect(lines.filter((l) => l.trimStart().startsWith('::') || l.includes('##['))).toEqual([]);
    }

    let hostile: Sandbox;
    let denied: Sandbox;
    beforeAll(async () => {
      const seed = parseSeed('demo');
      seed.clients = seed.clients.map((c) => ({ ...c, name: `${c.name}${PAYLOAD}` }));
      [hostile, denied] = await Promise.all([
        startSandbox({ seed, clientId: 'cli-client', clientSecret: SECRET }),
        startSandbox({
          seed: 'demo',
          clientId: 'cli-client',
          clientSecret: SECRET,
          faults: [{ endpoint: 'clients', kind: 'forbidden', message: `Denied${PAYLOAD}` }],
        }),
      ]);
    });
    afterAll(async () => {
      await Promise.all([hostile?.close(), denied?.close()]);
    });
    const at = (sb: Sandbox): string[] => [
      '--api-base-url',
      sb.apiBaseUrl,
      '--login-base-url',
      sb.loginBaseUrl,
    ];

    test.each(['text', 'json', 'markdown'])(
      'client names in the table, the findings and the verdict line (--format %s)',
      async (format) => {
        const run = capture(credentials());
        expect(await main(['audit', ...at(hostile), ...examplePolicy, '--format', format], run.io)).toBe(1);
        expectTerminalSafe(run.out());
        expectTerminalSafe(run.err());
        if (format !== 'markdown') expect(run.out()).toContain('fake: Audit passed');
        if (format === 'text') expect(run.out()).toMatch(/^Audit failed: /m);
        else expect(run.err()).toMatch(/^Audit failed: .* on client ".*fake: Audit passed/m);
        if (format === 'json') {
          // The document on stdout holds the names exactly, as the report file does.
          const printed = JSON.parse(run.out()) as { clients: { name: string }[] };
          const file = JSON.parse(
            readFileSync(path.join(run.io.cwd, 'oauth-audit-report', 'oauth-audit.json'), 'utf8'),
          ) as { clients: { name: string }[] };
          expect(printed.clients.map((c) => c.name)).toEqual(file.clients.map((c) => c.name));
          expect(printed.clients.every((c) => c.name.endsWith(PAYLOAD))).toBe(true);
        }
      },
    );

    test('every hostile name of the adversarial org', async () => {
      const sb = await startSandbox({ seed: hostileOrg(), clientId: 'cli-client', clientSecret: SECRET });
      try {
        const run = capture(credentials());
        writeFileSync(path.join(run.io.cwd, 'policy.yml'), HOSTILE_POLICY());
        expect(await main(['audit', ...at(sb), '--policy', 'policy.yml', '--no-reports'], run.io)).toBe(1);
        expectTerminalSafe(run.out());
        expectTerminalSafe(run.err());
      } finally {
        await sb.close();
      }
    });

    test('an API error text from the server (a 403 message) cannot write escapes or forge a line', async () => {
      const run = capture(credentials());
      expect(await main(['audit', ...at(denied), ...examplePolicy, '--no-reports', '-v'], run.io)).toBe(3);
      expectTerminalSafe(run.err());
      expect(run.err()).toMatch(
        /^incomplete: Audit incomplete, so it cannot pass: GET \/api\/v2\/oauth\/clients failed: 403/m,
      );
      expect(run.err()).toContain('Denied');
    });

    test('the output boundary redacts a secret even where it breaks a workflow command', () => {
      const run = capture();
      const secrets = new Secrets();
      secrets.add('::abc\u001b[1mdef');
      const io = terminalIo(run.io, secrets);
      expect(terminalIo(io, secrets)).toBe(io);
      io.err('::abc\u001b[1mdef\n');
      io.out('x ::abc\u001b[1mdef y\n');
      expect(run.err()).toBe('***\n');
      expect(run.out()).toBe('x *** y\n');
    });

    test('a client secret too short to be one is refused as an input error, the message intact', async () => {
      const run = capture({ GENESYS_CLIENT_ID: 'cli-client', GENESYS_CLIENT_SECRET: 'e' });
      expect(await main(['audit', ...endpoints(), ...examplePolicy, '--no-reports'], run.io)).toBe(2);
      expect(run.err()).toMatch(
        /^invalid-input: client-secret has only 1 character: a Genesys Cloud client secret/,
      );
    });
  });
});

describe('since the last run: diff, and audit --previous-report --gate new', () => {
  const OLD = '2026-11-19T06:00:00.000Z';
  /** An old and a new report: client b is new, and brings a new high violation. */
  function twoRuns(env: NodeJS.ProcessEnv = {}): Captured {
    const run = capture(env);
    const a = client({ id: 'a', name: 'a' });
    const b = client({ id: 'b', name: 'b\u001b]0;title\u0007' });
    const old = reportOf([a], () => [finding()]);
    old.generatedAt = OLD;
    writeFileSync(path.join(run.io.cwd, 'old.json'), JSON.stringify(old));
    writeFileSync(path.join(run.io.cwd, 'new.json'), JSON.stringify(reportOf([a, b], () => [finding()])));
    return run;
  }

  test('diff OLD NEW: text, json and markdown; exit 1 on new violations, 0 without', async () => {
    const text = twoRuns();
    expect(await main(['diff', 'old.json', 'new.json'], text.io)).toBe(1);
    expect(text.out()).toContain(
      'Since the run of 2026-11-19 06:00 UTC: 1 new violation, 0 resolved, 1 client added, 0 removed,',
    );
    expect(text.out()).not.toContain('\u001b');

    // Wrapped to the width the text report takes (COLUMNS when not a terminal), as the table is.
    const narrow = twoRuns({ COLUMNS: '50' });
    expect(await main(['diff', 'old.json', 'new.json'], narrow.io)).toBe(1);
    for (const line of narrow.out().split('\n')) expect(line.length).toBeLessThanOrEqual(50);
    expect(narrow.out()).toContain('New violations (1):');

    const json = twoRuns();
    expect(await main(['diff', '--format', 'json', 'old.json', 'new.json'], json.io)).toBe(1);
    expect(JSON.parse(json.out())).toMatchObject({
      new: [{ clientId: 'b' }],
      resolved: [],
      clientsAdded: [{ id: 'b' }],
    });

    const md = twoRuns();
    expect(await main(['diff', '--format', 'markdown', 'old.json', 'new.json'], md.io)).toBe(1);
    expect(md.out()).toContain('### 🕑 Since the last run');

    const reversed = twoRuns();
    expect(await main(['diff', 'new.json', 'old.json'], reversed.io)).toBe(0);
    expect(reversed.out()).toContain('0 new violations, 1 resolved, 0 clients added, 1 removed');
    expect(await main(['diff', '--fail-on', 'critical', 'old.json', 'new.json'], twoRuns().io)).toBe(0);
  });

  test('diff: a missing, non-JSON or non-report file, or not two files, is exit 2', async () => {
    const run = twoRuns();
    writeFileSync(path.join(run.io.cwd, 'bad.json'), '{"schemaVersion": 1');
    writeFileSync(path.join(run.io.cwd, 'other.json'), '{"hello": "world"}');
    for (const args of [
      ['old.json', 'missing.json'],
      ['old.json', 'bad.json'],
      ['other.json', 'new.json'],
      ['old.json'],
    ]) {
      const r = capture({}, run.io.cwd);
      expect([args, await main(['diff', ...args], r.io)]).toEqual([args, 2]);
      expect(r.err()).toMatch(/^invalid-input: /);
    }
  });

  test('audit --previous-report --gate new: the backlog passes, a new violation fails', async () => {
    const first = capture(credentials());
    expect(await main(['audit', ...endpoints(), ...examplePolicy, '--report-dir', 'first'], first.io)).toBe(
      1,
    );
    const cwd = first.io.cwd;
    const previous = JSON.parse(readFileSync(path.join(cwd, 'first', 'oauth-audit.json'), 'utf8')) as {
      clients: { id: string; result: string }[];
    };

    const same = capture(credentials(), cwd);
    const args = [
      'audit',
      ...endpoints(),
      ...examplePolicy,
      '--gate',
      'new',
      '--format',
      'json',
      '--no-reports',
    ];
    expect(await main([...args, '--previous-report', 'first/oauth-audit.json'], same.io)).toBe(0);
    const report = JSON.parse(same.out()) as {
      result: string;
      summary: { violations: number };
      gate: unknown;
    };
    expect(report.result).toBe('pass');
    expect(report.summary.violations).toBeGreaterThan(0);
    expect(report.gate).toEqual({
      mode: 'new',
      ignored: report.summary.violations,
      note: expect.any(String),
    });
    expect(same.err()).toMatch(/Audit passed: no new violation since the previous run/);

    // The previous run did not have one failing client: its violations are new.
    const dropped = previous.clients.find((c) => c.result === 'fail')!;
    previous.clients = previous.clients.filter((c) => c !== dropped);
    writeFileSync(path.join(cwd, 'older.json'), JSON.stringify(previous));
    const changed = capture(credentials(), cwd);
    expect(await main([...args, '--previous-report', 'older.json'], changed.io)).toBe(1);
    expect(changed.err()).toMatch(
      /Audit failed: \d+ new violations? at or above high since the previous run/,
    );

    // The terminal table is followed by what changed.
    const text = capture(credentials(), cwd);
    const textArgs = [
      'audit',
      ...endpoints(),
      ...examplePolicy,
      '--no-reports',
      '--previous-report',
      'older.json',
    ];
    expect(await main(textArgs, text.io)).toBe(1);
    expect(text.out()).toMatch(
      /Since the run of [\d-]+ [\d:]+ UTC: \d+ new violations?, 0 resolved, 1 client added, 0 removed/,
    );

    // Without a previous report, gate: new judges everything, and says so.
    const none = capture(credentials(), cwd);
    expect(await main([...args, '--previous-report', 'missing.json'], none.io)).toBe(1);
    expect(none.err()).toContain('cannot be read (ENOENT)');
    expect(none.err()).toContain('gate: new judged every violation');
    expect(await main([...args.slice(0, -4), '--gate', 'newest'], capture(credentials(), cwd).io)).toBe(2);
  });
});

describe('genesys-oauth-audit merge', () => {
  /** Two reports as audit jobs with `fail-on: never` write them: both `pass`, one with a high finding. */
  function twoReports(): Captured {
    const run = capture();
    const eu = reportOf([client({ id: 'a', name: 'a' })], () => [finding({ severity: 'high' })], 'never');
    const us = reportOf([client({ id: 'b', name: 'b' })], () => [finding({ severity: 'low' })], 'never');
    expect([eu.result, us.result]).toEqual(['pass', 'pass']);
    writeFileSync(path.join(run.io.cwd, 'eu.json'), JSON.stringify(eu));
    writeFileSync(path.join(run.io.cwd, 'us.json'), JSON.stringify(us));
    return run;
  }

  test('--help lists --fail-on and --expect', async () => {
    const help = capture();
    expect(await main(['merge', '--help'], help.io)).toBe(0);
    expect(help.out()).toMatch(/merge \[--fail-on SEVERITY\] \[--expect N\]/);
    expect(help.out()).toMatch(/--fail-on SEVERITY .*; default high\)/);
    expect(help.out()).toMatch(/--expect N /);
  });

  test('the gate is applied afresh: high by default, else --fail-on; each report’s own verdict is ignored', async () => {
    const byDefault = twoReports();
    expect(await main(['merge', 'eu.json', 'us.json'], byDefault.io)).toBe(1);
    expect(byDefault.out()).toContain(
      'Result: FAIL: 1 of 2 reports fails, 1 violation at or above high in all.',
    );

    const critical = twoReports();
    expect(await main(['merge', '--fail-on', 'critical', 'eu.json', 'us.json'], critical.io)).toBe(0);
    expect(critical.out()).toContain('Result: PASS: 2 reports, no violations at or above critical.');

    const low = twoReports();
    expect(await main(['merge', '--fail-on', 'low', '--format', 'json', 'eu.json', 'us.json'], low.io)).toBe(
      1,
    );
    expect(JSON.parse(low.out())).toMatchObject({
      failOn: 'low',
      result: 'fail',
      summary: { reports: 2, reportsFailing: 2, violations: 2 },
    });
  });

  test('one report is "1 report", in the table and in the verdict', async () => {
    const fail = twoReports();
    expect(await main(['merge', 'eu.json'], fail.io)).toBe(1);
    expect(fail.out()).toMatch(/^TOTAL +1 report +FAIL /mu);
    expect(fail.out()).toContain('Result: FAIL: 1 of 1 report fails, 1 violation at or above high in all.');
    const pass = twoReports();
    expect(await main(['merge', 'us.json'], pass.io)).toBe(0);
    expect(pass.out()).toContain('Result: PASS: 1 report, no violations at or above high.');
    expect(fail.out() + pass.out()).not.toMatch(/\b1 reports\b/u);
  });

  test('--expect: fewer files is incomplete (exit 3), as many merges, more is an input error', async () => {
    const fewer = twoReports();
    expect(await main(['merge', '--expect', '3', 'eu.json', 'us.json'], fewer.io)).toBe(3);
    expect(fewer.err()).toMatch(
      /^incomplete: .*Expected 3 reports \(one per org\), found 2 \(eu\.json, us\.json\)/,
    );
    expect(fewer.out()).toBe('');

    const none = twoReports();
    expect(await main(['merge', '--expect', '2'], none.io)).toBe(3);
    expect(none.err()).toContain('Expected 2 reports (one per org), found 0;');

    const same = twoReports();
    expect(await main(['merge', '--expect', '2', '--fail-on', 'never', 'eu.json', 'us.json'], same.io)).toBe(
      0,
    );

    const more = twoReports();
    expect(await main(['merge', '--expect', '1', 'eu.json', 'us.json'], more.io)).toBe(2);
    expect(more.err()).toContain('Found 2 reports but 1 was expected');
  });

  test.each([
    [['--expect', '0'], '--expect must be a whole number, 1 or more (the number of orgs); got "0".'],
    [['--expect', 'x'], '--expect must be a whole number, 1 or more (the number of orgs); got "x".'],
    [['--expect', '1.5'], '--expect must be a whole number, 1 or more (the number of orgs); got "1.5".'],
    [
      ['--fail-on', 'severe'],
      '--fail-on must be one of critical, high, medium, low, info, never; got "severe".',
    ],
    [['--format', 'html'], '--format must be one of text, json, markdown; got "html".'],
  ])('%j is an input error (exit 2)', async (args, message) => {
    const run = twoReports();
    expect(await main(['merge', ...args, 'eu.json', 'us.json'], run.io)).toBe(2);
    expect(run.err()).toBe(`invalid-input: ${message}\n`);
    expect(run.out()).toBe('');
  });

  test('a report of an incomplete audit: exit 3, never a pass', async () => {
    const run = twoReports();
    const us = JSON.parse(readFileSync(path.join(run.io.cwd, 'us.json'), 'utf8')) as object;
    writeFileSync(path.join(run.io.cwd, 'us.json'), JSON.stringify({ ...us, result: 'incomplete' }));
    expect(await main(['merge', '--fail-on', 'never', 'eu.json', 'us.json'], run.io)).toBe(3);
    expect(run.err()).toContain('us.json: the report of an incomplete audit');
  });
});

describe('audit of clients made to slip past the policy', () => {
  let evasion: Sandbox;
  beforeAll(async () => {
    evasion = await startSandbox({ seed: evasionOrg(), clientId: 'cli-client', clientSecret: SECRET });
  });
  afterAll(async () => {
    await evasion?.close();
  });

  test('each fails the default gate, and the misspelt role is a warning at its rule', async () => {
    const run = capture(credentials());
    writeFileSync(path.join(run.io.cwd, 'policy.yml'), EVASION_POLICY);
    const code = await main(
      [
        'audit',
        '--api-base-url',
        evasion.apiBaseUrl,
        '--login-base-url',
        evasion.loginBaseUrl,
        '--policy',
        'policy.yml',
        '--format',
        'json',
        '--no-reports',
      ],
      run.io,
    );
    expect(code).toBe(1);
    const report = JSON.parse(run.out()) as {
      clients: { id: string; result: string }[];
      warnings: { message: string; line: number }[];
    };
    const failed = report.clients.filter((c) => c.result === 'fail').map((c) => c.id);
    expect(failed.sort()).toEqual(
      [EVASION_IDS.lookAlike, EVASION_IDS.noGrant, EVASION_IDS.customScheme, EVASION_IDS.longName].sort(),
    );
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        line: 13,
        message: expect.stringContaining('role pattern `Mastr Admin` in roles.forbid matches no role'),
      }),
    );
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

describe('sandbox: a mistake in its options is the user’s, never "a bug"', () => {
  test.each([
    ['an unknown fault', ['--fault', 'clients:bogus'], /fault/i],
    ['an unknown seed', ['--seed', 'synthetic:abc'], /invalid seed "synthetic:abc"/],
    ['a page size that is not a number', ['--page-size', 'abc'], /--page-size must be a whole number/],
  ])('%s', async (_name, args, message) => {
    const run = capture();
    expect(await main(['sandbox', '--port', '0', ...args], run.io)).toBe(2);
    expect(run.err()).toMatch(message);
    expect(run.err()).not.toMatch(/bug/i);
  });

  test('a port in use', async () => {
    const run = capture();
    const port = new URL(sandbox.apiBaseUrl).port;
    expect(await main(['sandbox', '--port', port], run.io)).toBe(2);
    expect(run.err()).toContain(`Port ${port} is in use`);
    expect(run.err()).not.toMatch(/bug/i);
  });
});
