/**
 * The previous run's report is data too: whatever a file or an artifact holds, it cannot forge a
 * workflow command or a log line, leak into the outputs, or make a run pass that `gate: all` fails.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { REPO_ROOT } from '../e2e/runner.js';
import { client, finding, reportOf } from '../report/fixtures.js';
import { liveLinks } from '../report/github-links.js';
import { HOSTILE_NAMES, LINKING_NAMES } from '../report/hostile.js';
import { checkTables } from './parsers.js';
import { CLIENT_ID, SECRET, expectNoSecrets, runAdversarial, sandboxInputs } from './harness.js';

const POLICY_FILES = {
  'policies/oauth-policy.yml': readFileSync(path.join(REPO_ROOT, 'policies', 'oauth-policy.yml')),
};
const FORGED = ['::error::forged', '::warning::forged', '##[error]forged'];

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    seed: 'demo',
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    injectSecrets: true,
  });
});
afterAll(async () => {
  await sandbox?.close();
});

function expectNoForgedCommand(stdout: string): void {
  const forged = stdout
    .split('\n')
    .filter((line) => FORGED.some((f) => line.startsWith(f)) || line.includes('##[error]forged'));
  expect(forged).toEqual([]);
}

describe('a hostile previous report', () => {
  test('one that is not a report (keys that try workflow commands): a warning, every violation judged', async () => {
    const hostile = JSON.stringify({
      schemaVersion: 1,
      '\n::error::forged': 1,
      '%0A::warning::forged': 2,
      x: '##[error]forged',
    });
    const run = await runAdversarial({
      inputs: sandboxInputs(sandbox, { gate: 'new', 'previous-report': 'old.json' }),
      files: { ...POLICY_FILES, 'old.json': hostile },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs['new-violations']).toBe('');
    const warnings = run.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings.some((w) => w.includes('is not a report of this tool'))).toBe(true);
    expect(run.commands.filter((c) => c.message.startsWith('forged'))).toEqual([]);
    expectNoForgedCommand(run.stdout);
    expectNoSecrets(run);
  });

  test('a valid report full of hostile names: only counts reach the log and outputs', async () => {
    const names = ['\n::error::forged', '##[error]forged', '@admin #1 <img src=x>', '\u001b]0;x\u0007'];
    const old = reportOf(
      names.map((name, i) => client({ id: `dddddddd-0000-4000-8000-00000000000${i}`, name })),
      () => [finding({ subject: '\n::error::forged' })],
    );
    const run = await runAdversarial({
      inputs: sandboxInputs(sandbox, { 'previous-report': 'old.json' }),
      files: { ...POLICY_FILES, 'old.json': JSON.stringify(old) },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.resolved).toBe('4');
    expectNoForgedCommand(run.stdout);
    expect(JSON.stringify(run.outputs)).not.toContain('forged');
    expectNoSecrets(run);
  });

  test('names, subjects and rules of a previous report reach the summary inertly', async () => {
    const texts = [...LINKING_NAMES, ...HOSTILE_NAMES.filter((n) => n.length < 1000)];
    const old = reportOf(
      texts.map((name, i) => client({ id: `eeeeeeee-0000-4000-8000-${String(i).padStart(12, '0')}`, name })),
      (_c, i) => [finding({ subject: texts[(i + 3) % texts.length]!, rule: texts[(i + 5) % texts.length]! })],
    );
    const run = await runAdversarial({
      inputs: sandboxInputs(sandbox, { 'previous-report': 'old.json' }),
      files: { ...POLICY_FILES, 'old.json': JSON.stringify(old) },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.resolved).toBe(String(texts.length));
    expect(run.summary).toContain('Since the last run');
    expect(run.summary).toContain('octocat');
    const own = [...run.summary.matchAll(/\]\((https?:\/\/[^)\s]+)\)/gu)].map((m) => m[1]!);
    expect(liveLinks(run.summary, { allowed: own })).toEqual([]);
    expect(run.summary).not.toMatch(/<script|<img|<!--/i);
    expect(run.summary).not.toMatch(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u,
    );
    checkTables(run.summary);
    expectNoForgedCommand(run.stdout);
  });
});
