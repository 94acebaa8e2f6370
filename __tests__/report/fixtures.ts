/**
 * A small hand-made audit: org data, a policy and its evaluation, covering every check, exempted
 * findings (one exemption ending 5 days after the report's time), policy findings, warnings and a
 * PR impact. Built by hand, not by the evaluator, so report tests do not depend on it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@jest/globals';
import type { OAuthClient, OrgData } from '../../src/model.js';
import {
  BUILTIN_CHECK_DEFAULTS,
  SEVERITY_WHEN_ON,
  type BuiltinCheckId,
  type BuiltinCheckSetting,
  type CheckId,
  type ClientEvaluation,
  type Evaluation,
  type Finding,
  type Policy,
} from '../../src/policy/types.js';
import type { Severity } from '../../src/types.js';
import { buildReport } from '../../src/report/build.js';
import { computeImpact } from '../../src/report/impact.js';
import type { AuditReport } from '../../src/report/types.js';

export const GENERATED_AT = '2026-11-20T06:00:00.000Z';
export const POLICY_PATH = 'policies/oauth-policy.yml';
export const POLICY_SHA = createHash('sha256').update('fixture policy').digest('hex');
export const BASE_SHA = createHash('sha256').update('fixture base policy').digest('hex');

/** Policy lines the findings point at. */
export const LINES = {
  checks: {
    'password-grant': 9,
    'implicit-grant': 10,
    'insecure-redirect-uri': 11,
    'unknown-grant-type': 12,
    'unmatched-client': 13,
    'inactive-client': 14,
    'token-lifetime': 15,
    'unknown-scope': 16,
    'orphaned-client': 19,
    'expired-exemption': 17,
    'unused-exemption': 18,
    'unused-client': 19,
  } satisfies Record<BuiltinCheckId, number>,
  webMessaging: 21,
  integrations: 38,
  exemptionSoon: 52,
  exemptionLater: 58,
  exemptionExpired: 64,
  exemptionUnused: 70,
};

export const IDS = {
  webchat: '3f1c2d4e-0000-4a00-8000-000000000001',
  legacy: '3f1c2d4e-0000-4a00-8000-000000000002',
  etl: '3f1c2d4e-0000-4a00-8000-000000000003',
  password: '3f1c2d4e-0000-4a00-8000-000000000004',
  mystery: '3f1c2d4e-0000-4a00-8000-000000000005',
  clean: '3f1c2d4e-0000-4a00-8000-000000000006',
};

export function client(partial: Partial<OAuthClient> & { id: string; name: string }): OAuthClient {
  return {
    description: '',
    grantType: 'CODE',
    state: 'active',
    scopes: [],
    roles: [],
    redirectUris: [],
    tokenLifetimeSeconds: 3600,
    dateCreated: '2025-01-15T10:00:00.000Z',
    dateModified: '2026-06-01T12:30:00.000Z',
    ...partial,
  };
}

export function org(clients: OAuthClient[]): OrgData {
  return {
    clients,
    roles: [
      { id: 'role-master', name: 'Master Admin' },
      { id: 'role-reporting', name: 'Reporting Viewer' },
    ],
    divisions: [{ id: 'div-home', name: 'Home' }],
    scopes: ['conversations', 'users', 'analytics', 'oauth', 'routing'],
    users: [{ id: 'user-gone', name: 'Old Admin', state: 'deleted' }],
    fetchedAt: GENERATED_AT,
    source: { kind: 'api', region: 'mypurecloud.ie', apiBaseUrl: 'https://api.mypurecloud.ie' },
  };
}

export const ORG: OrgData = withUsage(
  org([
    client({
      id: IDS.webchat,
      name: 'webchat-prod',
      description: 'Customer web messaging widget',
      scopes: ['conversations', 'users', 'analytics', 'oauth'],
      redirectUris: [
        'https://chat.example.com/cb',
        'https://evil.example.net/cb',
        'evil-app://app.example.com/cb',
      ],
      tokenLifetimeSeconds: 7200,
      // A name a spreadsheet would read as a formula, with a comma.
      createdBy: { id: 'user-ana', name: '=Ana, Web Team' },
      modifiedBy: { id: 'user-ana', name: '=Ana, Web Team' },
    }),
    client({
      id: IDS.legacy,
      name: 'webchat-legacy',
      grantType: 'TOKEN',
      scopes: ['conversations'],
      redirectUris: ['http://legacy.example.com/cb'],
    }),
    client({
      id: IDS.etl,
      name: 'Integration ETL',
      grantType: 'CLIENT-CREDENTIALS',
      roles: [
        { roleId: 'role-master', divisionId: '*' },
        { roleId: 'role-reporting', divisionId: 'div-home' },
        { roleId: 'role-gone', divisionId: 'div-gone' },
        { roleId: 'role-reporting', divisionId: null },
      ],
      tokenLifetimeSeconds: 86400,
      dateModified: undefined,
      createdBy: { id: 'user-ops', name: 'Ops Bot' },
    }),
    client({
      id: IDS.password,
      name: 'old-password-app',
      grantType: 'PASSWORD',
      state: 'inactive',
      dateCreated: undefined,
      dateModified: undefined,
      // Named by the users lookup only.
      createdBy: { id: 'user-gone' },
    }),
    client({
      id: IDS.mystery,
      name: 'mystery-device',
      grantType: 'DEVICE-CODE',
      scopes: ['foo:bar'],
      tokenLifetimeSeconds: 172800,
    }),
    client({
      id: IDS.clean,
      name: 'clean-client',
      scopes: ['conversations'],
      redirectUris: ['https://chat.example.com/cb'],
    }),
  ]),
);

/** The org's API usage (its \`unused-client\` finding is tested in build.test.ts): the mystery device made no request in the window. */
function withUsage(o: OrgData): OrgData {
  const usage = new Map([
    [IDS.webchat, { lastUsed: '2026-11-19', requests: 48210 }],
    [IDS.legacy, { lastUsed: '2026-09-02', requests: 17 }],
    [IDS.etl, { lastUsed: '2026-11-18', requests: 912 }],
    [IDS.clean, { lastUsed: '2026-11-19', requests: 3 }],
  ]);
  return { ...o, usage: { from: '2026-08-22', to: GENERATED_AT, clients: usage } };
}

function checks(): Policy['checks'] {
  const out = {} as Record<BuiltinCheckId, BuiltinCheckSetting>;
  for (const [id, severity] of Object.entries(BUILTIN_CHECK_DEFAULTS) as [
    BuiltinCheckId,
    Severity | 'off',
  ][]) {
    // Every check on, the off-by-default ones at their documented severity.
    out[id] = {
      severity: severity === 'off' ? SEVERITY_WHEN_ON[id]! : severity,
      position: { line: LINES.checks[id], col: 3 },
    };
  }
  return out;
}

export const POLICY: Policy = {
  path: POLICY_PATH,
  sha256: POLICY_SHA,
  version: 1,
  settings: { failOn: 'high', maxExemptionDays: 365, allowEmptyOrg: false },
  checks: checks(),
  tokenLifetimeMax: 86400,
  rules: [
    {
      id: 'web-messaging',
      severity: 'high',
      match: { name: ['webchat-*'] },
      exclude: null,
      grantTypes: ['CODE'],
      scopes: {
        require: ['routing'],
        allow: ['conversations', 'users', 'routing', 'oauth'],
        forbid: ['oauth'],
        max: 3,
      },
      redirectUris: { allowHosts: ['*.example.com'] },
      maxTokenLifetime: 3600,
      position: { line: LINES.webMessaging, col: 5 },
    },
    {
      id: 'integrations',
      severity: 'high',
      match: { grantTypes: ['CLIENT-CREDENTIALS'] },
      exclude: null,
      roles: {
        require: ['Integration User'],
        allow: ['Master Admin'],
        forbid: ['*admin*'],
        allowAllDivisions: false,
        max: 2,
      },
      position: { line: LINES.integrations, col: 5 },
    },
  ],
  exemptions: [],
  warnings: [],
};

/** Expires 5 days after GENERATED_AT. */
export const SOON = {
  reason: 'Analytics dashboard migration, SEC-1234',
  owner: 'team-cx@example.com',
  expires: '2026-11-25',
};
export const LATER = {
  reason: 'Legacy widget until the 2027 rewrite',
  owner: 'team-web@example.com',
  expires: '2027-01-31',
};

type Spec = [
  CheckId,
  Severity,
  string,
  string,
  string,
  number,
  { reason: string; owner: string; expires: string }?,
];

function findings(specs: Spec[]): Finding[] {
  return specs.map(([check, severity, rule, subject, message, line, exemption]) => {
    const f: Finding = { check, severity, rule, subject, message, exempted: exemption !== undefined, line };
    if (exemption) f.exemption = { ...exemption };
    return f;
  });
}

const WM = LINES.webMessaging;
const INT = LINES.integrations;
const C = LINES.checks;

export const CURRENT_CLIENTS: ClientEvaluation[] = [
  {
    clientId: IDS.webchat,
    rules: ['web-messaging'],
    findings: findings([
      ['missing-scope', 'high', 'web-messaging', 'routing', 'Required scope routing is not granted.', WM],
      [
        'scope-not-allowed',
        'high',
        'web-messaging',
        'analytics',
        'Scope analytics is not in the allowlist.',
        WM,
        SOON,
      ],
      ['scope-forbidden', 'high', 'web-messaging', 'oauth', 'Scope oauth is forbidden.', WM],
      ['too-many-scopes', 'high', 'web-messaging', '', '4 scopes granted; at most 3 allowed.', WM],
      [
        'redirect-host-not-allowed',
        'high',
        'web-messaging',
        'https://evil.example.net/cb',
        'Redirect URI host evil.example.net is not allowed.',
        WM,
      ],
      [
        'redirect-scheme-not-allowed',
        'high',
        'web-messaging',
        'evil-app://app.example.com/cb',
        'Redirect URI scheme evil-app is not allowed.',
        WM,
      ],
      ['token-lifetime', 'high', 'web-messaging', '', 'Access tokens live 2h; at most 1h allowed.', WM],
    ]),
  },
  {
    clientId: IDS.legacy,
    rules: ['web-messaging'],
    findings: findings([
      [
        'implicit-grant',
        'high',
        'implicit-grant',
        'TOKEN',
        'Uses the implicit grant (RFC 9700 §2.1.2).',
        C['implicit-grant'],
      ],
      [
        'grant-type-not-allowed',
        'high',
        'web-messaging',
        'TOKEN',
        'Grant type TOKEN is not allowed by the rule.',
        WM,
        LATER,
      ],
      [
        'insecure-redirect-uri',
        'high',
        'insecure-redirect-uri',
        'http://legacy.example.com/cb',
        'Redirect URI uses http on a non-loopback host.',
        C['insecure-redirect-uri'],
      ],
    ]),
  },
  {
    clientId: IDS.etl,
    rules: ['integrations'],
    findings: findings([
      [
        'missing-role',
        'high',
        'integrations',
        'Integration User',
        'Required role Integration User is not granted.',
        INT,
      ],
      [
        'role-not-allowed',
        'high',
        'integrations',
        'Reporting Viewer',
        'Role Reporting Viewer is not in the allowlist.',
        INT,
      ],
      ['role-forbidden', 'high', 'integrations', 'Master Admin', 'Role Master Admin is forbidden.', INT],
      ['too-many-roles', 'high', 'integrations', '', '3 roles granted; at most 2 allowed.', INT],
      [
        'all-divisions-role',
        'high',
        'integrations',
        'Master Admin',
        'Role Master Admin is granted in all divisions.',
        INT,
      ],
      [
        'permission-forbidden',
        'high',
        'integrations',
        'Master Admin: oauth:*:*',
        'Role Master Admin grants oauth:*:* in all divisions, which the rule forbids.',
        INT,
      ],
    ]),
  },
  {
    clientId: IDS.password,
    rules: [],
    findings: findings([
      [
        'password-grant',
        'critical',
        'password-grant',
        'PASSWORD',
        'Uses the password grant (RFC 9700 §2.4).',
        C['password-grant'],
      ],
      [
        'unmatched-client',
        'medium',
        'unmatched-client',
        '',
        'No rule matches this client.',
        C['unmatched-client'],
      ],
      [
        'inactive-client',
        'info',
        'inactive-client',
        'inactive',
        'The client is inactive.',
        C['inactive-client'],
      ],
      [
        'orphaned-client',
        'low',
        'orphaned-client',
        'user-gone',
        'Was created by Old Admin (user-gone), who is now deleted.',
        C['orphaned-client'],
      ],
    ]),
  },
  {
    clientId: IDS.mystery,
    rules: [],
    findings: findings([
      [
        'unknown-grant-type',
        'medium',
        'unknown-grant-type',
        'DEVICE-CODE',
        'Unknown grant type DEVICE-CODE.',
        C['unknown-grant-type'],
      ],
      [
        'unmatched-client',
        'medium',
        'unmatched-client',
        '',
        'No rule matches this client.',
        C['unmatched-client'],
      ],
      [
        'unknown-scope',
        'low',
        'unknown-scope',
        'foo:bar',
        'Scope foo:bar is not in the org scope catalogue.',
        C['unknown-scope'],
      ],
      [
        'token-lifetime',
        'low',
        'token-lifetime',
        '',
        'Access tokens live 48h; at most 24h allowed.',
        C['token-lifetime'],
      ],
    ]),
  },
  { clientId: IDS.clean, rules: ['web-messaging'], findings: [] },
];

export const POLICY_FINDINGS: Finding[] = findings([
  [
    'expired-exemption',
    'low',
    'expired-exemption',
    'webchat-*',
    'Exemption for webchat-* expired on 2026-10-01.',
    LINES.exemptionExpired,
  ],
  [
    'unused-exemption',
    'low',
    'unused-exemption',
    'retired-app',
    'Exemption for retired-app exempted nothing.',
    LINES.exemptionUnused,
  ],
]);

export const WARNINGS = [
  {
    level: 'warning' as const,
    message: 'Scope foo:bar matches no known Genesys scope.',
    file: POLICY_PATH,
    line: 27,
    col: 9,
  },
  {
    level: 'warning' as const,
    message: 'Rule old-widgets matched no client.',
    file: POLICY_PATH,
    line: 45,
    col: 5,
  },
];

export const EVALUATION: Evaluation = {
  clients: CURRENT_CLIENTS,
  policyFindings: POLICY_FINDINGS,
  // The policy's own warning appears twice (loader + evaluator): the report shows it once.
  warnings: [...WARNINGS, { ...WARNINGS[0]! }],
};

/** The base branch's policy: no `integrations` rule yet, and a stricter rule for clean-client. */
export const BASE_EVALUATION: Evaluation = {
  clients: [
    {
      ...CURRENT_CLIENTS[0]!,
      findings: CURRENT_CLIENTS[0]!.findings.filter((f) => f.check !== 'scope-forbidden'),
    },
    CURRENT_CLIENTS[1]!,
    {
      clientId: IDS.etl,
      rules: [],
      findings: findings([
        [
          'unmatched-client',
          'medium',
          'unmatched-client',
          '',
          'No rule matches this client.',
          C['unmatched-client'],
        ],
      ]),
    },
    CURRENT_CLIENTS[3]!,
    CURRENT_CLIENTS[4]!,
    {
      clientId: IDS.clean,
      rules: ['web-messaging'],
      findings: findings([
        [
          'grant-type-not-allowed',
          'high',
          'web-messaging',
          'CODE',
          'Grant type CODE is not allowed by the rule.',
          WM,
        ],
      ]),
    },
  ],
  policyFindings: POLICY_FINDINGS,
  warnings: [],
};

export function fixtureReport(options: { impact?: boolean } = {}): AuditReport {
  const report = buildReport({
    org: ORG,
    policy: POLICY,
    evaluation: EVALUATION,
    failOn: 'high',
    generatedAt: GENERATED_AT,
    toolVersion: '1.2.3',
  });
  if (options.impact !== false) {
    report.impact = computeImpact({
      org: ORG,
      current: EVALUATION,
      base: BASE_EVALUATION,
      failOn: 'high',
      baseInfo: { path: POLICY_PATH, ref: 'main', status: 'compared', sha256: BASE_SHA },
    });
  }
  return report;
}

/** A report of the given clients, each with the given findings (all at the web-messaging line). */
export function reportOf(
  clients: OAuthClient[],
  findingsOf: (c: OAuthClient, i: number) => Finding[],
  failOn: AuditReport['failOn'] = 'high',
): AuditReport {
  return buildReport({
    org: org(clients),
    policy: POLICY,
    evaluation: {
      clients: clients.map((c, i) => ({
        clientId: c.id,
        rules: ['web-messaging'],
        findings: findingsOf(c, i),
      })),
      policyFindings: [],
      warnings: [],
    },
    failOn,
    generatedAt: GENERATED_AT,
    toolVersion: '1.2.3',
  });
}

export function finding(partial: Partial<Finding> = {}): Finding {
  return {
    check: 'scope-forbidden',
    severity: 'high',
    rule: 'web-messaging',
    subject: 'oauth',
    message: 'Scope oauth is forbidden.',
    exempted: false,
    line: LINES.webMessaging,
    ...partial,
  };
}

// ---------------------------------------------------------------------------------------------
// Golden files: written with UPDATE_GOLDEN=1, compared otherwise.

const GOLDEN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '__golden__');

export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`Golden file ${name} is missing: run the tests with UPDATE_GOLDEN=1 and review it.`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
