import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { IncompleteError } from '../../src/errors.js';
import {
  MalformedResponseError,
  normaliseState,
  parseClient,
  parsePage,
  parseRole,
  parseRoleWithPolicies,
  parseScopes,
} from '../../src/genesys/parse.js';
import { parsePermissionDomain, parseUser } from '../../src/genesys/parse-access.js';
import { normaliseGrantType } from '../../src/grant-types.js';

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
    modifiedBy: { id: 'u2', name: 'Dana', selfUri: '/y', email: 'dana@example.com' },
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
      createdBy: { id: 'u1' },
      modifiedBy: { id: 'u2', name: 'Dana' },
    });
    expect(JSON.stringify(c)).not.toContain('hunter2');
  });

  test('the old grant type CODE_PKCE is an authorization code client: CODE', () => {
    expect(parseClient({ id: 'x', authorizedGrantType: 'CODE_PKCE' }, ctx).grantType).toBe('CODE');
  });

  test('creator references: an id is required; extra fields are dropped', () => {
    const c = parseClient({ id: 'x', createdBy: { name: 'no id' }, modifiedBy: 'u1' }, ctx);
    expect(c.createdBy).toBeUndefined();
    expect(c.modifiedBy).toBeUndefined();
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

  test('repeats of a role in the same division are dropped, other divisions kept', () => {
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
  /** A page as Genesys sends it: the paged listing shape. */
  const good = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
    entities: [{ id: 'a' }, { id: 'b' }],
    pageSize: 2,
    pageNumber: 1,
    total: 4,
    pageCount: 2,
    firstUri: '/api/v2/x?pageSize=2&pageNumber=1',
    nextUri: '/api/v2/x?pageSize=2&pageNumber=2',
    lastUri: '/api/v2/x?pageSize=2&pageNumber=2',
    selfUri: '/api/v2/x?pageSize=2&pageNumber=1',
    ...over,
  });

  test('reads the paged shape', () => {
    expect(parsePage(good(), 's')).toEqual({
      entities: [{ id: 'a' }, { id: 'b' }],
      total: 4,
      pageCount: 2,
      pageNumber: 1,
      nextUri: '/api/v2/x?pageSize=2&pageNumber=2',
    });
    // The last page: no nextUri (absent, null or empty).
    for (const nextUri of [undefined, null, '']) {
      const last = parsePage(good({ pageNumber: 2, nextUri }), 's', 'paged', 2);
      expect(last.nextUri).toBeUndefined();
    }
    // An empty listing, with or without the empty list (Genesys omits empty fields), 0 or 1 pages.
    expect(parsePage({ entities: [], total: 0, pageCount: 0 }, 's').entities).toEqual([]);
    expect(parsePage({ total: 0, pageCount: 1, pageNumber: 1 }, 's').entities).toEqual([]);
    // The scope catalogue has no paging fields.
    expect(parsePage({ entities: [], total: 0 }, 's', 'catalogue').total).toBe(0);
  });

  test.each<[string, unknown, RegExp]>([
    ['not an object', null, /not a JSON object/],
    ['a list', [], /not a JSON object/],
    ['a string', 'x', /not a JSON object/],
    ['entities not a list', { entities: {}, total: 0, pageCount: 0 }, /`entities` is not a list/],
    ['entities missing while total is not 0', { total: 3, pageCount: 1 }, /`entities` is missing/],
    ['an empty object', {}, /`entities` is missing/],
    [
      'a Genesys error body with status 200',
      { message: 'The server failed.', code: 'internal.server.error', status: 500, contextId: 'c' },
      /an error, not a listing, though its HTTP status is 200 \(500 internal\.server\.error — The server failed\)/,
    ],
    ['an OAuth error body', { error: 'invalid_token' }, /an error, not a listing.*invalid_token/],
    ['a bare status', { status: 503 }, /an error, not a listing.*503/],
    ['total missing', good({ total: undefined }), /`total` is missing/],
    ['total null', good({ total: null }), /`total` is missing/],
    ['total a string', good({ total: '4' }), /`total` is a string, not a whole number/],
    ['total negative', good({ total: -1 }), /`total` is -1, not a whole number/],
    ['total a fraction', good({ total: 4.5 }), /`total` is 4\.5, not a whole number/],
    ['total an object', good({ total: { n: 4 } }), /`total` is an object/],
    ['pageCount missing', good({ pageCount: undefined }), /`pageCount` is missing/],
    ['pageCount a string', good({ pageCount: '2' }), /`pageCount` is a string/],
    ['pageCount negative', good({ pageCount: -2 }), /`pageCount` is -2/],
    ['pageCount a fraction', good({ pageCount: 1.5 }), /`pageCount` is 1\.5/],
    [
      'pageCount 0 with items',
      good({ pageCount: 0, nextUri: undefined }),
      /`pageCount` is 0 but `total` is 4/,
    ],
    ['pageNumber 0', good({ pageNumber: 0 }), /`pageNumber` is 0, not a whole number of at least 1/],
    ['nextUri a number', good({ nextUri: 2 }), /`nextUri` is 2, not a link/],
    ['nextUri an object', good({ nextUri: { href: '/api/v2/x' } }), /`nextUri` is an object, not a link/],
    ['nextUri a list', good({ nextUri: ['/api/v2/x'] }), /`nextUri` is a list, not a link/],
    [
      'no nextUri before the last page',
      good({ nextUri: undefined }),
      /page 1 of 2 has no `nextUri`: its links disagree with its `pageCount`/,
    ],
    [
      'an empty page that names a next page',
      good({ entities: [] }),
      /page 1 is empty but is not the last page/,
    ],
  ])('%s is malformed', (_name, body, message) => {
    expect(() => parsePage(body, 'GET /api/v2/x (page 1, correlation ID c-1)')).toThrow(
      MalformedResponseError,
    );
    expect(() => parsePage(body, 'GET /api/v2/x (page 1, correlation ID c-1)')).toThrow(message);
    expect(() => parsePage(body, 'GET /api/v2/x (page 1, correlation ID c-1)')).toThrow(
      /^Malformed response from GET \/api\/v2\/x \(page 1, correlation ID c-1\): .*re-run it/,
    );
  });

  test('the page number checks the links: page 2 of 2 may end the listing, page 2 of 3 may not', () => {
    const body = good({ pageNumber: 2, pageCount: 3, total: 6, nextUri: undefined });
    expect(() => parsePage(body, 's', 'paged', 2)).toThrow(/page 2 of 3 has no `nextUri`/);
    expect(parsePage({ ...body, pageCount: 2, total: 4 }, 's', 'paged', 2).entities).toHaveLength(2);
  });

  test('the catalogue needs a total but no paging fields', () => {
    expect(() => parsePage({ entities: [] }, 's', 'catalogue')).toThrow(/`total` is missing/);
    expect(() => parsePage({ entities: [], total: '0' }, 's', 'catalogue')).toThrow(/`total` is a string/);
    expect(() => parsePage({ message: 'x', code: 'y' }, 's', 'catalogue')).toThrow(/an error, not a listing/);
  });

  test('a message never echoes a string field (it could carry anything)', () => {
    expect(() => parsePage(good({ total: 'SECRET-VALUE' }), 's')).toThrow(/^(?!.*SECRET-VALUE)/s);
    expect(() => parsePage(good({ nextUri: { s: 'SECRET-VALUE' } }), 's')).toThrow(/^(?!.*SECRET-VALUE)/s);
  });

  test('scope catalogue', () => {
    expect(parseScopes({ entities: [{ id: 'users' }, { id: 'users:readonly' }], total: 2 }, 's')).toEqual([
      'users',
      'users:readonly',
    ]);
    expect(() => parseScopes({ entities: [{ id: 'users' }], total: 3 }, 's')).toThrow(/total is 3/);
    expect(() => parseScopes({ entities: [{ description: 'x' }], total: 1 }, 's')).toThrow(
      /scope 0 has no `id`/,
    );
    expect(() => parseScopes({ entities: [{ id: 'users' }] }, 's')).toThrow(/`total` is missing/);
    expect(() => parseScopes({ message: 'Failed', code: 'x', status: 500 }, 's')).toThrow(
      /an error, not a listing/,
    );
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

describe('roles, the permission catalogue and users', () => {
  const at = { source: 'GET /api/v2/authorization/roles', index: 0 };

  test('a role with its permission policies: domain:entity:action grants, conditional ones marked', () => {
    const role = parseRoleWithPolicies(
      {
        id: 'r1',
        name: 'Reporting Reader',
        permissions: ['admin'],
        permissionPolicies: [
          {
            domain: 'oauth',
            entityName: 'client',
            actionSet: ['view', 'edit'],
            policyName: 'x',
            namedResources: [],
          },
          { domain: 'routing', entityName: '*', actionSet: ['*'], resourceConditionNode: { operator: 'EQ' } },
        ],
      },
      at,
    );
    expect(role).toEqual({
      id: 'r1',
      name: 'Reporting Reader',
      permissionPolicies: [
        { domain: 'oauth', entity: 'client', actions: ['view', 'edit'], conditional: false },
        { domain: 'routing', entity: '*', actions: ['*'], conditional: true },
      ],
    });
  });

  test('a role without policies says nothing about them (they may be read in detail)', () => {
    expect(parseRole({ id: 'r1', name: 'A', permissions: ['oauth:client:view'] }, at)).toEqual({
      id: 'r1',
      name: 'A',
    });
  });

  test.each([
    ['policies not a list', { permissionPolicies: {} }, /`permissionPolicies` that are not a list/],
    [
      'a policy not an object',
      { permissionPolicies: ['oauth:client:view'] },
      /permission policy that is not an object/,
    ],
    [
      'no domain',
      { permissionPolicies: [{ entityName: 'client', actionSet: ['view'] }] },
      /without `domain`/,
    ],
    [
      'no actions',
      { permissionPolicies: [{ domain: 'oauth', entityName: 'client', actionSet: [] }] },
      /without actions/,
    ],
    [
      'a numeric action',
      { permissionPolicies: [{ domain: 'oauth', entityName: 'c', actionSet: [1] }] },
      /not a string/,
    ],
    // A part holding the separator would make a permission of four parts, which no pattern matches.
    [
      'a colon in the entity',
      { permissionPolicies: [{ domain: 'oauth', entityName: 'client:edit', actionSet: ['x'] }] },
      /whose `entityName` holds a colon/,
    ],
    [
      'a colon in the domain',
      { permissionPolicies: [{ domain: 'oauth:client', entityName: 'edit', actionSet: ['x'] }] },
      /whose `domain` holds a colon/,
    ],
    [
      'a colon in an action',
      { permissionPolicies: [{ domain: 'oauth', entityName: 'client', actionSet: ['view', 'edit:all'] }] },
      /an action that holds a colon/,
    ],
  ])('what a role grants must be read whole: %s is malformed', (_, extra, why) => {
    const raw = { id: 'r1', name: 'A', ...extra };
    expect(() => parseRoleWithPolicies(raw, at)).toThrow(MalformedResponseError);
    expect(() => parseRoleWithPolicies(raw, at)).toThrow(why);
    // When the policy does not judge permissions, they are not read at all.
    expect(parseRole(raw, at)).toEqual({ id: 'r1', name: 'A' });
  });

  test('a catalogue domain gives its permissions', () => {
    const d = parsePermissionDomain(
      {
        domain: 'oauth',
        permissionMap: { client: [{ action: 'view', divisionAware: true }, { action: 'edit' }] },
      },
      at,
    );
    expect(d).toEqual({ id: 'oauth', permissions: ['oauth:client:view', 'oauth:client:edit'] });
    expect(() => parsePermissionDomain({ domain: 'oauth', permissionMap: { client: [{}] } }, at)).toThrow(
      MalformedResponseError,
    );
  });

  test('a user: id, name and state (lower case); no state is malformed', () => {
    expect(parseUser({ id: 'u1', name: 'Dana', state: 'DELETED', email: 'd@example.com' }, at)).toEqual({
      id: 'u1',
      name: 'Dana',
      state: 'deleted',
    });
    expect(() => parseUser({ id: 'u1', name: 'Dana' }, at)).toThrow(MalformedResponseError);
  });
});
