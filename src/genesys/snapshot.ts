/**
 * Snapshot files (see README): what the audit fetched, as redacted JSON, to re-run an audit offline.
 * Redacted by construction: written field by field from the normalised model, which has no secret,
 * and read back strictly (an unknown key is an error, so nothing else rides along).
 */
import { jsonErrorPosition } from '../json-error.js';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { TOOL_NAME, VERSION } from '../version.js';
import type {
  ClientUsage,
  Division,
  OAuthClient,
  OrgData,
  PermissionPolicy,
  Role,
  UsageData,
  User,
  UserRef,
} from '../model.js';

const SNAPSHOT_KIND = 'genesys-oauth-audit-snapshot';
const SNAPSHOT_SCHEMA_VERSION = 1;
/** Far above 10,000 clients (~10 MB); refuses to read something that is not a snapshot. */
const MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024;

/**
 * A client as a snapshot stores it: the model's fields, copied one by one (`clientOf`), so nothing
 * else the API sent, such as a secret, can reach the file.
 */
type SnapshotClient = OAuthClient;

interface Snapshot {
  kind: typeof SNAPSHOT_KIND;
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  fetchedAt: string;
  source: { region: string; apiBaseUrl: string };
  clients: SnapshotClient[];
  roles: Role[] | null;
  divisions: Division[] | null;
  scopes: string[] | null;
  /** Absent when the usage was not read. */
  usage?: SnapshotUsage;
  /** Only when the creators were looked up. */
  users?: User[];
  /** Only when the permission catalogue was read. */
  permissions?: string[];
}

interface SnapshotUsage {
  from: string;
  to: string;
  /** Clients with a request in the window (lower-case IDs). */
  clients: { id: string; lastUsed: string | null; requests: number }[];
}

/** A snapshot file that cannot be used: the user gave a wrong or damaged file. */
export class SnapshotError extends UserError {
  override name = 'SnapshotError';
}

function clientOf(c: OAuthClient): SnapshotClient {
  const out: SnapshotClient = {
    id: c.id,
    name: c.name,
    description: c.description,
    grantType: c.grantType,
    state: c.state,
    scopes: [...c.scopes],
    roles: c.roles.map((r) => ({ roleId: r.roleId, divisionId: r.divisionId })),
    redirectUris: [...c.redirectUris],
    tokenLifetimeSeconds: c.tokenLifetimeSeconds,
  };
  if (c.dateCreated !== undefined) out.dateCreated = c.dateCreated;
  if (c.dateModified !== undefined) out.dateModified = c.dateModified;
  if (c.dateToDelete !== undefined) out.dateToDelete = c.dateToDelete;
  for (const key of ['createdBy', 'modifiedBy'] as const) {
    const ref = c[key];
    if (ref !== undefined)
      out[key] = ref.name === undefined ? { id: ref.id } : { id: ref.id, name: ref.name };
  }
  return out;
}

function roleOf(r: Role): Role {
  const out: Role = { id: r.id, name: r.name };
  if (r.permissionPolicies !== undefined)
    out.permissionPolicies = r.permissionPolicies.map((p) => ({
      domain: p.domain,
      entity: p.entity,
      actions: [...p.actions],
      conditional: p.conditional,
    }));
  return out;
}

/** The redacted snapshot of fetched org data. */
export function snapshotOf(org: OrgData): Snapshot {
  return {
    kind: SNAPSHOT_KIND,
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    fetchedAt: org.fetchedAt,
    source: { region: org.source.region, apiBaseUrl: org.source.apiBaseUrl },
    clients: org.clients.map(clientOf),
    roles: org.roles?.map(roleOf) ?? null,
    divisions: org.divisions?.map((d) => ({ id: d.id, name: d.name })) ?? null,
    scopes: org.scopes ? [...org.scopes] : null,
    ...(org.usage && {
      usage: {
        from: org.usage.from,
        to: org.usage.to,
        clients: [...org.usage.clients].map(([id, u]) => ({
          id,
          lastUsed: u.lastUsed,
          requests: u.requests,
        })),
      },
    }),
    ...(org.users && { users: org.users.map((u) => ({ id: u.id, name: u.name, state: u.state })) }),
    ...(org.permissions && { permissions: [...org.permissions] }),
  };
}

export async function writeSnapshot(path: string, org: OrgData): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(snapshotOf(org), null, 2)}\n`, 'utf8');
}

// ---- strict reading -------------------------------------------------------------------------

type Obj = Record<string, unknown>;

class Reader {
  constructor(private readonly file: string) {}

  fail(at: string, what: string): never {
    throw new SnapshotError(`Snapshot ${this.file} is not usable: ${at}: ${what}.`);
  }

  object(v: unknown, at: string, required: string[], optional: string[] = []): Obj {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.fail(at, 'expected an object');
    const o = v as Obj;
    for (const key of Object.keys(o)) {
      if (!required.includes(key) && !optional.includes(key)) this.fail(at, `unknown key "${key}"`);
    }
    for (const key of required) {
      if (!Object.prototype.hasOwnProperty.call(o, key)) this.fail(at, `missing "${key}"`);
    }
    return o;
  }

  string(v: unknown, at: string, nonEmpty = false): string {
    if (typeof v !== 'string') this.fail(at, 'expected a string');
    if (nonEmpty && v === '') this.fail(at, 'expected a non-empty string');
    return v;
  }

  strings(v: unknown, at: string): string[] {
    if (!Array.isArray(v)) this.fail(at, 'expected a list of strings');
    return v.map((s, i) => this.string(s, `${at}[${i}]`));
  }

  list<T>(v: unknown, at: string, item: (x: unknown, at: string) => T): T[] {
    if (!Array.isArray(v)) this.fail(at, 'expected a list');
    return v.map((x, i) => item(x, `${at}[${i}]`));
  }

  date(v: unknown, at: string): string {
    const s = this.string(v, at);
    if (Number.isNaN(Date.parse(s))) this.fail(at, `"${s}" is not a date`);
    return s;
  }
}

const CLIENT_KEYS = [
  'id',
  'name',
  'description',
  'grantType',
  'state',
  'scopes',
  'roles',
  'redirectUris',
  'tokenLifetimeSeconds',
];
const CLIENT_DATES = ['dateCreated', 'dateModified', 'dateToDelete'] as const;
const CLIENT_USERS = ['createdBy', 'modifiedBy'] as const;

function readUserRef(r: Reader, v: unknown, at: string): UserRef {
  const o = r.object(v, at, ['id'], ['name']);
  const ref: UserRef = { id: r.string(o.id, `${at}.id`, true) };
  if (o.name !== undefined) ref.name = r.string(o.name, `${at}.name`);
  return ref;
}

function readPolicy(r: Reader, v: unknown, at: string): PermissionPolicy {
  const o = r.object(v, at, ['domain', 'entity', 'actions', 'conditional']);
  if (typeof o.conditional !== 'boolean') r.fail(`${at}.conditional`, 'expected true or false');
  // Each part one segment of `domain:entity:action`, as the API's answer is read.
  const part = (v: unknown, where: string): string => {
    const s = r.string(v, where, true);
    if (s.includes(':')) r.fail(where, `"${s}" holds a colon`);
    return s;
  };
  const actions = r.strings(o.actions, `${at}.actions`);
  actions.forEach((a, i) => part(a, `${at}.actions[${i}]`));
  return {
    domain: part(o.domain, `${at}.domain`),
    entity: part(o.entity, `${at}.entity`),
    actions,
    conditional: o.conditional,
  };
}

function readRoles(r: Reader, v: unknown): Role[] | null {
  if (v === null) return null;
  const roles = r.list(v, 'roles', (x, a) => {
    const o = r.object(x, a, ['id', 'name'], ['permissionPolicies']);
    const role: Role = { id: r.string(o.id, `${a}.id`, true), name: r.string(o.name, `${a}.name`) };
    if (o.permissionPolicies !== undefined)
      role.permissionPolicies = r.list(o.permissionPolicies, `${a}.permissionPolicies`, (p, pa) =>
        readPolicy(r, p, pa),
      );
    return role;
  });
  unique(r, roles, 'roles', 'role');
  return roles;
}

function unique(r: Reader, items: readonly { id: string }[], at: string, kind: string): void {
  // Genesys IDs are GUIDs, looked up case-insensitively: two that differ in case are one.
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    const key = item.id.toLowerCase();
    if (seen.has(key)) r.fail(`${at}[${i}]`, `${kind} ${item.id} appears twice`);
    seen.add(key);
  }
}

function readUsers(r: Reader, v: unknown): User[] {
  const users = r.list(v, 'users', (x, a) => {
    const o = r.object(x, a, ['id', 'name', 'state']);
    return {
      id: r.string(o.id, `${a}.id`, true),
      name: r.string(o.name, `${a}.name`),
      state: r.string(o.state, `${a}.state`, true),
    };
  });
  unique(r, users, 'users', 'user');
  return users;
}

function readClient(r: Reader, v: unknown, at: string): OAuthClient {
  const o = r.object(v, at, CLIENT_KEYS, [...CLIENT_DATES, ...CLIENT_USERS]);
  const lifetime = o.tokenLifetimeSeconds;
  if (typeof lifetime !== 'number' || !Number.isFinite(lifetime) || lifetime < 0) {
    r.fail(`${at}.tokenLifetimeSeconds`, 'expected a number of seconds ≥ 0');
  }
  const client: OAuthClient = {
    id: r.string(o.id, `${at}.id`, true),
    name: r.string(o.name, `${at}.name`),
    description: r.string(o.description, `${at}.description`),
    grantType: r.string(o.grantType, `${at}.grantType`),
    state: r.string(o.state, `${at}.state`),
    scopes: r.strings(o.scopes, `${at}.scopes`),
    roles: r.list(o.roles, `${at}.roles`, (x, a) => {
      const g = r.object(x, a, ['roleId', 'divisionId']);
      const divisionId = g.divisionId === null ? null : r.string(g.divisionId, `${a}.divisionId`, true);
      return { roleId: r.string(g.roleId, `${a}.roleId`, true), divisionId };
    }),
    redirectUris: r.strings(o.redirectUris, `${at}.redirectUris`),
    tokenLifetimeSeconds: lifetime,
  };
  for (const key of CLIENT_DATES) {
    if (o[key] !== undefined) client[key] = r.date(o[key], `${at}.${key}`);
  }
  for (const key of CLIENT_USERS) {
    if (o[key] !== undefined) client[key] = readUserRef(r, o[key], `${at}.${key}`);
  }
  return client;
}

function readNamed(r: Reader, v: unknown, at: string, kind: string): { id: string; name: string }[] | null {
  if (v === null) return null;
  const items = r.list(v, at, (x, a) => {
    const o = r.object(x, a, ['id', 'name']);
    return { id: r.string(o.id, `${a}.id`, true), name: r.string(o.name, `${a}.name`) };
  });
  unique(r, items, at, kind);
  return items;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

function readUsage(r: Reader, v: unknown): UsageData {
  const o = r.object(v, 'usage', ['from', 'to', 'clients']);
  const day = (x: unknown, at: string): string => {
    const s = r.date(x, at);
    if (!DAY_RE.test(s)) r.fail(at, `"${s}" is not a day (YYYY-MM-DD)`);
    return s;
  };
  const from = day(o.from, 'usage.from');
  const to = new Date(r.date(o.to, 'usage.to')).toISOString();
  const clients = new Map<string, ClientUsage>();
  r.list(o.clients, 'usage.clients', (x, a) => {
    const c = r.object(x, a, ['id', 'lastUsed', 'requests']);
    const id = r.string(c.id, `${a}.id`, true).toLowerCase();
    if (clients.has(id)) r.fail(`${a}.id`, `client ${id} appears twice`);
    const requests = c.requests;
    if (typeof requests !== 'number' || !Number.isSafeInteger(requests) || requests < 0)
      r.fail(`${a}.requests`, 'expected a whole number ≥ 0');
    const lastUsed = c.lastUsed === null ? null : day(c.lastUsed, `${a}.lastUsed`);
    // A use after the data was read, or before its window, was not read: it cannot make a client used.
    if (lastUsed !== null && (lastUsed < from || lastUsed > to.slice(0, 10)))
      r.fail(`${a}.lastUsed`, `${lastUsed} is outside the usage window (${from} to ${to.slice(0, 10)})`);
    clients.set(id, { lastUsed, requests });
  });
  return { from, to, clients };
}

/** Validates a parsed snapshot and returns the org data it holds (source kind `snapshot`). */
function orgFromSnapshot(data: unknown, file: string): OrgData {
  const r = new Reader(file);
  const top = r.object(
    data,
    '(top level)',
    ['kind', 'schemaVersion', 'tool', 'fetchedAt', 'source', 'clients', 'roles', 'divisions', 'scopes'],
    ['usage', 'users', 'permissions'],
  );
  if (top.kind !== SNAPSHOT_KIND) r.fail('kind', `expected "${SNAPSHOT_KIND}" (is this a snapshot file?)`);
  if (top.schemaVersion !== SNAPSHOT_SCHEMA_VERSION) {
    r.fail(
      'schemaVersion',
      `version ${JSON.stringify(top.schemaVersion)} is not supported (this ${TOOL_NAME} ${VERSION} reads version ${SNAPSHOT_SCHEMA_VERSION}); write the snapshot again with this version`,
    );
  }
  const tool = r.object(top.tool, 'tool', ['name', 'version']);
  r.string(tool.name, 'tool.name');
  r.string(tool.version, 'tool.version');
  const src = r.object(top.source, 'source', ['region', 'apiBaseUrl']);
  const clients = r.list(top.clients, 'clients', (x, a) => readClient(r, x, a));
  const ids = new Set<string>();
  for (const [i, c] of clients.entries()) {
    const key = c.id.toLowerCase();
    if (ids.has(key)) r.fail(`clients[${i}].id`, `client ${c.id} appears twice`);
    ids.add(key);
  }
  let scopes: string[] | null = null;
  if (top.scopes !== null) scopes = r.strings(top.scopes, 'scopes');
  return {
    ...(top.usage !== undefined && { usage: readUsage(r, top.usage) }),
    clients,
    roles: readRoles(r, top.roles),
    divisions: readNamed(r, top.divisions, 'divisions', 'division'),
    scopes,
    ...(top.users !== undefined && { users: readUsers(r, top.users) }),
    ...(top.permissions !== undefined && { permissions: r.strings(top.permissions, 'permissions') }),
    fetchedAt: r.date(top.fetchedAt, 'fetchedAt'),
    source: {
      kind: 'snapshot',
      region: r.string(src.region, 'source.region'),
      apiBaseUrl: r.string(src.apiBaseUrl, 'source.apiBaseUrl'),
    },
  };
}

/** Reads and validates a snapshot file; any problem is a SnapshotError (a UserError) saying what to fix. */
export async function readSnapshot(path: string): Promise<OrgData> {
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new SnapshotError(`Snapshot ${path} is not a file.`);
    if (info.size > MAX_SNAPSHOT_BYTES)
      throw new SnapshotError(`Snapshot ${path} is larger than ${MAX_SNAPSHOT_BYTES} bytes.`);
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof SnapshotError) throw err;
    const code = (err as { code?: string }).code;
    throw new SnapshotError(
      code === 'ENOENT'
        ? `Snapshot ${path} does not exist: check the \`snapshot\` input.`
        : `Snapshot ${path} cannot be read: ${(err as Error).message}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new SnapshotError(
      `Snapshot ${path} is not valid JSON${jsonErrorPosition(err)}: check that the \`snapshot\` input names a file written by \`genesys-oauth-audit snapshot\`.`,
    );
  }
  return orgFromSnapshot(data, path);
}
