/** Small builders for evaluator tests: `Policy`, `Rule`, `Exemption` and org data, without the YAML loader. */
import { expect } from '@jest/globals';
import { PolicyError } from '../../src/errors.js';
import type { OAuthClient, OrgData, Role } from '../../src/model.js';
import { loadPolicy } from '../../src/policy/load.js';
import {
  BUILTIN_CHECK_DEFAULTS,
  DEFAULT_MAX_TOKEN_LIFETIME,
  type BuiltinCheckId,
  type BuiltinCheckSetting,
  type Exemption,
  type Policy,
  type Rule,
} from '../../src/policy/types.js';
import type { Severity } from '../../src/types.js';

export type ChecksInput = Partial<Record<BuiltinCheckId, Severity | 'off' | BuiltinCheckSetting>>;

/** Every built-in check at its default (no position), overridden by `overrides`. */
export function makeChecks(overrides: ChecksInput = {}): Policy['checks'] {
  const out = {} as Policy['checks'];
  for (const [id, severity] of Object.entries(BUILTIN_CHECK_DEFAULTS) as [BuiltinCheckId, Severity][]) {
    const o = overrides[id];
    out[id] = o === undefined ? { severity } : typeof o === 'string' ? { severity: o } : o;
  }
  return out;
}

/** All built-in checks off except those named: isolates one check in a test. */
export function onlyChecks(overrides: ChecksInput = {}): Policy['checks'] {
  const off: ChecksInput = {};
  for (const id of Object.keys(BUILTIN_CHECK_DEFAULTS) as BuiltinCheckId[]) off[id] = 'off';
  return makeChecks({ ...off, ...overrides });
}

let ruleCounter = 0;

export function makeRule(partial: Partial<Rule> = {}): Rule {
  ruleCounter++;
  return {
    id: `rule-${ruleCounter}`,
    severity: 'high',
    match: null,
    exclude: null,
    position: { line: 10 + ruleCounter, col: 5 },
    ...partial,
  };
}

export function makePolicy(
  partial: Omit<Partial<Policy>, 'checks' | 'settings'> & {
    checks?: Policy['checks'] | ChecksInput;
    settings?: Partial<Policy['settings']>;
  } = {},
): Policy {
  const { checks, settings, ...rest } = partial;
  const fullChecks =
    checks && Object.keys(BUILTIN_CHECK_DEFAULTS).every((k) => k in checks)
      ? (checks as Policy['checks'])
      : makeChecks(checks as ChecksInput | undefined);
  return {
    path: 'policies/oauth-policy.yml',
    sha256: '0'.repeat(64),
    version: 1,
    tokenLifetimeMax: DEFAULT_MAX_TOKEN_LIFETIME,
    rules: [],
    exemptions: [],
    warnings: [],
    ...rest,
    settings: { maxExemptionDays: 365, allowEmptyOrg: false, ...settings },
    checks: fullChecks,
  };
}

export function makeExemption(partial: Partial<Exemption> = {}): Exemption {
  return {
    client: 'client-1',
    reason: 'Tracked in SEC-1',
    owner: 'sec@example.com',
    expires: '2030-12-31',
    position: { line: 100, col: 5 },
    ...partial,
  };
}

let clientCounter = 0;

export function makeClient(partial: Partial<OAuthClient> = {}): OAuthClient {
  clientCounter++;
  return {
    id: `client-${clientCounter}`,
    name: `Client ${clientCounter}`,
    description: '',
    grantType: 'CODE',
    state: 'active',
    scopes: [],
    roles: [],
    redirectUris: [],
    tokenLifetimeSeconds: DEFAULT_MAX_TOKEN_LIFETIME,
    ...partial,
  };
}

export function makeOrg(
  clients: OAuthClient[],
  roles: Role[] | null = null,
  scopes: string[] | null = null,
): OrgData {
  return {
    clients,
    roles,
    divisions: null,
    scopes,
    fetchedAt: '2026-11-01T00:00:00.000Z',
    source: { kind: 'snapshot', region: 'mypurecloud.com', apiBaseUrl: 'https://api.mypurecloud.com' },
  };
}

/** A fixed instant for tests that do not care about time. */
export const NOW = new Date('2026-11-15T12:00:00.000Z');

/** Every error of loading `text` as a policy, as `line:col message`; fails the test when it loads. */
export function policyErrors(text: string | Uint8Array, now: Date): string[] {
  try {
    loadPolicy(text, 'p.yml', now);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return (e as PolicyError).errors.map((m) => `${m.line}:${m.col} ${m.message}`);
  }
  throw new Error('expected a PolicyError');
}
