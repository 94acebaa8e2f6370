/** Settings of one run of the core, built from action inputs (src/github/inputs.ts) or CLI options (src/cli.ts). */
import type { HttpLimits } from './limits.js';
import type { FailOn } from './types.js';

/** Defaults shared by the action's inputs and the command line's options. */
export const DEFAULT_POLICY = 'policies/oauth-policy.yml';
export const DEFAULT_REPORT_DIR = 'oauth-audit-report';

export interface ApiSourceSettings {
  kind: 'api';
  /** Environment domain shown in reports (`mypurecloud.ie`), or `custom` for explicit base URLs. */
  region: string;
  /** `https://api.<env>` (or a loopback `http://` URL); validated before any request. */
  apiBaseUrl: string;
  /** `https://login.<env>` */
  loginBaseUrl: string;
  clientId: string;
  clientSecret: string;
  limits: HttpLimits;
}

export interface SnapshotSourceSettings {
  kind: 'snapshot';
  /** Absolute path of the snapshot file. */
  path: string;
}

export type SourceSettings = ApiSourceSettings | SnapshotSourceSettings;

/** The previous run's report to compare with: parsed JSON (checked by the core), or why there is none. */
export type PreviousReport =
  | {
      report: unknown;
      /** Where it came from, as messages name it (`run 123`, a file path). */
      source: string;
      /** The previous run's page, when it came from a run. */
      runUrl: string | null;
    }
  | {
      /** Why there is none, one sentence. */
      none: string;
      /** A report that exists but cannot be read (a warning), rather than none to read (a note). */
      warning?: boolean;
    };

export const GATE_VALUES = ['all', 'new'] as const;
export type Gate = (typeof GATE_VALUES)[number];

export interface AuditSettings {
  /** Absolute path of the policy file to read. */
  policyPath: string;
  /** The path as shown in messages, reports and annotations (relative to the workspace). */
  policyDisplayPath: string;
  /** The `fail-on` input; overrides the policy's `settings.fail-on`. */
  failOn?: FailOn;
  source: SourceSettings;
  /** The clock of the run (exemption expiry); passed in so that the core stays pure. */
  now: Date;
  /** The base branch's version of the policy, for the impact of the change on a pull request. text null: absent there. */
  basePolicy?: { text: string | null; ref: string };
  /** `new`: only violations the previous run did not have fail the run. Default `all`. */
  gate?: Gate;
  /** The previous run's report, for what changed since; undefined: no comparison asked. */
  previous?: PreviousReport;
}

/** Settings of `mode: merge` / the `merge` command, from action inputs or CLI options. */
export interface MergeSettings {
  /** `fail-on` applied afresh to the merged findings; default `high`. */
  failOn?: FailOn;
  /** How many reports must be found (one per org of the matrix); undefined: any number. */
  expectedReports?: number;
  /** Where the reports were looked for, to name it when none is found. */
  searched?: string;
}

/** The expected number of reports of a merge (`expected-reports`, `--expect`): a whole number, 1 or more. */
export function parseReportCount(raw: string): number | undefined {
  const count = Number(raw);
  return /^\d+$/.test(raw) && Number.isSafeInteger(count) && count >= 1 ? count : undefined;
}
