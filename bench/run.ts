/**
 * The benchmark (SPEC §12): how the audit's cost grows with the size of the org.
 *
 *   npm run bench              sizes 100, 1,000, 10,000, 50,000; results in bench/results.json and bench/RESULTS.md
 *   npm run bench -- --quick   sizes 100 and 1,000, few runs; checks only what is deterministic (API calls)
 *   npm run bench -- --sizes=1000,10000   other sizes
 *
 * For each size, served on loopback by the sandbox in a thread of its own (as Genesys Cloud is another
 * machine, the server's work must not be counted in the client's) with a 100-rule policy: evaluation alone; the
 * end-to-end audit (token, fetch, evaluate, build and write the reports); the floor — a bare
 * download and JSON.parse of the same listing with undici —; their ratio; peak RSS of the committed
 * bundle auditing that org in a child process; API calls per audit. Plus the cold start of
 * `node dist/index.js` in validate mode against `node -e 0`, and the size of dist/.
 * Medians (and ranges) of several runs after a warm-up. Times are reported, never asserted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { request } from 'undici';
import { audit } from '../src/audit.js';
import { fetchOrg } from '../src/genesys/api.js';
import { silentLogger } from '../src/logger.js';
import { evaluate } from '../src/policy/evaluate.js';
import { buildReport } from '../src/report/build.js';
import { loadPolicyFile } from '../src/policy/load.js';
import { writeReportFiles } from '../src/report-files.js';
import type { ApiSourceSettings, AuditSettings } from '../src/settings.js';
import { generatePolicy } from './policy.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const SIZES = sizesArg
  ? sizesArg.slice('--sizes='.length).split(',').map(Number)
  : quick
    ? [100, 1000]
    : [100, 1000, 10_000, 50_000];
const RUNS = quick ? 2 : 11;
// Several: V8 optimises the hot paths over the first runs of a large org, and a median should
// reflect the steady state, not a mix of tiers.
const WARMUP = quick ? 1 : 3;
const RULES = 100;
const NOW = new Date('2026-11-25T12:00:00Z');

interface Stat {
  median: number;
  min: number;
  max: number;
}

interface SizeResult {
  clients: number;
  evaluateMs: Stat;
  auditMs: Stat;
  floorMs: Stat;
  ratio: number;
  /** Peak RSS of `node dist/index.js` auditing this org, MB. */
  peakRssMb: number | null;
  apiCalls: number;
  /** The audit's steps, each timed within whole runs (budget size only). */
  phases: Record<Phase, Stat> | null;
}

/** The size the end-to-end budget is set for (SPEC §12). */
const BUDGET_SIZE = 10_000;
const PHASES = ['policy', 'fetch', 'evaluate', 'build', 'write'] as const;
type Phase = (typeof PHASES)[number];
const PHASE_NAMES: Record<Phase, string> = {
  policy: 'read and validate the policy',
  fetch: 'token, clients, scopes, roles, divisions; normalise',
  evaluate: 'evaluate',
  build: 'build the report',
  write: 'render and write JSON and CSV',
};

function stat(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median: round(median), min: round(s[0]!), max: round(s[s.length - 1]!) };
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Times tasks taking turns, so that all see the same moments of a machine whose speed drifts
 * (shared cores): a ratio of two medians taken minutes apart would measure the drift. A task is
 * told whether its run counts (false during the warm-up) and may time its own steps.
 */
async function takeTurns(tasks: ((counts: boolean) => Promise<unknown>)[]): Promise<Stat[]> {
  const samples = tasks.map((): number[] => []);
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const counts = i >= WARMUP;
    for (let t = 0; t < tasks.length; t++) {
      const t0 = performance.now();
      await tasks[t]!(counts);
      if (counts) samples[t]!.push(performance.now() - t0);
    }
  }
  return samples.map(stat);
}

/** The sandbox serving one org from its own thread (bench/sandbox-worker.ts). */
interface SandboxThread {
  url: string;
  source: ApiSourceSettings;
  /** Requests the sandbox has received so far. */
  requests(): Promise<number>;
  close(): Promise<void>;
}

async function startSandboxThread(seed: string): Promise<SandboxThread> {
  const worker = new Worker(new URL('./sandbox-worker.ts', import.meta.url), { workerData: { seed } });
  const [source] = (await once(worker, 'message')) as [ApiSourceSettings];
  return {
    url: source.apiBaseUrl,
    source,
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

/** The floor: what any client must do at least — get a token, download the listing, parse it. */
async function floor(sandbox: SandboxThread): Promise<void> {
  const { clientId, clientSecret } = sandbox.source;
  const token = await request(`${sandbox.url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const { access_token } = (await token.body.json()) as { access_token: string };
  const res = await request(`${sandbox.url}/api/v2/oauth/clients`, {
    headers: { authorization: `Bearer ${access_token}` },
  });
  JSON.parse(await res.body.text());
}

/**
 * Peak RSS of the committed bundle auditing the org, in a child process of its own (spawned
 * asynchronously: the sandbox serving it runs in this process).
 */
async function bundleRss(
  sandbox: SandboxThread,
  policyFile: string,
  workspace: string,
): Promise<number | null> {
  const bundle = path.join(root, 'dist', 'index.js');
  const hook = path.join(workspace, 'rss-hook.cjs');
  const out = path.join(workspace, 'rss.txt');
  writeFileSync(
    hook,
    // The action runs itself again in a child (src/index.ts); both processes load the hook: keep the larger.
    `process.on('exit', () => require('fs').appendFileSync(${JSON.stringify(out)}, process.resourceUsage().maxRSS + '\\n'));`,
  );
  const outputs = path.join(workspace, 'outputs.txt');
  writeFileSync(outputs, '');
  const child = spawn(process.execPath, ['--require', hook, bundle], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputs,
      INPUT_POLICY: path.relative(workspace, policyFile),
      'INPUT_API-BASE-URL': sandbox.url,
      'INPUT_LOGIN-BASE-URL': sandbox.url,
      'INPUT_CLIENT-ID': sandbox.source.clientId,
      'INPUT_CLIENT-SECRET': sandbox.source.clientSecret,
      'INPUT_FAIL-ON': 'never',
      'INPUT_ARTIFACT-NAME': '',
      'INPUT_JOB-SUMMARY': 'false',
      INPUT_ANNOTATIONS: 'false',
      'INPUT_PR-COMMENT': 'never',
      'INPUT_COMPARE-POLICY': 'never',
      'INPUT_REPORT-DIR': 'report',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (status !== 0) {
    process.stderr.write(`bundle run failed (${status}): ${output.slice(-2000)}\n`);
    return null;
  }
  const peaks = readFileSync(out, 'utf8').trim().split('\n').map(Number);
  rmSync(out);
  return round(Math.max(...peaks) / 1024);
}

async function benchSize(clients: number, workspace: string, policyFile: string): Promise<SizeResult> {
  const sandbox = await startSandboxThread(`synthetic:${clients}`);
  try {
    const evaluateMs = await evaluateAlone(sandbox, policyFile);
    const settings: AuditSettings = {
      policyPath: policyFile,
      policyDisplayPath: 'bench-policy.yml',
      source: sandbox.source,
      now: NOW,
    };
    const reportDir = path.join(workspace, `report-${clients}`);
    const apiCalls = await countApiCalls(sandbox, settings);
    const steps = clients === BUDGET_SIZE && !quick ? new StepTimes(settings, reportDir) : null;
    const [auditMs, floorMs] = await takeTurns([
      async () => {
        const { report } = await audit(settings, silentLogger);
        await writeReportFiles(report, reportDir, { sarif: false, policyFile: 'bench-policy.yml' });
      },
      () => floor(sandbox),
      ...(steps ? [(counts: boolean) => steps.run(counts)] : []),
    ]);
    const peakRssMb = quick ? null : await bundleRss(sandbox, policyFile, workspace);
    return {
      clients,
      evaluateMs,
      auditMs,
      floorMs,
      ratio: round(auditMs.median / floorMs.median),
      peakRssMb,
      apiCalls,
      phases: steps?.stats() ?? null,
    };
  } finally {
    await sandbox.close();
  }
}

// The two helpers below keep what they read to themselves: the end-to-end runs that follow must
// find a heap holding what an audit holds, as in the action's own process, not a second org.

/** Evaluation alone, of an org read once. */
async function evaluateAlone(sandbox: SandboxThread, policyFile: string): Promise<Stat> {
  const policy = await loadPolicyFile(policyFile, 'bench-policy.yml', NOW);
  const { org } = await fetchOrg(sandbox.source, { roleNames: true, scopeCatalogue: true }, silentLogger);
  const [evaluateMs] = await takeTurns([async () => evaluate(policy, org, NOW)]);
  return evaluateMs!;
}

/** Requests one audit makes, as the sandbox counts them; the audit's own count must agree. */
async function countApiCalls(sandbox: SandboxThread, settings: AuditSettings): Promise<number> {
  const before = await sandbox.requests();
  const counted = (await audit(settings, silentLogger)).apiCalls;
  const seen = (await sandbox.requests()) - before;
  if (counted !== seen) throw new Error(`audit counted ${counted} calls, the sandbox saw ${seen}`);
  return seen;
}

/** The steps of `audit` and `writeReportFiles`, run one after the other as they do, each timed. */
class StepTimes {
  private readonly samples = Object.fromEntries(PHASES.map((p) => [p, [] as number[]])) as Record<
    Phase,
    number[]
  >;

  constructor(
    private readonly settings: AuditSettings,
    private readonly reportDir: string,
  ) {}

  async run(counts: boolean): Promise<void> {
    const step = async <T>(phase: Phase, fn: () => Promise<T> | T): Promise<T> => {
      const t0 = performance.now();
      const out = await fn();
      if (counts) this.samples[phase].push(performance.now() - t0);
      return out;
    };
    const { policyPath, policyDisplayPath } = this.settings;
    const source = this.settings.source as ApiSourceSettings;
    const policy = await step('policy', () => loadPolicyFile(policyPath, policyDisplayPath, NOW));
    const { org } = await step('fetch', () =>
      fetchOrg(source, { roleNames: true, scopeCatalogue: true }, silentLogger),
    );
    const evaluation = await step('evaluate', () => evaluate(policy, org, NOW));
    const report = await step('build', () =>
      buildReport({
        org,
        policy,
        evaluation,
        failOn: 'high',
        generatedAt: NOW.toISOString(),
        toolVersion: 'bench',
      }),
    );
    await step('write', () =>
      writeReportFiles(report, this.reportDir, { sarif: false, policyFile: 'bench-policy.yml' }),
    );
  }

  stats(): Record<Phase, Stat> {
    return Object.fromEntries(PHASES.map((p) => [p, stat(this.samples[p])])) as Record<Phase, Stat>;
  }
}

function coldStart(workspace: string, policyFile: string): { bundleMs: Stat; nodeMs: Stat } {
  const time = (args: string[], env: NodeJS.ProcessEnv): Stat => {
    const samples: number[] = [];
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: workspace, env, stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
      if (i >= WARMUP) samples.push(performance.now() - t0);
    }
    return stat(samples);
  };
  const outputs = path.join(workspace, 'cold-outputs.txt');
  writeFileSync(outputs, '');
  return {
    nodeMs: time(['-e', '0'], { PATH: process.env.PATH }),
    bundleMs: time([path.join(root, 'dist', 'index.js')], {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputs,
      INPUT_MODE: 'validate',
      INPUT_POLICY: path.relative(workspace, policyFile),
      'INPUT_JOB-SUMMARY': 'false',
      INPUT_ANNOTATIONS: 'false',
    }),
  };
}

function dirSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += statSync(path.join(e.parentPath, e.name)).size;
  }
  return total;
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

const fmt = (s: Stat): string => `${s.median} (${s.min}–${s.max})`;

function markdown(results: SizeResult[], cold: ReturnType<typeof coldStart>, distBytes: number): string {
  const rows = results.map(
    (r) =>
      `| ${r.clients.toLocaleString('en')} | ${fmt(r.evaluateMs)} | ${fmt(r.auditMs)} | ${fmt(r.floorMs)} | ${r.ratio}× | ${r.peakRssMb ?? '—'} | ${r.apiCalls} |`,
  );
  return [
    `# Benchmark results`,
    '',
    `Machine: ${machine()}. ${RULES}-rule policy; medians of ${RUNS} runs after ${WARMUP} warm-up (range in brackets); times in ms.`,
    '',
    '| clients | evaluate | audit end to end | floor (download + JSON.parse) | audit / floor | peak RSS, MB (bundle) | API calls |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Cold start, validate mode: \`node dist/index.js\` ${fmt(cold.bundleMs)} ms vs \`node -e 0\` ${fmt(cold.nodeMs)} ms ` +
      `(+${round(cold.bundleMs.median - cold.nodeMs.median)} ms). dist/: ${(distBytes / 2 ** 20).toFixed(2)} MiB.`,
    '',
    'Budget (SPEC §12): evaluation of 10,000 clients × 100 rules < 100 ms; end to end at 10,000 clients ≤ 1.5 × floor + 150 ms, ' +
      'peak RSS < 200 MB; cold start < 250 ms above `node -e 0`; API calls independent of the number of clients.',
    '',
    ...budgetLines(results, cold),
    ...phaseTable(results),
  ].join('\n');
}

/** Each budget item of SPEC §12 against this run's medians. */
function budgetLines(results: SizeResult[], cold: ReturnType<typeof coldStart>): string[] {
  const verdict = (ok: boolean): string => (ok ? 'met' : '**not met**');
  const lines: string[] = [];
  const r = results.find((x) => x.clients === BUDGET_SIZE);
  if (r) {
    const limit = round(1.5 * r.floorMs.median + 150);
    lines.push(
      `- Evaluation at ${BUDGET_SIZE.toLocaleString('en')} clients: ${r.evaluateMs.median} ms (limit 100): ${verdict(r.evaluateMs.median < 100)}.`,
      `- End to end at ${BUDGET_SIZE.toLocaleString('en')} clients: ${r.auditMs.median} ms (limit 1.5 × ${r.floorMs.median} + 150 = ${limit}): ${verdict(r.auditMs.median <= limit)}.`,
    );
    if (r.peakRssMb !== null)
      lines.push(
        `- Peak RSS at ${BUDGET_SIZE.toLocaleString('en')} clients: ${r.peakRssMb} MB (limit 200): ${verdict(r.peakRssMb < 200)}.`,
      );
  }
  const startUp = round(cold.bundleMs.median - cold.nodeMs.median);
  lines.push(`- Cold start: +${startUp} ms (limit 250): ${verdict(startUp < 250)}.`);
  const calls = new Set(results.map((x) => x.apiCalls));
  lines.push(`- API calls: ${[...calls].join(', ')} at every size: ${verdict(calls.size === 1)}.`);
  return [...lines, ''];
}

function phaseTable(results: SizeResult[]): string[] {
  const r = results.find((x) => x.phases !== null);
  if (!r?.phases) return [];
  return [
    `Where the time goes at ${r.clients.toLocaleString('en')} clients (the steps of an audit run one after the other, in turns with the end-to-end runs; ms):`,
    '',
    '| step | median (range) |',
    '|---|---:|',
    ...PHASES.map((p) => `| ${PHASE_NAMES[p]} | ${fmt(r.phases![p])} |`),
    '',
  ];
}

async function main(): Promise<void> {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-bench-'));
  try {
    const policyFile = path.join(workspace, 'bench-policy.yml');
    writeFileSync(policyFile, generatePolicy(RULES));
    const results: SizeResult[] = [];
    for (const size of SIZES) {
      const r = await benchSize(size, workspace, policyFile);
      results.push(r);
      process.stderr.write(
        `${size} clients: evaluate ${fmt(r.evaluateMs)} ms, audit ${fmt(r.auditMs)} ms, floor ${fmt(r.floorMs)} ms, ` +
          `RSS ${r.peakRssMb ?? '—'} MB, ${r.apiCalls} API calls\n`,
      );
    }
    const cold = coldStart(workspace, policyFile);
    const distBytes = dirSize(path.join(root, 'dist'));
    const table = markdown(results, cold, distBytes);
    process.stdout.write(`${table}\n`);

    const calls = new Set(results.map((r) => r.apiCalls));
    if (calls.size !== 1) {
      throw new Error(
        `API calls depend on the number of clients: ${results.map((r) => r.apiCalls).join(', ')}`,
      );
    }
    if (quick) {
      process.stdout.write(`bench quick: OK (${results.length} sizes, ${[...calls][0]} API calls each)\n`);
      return;
    }
    const json = {
      machine: machine(),
      generatedAt: new Date().toISOString(),
      rules: RULES,
      runs: RUNS,
      results,
      cold,
      distBytes,
    };
    writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
    writeFileSync(path.join(root, 'bench', 'RESULTS.md'), table);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`benchmark failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
