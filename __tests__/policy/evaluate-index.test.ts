import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { GRANT_TYPES, type OAuthClient, type OrgData } from '../../src/model.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { normaliseGrantType } from '../../src/grant-types.js';
import { clientKey, RuleIndex, RuleMatcher } from '../../src/policy/match.js';
import { PatternSet, regexLiterals } from '../../src/policy/pattern-set.js';
import { compilePattern } from '../../src/policy/patterns.js';
import type { MatchSpec, Policy, Rule, RoleRules, ScopeRules } from '../../src/policy/types.js';
import { makeClient, makeOrg, makePolicy, makeRule, NOW } from '../helpers/policy-builders.js';

// Name patterns of every kind the index treats differently: exact names (short, empty, non-ASCII),
// globs with and without a literal prefix, braces, and regular expressions with and without
// anchors, with `i`, alternations, escapes, quantifiers, and the letters that fold beyond ASCII.
const NAME_PATTERNS = [
  'Agent App *3',
  'agent app *',
  'Agent*',
  'A?ent*',
  '*App*',
  '[Aa]gent*',
  '{Agent,CRM} App *',
  'web',
  'Web Messaging 1',
  '',
  'x',
  'ſuper',
  'Straße*',
  'Supervisor App *1',
  'kiosk-*',
  '/^Agent App.*3$/i',
  '/^Agent App.*3$/',
  '/^Supervisor/i',
  '/^kiosk/i',
  '/^ab?c/',
  '/^Web|CRM/i',
  '/App \\d3$/',
  '/\\x41gent/',
  '/3$/',
  '/^$/',
  '/^agent app [0-9]+$/',
  '/messaging/i',
  '/(?i)ask$/',
  '/(?m)abc$/',
  '/^ab(?i)c/',
];

const NAMES = [
  'Agent App 000123',
  'agent app 7',
  'AGENT APP 3',
  'Agent',
  'CRM App 9',
  'Web Messaging 1',
  'web',
  'WEB',
  'X',
  '',
  'ſuper',
  'Super',
  'ſupervisor App 1',
  'Supervisor App 21',
  '\u212Aiosk-1',
  'kiosk-2',
  'KIOSK-3',
  'STRASSE 1',
  'Straße 1',
  'İntegration',
  'ac',
  'abbc',
  'App 03',
  'AgentApp/3',
  'aſk',
  'ASK',
  'xabc\ny',
  'abC',
];

const anyString = fc.string({ unit: 'grapheme-composite', maxLength: 16 });
const nameArb = fc.oneof(fc.constantFrom(...NAMES), anyString);
const some = <T>(arb: fc.Arbitrary<T>) =>
  fc.option(fc.array(arb, { minLength: 1, maxLength: 3 }), { nil: undefined });

const matchArb: fc.Arbitrary<MatchSpec | null> = fc.option(
  fc.record(
    {
      name: some(fc.constantFrom(...NAME_PATTERNS)),
      grantTypes: some(fc.constantFrom(...GRANT_TYPES)),
      states: some(fc.constantFrom('active', 'inactive')),
    },
    { requiredKeys: [] },
  ),
  { nil: null },
);

const clientArb: fc.Arbitrary<OAuthClient> = fc
  .record({
    name: nameArb,
    grantType: fc.constantFrom(...GRANT_TYPES, 'client_credentials', 'odd', ''),
    state: fc.constantFrom('active', 'inactive', 'Disabled', ''),
  })
  .map((c) => makeClient(c));

describe('RuleIndex', () => {
  test('lists, in ascending order, every rule a client matches', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(matchArb, fc.option(matchArb, { nil: null })), { maxLength: 12 }),
        fc.array(clientArb, { minLength: 1, maxLength: 20 }),
        (specs, clients) => {
          const matchers = specs.map(([m, x]) => new RuleMatcher(m, x));
          const index = new RuleIndex(matchers);
          // Twice: the second pass reads the remembered lists.
          for (const client of [...clients, ...clients]) {
            const k = clientKey(client);
            const candidates = index.candidates(k);
            for (let i = 1; i < candidates.length; i++)
              expect(candidates[i]).toBeGreaterThan(candidates[i - 1]!);
            const matching = matchers.flatMap((m, i) => (m.matches(k) ? [i] : []));
            for (const i of matching) expect(candidates).toContain(i);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('skips rules whose names cannot match', () => {
    const index = new RuleIndex([
      new RuleMatcher({ name: ['Agent App *3'] }, null),
      new RuleMatcher({ name: ['/^CRM App.*$/i'] }, null),
      new RuleMatcher({ name: ['/messaging/i'] }, null),
      new RuleMatcher({ name: ['Web'] }, null),
    ]);
    const of = (name: string) => index.candidates(clientKey(makeClient({ name })));
    expect(of('Agent App 13')).toEqual([0, 2]);
    expect(of('crm app 1')).toEqual([1, 2]);
    expect(of('WEB')).toEqual([2, 3]);
    expect(of('Reporting')).toEqual([2]);
  });

  test('skips rules whose names cannot end as the client name does', () => {
    const index = new RuleIndex([
      new RuleMatcher({ name: ['*-prod', '*-PROD-EU'] }, null),
      new RuleMatcher({ name: ['/App.*3$/i', 'Kiosk'] }, null),
      new RuleMatcher({ name: ['*prod*'] }, null),
      new RuleMatcher({ name: [''] }, null),
    ]);
    const of = (name: string) => index.candidates(clientKey(makeClient({ name })));
    expect(of('billing-prod')).toEqual([0, 2]);
    expect(of('Billing-Prod-eu')).toEqual([0, 2]);
    expect(of('Agent App 13')).toEqual([1, 2]);
    expect(of('KIOSK')).toEqual([1, 2]);
    expect(of('prod-x')).toEqual([2]);
    expect(of('')).toEqual([2, 3]);
  });
});

test('PatternSet.endings: the last characters of exact names and literal suffixes, or null', () => {
  expect(new PatternSet(['Web', '*-Prod', '/^a.*X$/i'], true).endings()?.sort()).toEqual(['b', 'd', 'x']);
  expect(new PatternSet(['Web', '*prod*'], true).endings()).toBeNull();
  expect(new PatternSet(['/prod/'], true).endings()).toBeNull();
  expect(new PatternSet([], true).endings()).toBeNull();
});

describe('regexLiterals', () => {
  test.each<[string, { prefix: string; suffix: string } | null]>([
    ['/^Agent App.*3$/i', { prefix: 'agent app', suffix: '3' }],
    ['/^Web Messaging/i', { prefix: 'web me', suffix: '' }],
    ['/^Web Messaging/', { prefix: 'web messaging', suffix: '' }],
    ['/^ab?c/', { prefix: 'a', suffix: '' }],
    ['/^ab{2}c$/', { prefix: 'a', suffix: 'c' }],
    ['/App \\d3$/', null],
    ['/^x\\d/', { prefix: 'x', suffix: '' }],
    ['/^Web|CRM/', null],
    ['/messaging/i', null],
    ['/(?i)ask$/', null],
    ['/(?m)abc$/', null],
    ['/^ab(?i)c/', { prefix: 'ab', suffix: '' }],
    ['/^Supervisor/i', null],
    ['not a regex', null],
  ])('%s', (pattern, expected) => {
    const lits = regexLiterals(pattern);
    expect(lits === null ? null : { prefix: lits.prefix, suffix: lits.suffix }).toEqual(expected);
  });

  test('every match starts and ends with the literals, lower-cased', () => {
    const regexes = NAME_PATTERNS.filter((p) => p.startsWith('/'));
    fc.assert(
      fc.property(fc.constantFrom(...regexes), nameArb, (pattern, name) => {
        const lits = regexLiterals(pattern);
        if (lits === null || !compilePattern(pattern).test(name)) return;
        expect(name.toLowerCase().startsWith(lits.prefix)).toBe(true);
        expect(name.toLowerCase().endsWith(lits.suffix)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('quick rejection never changes what a pattern set matches', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAME_PATTERNS), nameArb, (pattern, name) => {
        const set = new PatternSet([pattern], true);
        expect(set.test(name, name.toLowerCase())).toBe(compilePattern(pattern).test(name));
      }),
      { numRuns: 2000 },
    );
  });
});

test('API grant type spellings normalise to themselves', () => {
  for (const g of GRANT_TYPES) expect(normaliseGrantType(g)).toBe(g);
});

// Whole evaluations: the rules each client is listed under are exactly those whose matcher says
// so, and a client evaluated after many others (remembered candidates and verdicts) is judged as
// it is alone.

const ruleArb = (i: number): fc.Arbitrary<Rule> =>
  fc
    .record({
      match: matchArb,
      exclude: fc.constantFrom<MatchSpec | null>(null, { states: ['inactive'] }, { name: ['*3'] }),
      scopes: fc.constantFrom<ScopeRules | undefined>(undefined, {
        allow: ['*:readonly', 'users'],
        forbid: ['oauth'],
        max: 2,
      }),
      roles: fc.constantFrom<RoleRules | undefined>(undefined, {
        forbid: ['*admin*'],
        allowAllDivisions: false,
      }),
      redirectUris: fc.constantFrom<Rule['redirectUris']>(undefined, {
        allowHosts: ['*.example.com', 'localhost'],
      }),
    })
    .map((r) => makeRule({ ...r, id: `rule-${i}`, position: { line: 10 + i, col: 5 } }));

const policyArb: fc.Arbitrary<Policy> = fc
  .integer({ min: 0, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ruleArb(i))))
  .map((rules) => makePolicy({ rules }));

const fullClientArb: fc.Arbitrary<OAuthClient> = fc
  .record({
    name: nameArb,
    grantType: fc.constantFrom(...GRANT_TYPES, 'client_credentials'),
    state: fc.constantFrom('active', 'inactive'),
    scopes: fc.array(fc.constantFrom('users', 'users:readonly', 'oauth', 'Analytics:readonly'), {
      maxLength: 4,
    }),
    roles: fc.array(
      fc.record({ roleId: fc.constantFrom('r1', 'R1', 'r2', 'r3'), divisionId: fc.constantFrom('*', 'd1') }),
      { maxLength: 3 },
    ),
    redirectUris: fc.array(
      fc.constantFrom(
        'https://a.example.com/cb',
        'https://A.Example.com/x',
        'http://localhost/',
        'https://evil.test/',
      ),
      { maxLength: 2 },
    ),
  })
  .map((c) => makeClient(c));

const orgArb: fc.Arbitrary<OrgData> = fc.array(fullClientArb, { maxLength: 12 }).map((clients) =>
  makeOrg(
    clients,
    [
      { id: 'r1', name: 'Routing Admin' },
      { id: 'r2', name: 'Reader' },
    ],
    null,
  ),
);

describe('evaluate with the index', () => {
  test('lists each client under exactly the rules that match it, in policy order', () => {
    fc.assert(
      fc.property(policyArb, orgArb, (policy, org) => {
        const matchers = policy.rules.map((r) => new RuleMatcher(r.match, r.exclude));
        const ev = evaluate(policy, org, NOW);
        ev.clients.forEach((c, i) => {
          const k = clientKey(org.clients[i]!);
          expect(c.rules).toEqual(policy.rules.filter((_, j) => matchers[j]!.matches(k)).map((r) => r.id));
        });
      }),
      { numRuns: 300 },
    );
  });

  test('judges each client as it would alone', () => {
    fc.assert(
      fc.property(policyArb, orgArb, (policy, org) => {
        const together = evaluate(policy, org, NOW).clients;
        org.clients.forEach((client, i) => {
          expect(evaluate(policy, makeOrg([client], org.roles, null), NOW).clients[0]).toEqual(together[i]);
        });
      }),
      { numRuns: 200 },
    );
  });
});
