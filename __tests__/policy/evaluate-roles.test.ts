import { describe, expect, test } from '@jest/globals';
import { evaluate } from '../../src/policy/evaluate.js';
import type { RoleGrant, Role } from '../../src/model.js';
import type { RoleRules } from '../../src/policy/types.js';
import { makeClient, makeOrg, makePolicy, makeRule, NOW, onlyChecks } from '../helpers/policy-builders.js';

const ROLES: Role[] = [
  { id: 'r-master', name: 'Master Admin' },
  { id: 'r-reader', name: 'Reader' },
  { id: 'r-routing', name: 'Routing Admin' },
  { id: 'R-UPPER', name: 'Analytics Viewer' },
];

function judge(
  roles: RoleRules,
  grants: RoleGrant[],
  orgRoles: Role[] | null = ROLES,
  grantType = 'CLIENT-CREDENTIALS',
): Array<[string, string]> {
  const policy = makePolicy({ rules: [makeRule({ id: 'r', roles })], checks: onlyChecks() });
  const ev = evaluate(policy, makeOrg([makeClient({ grantType, roles: grants })], orgRoles), NOW);
  return ev.clients[0]!.findings.map((f) => [f.check, f.subject]);
}

const g = (roleId: string, divisionId: string | null = 'home'): RoleGrant => ({ roleId, divisionId });

describe('role rules', () => {
  test.each<[string, RoleRules, RoleGrant[], Array<[string, string]>]>([
    [
      'forbid by exact name',
      { forbid: ['Master Admin'] },
      [g('r-master'), g('r-reader')],
      [['role-forbidden', 'Master Admin']],
    ],
    [
      'forbid by glob, case-insensitive',
      { forbid: ['*ADMIN*'] },
      [g('r-master'), g('r-reader'), g('r-routing')],
      [
        ['role-forbidden', 'Master Admin'],
        ['role-forbidden', 'Routing Admin'],
      ],
    ],
    [
      'forbid by role ID, case-insensitive',
      { forbid: ['r-upper'] },
      [g('R-UPPER')],
      [['role-forbidden', 'Analytics Viewer']],
    ],
    ['require satisfied', { require: ['Reader'] }, [g('r-reader')], []],
    ['require by glob', { require: ['read*'] }, [g('r-reader')], []],
    [
      'require missing',
      { require: ['Reader', 'Analytics*'] },
      [g('r-reader')],
      [['missing-role', 'Analytics*']],
    ],
    [
      'allow',
      { allow: ['Reader', 'Analytics *'] },
      [g('r-reader'), g('R-UPPER'), g('r-master')],
      [['role-not-allowed', 'Master Admin']],
    ],
    [
      'required roles count as allowed',
      { allow: ['Reader'], require: ['Master Admin'] },
      [g('r-master'), g('r-reader')],
      [],
    ],
    [
      'max counts distinct roles, not grants',
      { max: 1 },
      [g('r-reader', 'a'), g('r-reader', 'b'), g('r-reader', '*')],
      [],
    ],
    ['max exceeded', { max: 1 }, [g('r-reader'), g('r-master')], [['too-many-roles', '']]],
    [
      'all divisions: one finding per role',
      { allowAllDivisions: false },
      [
        g('r-reader', '*'),
        g('r-reader', '*'),
        g('r-reader', 'd1'),
        g('r-master', 'd1'),
        g('r-routing', null),
      ],
      [['all-divisions-role', 'Reader']],
    ],
    ['all divisions allowed when not false', { allowAllDivisions: true }, [g('r-reader', '*')], []],
  ])('%s', (_, rules, grants, expected) => {
    expect(judge(rules, grants)).toEqual(expected);
  });

  test('role rules apply to CLIENT-CREDENTIALS clients only', () => {
    expect(judge({ forbid: ['*'], require: ['x'], max: 0 }, [g('r-master')], ROLES, 'CODE')).toEqual([]);
  });

  test('unresolved roles are judged by ID and named by ID', () => {
    // no role list at all
    expect(judge({ forbid: ['*admin*'] }, [g('r-master')], null)).toEqual([]);
    expect(judge({ forbid: ['r-master'] }, [g('r-master')], null)).toEqual([['role-forbidden', 'r-master']]);
    expect(judge({ forbid: ['r-*'] }, [g('r-gone')], ROLES)).toEqual([['role-forbidden', 'r-gone']]);
    expect(judge({ allow: ['Reader'] }, [g('r-gone')])).toEqual([['role-not-allowed', 'r-gone']]);
    expect(judge({ require: ['Reader'] }, [g('r-gone')], null)).toEqual([['missing-role', 'Reader']]);
  });

  test('messages name the role', () => {
    const policy = makePolicy({
      rules: [makeRule({ id: 'integrations', roles: { forbid: ['*admin*'], allowAllDivisions: false } })],
      checks: onlyChecks(),
    });
    const ev = evaluate(
      policy,
      makeOrg(
        [makeClient({ grantType: 'CLIENT-CREDENTIALS', roles: [g('r-master', '*'), g('x-1', '*')] })],
        ROLES,
      ),
      NOW,
    );
    expect(ev.clients[0]!.findings.map((f) => f.message)).toEqual([
      'Has role `Master Admin`, which rule integrations forbids (pattern `*admin*`).',
      'Has role `Master Admin` in all divisions (`*`), which rule integrations does not allow.',
      "Has role `x-1` (not in the org's role list) in all divisions (`*`), which rule integrations does not allow.",
    ]);
  });
});

describe('role patterns that match no role of the org', () => {
  const warningsOf = (roles: RoleRules, orgRoles: Role[] | null = ROLES, grants: RoleGrant[] = []) =>
    evaluate(
      makePolicy({
        rules: [makeRule({ id: 'machines', roles, position: { line: 12, col: 5 } })],
        checks: onlyChecks(),
      }),
      makeOrg([makeClient({ grantType: 'CLIENT-CREDENTIALS', roles: grants })], orgRoles),
      NOW,
    ).warnings;

  test('warn at the rule, naming the list and the nearest role', () => {
    expect(
      warningsOf({ require: ['Reader'], allow: ['*viewer*', 'Raeder'], forbid: ['Mastr Admin', '*admin*'] }),
    ).toEqual([
      {
        level: 'warning',
        message:
          'Rule `machines`: role pattern `Raeder` in roles.allow matches no role of this org. Did you mean "Reader"?',
        file: 'policies/oauth-policy.yml',
        line: 12,
        col: 5,
      },
      {
        level: 'warning',
        message:
          'Rule `machines`: role pattern `Mastr Admin` in roles.forbid matches no role of this org. Did you mean "Master Admin"?',
        file: 'policies/oauth-policy.yml',
        line: 12,
        col: 5,
      },
    ]);
  });

  test('a role ID matches its role, listed or only granted; a glob matching nothing warns too', () => {
    expect(warningsOf({ forbid: ['R-MASTER', 'r-granted-only'] }, ROLES, [g('r-granted-only')])).toEqual([]);
    expect(warningsOf({ forbid: ['*superuser*'] }).map((w) => w.message)).toEqual([
      'Rule `machines`: role pattern `*superuser*` in roles.forbid matches no role of this org.',
    ]);
  });

  test('nothing is said when the role list could not be read', () => {
    expect(warningsOf({ forbid: ['Mastr Admin'] }, null)).toEqual([]);
  });
});
