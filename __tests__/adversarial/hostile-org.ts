/**
 * An org whose every free-text field was chosen by an attacker who can create OAuth clients and
 * roles, and a twin org with the same structure and plain names, so that a test can show the names
 * change nothing but the names.
 */
import type { SeedOrg, WireOAuthClient, WireRole, WireUser } from '../../src/sandbox/server.js';

/** Text that breaks Markdown, HTML, CSV, terminals or workflow commands when it is not escaped. */
export const HOSTILE_TEXT: readonly string[] = [
  'pipe | breaks | the | table',
  // What GitHub turns into notifications and links, also behind entities it decodes first; early
  // in the list, so that they are among the names that annotations and the PR comment show.
  '@octocat #1 GH-2 acme/repo@1234567 www.evil.example',
  'ping @acme/security-team: admin@evil.example https://evil.example [x](https://evil.example) &#64;octocat',
  'back`tick`s ``` fence',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[link](javascript:x) ![img](http://x.invalid/p.png)',
  'line\nbreak\r\nand\rcr',
  'nul\u0000byte bell\u0007 del\u007f vt\u000b ff\u000c',
  'esc \u001b[31mred\u001b[0m csi \u009b2J osc \u001b]0;title\u0007',
  'rtl \u202Egnp.exe\u202C isolate \u2066x\u2069 ls\u2028ps\u2029 zw\u200b',
  'x'.repeat(10_000),
  '=HYPERLINK("http://x.invalid","y")',
  '+1',
  '-2',
  '@SUM(A1)',
  '\tleading tab',
  '\rleading cr',
  '::error::pwned',
  '%0A::warning::x',
  '##[error]legacy-command',
  'first line\n::error::pwned-after-newline',
  'first line\r::warning::pwned-after-cr',
  '${{ github.token }} $(id) `id`',
  '| --- | --- |',
  '</details></table><h1>x</h1><!--',
  '**bold** _em_ ~~s~~ @octocat #1 :rocket: \\ &amp; &lt;',
];

/** Workflow commands the hostile text tries to start. */
export const INJECTED_COMMANDS = [
  '::error::pwned',
  '::warning::x',
  '::error::pwned-after-newline',
  '::warning::pwned-after-cr',
  '##[error]',
];

const guid = (n: number, kind = 0): string =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** Redirect URIs, judged by `insecure-redirect-uri` and `allow-hosts` the same way in both twins. */
const HOSTILE_URIS = [
  'https://app.example.com/cb?q=<script>alert(1)</script>|x',
  'javascript:alert(1)',
  'https://evil.invalid/`cb`\n::error::uri',
  'http://[::1:bad/\u202Ecb',
  '=cmd|"/c calc"!A1',
];

export const FORBIDDEN_ROLE = guid(1, 0xbad);

/** Role 2 hides a forbidden permission behind its name; the others grant a harmless one. */
function roles(named: (i: number) => string): WireRole[] {
  return Array.from({ length: 6 }, (_, i) => ({
    id: guid(i + 1, 0xbad),
    name: named(i),
    permissionPolicies: [
      i === 1
        ? { domain: 'oauth', entityName: 'client', actionSet: ['edit'] }
        : { domain: 'directory', entityName: 'user', actionSet: ['view'] },
    ],
  }));
}

/** The creators of the clients: one deleted, one inactive, one active. */
function users(named: (i: number) => string): WireUser[] {
  return ['deleted', 'inactive', 'active'].map((state, i) => ({
    id: guid(i + 1, 0x05e),
    name: named(i),
    state,
  }));
}

function clients(name: (i: number) => string, description: (i: number) => string): WireOAuthClient[] {
  const grants = ['CODE', 'TOKEN', 'PASSWORD', 'CLIENT-CREDENTIALS', 'SAML2-BEARER'];
  return HOSTILE_TEXT.map((_, i) => {
    const grant = grants[i % grants.length]!;
    const c: WireOAuthClient = {
      id: guid(i + 1),
      name: name(i),
      description: description(i),
      authorizedGrantType: grant,
      state: i % 7 === 6 ? 'disabled' : 'active',
      accessTokenValiditySeconds: 3600,
      dateCreated: '2026-01-01T00:00:00Z',
      createdBy: { id: guid((i % 3) + 1, 0x05e) },
    };
    if (grant === 'CLIENT-CREDENTIALS') {
      c.roleDivisions = [{ roleId: guid((i % 6) + 1, 0xbad), divisionId: i % 2 === 0 ? '*' : guid(1, 0xd1) }];
    } else {
      c.scope = ['conversations', i % 3 === 0 ? 'oauth' : 'users:readonly'];
      c.registeredRedirectUri = [HOSTILE_URIS[i % HOSTILE_URIS.length]!, 'https://ok.example.com/cb'];
    }
    return c;
  });
}

const DIVISIONS = [{ id: guid(1, 0xd1), name: 'Home <b>division</b> | x' }];

/** Hostile names, descriptions and role names. */
export function hostileOrg(): SeedOrg {
  const n = HOSTILE_TEXT.length;
  return {
    clients: clients(
      (i) => HOSTILE_TEXT[i]!,
      (i) => HOSTILE_TEXT[(i + 7) % n]!,
    ),
    roles: roles((i) => HOSTILE_TEXT[(i * 4 + 2) % n]!),
    divisions: DIVISIONS,
    users: users((i) => HOSTILE_TEXT[(i * 5 + 1) % n]!),
  };
}

/** The same org with plain names. */
export function plainOrg(): SeedOrg {
  return {
    clients: clients(
      (i) => `client ${i}`,
      (i) => `description ${i}`,
    ),
    roles: roles((i) => `role ${i}`),
    divisions: DIVISIONS,
    users: users((i) => `user ${i}`),
  };
}

/**
 * Rules match by grant type and roles by ID, so that names cannot change a verdict; exemption text
 * (from the policy, also rendered) is hostile too.
 */
export const HOSTILE_POLICY = (
  expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
): string => `version: 1
settings:
  fail-on: high
checks:
  orphaned-client: high
rules:
  - id: apps
    match:
      grant-types: [CODE, TOKEN, PASSWORD, SAML2-BEARER]
    grant-types: [CODE, SAML2-BEARER]
    scopes:
      forbid: [oauth]
    redirect-uris:
      allow-hosts: ['*.example.com']
  - id: machines
    match:
      grant-types: [CLIENT-CREDENTIALS]
    roles:
      forbid: ['${FORBIDDEN_ROLE}']
      forbid-permissions: ['oauth:client:*']
      allow-all-divisions: false
exemptions:
  - client: '${guid(1)}'
    reason: "pipe | <script>alert(1)</script> [x](javascript:y) ::error::from-policy @octocat #7 www.evil.example"
    owner: "=HYPERLINK(\\"http://x.invalid\\",\\"y\\")"
    expires: '${expires}'
`;

/**
 * Clients made to slip past a policy, each of which must fail the default gate (`high`): grant types
 * that only look like known ones or are missing, a custom scheme on an allowed host, a name too
 * long to match; and a policy whose role pattern has a typo. `EVASION_IDS.compliant` must pass.
 */
export const EVASION_IDS = {
  lookAlike: guid(1, 0xe1),
  noGrant: guid(2, 0xe1),
  customScheme: guid(3, 0xe1),
  longName: guid(4, 0xe1),
  masterAdmin: guid(5, 0xe1),
  compliant: guid(6, 0xe1),
} as const;

const MASTER_ADMIN = guid(9, 0xbad);

export function evasionOrg(): SeedOrg {
  const base = { description: '', state: 'active', accessTokenValiditySeconds: 3600 };
  return {
    clients: [
      { ...base, id: EVASION_IDS.lookAlike, name: 'Legacy login', authorizedGrantType: 'PASS\u200bWORD' },
      { ...base, id: EVASION_IDS.noGrant, name: 'Nameless grant' },
      {
        ...base,
        id: EVASION_IDS.customScheme,
        name: 'Mobile app',
        authorizedGrantType: 'CODE',
        registeredRedirectUri: ['https://app.example.com/cb', 'evil-app://app.example.com/cb'],
      },
      {
        ...base,
        id: EVASION_IDS.longName,
        name: `evil ${'x'.repeat(3_000)}`,
        authorizedGrantType: 'SAML2-BEARER',
        scope: ['users'],
      },
      {
        ...base,
        id: EVASION_IDS.masterAdmin,
        name: 'Sync job',
        authorizedGrantType: 'CLIENT-CREDENTIALS',
        roleDivisions: [{ roleId: MASTER_ADMIN, divisionId: guid(1, 0xd1) }],
      },
      {
        ...base,
        id: EVASION_IDS.compliant,
        name: 'Web app',
        authorizedGrantType: 'CODE',
        registeredRedirectUri: ['https://app.example.com/cb'],
      },
    ],
    roles: [{ id: MASTER_ADMIN, name: 'Master Admin' }],
    divisions: DIVISIONS,
  };
}

/** No `fail-on`: the default gate. The `machines` rule (line 13) misspells its forbidden role. */
export const EVASION_POLICY = `version: 1
rules:
  - id: apps
    match:
      grant-types: [CODE]
    redirect-uris:
      allow-hosts: ['*.example.com']
  - id: no-evil
    match:
      name: '/^evil /'
    scopes:
      forbid: ['*']
  - id: machines
    match:
      grant-types: [CLIENT-CREDENTIALS]
    roles:
      forbid: ['Mastr Admin']
`;
