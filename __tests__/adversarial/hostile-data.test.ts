/**
 * Org data written by an attacker (client names, descriptions, redirect URIs, role and division
 * names) goes through the bundle into every output: none of them may change in structure, run
 * code in a reader's browser or spreadsheet, start a workflow command, or change the verdict.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { validateReport } from '../../src/report/validate.js';
import { CSV_COLUMNS } from '../../src/report/csv.js';
import type { AuditReport } from '../../src/report/types.js';
import { startSandbox, type Sandbox, type SeedOrg } from '../../src/sandbox/server.js';
import { startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.js';
import { expectValidSarif } from '../report/schemas.js';
import { runAdversarial, sandboxInputs, CLIENT_ID, SECRET, type AdvRun } from './harness.js';
import {
  EVASION_IDS,
  EVASION_POLICY,
  HOSTILE_POLICY,
  HOSTILE_TEXT,
  INJECTED_COMMANDS,
  evasionOrg,
  hostileOrg,
  plainOrg,
} from './hostile-org.js';
import { checkTables, foreignCommands, parseCsv } from './parsers.js';

let hostile: Sandbox;
let plain: Sandbox;
let artifacts: FakeArtifactService;
let run: AdvRun;
let plainRun: AdvRun;
let report: AuditReport;
let seed: SeedOrg;

const policy = HOSTILE_POLICY();

beforeAll(async () => {
  seed = hostileOrg();
  [hostile, plain, artifacts] = await Promise.all([
    startSandbox({ seed, clientId: CLIENT_ID, clientSecret: SECRET, injectSecrets: true }),
    startSandbox({ seed: plainOrg(), clientId: CLIENT_ID, clientSecret: SECRET }),
    startFakeArtifactService(),
  ]);
  const files = { 'policies/oauth-policy.yml': policy };
  [run, plainRun] = await Promise.all([
    runAdversarial({ inputs: sandboxInputs(hostile, { sarif: 'true' }), files, artifacts }),
    runAdversarial({ inputs: sandboxInputs(plain, { sarif: 'true' }), files }),
  ]);
  const validated = validateReport(JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')));
  if (!validated.ok) throw new Error(`invalid report: ${validated.errors.join('; ')}`);
  report = validated.report;
}, 60_000);

afterAll(async () => {
  await Promise.all([hostile?.close(), plain?.close(), artifacts?.close()]);
});

describe('an org with hostile names', () => {
  test('is audited to the same verdict and findings as the same org with plain names', () => {
    expect(run.outputs.result).toBe('fail');
    for (const key of ['result', 'clients', 'findings', 'violations', 'exempted']) {
      expect([key, run.outputs[key]]).toEqual([key, plainRun.outputs[key]]);
    }
    const plainReport = JSON.parse(readFileSync(plainRun.outputs['report-json']!, 'utf8')) as AuditReport;
    expect(report.summary).toEqual(plainReport.summary);
    // Role findings name the role: translate the hostile role names to their plain twins.
    const plainRoles = new Map(plainOrg().roles!.map((r) => [r.id, r.name]));
    const twin = new Map(seed.roles!.map((r) => [r.name, plainRoles.get(r.id)!]));
    const shape = (r: AuditReport, names: Map<string, string>) =>
      r.clients.map((c) => ({
        id: c.id,
        result: c.result,
        rules: c.rules,
        findings: c.findings.map((f) => [
          f.check,
          f.rule,
          f.severity,
          names.get(f.subject) ?? f.subject,
          f.exempted,
        ]),
      }));
    expect(shape(report, twin)).toEqual(shape(plainReport, new Map()));
  });

  test('the JSON report is valid and keeps every name, description, URI and role name exactly', () => {
    const byId = new Map(report.clients.map((c) => [c.id, c]));
    const roleNames = new Map(seed.roles!.map((r) => [r.id, r.name]));
    expect(byId.size).toBe(seed.clients.length);
    for (const wire of seed.clients) {
      const c = byId.get(wire.id)!;
      expect(c.name).toBe(wire.name);
      expect(c.description).toBe(wire.description);
      expect(c.redirectUris).toEqual(wire.registeredRedirectUri ?? []);
      for (const role of c.roles) expect(role.name).toBe(roleNames.get(role.id));
    }
    expect(report.clients.some((c) => c.name.length === 10_000)).toBe(true);
  });

  test('the job summary keeps every table row whole and renders no HTML from the data', () => {
    const tables = checkTables(run.summary);
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.reduce((n, t) => n + t.rows.length, 0)).toBeGreaterThan(10);
    expect(run.summary).not.toMatch(/<script|<img|<h1|<\/table|<\/details><\/table|<!--|javascript:x\)/i);
    expect(run.summary).not.toMatch(/\]\(javascript:/i);
    expect(run.summary).not.toContain('\r');
    // No control character, bidi override or invisible separator survives into the page.
    expect(run.summary).not.toMatch(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u,
    );
    expect(run.summary).not.toContain('${{');
    // The 10,000-character name is cut in the table, not carried whole.
    expect(run.summary).not.toContain('x'.repeat(1000));
  });

  test('the CSV parses as RFC 4180 with 14 columns, and no cell can start a formula', () => {
    const rows = parseCsv(readFileSync(run.outputs['report-csv']!, 'utf8'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const names = new Set(rows.slice(1).map((r) => r[1]));
    for (const text of [
      '=HYPERLINK("http://x.invalid","y")',
      '+1',
      '-2',
      '@SUM(A1)',
      '\tleading tab',
      '\rleading cr',
    ]) {
      expect(names.has(`'${text}`)).toBe(true);
    }
    // Other names arrive exactly, newlines and all.
    expect(names.has('line\nbreak\r\nand\rcr')).toBe(true);
    expect(names.has('pipe | breaks | the | table')).toBe(true);
  });

  test('no hostile text starts a workflow command on stdout', () => {
    expect(foreignCommands(run.stdout, INJECTED_COMMANDS)).toEqual([]);
    // The annotations that name clients are there, with the names inside their message.
    const annotations = run.commands.filter((c) => c.command === 'error' && c.properties.file);
    expect(annotations.length).toBeGreaterThan(0);
  });

  test('the SARIF log is valid SARIF 2.1.0', () => {
    expectValidSarif(JSON.parse(readFileSync(run.outputs['report-sarif']!, 'utf8')));
  });

  test('the uploaded artifact holds the same files, byte for byte', () => {
    expect(run.artifact).toBeDefined();
    const files = run.artifact!.files;
    expect(files.get('oauth-audit.json')!.toString('utf8')).toBe(
      readFileSync(run.outputs['report-json']!, 'utf8'),
    );
    expect(files.get('oauth-audit.csv')!.toString('utf8')).toBe(
      readFileSync(run.outputs['report-csv']!, 'utf8'),
    );
  });

  test('every hostile string reached the audit', () => {
    const names = new Set(report.clients.map((c) => c.name));
    for (const text of HOSTILE_TEXT) expect(names.has(text)).toBe(true);
  });
});

describe('clients made to slip past the policy', () => {
  let sandbox: Sandbox;
  let evasion: AdvRun;
  let results: Map<string, { result: string; rules: string[]; checks: string[] }>;

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: evasionOrg(), clientId: CLIENT_ID, clientSecret: SECRET });
    evasion = await runAdversarial({
      inputs: sandboxInputs(sandbox),
      files: { 'policies/oauth-policy.yml': EVASION_POLICY },
    });
    const r = JSON.parse(readFileSync(evasion.outputs['report-json']!, 'utf8')) as AuditReport;
    results = new Map(
      r.clients.map((c) => [
        c.id,
        { result: c.result, rules: c.rules, checks: c.findings.map((f) => `${f.check}:${f.severity}`) },
      ]),
    );
  }, 60_000);

  afterAll(async () => {
    await sandbox?.close();
  });

  test('each fails the default gate, and a compliant client passes', () => {
    expect(evasion.outputs.result).toBe('fail');
    expect(results.get(EVASION_IDS.lookAlike)).toMatchObject({ result: 'fail' });
    expect(results.get(EVASION_IDS.lookAlike)!.checks).toContain('unknown-grant-type:high');
    expect(results.get(EVASION_IDS.noGrant)).toMatchObject({ result: 'fail' });
    expect(results.get(EVASION_IDS.noGrant)!.checks).toContain('unknown-grant-type:high');
    expect(results.get(EVASION_IDS.customScheme)).toMatchObject({
      result: 'fail',
      checks: ['redirect-scheme-not-allowed:high'],
    });
    expect(results.get(EVASION_IDS.longName)).toMatchObject({
      result: 'fail',
      rules: ['no-evil'],
      checks: ['scope-forbidden:high'],
    });
    expect(results.get(EVASION_IDS.compliant)).toMatchObject({ result: 'pass', checks: [] });
  });

  test('a role pattern that matches no role of the org is a warning on the policy, in the log', () => {
    const warning = evasion.commands.find(
      (c) => c.command === 'warning' && c.message.includes('Mastr Admin'),
    );
    expect(warning).toMatchObject({
      properties: { file: 'policies/oauth-policy.yml', line: '13', col: '5' },
    });
    expect(warning!.message).toContain('Did you mean "Master Admin"?');
    expect(results.get(EVASION_IDS.masterAdmin)).toMatchObject({ result: 'pass', rules: ['machines'] });
  });
});
