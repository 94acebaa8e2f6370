import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { OAuthClient, PermissionPolicy, Role, RoleGrant } from '../../src/model.js';
import { evaluate } from '../../src/policy/evaluate.js';
import {
  grantedPermissions,
  parsePermission,
  PERMISSION_PATTERN,
  permissionCatalogueWarnings,
  permissionsOverlap,
} from '../../src/policy/permissions.js';
import { POLICY_SCHEMA } from '../../src/policy/schema.js';
import {
  makeClient,
  makeOrg,
  makePolicy,
  makeRule,
  NOW,
  onlyChecks,
  policyErrors,
} from '../helpers/policy-builders.js';

const overlap = (a: string, b: string) => permissionsOverlap(parsePermission(a), parsePermission(b));

describe('permission overlap', () => {
  test.each<[string, string, boolean]>([
    ['oauth:client:edit', 'oauth:client:edit', true],
    ['OAuth:Client:Edit', 'oauth:client:edit', true],
    ['oauth:client:*', 'oauth:client:edit', true],
    ['oauth:*:*', 'oauth:client:edit', true],
    ['oauth:client:edit', 'oauth:*:*', true],
    ['*:*:*', 'directory:user:delete', true],
    ['oauth:client:*', 'oauth:*:view', true],
    ['oauth:client:edit', 'oauth:client:view', false],
    ['oauth:client:*', 'oauth:token:delete', false],
    ['oauth:*:edit', 'authorization:*:edit', false],
    ['oauth:client:edit', 'oauth:client', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(overlap(a, b)).toBe(expected);
    expect(overlap(b, a)).toBe(expected);
  });

  // A small universe, so that every concrete permission can be enumerated.
  const NAMES = ['a', 'b', 'c'];
  const part = fc.constantFrom('*', ...NAMES);
  const permission = fc.tuple(part, part, part).map((p) => p.join(':'));
  const concrete = NAMES.flatMap((x) => NAMES.flatMap((y) => NAMES.map((z) => `${x}:${y}:${z}`)));
  const matches = (pattern: string, c: string) =>
    pattern.split(':').every((p, i) => p === '*' || p === c.split(':')[i]);

  test('a forbidden pattern and a granted permission conflict exactly when some concrete permission matches both', () => {
    fc.assert(
      fc.property(permission, permission, (forbidden, granted) => {
        const witness = concrete.some((c) => matches(forbidden, c) && matches(granted, c));
        expect(overlap(forbidden, granted)).toBe(witness);
      }),
    );
  });

  test('overlap is symmetric, and `*:*:*` overlaps everything', () => {
    fc.assert(
      fc.property(permission, permission, (a, b) => {
        expect(overlap(a, b)).toBe(overlap(b, a));
        expect(overlap('*:*:*', a)).toBe(true);
      }),
    );
  });
});

describe('what a role grants', () => {
  const policy = (p: Partial<PermissionPolicy>): PermissionPolicy => ({
    domain: 'oauth',
    entity: 'client',
    actions: ['view'],
    conditional: false,
    ...p,
  });

  test('each action of each policy, conditional only when every grant of it is', () => {
    const granted = grantedPermissions([
      policy({ actions: ['view', 'edit'], conditional: true }),
      policy({ actions: ['view'] }),
      policy({ domain: 'routing', entity: '*', actions: ['*'], conditional: true }),
    ]);
    expect([...granted]).toEqual([
      ['oauth:client:view', false],
      ['oauth:client:edit', true],
      ['routing:*:*', true],
    ]);
  });
});

describe('roles.forbid-permissions', () => {
  const p = (domain: string, entity: string, actions: string[], conditional = false): PermissionPolicy => ({
    domain,
    entity,
    actions,
    conditional,
  });
  const ROLES: Role[] = [
    {
      id: 'r-admin',
      name: 'Master Admin',
      permissionPolicies: [p('oauth', '*', ['*']), p('directory', '*', ['*'])],
    },
    {
      id: 'r-report',
      name: 'Reporting Reader',
      permissionPolicies: [
        p('analytics', 'conversationAggregate', ['view']),
        p('oauth', 'client', ['view', 'edit']),
      ],
    },
    { id: 'r-queue', name: 'Queue Editor', permissionPolicies: [p('routing', 'queue', ['edit'], true)] },
    { id: 'r-plain', name: 'Reader', permissionPolicies: [p('directory', 'user', ['view'])] },
  ];
  const DIVISIONS = [
    { id: 'd-home', name: 'Home' },
    { id: 'd-emea', name: 'EMEA' },
  ];

  function judge(forbid: string[], grants: RoleGrant[], client: Partial<OAuthClient> = {}) {
    const policy = makePolicy({
      rules: [makeRule({ id: 'machines', roles: { forbidPermissions: forbid } })],
      checks: onlyChecks(),
    });
    const org = {
      ...makeOrg([makeClient({ grantType: 'CLIENT-CREDENTIALS', roles: grants, ...client })], ROLES),
      divisions: DIVISIONS,
    };
    return evaluate(policy, org, NOW).clients[0]!.findings;
  }

  test('a harmless role name that grants a forbidden permission is found, naming role, permission and divisions', () => {
    const [f, ...rest] = judge(
      ['oauth:client:*'],
      [
        { roleId: 'r-report', divisionId: 'd-home' },
        { roleId: 'r-report', divisionId: 'd-emea' },
        { roleId: 'r-plain', divisionId: 'd-home' },
      ],
    );
    expect(rest.map((x) => x.subject)).toEqual(['Reporting Reader: oauth:client:view']);
    expect(f).toMatchObject({
      check: 'permission-forbidden',
      subject: 'Reporting Reader: oauth:client:edit',
    });
    expect(f!.message).toBe(
      'Has role `Reporting Reader`, which grants `oauth:client:edit` in divisions `Home`, `EMEA`; rule machines forbids it (pattern `oauth:client:*`).',
    );
  });

  test('a `*` grant conflicts with a narrower forbidden permission; all divisions are said so', () => {
    const findings = judge(
      ['oauth:client:edit', 'directory:user:delete'],
      [{ roleId: 'r-admin', divisionId: '*' }],
    );
    expect(findings.map((f) => f.subject)).toEqual([
      'Master Admin: directory:*:*',
      'Master Admin: oauth:*:*',
    ]);
    expect(findings[1]!.message).toContain('in all divisions (`*`)');
  });

  test('a conditional grant is marked as such', () => {
    const [f] = judge(['routing:queue:edit'], [{ roleId: 'r-queue', divisionId: 'd-home' }]);
    expect(f!.message).toContain(', conditionally (the grant carries a resource condition)');
  });

  test('nothing forbidden is granted: no finding; roles of other grant types are not judged', () => {
    expect(judge(['authorization:*:*'], [{ roleId: 'r-report', divisionId: 'd-home' }])).toEqual([]);
    expect(
      judge(['oauth:*:*'], [{ roleId: 'r-report', divisionId: 'd-home' }], { grantType: 'CODE' }),
    ).toEqual([]);
  });

  test('a deprecated roleIds grant (no division) says so', () => {
    const [f] = judge(['oauth:client:edit'], [{ roleId: 'r-report', divisionId: null }]);
    expect(f!.message).toContain('in division no division given');
  });
});

describe('permission patterns in the policy', () => {
  test('the schema pattern is the one the code uses', () => {
    const roles = POLICY_SCHEMA.definitions.rule.properties.roles.properties as Record<
      string,
      { items?: { pattern?: string } }
    >;
    expect(roles['forbid-permissions']!.items!.pattern).toBe(PERMISSION_PATTERN);
  });

  test('offline, only the shape domain:entity:action is checked: an error names the fix', () => {
    const text = [
      'version: 1',
      'rules:',
      '  - id: m',
      '    roles:',
      "      forbid-permissions: ['oauth:client:*', oauth, 'oauth:client', 'made:up:thing']",
    ].join('\n');
    const errors = policyErrors(text, NOW);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(
      /^5:46 rules\[0\]\.roles\.forbid-permissions\[1\]: "oauth" is not a permission; write domain:entity:action/,
    );
    expect(errors[1]).toMatch(/forbid-permissions\[2\]: "oauth:client" is not a permission/);
  });

  test('against the org catalogue, a pattern matching no permission warns, with a suggestion', () => {
    const policy = makePolicy({
      rules: [
        makeRule({
          id: 'm',
          roles: { forbidPermissions: ['oauth:client:*', 'oauth:cleint:edit', '*:*:delete'] },
        }),
      ],
    });
    const warnings = permissionCatalogueWarnings(policy, ['oauth:client:edit', 'directory:user:delete']);
    expect(warnings.map((w) => w.message)).toEqual([
      'Rule `m`: permission pattern `oauth:cleint:edit` in roles.forbid-permissions matches no permission of this org\'s catalogue. Did you mean "oauth:client:edit"?',
    ]);
  });
});
