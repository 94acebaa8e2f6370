import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@jest/globals';
import { NODE24, REPO_ROOT, SYSTEM_NODE, runAction } from '../e2e/runner.js';

// A stand-in step script that uses the real @actions/core, as the bundle does.
const core = pathToFileURL(path.join(REPO_ROOT, 'node_modules/@actions/core/lib/core.js')).href;
const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'runner-script-')), 'step.mjs');
fs.writeFileSync(
  script,
  `import * as core from ${JSON.stringify(core)};
import * as fs from 'node:fs';
const inputs = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('INPUT_')));
core.setOutput('inputs', JSON.stringify(inputs));
core.setOutput('leaks', Object.keys(process.env).filter((k) => k === 'NODE_OPTIONS' || k.startsWith('JEST')).join(','));
core.setOutput('version', process.version);
core.setOutput('cwd', process.cwd());
core.setOutput('event', fs.readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
core.setOutput('policy', fs.readFileSync(core.getInput('policy'), 'utf8'));
core.error('multi\\nline', { file: core.getInput('policy'), startLine: 3 });
await core.summary.addRaw('# Summary').write();
process.exitCode = 1;
`,
);

// Input defaults as a runner applies them from action.yml.
const actionFile = path.join(path.dirname(script), 'action.yml');
fs.writeFileSync(
  actionFile,
  `name: test
inputs:
  mode: { default: audit }
  policy: { default: policies/oauth-policy.yml }
  region: { description: "no default" }
  artifact-name: { default: oauth-audit-report }
  github-token: { default: '\${{ github.token }}' }
runs: { using: node24, main: dist/index.js }
`,
);

test('the node binaries are Node 24 and E2E_NODE, else a node outside node_modules', () => {
  expect(fs.existsSync(NODE24)).toBe(true);
  if (process.env['E2E_NODE']) expect(SYSTEM_NODE).toBe(process.env['E2E_NODE']);
  else expect(SYSTEM_NODE.split(path.sep)).not.toContain('node_modules');
});

test.each(['system', 'node24'] as const)('runs a step as a runner does (%s)', async (node) => {
  const policy = path.join(path.dirname(script), 'my-policy.yml');
  fs.writeFileSync(policy, 'version: 1\n');
  const result = await runAction({
    node,
    script,
    actionFile,
    inputs: { policy, 'client-id': 'abc' },
    event: { name: 'pull_request', payload: { number: 5 } },
  });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(1);
  const inputs = JSON.parse(result.outputs['inputs']!) as Record<string, string>;
  expect(inputs).toMatchObject({
    INPUT_POLICY: 'policies/my-policy.yml',
    'INPUT_CLIENT-ID': 'abc',
    INPUT_MODE: 'audit',
    'INPUT_ARTIFACT-NAME': 'oauth-audit-report',
    'INPUT_GITHUB-TOKEN': expect.stringMatching(/^ghs_/),
  });
  expect(inputs).not.toHaveProperty('INPUT_REGION');
  expect(result.outputs['leaks']).toBe('');
  expect(result.outputs['version']).toMatch(node === 'node24' ? /^v24\./ : /^v\d+\./);
  expect(result.outputs['cwd']).toBe(fs.realpathSync(result.workspace));
  expect(JSON.parse(result.outputs['event']!)).toEqual({ number: 5 });
  expect(result.outputs['policy']).toBe('version: 1\n');
  expect(result.summary).toBe('# Summary');
  expect(result.commands).toEqual([
    { command: 'error', properties: { file: 'policies/my-policy.yml', line: '3' }, message: 'multi\nline' },
  ]);
  expect(result.reportDir).toBe(path.join(result.workspace, 'oauth-audit-report'));
  expect(result.env['GITHUB_API_URL']).toMatch(/^http:\/\/127\.0\.0\.1:/);
});
