import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { SCOPE_CATALOGUE } from '../../src/sandbox/scopes.js';
import { DEMO_EXPECTED_CHECKS, DEMO_LEGACY_SECRET, demoOrg } from '../../src/sandbox/seeds/demo.js';
import { syntheticOrg } from '../../src/sandbox/seeds/synthetic.js';
import { parseSeed } from '../../src/sandbox/server.js';
import type { SeedOrg, WireOAuthClient } from '../../src/sandbox/wire.js';
import { UUID, get, token, withSandbox } from './helpers.js';

/** Roles and divisions that clients refer to exist; IDs are unique GUIDs. */
function expectConsistent(org: SeedOrg) {
  const roleIds = new Set(org.roles!.map((r) => r.id));
  const divisionIds = new Set(org.divisions!.map((d) => d.id));
  const ids = org.clients.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of [...ids, ...roleIds, ...divisionIds]) expect(id).toMatch(UUID);
  for (const c of org.clients) {
    for (const rd of c.roleDivisions ?? []) {
      expect(roleIds.has(rd.roleId)).toBe(true);
      expect(rd.divisionId === '*' || divisionIds.has(rd.divisionId)).toBe(true);
    }
    for (const r of c.roleIds ?? []) expect(roleIds.has(r)).toBe(true);
    for (const d of [c.dateCreated, c.dateModified, c.dateToDelete]) {
      if (d !== undefined) expect(new Date(d).toISOString()).toBe(d);
    }
  }
}

describe('demo org', () => {
  const org = demoOrg();
  const byName = new Map(org.clients.map((c) => [c.name!, c]));
  const roleName = new Map(org.roles!.map((r) => [r.id, r.name]));
  const divisionName = new Map(org.divisions!.map((d) => [d.id, d.name]));
  const rolesOf = (c: WireOAuthClient) => [
    ...(c.roleDivisions ?? []).map((rd) => ({ name: roleName.get(rd.roleId)!, division: rd.divisionId })),
    ...(c.roleIds ?? []).map((id) => ({ name: roleName.get(id)!, division: null })),
  ];
  const catalogue = new Set(SCOPE_CATALOGUE.map((s) => s.id));
  const some = (pred: (c: WireOAuthClient) => boolean) => org.clients.filter(pred);

  test('is a realistic org: 28+ clients, ~10 roles, ~5 divisions, consistent references', () => {
    expect(org.clients.length).toBeGreaterThanOrEqual(28);
    expect(new Set(org.clients.map((c) => c.name)).size).toBe(org.clients.length);
    expect(org.roles!.length).toBeGreaterThanOrEqual(10);
    expect(org.divisions!.length).toBeGreaterThanOrEqual(5);
    for (const name of ['Master Admin', 'Employee', 'Communicate - Admin', 'Integration - Read Only']) {
      expect([...roleName.values()]).toContain(name);
    }
    expect(org.divisions!.find((d) => d.name === 'Home')?.homeDivision).toBe(true);
    expectConsistent(org);
    for (const c of org.clients) {
      expect(c.selfUri).toBe(`/api/v2/oauth/clients/${c.id}`);
      if (c.createdBy !== undefined) expect(c.createdBy.id).toMatch(UUID);
      // Scopes only on non-client-credentials clients, roles only on client-credentials ones.
      const cc = /^CLIENT[-_]CREDENTIALS$/.test(c.authorizedGrantType ?? '');
      if (cc) expect(c.scope).toBeUndefined();
      else expect(c.roleDivisions ?? c.roleIds).toBeUndefined();
    }
  });

  test('compliant web messaging widgets', () => {
    const widgets = some(
      (c) =>
        /^(Web Messaging |webchat-)/.test(c.name!) &&
        c.authorizedGrantType === 'CODE' &&
        c.state === 'active' &&
        c.accessTokenValiditySeconds! <= 3600 &&
        c.registeredRedirectUri!.every((u) => /^https:\/\/[a-z0-9-]+\.example\.com\//.test(u)) &&
        c.scope!.includes('conversations') &&
        c.scope!.every((s) =>
          ['conversations', 'users:readonly', 'webdeployments:readonly', 'messaging:readonly'].includes(s),
        ),
    );
    expect(widgets.length).toBeGreaterThanOrEqual(3);
    for (const w of widgets) expect(DEMO_EXPECTED_CHECKS[w.id]).toEqual([]);
  });

  test('scopes: forbidden, the exempted legacy widget, unknown to the catalogue', () => {
    expect(some((c) => /^(Web Messaging |webchat-)/.test(c.name!) && c.scope!.includes('users')).length).toBe(
      1,
    );
    expect(some((c) => c.scope?.includes('oauth') ?? false).length).toBeGreaterThanOrEqual(1);
    expect(byName.get('Web Messaging Legacy Widget')?.scope).toContain('analytics');
    expect(some((c) => (c.scope ?? []).some((s) => !catalogue.has(s))).map((c) => c.scope)).toEqual([
      ['analytics:readonly', 'legacy-reports'],
    ]);
  });

  test('grant types: implicit, password, SAML2-BEARER, old spellings and an unknown one', () => {
    const grants = org.clients.map((c) => c.authorizedGrantType);
    expect(grants.filter((g) => g === 'TOKEN').length).toBeGreaterThanOrEqual(2);
    expect(grants).toContain('PASSWORD');
    expect(grants).toContain('SAML2-BEARER');
    expect(grants).toContain('SAML2BEARER');
    expect(grants).toContain('CLIENT_CREDENTIALS');
    const known = [
      'CODE',
      'TOKEN',
      'SAML2-BEARER',
      'SAML2BEARER',
      'PASSWORD',
      'CLIENT-CREDENTIALS',
      'CLIENT_CREDENTIALS',
    ];
    expect(grants.filter((g) => !known.includes(g!))).toEqual(['DEVICE-CODE']);
  });

  test('agent, supervisor and CRM apps, one with 48h tokens', () => {
    const apps = some((c) => /^(Agent|Supervisor|CRM) /.test(c.name!));
    expect(apps.some((c) => c.authorizedGrantType === 'SAML2-BEARER')).toBe(true);
    expect(apps.some((c) => c.authorizedGrantType === 'CODE')).toBe(true);
    expect(apps.some((c) => c.accessTokenValiditySeconds === 172800)).toBe(true);
  });

  test('redirect URIs: http non-loopback, wildcard, fragment, userinfo, unparseable, localhost', () => {
    const uris = org.clients.flatMap((c) => c.registeredRedirectUri ?? []);
    const parses = (u: string) => URL.canParse(u);
    expect(uris.some((u) => u.startsWith('http://') && !/^http:\/\/(localhost|127\.)/.test(u))).toBe(true);
    expect(uris.some((u) => parses(u) && new URL(u).hostname.includes('*'))).toBe(true);
    expect(uris.some((u) => parses(u) && new URL(u).hash !== '')).toBe(true);
    expect(uris.some((u) => parses(u) && new URL(u).username !== '')).toBe(true);
    expect(uris.some((u) => !parses(u))).toBe(true);
    expect(uris).toContain('http://localhost:3000/cb');
    expect(
      uris.some(
        (u) =>
          parses(u) && !new URL(u).hostname.endsWith('.example.com') && new URL(u).hostname !== 'localhost',
      ),
    ).toBe(true);
  });

  test('client-credentials integrations cover every role case', () => {
    const cc = some((c) => /^CLIENT[-_]CREDENTIALS$/.test(c.authorizedGrantType!));
    const r = (c: WireOAuthClient) => rolesOf(c);
    expect(
      cc.some(
        (c) =>
          r(c).length === 1 &&
          r(c)[0]!.division !== '*' &&
          divisionName.has(r(c)[0]!.division!) &&
          !/admin/i.test(r(c)[0]!.name),
      ),
    ).toBe(true);
    expect(
      cc.some((c) => c.name !== 'Platform Admin Automation' && r(c).some((x) => x.name === 'Master Admin')),
    ).toBe(true);
    expect(cc.some((c) => r(c).some((x) => /admin/i.test(x.name) && x.name !== 'Master Admin'))).toBe(true);
    expect(
      cc.some((c) => c.name !== 'Platform Admin Automation' && r(c).some((x) => x.division === '*')),
    ).toBe(true);
    expect(cc.some((c) => c.roleIds !== undefined && c.roleDivisions === undefined)).toBe(true);
    expect(cc.some((c) => r(c).length > 3)).toBe(true);
    const platform = byName.get('Platform Admin Automation')!;
    expect(platform.authorizedGrantType).toBe('CLIENT-CREDENTIALS');
    expect(r(platform).map((x) => x.name)).toEqual(['Master Admin']);
  });

  test('states, an unmatched client and a legacy secret', () => {
    const inactive = some((c) => c.state === 'inactive');
    expect(inactive.length).toBeGreaterThanOrEqual(1);
    expect(inactive.every((c) => c.dateToDelete !== undefined)).toBe(true);
    expect(some((c) => c.state === 'disabled').length).toBeGreaterThanOrEqual(1);
    expect(byName.get('Reporting Dashboard')?.authorizedGrantType).toBe('CODE');
    expect(some((c) => c.secret !== undefined).map((c) => c.secret)).toEqual([DEMO_LEGACY_SECRET]);
  });

  test('expected checks cover every check the example policy can raise', () => {
    expect(Object.keys(DEMO_EXPECTED_CHECKS).sort()).toEqual(org.clients.map((c) => c.id).sort());
    const raised = new Set(Object.values(DEMO_EXPECTED_CHECKS).flat());
    // Every check the audit knows, minus what policies/oauth-policy.yml cannot raise: it has no
    // roles.require or roles.allow, and its one exemption is neither expired nor unused.
    const expected = [
      'missing-scope',
      'scope-not-allowed',
      'scope-forbidden',
      'too-many-scopes',
      'role-forbidden',
      'too-many-roles',
      'all-divisions-role',
      'permission-forbidden',
      'grant-type-not-allowed',
      'redirect-host-not-allowed',
      'redirect-scheme-not-allowed',
      'token-lifetime',
      'password-grant',
      'implicit-grant',
      'insecure-redirect-uri',
      'unknown-grant-type',
      'unmatched-client',
      'inactive-client',
      'unknown-scope',
      'unused-client',
      'orphaned-client',
    ];
    expect([...raised].sort()).toEqual(expected.sort());
    const passing = Object.values(DEMO_EXPECTED_CHECKS).filter((c) => c.length === 0).length;
    expect(passing).toBeGreaterThanOrEqual(8);
  });

  test('roles grant through permission policies, as on Genesys; `permissions` holds legacy ones only', () => {
    const grants = (name: string) =>
      org
        .roles!.find((r) => r.name === name)!
        .permissionPolicies!.flatMap((p) => p.actionSet.map((a) => `${p.domain}:${p.entityName}:${a}`));
    for (const r of org.roles!) {
      expect(r.permissionPolicies!.length).toBeGreaterThan(0);
      for (const p of r.permissions ?? []) expect(p).toMatch(/^[a-z_]+$/);
    }
    expect(org.roles!.find((r) => r.name === 'Master Admin')!.permissions).toContain('admin');
    expect(grants('Master Admin')).toContain('oauth:*:*');
    // A harmless name that hides a dangerous permission.
    expect(grants('Reporting Reader')).toContain('oauth:client:edit');
    const conditional = org
      .roles!.flatMap((r) => r.permissionPolicies!)
      .filter((p) => p.resourceConditionNode);
    expect(conditional.length).toBeGreaterThan(0);
    // The audit identity's role: exactly what the README asks for.
    expect(grants('OAuth Client Auditor').sort()).toEqual(['authorization:role:view', 'oauth:client:view']);
  });

  test('creators: active, deleted and inactive users; one client without creator; one by another org', () => {
    const users = new Map(org.users!.map((u) => [u.id, u]));
    expect(new Set(org.users!.map((u) => u.state))).toEqual(new Set(['active', 'deleted', 'inactive']));
    const creators = org.clients.map((c) => c.createdBy?.id);
    expect(creators.filter((id) => id === undefined)).toHaveLength(1);
    expect(creators.filter((id) => id !== undefined && !users.has(id)).length).toBeGreaterThan(0);
  });

  test('demoOrg() returns an independent copy every time', () => {
    const a = demoOrg();
    a.clients[0]!.name = 'changed';
    expect(demoOrg().clients[0]!.name).not.toBe('changed');
    expect(parseSeed('demo')).toEqual(demoOrg());
  });
});

describe('synthetic orgs', () => {
  test('synthetic:N has N clients and the default role count; synthetic:N:M has M roles', () => {
    const a = parseSeed('synthetic:120');
    expect(a.clients).toHaveLength(120);
    expect(a.roles).toHaveLength(25);
    const b = parseSeed('synthetic:7:3');
    expect(b.clients).toHaveLength(7);
    expect(b.roles).toHaveLength(3);
    expect(parseSeed('synthetic:0').clients).toEqual([]);
  });

  test('rejects malformed seeds', () => {
    for (const bad of [
      '',
      'synthetic',
      'synthetic:-1',
      'synthetic:1:0',
      'synthetic:x',
      'demo2',
      'synthetic:2000000',
    ]) {
      expect(() => parseSeed(bad)).toThrow(/invalid seed/);
    }
  });

  test('deterministic and consistent for any size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 40 }), (n, m) => {
        const a = syntheticOrg(n, m);
        expect(JSON.stringify(syntheticOrg(n, m))).toBe(JSON.stringify(a));
        expect(a.clients).toHaveLength(n);
        expect(a.roles).toHaveLength(m);
        expectConsistent(a);
      }),
      { numRuns: 40 },
    );
  });

  test('a mix of every kind of client', () => {
    const org = syntheticOrg(2000);
    const grants = new Set(org.clients.map((c) => c.authorizedGrantType));
    for (const g of [
      'CODE',
      'TOKEN',
      'SAML2-BEARER',
      'PASSWORD',
      'CLIENT-CREDENTIALS',
      'CLIENT_CREDENTIALS',
    ]) {
      expect(grants.has(g)).toBe(true);
    }
    const states = new Set(org.clients.map((c) => c.state));
    expect([...states].sort()).toEqual(['active', 'disabled', 'inactive']);
  });

  test('a 50,000-client org starts and serves its listing quickly', async () => {
    const t0 = Date.now();
    await withSandbox({ seed: 'synthetic:50000' }, async (sb) => {
      const bearer = await token(sb);
      const t1 = Date.now();
      const a = await get<{ entities: unknown[]; total: number }>(sb, '/api/v2/oauth/clients', bearer);
      const served = Date.now() - t1;
      expect(a.json.entities).toHaveLength(50_000);
      expect(a.json.total).toBe(50_000);
      // Generous bounds: the benchmark measures the real figure; this only catches a regression in kind.
      expect(served).toBeLessThan(3000);
      expect(Date.now() - t0).toBeLessThan(10_000);
    });
  });
});
