import { describe, expect, test } from '@jest/globals';
import { clientKey, RuleMatcher } from '../../src/policy/match.js';
import { PatternSet } from '../../src/policy/pattern-set.js';
import { compileGlob, compilePattern, PatternError } from '../../src/policy/patterns.js';
import type { MatchSpec } from '../../src/policy/types.js';
import { makeClient } from '../helpers/policy-builders.js';

const web = makeClient({
  id: '0B3C6F2E-52A1-4A77-9C9E-1D2F3A4B5C6D',
  name: 'Web Messaging Widget',
  description: 'Customer-facing chat',
  grantType: 'CODE',
  state: 'active',
});

function fits(match: MatchSpec | null, exclude: MatchSpec | null = null, client = web): boolean {
  return new RuleMatcher(match, exclude).matches(clientKey(client));
}

describe('match', () => {
  test.each<[string, MatchSpec | null, boolean]>([
    ['missing match matches all', null, true],
    ['empty match matches all', {}, true],
    ['name glob, case-insensitive', { name: ['web messaging *'] }, true],
    ['name: any item (OR)', { name: ['nope', 'Web*'] }, true],
    ['name: none', { name: ['webchat-*'] }, false],
    ['name exact is case-insensitive and whole', { name: ['web messaging widget'] }, true],
    ['name exact does not match a prefix', { name: ['web messaging'] }, false],
    ['name ? and []', { name: ['We? [LM]essaging*'] }, true],
    ['name braces', { name: ['{Web,App} Messaging *'] }, true],
    ['name regex', { name: ['/^web\\s+messaging/i'] }, true],
    ['name regex is case-sensitive without i', { name: ['/^web/'] }, false],
    ['description glob', { description: ['*chat'] }, true],
    ['id exact, case-insensitive', { id: ['0b3c6f2e-52a1-4a77-9c9e-1d2f3a4b5c6d'] }, true],
    ['id is not a glob', { id: ['0b3c6f2e-*'] }, false],
    ['grant type', { grantTypes: ['CODE', 'TOKEN'] }, true],
    ['grant type other', { grantTypes: ['CLIENT-CREDENTIALS'] }, false],
    ['states', { states: ['active'] }, true],
    ['states other', { states: ['inactive', 'disabled'] }, false],
    ['keys AND: all hold', { name: ['Web*'], grantTypes: ['CODE'], states: ['active'] }, true],
    ['keys AND: one fails', { name: ['Web*'], grantTypes: ['TOKEN'] }, false],
    ['an empty list holds for nothing', { name: [] }, false],
  ])('%s', (_, match, expected) => {
    expect(fits(match)).toBe(expected);
  });

  test('a name with slashes is matched as text, not a path', () => {
    const c = makeClient({ name: 'CX / Genesys / sync' });
    expect(fits({ name: ['CX*sync'] }, null, c)).toBe(true);
    expect(fits({ name: ['cx / genesys / sync'] }, null, c)).toBe(true);
  });

  test('grant types compare in API spelling', () => {
    const cc = makeClient({ grantType: 'CLIENT-CREDENTIALS' });
    expect(fits({ grantTypes: ['CLIENT-CREDENTIALS'] }, null, cc)).toBe(true);
    expect(fits({ grantTypes: ['CLIENT_CREDENTIALS'] }, null, cc)).toBe(true);
    expect(fits({ grantTypes: ['SAML2-BEARER'] }, null, makeClient({ grantType: 'SAML2BEARER' }))).toBe(true);
  });

  test('unknown grant types and states never crash', () => {
    const odd = makeClient({ grantType: 'DEVICE-CODE', state: 'Pending', name: '', description: '' });
    expect(fits({ grantTypes: ['CODE'] }, null, odd)).toBe(false);
    expect(fits({ states: ['pending'] }, null, odd)).toBe(true);
    expect(fits({ name: ['*'] }, null, odd)).toBe(false);
  });
});

describe('exclude', () => {
  test.each<[string, MatchSpec | null, MatchSpec | null, boolean]>([
    ['exclude removes a matched client', { grantTypes: ['CODE'] }, { id: [web.id.toLowerCase()] }, false],
    ['exclude that does not fit keeps it', { grantTypes: ['CODE'] }, { name: ['Other*'] }, true],
    ['exclude keys AND', null, { name: ['Web*'], states: ['inactive'] }, true],
    ['exclude without match', null, { name: ['Web*'] }, false],
  ])('%s', (_, match, exclude, expected) => {
    expect(fits(match, exclude)).toBe(expected);
  });
});

describe('PatternSet', () => {
  test('first() names the matching pattern as written', () => {
    const set = new PatternSet(['Users', 'an*'], false);
    expect(set.first('users')).toBe('Users');
    expect(set.first('analytics')).toBe('an*');
    expect(set.first('oauth')).toBeNull();
  });
});

describe('globs on an empty value', () => {
  test('never match, even a brace with an empty alternative', () => {
    for (const glob of ['*', '{a,}', '?(a)', '*(x)']) expect(compileGlob(glob).test('')).toBe(false);
    expect(compileGlob('{a,}').test('A')).toBe(true);
  });
});

describe('long names are judged like short ones', () => {
  const long = (prefix: string) => `${prefix}${'x'.repeat(3_000)}`;

  test('a /regex/ matches a name of any length', () => {
    // One quantifier or none: V8's engine on short text, RE2 past that; more: RE2 always.
    for (const pattern of ['/^evil/', '/^evil x+/i', '/^e(v|w)il.*x$/']) {
      expect([pattern, compilePattern(pattern).test(long('evil '))]).toEqual([pattern, true]);
      expect([pattern, compilePattern(pattern).test(long('good '))]).toEqual([pattern, false]);
    }
  });

  test('a /regex/ means the same on a short name as on a long one (RE2 syntax: `\\s` is ASCII)', () => {
    const re = compilePattern('/^evil\\sx/');
    for (const name of ['evil\u00a0x', long('evil\u00a0x')]) expect(re.test(name)).toBe(false);
    for (const name of ['evil x', long('evil x')]) expect(re.test(name)).toBe(true);
  });

  test('match cannot be escaped, nor exclude entered or left, by a long name', () => {
    const evil = makeClient({ name: long('evil ') });
    expect(fits({ name: ['/^evil/'] }, null, evil)).toBe(true);
    expect(fits({ name: ['/^evil/'] }, { name: ['/x{999}$/'] }, evil)).toBe(false);
    expect(fits({ name: ['/^evil/'] }, { name: ['/^good/'] }, evil)).toBe(true);
    expect(fits(null, { description: ['/^legacy/'] }, makeClient({ description: long('now ') }))).toBe(true);
    expect(fits(null, { description: ['/^legacy/'] }, makeClient({ description: long('legacy ') }))).toBe(
      false,
    );
  });

  test('a glob with several wildcards runs in linear time on a long name', () => {
    const glob = compileGlob('*a*a*a*a*a*b');
    for (const n of [100, 100_000]) {
      const start = performance.now();
      expect(glob.test('a'.repeat(n))).toBe(false);
      expect(performance.now() - start).toBeLessThan(1_000);
    }
    expect(glob.test(`${'a'.repeat(100_000)}b`)).toBe(true);
  });
});

describe('globs see names, not paths', () => {
  test.each([
    ['*', '.'],
    ['*', '..'],
    ['*admin*', '\nMaster Admin'],
    ['*admin*', '\u2028admin'],
    ['*-prod', '\r-prod'],
    ['**', 'a\nb'],
    ['*', 'a/b'],
    ['Caf\u00e9 *', 'CAF\u00c9 1'],
    ['*\u00e9*', '\u00e9'],
    ['team/*', 'Team/x'],
  ])('%j matches %j', (glob, name) => {
    expect(compileGlob(glob).test(name)).toBe(true);
  });

  test('a negated extglob is refused: it cannot run in linear time', () => {
    expect(() => compileGlob('!(test)*')).toThrow(PatternError);
    expect(() => compileGlob('a!(b)*')).toThrow(/negation `!\(…\)`.*exclude/);
  });
});
