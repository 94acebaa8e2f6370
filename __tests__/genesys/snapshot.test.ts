import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/errors.js';
import type { OAuthClient, OrgData } from '../../src/model.js';
import { readSnapshot, SnapshotError, snapshotOf, writeSnapshot } from '../../src/genesys/snapshot.js';
import { TOOL_NAME, VERSION } from '../../src/version.js';

const dirP = mkdtemp(join(tmpdir(), 'goa-snapshot-'));
afterAll(async () => rm(await dirP, { recursive: true, force: true }));

const org: OrgData = {
  clients: [
    {
      id: 'c1',
      name: 'Integration',
      description: '',
      grantType: 'CLIENT-CREDENTIALS',
      state: 'active',
      scopes: [],
      roles: [
        { roleId: 'r1', divisionId: '*' },
        { roleId: 'r2', divisionId: null },
      ],
      redirectUris: [],
      tokenLifetimeSeconds: 86400,
      dateCreated: '2024-01-01T00:00:00.000Z',
    },
    {
      id: 'c2',
      name: 'Widget',
      description: 'web',
      grantType: 'TOKEN',
      state: 'inactive',
      scopes: ['conversations'],
      roles: [],
      redirectUris: ['https://a.example.com/cb'],
      tokenLifetimeSeconds: 3600,
      dateToDelete: '2027-01-01T00:00:00.000Z',
    },
  ],
  roles: [{ id: 'r1', name: 'Master Admin' }],
  divisions: null,
  scopes: ['conversations', 'users:readonly'],
  fetchedAt: '2026-11-01T12:00:00.000Z',
  source: { kind: 'api', region: 'mypurecloud.ie', apiBaseUrl: 'https://api.mypurecloud.ie' },
};

describe('snapshots', () => {
  test('snapshotOf is the documented, redacted shape', () => {
    const leaky = { ...org, clients: org.clients.map((c) => ({ ...c, secret: 'LEAK-ME' }) as OAuthClient) };
    const snap = snapshotOf(leaky);
    expect(snap).toMatchObject({
      kind: 'genesys-oauth-audit-snapshot',
      schemaVersion: 1,
      tool: { name: TOOL_NAME, version: VERSION },
      fetchedAt: org.fetchedAt,
      source: { region: 'mypurecloud.ie', apiBaseUrl: 'https://api.mypurecloud.ie' },
      roles: org.roles,
      divisions: null,
      scopes: org.scopes,
    });
    expect(JSON.stringify(snap)).not.toContain('LEAK-ME');
  });

  test('write then read gives the same org, from source kind snapshot', async () => {
    const path = join(await dirP, 'nested', 'snap.json');
    await writeSnapshot(path, org);
    const back = await readSnapshot(path);
    expect(back).toEqual({ ...org, source: { ...org.source, kind: 'snapshot' } });
  });

  test('usage rides along, so an offline audit judges unused clients as the live one did', async () => {
    const usage = {
      from: '2026-08-03',
      to: '2026-11-01T12:00:00.000Z',
      clients: new Map([['c1', { lastUsed: '2026-10-30', requests: 1200 }]]),
    };
    const path = join(await dirP, 'usage.json');
    await writeSnapshot(path, { ...org, usage });
    const back = await readSnapshot(path);
    expect(back.usage).toEqual(usage);
    expect(snapshotOf({ ...org, usage }).usage).toEqual({
      from: '2026-08-03',
      to: '2026-11-01T12:00:00.000Z',
      clients: [{ id: 'c1', lastUsed: '2026-10-30', requests: 1200 }],
    });
    // Not read: no usage key at all.
    expect('usage' in snapshotOf(org)).toBe(false);
  });

  test('what roles permit, the creators and the permission catalogue survive the round trip', async () => {
    const rich: OrgData = {
      ...org,
      clients: [
        { ...org.clients[0]!, createdBy: { id: 'u1', name: 'Dana' }, modifiedBy: { id: 'u2' } },
        org.clients[1]!,
      ],
      roles: [
        {
          id: 'r1',
          name: 'Master Admin',
          permissionPolicies: [{ domain: 'oauth', entity: '*', actions: ['*'], conditional: true }],
        },
        { id: 'r2', name: 'Unread' },
      ],
      users: [{ id: 'u1', name: 'Dana', state: 'deleted' }],
      permissions: ['oauth:client:edit'],
    };
    const path = join(await dirP, 'rich.json');
    await writeSnapshot(path, rich);
    expect(await readSnapshot(path)).toEqual({ ...rich, source: { ...rich.source, kind: 'snapshot' } });
  });

  const base = () =>
    JSON.parse(JSON.stringify(snapshotOf(org))) as Record<string, unknown> & {
      clients: Record<string, unknown>[];
    };
  const USAGE = { from: '2026-08-03', to: '2026-11-01T12:00:00.000Z', clients: [] as unknown[] };
  const withUsage = (s: ReturnType<typeof base>, entry: unknown, over: object = {}) => ({
    ...s,
    usage: { ...USAGE, clients: [entry], ...over },
  });
  const usageCases: [string, (s: ReturnType<typeof base>) => unknown, RegExp][] = [
    ['usage without its window', (s) => ({ ...s, usage: { clients: [] } }), /usage: missing "from"/],
    [
      'a usage day that is a time',
      (s) => withUsage(s, { id: 'c1', lastUsed: '2026-10-30T10:00:00Z', requests: 1 }),
      /is not a day/,
    ],
    [
      'a use after the usage was read',
      (s) => withUsage(s, { id: 'c1', lastUsed: '2099-01-01', requests: 1 }),
      /lastUsed: 2099-01-01 is outside the usage window \(2026-08-03 to 2026-11-01\)/,
    ],
    [
      'a use before the usage window',
      (s) => withUsage(s, { id: 'c1', lastUsed: '2026-08-02', requests: 1 }),
      /is outside the usage window/,
    ],
    [
      'a negative request count',
      (s) => withUsage(s, { id: 'c1', lastUsed: null, requests: -1 }),
      /requests: expected a whole number/,
    ],
    [
      'an unknown usage key',
      (s) => withUsage(s, { id: 'c1', lastUsed: null, requests: 0, secret: 'x' }),
      /unknown key "secret"/,
    ],
    [
      'a client twice in the usage',
      (s) => ({
        ...s,
        usage: {
          ...USAGE,
          clients: [
            { id: 'c1', lastUsed: null, requests: 0 },
            { id: 'C1', lastUsed: null, requests: 0 },
          ],
        },
      }),
      /client c1 appears twice/,
    ],
    [
      'a bad usage end',
      (s) => withUsage(s, { id: 'c1', lastUsed: null, requests: 0 }, { to: 'later' }),
      /usage.to: "later" is not a date/,
    ],
  ];
  const cases: [string, (s: ReturnType<typeof base>) => unknown, RegExp][] = [
    ['not an object', () => [], /\(top level\): expected an object/],
    ['wrong kind', (s) => ({ ...s, kind: 'other' }), /kind: expected "genesys-oauth-audit-snapshot"/],
    ['future schema', (s) => ({ ...s, schemaVersion: 2 }), /schemaVersion: version 2 is not supported/],
    ['unknown top key', (s) => ({ ...s, extra: 1 }), /unknown key "extra"/],
    ['missing clients', (s) => ({ ...s, clients: undefined }), /missing "clients"|clients: expected a list/],
    ['a secret in a client', (s) => ((s.clients[0]!.secret = 'x'), s), /clients\[0\]: unknown key "secret"/],
    ['an empty id', (s) => ((s.clients[1]!.id = ''), s), /clients\[1\]\.id: expected a non-empty string/],
    [
      'a numeric scope',
      (s) => ((s.clients[1]!.scopes = [1]), s),
      /clients\[1\]\.scopes\[0\]: expected a string/,
    ],
    ['a bad lifetime', (s) => ((s.clients[1]!.tokenLifetimeSeconds = '1h'), s), /tokenLifetimeSeconds/],
    [
      'a bad role grant',
      (s) => ((s.clients[0]!.roles = [{ roleId: 'r1' }]), s),
      /roles\[0\]: missing "divisionId"/,
    ],
    ['a bad date', (s) => ((s.clients[0]!.dateCreated = 'yesterday'), s), /"yesterday" is not a date/],
    ['duplicate clients', (s) => ((s.clients[1]!.id = 'C1'), s), /client C1 appears twice/],
    ['roles not a list', (s) => ({ ...s, roles: {} }), /roles: expected a list/],
    [
      'a role twice, its ID in another case',
      (s) => ({
        ...s,
        roles: [
          { id: 'r', name: 'R', permissionPolicies: [] },
          { id: 'R', name: 'R' },
        ],
      }),
      /roles\[1\]: role R appears twice/,
    ],
    [
      'a permission policy part holding a colon',
      (s) => ({
        ...s,
        roles: [
          {
            id: 'r',
            name: 'R',
            permissionPolicies: [
              { domain: 'oauth', entity: 'client:edit', actions: ['x'], conditional: false },
            ],
          },
        ],
      }),
      /roles\[0\]\.permissionPolicies\[0\]\.entity: "client:edit" holds a colon/,
    ],
    [
      'a permission policy without its condition flag',
      (s) => ({
        ...s,
        roles: [{ id: 'r', name: 'R', permissionPolicies: [{ domain: 'a', entity: 'b', actions: [] }] }],
      }),
      /roles\[0\]\.permissionPolicies\[0\]: missing "conditional"/,
    ],
    [
      'a user without state',
      (s) => ({ ...s, users: [{ id: 'u', name: 'U' }] }),
      /users\[0\]: missing "state"/,
    ],
    [
      'a creator without id',
      (s) => ((s.clients[0]!.createdBy = { name: 'x' }), s),
      /clients\[0\]\.createdBy: missing "id"/,
    ],
    ['a bad fetchedAt', (s) => ({ ...s, fetchedAt: 'now' }), /fetchedAt: "now" is not a date/],
  ];
  test.each([...cases, ...usageCases])(
    'a snapshot with %s is refused clearly',
    async (_name, mutate, why) => {
      const path = join(await dirP, `bad-${Math.random()}.json`);
      await writeFile(path, JSON.stringify(mutate(base())));
      const p = readSnapshot(path);
      await expect(p).rejects.toThrow(SnapshotError);
      await expect(readSnapshot(path)).rejects.toThrow(why);
    },
  );

  test('missing and non-JSON files are user errors', async () => {
    await expect(readSnapshot(join(await dirP, 'nope.json'))).rejects.toThrow(/does not exist/);
    const path = join(await dirP, 'garbage.json');
    await writeFile(path, '{"kind": ');
    await expect(readSnapshot(path)).rejects.toThrow(UserError);
    await expect(readSnapshot(path)).rejects.toThrow(/is not valid JSON/);
    await expect(readSnapshot(await dirP)).rejects.toThrow(/is not a file/);
  });
});
