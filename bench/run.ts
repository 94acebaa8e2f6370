/**
 * The benchmark (SPEC §12): how the audit's cost grows with the size of the org.
 *
 *   npm run bench              sizes 100, 1,000, 10,000, 50,000; results in bench/results.json and bench/RESULTS.md
 *   npm run bench -- --quick   sizes 100 and 1,000, few runs; checks only what is deterministic (API calls)
 *   npm run bench -- --sizes=1000,10000   other sizes
 *
 * For each size, served by the sandbox on loopback with a 100-rule policy: evaluation alone; the
 * end-to-end audit (token, fetch, evaluate, build and write the reports); the floor — a bare
 * download and JSON.parse of the same listing with undici —; their ratio; peak RSS of the committed
 * bundle auditing that org in a child process; API calls per audit. Plus the cold start of
 * `node dist/index.js` in validate mode against `node -e 0`, and the size of dist/.
 * Medians (and ranges) of several runs after a warm-up. Times are reported, never asserted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { audit } from '../src/audit.js';
import { fetchOrg } from '../src/genesys/api.js';
import { silentLogger } from '../src/logger.js';
import { evaluate } from '../src/policy/evaluate.js';
import { loadPolicyFile } from '../src/policy/load.js';
import { writeReportFiles } from '../src/report-files.js';
import { startSandbox, type Sandbox } from '../src/sandbox/server.js';
import type { AuditSettings } from '../src/settings.js';
import { generatePolicy } from './policy.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const SIZES = sizesArg
  ? sizesArg.slice('--sizes='.length).split(',').map(Number)
  : quick
    ? [100, 1000]
    : [100, 1000, 10_000, 50_000];
const RUNS = quick ? 2 : 7;
const WARMUP = 1;
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
}

function stat(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median: round(median), min: round(s[0]!), max: round(s[s.length - 1]!) };
}

const round = (n: number): number => Math.round(n * 100) / 100;

async function measure(fn: () => Promise<unknown> | unknown): Promise<Stat> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return stat(samples);
}

/** The floor: what any client must do at least — get a token, download the listing, parse it. */
async function floor(sandbox: Sandbox): Promise<void> {
  const token = await request(`${sandbox.loginBaseUrl}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('sandbox-client:sandbox-secret').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const { access_token } = (await token.body.json()) as { access_token: string };
  const res = await request(`${sandbox.apiBaseUrl}/api/v2/oauth/clients`, {
    headers: { authorization: `Bearer ${access_token}` },
  });
  JSON.parse(await res.body.text());
}

/**
 * Peak RSS of the committed bundle auditing the org, in a child process of its own (spawned
 * asynchronously: the sandbox serving it runs in this process).
 */
async function bundleRss(sandbox: Sandbox, policyFile: string, workspace: string): Promise<number | null> {
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
      'INPUT_API-BASE-URL': sandbox.apiBaseUrl,
      'INPUT_LOGIN-BASE-URL': sandbox.loginBaseUrl,
      'INPUT_CLIENT-ID': 'sandbox-client',
      'INPUT_CLIENT-SECRET': 'sandbox-secret',
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
  const sandbox = await startSandbox({ seed: `synthetic:${clients}`, rateLimit: false });
  try {
    const policy = await loadPolicyFile(policyFile, 'bench-policy.yml', NOW);
    const { org } = await fetchOrg(sandbox.source(), { roleNames: true, scopeCatalogue: true }, silentLogger);
    const evaluateMs = await measure(() => evaluate(policy, org, NOW));

    const settings: AuditSettings = {
      policyPath: policyFile,
      policyDisplayPath: 'bench-policy.yml',
      source: sandbox.source(),
      now: NOW,
    };
    const reportDir = path.join(workspace, `report-${clients}`);
    const before = sandbox.requests.length;
    const first = await audit(settings, silentLogger);
    const apiCalls = sandbox.requests.length - before;
    if (first.apiCalls !== apiCalls)
      throw new Error(`audit counted ${first.apiCalls} calls, the sandbox saw ${apiCalls}`);
    const auditMs = await measure(async () => {
      const { report } = await audit(settings, silentLogger);
      await writeReportFiles(report, reportDir, { sarif: false, policyFile: 'bench-policy.yml' });
    });
    const floorMs = await measure(() => floor(sandbox));
    const peakRssMb = quick ? null : await bundleRss(sandbox, policyFile, workspace);
    return {
      clients,
      evaluateMs,
      auditMs,
      floorMs,
      ratio: round(auditMs.median / floorMs.median),
      peakRssMb,
      apiCalls,
    };
  } finally {
    await sandbox.close();
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
  ].join('\n');
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
