/**
 * Synthetic orgs of any size for load tests and benchmarks. Deterministic: the same N and M give
 * byte-identical data (a seeded PRNG, no clock), so benchmark runs compare like with like.
 * The mix resembles a real org: mostly compliant widgets, agent apps and integrations under the
 * example policy, with a sprinkling of every kind of problem.
 */
import type { SeedOrg, WireDivision, WireOAuthClient, WireRole, WireUser } from '../wire.js';

export const DEFAULT_SYNTHETIC_ROLES = 25;

/** mulberry32: tiny, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hex(rand: () => number, digits: number): string {
  let s = '';
  while (s.length < digits)
    s += Math.floor(rand() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  return s.slice(0, digits);
}

/**
 * A v4-shaped GUID. Its last 8 digits are a bijection of (kind, index), so IDs stay unique
 * whatever the PRNG does, without looking sequential.
 */
function guid(rand: () => number, kind: number, index: number): string {
  const variant = (8 + Math.floor(rand() * 4)).toString(16);
  return `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-${variant}${hex(rand, 3)}-${kind.toString(16)}${hex(rand, 3)}${(Math.imul(index, 0x9e3779b1) >>> 0).toString(16).padStart(8, '0')}`;
}

const BASE_TIME = Date.UTC(2019, 0, 1);
const DAY = 86_400_000;

function isoDate(rand: () => number, fromDays: number, spanDays: number): string {
  return new Date(
    BASE_TIME + Math.floor((fromDays + rand() * spanDays) * DAY) + Math.floor(rand() * DAY),
  ).toISOString();
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

const NAMED_ROLES = [
  'Master Admin',
  'Employee',
  'Communicate - Admin',
  'Integration - Read Only',
  'Analytics Reader',
  'Workforce Scheduler',
  'Recording Reader',
  'Quality Evaluator',
  'Routing Manager',
  'Outbound Admin',
];

const DIVISION_NAMES = [
  'Home',
  'EMEA Operations',
  'North America Operations',
  'APAC Operations',
  'Back Office',
];

const WIDGET_SCOPES = ['users:readonly', 'webdeployments:readonly', 'messaging:readonly'];
const APP_SCOPES = [
  'conversations',
  'users:readonly',
  'routing:readonly',
  'presence',
  'analytics:readonly',
  'notifications',
  'quality:readonly',
  'external-contacts',
];
const GRANT_SPELLINGS = ['CODE', 'TOKEN', 'SAML2-BEARER', 'PASSWORD', 'CLIENT-CREDENTIALS'] as const;

/** The five divisions every synthetic org has; the first is the home division. */
function syntheticDivisions(rand: () => number): WireDivision[] {
  return DIVISION_NAMES.map((name, i) => {
    const id = guid(rand, 1, i);
    return {
      id,
      name,
      description: `${name} division`,
      homeDivision: i === 0,
      selfUri: `/api/v2/authorization/divisions/${id}`,
    };
  });
}

/** The well-known roles first, then numbered custom roles. */
function syntheticRoles(rand: () => number, roleCount: number): WireRole[] {
  const roles: WireRole[] = [];
  for (let i = 0; i < roleCount; i++) {
    const id = guid(rand, 2, i);
    const named = i < NAMED_ROLES.length;
    roles.push({
      id,
      name: named ? NAMED_ROLES[i]! : `Custom Role ${String(i + 1).padStart(4, '0')}`,
      description: named ? `${NAMED_ROLES[i]} role` : 'Synthetic custom role',
      ...(named ? { defaultRoleId: NAMED_ROLES[i]!.toLowerCase().replace(/[^a-z]+/g, '') } : {}),
      permissions: [],
      permissionPolicies: [
        { domain: 'directory', entityName: 'user', actionSet: ['view'], allowConditions: false },
        { domain: 'synthetic', entityName: `role${i}`, actionSet: ['view'], allowConditions: false },
        ...(/admin/i.test(named ? NAMED_ROLES[i]! : '')
          ? [{ domain: 'authorization', entityName: '*', actionSet: ['*'], allowConditions: false }]
          : []),
      ],
      default: named,
      base: false,
      userCount: Math.floor(rand() * 200),
      selfUri: `/api/v2/authorization/roles/${id}`,
    });
  }
  return roles;
}

/** What client kinds draw from. */
interface Pools {
  roles: WireRole[];
  /** Integrations draw from non-admin roles mostly, so most of them pass the example policy. */
  ordinaryRoles: WireRole[];
  adminRoles: WireRole[];
  divisions: WireDivision[];
}

function makeWidget(rand: () => number, c: WireOAuthClient, n: string): void {
  c.name = rand() < 0.5 ? `webchat-${n}` : `Web Messaging ${n}`;
  c.description = 'Synthetic web messaging widget';
  c.authorizedGrantType = rand() < 0.97 ? 'CODE' : 'TOKEN';
  c.scope = ['conversations', ...WIDGET_SCOPES.filter(() => rand() < 0.5)];
  if (rand() < 0.03) c.scope.push('users');
  c.registeredRedirectUri = [rand() < 0.97 ? `https://w${n}.example.com/cb` : `http://w${n}.example.org/cb`];
  c.accessTokenValiditySeconds = rand() < 0.95 ? 3600 : 7200;
}

function makeStaffApp(rand: () => number, c: WireOAuthClient, n: string): void {
  c.name = `${pick(rand, ['Agent', 'Supervisor', 'CRM'])} App ${n}`;
  c.description = 'Synthetic staff application';
  c.authorizedGrantType = rand() < 0.6 ? 'CODE' : 'SAML2-BEARER';
  c.scope = APP_SCOPES.filter(() => rand() < 0.5);
  if (c.authorizedGrantType === 'CODE') c.registeredRedirectUri = [`https://app${n}.example.com/callback`];
  c.accessTokenValiditySeconds = rand() < 0.95 ? 43200 : 172800;
}

function makeIntegration(rand: () => number, c: WireOAuthClient, n: string, pools: Pools): void {
  c.name = `Integration ${n}`;
  c.description = 'Synthetic server-to-server integration';
  c.authorizedGrantType = rand() < 0.98 ? 'CLIENT-CREDENTIALS' : 'CLIENT_CREDENTIALS';
  const count = 1 + Math.floor(rand() * 3);
  const pool =
    rand() < 0.05 && pools.adminRoles.length > 0
      ? pools.adminRoles
      : pools.ordinaryRoles.length > 0
        ? pools.ordinaryRoles
        : pools.roles;
  c.roleDivisions = Array.from({ length: count }, () => ({
    roleId: pick(rand, pool).id,
    divisionId: rand() < 0.04 ? '*' : pick(rand, pools.divisions).id,
  }));
  c.accessTokenValiditySeconds = 86400;
}

function makeUnclaimed(rand: () => number, c: WireOAuthClient, n: string): void {
  c.name = `Reporting App ${n}`;
  c.description = 'Synthetic client no rule claims';
  const g = rand();
  c.authorizedGrantType = g < 0.1 ? 'PASSWORD' : g < 0.2 ? 'TOKEN' : pick(rand, GRANT_SPELLINGS.slice(0, 3));
  c.scope = ['analytics:readonly', ...(rand() < 0.1 ? ['legacy-reports'] : [])];
  if (c.authorizedGrantType !== 'PASSWORD') c.registeredRedirectUri = [`https://r${n}.example.com/cb`];
  c.accessTokenValiditySeconds = 3600;
}

/** Client number `i`: a widget, a staff app, an integration or a client no rule claims. */
function syntheticClient(rand: () => number, i: number, pools: Pools, creators: string[]): WireOAuthClient {
  const id = guid(rand, 4, i);
  const n = String(i + 1).padStart(6, '0');
  const roll = rand();
  const created = isoDate(rand, 0, 2500);
  const by = pick(rand, creators);
  const c: WireOAuthClient = { id, name: '', description: '' };
  if (roll < 0.3) makeWidget(rand, c, n);
  else if (roll < 0.5) makeStaffApp(rand, c, n);
  else if (roll < 0.88) makeIntegration(rand, c, n, pools);
  else makeUnclaimed(rand, c, n);
  const s = rand();
  c.state = s < 0.03 ? 'inactive' : s < 0.05 ? 'disabled' : 'active';
  c.dateCreated = created;
  c.dateModified = created;
  if (c.state === 'inactive') c.dateToDelete = isoDate(rand, 2900, 60);
  c.createdBy = { id: by, selfUri: `/api/v2/users/${by}` };
  c.modifiedBy = { id: by, selfUri: `/api/v2/users/${by}` };
  c.selfUri = `/api/v2/oauth/clients/${id}`;
  return c;
}

/** Builds an org of `clientCount` clients and `roleCount` roles. */
export function syntheticOrg(clientCount: number, roleCount: number = DEFAULT_SYNTHETIC_ROLES): SeedOrg {
  if (!Number.isInteger(clientCount) || clientCount < 0)
    throw new RangeError(`client count must be a whole number >= 0`);
  if (!Number.isInteger(roleCount) || roleCount < 1)
    throw new RangeError(`role count must be a whole number >= 1`);
  const rand = prng(0x5eed ^ Math.imul(clientCount, 2654435761) ^ Math.imul(roleCount, 40503));
  const divisions = syntheticDivisions(rand);
  const roles = syntheticRoles(rand, roleCount);
  const pools: Pools = {
    roles,
    ordinaryRoles: roles.filter((r) => !/admin/i.test(r.name)),
    adminRoles: roles.filter((r) => /admin/i.test(r.name)),
    divisions,
  };
  const creators = [guid(rand, 3, 0), guid(rand, 3, 1), guid(rand, 3, 2)];
  // Still with the company: a third of a large org orphaned would swamp what the benchmark measures.
  const users: WireUser[] = creators.map((id, i) => ({
    id,
    name: `Synthetic User ${i + 1}`,
    state: 'active',
    selfUri: `/api/v2/users/${id}`,
  }));
  const clients = Array.from({ length: clientCount }, (_, i) => syntheticClient(rand, i, pools, creators));
  return {
    id: guid(rand, 0, 0),
    name: `Synthetic Org (${clientCount} clients, ${roleCount} roles)`,
    clients,
    roles,
    divisions,
    users,
  };
}
