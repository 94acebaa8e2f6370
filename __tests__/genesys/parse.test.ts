import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { IncompleteError } from '../../src/errors.js';
import {
  MalformedResponseError,
  normaliseState,
  parseClient,
  parsePage,
  parseScopes,
} from '../../src/genesys/parse.js';
import { normaliseGrantType } from '../../src/policy/grant-types.js';

const ctx = { source: 'GET /api/v2/oauth/clients', index: 0 };

describe('grant types and states', () => {
  test.each([
    ['CODE', 'CODE'],
    ['code', 'CODE'],
    ['TOKEN', 'TOKEN'],
    ['PASSWORD', 'PASSWORD'],
    ['CLIENT-CREDENTIALS', 'CLIENT-CREDENTIALS'],
    ['CLIENT_CREDENTIALS', 'CLIENT-CREDENTIALS'],
    ['client_credentials', 'CLIENT-CREDENTIALS'],
    ['ClientCredentials', 'CLIENT-CREDENTIALS'],
    ['SAML2BEARER', 'SAML2-BEARER'],
    ['SAML2_BEARER', 'SAML2-BEARER'],
    ['saml2-bearer', 'SAML2-BEARER'],
    [' CODE ', 'CODE'],
  ])('%j → %s', (raw, expected) => {
    expect(normaliseGrantType(raw)).toBe(expected);
  });

  test('unknown grant types and states are kept verbatim', () => {
    expect(normaliseGrantType('device_code')).toBe('device_code');
    expect(normaliseGrantType('PKCE')).toBe('PKCE');
    // A look-alike stays itself: never the grant type it imitates.
    expect(parseClient({ id: 'c1', authorizedGrantType: 'PASS\u200bWORD' }, ctx).grantType).toBe(
      'PASS\u200bWORD',
    );
    expect(normaliseGrantType('cl\u0131ent_credentials')).toBe('cl\u0131ent_credentials');
    expect(normaliseState('ACTIVE')).toBe('active');
    expect(normaliseState('Disabled')).toBe('disabled');
    expect(normaliseState('deleted')).toBe('deleted');
    expect(normaliseState('Pending')).toBe('Pending');
  });
});

describe('parseClient', () => {
  const wire = {
    id: 'c1',
    name: 'Integration',
    description: 'desc',
    authorizedGrantType: 'CLIENT_CREDENTIALS',
    state: 'active',
    secret: 'hunter2-secret',
    scope: ['users:readonly', 'users:readonly', 'analytics'],
    registeredRedirectUri: ['https://a.example.com/cb'],
    roleDivisions: [
      { roleId: 'r1', divisionId: '*' },
      { roleId: 'r1', divisionId: '*' },
      { roleId: 'r2', divisionId: 'd1' },
    ],
    roleIds: ['r1', 'r3', 'r3'],
    accessTokenValiditySeconds: 3600,
    dateCreated: '2024-01-01T00:00:00Z',
    dateModified: '2024-02-01T00:00:00Z',
    createdBy: { id: 'u1', selfUri: '/x' },
    selfUri: '/api/v2/oauth/clients/c1',
  };

  test('normalises a full client and drops the secret', () => {
    const c = parseClient(wire, ctx);
    expect(c).toEqual({
      id: 'c1',
      name: 'Integration',
      description: 'desc',
      grantType: 'CLIENT-CREDENTIALS',
      state: 'active',
      scopes: ['users:readonly', 'analytics'],
      roles: [
        { roleId: 'r1', divisionId: '*' },
        { roleId: 'r2', divisionId: 'd1' },
        { roleId: 'r3', divisionId: null },
      ],
      redirectUris: ['https://a.example.com/cb'],
      tokenLifetimeSeconds: 3600,
      dateCreated: '2024-01-01T00:00:00Z',
      dateModified: '2024-02-01T00:00:00Z',
    });
    expect(JSON.stringify(c)).not.toContain('hunter2');
  });

  test('defaults for a minimal client', () => {
    expect(parseClient({ id: 'x' }, ctx)).toEqual({
      id: 'x',
      name: '',
      description: '',
      grantType: '',
      state: '',
      scopes: [],
      roles: [],
      redirectUris: [],
      tokenLifetimeSeconds: 86400,
    });
  });

  test('harmless type slips are tolerated', () => {
    const c = parseClient(
      {
        id: 'x',
        name: 42,
        description: null,
        accessTokenValiditySeconds: '600',
        scope: 'users',
        dateCreated: 5,
      },
      ctx,
    );
    expect(c.name).toBe('42');
    expect(c.description).toBe('');
    expect(c.tokenLifetimeSeconds).toBe(600);
    expect(c.scopes).toEqual(['users']);
    expect(c.dateCreated).toBeUndefined();
  });

  test.each([
    [null, /item 0 is not an object/],
    ['c1', /not an object/],
    [[{ id: 'x' }], /not an object/],
    [{}, /has no `id`/],
    [{ id: '' }, /has no `id`/],
    [{ id: 7 }, /has no `id`/],
    [{ id: 'x', scope: { a: 1 } }, /`scope` that is not a list/],
    [{ id: 'x', scope: [1] }, /`scope` entry that is not a string/],
    [{ id: 'x', roleDivisions: [{ divisionId: '*' }] }, /without roleId/],
    [{ id: 'x', roleDivisions: 'r1' }, /not a list/],
    [{ id: 'x', roleIds: [{}] }, /roleIds/],
    [{ id: 'x', authorizedGrantType: ['CODE'] }, /authorizedGrantType/],
    [{ id: 'x', state: 1 }, /state/],
    [{ id: 'x', accessTokenValiditySeconds: 'long' }, /accessTokenValiditySeconds/],
    [{ id: 'x', accessTokenValiditySeconds: -1 }, /accessTokenValiditySeconds/],
    [{ id: 'x', registeredRedirectUri: [null, 3] }, /registeredRedirectUri/],
  ])('garbled %j → malformed response', (raw, why) => {
    expect(() => parseClient(raw, ctx)).toThrow(MalformedResponseError);
    expect(() => parseClient(raw, ctx)).toThrow(why);
  });

  test('long lists are deduplicated in linear time, keeping the first of each', () => {
    // Quadratic deduplication would take minutes here (and a hostile 64 MiB listing far longer).
    const n = 200_000;
    const scopes = Array.from({ length: 2 * n }, (_, i) => `scope-${i % n}`);
    const roleDivisions = Array.from({ length: 2 * n }, (_, i) => ({ roleId: `r${i % n}`, divisionId: 'd' }));
    const c = parseClient({ id: 'big', scope: scopes, roleDivisions, roleIds: ['r1', 'extra'] }, ctx);
    expect(c.scopes).toHaveLength(n);
    expect(c.scopes.slice(0, 2)).toEqual(['scope-0', 'scope-1']);
    expect(c.roles).toHaveLength(n + 1);
    expect(c.roles.at(-1)).toEqual({ roleId: 'extra', divisionId: null });
  });

  test('short lists: repeats of a role in the same division are dropped, other divisions kept', () => {
    const c = parseClient(
      {
        id: 'x',
        roleDivisions: [
          { roleId: 'a', divisionId: 'd1' },
          { roleId: 'a', divisionId: 'd1' },
          { roleId: 'a', divisionId: 'd2' },
          { roleId: 'b', divisionId: '' },
          { roleId: 'b' },
        ],
        roleIds: ['a', 'c', 'c'],
      },
      ctx,
    );
    expect(c.roles).toEqual([
      { roleId: 'a', divisionId: 'd1' },
      { roleId: 'a', divisionId: 'd2' },
      { roleId: 'b', divisionId: null },
      { roleId: 'c', divisionId: null },
    ]);
  });

  test('the malformed message never echoes the item (it could hold a secret)', () => {
    try {
      parseClient({ secret: 'hunter2', scope: 'x' }, ctx);
    } catch (err) {
      expect((err as Error).message).not.toContain('hunter2');
      expect((err as Error).message).toMatch(/^Malformed response from GET \/api\/v2\/oauth\/clients/);
    }
  });

  test('property: parse never throws anything but IncompleteError and never keeps a secret', () => {
    const secretValue = fc.constantFrom('S3CR3T-VALUE-1', 'S3CR3T-VALUE-2');
    const client = fc.record(
      {
        id: fc.oneof(fc.string(), fc.uuid(), fc.jsonValue()),
        name: fc.oneof(fc.string(), fc.jsonValue()),
        authorizedGrantType: fc.oneof(
          fc.constantFrom('CODE', 'TOKEN', 'CLIENT_CREDENTIALS', 'SAML2BEARER', 'weird'),
          fc.jsonValue(),
        ),
        state: fc.oneof(fc.constantFrom('active', 'INACTIVE', 'deleted'), fc.jsonValue()),
        scope: fc.oneof(fc.array(fc.string()), fc.jsonValue()),
        roleIds: fc.oneof(fc.array(fc.string()), fc.jsonValue()),
        roleDivisions: fc.oneof(
          fc.array(fc.record({ roleId: fc.string(), divisionId: fc.oneof(fc.string(), fc.constant(null)) })),
          fc.jsonValue(),
        ),
        registeredRedirectUri: fc.oneof(fc.array(fc.webUrl()), fc.jsonValue()),
        accessTokenValiditySeconds: fc.oneof(fc.integer(), fc.jsonValue()),
        secret: secretValue,
        __proto__: fc.jsonValue(),
      },
      { requiredKeys: ['secret'] },
    );
    fc.assert(
      fc.property(fc.oneof(client, fc.jsonValue(), fc.object()), (raw) => {
        try {
          const c = parseClient(raw, ctx);
          const text = JSON.stringify(c);
          expect(text).not.toContain('S3CR3T');
          expect(Object.keys(c)).not.toContain('secret');
          expect(typeof c.id).toBe('string');
          expect(Number.isFinite(c.tokenLifetimeSeconds)).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(IncompleteError);
          expect((err as Error).message).not.toContain('S3CR3T');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('pages', () => {
  test('reads the paged shape', () => {
    expect(
      parsePage({ entities: [], total: 0, nextUri: '/api/v2/x?pageNumber=2', pageCount: 1 }, 's'),
    ).toEqual({
      entities: [],
      total: 0,
      pageCount: 1,
      pageNumber: undefined,
      nextUri: '/api/v2/x?pageNumber=2',
    });
    expect(parsePage({ total: 0 }, 's').entities).toEqual([]);
  });

  test.each([[null], [[]], ['x'], [{ entities: {} }], [{ total: 3 }]])('%j is malformed', (body) => {
    expect(() => parsePage(body, 's')).toThrow(MalformedResponseError);
  });

  test('scope catalogue', () => {
    expect(parseScopes({ entities: [{ id: 'users' }, { id: 'users:readonly' }], total: 2 }, 's')).toEqual([
      'users',
      'users:readonly',
    ]);
    expect(() => parseScopes({ entities: [{ id: 'users' }], total: 3 }, 's')).toThrow(/total is 3/);
    expect(() => parseScopes({ entities: [{ description: 'x' }] }, 's')).toThrow(/scope 0 has no `id`/);
  });

  test('property: page and scope parsing throw only IncompleteError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        for (const f of [() => parsePage(body, 's'), () => parseScopes(body, 's')]) {
          try {
            f();
          } catch (err) {
            expect(err).toBeInstanceOf(IncompleteError);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
