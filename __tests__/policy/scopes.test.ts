import { describe, expect, test } from '@jest/globals';
import type { Draft } from '../../src/policy/draft.js';
import {
  checkScopes,
  compileScopeRules,
  forbiddenBy,
  holds,
  isAllowed,
  isHeld,
  prepareScopes,
  writeTwinOf,
} from '../../src/policy/scopes.js';
import type { ScopeRules } from '../../src/policy/types.js';

function run(rules: ScopeRules, granted: string[]): Array<[string, string]> {
  const out: Draft[] = [];
  checkScopes(compileScopeRules(rules), prepareScopes(granted), 'r', out);
  return out.map((d) => [d.check, d.subject]);
}

describe('holds(G, S)', () => {
  test.each([
    ['users', 'users', true],
    ['users', 'users:readonly', true],
    ['users:readonly', 'users:readonly', true],
    ['users:readonly', 'users', false],
    ['users', 'user', false],
    ['analytics', 'users:readonly', false],
    ['USERS', 'users:readonly', true],
    ['', ':readonly', false],
    ['upload', 'upload', true],
  ])('holds(%p, %p) = %p', (g, s, expected) => {
    expect(holds(g, s)).toBe(expected);
  });

  test('writeTwinOf', () => {
    expect(writeTwinOf('users:readonly')).toBe('users');
    expect(writeTwinOf('users')).toBeNull();
    expect(writeTwinOf(':readonly')).toBeNull();
  });

  test('isHeld over a client', () => {
    const g = prepareScopes(['users', 'audits:readonly']);
    expect(isHeld(g, 'users:readonly')).toBe(true);
    expect(isHeld(g, 'audits:readonly')).toBe(true);
    expect(isHeld(g, 'audits')).toBe(false);
  });
});

describe('require → missing-scope', () => {
  test.each([
    [['conversations'], ['conversations'], []],
    [['conversations'], [], [['missing-scope', 'conversations']]],
    [['users:readonly'], ['users'], []],
    [['users'], ['users:readonly'], [['missing-scope', 'users']]],
    [['a', 'b'], ['b'], [['missing-scope', 'a']]],
  ])('require %j, granted %j', (require, granted, expected) => {
    expect(run({ require }, granted)).toEqual(expected);
  });
});

describe('allow → scope-not-allowed', () => {
  test.each<[string[], string[], string[], string[]]>([
    // allow, require, granted, not allowed
    [['conversations'], [], ['conversations', 'users'], ['users']],
    [['*:readonly'], [], ['users:readonly', 'users'], ['users']],
    // G = X:readonly is allowed when P matches X
    [['users'], [], ['users:readonly'], []],
    [['analytics*'], [], ['analytics:readonly', 'analytics'], []],
    // required scopes count as allowed
    [['conversations'], ['users:readonly'], ['users:readonly'], []],
    [['conversations'], ['users'], ['users:readonly', 'users'], []],
    // requiring read access does not allow write access
    [['conversations'], ['users:readonly'], ['users'], ['users']],
    // case-insensitive globs
    [['USERS'], [], ['users'], []],
    [['*'], [], ['anything', 'x:readonly'], []],
    [[], [], ['users'], ['users']],
  ])('allow %j, require %j, granted %j', (allow, require, granted, expected) => {
    const got = run({ allow, require }, granted).filter(([c]) => c === 'scope-not-allowed');
    expect(got.map(([, s]) => s)).toEqual(expected);
  });

  test('no allowlist: everything is allowed', () => {
    expect(run({ forbid: [] }, ['users', 'oauth'])).toEqual([]);
    expect(isAllowed(compileScopeRules({}), 'oauth', null)).toBe(true);
  });
});

describe('forbid → scope-forbidden', () => {
  test.each<[string[], string[], string[]]>([
    [['users'], ['users'], ['users']],
    // forbidding write access does not forbid read access
    [['users'], ['users:readonly'], []],
    // forbidding read access forbids write access too
    [['users:readonly'], ['users'], ['users']],
    [['users:readonly'], ['users:readonly'], ['users:readonly']],
    [['*:readonly'], ['users', 'analytics:readonly'], ['analytics:readonly', 'users']],
    [['oauth', 'authorization'], ['oauth:readonly', 'authorization', 'users'], ['authorization']],
    [['user*'], ['users', 'user-basic-info', 'usage'], ['user-basic-info', 'users']],
    [['OAUTH'], ['oauth'], ['oauth']],
  ])('forbid %j, granted %j', (forbid, granted, expected) => {
    const got = run({ forbid }, granted).filter(([c]) => c === 'scope-forbidden');
    expect(got.map(([, s]) => s).sort()).toEqual(expected);
  });

  test('forbiddenBy tells how', () => {
    const r = compileScopeRules({ forbid: ['users:readonly'] });
    expect(forbiddenBy(r, 'users', null)).toEqual({ pattern: 'users:readonly', viaReadonly: true });
    expect(forbiddenBy(r, 'users:readonly', 'users')).toEqual({
      pattern: 'users:readonly',
      viaReadonly: false,
    });
    expect(forbiddenBy(compileScopeRules({ forbid: ['users'] }), 'users:readonly', 'users')).toBeNull();
  });

  test('the message names the scope and the rule', () => {
    const out: Draft[] = [];
    checkScopes(compileScopeRules({ forbid: ['users'] }), prepareScopes(['users']), 'web-messaging', out);
    expect(out[0]!.message).toBe('Grants scope `users`, which rule web-messaging forbids.');
  });
});

describe('max → too-many-scopes', () => {
  test.each([
    [2, ['a', 'b'], false],
    [2, ['a', 'b', 'c'], true],
    [0, ['a'], true],
    [0, [], false],
    // duplicates are one scope
    [1, ['a', 'A', 'a'], false],
  ])('max %p with %j → %p', (max, granted, flagged) => {
    expect(run({ max }, granted)).toEqual(flagged ? [['too-many-scopes', '']] : []);
  });
});

test('several rules at once', () => {
  expect(
    run({ require: ['conversations'], allow: ['conversations', '*:readonly'], forbid: ['users'], max: 2 }, [
      'users',
      'analytics:readonly',
      'oauth',
    ]),
  ).toEqual([
    ['missing-scope', 'conversations'],
    ['scope-not-allowed', 'users'],
    ['scope-forbidden', 'users'],
    ['scope-not-allowed', 'oauth'],
    ['too-many-scopes', ''],
  ]);
});
