/**
 * The benchmark: what users wait for is a whole process, `node dist/index.js` started as a runner
 * starts it. Against the same sandbox org, served from a thread of this process (Genesys Cloud is
 * another machine: the server's work is not counted), three commands take turns:
 *   action — the bundle with the job summary, annotations, JSON and CSV reports (no artifact upload);
 *   peer   — what a user would write instead, on the official Genesys SDK (../shared/bench/peer-sdk.cjs);
 *   floor  — a bare fetch + JSON.parse of what an audit reads (../shared/bench/floor.mjs).
 * Plus the start-up of `mode: validate` against `node -e 0`. Wall time and peak RSS (GNU time) of
 * each process; medians and ranges after a discarded warm-up round. Times are reported, never
 * asserted: the run fails only when a process fails or the API calls of an audit grow with the org.
 *
 *   npm run bench                       10 to 50,000 clients; writes bench/results.json and bench/RESULTS.md
 *   npm run bench -- --quick            10 and 1,000 clients, 2 runs; writes nothing (the CI smoke run)
 *   npm run bench -- --sizes=1000,10000 other sizes (writes nothing either)
 *   npm run bench -- --references=DIR   where peer-sdk.cjs and floor.mjs are (default ../shared/bench)
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { parse as parseYaml } from 'yaml';
import { type Sample, type SizeResult, type StartUp, budget, figures, fmt, markdown } from './results.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The runtime of `using: node24`, from the `node` dev dependency; every command runs on it. */
const NODE = path.join(ROOT, 'node_modules', 'node', 'bin', 'node');
const BUNDLE = path.join(ROOT, 'dist', 'index.js');
const POLICY = 'policies/oauth-policy.yml';
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    references: { type: 'string', default: path.resolve(ROOT, '..', 'shared', 'bench') },
  },
});
const SIZES = args.sizes
  ? args.sizes.split(',').map(Number)
  : args.quick
    ? [10, 1000]
    : [10, 1000, 10_000, 50_000];
const RUNS = args.quick ? 2 : 7;
/** Only a full run of the standard sizes is worth committing. */
const WRITE_RESULTS = !args.quick && !args.sizes;

/** One process to time: its arguments after `node`, its environment, a check of its outcome. */
interface Command {
  name: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  /** Resets what the process appends to, before each run. */
  prepare?: () => void;
  /** Throws if the process did not do its job (its exit code alone may not say). */
  check?: (exitCode: number | null) => void;
}

/** Only what any process needs: nothing of this process's own npm or Node settings leaks in. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  const dirs = (process.env['PATH'] ?? '').split(path.delimiter);
  env['PATH'] = dirs
    .filter((d) => d !== '' && !d.split(path.sep).includes('node_modules'))
    .join(path.delimiter);
  for (const name of ['HOME', 'LANG', 'TZ'])
    if (process.env[name] !== undefined) env[name] = process.env[name]!;
  return env;
}

/** Runs one command to its end under GNU time; wall time is taken here, the same way for all. */
async function runProcess(command: Command, scratch: string): Promise<Sample> {
  command.prepare?.();
  const rssFile = path.join(scratch, 'rss.txt');
  const argv = GNU_TIME ? [GNU_TIME, '-f', '%M', '-o', rssFile, NODE] : [NODE];
  const t0 = performance.now();
  const child = spawn(argv[0]!, [...argv.slice(1), ...command.args], {
    cwd: command.cwd,
    env: command.env,
    // A pipe, as on a runner, which reads the step's output as it comes.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The end of what it printed, to show if it fails.
  let tail = '';
  const keep = (d: Buffer): void => void (tail = (tail + d.toString()).slice(-2000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const [code] = (await once(child, 'close')) as [number | null];
  const wallMs = performance.now() - t0;
  try {
    if (command.check) command.check(code);
    else if (code !== 0) throw new Error(`exited ${code}`);
  } catch (e) {
    throw new Error(`${command.name} failed: ${e instanceof Error ? e.message : String(e)}\n${tail}`);
  }
  if (!GNU_TIME) return { wallMs, rssMb: null };
  // GNU time writes the figure on the last line (after a note when the exit code is not 0).
  const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return { wallMs, rssMb: Math.round(kb / 1024) };
}

/**
 * Runs the commands in turns (A B C A B C …) so that all see the same moments of a machine whose
 * speed drifts; a ratio of medians taken minutes apart would measure the drift.
 */
async function takeTurns(commands: Command[], scratch: string): Promise<Sample[][]> {
  const samples = commands.map((): Sample[] => []);
  for (let run = 0; run < RUNS; run++) {
    for (const [i, command] of commands.entries()) samples[i]!.push(await runProcess(command, scratch));
  }
  return samples;
}

/** The sandbox serving one org from its own thread (bench/sandbox-worker.ts). */
interface SandboxThread {
  url: string;
  /** Requests the sandbox has received so far. */
  requests(): Promise<number>;
  close(): Promise<void>;
}

async function startSandboxThread(seed: string): Promise<SandboxThread> {
  const worker = new Worker(new URL('./sandbox-worker.ts', import.meta.url), { workerData: { seed } });
  const [url] = (await once(worker, 'message')) as [string];
  return {
    url,
    async requests() {
      worker.postMessage('requests');
      const [count] = (await once(worker, 'message')) as [number];
      return count;
    },
    async close() {
      worker.postMessage('close');
      await once(worker, 'exit');
    },
  };
}

/** The inputs a runner passes for the action's defaults (action.yml), as `INPUT_<NAME>` variables. */
function actionDefaults(): Record<string, string> {
  const doc = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs)) {
    // `${{ github.token }}` is the one expression among the defaults.
    if (spec.default !== undefined)
      env[`INPUT_${name.toUpperCase()}`] = String(spec.default).includes('${{')
        ? 'ghs_benchFakeToken000000000000000000000'
        : String(spec.default);
  }
  return env;
}

/** `node dist/index.js` in a workspace holding the shipped policy, in a runner's environment. */
function actionCommand(scratch: string, inputs: Record<string, string>): Command {
  const workspace = path.join(scratch, 'workspace');
  const files = path.join(scratch, 'runner');
  for (const dir of [path.join(workspace, 'policies'), path.join(files, 'temp')])
    mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(workspace, POLICY), readFileSync(path.join(ROOT, POLICY)));
  // The files a step appends to (outputs, summary, environment, path, state), emptied before each run.
  const fileCommands = {
    GITHUB_OUTPUT: path.join(files, 'set_output'),
    GITHUB_STEP_SUMMARY: path.join(files, 'step_summary'),
    GITHUB_ENV: path.join(files, 'set_env'),
    GITHUB_PATH: path.join(files, 'add_path'),
    GITHUB_STATE: path.join(files, 'save_state'),
  };
  writeFileSync(path.join(files, 'event.json'), '{}');
  const env: Record<string, string> = {
    ...baseEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    ...fileCommands,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: path.join(files, 'event.json'),
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    // A closed port: nothing may reach api.github.com.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: path.join(files, 'temp'),
    RUNNER_OS: 'Linux',
    ...actionDefaults(),
    'INPUT_ARTIFACT-NAME': '',
    ...inputs,
  };
  return {
    name: 'action',
    args: [BUNDLE],
    env,
    cwd: workspace,
    prepare: () => Object.values(fileCommands).forEach((f) => writeFileSync(f, '')),
    check: (code) => {
      // A failed gate exits 1 too: the `result` output tells an audit done from one that was not.
      const outputs = readFileSync(fileCommands.GITHUB_OUTPUT, 'utf8');
      const result = /^result<<(.+)\n(.*)\n\1$/m.exec(outputs)?.[2];
      const done = inputs['INPUT_MODE'] === 'validate' ? ['pass'] : ['pass', 'fail'];
      if (!done.includes(result ?? '') || code !== (result === 'fail' ? 1 : 0))
        throw new Error(`result ${result ?? '(none)'}, exit code ${code}`);
    },
  };
}

/** The peer and the floor, if their scripts are there. */
function referenceCommands(url: string, scratch: string): Command[] {
  const peer = path.join(args.references, 'peer-sdk.cjs');
  const floor = path.join(args.references, 'floor.mjs');
  if (!existsSync(peer) || !existsSync(floor)) return [];
  return [
    {
      name: 'peer',
      args: [peer, url, 'sandbox-client', 'sandbox-secret', path.join(scratch, 'peer-out')],
      // The official SDK is a dev dependency of this repository.
      env: { ...baseEnv(), NODE_PATH: path.join(ROOT, 'node_modules') },
      cwd: scratch,
    },
    { name: 'floor', args: [floor, url], env: baseEnv(), cwd: scratch },
  ];
}

async function benchSize(clients: number, scratch: string): Promise<SizeResult> {
  const sandbox = await startSandboxThread(`synthetic:${clients}`);
  try {
    const action = actionCommand(scratch, {
      'INPUT_API-BASE-URL': sandbox.url,
      'INPUT_LOGIN-BASE-URL': sandbox.url,
      'INPUT_CLIENT-ID': 'sandbox-client',
      'INPUT_CLIENT-SECRET': 'sandbox-secret',
    });
    const commands = [action, ...referenceCommands(sandbox.url, scratch)];
    // A warm-up round, discarded (disk cache, lazy loading); the action's run in it, alone against
    // the sandbox, gives the requests of one audit.
    const before = await sandbox.requests();
    await runProcess(action, scratch);
    const apiCalls = (await sandbox.requests()) - before;
    for (const command of commands.slice(1)) await runProcess(command, scratch);

    const [actionSamples, peer, floor] = await takeTurns(commands, scratch);
    return {
      clients,
      apiCalls,
      action: figures(actionSamples!),
      peer: peer ? figures(peer) : null,
      floor: floor ? figures(floor) : null,
    };
  } finally {
    await sandbox.close();
  }
}

/** `mode: validate` on the shipped policy (no network), against a bare `node -e 0`. */
async function startUp(scratch: string): Promise<StartUp> {
  const commands = [
    actionCommand(scratch, { INPUT_MODE: 'validate' }),
    { name: 'node -e 0', args: ['-e', '0'], env: baseEnv(), cwd: scratch },
  ];
  for (const command of commands) await runProcess(command, scratch);
  const [validate, nodeOnly] = await takeTurns(commands, scratch);
  return { validate: figures(validate!).wallMs, nodeOnly: figures(nodeOnly!).wallMs };
}

function conditions(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const { version } = JSON.parse(
    readFileSync(path.join(ROOT, 'node_modules', 'node', 'package.json'), 'utf8'),
  ) as { version: string };
  return (
    `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}; ` +
    `Node ${version} (the \`node\` dev dependency) for every process; ` +
    `${RUNS} runs per size in turns, after one warm-up round, discarded`
  );
}

/** What this run could not measure, said in the results. */
function gaps(results: SizeResult[]): string[] {
  const missing: string[] = [];
  if (!results.some((r) => r.peer))
    missing.push(`Peer and floor not measured: no scripts in ${args.references}.`);
  if (!GNU_TIME) missing.push('Peak RSS not measured: no GNU time at /usr/bin/time.');
  return missing;
}

async function main(): Promise<void> {
  if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run `npm run build` first.');
  if (!existsSync(NODE)) throw new Error('node_modules/node is missing: run `npm ci` first.');
  if (!existsSync(path.join(args.references, 'floor.mjs')))
    process.stderr.write(`No peer or floor scripts in ${args.references}: measuring the action alone.\n`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-bench-'));
  try {
    const results: SizeResult[] = [];
    for (const clients of SIZES) {
      const t0 = performance.now();
      const r = await benchSize(clients, path.join(scratch, String(clients)));
      results.push(r);
      const walls = [`action ${fmt(r.action.wallMs)}`];
      if (r.peer && r.floor) walls.push(`peer ${fmt(r.peer.wallMs)}`, `floor ${fmt(r.floor.wallMs)}`);
      const seconds = Math.round((performance.now() - t0) / 1000);
      process.stderr.write(
        `${clients} clients (${seconds} s): ${walls.join(', ')} ms; ${r.apiCalls} API calls\n`,
      );
    }
    const start = await startUp(path.join(scratch, 'start-up'));
    const items = budget(results, start);
    const table = markdown(results, start, items, conditions(), gaps(results));
    process.stdout.write(table);

    const calls = results.map((r) => r.apiCalls);
    if (new Set(calls).size !== 1)
      throw new Error(`API calls depend on the number of clients: ${calls.join(', ')}`);
    if (!WRITE_RESULTS) return;
    const json = {
      conditions: conditions(),
      generatedAt: new Date().toISOString(),
      results,
      startUp: start,
      budget: items,
    };
    writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
    writeFileSync(path.join(ROOT, 'bench', 'RESULTS.md'), table);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`benchmark failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
