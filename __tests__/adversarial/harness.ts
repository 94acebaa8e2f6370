/**
 * Shared pieces of the adversarial suite: the bundle run against an in-process sandbox and the fake
 * artifact service, with short HTTP limits, and the checks every scenario must pass whatever
 * happened — above all, that no secret reaches any output.
 */
import { expect } from '@jest/globals';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { INJECTED_SECRET_PREFIX } from '../../src/sandbox/server.js';
import { runtimeEnv, type FakeArtifactService } from '../fakes/artifact-service.js';
import { runAction, type RunActionOptions, type RunActionResult } from '../e2e/runner.js';

/** Distinctive enough that a hit can only be a leak. */
export const SECRET = 'adv-S3cr3t-q7Zk%4w!x9Jm';
export const CLIENT_ID = 'adv-audit-client';
export const BASIC = Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64');

/** Short limits, so that every failure path ends in seconds rather than minutes. */
export const FAST_LIMITS: Record<string, string> = {
  GENESYS_AUDIT_BACKOFF_BASE_MS: '5',
  GENESYS_AUDIT_BACKOFF_MAX_MS: '50',
  GENESYS_AUDIT_CONNECT_TIMEOUT_MS: '1000',
  GENESYS_AUDIT_HEADERS_TIMEOUT_MS: '500',
  GENESYS_AUDIT_BODY_TIMEOUT_MS: '500',
  GENESYS_AUDIT_REQUEST_TIMEOUT_MS: '2000',
  GENESYS_AUDIT_MAX_RETRY_AFTER_S: '2',
  GENESYS_AUDIT_MAX_RETRIES: '3',
};

export { sandboxInputs } from '../e2e/runner.js';

export interface AdvRun extends RunActionResult {
  /** Wall-clock time of the step, in ms. */
  ms: number;
  /** The artifact this run uploaded, if any (zip and files). */
  artifact?: { zip: Buffer; files: Map<string, Buffer> };
}

let artifactSeq = 0;

/**
 * Runs the bundle with the fake results service in its environment (each run under its own
 * artifact name), then checks that none of the run's outputs carries a secret.
 */
export async function runAdversarial(
  options: RunActionOptions & { artifacts?: FakeArtifactService; extraSecrets?: string[] },
): Promise<AdvRun> {
  const { artifacts, extraSecrets, ...rest } = options;
  const name = `adv-report-${process.pid}-${++artifactSeq}`;
  const inputs = { ...(rest.inputs ?? {}) };
  if (artifacts && inputs['artifact-name'] === undefined) inputs['artifact-name'] = name;
  const started = Date.now();
  const run = await runAction({
    ...rest,
    inputs,
    env: { ...FAST_LIMITS, ...(artifacts ? runtimeEnv(artifacts, '77', `job-${name}`) : {}), ...rest.env },
  });
  const result: AdvRun = { ...run, ms: Date.now() - started };
  const stored = artifacts?.artifacts.get(inputs['artifact-name'] ?? name);
  if (stored) result.artifact = { zip: stored.zip, files: stored.files };
  expectNoSecrets(result, extraSecrets);
  return result;
}

function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Every byte the step produced or left behind, as text. */
export function everyOutput(run: AdvRun): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [
    { where: 'stdout', text: run.stdout },
    { where: 'stderr', text: run.stderr },
    { where: 'outputs', text: JSON.stringify(run.outputs) },
    { where: 'summary', text: run.summary },
    { where: 'commands', text: run.commands.map((c) => JSON.stringify(c)).join('\n') },
  ];
  for (const f of filesUnder(run.reportDir)) out.push({ where: f, text: readFileSync(f, 'latin1') });
  if (run.artifact) {
    out.push({ where: 'artifact zip', text: run.artifact.zip.toString('latin1') });
    for (const [n, b] of run.artifact.files) out.push({ where: `artifact ${n}`, text: b.toString('utf8') });
  }
  return out;
}

/**
 * The client secret, the Basic credentials, the injected legacy secrets and every value the run
 * masked (the access token) appear nowhere but in their own `add-mask` lines. Masked values under
 * 8 characters are the artifact service's upload signature, not ours.
 */
export function expectNoSecrets(run: AdvRun, extra: readonly string[] = []): void {
  const masked = run.commands
    .filter((c) => c.command === 'add-mask' && c.message.length >= 8)
    .map((c) => c.message);
  const needles = [SECRET, BASIC, INJECTED_SECRET_PREFIX, ...masked, ...extra];
  for (const { where, text } of everyOutput(run)) {
    const clean = text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::') && !line.includes('"command":"add-mask"'))
      .join('\n');
    for (const needle of needles) {
      if (clean.includes(needle)) throw new Error(`secret ${JSON.stringify(needle)} leaked into ${where}`);
    }
  }
}

/** A run that ended with one outcome: its exit code, output and a message without a stack trace. */
export function expectOutcome(run: AdvRun, result: string): void {
  if (run.outputs.result !== result) {
    throw new Error(
      `expected result=${result}, got ${run.outputs.result ?? '(none)'}\n${run.stdout}\n${run.stderr}`,
    );
  }
  expect(run.signal).toBeNull();
  expect(run.code).toBe(result === 'pass' ? 0 : 1);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
}

/** The messages of the step's `::error::` commands. */
export function errorMessages(run: RunActionResult): string[] {
  return run.commands.filter((c) => c.command === 'error').map((c) => c.message);
}
