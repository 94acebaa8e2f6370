/** The core, `audit(settings) → report`, over real HTTP against the sandbox. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { audit, refersToRolesByName, validatePolicy } from '../src/audit.js';
import { IncompleteError, PolicyError } from '../src/errors.js';
import { DEFAULT_LIMITS } from '../src/limits.js';
import type { OAuthClient, OrgData } from '../src/model.js';
import { writeSnapshot } from '../src/genesys/snapshot.js';
import { silentLogger } from '../src/logger.js';
import { DEMO_EXPECTED_CHECKS } from '../src/sandbox/seeds/demo.js';
import { loadPolicy } from '../src/policy/load.js';
import { validateReport } from '../src/report/validate.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../src/sandbox/server.js';
import type { AuditSettings } from '../src/settings.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const ROOT = path.resolve(import.meta.dirname, '..');
const EXAMPLE = path.join(ROOT, 'policies', 'oauth-policy.yml');
const LIMITS = {
  ...DEFAULT_LIMITS,
  backoffBaseMs: 1,
  backoffMaxMs: 5,
  headersTimeoutMs: 2000,
  bodyTimeoutMs: 2000,
};

const dir = mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-core-'));

function writePolicy(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function settings(sandbox: Sandbox, policyPath = EXAMPLE, extra: Partial<AuditSettings> = {}): AuditSettings {
  return {
    policyPath,
    policyDisplayPath: path.basename(policyPath),
    source: sandbox.source(LIMITS),
    now: NOW,
    ...extra,
  };
}

async function withSandbox<T>(options: SandboxOptions, fn: (s: Sandbox) => Promise<T>): Promise<T> {
  const sandbox = await startSandbox(options);
  try {
    return await fn(sandbox);
  } finally {
    await sandbox.close();
  }
}

let demo: Sandbox;
beforeAll(async () => {
  // The demo's usage is relative to the sandbox's clock: the same as the audit's.
  demo = await startSandbox({ seed: 'demo', clock: () => NOW });
});
afterAll(async () => {
  await demo?.close();
});

describe('audit', () => {
  test('judges every client of the demo org and returns a report valid against its schema', async () => {
    const { report, apiCalls } = await audit(settings(demo), silentLogger);
    expect(validateReport(report).ok).toBe(true);
    expect(report.summary.clients).toBe(demo.org.clients.length);
    expect(report.clients.map((c) => c.id)).toEqual(demo.org.clients.map((c) => c.id));
    expect(report.result).toBe('fail');
    expect(report.failOn).toBe('high');
    expect(report.generatedAt).toBe(NOW.toISOString());
    // 1 token + clients + scopes + roles + divisions: the listing is one page; the example policy
    // uses forbid-permissions (+ the permission catalogue, one page; the listing carries every
    // role's policies, so no role detail) and orphaned-client (+ one batch of users), and the usage
    // query of unused-client: 90 days are 3 windows, each posted once and polled once.
    expect(apiCalls).toBe(7 + 3 + 3);
    const reads = (r: { method: string; path: string }) =>
      r.method === 'GET' || r.path === '/oauth/token' || r.path === '/api/v2/usage/query';
    expect(demo.requests.every(reads)).toBe(true);
  });

  test('the example policy finds unused exactly the demo clients the demo says are unused', async () => {
    const { report } = await audit(settings(demo), silentLogger);
    const judged = (c: (typeof report.clients)[number]) =>
      c.findings.some((f) => f.check === 'unused-client');
    for (const c of report.clients) {
      expect([c.name, judged(c)]).toEqual([c.name, DEMO_EXPECTED_CHECKS[c.id]!.includes('unused-client')]);
    }
    const unused = report.clients.filter((c) => c.findings.some((f) => f.check === 'unused-client'));
    expect(unused.map((c) => [c.name, c.lastUsed, c.requests])).toEqual([
      ['Web Messaging Legacy Widget', null, 0],
      ['Legacy Recording Archiver', null, 0],
      ['Survey Integration', null, 0],
    ]);
    // Created last week and never used: within the grace period.
    expect(report.clients.find((c) => c.name === 'Agent Assist Prototype')).toMatchObject({ lastUsed: null });
  });

  test('on a pull request, usage covers the longer max-idle of the two versions, so both are judged right', async () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    expect(text).toContain('max-idle: 90d');
    const base = text.replace('max-idle: 90d', 'max-idle: 365d');
    const { report } = await audit(
      settings(demo, EXAMPLE, { basePolicy: { text: base, ref: 'main' } }),
      silentLogger,
    );
    expect(report.usage?.from).toBe('2025-11-25');
    // Last used 200 days ago: unused within 90 days, used within 365.
    const added = report.impact!.added.filter((f) => f.check === 'unused-client').map((f) => f.clientName);
    expect(added).toEqual(['Web Messaging Legacy Widget', 'Legacy Recording Archiver']);
  });

  test('a snapshot without usage data cannot judge unused-client: incomplete, saying what to do', async () => {
    const file = path.join(dir, 'no-usage.json');
    await writeSnapshot(file, {
      clients: [],
      roles: null,
      divisions: null,
      scopes: null,
      fetchedAt: NOW.toISOString(),
      source: { kind: 'api', region: 'mypurecloud.com', apiBaseUrl: 'https://api.mypurecloud.com' },
    });
    const err = await audit(
      {
        policyPath: EXAMPLE,
        policyDisplayPath: 'policies/oauth-policy.yml',
        source: { kind: 'snapshot', path: file },
        now: NOW,
      },
      silentLogger,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IncompleteError);
    expect((err as Error).message).toBe(
      'the snapshot has no usage data, but `checks.unused-client` needs the last 90 days: write the snapshot ' +
        'again with this policy (`genesys-oauth-audit snapshot --policy …`), or turn the check off.',
    );
  });

  test('the fail-on input overrides the policy', async () => {
    const { report } = await audit(settings(demo, EXAMPLE, { failOn: 'never' }), silentLogger);
    expect(report.result).toBe('pass');
    expect(report.summary.violations).toBe(0);
    expect(report.summary.findings).toBeGreaterThan(0);
  });

  test('is deterministic for the same data and clock', async () => {
    const a = await audit(settings(demo), silentLogger);
    const b = await audit(settings(demo), silentLogger);
    expect(b.report).toEqual(a.report);
  });

  test('an org with zero clients is incomplete unless the policy allows it', async () => {
    await withSandbox({ seed: { clients: [] } }, async (empty) => {
      const strict = writePolicy('empty-strict.yml', 'version: 1\n');
      await expect(audit(settings(empty, strict), silentLogger)).rejects.toThrow(IncompleteError);
      await expect(audit(settings(empty, strict), silentLogger)).rejects.toThrow(/zero OAuth clients/);
      const lenient = writePolicy('empty-ok.yml', 'version: 1\nsettings:\n  allow-empty-org: true\n');
      const { report } = await audit(settings(empty, lenient), silentLogger);
      expect(report.result).toBe('pass');
      expect(report.summary.clients).toBe(0);
    });
  });

  test('roles named in the policy but unreadable make the audit incomplete', async () => {
    const permissions = ['oauth:client:view'];
    await withSandbox({ seed: 'demo', permissions }, async (noRoles) => {
      const error = await audit(settings(noRoles), silentLogger).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IncompleteError);
      expect(String((error as Error).message)).toContain('authorization:role:view');

      // A policy that does not judge roles by name still runs, without role names.
      const noRolePolicy = writePolicy('no-roles.yml', 'version: 1\nsettings: { fail-on: never }\n');
      const { report } = await audit(settings(noRoles, noRolePolicy), silentLogger);
      expect(report.summary.clients).toBe(noRoles.org.clients.length);
    });
  });

  test('an invalid policy fails before any request', async () => {
    const bad = writePolicy('bad.yml', 'version: 2\n');
    const before = demo.requests.length;
    await expect(audit(settings(demo, bad), silentLogger)).rejects.toThrow(PolicyError);
    expect(demo.requests.length).toBe(before);
  });

  test('computes the impact of a policy change against the base version', async () => {
    const base = readFileSync(EXAMPLE, 'utf8');
    const head = writePolicy('head.yml', base.replace('      max: 3\n', '      max: 1\n'));
    const { report } = await audit(
      settings(demo, head, { basePolicy: { text: base, ref: 'main' } }),
      silentLogger,
    );
    expect(report.impact?.base.status).toBe('compared');
    expect(report.impact?.added.every((f) => f.rule === 'integrations' && f.check === 'too-many-roles')).toBe(
      true,
    );
    expect(report.impact?.added.length).toBeGreaterThan(0);
    expect(report.impact?.removed).toEqual([]);

    const missing = await audit(
      settings(demo, head, { basePolicy: { text: null, ref: 'main' } }),
      silentLogger,
    );
    expect(missing.report.impact?.base.status).toBe('missing');
    const invalid = await audit(
      settings(demo, head, { basePolicy: { text: 'version: [', ref: 'main' } }),
      silentLogger,
    );
    expect(invalid.report.impact?.base.status).toBe('invalid');
    const same = await audit(
      settings(demo, EXAMPLE, { basePolicy: { text: base, ref: 'main' } }),
      silentLogger,
    );
    expect(same.report.impact?.base.status).toBe('unchanged');
  });
});

describe('the impact of dropping forbid-permissions and orphaned-client', () => {
  test('the base policy needs them: they are read, and the findings show as removed', async () => {
    const base = readFileSync(EXAMPLE, 'utf8');
    const head = writePolicy(
      'head-without.yml',
      base
        .replace(/      forbid-permissions:\n(        - .*\n)+/, '')
        .replace(/  orphaned-client: low.*\n/, ''),
    );
    await withSandbox({}, async (sb) => {
      const { report } = await audit(
        settings(sb, head, { basePolicy: { text: base, ref: 'main' } }),
        silentLogger,
      );
      expect(sb.requests.some((r) => r.path === '/api/v2/users')).toBe(true);
      const removed = report.impact!.removed.map((f) => f.check);
      expect(removed).toContain('permission-forbidden');
      expect(removed).toContain('orphaned-client');
    });
  });
});

describe('forbid-permissions against the org permission catalogue', () => {
  test('a pattern that matches no permission of the org warns, naming the nearest', async () => {
    const policy = writePolicy(
      'typo.yml',
      'version: 1\nsettings: { fail-on: never }\nrules:\n  - id: m\n    roles:\n      forbid-permissions: ["oauth:cleint:edit", "oauth:client:*"]\n',
    );
    const { report } = await audit(settings(demo, policy), silentLogger);
    const warnings = report.warnings.map((w) => w.message);
    expect(warnings).toContain(
      'Rule `m`: permission pattern `oauth:cleint:edit` in roles.forbid-permissions matches no permission of this org\'s catalogue. Did you mean "oauth:client:edit"?',
    );
    expect(warnings.join('\n')).not.toContain('`oauth:client:*`');
  });
});

describe('validatePolicy', () => {
  test('validates offline', async () => {
    const { policy, warnings } = await validatePolicy({
      policyPath: EXAMPLE,
      policyDisplayPath: 'p.yml',
      now: NOW,
    });
    expect(policy.rules.length).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
  });
});

describe('refersToRolesByName', () => {
  test('role IDs alone do not need the role list', () => {
    const byId = loadPolicy(
      'version: 1\nrules:\n  - id: r\n    roles:\n      forbid: ["3f1c2d4e-0000-4a00-8000-000000000001"]\n',
      'p.yml',
      NOW,
    );
    expect(refersToRolesByName(byId)).toBe(false);
    const byName = loadPolicy(
      'version: 1\nrules:\n  - id: r\n    roles:\n      forbid: ["Master Admin"]\n',
      'p.yml',
      NOW,
    );
    expect(refersToRolesByName(byName)).toBe(true);
  });
});

describe('a snapshot whose roles cannot be named', () => {
  const client = (id: string, roleIds: string[]): OAuthClient => ({
    id,
    name: id,
    description: '',
    grantType: 'CLIENT-CREDENTIALS',
    state: 'active',
    scopes: [],
    roles: roleIds.map((roleId) => ({ roleId, divisionId: '*' })),
    redirectUris: [],
    tokenLifetimeSeconds: 86400,
  });
  const policy = writePolicy(
    'names-roles.yml',
    'version: 1\nrules:\n  - id: r\n    roles:\n      forbid: ["Master Admin"]\n',
  );

  async function auditSnapshot(roles: OrgData['roles']): Promise<Error> {
    const file = path.join(dir, `snapshot-${roles === null ? 'no' : 'some'}-roles.json`);
    await writeSnapshot(file, {
      clients: [client('c-1', ['role-1']), client('c-2', ['role-1', 'ghost-2']), client('c-3', ['ghost-3'])],
      roles,
      divisions: null,
      scopes: null,
      fetchedAt: NOW.toISOString(),
      source: { kind: 'api', region: 'mypurecloud.com', apiBaseUrl: 'https://api.mypurecloud.com' },
    });
    const s: AuditSettings = {
      policyPath: policy,
      policyDisplayPath: 'names-roles.yml',
      source: { kind: 'snapshot', path: file },
      now: NOW,
    };
    return audit(s, silentLogger).then(
      () => new Error('the audit passed'),
      (e: unknown) => e as Error,
    );
  }

  test('names the first client granted a role the list lacks', async () => {
    const e = await auditSnapshot([{ id: 'role-1', name: 'Reader' }]);
    expect(e).toBeInstanceOf(IncompleteError);
    expect(e.message).toMatch(/^role ghost-2 granted to client c-2 is not in the org's role list/);
  });

  test('says the role list was not fetched when it is absent', async () => {
    const e = await auditSnapshot(null);
    expect(e).toBeInstanceOf(IncompleteError);
    expect(e.message).toMatch(/^the role list was not fetched, but the policy refers to roles by name/);
  });
});

describe('fail closed on what the policy needs but the data lacks', () => {
  const cc = (id: string, roleId: string): OAuthClient => ({
    id,
    name: id,
    description: '',
    grantType: 'CLIENT-CREDENTIALS',
    state: 'active',
    scopes: [],
    roles: [{ roleId, divisionId: 'd1' }],
    redirectUris: [],
    tokenLifetimeSeconds: 3600,
  });

  async function auditSnapshot(name: string, policyText: string, org: Partial<OrgData>): Promise<unknown> {
    const file = path.join(dir, `snapshot-${name}.json`);
    await writeSnapshot(file, {
      clients: [cc('c-1', 'r-read'), cc('c-2', 'r-unread')],
      roles: [
        { id: 'r-read', name: 'Reader', permissionPolicies: [] },
        { id: 'r-unread', name: 'Unread' },
      ],
      divisions: null,
      scopes: null,
      fetchedAt: NOW.toISOString(),
      source: { kind: 'api', region: 'mypurecloud.com', apiBaseUrl: 'https://api.mypurecloud.com' },
      ...org,
    });
    const s: AuditSettings = {
      policyPath: writePolicy(`${name}.yml`, policyText),
      policyDisplayPath: `${name}.yml`,
      source: { kind: 'snapshot', path: file },
      now: NOW,
    };
    return audit(s, silentLogger).then(
      () => new Error('the audit passed'),
      (e: unknown) => e,
    );
  }
  const FORBID = 'version: 1\nrules:\n  - id: r\n    roles:\n      forbid-permissions: ["oauth:*:*"]\n';

  test('forbid-permissions with a granted role whose permissions are unknown: incomplete, naming it', async () => {
    const e = await auditSnapshot('unread-role', FORBID, {});
    expect(e).toBeInstanceOf(IncompleteError);
    expect((e as Error).message).toMatch(
      /^the permissions of role r-unread, granted to client c-2, are not known, and the policy uses roles\.forbid-permissions/,
    );
  });

  test('forbid-permissions with a granted role whose permissions the evaluation cannot look up: incomplete', async () => {
    // A role without a name is not in the directory the evaluation judges roles by.
    const grants = { domain: 'oauth', entity: 'client', actions: ['edit'], conditional: false };
    const e = await auditSnapshot('unnamed-role', FORBID, {
      clients: [cc('c-1', 'r-read')],
      roles: [{ id: 'r-read', name: '', permissionPolicies: [grants] }],
    });
    expect(e).toBeInstanceOf(IncompleteError);
    expect((e as Error).message).toMatch(
      /^the permissions of role r-read, granted to client c-1, are not known/,
    );
  });

  test('forbid-permissions without a role list at all: incomplete', async () => {
    const e = await auditSnapshot('no-roles', FORBID, { roles: null });
    expect(e).toBeInstanceOf(IncompleteError);
    expect((e as Error).message).toMatch(/^the permissions of role r-read/);
  });

  test('orphaned-client on, but the creators were not looked up: incomplete', async () => {
    const e = await auditSnapshot('no-users', 'version: 1\nchecks:\n  orphaned-client: low\n', {});
    expect(e).toBeInstanceOf(IncompleteError);
    expect((e as Error).message).toMatch(
      /^the orphaned-client check is on, but the creators of the clients were not looked up/,
    );
  });

  test('the same snapshots pass when the policy needs neither', async () => {
    const e = await auditSnapshot('neither', 'version: 1\nsettings:\n  fail-on: never\n', {});
    expect((e as Error).message).toBe('the audit passed');
  });

  test('against the demo: roles listed without policies are read in detail, one call per granted role', async () => {
    await withSandbox({ omitListPermissionPolicies: true }, async (sb) => {
      const { report } = await audit(settings(sb), silentLogger);
      const details = sb.requests.filter((r) => /^\/api\/v2\/authorization\/roles\/./.test(r.path));
      const granted = new Set(sb.org.clients.flatMap((c) => (c.roleDivisions ?? []).map((g) => g.roleId)));
      for (const c of sb.org.clients) for (const id of c.roleIds ?? []) granted.add(id);
      expect(details).toHaveLength(granted.size);
      const found = report.clients
        .flatMap((c) => c.findings)
        .filter((f) => f.check === 'permission-forbidden');
      expect(found.map((f) => f.subject)).toContain('Reporting Reader: oauth:client:edit');
    });
  });

  // The second role detail; the one users batch of the demo.
  test.each([['role', 2] as const, ['users', 1] as const])(
    'against the demo: a failed %s call (#%d) ends the audit incomplete, never a pass',
    async (endpoint, nth) => {
      await withSandbox(
        { omitListPermissionPolicies: true, faults: [{ endpoint, kind: 'forbidden', nth }] },
        async (sb) => {
          const e = await audit(settings(sb, EXAMPLE, { failOn: 'never' }), silentLogger).catch(
            (err: unknown) => err,
          );
          expect(e).toBeInstanceOf(IncompleteError);
          expect((e as Error).message).toMatch(
            endpoint === 'role' ? /forbid-permissions/ : /orphaned-client/,
          );
        },
      );
    },
  );
});
