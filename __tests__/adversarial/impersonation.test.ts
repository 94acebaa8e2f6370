/**
 * Names are chosen by whoever may create OAuth clients. A client named after an exempted client ID,
 * or after the one client the example policy lets hold admin rights, must be judged like any other
 * client — through the bundle, as a runner runs it, and through the command line. And validation
 * warns about exemptions that exempt nothing any more or every client at once.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli.js';
import type { AuditReport } from '../../src/report/types.js';
import { demoOrg } from '../../src/sandbox/seeds/demo.js';
import { startSandbox, type Sandbox, type SeedOrg } from '../../src/sandbox/server.js';
import type { WireOAuthClient } from '../../src/sandbox/wire.js';
import { REPO_ROOT } from '../e2e/runner.js';
import { CLIENT_ID, SECRET, expectOutcome, runAdversarial, sandboxInputs, type AdvRun } from './harness.js';

const EXAMPLE_POLICY = path.join(REPO_ROOT, 'policies', 'oauth-policy.yml');
const FILE = 'policies/oauth-policy.yml';
/** The demo org's one admin automation, trusted by the example policy. */
const AUTOMATION_ID = '28aff48b-0271-4238-98c5-67a61bd9bf71';
const IMPOSTOR_ID = 'e1e1e1e1-0000-4000-8000-000000000001';

const demo = demoOrg();
const MASTER_ADMIN = demo.roles!.find((r) => r.name === 'Master Admin')!.id;

/** A machine client holding Master Admin in all divisions. */
function admin(id: string, name: string): WireOAuthClient {
  return {
    id,
    name,
    description: 'Automation',
    authorizedGrantType: 'CLIENT-CREDENTIALS',
    state: 'active',
    accessTokenValiditySeconds: 3600,
    roleDivisions: [{ roleId: MASTER_ADMIN, divisionId: '*' }],
    dateCreated: '2026-01-01T00:00:00Z',
  };
}

/** Demo roles and divisions, with just these clients. */
function org(clients: WireOAuthClient[]): SeedOrg {
  return { clients, roles: demo.roles, divisions: demo.divisions };
}

const automation = demo.clients.find((c) => c.id === AUTOMATION_ID)!;

let sandboxes: Sandbox[] = [];
async function sandbox(seed: SeedOrg): Promise<Sandbox> {
  const s = await startSandbox({ seed, clientId: CLIENT_ID, clientSecret: SECRET });
  sandboxes.push(s);
  return s;
}
afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
});

function reportOf(run: AdvRun): AuditReport {
  return JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as AuditReport;
}

/** The command line, in process, against the same sandbox: its exit code and JSON report. */
async function cli(s: Sandbox, policy: string): Promise<{ code: number; report: AuditReport }> {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-impersonation-'));
  writeFileSync(path.join(cwd, 'p.yml'), policy);
  const io = {
    out: () => undefined,
    err: () => undefined,
    env: { GENESYS_CLIENT_ID: CLIENT_ID, GENESYS_CLIENT_SECRET: SECRET },
    cwd,
    isTTY: false,
  };
  const args = ['audit', '--api-base-url', s.apiBaseUrl, '--login-base-url', s.loginBaseUrl];
  const code = await main([...args, '--policy', 'p.yml', '--report-dir', 'out'], io);
  const report = JSON.parse(readFileSync(path.join(cwd, 'out', 'oauth-audit.json'), 'utf8')) as AuditReport;
  return { code, report };
}

/** Per client ID: its result and its findings as `check subject exempted`. */
function verdicts(report: AuditReport): Record<string, { result: string; findings: string[] }> {
  return Object.fromEntries(
    report.clients.map((c) => [
      c.id,
      { result: c.result, findings: c.findings.map((f) => `${f.check} ${f.subject} ${f.exempted}`) },
    ]),
  );
}

describe('a client named after an exempted client ID', () => {
  const REAL_ID = 'a1a1a1a1-0000-4000-8000-000000000001';
  const policy = `version: 1
rules:
  - id: machines
    match: { grant-types: [CLIENT-CREDENTIALS] }
    roles: { forbid: ['Master Admin'] }
exemptions:
  - client: '${REAL_ID.toUpperCase()}'
    reason: Reviewed in SEC-1
    owner: sec@example.com
    expires: '${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}'
`;
  let s: Sandbox;
  beforeAll(async () => {
    s = await sandbox(org([admin(REAL_ID, 'Reviewed automation'), admin(IMPOSTOR_ID, REAL_ID)]));
  });

  test('is not exempted: the bundle fails the audit on it', async () => {
    const run = await runAdversarial({ inputs: sandboxInputs(s), files: { [FILE]: policy } });
    expectOutcome(run, 'fail');
    expect(verdicts(reportOf(run))).toEqual({
      [REAL_ID]: { result: 'pass', findings: ['role-forbidden Master Admin true'] },
      [IMPOSTOR_ID]: { result: 'fail', findings: ['role-forbidden Master Admin false'] },
    });
  });

  test('is not exempted: the command line fails the audit on it', async () => {
    const { code, report } = await cli(s, policy);
    expect(code).toBe(1);
    expect(verdicts(report)[IMPOSTOR_ID]).toEqual({
      result: 'fail',
      findings: ['role-forbidden Master Admin false'],
    });
  });
});

describe('the example policy, and a new client named like its admin automation', () => {
  const impostor = admin(IMPOSTOR_ID, 'platform admin automation');
  let alone: Sandbox;
  let joined: Sandbox;
  beforeAll(async () => {
    [alone, joined] = await Promise.all([sandbox(org([automation])), sandbox(org([automation, impostor]))]);
  });

  test('the automation alone passes; with the impostor, the bundle fails on the impostor', async () => {
    const [before, after] = await Promise.all([
      runAdversarial({ inputs: sandboxInputs(alone), policyFile: EXAMPLE_POLICY }),
      runAdversarial({ inputs: sandboxInputs(joined), policyFile: EXAMPLE_POLICY }),
    ]);
    expectOutcome(before, 'pass');
    expectOutcome(after, 'fail');
    const report = reportOf(after);
    expect(report.clients.map((c) => [c.id, c.rules, c.result])).toEqual([
      [AUTOMATION_ID, ['platform-automation'], 'pass'],
      [IMPOSTOR_ID, ['integrations'], 'fail'],
    ]);
    expect(verdicts(report)[IMPOSTOR_ID]!.findings).toEqual(
      expect.arrayContaining(['role-forbidden Master Admin false', 'all-divisions-role Master Admin false']),
    );
  });

  test('the command line fails on the impostor too', async () => {
    const { code, report } = await cli(joined, readFileSync(EXAMPLE_POLICY, 'utf8'));
    expect(code).toBe(1);
    expect(verdicts(report)[IMPOSTOR_ID]!.result).toBe('fail');
  });
});

describe('mode: validate', () => {
  test('warns, at file:line:col, about an expired and a blanket exemption, and passes', async () => {
    const policy = `version: 1
exemptions:
  - client: 'Legacy Widget'
    reason: r
    owner: o
    expires: 2020-01-31
  - client: '*{,}*'
    reason: r
    owner: o
    expires: '${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}'
`;
    const run = await runAdversarial({ inputs: { mode: 'validate' }, files: { [FILE]: policy } });
    expectOutcome(run, 'pass');
    const warnings = run.commands
      .filter((c) => c.command === 'warning' && c.properties.file === FILE)
      .map((c) => [c.properties.line, c.properties.col, c.message]);
    expect(warnings).toEqual([
      ['6', '14', expect.stringMatching(/^exemptions\[0\]\.expires: 2020-01-31 has passed/)],
      ['7', '13', expect.stringMatching(/^exemptions\[1\]\.client: "\*\{,\}\*" matches every client name/)],
    ]);
    expect(run.stdout).toContain('(2 warnings)');
  });
});

describe('an audit', () => {
  test('warns, at the exemption, about one that names more than 10 clients', async () => {
    const kiosks = Array.from({ length: 11 }, (_, i) =>
      admin(`c0c0c0c0-0000-4000-8000-${String(i).padStart(12, '0')}`, `Kiosk ${i}`),
    );
    const s = await sandbox(org(kiosks));
    const policy = `version: 1
rules:
  - id: machines
    match: { grant-types: [CLIENT-CREDENTIALS] }
exemptions:
  - client: 'kiosk *'
    reason: r
    owner: o
    expires: '${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}'
`;
    const run = await runAdversarial({ inputs: sandboxInputs(s), files: { [FILE]: policy } });
    expectOutcome(run, 'pass');
    const warnings = run.commands
      .filter((c) => c.command === 'warning' && c.properties.file === FILE)
      .map((c) => [c.properties.line, c.message]);
    expect(warnings).toContainEqual([
      '6',
      expect.stringMatching(
        /^exemptions\[0\]\.client: "kiosk \*" names 11 clients of this org \(more than 10\)/,
      ),
    ]);
  });
});
