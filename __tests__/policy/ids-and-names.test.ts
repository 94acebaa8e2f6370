/**
 * Names are chosen by whoever may create OAuth clients or roles; IDs are not. A value shaped like
 * an ID therefore matches IDs only, wherever the policy takes one — never a client or role *named*
 * like it. And a name glob that matches every name is called out (`matchesEveryName`).
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { Role, RoleGrant } from '../../src/model.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { clientKey, RuleMatcher } from '../../src/policy/match.js';
import { compileGlob, isGenesysId, matchesEveryName } from '../../src/policy/patterns.js';
import type { MatchSpec, RoleRules } from '../../src/policy/types.js';
import { makeClient, makeOrg, makePolicy, makeRule, NOW, onlyChecks } from '../helpers/policy-builders.js';

const ID = '0b3c6f2e-52a1-4a77-9c9e-1d2f3a4b5c6d';
const real = makeClient({ id: ID, name: 'Web Messaging Widget' });
const impostor = makeClient({ id: '11111111-2222-4333-8444-555555555555', name: ID.toUpperCase() });

test('isGenesysId: a GUID in any case, nothing else', () => {
  expect(isGenesysId(ID)).toBe(true);
  expect(isGenesysId(ID.toUpperCase())).toBe(true);
  for (const not of ['', 'client-1', `${ID} `, `{${ID}}`, ID.slice(1), ID.replaceAll('-', ''), `${ID}*`])
    expect([not, isGenesysId(not)]).toEqual([not, false]);
});

describe('rules: match.id and exclude.id compare client IDs only', () => {
  test.each<[string, MatchSpec | null, MatchSpec | null, boolean[]]>([
    ['match', { id: [ID.toUpperCase()] }, null, [true, false]],
    ['exclude', null, { id: [ID] }, [false, true]],
  ])('%s.id', (_, match, exclude, expected) => {
    const m = new RuleMatcher(match, exclude);
    expect([real, impostor].map((c) => m.matches(clientKey(c)))).toEqual(expected);
  });
});

describe('roles: a pattern shaped like a role ID compares role IDs only', () => {
  const ADMIN = 'aaaaaaaa-0000-4000-8000-00000000000a';
  const READER = 'bbbbbbbb-0000-4000-8000-00000000000b';
  // An admin role whose name is the ID of the harmless, allowed role.
  const roles: Role[] = [
    { id: ADMIN, name: READER.toUpperCase() },
    { id: READER, name: 'Reader' },
  ];
  const judge = (rules: RoleRules, roleIds: string[]) => {
    const grants: RoleGrant[] = roleIds.map((roleId) => ({ roleId, divisionId: 'home' }));
    const policy = makePolicy({ rules: [makeRule({ id: 'r', roles: rules })], checks: onlyChecks() });
    const client = makeClient({ grantType: 'CLIENT-CREDENTIALS', roles: grants });
    return evaluate(policy, makeOrg([client], roles), NOW).clients[0]!.findings.map((f) => [
      f.check,
      f.subject,
    ]);
  };

  test('allow', () => {
    expect(judge({ allow: [READER] }, [READER])).toEqual([]);
    expect(judge({ allow: [READER] }, [ADMIN])).toEqual([['role-not-allowed', READER.toUpperCase()]]);
  });

  test('require and forbid', () => {
    expect(judge({ require: [READER] }, [ADMIN])).toEqual([['missing-role', READER]]);
    expect(judge({ forbid: [READER] }, [ADMIN])).toEqual([]);
    expect(judge({ forbid: [ADMIN] }, [ADMIN])).toEqual([['role-forbidden', READER.toUpperCase()]]);
  });
});

describe('matchesEveryName', () => {
  test.each([
    '*',
    '**',
    '?*',
    '*?',
    '*{,}*',
    '{*,x}',
    '*|x',
    '@(*)',
    '?(*)',
    '!(Legit App)*',
    '!(a*)',
    '!(*x)',
    '!(?)',
    '[^x]*',
    '[^\\u0061-\\u007a]*',
    '\\S*',
    '*\\u0061*|*',
  ])('%s matches every name', (glob) => {
    expect(matchesEveryName(glob)).toBe(true);
  });

  test.each([
    'x',
    'Legit App',
    // Not a glob (no `*`, `?`, `[…]`, `{…}`): the exact name.
    '!(Legit App)',
    'web*',
    '*-prod',
    '*x*',
    '?',
    '???*',
    '[a-z]*',
    '{a..z}*',
    '[[:alpha:]]*',
    '\\w*',
    '\\u0061*',
    '*()',
    '!(*)',
    '+(??)',
    '*(??)',
    '(*)\\1',
    ID,
  ])('%s does not', (glob) => {
    expect(matchesEveryName(glob)).toBe(false);
  });

  test.each(['+(*)x', '*(*)x', '*?*?*?*?*?x', `{${'*,'.repeat(20)}x}y`, `!(${'a'.repeat(2000)})*`])(
    '%s is not judged: probing it could take long',
    (glob) => {
      expect(matchesEveryName(glob)).toBe(false);
    },
  );

  test('judging any glob is quick, however it backtracks', () => {
    const nasty = fc.constantFrom(
      '*',
      '?',
      'x',
      '+(*)',
      '*(?)',
      '@(*|*)',
      '{*,*}',
      '!(*x)',
      '{?,??}',
      '[^x]',
      '(',
      ')',
    );
    fc.assert(
      fc.property(fc.array(nasty, { minLength: 1, maxLength: 12 }), (pieces) => {
        const g = pieces.join('');
        const start = performance.now();
        try {
          matchesEveryName(g);
        } catch {
          return; // an invalid glob: validation reports it
        }
        expect([g, performance.now() - start < 500]).toEqual([g, true]);
      }),
      { numRuns: 300 },
    );
  });

  // Globs built from pieces whose only characters are wildcards, syntax, and a, b, c, x (no
  // negation `!(…)`: it is not a valid glob).
  const piece = fc.constantFrom(
    '*',
    '?',
    'a',
    'B',
    '{a,*}',
    '{,}',
    '{?,??}',
    '@(?|*)',
    '?(x)',
    '[a-c]',
    '[^b]',
  );
  const glob = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
  // Characters none of the pieces mentions: to any such glob they are all alike.
  const name = fc
    .array(fc.constantFrom(...'kmnpqrstuvwz56789 éж字'), { minLength: 1, maxLength: 300 })
    .map((c) => c.join(''));

  test('a glob said to match every name matches any name of characters it does not mention', () => {
    fc.assert(
      fc.property(glob, fc.array(name, { minLength: 1, maxLength: 5 }), (g, names) => {
        if (!matchesEveryName(g)) return;
        const m = compileGlob(g);
        for (const n of names) expect([g, n, m.test(n)]).toEqual([g, n, true]);
      }),
      { numRuns: 500 },
    );
  });

  test('a glob said not to match every name rejects some name of characters it does not mention', () => {
    fc.assert(
      fc.property(glob, (g) => {
        // Globs with more `*` than this are not judged.
        fc.pre(g.split('*').length - 1 <= 4);
        if (matchesEveryName(g)) return;
        const m = compileGlob(g);
        const rejected = Array.from({ length: 300 }, (_, i) => 'k'.repeat(i + 1)).some((n) => !m.test(n));
        expect([g, rejected]).toEqual([g, true]);
      }),
      { numRuns: 500 },
    );
  });
});
