/**
 * Org data written by an attacker (client names, descriptions, redirect URIs, role and division
 * names) goes through the bundle into every output: none of them may change in structure, run
 * code in a reader's browser or spreadsheet, start a workflow command, notify anyone or link
 * anywhere on GitHub, take over the PR comment, or change the verdict.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateReport } from '../../src/report/validate.js';
import { CSV_COLUMNS } from '../../src/report/csv.js';
import type { AuditReport } from '../../src/report/types.js';
import { parseSeed, startSandbox, type Sandbox, type SeedOrg } from '../../src/sandbox/server.js';
import { REPO_ROOT } from '../e2e/runner.js';
import { startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../fakes/github-api.js';
import { liveLinks } from '../report/github-links.js';
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
import { checkTables, foreignCommands, parseCsv, unsafeCharacters } from './parsers.js';

let hostile: Sandbox;
let plain: Sandbox;
let artifacts: FakeArtifactService;
let github: FakeGitHubApi;
let run: AdvRun;
let plainRun: AdvRun;
let prRun: AdvRun;
let report: AuditReport;
let seed: SeedOrg;

const policy = HOSTILE_POLICY();
const MARKER = '<!-- genesys-oauth-audit -->';
const PR = { owner: 'octo-org', repo: 'octo-repo', number: 23, baseSha: 'b'.repeat(40) };
/** Planted before the run by someone else: the marker, and a verdict that is not ours. */
const PLANTED = `${MARKER}\n### ✅ Genesys Cloud OAuth client audit: pass`;

const BASE_POLICY = `version: 1
checks:
  password-grant: off
  implicit-grant: off
  insecure-redirect-uri: off
`;

/** A pull_request event on PR, from a branch of the same repository. */
function prEvent(): { name: string; payload: unknown } {
  const repo = { name: PR.repo, full_name: `${PR.owner}/${PR.repo}`, owner: { login: PR.owner } };
  return {
    name: 'pull_request',
    payload: {
      number: PR.number,
      pull_request: {
        number: PR.number,
        base: { ref: 'main', sha: PR.baseSha, repo },
        head: { ref: 'topic', sha: 'c'.repeat(40), repo },
      },
      repository: repo,
    },
  };
}

/** The targets of the Markdown links in `md`: only ours can be there (data cannot open a link). */
function ownLinks(md: string): string[] {
  return [...md.matchAll(/\]\((https?:\/\/[^)\s]+)\)/gu)].map((m) => m[1]!);
}

beforeAll(async () => {
  seed = hostileOrg();
  [hostile, plain, artifacts, github] = await Promise.all([
    startSandbox({ seed, clientId: CLIENT_ID, clientSecret: SECRET, injectSecrets: true }),
    startSandbox({ seed: plainOrg(), clientId: CLIENT_ID, clientSecret: SECRET }),
    startFakeArtifactService(),
    startFakeGitHubApi({
      // The base branch's policy fails nothing, so every failing hostile client is "newly failing"
      // and named in the PR comment.
      files: { [PR.baseSha]: { 'policies/oauth-policy.yml': BASE_POLICY } },
      comments: { [PR.number]: [{ body: PLANTED, login: 'mallory' }] },
    }),
  ]);
  const files = { 'policies/oauth-policy.yml': policy };
  [run, plainRun, prRun] = await Promise.all([
    runAdversarial({ inputs: sandboxInputs(hostile, { sarif: 'true' }), files, artifacts }),
    runAdversarial({ inputs: sandboxInputs(plain, { sarif: 'true' }), files }),
    runAdversarial({
      inputs: sandboxInputs(hostile, { 'pr-comment': 'always', 'artifact-name': '' }),
      files,
      event: prEvent(),
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: `${PR.owner}/${PR.repo}` },
    }),
  ]);
  const validated = validateReport(JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')));
  if (!validated.ok) throw new Error(`invalid report: ${validated.errors.join('; ')}`);
  report = validated.report;
}, 60_000);

afterAll(async () => {
  await Promise.all([hostile?.close(), plain?.close(), artifacts?.close(), github?.close()]);
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
    // `permission-forbidden` subjects are `role: permission`.
    const subject = (text: string, names: Map<string, string>): string => {
      const cut = text.lastIndexOf(': ');
      const role = cut < 0 ? undefined : names.get(text.slice(0, cut));
      return names.get(text) ?? (role === undefined ? text : `${role}${text.slice(cut)}`);
    };
    const shape = (r: AuditReport, names: Map<string, string>) =>
      r.clients.map((c) => ({
        id: c.id,
        result: c.result,
        rules: c.rules,
        findings: c.findings.map((f) => [f.check, f.rule, f.severity, subject(f.subject, names), f.exempted]),
      }));
    expect(shape(report, twin)).toEqual(shape(plainReport, new Map()));
    // Hostile role names hide a forbidden permission; hostile creators are deleted or inactive.
    const checks = report.clients.flatMap((c) => c.findings.map((f) => f.check));
    expect(checks).toEqual(expect.arrayContaining(['permission-forbidden', 'orphaned-client']));
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
    expect(run.summary).not.toMatch(/<script|<img|<h1|<\/table|<\/details><\/table|<!--/i);
    expect(run.summary).not.toMatch(/\]\(javascript:/i);
    // No Markdown link but ours: every `](` opens the run's or the artifact's URL.
    expect(run.summary.match(/\]\(/gu)).toHaveLength(ownLinks(run.summary).length);
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

  test('no escape sequence, control or bidi character reaches the log, and no line is forged', () => {
    for (const text of [run.stdout, run.stderr]) {
      expect(unsafeCharacters(text)).toEqual([]);
      // A name with a line break cannot start a line of the log with its second part.
      expect(text.split('\n').filter((l) => /^(break|and|cr)\b/u.test(l))).toEqual([]);
    }
    for (const c of run.commands) expect(unsafeCharacters(c.message)).toEqual([]);
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

  test('the job summary mentions no one and links nowhere but to the run and the artifact', () => {
    expect(run.summary).toContain('octocat');
    expect(ownLinks(run.summary).length).toBeGreaterThan(0);
    expect(liveLinks(run.summary, { allowed: ownLinks(run.summary) })).toEqual([]);
    expect(liveLinks(prRun.summary, { allowed: ownLinks(prRun.summary) })).toEqual([]);
  });

  test('no annotation, nor the failure, mentions anyone or links anywhere', () => {
    const annotations = [...run.commands, ...prRun.commands].filter((c) =>
      ['error', 'warning', 'notice'].includes(c.command),
    );
    expect(annotations.some((c) => c.message.includes('octocat'))).toBe(true);
    for (const c of annotations) {
      expect(liveLinks(c.message, { plainText: true })).toEqual([]);
      expect(liveLinks(c.properties.title ?? '', { plainText: true })).toEqual([]);
    }
    expect(foreignCommands(prRun.stdout, INJECTED_COMMANDS)).toEqual([]);
  });

  test('SARIF messages and justifications mention no one and link nowhere', () => {
    const log = JSON.parse(readFileSync(run.outputs['report-sarif']!, 'utf8')) as {
      runs: { results: { message: { text: string }; suppressions?: { justification: string }[] }[] }[];
    };
    const results = log.runs[0]!.results;
    expect(results.some((r) => r.message.text.includes('octocat'))).toBe(true);
    expect(results.some((r) => r.suppressions?.some((s) => s.justification.includes('octocat')))).toBe(true);
    for (const r of results) {
      expect(liveLinks(r.message.text, { plainText: true })).toEqual([]);
      for (const s of r.suppressions ?? [])
        expect(liveLinks(s.justification, { plainText: true })).toEqual([]);
    }
  });

  test("the PR comment names the clients inertly, and another user's marked comment is left alone", () => {
    expect(prRun.outputs.result).toBe('fail');
    const comments = github.comments.get(`${PR.owner}/${PR.repo}#${PR.number}`)!;
    expect(comments.map((c) => c.user.login)).toEqual(['mallory', 'github-actions[bot]']);
    expect(comments[0]!.body).toBe(PLANTED);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    const body = comments[1]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('Newly failing');
    expect(body).toContain('octocat');
    expect(liveLinks(body, { allowed: ownLinks(body) })).toEqual([]);
    expect(body).not.toMatch(/<script|<img|\]\(javascript:/iu);
  });

  test('every hostile string reached the audit', () => {
    const names = new Set(report.clients.map((c) => c.name));
    for (const text of HOSTILE_TEXT) expect(names.has(text)).toBe(true);
  });
});

describe('the verdict names the worst client', () => {
  /** Clear screen, hidden text, window titles, a clipboard write, bidi, commands, a forged line. */
  const PAYLOAD =
    '\nfake: Audit passed: everything fine\r\n::error::pwned ##[warning]legacy \u001b[2J\u001b[8mhidden' +
    '\u001b[0m\u001b]0;title\u0007\u001b]2;title\u001b\\\u202Eevil\u202C\u001b]52;c;ZXZpbA==\u0007\u009b31m';

  test('as text: one line, no escape, no workflow command', async () => {
    const seed = parseSeed('demo');
    seed.clients = seed.clients.map((c) => ({ ...c, name: `${c.name}${PAYLOAD}` }));
    const sb = await startSandbox({ seed, clientId: CLIENT_ID, clientSecret: SECRET });
    let verdictRun: AdvRun;
    try {
      verdictRun = await runAdversarial({
        inputs: sandboxInputs(sb),
        policyFile: path.join(REPO_ROOT, 'policies', 'oauth-policy.yml'),
      });
    } finally {
      await sb.close();
    }
    expect(verdictRun.outputs.result).toBe('fail');
    for (const text of [verdictRun.stdout, verdictRun.stderr]) {
      expect(unsafeCharacters(text)).toEqual([]);
      expect(foreignCommands(text, INJECTED_COMMANDS)).toEqual([]);
    }
    const verdict = verdictRun.commands.find((c) => c.command === 'error' && !c.properties.file);
    expect(verdict?.message).toMatch(/^Audit failed: .* on client ".*fake: Audit passed: everything fine/);
    for (const c of verdictRun.commands) {
      expect(unsafeCharacters(c.message)).toEqual([]);
      expect(c.message.split('\n').filter((l) => l.startsWith('fake: Audit passed'))).toEqual([]);
    }
  }, 30_000);
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
