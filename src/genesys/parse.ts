/**
 * Wire objects → the normalised model. Each result is built from an allowlist of fields, so the
 * client `secret` (which old data may carry) never gets past this file. Harmless type slips
 * (a numeric name, a numeric string lifetime) are tolerated; anything that could hide a grant
 * (a garbled scope, role or redirect list, a missing id) is a malformed response: the audit
 * must not judge a client it cannot read.
 */
import { IncompleteError } from '../errors.js';
import { normaliseGrantType } from '../grant-types.js';
import { errorFields } from './api-error.js';
import {
  CLIENT_STATES,
  type Division,
  type OAuthClient,
  type PermissionPolicy,
  type Role,
  type RoleGrant,
  type UserRef,
} from '../model.js';

/** A response the audit cannot read reliably. */
export class MalformedResponseError extends IncompleteError {
  override name = 'MalformedResponseError';
}

const DEFAULT_TOKEN_LIFETIME_SECONDS = 86400;

type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Own property only: a wire object named `__proto__` or `constructor` must not reach the prototype. */
export function field(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** Known states in lower case (`ACTIVE` → `active`); anything else as given. */
export function normaliseState(raw: string): string {
  if ((CLIENT_STATES as readonly string[]).includes(raw)) return raw;
  const lower = raw.trim().toLowerCase();
  return (CLIENT_STATES as readonly string[]).includes(lower) ? lower : raw;
}

export function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

function optionalDate(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Formats an item for messages without echoing its content (which might carry a secret). */
function describe(index: number, id?: string): string {
  return id ? `client ${id}` : `item ${index}`;
}

export interface ParseContext {
  /** E.g. `GET /api/v2/oauth/clients (correlation ID abc)`. */
  source: string;
  index: number;
}

export function malformed(ctx: ParseContext, what: string): never {
  throw new MalformedResponseError(
    `Malformed response from ${ctx.source}: ${what}. The audit cannot judge what it cannot read: re-run it; ` +
      'if this persists, report it with the correlation ID.',
  );
}

/** A list of strings (a lone string is a list of one), without nulls or repeats, in order. */
function stringList(v: unknown, name: string, who: string, ctx: ParseContext): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) malformed(ctx, `${who} has a \`${name}\` that is not a list`);
  const out = new Set<string>();
  for (const item of v) {
    if (item === null) continue;
    if (typeof item !== 'string') malformed(ctx, `${who} has a \`${name}\` entry that is not a string`);
    out.add(item);
  }
  return [...out];
}

/** The grants of `roleDivisions`, then those of the deprecated `roleIds`, each role and division once. */
function roleGrants(raw: Obj, who: string, ctx: ParseContext): RoleGrant[] {
  const divisions = field(raw, 'roleDivisions');
  if (divisions !== undefined && divisions !== null && !Array.isArray(divisions))
    malformed(ctx, `${who} has a \`roleDivisions\` that is not a list`);
  const grants = new Map<string, RoleGrant>();
  const add = (roleId: string, divisionId: string | null): void => {
    const key = JSON.stringify([roleId, divisionId]);
    if (!grants.has(key)) grants.set(key, { roleId, divisionId });
  };
  for (const rd of divisions ?? []) {
    if (rd === null) continue;
    if (!isObject(rd)) malformed(ctx, `${who} has a \`roleDivisions\` entry that is not an object`);
    const roleId = field(rd, 'roleId');
    const divisionId = field(rd, 'divisionId');
    if (typeof roleId !== 'string' || roleId === '')
      malformed(ctx, `${who} has a \`roleDivisions\` entry without roleId`);
    if (divisionId !== undefined && divisionId !== null && typeof divisionId !== 'string') {
      malformed(ctx, `${who} has a \`roleDivisions\` entry whose divisionId is not a string`);
    }
    add(roleId, typeof divisionId === 'string' && divisionId !== '' ? divisionId : null);
  }
  // Deprecated `roleIds` give no division: a role there counts only when roleDivisions does not grant it.
  const inDivisions = new Set([...grants.values()].map((g) => g.roleId));
  for (const roleId of stringList(field(raw, 'roleIds'), 'roleIds', who, ctx)) {
    if (roleId !== '' && !inDivisions.has(roleId)) add(roleId, null);
  }
  return [...grants.values()];
}

function lifetime(v: unknown, who: string, ctx: ParseContext): number {
  if (v === undefined || v === null || v === '') return DEFAULT_TOKEN_LIFETIME_SECONDS;
  const n = typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
    malformed(ctx, `${who} has an \`accessTokenValiditySeconds\` that is not a number of seconds`);
  }
  return n;
}

const DATES = ['dateCreated', 'dateModified', 'dateToDelete'] as const;

/** `createdBy` / `modifiedBy`: `{id, name?}`; an absent or id-less reference is no reference. */
function userRef(v: unknown): UserRef | undefined {
  if (!isObject(v)) return undefined;
  const id = field(v, 'id');
  if (typeof id !== 'string' || id.trim() === '') return undefined;
  const name = text(field(v, 'name'));
  return name === '' ? { id } : { id, name };
}

/** Raw wire client → OAuthClient. Throws MalformedResponseError (an IncompleteError), nothing else. */
export function parseClient(raw: unknown, ctx: ParseContext): OAuthClient {
  if (!isObject(raw)) malformed(ctx, `item ${ctx.index} is not an object`);
  const id = field(raw, 'id');
  if (typeof id !== 'string' || id.trim() === '') malformed(ctx, `item ${ctx.index} has no \`id\``);
  const who = describe(ctx.index, id);

  const grant = field(raw, 'authorizedGrantType');
  if (grant !== undefined && grant !== null && typeof grant !== 'string') {
    malformed(ctx, `${who} has an \`authorizedGrantType\` that is not a string`);
  }
  const state = field(raw, 'state');
  if (state !== undefined && state !== null && typeof state !== 'string') {
    malformed(ctx, `${who} has a \`state\` that is not a string`);
  }

  const client: OAuthClient = {
    id,
    name: text(field(raw, 'name')),
    description: text(field(raw, 'description')),
    grantType: typeof grant === 'string' ? normaliseGrantType(grant) : '',
    state: typeof state === 'string' ? normaliseState(state) : '',
    scopes: stringList(field(raw, 'scope'), 'scope', who, ctx),
    roles: roleGrants(raw, who, ctx),
    redirectUris: stringList(field(raw, 'registeredRedirectUri'), 'registeredRedirectUri', who, ctx),
    tokenLifetimeSeconds: lifetime(field(raw, 'accessTokenValiditySeconds'), who, ctx),
  };
  for (const key of DATES) {
    const d = optionalDate(field(raw, key));
    if (d !== undefined) client[key] = d;
  }
  for (const key of ['createdBy', 'modifiedBy'] as const) {
    const ref = userRef(field(raw, key));
    if (ref !== undefined) client[key] = ref;
  }
  return client;
}

/** True when the wire item does not say its grant type (list items before February 2026). */
export function lacksGrantType(raw: unknown): boolean {
  if (!isObject(raw)) return false;
  const g = field(raw, 'authorizedGrantType');
  return g === undefined || g === null || g === '';
}

/**
 * How a listing is shaped: `paged` listings (clients, roles, divisions) carry `pageCount` and
 * `nextUri` links; the scope `catalogue` is one page with a `total`.
 */
type ListingStyle = 'paged' | 'catalogue';

/** One well-formed listing page. */
export interface Page {
  entities: unknown[];
  total: number;
  /** Always set on a `paged` listing. */
  pageCount?: number;
  pageNumber?: number;
  nextUri?: string;
}

/** What a value is, for messages that must not echo it. */
function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'number') return String(v);
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** A whole number of at least `min`, or why not. */
function countProblem(v: unknown, min = 0): string | undefined {
  if (v === undefined || v === null) return 'is missing';
  if (typeof v === 'number' && Number.isInteger(v) && v >= min) return undefined;
  return `is ${kindOf(v)}, not a whole number${min > 0 ? ` of at least ${min}` : ''}`;
}

/** An error body sent with status 200: Genesys's `ErrorBody`, or an OAuth error. */
function errorAnswer(body: Obj): string | undefined {
  const { code, message } = errorFields(body);
  const status = field(body, 'status');
  if (code === undefined && message === undefined && typeof status !== 'number') return undefined;
  const said = [typeof status === 'number' ? String(status) : '', code ?? ''].filter(Boolean).join(' ');
  const what = [said, message?.replace(/[.\s]+$/, '') ?? ''].filter(Boolean).join(' — ');
  return `the answer is an error, not a listing, though its HTTP status is 200 (${what})`;
}

/**
 * Reads one page of a listing and checks that it is a well-formed, self-consistent listing page:
 * `entities` a list, `total` (and on a paged listing `pageCount`) whole numbers, `nextUri` text,
 * and links that agree with the counts. `pageNumber` is the page's place in the listing (1-based).
 * Anything else might hide part of the listing, so it is a malformed response.
 */
export function parsePage(
  body: unknown,
  source: string,
  style: ListingStyle = 'paged',
  pageNumber = 1,
): Page {
  const ctx = { source, index: 0 };
  if (!isObject(body)) malformed(ctx, 'the body is not a JSON object');
  let entities = field(body, 'entities');
  const total = field(body, 'total');
  if (entities === undefined || entities === null) {
    const error = errorAnswer(body);
    if (error !== undefined) malformed(ctx, error);
    // Genesys omits empty lists; only accept that when the page says the listing is empty.
    if (total !== 0) malformed(ctx, '`entities` is missing, so this is not a listing page');
    entities = [];
  }
  if (!Array.isArray(entities)) malformed(ctx, '`entities` is not a list');
  const totalProblem = countProblem(total);
  if (totalProblem !== undefined) malformed(ctx, `\`total\` ${totalProblem}`);
  const page: Page = { entities, total: total as number };

  const number = field(body, 'pageNumber');
  if (number !== undefined && number !== null) {
    const problem = countProblem(number, 1);
    if (problem !== undefined) malformed(ctx, `\`pageNumber\` ${problem}`);
    page.pageNumber = number as number;
  }
  const next = field(body, 'nextUri');
  if (next !== undefined && next !== null && typeof next !== 'string') {
    malformed(ctx, `\`nextUri\` is ${kindOf(next)}, not a link`);
  }
  if (typeof next === 'string' && next.trim() !== '') page.nextUri = next.trim();

  if (style === 'paged') {
    const pageCount = field(body, 'pageCount');
    const problem = countProblem(pageCount);
    if (problem !== undefined) malformed(ctx, `\`pageCount\` ${problem}`);
    page.pageCount = pageCount as number;
    if (page.pageCount === 0 && page.total > 0) {
      malformed(ctx, `\`pageCount\` is 0 but \`total\` is ${page.total}`);
    }
    if (pageNumber < page.pageCount && page.nextUri === undefined) {
      malformed(
        ctx,
        `page ${pageNumber} of ${page.pageCount} has no \`nextUri\`: its links disagree with its \`pageCount\``,
      );
    }
    if (entities.length === 0 && (page.nextUri !== undefined || pageNumber < page.pageCount)) {
      malformed(ctx, `page ${pageNumber} is empty but is not the last page`);
    }
  }
  return page;
}

/** A role or division: `{id, name}`; a missing name is tolerated (shown as the ID). */
function named(raw: unknown, ctx: ParseContext, kind: string): { id: string; name: string } {
  if (!isObject(raw)) malformed(ctx, `${kind} ${ctx.index} is not an object`);
  const id = field(raw, 'id');
  if (typeof id !== 'string' || id === '') malformed(ctx, `${kind} ${ctx.index} has no \`id\``);
  const name = text(field(raw, 'name'));
  return { id, name: name === '' ? id : name };
}

/**
 * A segment of a permission: a name, or `*`. One holding the `:` separator is malformed: the
 * permission it makes would have more than three parts and match no forbidden pattern.
 */
function permissionPart(v: unknown, name: string, who: string, ctx: ParseContext): string {
  if (typeof v !== 'string' || v.trim() === '')
    malformed(ctx, `${who} has a permission policy without \`${name}\``);
  if (v.includes(':')) malformed(ctx, `${who} has a permission policy whose \`${name}\` holds a colon`);
  return v.trim();
}

/**
 * A role's `permissionPolicies` (`{domain, entityName, actionSet, resourceConditionNode, …}`);
 * undefined when the answer does not carry them. What a role may do must be read whole, or not
 * at all: a garbled policy is a malformed response.
 */
function permissionPolicies(v: unknown, who: string, ctx: ParseContext): PermissionPolicy[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) malformed(ctx, `${who} has \`permissionPolicies\` that are not a list`);
  return v.map((p): PermissionPolicy => {
    if (!isObject(p)) malformed(ctx, `${who} has a permission policy that is not an object`);
    const actions = stringList(field(p, 'actionSet'), 'actionSet', who, ctx).map((a) => a.trim());
    if (actions.length === 0 || actions.includes(''))
      malformed(ctx, `${who} has a permission policy without actions`);
    if (actions.some((a) => a.includes(':')))
      malformed(ctx, `${who} has a permission policy with an action that holds a colon`);
    const condition = field(p, 'resourceConditionNode');
    return {
      domain: permissionPart(field(p, 'domain'), 'domain', who, ctx),
      entity: permissionPart(field(p, 'entityName'), 'entityName', who, ctx),
      actions,
      conditional: condition !== undefined && condition !== null,
    };
  });
}

export function parseRole(raw: unknown, ctx: ParseContext): Role {
  return named(raw, ctx, 'role');
}

/**
 * A role with its permission policies when the answer carries them. Read only when the policy
 * judges permissions: a policy shape this tool does not know must not fail an audit that does not.
 */
export function parseRoleWithPolicies(raw: unknown, ctx: ParseContext): Role {
  const role = parseRole(raw, ctx);
  const policies = permissionPolicies(field(raw as Obj, 'permissionPolicies'), `role ${role.id}`, ctx);
  if (policies !== undefined) role.permissionPolicies = policies;
  return role;
}

export function parseDivision(raw: unknown, ctx: ParseContext): Division {
  return named(raw, ctx, 'division');
}

/** The scope catalogue: `{entities: [{id}]}` → scope names, deduplicated. */
export function parseScopes(body: unknown, source: string): string[] {
  const page = parsePage(body, source, 'catalogue');
  const names = new Set<string>();
  page.entities.forEach((e, index) => {
    const ctx = { source, index };
    if (!isObject(e)) malformed(ctx, `scope ${index} is not an object`);
    const id = field(e, 'id');
    if (typeof id !== 'string' || id === '') malformed(ctx, `scope ${index} has no \`id\``);
    names.add(id);
  });
  if (page.total !== page.entities.length) {
    // The catalogue is not paged: fewer entities than `total` means a cut answer.
    malformed({ source, index: 0 }, `${page.entities.length} scopes listed but total is ${page.total}`);
  }
  return [...names];
}
