/** The commands, their options and their usage text. */
import type { ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.js';
import { DEFAULT_POLICY, DEFAULT_REPORT_DIR, GATE_VALUES, type Gate } from '../settings.js';
import { FAIL_ON_VALUES, type FailOn } from '../types.js';
import { TOOL_NAME, VERSION } from '../version.js';

/** Option values as `parseArgs` returns them. */
export type OptionValues = Record<string, unknown>;

const COMMON = {
  policy: { type: 'string', default: DEFAULT_POLICY },
  help: { type: 'boolean', short: 'h', default: false },
  verbose: { type: 'boolean', short: 'v', default: false },
} as const;

const SOURCE = {
  region: { type: 'string' },
  'api-base-url': { type: 'string' },
  'login-base-url': { type: 'string' },
  snapshot: { type: 'string' },
} as const;

export const COMMANDS: Record<
  string,
  { summary: string; usage: string; options: ParseArgsConfig['options'] }
> = {
  audit: {
    summary: 'audit the org against the policy',
    usage: `audit [--policy FILE] [--region ENV | --api-base-url URL --login-base-url URL | --snapshot FILE]
             [--fail-on SEVERITY] [--report-dir DIR] [--no-reports] [--sarif] [--format text|json|markdown]
             [--previous-report FILE] [--gate all|new]
  --previous-report FILE  an earlier oauth-audit.json: the report says what changed since (new violations,
                          resolved ones, clients added and removed).
  --gate all|new          all (default): every violation fails. new: only violations FILE does not have;
                          without a previous report every violation is judged, as with all.
  Credentials: GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET in the environment (a .env file here is read).
  Exit codes: 0 pass, 1 fail, 2 invalid policy or input, 3 incomplete audit, 4 error.`,
    options: {
      ...COMMON,
      ...SOURCE,
      'fail-on': { type: 'string' },
      'report-dir': { type: 'string', default: DEFAULT_REPORT_DIR },
      'no-reports': { type: 'boolean', default: false },
      sarif: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      'previous-report': { type: 'string' },
      gate: { type: 'string', default: 'all' },
    },
  },
  validate: {
    summary: 'validate the policy file only (offline)',
    usage: 'validate [--policy FILE]',
    options: { ...COMMON },
  },
  snapshot: {
    summary: 'save what the audit fetches to a redacted JSON file, to audit offline later',
    usage: 'snapshot --out FILE [--region ENV | --api-base-url URL --login-base-url URL] [--policy FILE]',
    options: { ...COMMON, ...SOURCE, out: { type: 'string', short: 'o' } },
  },
  sandbox: {
    summary: 'start the local Genesys-compatible sandbox server',
    usage: `sandbox [--seed demo|synthetic:N[:M]] [--port P] [--client-id ID] [--client-secret S]
               [--page-size N] [--fault SPEC]... [--no-rate-limit]`,
    options: {
      help: COMMON.help,
      seed: { type: 'string', default: 'demo' },
      port: { type: 'string', default: '8080' },
      'client-id': { type: 'string', default: 'sandbox-client' },
      'client-secret': { type: 'string', default: 'sandbox-secret' },
      'page-size': { type: 'string' },
      fault: { type: 'string', multiple: true },
      'no-rate-limit': { type: 'boolean', default: false },
    },
  },
  demo: {
    summary: 'start the sandbox with the demo org and audit it with the example policy',
    usage: 'demo [--policy FILE] [--report-dir DIR] [--format text|json|markdown]',
    options: {
      ...COMMON,
      'report-dir': { type: 'string', default: DEFAULT_REPORT_DIR },
      format: { type: 'string', default: 'text' },
      sarif: { type: 'boolean', default: false },
    },
  },
  diff: {
    summary: 'compare two JSON reports: new violations, resolved ones, clients added and removed',
    usage: `diff [--fail-on SEVERITY] [--format text|json|markdown] OLD.json NEW.json
  --fail-on SEVERITY  the threshold that makes a finding a violation on both sides (default: NEW's).
  Exit codes: 0 no new violation, 1 new violations, 2 a report unreadable or invalid, 4 error.`,
    options: {
      help: COMMON.help,
      'fail-on': { type: 'string' },
      format: { type: 'string', default: 'text' },
    },
  },
  merge: {
    summary: 'combine the JSON reports of several audits (a matrix of orgs) into one verdict',
    usage: `merge [--fail-on SEVERITY] [--expect N] [--format text|markdown|json] REPORT.json...
  --fail-on SEVERITY  critical, high, medium, low, info or never (default high); applied afresh to the
                      findings of all reports: each report's own verdict is ignored.
  --expect N          how many reports there must be (one per org); fewer is an incomplete merge.
  Exit codes: 0 pass, 1 fail, 2 invalid input, 3 incomplete (a report missing, unreadable or incomplete), 4 error.`,
    options: {
      help: COMMON.help,
      'fail-on': { type: 'string' },
      expect: { type: 'string' },
      format: { type: 'string', default: 'text' },
    },
  },
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `${TOOL_NAME} ${VERSION} — audit the OAuth clients of a Genesys Cloud org against a policy\n\nUsage: ${TOOL_NAME} <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun '${TOOL_NAME} <command> --help' for a command's options.\n`;
}

export function parseFailOn(value: unknown): FailOn | undefined {
  if (value === undefined) return undefined;
  if (!FAIL_ON_VALUES.includes(value as FailOn)) {
    throw new UserError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}; got "${String(value)}".`);
  }
  return value as FailOn;
}

export function parseGate(value: unknown): Gate {
  if (value === undefined) return 'all';
  if (!GATE_VALUES.includes(value as Gate)) {
    throw new UserError(`--gate must be all or new; got "${String(value)}".`);
  }
  return value as Gate;
}
