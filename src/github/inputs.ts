/**
 * The action's inputs (action.yml): read once, validated, then turned into the core's settings.
 * Nothing else in the action calls `core.getInput`.
 */
import * as path from 'node:path';
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { resolveEndpoints } from '../genesys/regions.js';
import { limitsFromEnv } from '../limits.js';
import { resolvePath, type PathRoot } from '../paths.js';
import { MIN_SECRET_LENGTH } from '../redact.js';
import { FAIL_ON_VALUES, type FailOn } from '../types.js';
import {
  DEFAULT_POLICY,
  DEFAULT_REPORT_DIR,
  GATE_VALUES,
  parseReportCount,
  type Gate,
  type AuditSettings,
  type MergeSettings,
  type SourceSettings,
} from '../settings.js';

const MODES = ['audit', 'validate', 'merge'] as const;
type Mode = (typeof MODES)[number];
const PR_COMMENT_VALUES = ['auto', 'always', 'never'] as const;
type PrCommentMode = (typeof PR_COMMENT_VALUES)[number];
const COMPARE_POLICY_VALUES = ['auto', 'never'] as const;
type ComparePolicyMode = (typeof COMPARE_POLICY_VALUES)[number];

const DEFAULT_ARTIFACT_NAME = 'oauth-audit-report';

/** Raw inputs, typed and validated; optional text inputs are undefined when not given. */
export interface ActionInputs {
  mode: Mode;
  /** Glob of JSON reports (mode `merge`), relative to the workspace. */
  reports?: string;
  /** How many reports `mode: merge` must find; undefined: any number. */
  expectedReports?: number;
  /** Policy path relative to the workspace, `/`-separated. */
  policy: string;
  /** `region` input, else env `GENESYS_ENVIRONMENT`; undefined: the default environment. */
  region?: string;
  clientId?: string;
  clientSecret?: string;
  apiBaseUrl?: string;
  loginBaseUrl?: string;
  /** Snapshot file, relative to the workspace (or absolute, inside it). */
  snapshot?: string;
  /** undefined: the policy's `settings.fail-on`, else `high`. */
  failOn?: FailOn;
  /** Report folder relative to the workspace, `/`-separated. */
  reportDir: string;
  /** '' : no artifact upload. */
  artifactName: string;
  /** undefined: the repository's default retention. */
  retentionDays?: number;
  sarif: boolean;
  jobSummary: boolean;
  annotations: boolean;
  prComment: PrCommentMode;
  comparePolicy: ComparePolicyMode;
  githubToken: string;
  /** `new`: only violations the previous run did not have fail the run. */
  gate: Gate;
  /** `auto`, `never`, or a report path relative to the workspace, `/`-separated. */
  previousReport: string;
  /** Absolute workspace the relative paths above are resolved against. */
  workspace: string;
}

/** Same lookup as `core.getInput` (spaces → `_`, upper-cased, hyphens kept), but on a given env. */
function rawInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function optional(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function oneOf<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = rawInput(env, name);
  if (raw === '') return fallback;
  const value = raw.toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`Input "${name}" has an unknown value "${raw}". Allowed: ${allowed.join(', ')}.`);
}

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them; empty: the default. */
function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = rawInput(env, name);
  if (raw === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new UserError(`Input "${name}" must be true or false, got "${raw}".`);
}

/**
 * A path that must stay inside the workspace (it is read as the policy or written as reports):
 * returned relative to the workspace with `/` separators, as annotations need it.
 */
function workspacePath(
  workspace: string,
  name: string,
  raw: string,
  fallback: string,
  allowRoot = false,
): string {
  const value = raw === '' ? fallback : raw;
  if (value.includes('\0')) throw new UserError(`Input "${name}" contains a NUL character.`);
  const absolute = path.resolve(workspace, value);
  const relative = path.relative(workspace, absolute);
  if (relative === '' && allowRoot) return '.';
  if (
    relative === '' ||
    relative === '..' ||
    relative.startsWith(`..${path.sep}`) ||
    path.isAbsolute(relative)
  ) {
    throw new UserError(
      `Input "${name}" ("${value}") must be a path inside the workspace (${workspace}), relative to it.`,
    );
  }
  return relative.split(path.sep).join('/');
}

/** Characters `@actions/artifact` refuses in artifact names; checked here so the error is early and clear. */
const ARTIFACT_NAME_FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

function artifactName(env: NodeJS.ProcessEnv): string {
  // An explicitly empty input disables the upload, so an unset input and an empty one differ.
  const key = 'INPUT_ARTIFACT-NAME';
  if (env[key] === undefined) return DEFAULT_ARTIFACT_NAME;
  const value = rawInput(env, 'artifact-name');
  const bad = ARTIFACT_NAME_FORBIDDEN.filter((c) => value.includes(c));
  if (bad.length > 0) {
    const shown = bad.map((c) => JSON.stringify(c)).join(' ');
    throw new UserError(`Input "artifact-name" ("${value}") must not contain ${shown}.`);
  }
  return value;
}

function retentionDays(env: NodeJS.ProcessEnv): number | undefined {
  const raw = rawInput(env, 'retention-days');
  if (raw === '') return undefined;
  const days = Number(raw);
  if (!/^\d+$/.test(raw) || days < 1 || days > 90) {
    throw new UserError(`Input "retention-days" must be a whole number of days from 1 to 90, got "${raw}".`);
  }
  return days;
}

/** `auto`, `never`, or a path inside the workspace. */
function previousReport(workspace: string, raw: string): string {
  const keyword = raw.toLowerCase();
  if (raw === '' || keyword === 'auto') return 'auto';
  if (keyword === 'never') return 'never';
  return workspacePath(workspace, 'previous-report', raw, raw);
}

function expectedReports(env: NodeJS.ProcessEnv): number | undefined {
  const raw = rawInput(env, 'expected-reports');
  if (raw === '') return undefined;
  const count = parseReportCount(raw);
  if (count === undefined) {
    throw new UserError(
      `Input "expected-reports" must be a whole number, 1 or more (the number of orgs in the matrix), got "${raw}".`,
    );
  }
  return count;
}

/**
 * Registers a secret with the runner so that it never appears in the log, trimmed and as given.
 * A value too short to be a credential is refused before it is used and never printed; masked, it
 * would make the runner hide that text wherever it occurs in the log.
 */
function mask(raw: string | undefined): void {
  if (raw === undefined) return;
  const trimmed = raw.trim();
  if (trimmed.length >= MIN_SECRET_LENGTH) core.setSecret(trimmed);
  if (raw !== trimmed && trimmed.length >= MIN_SECRET_LENGTH) core.setSecret(raw);
}

/**
 * Reads every input of action.yml. Secrets are masked before anything else happens, so that no later
 * message (even a validation error) can print them. Throws a UserError naming the bad input.
 */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const secretInput = env['INPUT_CLIENT-SECRET'];
  const secretEnv = env['GENESYS_CLIENT_SECRET'];
  mask(secretInput);
  mask(secretEnv);
  mask(env['INPUT_GITHUB-TOKEN']);

  const workspace = path.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
  const mode = oneOf(env, 'mode', MODES, 'audit');
  const failOnRaw = rawInput(env, 'fail-on');
  const inputs: ActionInputs = {
    mode,
    reports: optional(rawInput(env, 'reports')),
    expectedReports: expectedReports(env),
    policy: workspacePath(workspace, 'policy', rawInput(env, 'policy'), DEFAULT_POLICY),
    region: optional(rawInput(env, 'region')) ?? optional((env['GENESYS_ENVIRONMENT'] ?? '').trim()),
    clientId: optional(rawInput(env, 'client-id')) ?? optional((env['GENESYS_CLIENT_ID'] ?? '').trim()),
    clientSecret: optional(rawInput(env, 'client-secret')) ?? optional((secretEnv ?? '').trim()),
    apiBaseUrl: optional(rawInput(env, 'api-base-url')),
    loginBaseUrl: optional(rawInput(env, 'login-base-url')),
    snapshot: optional(rawInput(env, 'snapshot')),
    failOn: failOnRaw === '' ? undefined : oneOf(env, 'fail-on', FAIL_ON_VALUES, 'high'),
    reportDir: workspacePath(workspace, 'report-dir', rawInput(env, 'report-dir'), DEFAULT_REPORT_DIR, true),
    artifactName: artifactName(env),
    retentionDays: retentionDays(env),
    sarif: bool(env, 'sarif', false),
    jobSummary: bool(env, 'job-summary', true),
    annotations: bool(env, 'annotations', true),
    prComment: oneOf(env, 'pr-comment', PR_COMMENT_VALUES, 'auto'),
    comparePolicy: oneOf(env, 'compare-policy', COMPARE_POLICY_VALUES, 'auto'),
    githubToken: rawInput(env, 'github-token'),
    gate: oneOf(env, 'gate', GATE_VALUES, 'all'),
    previousReport: previousReport(workspace, rawInput(env, 'previous-report')),
    workspace,
  };
  if (inputs.snapshot?.includes('\0')) throw new UserError('Input "snapshot" contains a NUL character.');
  // The report folder is made after the audit: a link out of the workspace or a file in its way
  // is an input error found now, before any request.
  if (mode === 'audit') reportFolder(inputs);
  if (mode === 'merge' && inputs.reports === undefined) {
    throw new UserError('Input "reports" is required with mode: merge (a glob of JSON reports to combine).');
  }
  return inputs;
}

/** The workspace: every path an input names is resolved, links too, and must stay inside it. */
export function workspaceRoot(inputs: Pick<ActionInputs, 'workspace'>): PathRoot {
  return { dir: inputs.workspace, label: 'the workspace' };
}

/** The real path of the report folder; a UserError when it leads out of the workspace. */
export function reportFolder(inputs: ActionInputs): string {
  return resolvePath(workspaceRoot(inputs), 'Input "report-dir"', inputs.reportDir, 'folder');
}

interface SettingsContext {
  now: Date;
  /** Absolute workspace; defaults to the one the inputs were read with. */
  workspace?: string;
  /** Where the HTTP limits (`GENESYS_AUDIT_*`) are read from. */
  env: NodeJS.ProcessEnv;
}

/**
 * The core's settings for modes `audit` and `validate`. `validate` needs no credentials; `audit`
 * needs them unless a snapshot is audited. `basePolicy` is left to the caller (it needs the API).
 */
export function toSettings(inputs: ActionInputs, ctx: SettingsContext): AuditSettings {
  const workspace = ctx.workspace ?? inputs.workspace;
  const shownPath = path.resolve(workspace, inputs.policy);
  return {
    policyPath: resolvePath(workspaceRoot({ workspace }), 'Input "policy"', inputs.policy, 'file'),
    policyDisplayPath: path.relative(workspace, shownPath).split(path.sep).join('/'),
    failOn: inputs.failOn,
    source: sourceSettings(inputs, workspace, ctx.env),
    now: ctx.now,
    gate: inputs.gate,
  };
}

function sourceSettings(inputs: ActionInputs, workspace: string, env: NodeJS.ProcessEnv): SourceSettings {
  if (inputs.snapshot !== undefined) {
    return {
      kind: 'snapshot',
      path: resolvePath(workspaceRoot({ workspace }), 'Input "snapshot"', inputs.snapshot, 'file'),
    };
  }
  const endpoints = resolveEndpoints({
    region: inputs.region,
    apiBaseUrl: inputs.apiBaseUrl,
    loginBaseUrl: inputs.loginBaseUrl,
  });
  const { limits, errors } = limitsFromEnv(env);
  if (errors.length > 0) throw new UserError(errors.join(' '));
  if (inputs.mode === 'audit') {
    const missing = [
      inputs.clientId === undefined ? 'client-id (secret GENESYS_CLIENT_ID)' : undefined,
      inputs.clientSecret === undefined ? 'client-secret (secret GENESYS_CLIENT_SECRET)' : undefined,
    ].filter((m): m is string => m !== undefined);
    if (missing.length > 0) {
      throw new UserError(
        `Missing credentials: ${missing.join(' and ')}. Store the audit client's ID and secret as repository ` +
          'secrets GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET and pass them as the client-id and client-secret ' +
          'inputs (or audit a snapshot, or use mode: validate, which needs none).',
      );
    }
  }
  return {
    kind: 'api',
    region: endpoints.region,
    apiBaseUrl: endpoints.apiBaseUrl,
    loginBaseUrl: endpoints.loginBaseUrl,
    clientId: inputs.clientId ?? '',
    clientSecret: inputs.clientSecret ?? '',
    limits,
  };
}

/** The settings of `mode: merge`: the gate is the `fail-on` input (else `high`), never a report's own. */
export function toMergeSettings(inputs: ActionInputs): MergeSettings {
  return {
    failOn: inputs.failOn,
    expectedReports: inputs.expectedReports,
    searched: `"${inputs.reports ?? ''}" under ${inputs.workspace}`,
  };
}
