/**
 * The demo org: a fictional contact-centre company, Brightline Contact Centres, whose OAuth
 * clients are written against the example policy `policies/oauth-policy.yml`. Some clients pass,
 * others fail, and every built-in and rule check this policy can raise fires at least once.
 *
 * The data is `demo.json`. Each client there says `why` it is in the org and which checks the
 * example policy should raise on it (`expect`, exempted ones included). Clients name their roles
 * and divisions and their author (`by`, a key of `users`, or null when no creator is recorded);
 * this loader turns the names into IDs and adds what every record carries (`selfUri`, `createdBy`,
 * `modifiedBy`). Users marked `otherOrg` (Genesys support) are referred to but not served, as
 * the users of another org are not. The GUIDs are fixed so reports, snapshots and tests stay stable.
 * The `usage` section gives each client's API use in days before the sandbox's clock (and its own
 * `why` and `expect`), so the demo's idle clients stay idle whatever the date.
 */
import data from './demo.json' with { type: 'json' };
import type { SeedOrg, SeedUsage, WireDivision, WireOAuthClient, WireRole, WireUser } from '../wire.js';

interface DemoClient {
  why: string;
  expect: string[];
  by: string | null;
  client: Omit<WireOAuthClient, 'roleIds' | 'roleDivisions' | 'createdBy' | 'modifiedBy' | 'selfUri'> & {
    /** `*` for every division. */
    roleDivisions?: { role: string; division: string }[];
    /** The deprecated `roleIds`, by role name. */
    roleNames?: string[];
  };
}

interface DemoFile {
  id: string;
  name: string;
  users: Record<string, Omit<WireUser, 'selfUri'> & { otherOrg?: boolean }>;
  divisions: Omit<WireDivision, 'selfUri'>[];
  roles: Omit<WireRole, 'selfUri'>[];
  clients: DemoClient[];
  /** API usage by client ID, with `why` and the checks it should raise (`expect`, default none). */
  usage: Record<string, SeedUsage & { why?: string; expect?: string[] }>;
}

const file: DemoFile = data as DemoFile;

/** Looks a name up, so a misspelt reference in the data fails loudly instead of serving nothing. */
function lookup(what: string, ids: ReadonlyMap<string, string>): (name: string) => string {
  return (name) => {
    const id = ids.get(name);
    if (id === undefined) throw new Error(`demo.json: unknown ${what} "${name}"`);
    return id;
  };
}

const roleId = lookup('role', new Map(file.roles.map((r) => [r.name, r.id])));
const divisionId = lookup(
  'division',
  new Map([['*', '*'], ...file.divisions.map((d) => [d.name, d.id] as const)]),
);
const userId = lookup('user', new Map(Object.entries(file.users).map(([key, u]) => [key, u.id])));

function wireClient({ client, by }: DemoClient): WireOAuthClient {
  const { roleDivisions, roleNames, ...fields } = client;
  const user = by === null ? undefined : { id: userId(by), selfUri: `/api/v2/users/${userId(by)}` };
  return {
    ...fields,
    ...(roleNames && { roleIds: roleNames.map(roleId) }),
    ...(roleDivisions && {
      roleDivisions: roleDivisions.map((rd) => ({
        roleId: roleId(rd.role),
        divisionId: divisionId(rd.division),
      })),
    }),
    ...(user && { createdBy: user, modifiedBy: { ...user } }),
    selfUri: `/api/v2/oauth/clients/${client.id}`,
  };
}

const demo: Required<Omit<SeedOrg, 'scopes'>> = {
  id: file.id,
  name: file.name,
  clients: file.clients.map(wireClient),
  roles: file.roles.map((r) => ({ ...r, selfUri: `/api/v2/authorization/roles/${r.id}` })),
  divisions: file.divisions.map((d) => ({ ...d, selfUri: `/api/v2/authorization/divisions/${d.id}` })),
  usage: Object.fromEntries(
    Object.entries(file.usage).map(([id, u]) => {
      const { why: _why, expect: _expect, ...seed } = u;
      return [id, seed];
    }),
  ),
  users: Object.values(file.users)
    .filter((u) => !u.otherOrg)
    .map(({ otherOrg: _, ...u }) => ({ ...u, selfUri: `/api/v2/users/${u.id}` })),
};

/** The value of the legacy `secret` field one demo client still carries: it must never leak. */
export const DEMO_LEGACY_SECRET: string = file.clients.find((c) => c.client.secret)?.client.secret ?? '';

/** Checks the example policy should raise, per demo client ID (exempted findings included). */
export const DEMO_EXPECTED_CHECKS: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(
    file.clients.map((c) => [
      c.client.id,
      Object.freeze([...c.expect, ...(file.usage[c.client.id]?.expect ?? [])]),
    ]),
  ),
);

/** A fresh copy of the demo org (callers may mutate it). */
export function demoOrg(): SeedOrg {
  return structuredClone(demo);
}
