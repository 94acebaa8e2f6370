/**
 * Runs the committed bundle (`dist/index.js`) the way a GitHub runner runs a `node24` action step:
 * a clean environment with `INPUT_<NAME>` variables (action.yml defaults applied), a workspace,
 * the file-command files, an event payload; then reads back the outputs, the summary and the
 * workflow commands the step printed.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Sandbox } from '../../src/sandbox/server.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The committed bundle; `E2E_BUNDLE` points the end-to-end tests at another build of src/ (for
 * example a copy of dist/ built from changed sources while iterating). CI always uses dist/.
 */
export const BUNDLE = process.env['E2E_BUNDLE'] ?? path.join(REPO_ROOT, 'dist', 'index.js');
/** Node 24, the runtime of `using: node24`, from the `node` dev dependency. */
export const NODE24 = path.join(REPO_ROOT, 'node_modules', 'node', 'bin', 'node');
/**
 * The other Node line the bundle runs on: `E2E_NODE` when set (.ci/run sets Node 22, the oldest
 * maintained line), else the machine's own node (tests run under npm, where `node_modules/.bin`,
 * Node 24, comes first on PATH).
 */
export const SYSTEM_NODE = process.env['E2E_NODE'] || findSystemNode();

/** A token the harness passes where action.yml defaults to `${{ github.token }}`. */
export const FAKE_GITHUB_TOKEN = 'ghs_e2eFakeToken0000000000000000000000';
/**
 * Unless a test points `GITHUB_API_URL` at a fake, API calls go to a closed loopback port:
 * an end-to-end run must never reach api.github.com.
 */
export const UNREACHABLE_API_URL = 'http://127.0.0.1:9';

function findSystemNode(): string {
  const exe = process.platform === 'win32' ? 'node.exe' : 'node';
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    if (dir === '' || dir.split(/[\\/]/).includes('node_modules')) continue;
    const candidate = path.join(dir, exe);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return process.execPath;
}

export interface RunActionOptions {
  /** Default `system`. */
  node?: 'system' | 'node24';
  /** Action inputs by name as in action.yml (`client-id`); unset ones get action.yml's defaults. */
  inputs?: Record<string, string>;
  /** Extra environment (GENESYS_*, ACTIONS_RUNTIME_TOKEN, GITHUB_API_URL…); undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** Default: `workflow_dispatch` with an empty payload. */
  event?: { name: string; payload: unknown };
  /** Working directory of the process; default the workspace (as on a runner). */
  cwd?: string;
  /**
   * A policy file to copy into the workspace, at the `policy` input's path (or the default path).
   * An absolute `policy` input outside the workspace is copied too, to `policies/<basename>`,
   * and the input rewritten to that relative path.
   */
  policyFile?: string;
  /** More workspace files, by relative path. */
  files?: Record<string, string | Buffer>;
  /** Reuse a workspace (default: a new temp dir). */
  workspace?: string;
  /** Script to run; default the committed bundle. */
  script?: string;
  /** Default 60 s; the process is killed after it. */
  timeoutMs?: number;
  /** The action.yml whose input defaults apply; default `<repo>/action.yml`. */
  actionFile?: string;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface RunActionResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Parsed from the `GITHUB_OUTPUT` file. */
  outputs: Record<string, string>;
  /** Contents of the `GITHUB_STEP_SUMMARY` file. */
  summary: string;
  /** `::command props::message` lines of stdout, unescaped (annotations, masks, groups). */
  commands: WorkflowCommand[];
  workspace: string;
  /** Absolute report folder (`report-dir` resolved in the workspace). */
  reportDir: string;
  /** The environment the step ran with. */
  env: Record<string, string>;
}

/** Inputs with a default in action.yml, as the runner fills them in. */
function actionDefaults(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  let doc: { inputs?: Record<string, { default?: unknown }> };
  try {
    doc = parseYaml(fs.readFileSync(file, 'utf8')) as typeof doc;
  } catch (error) {
    // The runner refuses such an action outright; so does the harness.
    throw new Error(`${file} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue;
    const value = String(spec.default);
    defaults[name] = value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) =>
      expr === 'github.token' ? FAKE_GITHUB_TOKEN : '',
    );
  }
  return defaults;
}

/** The inputs that point the action at a sandbox, with the sandbox's own credential pair. */
export function sandboxInputs(sandbox: Sandbox, extra: Record<string, string> = {}): Record<string, string> {
  const source = sandbox.source();
  return {
    'api-base-url': source.apiBaseUrl,
    'login-base-url': source.loginBaseUrl,
    'client-id': source.clientId,
    'client-secret': source.clientSecret,
    ...extra,
  };
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses a `GITHUB_OUTPUT`-style file: `name<<delimiter` heredocs and legacy `name=value` lines. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`Unterminated output ${name} (delimiter ${delimiter})`);
      out[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`Malformed output line: ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** The workflow commands in a step's stdout, as the runner reads them (one per line). */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: m[1]!, properties, message: unescapeData(m[3]!) });
  }
  return commands;
}

function baseEnv(): Record<string, string> {
  // Only what any process needs; nothing of the test run's own INPUT_/GITHUB_/NODE_OPTIONS leaks in.
  const keep: Record<string, string> = {};
  const pathDirs = (process.env['PATH'] ?? '')
    .split(path.delimiter)
    .filter((d) => d !== '' && !d.split(/[\\/]/).includes('node_modules'));
  keep['PATH'] = pathDirs.join(path.delimiter);
  for (const name of ['HOME', 'LANG', 'SYSTEMROOT', 'TZ']) {
    const value = process.env[name];
    if (value !== undefined) keep[name] = value;
  }
  return keep;
}

function writeFile(root: string, rel: string, content: string | Buffer): void {
  const target = path.resolve(root, rel);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
}

export async function runAction(options: RunActionOptions = {}): Promise<RunActionResult> {
  const workspace = options.workspace ?? fs.mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-ws-'));
  const runnerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-runner-'));
  const runnerTemp = path.join(runnerDir, 'temp');
  const fileCommands = path.join(runnerDir, 'file_commands');
  fs.mkdirSync(runnerTemp);
  fs.mkdirSync(fileCommands);

  const inputs: Record<string, string> = {
    ...actionDefaults(options.actionFile ?? path.join(REPO_ROOT, 'action.yml')),
    ...(options.inputs ?? {}),
  };
  const given = options.inputs?.['policy'];
  if (given !== undefined && path.isAbsolute(given) && fs.existsSync(given)) {
    const rel = path.relative(workspace, given);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      const target = `policies/${path.basename(given)}`;
      writeFile(workspace, target, fs.readFileSync(given));
      inputs['policy'] = target;
    }
  }
  if (options.policyFile !== undefined) {
    writeFile(
      workspace,
      inputs['policy'] || 'policies/oauth-policy.yml',
      fs.readFileSync(options.policyFile),
    );
  }
  for (const [rel, content] of Object.entries(options.files ?? {})) writeFile(workspace, rel, content);

  const event = options.event ?? { name: 'workflow_dispatch', payload: {} };
  const eventPath = path.join(runnerDir, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(event.payload));
  const files = {
    GITHUB_OUTPUT: path.join(fileCommands, 'set_output'),
    GITHUB_STEP_SUMMARY: path.join(fileCommands, 'step_summary'),
    GITHUB_ENV: path.join(fileCommands, 'set_env'),
    GITHUB_PATH: path.join(fileCommands, 'add_path'),
    GITHUB_STATE: path.join(fileCommands, 'save_state'),
  };
  for (const file of Object.values(files)) fs.writeFileSync(file, '');

  const repository = 'octo-org/octo-repo';
  const env: Record<string, string> = {
    ...baseEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    ...files,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'OAuth audit',
    GITHUB_JOB: 'audit',
    GITHUB_ACTION: '__run',
    GITHUB_ACTOR: 'octocat',
    GITHUB_API_URL: UNREACHABLE_API_URL,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'e2e-runner',
  };
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }

  const nodePath = options.node === 'node24' ? NODE24 : SYSTEM_NODE;
  const script = options.script ?? BUNDLE;
  const { code, signal, stdout, stderr } = await new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    const child = spawn(nodePath, [script], {
      cwd: options.cwd ?? workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (exitCode, exitSignal) => {
      clearTimeout(timer);
      resolve({
        code: exitCode,
        signal: exitSignal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });

  return {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseOutputs(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    commands: parseCommands(stdout),
    workspace,
    reportDir: path.resolve(workspace, inputs['report-dir'] || 'oauth-audit-report'),
    env,
  };
}
