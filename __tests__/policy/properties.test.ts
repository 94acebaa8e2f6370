import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { evaluate } from '../../src/policy/evaluate.js';
import { clientResult, isViolation } from '../../src/policy/gate.js';
import { isHeld, prepareScopes } from '../../src/policy/scopes.js';
import type { Evaluation, Exemption, MatchSpec, Policy, Rule } from '../../src/policy/types.js';
import { FAIL_ON_VALUES, SEVERITIES } from '../../src/types.js';
import type { OAuthClient, OrgData, Role } from '../../src/model.js';
import { makeClient, makeExemption, makeOrg, makePolicy, makeRule, NOW } from '../helpers/policy-builders.js';

// Arbitraries: org data of any shape the model allows (arbitrary strings everywhere), and policies
// drawn from a small vocabulary so that rules and exemptions actually meet the clients.

const SCOPES = [
  'users',
  'users:readonly',
  'analytics',
  'analytics:readonly',
  'oauth',
  'conversations',
  'upload',
];
const ROLE_IDS = ['r1', 'r2', 'r3', 'R4'];
const NAMES = ['web 1', 'Web Messaging A', 'svc-x', 'Agent desk', 'CRM/sync'];
const GRANTS = ['CODE', 'TOKEN', 'SAML2-BEARER', 'PASSWORD', 'CLIENT-CREDENTIALS'];

const anyString = fc.string({ unit: 'grapheme-composite', maxLength: 20 });
const mixed = (known: string[]) => fc.oneof(fc.constantFrom(...known), anyString);

const clientArb: fc.Arbitrary<OAuthClient> = fc.record({
  id: mixed(['c1', 'c2', 'C3']),
  name: mixed(NAMES),
  description: mixed(['chat widget', '']),
  grantType: mixed([...GRANTS, '', 'client_credentials']),
  state: mixed(['active', 'inactive', 'disabled', '']),
  scopes: fc.array(mixed(SCOPES), { maxLength: 6 }),
  roles: fc.array(
    fc.record({
      roleId: mixed(ROLE_IDS),
      divisionId: fc.oneof(fc.constant('*'), fc.constant(null), anyString),
    }),
    { maxLength: 4 },
  ),
  redirectUris: fc.array(
    mixed([
      'https://a.example.com/cb',
      'http://localhost:3000/',
      'http://x.com/#f',
      'com.example.app:/cb',
      'not a uri',
    ]),
    { maxLength: 3 },
  ),
  tokenLifetimeSeconds: fc.integer({ min: 0, max: 200000 }),
  dateToDelete: fc.option(anyString, { nil: undefined }),
});

const rolesArb: fc.Arbitrary<Role[] | null> = fc.option(
  fc.array(fc.record({ id: mixed(ROLE_IDS), name: mixed(['Master Admin', 'Reader', 'Routing Admin']) }), {
    maxLength: 4,
  }),
  { nil: null },
);

const orgArb: fc.Arbitrary<OrgData> = fc
  .tuple(fc.array(clientArb, { maxLength: 6 }), rolesArb, fc.option(fc.subarray(SCOPES), { nil: null }))
  .map(([clients, roles, scopes]) => makeOrg(clients, roles, scopes));

const some = <T>(arb: fc.Arbitrary<T>) =>
  fc.option(fc.array(arb, { minLength: 1, maxLength: 3 }), { nil: undefined });

const matchArb: fc.Arbitrary<MatchSpec | null> = fc.option(
  fc.record(
    {
      name: some(fc.constantFrom('web*', '*Messaging*', 'svc-?', '/^agent/i', 'CRM/*', 'Agent desk')),
      id: some(fc.constantFrom('c1', 'C2')),
      grantTypes: some(fc.constantFrom(...GRANTS)),
      states: some(fc.constantFrom('active', 'inactive', 'disabled')),
    },
    { requiredKeys: [] },
  ),
  { nil: null },
);

const ruleArb = (i: number): fc.Arbitrary<Rule> =>
  fc
    .record(
      {
        severity: fc.constantFrom(...SEVERITIES),
        match: matchArb,
        exclude: fc.constantFrom<MatchSpec | null>(null, { states: ['disabled'] }),
        grantTypes: some(fc.constantFrom(...GRANTS)),
        scopes: fc.record(
          {
            require: some(fc.constantFrom(...SCOPES)),
            allow: some(fc.constantFrom('*:readonly', 'users', 'conv*', 'upload')),
            forbid: some(fc.constantFrom('oauth', 'users:readonly', '*:readonly', 'analytics')),
            max: fc.integer({ min: 0, max: 4 }),
          },
          { requiredKeys: [] },
        ),
        roles: fc.record(
          {
            require: some(fc.constantFrom('Reader', 'r2')),
            allow: some(fc.constantFrom('Reader', '*admin*')),
            forbid: some(fc.constantFrom('Master Admin', '*admin*', 'r3')),
            allowAllDivisions: fc.boolean(),
            max: fc.integer({ min: 0, max: 3 }),
          },
          { requiredKeys: [] },
        ),
        redirectUris: fc.option(
          fc.record({
            allowHosts: fc.array(fc.constantFrom('*.example.com', 'localhost'), { maxLength: 2 }),
          }),
          {
            nil: undefined,
          },
        ),
        maxTokenLifetime: fc.option(fc.integer({ min: 60, max: 100000 }), { nil: undefined }),
      },
      { requiredKeys: ['severity', 'match', 'exclude'] },
    )
    .map((r) => makeRule({ ...r, id: `rule-${i}`, position: { line: 10 + i, col: 5 } }));

const exemptionArb: fc.Arbitrary<Exemption> = fc
  .record(
    {
      client: fc.constantFrom('c1', 'C2', 'web*', '*', 'nobody'),
      rule: fc.constantFrom('rule-0', 'rule-1', 'unmatched-client', 'implicit-grant'),
      check: fc.constantFrom(
        'scope-forbidden',
        'unmatched-client',
        'role-forbidden',
        'insecure-redirect-uri',
      ),
      subject: fc.constantFrom('users', 'oauth', '', 'TOKEN'),
      expires: fc.constantFrom('2026-11-15', '2026-11-14', '2030-01-01', '2020-02-29'),
    },
    { requiredKeys: ['client', 'expires'] },
  )
  .map((e) => makeExemption(e));

const policyArb: fc.Arbitrary<Policy> = fc
  .tuple(
    fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ruleArb(i)))),
    fc.array(exemptionArb, { maxLength: 3 }),
  )
  .map(([rules, exemptions]) => makePolicy({ rules, exemptions }));

const violations = (ev: Evaluation, failOn: (typeof FAIL_ON_VALUES)[number]) =>
  ev.clients.flatMap((c) =>
    c.findings
      .filter((f) => isViolation(f, failOn))
      .map((f) => `${c.clientId}|${f.rule}|${f.check}|${f.subject}`),
  );

describe('evaluation properties', () => {
  test('never throws on arbitrary client records', () => {
    fc.assert(
      fc.property(policyArb, orgArb, (policy, org) => {
        evaluate(policy, org, NOW);
      }),
      { numRuns: 500 },
    );
  });

  test('is deterministic, and a client is judged the same wherever it stands in the org', () => {
    fc.assert(
      fc.property(policyArb, orgArb, (policy, org) => {
        const a = evaluate(policy, org, NOW);
        expect(evaluate(policy, org, NOW)).toEqual(a);
        const reversed = evaluate(policy, { ...org, clients: [...org.clients].reverse() }, NOW);
        expect([...reversed.clients].reverse()).toEqual(a.clients);
      }),
      { numRuns: 300 },
    );
  });

  test('adding an exemption never adds a violation to any client', () => {
    fc.assert(
      fc.property(
        policyArb,
        orgArb,
        exemptionArb,
        fc.constantFrom(...FAIL_ON_VALUES),
        (policy, org, extra, failOn) => {
          const before = new Set(violations(evaluate(policy, org, NOW), failOn));
          const after = violations(
            evaluate({ ...policy, exemptions: [...policy.exemptions, extra] }, org, NOW),
            failOn,
          );
          for (const v of after) expect(before.has(v)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('raising fail-on toward never never turns a pass into a fail', () => {
    fc.assert(
      fc.property(policyArb, orgArb, (policy, org) => {
        const ev = evaluate(policy, org, NOW);
        // info, low, …, critical, never: each step raises the bar.
        const thresholds = [...[...SEVERITIES].reverse(), 'never' as const];
        for (const c of ev.clients) {
          let passed = false;
          for (const t of thresholds) {
            const r = clientResult(c.findings, t);
            if (passed) expect(r).toBe('pass');
            if (r === 'pass') passed = true;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('scope algebra properties', () => {
  const domain = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);

  test('X held ⇒ X:readonly held', () => {
    fc.assert(
      fc.property(domain, fc.array(fc.constantFrom(...SCOPES)), (x, others) => {
        expect(isHeld(prepareScopes([...others, x]), `${x}:readonly`)).toBe(true);
        const policy = makePolicy({ rules: [makeRule({ scopes: { require: [`${x}:readonly`] } })] });
        const ev = evaluate(policy, makeOrg([makeClient({ scopes: [x] })]), NOW);
        expect(ev.clients[0]!.findings.filter((f) => f.check === 'missing-scope')).toEqual([]);
      }),
    );
  });

  test('forbid X:readonly flags X; forbid X does not flag X:readonly', () => {
    fc.assert(
      fc.property(domain, (x) => {
        const judge = (forbid: string, granted: string) =>
          evaluate(
            makePolicy({ rules: [makeRule({ scopes: { forbid: [forbid] } })] }),
            makeOrg([makeClient({ scopes: [granted] })]),
            NOW,
          )
            .clients[0]!.findings.filter((f) => f.check === 'scope-forbidden')
            .map((f) => f.subject);
        expect(judge(`${x}:readonly`, x)).toEqual([x]);
        expect(judge(x, `${x}:readonly`)).toEqual([]);
      }),
    );
  });
});
