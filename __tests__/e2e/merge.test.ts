/**
 * `mode: merge` end to end: three orgs audited by the bundle (as the jobs of a matrix would), their
 * JSON reports laid out as `actions/download-artifact` lays them out, then combined by the bundle
 * into one verdict. The same files through the CLI's `merge` command.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main, type Io } from '../../src/cli.js';
import type { AuditReport } from '../../src/report/types.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { REPO_ROOT, runAction, type RunActionResult } from './runner.js';

const POLICY = path.join(REPO_ROOT, 'policies', 'oauth-policy.yml');
const GLOB = 'reports/**/oauth-audit.json';
/** One org per matrix entry; the seed gives each a different size. */
const ORGS = [
  { name: 'emea', seed: 'demo' },
  { name: 'amer', seed: 'synthetic:50' },
  { name: 'apac', seed: 'synthetic:80' },
] as const;

interface Audited {
  name: string;
  text: string;
  report: AuditReport;
}

const sandboxes: Sandbox[] = [];
/** Reports of the three orgs with `fail-on: never` (all pass). */
let passing: Audited[];
/** The demo org's report with the policy's own gate (it fails). */
let failing: Audited;

async function auditOrg(
  sandbox: Sandbox,
  name: string,
  inputs: Record<string, string> = {},
): Promise<Audited> {
  const run = await runAction({
    inputs: {
      'api-base-url': sandbox.apiBaseUrl,
      'login-base-url': sandbox.loginBaseUrl,
      'client-id': 'sandbox-client',
      'client-secret': 'sandbox-secret',
      'artifact-name': '',
      annotations: 'false',
      ...inputs,
    },
    policyFile: POLICY,
  });
  if (!run.outputs['report-json']) throw new Error(`audit of ${name} wrote no report:\n${run.stdout}`);
  const text = readFileSync(run.outputs['report-json'], 'utf8');
  return { name, text, report: JSON.parse(text) as AuditReport };
}

beforeAll(async () => {
  for (const org of ORGS) sandboxes.push(await startSandbox({ seed: org.seed }));
  [passing, failing] = await Promise.all([
    Promise.all(ORGS.map((org, i) => auditOrg(sandboxes[i]!, org.name, { 'fail-on': 'never' }))),
    auditOrg(sandboxes[0]!, 'emea'),
  ]);
});

afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
});

/** Where `actions/download-artifact` with `pattern: oauth-audit-*` and `path: reports` puts each report. */
function reportPath(name: string): string {
  return `reports/oauth-audit-${name}/oauth-audit.json`;
}

function layout(reports: readonly Audited[], extra: Record<string, string> = {}): Record<string, string> {
  return { ...Object.fromEntries(reports.map((r) => [reportPath(r.name), r.text])), ...extra };
}

function runMerge(files: Record<string, string>, reports = GLOB): Promise<RunActionResult> {
  return runAction({ inputs: { mode: 'merge', reports }, files });
}

function sum(reports: readonly Audited[], field: 'clients' | 'findings' | 'violations' | 'exempted'): number {
  return reports.reduce((n, r) => n + r.report.summary[field], 0);
}

function errors(run: RunActionResult): string[] {
  return run.commands.filter((c) => c.command === 'error').map((c) => c.message);
}

describe('mode: merge in the action', () => {
  test('three passing reports: the outputs are the totals and the summary lists each report', async () => {
    const run = await runMerge(layout(passing));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      result: 'pass',
      clients: String(sum(passing, 'clients')),
      findings: String(sum(passing, 'findings')),
      violations: '0',
      exempted: String(sum(passing, 'exempted')),
    });
    // The synthetic orgs are the sizes asked for, so the totals really add three reports up.
    expect(passing.map((r) => r.report.summary.clients)).toEqual([sandboxes[0]!.org.clients.length, 50, 80]);
    expect(run.summary).toContain('Genesys Cloud OAuth client audit: pass (3 orgs)');
    for (const r of passing) expect(run.summary).toContain(`<code>${reportPath(r.name)}</code>`);
    expect(run.summary).toContain(`${sum(passing, 'clients')} clients audited`);
    expect(run.stdout).toContain('Merged 3 reports: pass, 0 violations.');
    expect(errors(run)).toEqual([]);
    // The merge job uploads no artifact of its own: the summary points at the audit jobs' ones.
    expect(run.summary).toContain('report artifact of its audit job');
    expect(run.summary).not.toContain('report artifact of this workflow run');
  });

  test('one failing report fails the merge, with its violations as the total', async () => {
    const run = await runMerge(layout([failing, passing[1]!, passing[2]!]));
    expect(run.code).toBe(1);
    expect(failing.report.summary.violations).toBeGreaterThan(0);
    expect(run.outputs).toMatchObject({
      result: 'fail',
      clients: String(sum([failing, passing[1]!, passing[2]!], 'clients')),
      violations: String(failing.report.summary.violations),
    });
    expect(run.summary).toContain('Genesys Cloud OAuth client audit: fail (3 orgs)');
    expect(run.summary).toContain('**1 of 3** orgs fail');
    expect(errors(run)).toEqual([`Merged 3 reports: fail, ${failing.report.summary.violations} violations.`]);
  });

  test.each([
    {
      what: 'a truncated file',
      text: (t: string) => t.slice(0, 200),
      says: /Cannot read report reports\/oauth-audit-apac\/oauth-audit\.json/,
    },
    {
      what: 'JSON that is not a report',
      text: () => JSON.stringify({ schemaVersion: 2, results: [] }),
      says: /reports\/oauth-audit-apac\/oauth-audit\.json: not a genesys-oauth-audit report/,
    },
  ])('$what among them is invalid-policy, naming the file', async ({ text, says }) => {
    const run = await runMerge(layout(passing.slice(0, 2), { [reportPath('apac')]: text(passing[2]!.text) }));
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('invalid-policy');
    expect(run.outputs.clients).toBe('');
    expect(errors(run).join('\n')).toMatch(says);
    expect(run.summary).toContain('Invalid policy or input');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  test('a pattern that matches nothing says so and names the pattern', async () => {
    const run = await runMerge({ 'reports/oauth-audit-emea/report.csv': 'client_id\n' });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('invalid-policy');
    expect(errors(run)).toEqual([expect.stringContaining(`No report matches "${GLOB}"`)]);
  });

  test('merge without a reports pattern is one clear input error', async () => {
    const run = await runAction({ inputs: { mode: 'merge' }, files: layout(passing) });
    expect(run.outputs.result).toBe('invalid-policy');
    expect(errors(run)).toEqual([expect.stringMatching(/Input "reports" is required with mode: merge/)]);
  });
});

describe('genesys-oauth-audit merge', () => {
  function capture(cwd: string): Io & { stdout: () => string; stderr: () => string } {
    let out = '';
    let err = '';
    return {
      out: (s) => void (out += s),
      err: (s) => void (err += s),
      env: {},
      cwd,
      isTTY: false,
      stdout: () => out,
      stderr: () => err,
    };
  }

  function writeAll(reports: readonly { name: string; text: string }[]): { dir: string; files: string[] } {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-merge-'));
    const files = reports.map((r) => {
      writeFileSync(path.join(dir, `${r.name}.json`), r.text);
      return `${r.name}.json`;
    });
    return { dir, files };
  }

  test('three passing reports: exit 0, one row each and the total', async () => {
    const { dir, files } = writeAll(passing);
    const io = capture(dir);
    expect(await main(['merge', ...files], io)).toBe(0);
    const lines = io.stdout().split('\n');
    for (const f of files) expect(lines.some((l) => l.startsWith(f) && / PASS /.test(l))).toBe(true);
    const total = lines.find((l) => l.startsWith('TOTAL'))!;
    expect(total.split(/\s{2,}/)).toEqual([
      'TOTAL',
      '3 reports',
      'PASS',
      String(sum(passing, 'clients')),
      '0',
      '0',
      String(sum(passing, 'findings')),
      String(sum(passing, 'exempted')),
    ]);
    expect(io.stdout()).toContain('Result: PASS: 3 reports, no violations.');
    expect(io.stderr()).toBe('');
  });

  test('a failing report: exit 1 and the count of failing reports', async () => {
    const { dir, files } = writeAll([failing, passing[1]!, passing[2]!]);
    const io = capture(dir);
    expect(await main(['merge', ...files.map((f) => path.join(dir, f))], io)).toBe(1);
    expect(io.stdout()).toContain(
      `Result: FAIL: 1 of 3 reports fail, ${failing.report.summary.violations} violations in all.`,
    );
  });

  test('a corrupt report: exit 2, naming the file', async () => {
    const { dir, files } = writeAll([
      passing[0]!,
      passing[1]!,
      { name: 'apac', text: '{"schemaVersion": 1,' },
    ]);
    const io = capture(dir);
    expect(await main(['merge', ...files], io)).toBe(2);
    expect(io.stderr()).toMatch(/^invalid-policy: Cannot read report apac\.json/);
    expect(io.stdout()).toBe('');
  });
});
