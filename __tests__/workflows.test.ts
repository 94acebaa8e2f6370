/**
 * The workflows users copy and the action's interface: every workflow in .github/workflows and
 * every workflow recipe in the README passes only inputs the action declares, and action.yml
 * declares exactly the inputs and outputs of the specification. actionlint checks the same
 * workflows in .ci/run.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from './e2e/runner.js';
import { STARTER_FILES } from '../src/cli/starter-files.generated.js';

const WORKFLOWS_DIR = path.join(REPO_ROOT, '.github', 'workflows');
const WORKFLOWS = readdirSync(WORKFLOWS_DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const README = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const ACTION = parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
};

/** SPEC §2: every input, with its action.yml default where the specification gives a fixed one. */
const SPEC_INPUTS: Record<string, string | undefined> = {
  mode: 'audit',
  reports: undefined,
  'expected-reports': undefined,
  policy: 'policies/oauth-policy.yml',
  // Defaults that come from the environment or the policy cannot be action.yml defaults: a default
  // there would always be passed and hide the fallback.
  region: undefined,
  'client-id': undefined,
  'client-secret': undefined,
  'api-base-url': undefined,
  'login-base-url': undefined,
  snapshot: undefined,
  'fail-on': undefined,
  gate: 'all',
  'previous-report': 'auto',
  'report-dir': 'oauth-audit-report',
  'artifact-name': 'oauth-audit-report',
  'retention-days': undefined,
  sarif: 'false',
  'job-summary': 'true',
  annotations: 'true',
  'pr-comment': 'auto',
  'compare-policy': 'auto',
  'github-token': '${{ github.token }}',
};

/** SPEC §3. */
const SPEC_OUTPUTS = [
  'result',
  'clients',
  'findings',
  'violations',
  'exempted',
  'new-violations',
  'resolved',
  'report-json',
  'report-csv',
  'report-sarif',
  'artifact-id',
  'artifact-url',
];

/** The README's workflow recipes: ```yaml blocks with jobs, with the placeholder owner filled in. */
const RECIPES = [...README.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)]
  .map((m, i) => ({ name: `README.md recipe ${i + 1}`, text: m[1]!.replaceAll('<owner>', 'brightline-cc') }))
  .filter((r) => /^jobs:/m.test(r.text));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

/** Steps that run this action: `uses: ./` here, `<owner>/genesys-oauth-audit@<ref>` in recipes. */
function actionSteps(text: string): Step[] {
  const doc = parseYaml(text) as { jobs?: Record<string, { steps?: Step[] }> };
  return Object.values(doc.jobs ?? {})
    .flatMap((job) => job.steps ?? [])
    .filter((s) => s.uses === './' || /^[^/]+\/genesys-oauth-audit@/.test(s.uses ?? ''));
}

describe('workflows', () => {
  test('there are workflows and README recipes to check', () => {
    expect(WORKFLOWS).toEqual(expect.arrayContaining(['ci.yml', 'oauth-audit.yml']));
    expect(RECIPES.length).toBeGreaterThanOrEqual(2);
  });

  test.each([
    ...WORKFLOWS.map((f) => ({ name: f, text: readFileSync(path.join(WORKFLOWS_DIR, f), 'utf8') })),
    ...RECIPES,
  ])('$name passes only inputs the action declares', ({ text }) => {
    for (const step of actionSteps(text)) {
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(ACTION.inputs ?? {})).toContain(key);
    }
  });

  test('the matrix recipe: audits with fail-on never, a merge that expects one report per org', () => {
    const recipe = RECIPES.find((r) => /mode: merge/.test(r.text))!;
    const doc = parseYaml(recipe.text) as {
      jobs: Record<string, { strategy?: { matrix?: { org?: unknown[] } }; if?: string }>;
    };
    const orgs = Object.values(doc.jobs).find((j) => j.strategy?.matrix?.org)!.strategy!.matrix!.org!;
    const steps = actionSteps(recipe.text);
    const merge = steps.find((s) => s.with?.mode === 'merge')!;
    expect(String(merge.with?.['expected-reports'])).toBe(String(orgs.length));
    for (const audit of steps.filter((s) => s !== merge)) expect(audit.with?.['fail-on']).toBe('never');
  });

  describe('the shipped oauth-audit.yml', () => {
    interface Job {
      if?: string;
      permissions?: Record<string, string>;
      steps?: (Step & { name?: string })[];
    }
    const text = readFileSync(path.join(WORKFLOWS_DIR, 'oauth-audit.yml'), 'utf8');
    const doc = parseYaml(text) as {
      permissions?: unknown;
      on: { workflow_dispatch: { inputs: Record<string, { default?: string; options?: string[] }> } };
      jobs: Record<string, Job>;
    };
    const onPullRequest = (job: Job): boolean => job.if === "github.event_name == 'pull_request'";

    test('each trigger gets only what it needs: pull-requests: write on pull requests only', () => {
      expect(doc.permissions).toEqual({});
      const jobs = Object.values(doc.jobs);
      expect(jobs.filter(onPullRequest)).toHaveLength(1);
      for (const job of jobs) {
        if (onPullRequest(job)) {
          expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
        } else {
          expect(job.if).toBe("github.event_name != 'pull_request'");
          expect(job.permissions).toEqual({ contents: 'read', actions: 'read', 'security-events': 'write' });
        }
      }
    });

    test("a manual run's default fail-on leaves the policy's own setting in force", () => {
      const input = doc.on.workflow_dispatch.inputs['fail-on']!;
      expect(input.default).toBe('policy');
      expect(input.options).toEqual(['policy', 'critical', 'high', 'medium', 'low', 'info', 'never']);
      const audits = actionSteps(text);
      for (const step of audits.filter((s) => s.with?.['fail-on'] !== undefined))
        expect(step.with?.['fail-on']).toBe("${{ inputs.fail-on != 'policy' && inputs.fail-on || '' }}");
    });

    test('the README says SARIF upload needs code scanning (Advanced Security on private repositories)', () => {
      expect(README.replace(/\s+/g, ' ')).toContain(
        'The SARIF upload needs code scanning, which on a private repository needs GitHub Advanced Security',
      );
    });

    test('what `init` writes runs the released action', () => {
      const written = STARTER_FILES['.github/workflows/oauth-audit.yml']!;
      expect(actionSteps(written).map((s) => s.uses)).toEqual([
        '<owner>/genesys-oauth-audit@v1',
        '<owner>/genesys-oauth-audit@v1',
      ]);
    });
  });

  test('CI runs the action itself, against the sandbox', () => {
    const steps = actionSteps(readFileSync(path.join(WORKFLOWS_DIR, 'ci.yml'), 'utf8'));
    expect(steps).toEqual([expect.objectContaining({ uses: './' })]);
    expect(String(steps[0]!.with?.['api-base-url'])).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });
});

describe('action.yml', () => {
  test('runs the committed bundle on node24', () => {
    expect(ACTION.name).toBe('Genesys Cloud OAuth Client Audit');
    expect(ACTION.description).toBeTruthy();
    expect(ACTION.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  test('declares exactly the inputs of the specification, all optional, with its defaults', () => {
    const inputs = ACTION.inputs ?? {};
    expect(Object.keys(inputs).sort()).toEqual(Object.keys(SPEC_INPUTS).sort());
    for (const [name, expected] of Object.entries(SPEC_INPUTS)) {
      const input = inputs[name]!;
      expect([name, typeof input.description === 'string' && input.description.trim() !== '']).toEqual([
        name,
        true,
      ]);
      expect([name, input.required ?? false]).toEqual([name, false]);
      // The runner passes defaults as strings, so `false` and 'false' mean the same.
      expect([name, input.default === undefined ? undefined : String(input.default)]).toEqual([
        name,
        expected,
      ]);
    }
  });

  test('declares exactly the outputs of the specification, each described', () => {
    const outputs = ACTION.outputs ?? {};
    expect(Object.keys(outputs).sort()).toEqual([...SPEC_OUTPUTS].sort());
    for (const [name, output] of Object.entries(outputs)) {
      expect([name, typeof output.description === 'string' && output.description.trim() !== '']).toEqual([
        name,
        true,
      ]);
    }
  });

  /** The names in the first column of the README table under `heading`. */
  function readmeTable(heading: string): string[] {
    const start = README.indexOf(`\n## ${heading}\n`);
    const section = README.slice(start + 1, README.indexOf('\n## ', start + 1));
    return section
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .flatMap((l) => [...l.split('|')[1]!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!));
  }

  test('the README documents the same inputs and outputs', () => {
    expect(readmeTable('Inputs').sort()).toEqual(Object.keys(ACTION.inputs ?? {}).sort());
    expect(readmeTable('Outputs').sort()).toEqual(Object.keys(ACTION.outputs ?? {}).sort());
  });
});
