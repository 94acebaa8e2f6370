/**
 * Reports of the sandbox's orgs audited with the example policy, as the action would make them:
 * the demo org (a few dozen clients covering every check) and synthetic orgs of N clients.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { audit } from '../../src/audit.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { silentLogger } from '../../src/logger.js';
import { applyGate, compareReports } from '../../src/report/changes.js';
import type { AuditReport } from '../../src/report/types.js';
import { startSandbox } from '../../src/sandbox/server.js';
import type { Gate } from '../../src/settings.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The demo's fixed clock, so exemptions expire on the same days in every run. */
export const DEMO_NOW = new Date('2026-11-25T12:00:00Z');

const POLICY = path.join(ROOT, 'policies', 'oauth-policy.yml');

/**
 * The base branch's version of the example policy in the demo pull request: before it forbade
 * roles granted in all divisions and capped the scopes of web messaging widgets.
 */
export function demoBasePolicy(): string {
  return readFileSync(POLICY, 'utf8')
    .replace(/^ {6}allow-all-divisions: false\n/mu, '')
    .replace(/^ {6}max: 6\n/mu, '');
}

/**
 * Audits the sandbox org `seed` (`demo`, `synthetic:10000`) with policies/oauth-policy.yml; with
 * `basePolicy`, as a pull request that changes the policy from that version.
 */
export async function sandboxReport(seed: string, basePolicy?: string): Promise<AuditReport> {
  const sandbox = await startSandbox({ seed });
  try {
    const result = await audit(
      {
        policyPath: POLICY,
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
        now: DEMO_NOW,
        ...(basePolicy === undefined ? {} : { basePolicy: { text: basePolicy, ref: 'main' } }),
      },
      silentLogger,
    );
    // The sandbox listens on a free port: pin the one value that changes between runs.
    return {
      ...result.report,
      source: { ...result.report.source, apiBaseUrl: 'https://api.mypurecloud.com' },
    };
  } finally {
    await sandbox.close();
  }
}

/** The run the nightly examples compare with, and its page. */
export const LAST_NIGHT = {
  generatedAt: '2026-11-24T03:17:00.000Z',
  runUrl: 'https://github.com/acme/ccaas/actions/runs/41',
};

/**
 * `today` (a demo report) as a nightly run makes it, compared with last night's report: since
 * then, the client named `added` (if any) appeared, and a client with a password grant was deleted.
 * Without `added`, every violation of today was already there: `gate: new` passes on the backlog.
 */
export function nightlyReport(today: AuditReport, options: { gate: Gate; added?: string }): AuditReport {
  const report = structuredClone(today);
  const previous = structuredClone(today);
  previous.generatedAt = LAST_NIGHT.generatedAt;
  previous.clients = previous.clients.filter((c) => c.name !== options.added);
  const password = today.clients.find((c) => c.findings.some((f) => f.check === 'password-grant'));
  if (password) {
    previous.clients.push({
      ...structuredClone(password),
      id: '0d6f3c1e-5b7a-4f0e-9c2d-1a8b7e6f5d40',
      name: 'IVR Legacy Login',
    });
  }
  report.changes = compareReports(previous, report, { runUrl: LAST_NIGHT.runUrl });
  applyGate(report, options.gate);
  return report;
}
