/**
 * Golden files of every renderer on the demo org audited with the example policy: a change to the
 * demo org, the policy, the evaluator or a renderer shows up here as a reviewable diff
 * (regenerate with UPDATE_GOLDEN=1).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import path from 'node:path';
import { audit } from '../../src/audit.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { silentLogger } from '../../src/logger.js';
import { renderCsv } from '../../src/report/csv.js';
import { renderJson } from '../../src/report/json.js';
import { renderComment } from '../../src/report/comment.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import type { AuditReport } from '../../src/report/types.js';
import { validateReport } from '../../src/report/validate.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { expectGolden } from './fixtures.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let sandbox: Sandbox;
let report: AuditReport;

const NOW = new Date('2026-11-25T12:00:00Z');

beforeAll(async () => {
  // The demo's usage ("last used 200 days ago") is relative to the sandbox's clock: pin it too.
  sandbox = await startSandbox({ seed: 'demo', clock: () => NOW });
  const result = await audit(
    {
      policyPath: path.join(ROOT, 'policies', 'oauth-policy.yml'),
      policyDisplayPath: 'policies/oauth-policy.yml',
      source: {
        kind: 'api',
        region: 'mypurecloud.com',
        apiBaseUrl: sandbox.apiBaseUrl,
        loginBaseUrl: sandbox.loginBaseUrl,
        clientId: 'sandbox-client',
        clientSecret: 'sandbox-secret',
        limits: DEFAULT_LIMITS,
      },
      now: NOW,
    },
    silentLogger,
  );
  // The sandbox listens on a free port: pin the one value that changes between runs.
  report = {
    ...result.report,
    source: { ...result.report.source, apiBaseUrl: 'https://api.mypurecloud.com' },
  };
});

afterAll(async () => {
  await sandbox?.close();
});

test('the demo report is valid', () => {
  expect(validateReport(JSON.parse(renderJson(report))).ok).toBe(true);
});

test.each([
  ['demo.json', () => renderJson(report)],
  ['demo.csv', () => renderCsv(report)],
  ['demo.sarif', () => renderSarif(report, { policyFile: 'policies/oauth-policy.yml' })],
  [
    'demo.summary.md',
    () => renderSummary(report, { runUrl: 'https://github.com/acme/oauth/actions/runs/1' }),
  ],
  [
    'demo.comment.md',
    () => renderComment(report, { runUrl: 'https://github.com/acme/oauth/actions/runs/1' }),
  ],
  ['demo.txt', () => renderText(report, { color: false, width: 120 })],
])('%s', (name, render) => {
  expectGolden(name, render());
});
