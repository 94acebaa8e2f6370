/**
 * Loads a policy file: bytes → YAML with positions → JSON Schema → semantic checks → the typed
 * `Policy`. Every problem is reported at its `file:line:col`, all of them at once, as one
 * `PolicyError`.
 */
import { readFile, stat } from 'node:fs/promises';
import { PolicyError } from '../errors.js';
import type { FailOn, PolicyMessage, Severity } from '../types.js';
import {
  BUILTIN_CHECK_DEFAULTS,
  BUILTIN_CHECKS,
  DEFAULT_UNUSED_CLIENT,
  unsetSeverity,
  type UnusedClientSettings,
  DEFAULT_MAX_TOKEN_LIFETIME,
  type BuiltinCheckId,
  type BuiltinCheckSetting,
  type Exemption,
  type MatchSpec,
  type Policy,
  type Position,
  type Rule,
} from './types.js';
import { decodeSource, MAX_POLICY_BYTES, type SourceIssue } from './source-text.js';
import { parseSource, type SourcePositions } from './yaml-source.js';
import { validateSchema, type PathIssue } from './schema.js';
import { checkSemantics, recordScopePositions, DEFAULT_MAX_EXEMPTION_DAYS } from './validate.js';
import { normaliseGrantType } from '../grant-types.js';
import { parseDuration } from './duration.js';

/**
 * Parses and validates a policy. `file` is the path shown in messages; `now` is the clock that
 * `max-exemption-days` counts from. Throws `PolicyError` carrying every error (and the warnings).
 */
export function loadPolicy(text: string | Uint8Array, file: string, now: Date): Policy {
  const message = (level: PolicyMessage['level']) => (issue: SourceIssue) =>
    ({ level, file, line: issue.line, col: issue.col, message: issue.message }) satisfies PolicyMessage;

  const decoded = decodeSource(text);
  if ('message' in decoded) throw new PolicyError([message('error')(decoded)]);
  const parsed = parseSource(decoded.text);
  if (parsed.errors.length > 0) throw new PolicyError(parsed.errors.map(message('error')));

  const positions = parsed.positions;
  const place = (issue: PathIssue): SourceIssue => ({
    ...positions.at(issue.path, issue.anchor),
    message: issue.message,
  });
  const semantic = checkSemantics(parsed.value, now);
  const errors = byPosition([...validateSchema(parsed.value), ...semantic.errors].map(place)).map(
    message('error'),
  );
  const warnings = capped(byPosition(semantic.warnings.map(place)).map(message('warning')));
  if (errors.length > 0) throw new PolicyError(capped(errors), warnings);

  return buildPolicy(parsed.value as RawPolicy, file, decoded.sha256, positions, warnings);
}

/**
 * Reads and loads a policy file. `absPath` is read; `displayPath` (relative to the workspace) is
 * what messages show.
 */
export async function loadPolicyFile(absPath: string, displayPath: string, now: Date): Promise<Policy> {
  const fail = (text: string): never => {
    throw new PolicyError([{ level: 'error', file: displayPath, line: 1, col: 1, message: text }]);
  };
  let size: number;
  try {
    const st = await stat(absPath);
    if (!st.isFile()) fail(`the policy path ${displayPath} (${absPath}) is not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof PolicyError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      fail(
        `policy file not found: ${displayPath} (looked for ${absPath}). The path is relative to the workspace, or to the working folder on the command line (default policies/oauth-policy.yml). To start one, run \`npx genesys-oauth-audit init\`: it writes a baseline policy there that runs on any org`,
      );
    fail(`cannot read the policy file ${displayPath}: ${code ?? (e as Error).message}`);
  }
  // Refuse before reading: a huge file should cost nothing.
  if (size! > MAX_POLICY_BYTES)
    fail(`the policy file is ${size!} bytes; files over ${MAX_POLICY_BYTES} bytes (1 MiB) are refused`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absPath);
  } catch (e) {
    return fail(
      `cannot read the policy file ${displayPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  return loadPolicy(bytes, displayPath, now);
}

/** Messages listed per kind: a file wrong in every line must not flood the log and the annotations. */
const MAX_MESSAGES = 100;

/** The first `MAX_MESSAGES`, then one message at the next one's position that counts the rest. */
function capped(messages: PolicyMessage[]): PolicyMessage[] {
  if (messages.length <= MAX_MESSAGES) return messages;
  const next = messages[MAX_MESSAGES]!;
  const rest = messages.length - MAX_MESSAGES;
  const kind = next.level === 'error' ? 'errors' : 'warnings';
  return [
    ...messages.slice(0, MAX_MESSAGES),
    { ...next, message: `… and ${rest} more ${kind} (only the first ${MAX_MESSAGES} are listed)` },
  ];
}

function byPosition(issues: SourceIssue[]): SourceIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => a.issue.line - b.issue.line || a.issue.col - b.issue.col || a.i - b.i)
    .map((x) => x.issue);
}

// The policy as written, once the schema and the semantic checks accept it.
type OneOrMany<T> = T | T[];
interface RawMatch {
  name?: OneOrMany<string>;
  id?: OneOrMany<string>;
  description?: OneOrMany<string>;
  'grant-types'?: OneOrMany<string>;
  states?: OneOrMany<string>;
}
interface RawRule {
  id: string;
  description?: string;
  severity?: Severity;
  match?: RawMatch;
  exclude?: RawMatch;
  'grant-types'?: string[];
  scopes?: { require?: string[]; allow?: string[]; forbid?: string[]; max?: number };
  roles?: {
    require?: string[];
    allow?: string[];
    forbid?: string[];
    'forbid-permissions'?: string[];
    'allow-all-divisions'?: boolean;
    max?: number;
  };
  'redirect-uris'?: { 'allow-hosts'?: string[]; 'allow-schemes'?: string[] };
  'max-token-lifetime'?: number | string;
}
type RawCheck =
  | Severity
  | 'off'
  | {
      severity?: Severity | 'off';
      max?: number | string;
      'max-idle'?: number | string;
      grace?: number | string;
    };

/** `max-idle` and `grace` in whole days (the semantic checks made sure they are). */
function unusedClientSettings(raw: Exclude<RawCheck, string>): UnusedClientSettings {
  const days = (v: number | string | undefined, fallback: number): number =>
    v === undefined ? fallback : parseDuration(v)! / 86400;
  return {
    maxIdleDays: days(raw['max-idle'], DEFAULT_UNUSED_CLIENT.maxIdleDays),
    graceDays: days(raw.grace, DEFAULT_UNUSED_CLIENT.graceDays),
  };
}
interface RawPolicy {
  version: 1;
  settings?: { 'fail-on'?: FailOn; 'max-exemption-days'?: number; 'allow-empty-org'?: boolean };
  checks?: Partial<Record<BuiltinCheckId, RawCheck>>;
  rules?: RawRule[];
  /** As written: the loaded `Exemption` less its position. */
  exemptions?: Omit<Exemption, 'position'>[];
}

const list = <T>(v: OneOrMany<T> | undefined): T[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? v : [v];

function buildMatch(raw: RawMatch | undefined): MatchSpec | null {
  if (raw === undefined) return null;
  const spec: MatchSpec = {};
  if (raw.name !== undefined) spec.name = list(raw.name);
  if (raw.id !== undefined) spec.id = list(raw.id);
  if (raw.description !== undefined) spec.description = list(raw.description);
  if (raw['grant-types'] !== undefined) spec.grantTypes = list(raw['grant-types'])!.map(normaliseGrantType);
  if (raw.states !== undefined) spec.states = list(raw.states);
  return spec;
}

function buildRule(raw: RawRule, position: Position): Rule {
  const rule: Rule = {
    id: raw.id,
    severity: raw.severity ?? 'high',
    match: buildMatch(raw.match),
    exclude: buildMatch(raw.exclude),
    position,
  };
  if (raw.description !== undefined) rule.description = raw.description;
  if (raw['grant-types'] !== undefined) rule.grantTypes = raw['grant-types'].map(normaliseGrantType);
  if (raw.scopes !== undefined) rule.scopes = { ...raw.scopes };
  if (raw.roles !== undefined) {
    const {
      'allow-all-divisions': allowAllDivisions,
      'forbid-permissions': forbidPermissions,
      ...rest
    } = raw.roles;
    rule.roles = {
      ...rest,
      ...(forbidPermissions === undefined ? {} : { forbidPermissions }),
      ...(allowAllDivisions === undefined ? {} : { allowAllDivisions }),
    };
  }
  const redirect = raw['redirect-uris'];
  if (redirect !== undefined) {
    rule.redirectUris = {};
    if (redirect['allow-hosts'] !== undefined) rule.redirectUris.allowHosts = [...redirect['allow-hosts']];
    if (redirect['allow-schemes'] !== undefined)
      rule.redirectUris.allowSchemes = [...redirect['allow-schemes']];
  }
  if (raw['max-token-lifetime'] !== undefined)
    rule.maxTokenLifetime = parseDuration(raw['max-token-lifetime'])!;
  return rule;
}

function buildPolicy(
  raw: RawPolicy,
  file: string,
  sha256: string,
  positions: SourcePositions,
  warnings: PolicyMessage[],
): Policy {
  const checks = {} as Record<BuiltinCheckId, BuiltinCheckSetting>;
  let tokenLifetimeMax = DEFAULT_MAX_TOKEN_LIFETIME;
  let unusedClient: UnusedClientSettings | undefined;
  for (const id of BUILTIN_CHECKS) {
    const setting = raw.checks?.[id];
    if (setting === undefined) {
      checks[id] = { severity: unsetSeverity(id) };
      continue;
    }
    const position = positions.at(['checks', id], 'key');
    if (typeof setting === 'string') {
      checks[id] = { severity: setting, position };
    } else {
      checks[id] = { severity: setting.severity ?? BUILTIN_CHECK_DEFAULTS[id], position };
      if (id === 'token-lifetime' && setting.max !== undefined)
        tokenLifetimeMax = parseDuration(setting.max)!;
      if (id === 'unused-client') unusedClient = unusedClientSettings(setting);
    }
  }

  const rules = (raw.rules ?? []).map((r, i) => {
    const rule = buildRule(r, positions.at(['rules', i]));
    const scopeAt = new Map<string, Position>();
    for (const key of ['require', 'allow', 'forbid'] as const) {
      (r.scopes?.[key] ?? []).forEach((s, j) => {
        if (!scopeAt.has(s)) scopeAt.set(s, positions.at(['rules', i, 'scopes', key, j]));
      });
    }
    recordScopePositions(rule, scopeAt);
    return rule;
  });

  const exemptions = (raw.exemptions ?? []).map((e, i): Exemption => {
    const ex: Exemption = {
      client: e.client,
      reason: e.reason,
      owner: e.owner,
      expires: e.expires,
      position: positions.at(['exemptions', i]),
    };
    if (e.rule !== undefined) ex.rule = e.rule;
    if (e.check !== undefined) ex.check = e.check;
    if (e.subject !== undefined) ex.subject = e.subject;
    return ex;
  });

  const settings: Policy['settings'] = {
    maxExemptionDays: raw.settings?.['max-exemption-days'] ?? DEFAULT_MAX_EXEMPTION_DAYS,
    allowEmptyOrg: raw.settings?.['allow-empty-org'] ?? false,
  };
  if (raw.settings?.['fail-on'] !== undefined) settings.failOn = raw.settings['fail-on'];

  const policy: Policy = {
    path: file,
    sha256,
    version: 1,
    settings,
    checks,
    tokenLifetimeMax,
    rules,
    exemptions,
    warnings,
  };
  if (unusedClient) policy.unusedClient = unusedClient;
  return policy;
}
