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
/**
 * Reports of the three orgs with `fail-on: never`, as the README's matrix writes them: each says
 * `pass`, though the orgs have findings at or above `high`.
 */
let ungated: Audited[];
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
  [ungated, failing] = await Promise.all([
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

function runMerge(
  files: Record<string, string>,
  inputs: Record<string, string> = {},
): Promise<RunActionResult> {
  return runAction({ inputs: { mode: 'merge', reports: GLOB, ...inputs }, files });
}

function sum(reports: readonly Audited[], field: 'clients' | 'findings' | 'violations' | 'exempted'): number {
  return reports.reduce((n, r) => n + r.report.summary[field], 0);
}

/** Non-exempted findings at or above `high`: the merge's default gate. */
function highOrWorse(reports: readonly Audited[]): number {
  return reports.reduce(
    (n, r) => n + r.report.summary.bySeverity.critical + r.report.summary.bySeverity.high,
    0,
  );
}

function errors(run: RunActionResult): string[] {
  return run.commands.filter((c) => c.command === 'error').map((c) => c.message);
}

describe('mode: merge in the action', () => {
  test('reports written with fail-on: never that hold high findings fail the merge (the README matrix)', async () => {
    // Each audit job passed: only the merge holds the gate.
    expect(ungated.map((r) => r.report.result)).toEqual(['pass', 'pass', 'pass']);
    expect(highOrWorse(ungated.slice(0, 2))).toBeGreaterThan(0);
    const run = await runMerge(layout(ungated.slice(0, 2)), { 'expected-reports': '2' });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({
      result: 'fail',
      clients: String(sum(ungated.slice(0, 2), 'clients')),
      findings: String(sum(ungated.slice(0, 2), 'findings')),
      violations: String(highOrWorse(ungated.slice(0, 2))),
    });
    expect(run.summary).toContain('Genesys Cloud OAuth client audit: fail (2 orgs)');
    expect(run.summary).toContain(`violations** at or above <code>high</code> in all`);
    // No org row says pass while it has violations.
    expect(run.summary).not.toContain('✅ pass');
    expect(errors(run)).toEqual([
      expect.stringMatching(/^Merged 2 reports: fail, \d+ violations at or above high in \d of 2 orgs\.$/),
    ]);
  });

  test('the fail-on input is the gate: never passes, and the outputs are the totals', async () => {
    const run = await runMerge(layout(ungated), { 'fail-on': 'never', 'expected-reports': '3' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      result: 'pass',
      clients: String(sum(ungated, 'clients')),
      findings: String(sum(ungated, 'findings')),
      violations: '0',
      exempted: String(sum(ungated, 'exempted')),
    });
    // The synthetic orgs are the sizes asked for, so the totals really add three reports up.
    expect(ungated.map((r) => r.report.summary.clients)).toEqual([sandboxes[0]!.org.clients.length, 50, 80]);
    expect(run.summary).toContain('Genesys Cloud OAuth client audit: pass (3 orgs)');
    // One row per org, named by the folder its artifact was downloaded into.
    for (const r of ungated) expect(run.summary).toContain(`| oauth-audit-${r.name}<br><sub>`);
    expect(run.summary).toContain(`${sum(ungated, 'clients')} clients audited`);
    expect(run.stdout).toContain('Merged 3 reports: pass, 0 violations (fail-on: never).');
    expect(errors(run)).toEqual([]);
    // The merge job uploads no artifact of its own: the summary points at the audit jobs' ones.
    expect(run.summary).toContain('report artifact of its audit job');
    expect(run.summary).not.toContain('report artifact of this workflow run');
  });

  test('a report’s own verdict is ignored both ways: its fail does not fail a merge that gates nothing', async () => {
    expect(failing.report.result).toBe('fail');
    const run = await runMerge(layout([failing]), { 'fail-on': 'never' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', violations: '0' });
  });

  test('fewer reports than expected-reports is incomplete, naming both counts and what to do', async () => {
    const run = await runMerge(layout(ungated.slice(0, 2)), { 'expected-reports': '3' });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('incomplete');
    expect(run.outputs.violations).toBe('');
    const message = errors(run).join('\n');
    expect(message).toContain('Expected 3 reports (one per org), found 2');
    expect(message).toMatch(/audit job of the matrix probably failed/);
    expect(run.summary).toContain('Expected 3 reports');
  });

  test('one incomplete report makes the merge incomplete, though the others fail', async () => {
    const incomplete = JSON.stringify({ ...ungated[2]!.report, result: 'incomplete' });
    const run = await runMerge(layout([failing, ungated[1]!], { [reportPath('apac')]: incomplete }), {
      'expected-reports': '3',
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('incomplete');
    expect(errors(run).join('\n')).toContain(
      'reports/oauth-audit-apac/oauth-audit.json: the report of an incomplete audit',
    );
  });

  test.each([
    {
      what: 'a truncated file',
      text: (t: string) => t.slice(0, 200),
      says: /reports\/oauth-audit-apac\/oauth-audit\.json: cannot be read: not valid JSON/,
    },
    {
      what: 'JSON that is not a report',
      text: () => JSON.stringify({ schemaVersion: 2, results: [] }),
      says: /reports\/oauth-audit-apac\/oauth-audit\.json: not a genesys-oauth-audit report/,
    },
  ])('$what among them is incomplete, naming the file', async ({ text, says }) => {
    const run = await runMerge(layout(ungated.slice(0, 2), { [reportPath('apac')]: text(ungated[2]!.text) }));
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('incomplete');
    expect(run.outputs.clients).toBe('');
    expect(errors(run).join('\n')).toMatch(says);
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  test('a pattern that matches nothing is incomplete and names the pattern', async () => {
    const run = await runMerge({ 'reports/oauth-audit-emea/report.csv': 'client_id\n' });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('incomplete');
    expect(errors(run)).toEqual([expect.stringContaining(`no report matches "${GLOB}"`)]);
  });

  test.each(['0', '-1', '2.5', 'two', '1e3'])(
    'expected-reports "%s" is one clear input error',
    async (value) => {
      const run = await runMerge(layout(ungated), { 'expected-reports': value });
      expect(run.outputs.result).toBe('invalid-input');
      expect(errors(run)).toEqual([
        `Input "expected-reports" must be a whole number, 1 or more (the number of orgs in the matrix), got "${value}".`,
      ]);
    },
  );

  test('merge without a reports pattern is one clear input error', async () => {
    const run = await runAction({ inputs: { mode: 'merge' }, files: layout(ungated) });
    expect(run.outputs.result).toBe('invalid-input');
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

  test('three reports written with fail-on: never and --fail-on never: exit 0, one row each and the total', async () => {
    const { dir, files } = writeAll(ungated);
    const io = capture(dir);
    expect(await main(['merge', '--fail-on', 'never', '--expect', '3', ...files], io)).toBe(0);
    const lines = io.stdout().split('\n');
    for (const f of files) expect(lines.some((l) => l.startsWith(f) && / PASS /.test(l))).toBe(true);
    const total = lines.find((l) => l.startsWith('TOTAL'))!;
    expect(total.split(/\s{2,}/)).toEqual([
      'TOTAL',
      '3 reports',
      'PASS',
      String(sum(ungated, 'clients')),
      '0',
      '0',
      String(sum(ungated, 'findings')),
      String(sum(ungated, 'exempted')),
    ]);
    expect(io.stdout()).toContain('Result: PASS: 3 reports, no violations (fail-on: never).');
    expect(io.stderr()).toBe('');
  });

  test('the same reports with the default gate: exit 1, each org judged at high', async () => {
    const { dir, files } = writeAll(ungated);
    const io = capture(dir);
    expect(await main(['merge', ...files.map((f) => path.join(dir, f))], io)).toBe(1);
    const failingOrgs = ungated.filter((r) => highOrWorse([r]) > 0).length;
    expect(io.stdout()).toContain(
      `Result: FAIL: ${failingOrgs} of 3 reports ${failingOrgs === 1 ? 'fails' : 'fail'}, ${highOrWorse(ungated)} violations at or above high in all.`,
    );
  });

  test('--expect with a report missing: exit 3', async () => {
    const { dir, files } = writeAll(ungated.slice(0, 2));
    const io = capture(dir);
    expect(await main(['merge', '--expect', '3', ...files], io)).toBe(3);
    expect(io.stderr()).toMatch(/^incomplete: .*Expected 3 reports \(one per org\), found 2/);
    expect(io.stdout()).toBe('');
  });

  test('a corrupt report: exit 3, naming the file', async () => {
    const { dir, files } = writeAll([
      ungated[0]!,
      ungated[1]!,
      { name: 'apac', text: '{"schemaVersion": 1,' },
    ]);
    const io = capture(dir);
    expect(await main(['merge', ...files], io)).toBe(3);
    expect(io.stderr()).toMatch(/^incomplete: .*\n  apac\.json: cannot be read: not valid JSON/);
    expect(io.stdout()).toBe('');
  });
});
