/**
 * Role rules, for CLIENT-CREDENTIALS clients. A role pattern is a case-insensitive glob
 * on the role name, or an exact role ID. A role the org's role list cannot name is judged by its ID only.
 */
import type { PermissionPolicy, Role, RoleGrant } from '../model.js';
import { compileGlob, isGenesysId, isGlob, type Matcher } from './patterns.js';
import type { Draft } from './draft.js';
import type { RoleRules } from './types.js';

/** A role name as given and lower-cased, lowered once per org rather than once per grant. */
interface RoleName {
  readonly name: string;
  readonly lower: string;
  /** What the role grants; null when not read. */
  readonly policies: readonly PermissionPolicy[] | null;
}

/** Role names by lower-cased role ID; built once per org. Empty when the role list was not fetched. */
export type RoleDirectory = ReadonlyMap<string, RoleName>;

export function buildRoleDirectory(roles: readonly Role[] | null): RoleDirectory {
  const dir = new Map<string, RoleName>();
  if (!roles) return dir;
  for (const r of roles) {
    if (r && typeof r.id === 'string' && typeof r.name === 'string' && r.name !== '')
      dir.set(r.id.toLowerCase(), {
        name: r.name,
        lower: r.name.toLowerCase(),
        policies: Array.isArray(r.permissionPolicies) ? r.permissionPolicies : null,
      });
  }
  return dir;
}

/** One distinct role of a client (several grants of a role, in different divisions, are one role). */
export interface ClientRole {
  readonly id: string;
  readonly idLower: string;
  /** null when the role list cannot resolve the ID. */
  readonly name: string | null;
  readonly nameLower: string | null;
  /** The subject of findings: the name, or the ID when unresolved. */
  readonly label: string;
  /** Granted in division `*` (all divisions) at least once. */
  readonly allDivisions: boolean;
  /** The divisions it is granted in, once each (null: a deprecated `roleIds` grant, no division). */
  readonly divisions: readonly (string | null)[];
  /** What the role grants; null when not read. */
  readonly policies: readonly PermissionPolicy[] | null;
}

type MutableRole = Omit<{ -readonly [K in keyof ClientRole]: ClientRole[K] }, 'divisions'> & {
  divisions: (string | null)[];
};

export function prepareRoles(grants: readonly RoleGrant[], dir: RoleDirectory): ClientRole[] {
  const byId = new Map<string, MutableRole>();
  for (const g of grants) {
    if (!g || typeof g.roleId !== 'string') continue;
    const idLower = g.roleId.toLowerCase();
    const star = g.divisionId === '*';
    const seen = byId.get(idLower);
    if (seen) {
      if (star) seen.allDivisions = true;
      if (!seen.divisions.includes(g.divisionId)) seen.divisions.push(g.divisionId);
      continue;
    }
    const known = dir.get(idLower);
    const role: MutableRole = {
      id: g.roleId,
      idLower,
      name: known?.name ?? null,
      nameLower: known?.lower ?? null,
      label: known?.name ?? g.roleId,
      allDivisions: star,
      divisions: [g.divisionId],
      policies: known?.policies ?? null,
    };
    byId.set(idLower, role);
  }
  return [...byId.values()];
}

/** `Name`, or `id` (not in the org's role list) when unresolved. */
function shown(r: ClientRole): string {
  return r.name === null ? `\`${r.id}\` (not in the org's role list)` : `\`${r.name}\``;
}

interface RolePattern {
  readonly source: string;
  readonly lower: string;
  /** null for a plain string, which compares as `lower`. */
  readonly glob: Matcher | null;
  /** Shaped like a role ID: compared with role IDs only, never with a role name someone chose. */
  readonly id: boolean;
}

function compileRolePattern(source: string): RolePattern {
  const id = isGenesysId(source);
  return {
    source,
    lower: source.toLowerCase(),
    glob: !id && isGlob(source) ? compileGlob(source) : null,
    id,
  };
}

/** A glob on the role name or the exact role ID; a role without a name is judged by its ID only. */
function roleMatches(p: RolePattern, r: ClientRole): boolean {
  if (p.lower === r.idLower) return true;
  if (p.id) return false;
  if (p.glob === null) return r.nameLower !== null && p.lower === r.nameLower;
  return p.glob.test(r.name ?? r.id);
}

/**
 * Every role of the org, to judge role patterns against: the named roles of its role list, and
 * by ID the roles granted to clients that the list does not name.
 */
export function rolesOfOrg(dir: RoleDirectory, grants: Iterable<RoleGrant>): ClientRole[] {
  // Only the names and IDs of these roles are judged.
  const unjudged = { allDivisions: false, divisions: [], policies: null };
  const out: ClientRole[] = [];
  for (const [idLower, r] of dir)
    out.push({ ...unjudged, id: idLower, idLower, name: r.name, nameLower: r.lower, label: r.name });
  const unnamed = new Set<string>();
  for (const g of grants) {
    if (!g || typeof g.roleId !== 'string') continue;
    const idLower = g.roleId.toLowerCase();
    if (dir.has(idLower) || unnamed.has(idLower)) continue;
    unnamed.add(idLower);
    out.push({ ...unjudged, id: g.roleId, idLower, name: null, nameLower: null, label: g.roleId });
  }
  return out;
}

/** True when the role pattern (a glob on the name, or an ID) matches one of `roles`. */
export function matchesSomeRole(pattern: string, roles: readonly ClientRole[]): boolean {
  const p = compileRolePattern(pattern);
  return roles.some((r) => roleMatches(p, r));
}

function anyMatches(patterns: readonly RolePattern[], r: ClientRole): RolePattern | null {
  for (const p of patterns) if (roleMatches(p, r)) return p;
  return null;
}

export interface CompiledRoleRules {
  readonly require: readonly RolePattern[];
  /** null: no allowlist. Required patterns count as allowed, as required scopes do. */
  readonly allow: readonly RolePattern[] | null;
  readonly forbid: readonly RolePattern[];
  readonly max: number | undefined;
  readonly allowAllDivisions: boolean;
}

export function compileRoleRules(rules: RoleRules): CompiledRoleRules {
  const require = (rules.require ?? []).map(compileRolePattern);
  return {
    require,
    allow: rules.allow ? [...rules.allow.map(compileRolePattern), ...require] : null,
    forbid: (rules.forbid ?? []).map(compileRolePattern),
    max: rules.max,
    allowAllDivisions: rules.allowAllDivisions !== false,
  };
}

/** Applies one rule's `roles` to a CLIENT-CREDENTIALS client's distinct roles. */
export function checkRoles(
  rules: CompiledRoleRules,
  roles: readonly ClientRole[],
  ruleId: string,
  out: Draft[],
): void {
  for (const p of rules.require) {
    if (!roles.some((r) => roleMatches(p, r)))
      out.push({
        check: 'missing-role',
        subject: p.source,
        message: `Has no role matching \`${p.source}\`, which rule ${ruleId} requires.`,
      });
  }
  for (const r of roles) {
    if (rules.allow !== null && anyMatches(rules.allow, r) === null) {
      out.push({
        check: 'role-not-allowed',
        subject: r.label,
        message: `Has role ${shown(r)}, which is outside the allowlist of rule ${ruleId}.`,
      });
    }
    const forbidden = anyMatches(rules.forbid, r);
    if (forbidden !== null) {
      const via =
        forbidden.source.toLowerCase() === r.label.toLowerCase() ? '' : ` (pattern \`${forbidden.source}\`)`;
      out.push({
        check: 'role-forbidden',
        subject: r.label,
        message: `Has role ${shown(r)}, which rule ${ruleId} forbids${via}.`,
      });
    }
    if (!rules.allowAllDivisions && r.allDivisions) {
      out.push({
        check: 'all-divisions-role',
        subject: r.label,
        message: `Has role ${shown(r)} in all divisions (\`*\`), which rule ${ruleId} does not allow.`,
      });
    }
  }
  if (rules.max !== undefined && roles.length > rules.max) {
    out.push({
      check: 'too-many-roles',
      subject: '',
      message: `Has ${roles.length} distinct roles, more than the ${rules.max} that rule ${ruleId} allows.`,
    });
  }
}
