/**
 * The command-line shell: `genesys-oauth-audit <command> [options]`. Like the action, it only turns
 * options into settings and results into output; the work is done by the core (src/audit.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, parseEnv, type ParseArgsConfig } from 'node:util';
import { audit, validatePolicy } from './audit.js';
import { UserError } from './errors.js';
import { formatPolicyMessage } from './errors.js';
import { limitsFromEnv } from './limits.js';
import { resolveEndpoints } from './genesys/regions.js';
import type { Logger } from './logger.js';
import { Secrets } from './redact.js';
import { terminalJson, terminalMessage, terminalOutput } from './escape.js';
import { ANSI_STYLES } from './report/text.js';
import { classifyError, EXIT_CODES, verdictMessage, type Outcome } from './outcome.js';
import { resolvePath, type PathRoot } from './paths.js';
import { FAIL_ON_VALUES, type FailOn } from './types.js';
import { readReports, writeReportFiles } from './report-files.js';
import type { AuditReport } from './report/types.js';
import type { AuditSettings, SourceSettings } from './settings.js';
import { TOOL_NAME, VERSION } from './version.js';

const DEFAULT_POLICY = 'policies/oauth-policy.yml';
const DEFAULT_REPORT_DIR = 'oauth-audit-report';

export type Io = {
  out: (s: string) => void;
  err: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
};

/** Colour only on a terminal, and never when NO_COLOR is set. */
function colour(io: Io): boolean {
  return io.isTTY && !io.env.NO_COLOR;
}

/** The Io objects `terminalIo` made, which need no second wrapping. */
const SAFE_IOS = new WeakSet<Io>();

/**
 * The one place output reaches the terminal: whatever is written (reports, messages, usage) has
 * every registered secret redacted and its control, escape and bidi characters replaced and its
 * workflow commands broken (see `terminalOutput`). The colours the text report paints itself are
 * the only escape sequences that pass, and only when colour is on.
 */
export function terminalIo(io: Io, secrets: Secrets = new Secrets()): Io {
  if (SAFE_IOS.has(io)) return io;
  const keep = colour(io) ? ANSI_STYLES : [];
  // Redacted before, so that a secret is found as it is; and after, in case the replacements
  // completed one.
  const clean = (s: string): string => secrets.redact(terminalOutput(secrets.redact(s), keep));
  const safe: Io = { ...io, out: (s) => io.out(clean(s)), err: (s) => io.err(clean(s)) };
  SAFE_IOS.add(safe);
  return safe;
}

/**
 * A logger for the terminal. Each message is one entry: a line break inside it cannot start a line
 * of its own; the output boundary (`terminalIo`) does the rest, redaction included.
 */
export function terminalLogger(io: Io, verbose: boolean, secrets: Secrets): Logger {
  return {
    debug: (m) => verbose && io.err(`debug: ${terminalMessage(m)}\n`),
    info: (m) => io.err(`${terminalMessage(m)}\n`),
    warning: (m) => io.err(`warning: ${terminalMessage(m)}\n`),
    mask: (v) => secrets.add(v),
  };
}

const COMMON = {
  policy: { type: 'string', default: DEFAULT_POLICY },
  help: { type: 'boolean', short: 'h', default: false },
  verbose: { type: 'boolean', short: 'v', default: false },
} as const;

const SOURCE = {
  region: { type: 'string' },
  'api-base-url': { type: 'string' },
  'login-base-url': { type: 'string' },
  snapshot: { type: 'string' },
} as const;

const COMMANDS: Record<string, { summary: string; usage: string; options: ParseArgsConfig['options'] }> = {
  audit: {
    summary: 'audit the org against the policy',
    usage: `audit [--policy FILE] [--region ENV | --api-base-url URL --login-base-url URL | --snapshot FILE]
             [--fail-on SEVERITY] [--report-dir DIR] [--no-reports] [--sarif] [--format text|json|markdown]
  Credentials: GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET in the environment (a .env file here is read).
  Exit codes: 0 pass, 1 fail, 2 invalid policy or input, 3 incomplete audit, 4 error.`,
    options: {
      ...COMMON,
      ...SOURCE,
      'fail-on': { type: 'string' },
      'report-dir': { type: 'string', default: DEFAULT_REPORT_DIR },
      'no-reports': { type: 'boolean', default: false },
      sarif: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
    },
  },
  validate: {
    summary: 'validate the policy file only (offline)',
    usage: 'validate [--policy FILE]',
    options: { ...COMMON },
  },
  snapshot: {
    summary: 'save what the audit fetches to a redacted JSON file, to audit offline later',
    usage: 'snapshot --out FILE [--region ENV | --api-base-url URL --login-base-url URL] [--policy FILE]',
    options: { ...COMMON, ...SOURCE, out: { type: 'string', short: 'o' } },
  },
  sandbox: {
    summary: 'start the local Genesys-compatible sandbox server',
    usage: `sandbox [--seed demo|synthetic:N[:M]] [--port P] [--client-id ID] [--client-secret S]
               [--page-size N] [--fault SPEC]... [--no-rate-limit]`,
    options: {
      help: COMMON.help,
      seed: { type: 'string', default: 'demo' },
      port: { type: 'string', default: '8080' },
      'client-id': { type: 'string', default: 'sandbox-client' },
      'client-secret': { type: 'string', default: 'sandbox-secret' },
      'page-size': { type: 'string' },
      fault: { type: 'string', multiple: true },
      'no-rate-limit': { type: 'boolean', default: false },
    },
  },
  demo: {
    summary: 'start the sandbox with the demo org and audit it with the example policy',
    usage: 'demo [--policy FILE] [--report-dir DIR] [--format text|json|markdown]',
    options: {
      ...COMMON,
      'report-dir': { type: 'string', default: DEFAULT_REPORT_DIR },
      format: { type: 'string', default: 'text' },
      sarif: { type: 'boolean', default: false },
    },
  },
  merge: {
    summary: 'combine the JSON reports of several audits (a matrix of orgs) into one verdict',
    usage: `merge [--fail-on SEVERITY] [--expect N] [--format text|markdown|json] REPORT.json...
  --fail-on SEVERITY  critical, high, medium, low, info or never (default high); applied afresh to the
                      findings of all reports: each report's own verdict is ignored.
  --expect N          how many reports there must be (one per org); fewer is an incomplete merge.
  Exit codes: 0 pass, 1 fail, 2 invalid input, 3 incomplete (a report missing, unreadable or incomplete), 4 error.`,
    options: {
      help: COMMON.help,
      'fail-on': { type: 'string' },
      expect: { type: 'string' },
      format: { type: 'string', default: 'text' },
    },
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `${TOOL_NAME} ${VERSION} — audit the OAuth clients of a Genesys Cloud org against a policy\n\nUsage: ${TOOL_NAME} <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun '${TOOL_NAME} <command> --help' for a command's options.\n`;
}

export async function main(argv: string[], rawIo: Io): Promise<number> {
  const secrets = new Secrets();
  const io = terminalIo(rawIo, secrets);
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(usage());
    return 0;
  }
  if (command === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const spec = COMMANDS[command];
  if (!spec) {
    io.err(`Unknown command "${command}".\n\n${usage()}`);
    return EXIT_CODES['invalid-policy'];
  }
  let values: Record<string, string | boolean | string[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: spec.options,
      allowPositionals: command === 'merge',
    }));
  } catch (e) {
    io.err(`${(e as Error).message}\n\nUsage: ${TOOL_NAME} ${spec.usage}\n`);
    return EXIT_CODES['invalid-policy'];
  }
  if (values.help) {
    io.out(`Usage: ${TOOL_NAME} ${spec.usage}\n`);
    return 0;
  }
  const logger = terminalLogger(io, Boolean(values.verbose), secrets);
  try {
    switch (command) {
      case 'audit':
        return await runAudit(values, io, logger);
      case 'validate':
        return await runValidate(values, io);
      case 'snapshot':
        return await runSnapshot(values, io, logger);
      case 'sandbox':
        return await runSandbox(values, io);
      case 'demo':
        return await runDemo(values, io, logger);
      case 'merge':
        return await runMerge(positionals, values, io);
    }
    return 0;
  } catch (e) {
    return fail(e, io, Boolean(values.verbose));
  }
}

export function fail(e: unknown, rawIo: Io, verbose: boolean): number {
  const io = terminalIo(rawIo);
  const { outcome, message } = classifyError(e);
  io.err(`${outcome}: ${terminalMessage(message)}\n`);
  if (outcome === 'error' && verbose && e instanceof Error && e.stack)
    io.err(`${terminalMessage(e.stack)}\n`);
  return EXIT_CODES[outcome];
}

function loadDotEnv(io: Io): void {
  const file = path.join(io.cwd, '.env');
  if (!existsSync(file)) return;
  // Values already in the environment win over the file.
  for (const [key, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    if (io.env[key] === undefined && value !== undefined) io.env[key] = value;
  }
}

function parseFailOn(value: unknown): FailOn | undefined {
  if (value === undefined) return undefined;
  if (!FAIL_ON_VALUES.includes(value as FailOn)) {
    throw new UserError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}; got "${String(value)}".`);
  }
  return value as FailOn;
}

/**
 * Paths are relative to the working folder. One typed outside it is taken as given; one inside it
 * that a symbolic link leads out of is refused (a checked-out repository cannot redirect a read).
 */
function cwdRoot(io: Io): PathRoot {
  return { dir: io.cwd, label: 'the working folder', outsideAllowed: true };
}

function sourceFrom(values: Record<string, unknown>, io: Io): SourceSettings {
  if (typeof values.snapshot === 'string')
    return { kind: 'snapshot', path: resolvePath(cwdRoot(io), '--snapshot', values.snapshot, 'file') };
  const endpoints = resolveEndpoints({
    region: (values.region as string | undefined) ?? io.env.GENESYS_ENVIRONMENT,
    apiBaseUrl: values['api-base-url'] as string | undefined,
    loginBaseUrl: values['login-base-url'] as string | undefined,
  });
  const clientId = io.env.GENESYS_CLIENT_ID ?? '';
  const clientSecret = io.env.GENESYS_CLIENT_SECRET ?? '';
  if (!clientId || !clientSecret) {
    throw new UserError(
      'No credentials: set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET in the environment or in a .env file ' +
        '(a Client Credentials client; see the README for the least-privilege role), or audit a --snapshot.',
    );
  }
  const { limits, errors } = limitsFromEnv(io.env);
  if (errors.length) throw new UserError(errors.join(' '));
  return { kind: 'api', ...endpoints, clientId, clientSecret, limits };
}

function settingsFrom(values: Record<string, unknown>, io: Io, source: SourceSettings): AuditSettings {
  const policy = String(values.policy ?? DEFAULT_POLICY);
  return {
    policyPath: resolvePath(cwdRoot(io), '--policy', policy, 'file'),
    policyDisplayPath: policy,
    failOn: parseFailOn(values['fail-on']),
    source,
    now: new Date(),
  };
}

async function render(report: AuditReport, format: unknown, io: Io): Promise<string> {
  switch (format) {
    case 'json':
      return terminalJson((await import('./report/json.js')).renderJson(report));
    case 'markdown':
      return (await import('./report/summary.js')).renderSummary(report, {});
    case 'text':
      return (await import('./report/text.js')).renderText(report, {
        color: colour(io),
        width: process.stdout.columns,
      });
    default:
      throw new UserError(`--format must be text, json or markdown; got "${String(format)}".`);
  }
}

/** The real report folder, checked before the audit runs; undefined with --no-reports. */
function reportDirFrom(values: Record<string, unknown>, io: Io): string | undefined {
  if (values['no-reports']) return undefined;
  return resolvePath(cwdRoot(io), '--report-dir', String(values['report-dir']), 'folder');
}

async function finishAudit(
  report: AuditReport,
  values: Record<string, unknown>,
  io: Io,
  policyFile: string,
  dir: string | undefined,
): Promise<void> {
  io.out(await render(report, values.format, io));
  if (dir !== undefined) {
    const files = await writeReportFiles(report, dir, {
      sarif: Boolean(values.sarif),
      policyFile,
    });
    const written = [files.json, files.csv, files.sarif]
      .filter(Boolean)
      .map((f) => path.relative(io.cwd, f!));
    io.err(`Reports: ${written.join(', ')}\n`);
  }
  // The text table ends with the verdict already.
  if (values.format !== 'text') io.err(`${terminalMessage(verdictMessage(report))}\n`);
}

async function runAudit(values: Record<string, unknown>, io: Io, logger: Logger): Promise<number> {
  loadDotEnv(io);
  const settings = settingsFrom(values, io, sourceFrom(values, io));
  const dir = reportDirFrom(values, io);
  const { report } = await audit(settings, logger);
  await finishAudit(report, values, io, settings.policyDisplayPath, dir);
  return EXIT_CODES[report.result as Outcome];
}

async function runValidate(values: Record<string, unknown>, io: Io): Promise<number> {
  const policy = String(values.policy);
  const { warnings } = await validatePolicy({
    policyPath: resolvePath(cwdRoot(io), '--policy', policy, 'file'),
    policyDisplayPath: policy,
    now: new Date(),
  });
  for (const w of warnings) io.err(`${formatPolicyMessage(w)}\n`);
  io.out(
    `${policy}: valid${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}\n`,
  );
  return 0;
}

async function runSnapshot(values: Record<string, unknown>, io: Io, logger: Logger): Promise<number> {
  if (typeof values.out !== 'string') throw new UserError('snapshot needs --out FILE.');
  const out = resolvePath(cwdRoot(io), '--out', values.out, 'file');
  loadDotEnv(io);
  const source = sourceFrom({ ...values, snapshot: undefined }, io);
  if (source.kind !== 'api') throw new UserError('snapshot reads from the API; --snapshot does not apply.');
  const { fetchOrg } = await import('./genesys/api.js');
  const { writeSnapshot } = await import('./genesys/snapshot.js');
  const { org, apiCalls } = await fetchOrg(source, { roleNames: false, scopeCatalogue: false }, logger);
  await writeSnapshot(out, org);
  io.err(
    `Snapshot of ${org.clients.length} clients (${apiCalls} API calls) written to ${path.relative(io.cwd, out)}\n`,
  );
  return 0;
}

async function runSandbox(values: Record<string, unknown>, io: Io): Promise<number> {
  const { startSandbox, parseFaultSpec } = await import('./sandbox/server.js');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be 0–65535.`);
  const pageSize = values['page-size'] === undefined ? undefined : Number(values['page-size']);
  const sandbox = await startSandbox({
    seed: String(values.seed),
    port,
    clientId: String(values['client-id']),
    clientSecret: String(values['client-secret']),
    pageSize,
    rateLimit: values['no-rate-limit'] ? false : undefined,
    faults: ((values.fault as string[] | undefined) ?? []).map(parseFaultSpec),
  });
  io.out(`${sandbox.url}\n`);
  io.err(
    `Genesys Cloud sandbox (${sandbox.org.clients.length} clients) listening on ${sandbox.url} — ` +
      `client ID ${String(values['client-id'])}. Ctrl+C stops it.\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await sandbox.close();
  return 0;
}

async function runDemo(values: Record<string, unknown>, io: Io, logger: Logger): Promise<number> {
  const { startSandbox } = await import('./sandbox/server.js');
  const sandbox = await startSandbox({ seed: 'demo' });
  try {
    io.err(`Sandbox with the demo org listening on ${sandbox.url}\n`);
    const settings = settingsFrom(values, io, sandbox.source());
    const dir = reportDirFrom(values, io);
    const { report } = await audit(settings, logger);
    await finishAudit(report, values, io, settings.policyDisplayPath, dir);
    // The demo shows the verdict; a failing audit is its expected result, not an error.
    return 0;
  } finally {
    await sandbox.close();
  }
}

function parseExpect(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const raw = String(value);
  const count = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(count) || count < 1) {
    throw new UserError(`--expect must be a whole number, 1 or more (the number of orgs); got "${raw}".`);
  }
  return count;
}

async function runMerge(files: string[], values: Record<string, unknown>, io: Io): Promise<number> {
  const settings = { failOn: parseFailOn(values['fail-on']), expectedReports: parseExpect(values.expect) };
  if (!['text', 'markdown', 'json'].includes(String(values.format))) {
    throw new UserError(`--format must be text, markdown or json; got "${String(values.format)}".`);
  }
  // With --expect, no file at all is the same missing-report case as too few (an empty shell glob).
  if (files.length === 0 && settings.expectedReports === undefined) {
    throw new UserError('merge needs one or more JSON report files.');
  }
  const { mergeReports, renderMergedText } = await import('./report/merge.js');
  const merged = mergeReports(await readReports(files, cwdRoot(io), 'Report'), settings);
  if (values.format === 'json') io.out(`${terminalJson(JSON.stringify(merged, null, 2))}\n`);
  else if (values.format === 'markdown')
    io.out((await import('./report/merged-summary.js')).renderMergedSummary(merged));
  else io.out(renderMergedText(merged));
  return merged.result === 'pass' ? 0 : EXIT_CODES.fail;
}
