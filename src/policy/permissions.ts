/**
 * Permissions: what a role lets a token do, as `domain:entity:action`, where any part may be `*`
 * (all). A forbidden pattern and a granted permission conflict exactly when some concrete
 * permission matches both: part by part, the two are equal (case-insensitively) or one is `*`.
 */
import type { PermissionPolicy } from '../model.js';
import type { PolicyMessage } from '../types.js';
import type { Draft } from './draft.js';
import type { ClientRole } from './roles.js';
import { didYouMean } from './suggest.js';
import type { Policy } from './types.js';

/** A permission or permission pattern, split into its three parts (lower-cased). */
export interface Permission {
  readonly text: string;
  readonly parts: readonly string[];
}

/** `domain:entity:action`, each part a name or `*`; kept equal to the policy schema's pattern. */
export const PERMISSION_PATTERN = '^(\\*|[A-Za-z0-9_-]+):(\\*|[A-Za-z0-9_-]+):(\\*|[A-Za-z0-9_-]+)$';

export function parsePermission(text: string): Permission {
  return { text, parts: text.toLowerCase().split(':') };
}

/** True when some concrete permission matches both `a` and `b`. */
export function permissionsOverlap(a: Permission, b: Permission): boolean {
  if (a.parts.length !== b.parts.length) return false;
  return a.parts.every((p, i) => p === '*' || b.parts[i] === '*' || p === b.parts[i]);
}

/** What a role grants, as permissions; a permission granted both with and without a condition is unconditional. */
export function grantedPermissions(policies: readonly PermissionPolicy[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const p of policies) {
    for (const action of p.actions) {
      const text = `${p.domain}:${p.entity}:${action}`;
      out.set(text, (out.get(text) ?? true) && p.conditional);
    }
  }
  return out;
}

/** What a role grants, parsed once per role (the same policies are judged for every client granted it). */
const PARSED = new WeakMap<readonly PermissionPolicy[], { granted: Permission; conditional: boolean }[]>();

function parsedGrants(
  policies: readonly PermissionPolicy[],
): { granted: Permission; conditional: boolean }[] {
  let parsed = PARSED.get(policies);
  if (parsed === undefined) {
    parsed = [...grantedPermissions(policies)].map(([text, conditional]) => ({
      granted: parsePermission(text),
      conditional,
    }));
    PARSED.set(policies, parsed);
  }
  return parsed;
}

/** Where a role is granted, for messages: `in all divisions`, `in Home, EMEA`, … */
function divisionsText(role: ClientRole, names: ReadonlyMap<string, string>): string {
  if (role.allDivisions) return 'in all divisions (`*`)';
  const shown = role.divisions.map((d) => (d === null ? 'no division given' : `\`${names.get(d) ?? d}\``));
  return shown.length === 1 ? `in division ${shown[0]}` : `in divisions ${shown.join(', ')}`;
}

/**
 * `roles.forbid-permissions` against a client's distinct roles: one finding per role and granted
 * permission that overlaps a forbidden pattern. A role whose permissions were not read gives none
 * here: the audit refuses to judge without them.
 */
export function checkPermissions(
  forbid: readonly Permission[],
  roles: readonly ClientRole[],
  divisionNames: ReadonlyMap<string, string>,
  ruleId: string,
  out: Draft[],
): void {
  for (const r of roles) {
    if (r.policies === null) continue;
    for (const { granted, conditional } of parsedGrants(r.policies)) {
      const text = granted.text;
      const hit = forbid.find((f) => permissionsOverlap(f, granted));
      if (hit === undefined) continue;
      const via = hit.text.toLowerCase() === text.toLowerCase() ? '' : ` (pattern \`${hit.text}\`)`;
      const condition = conditional ? ', conditionally (the grant carries a resource condition)' : '';
      out.push({
        check: 'permission-forbidden',
        subject: `${r.label}: ${text}`,
        message: `Has role \`${r.label}\`, which grants \`${text}\` ${divisionsText(r, divisionNames)}${condition}; rule ${ruleId} forbids it${via}.`,
      });
    }
  }
}

/**
 * Warnings for `forbid-permissions` patterns that match no permission of the org's catalogue:
 * most likely typos, which would otherwise silently forbid nothing.
 */
export function permissionCatalogueWarnings(policy: Policy, catalogue: readonly string[]): PolicyMessage[] {
  const known = catalogue.map(parsePermission);
  const out: PolicyMessage[] = [];
  for (const rule of policy.rules) {
    for (const p of rule.roles?.forbidPermissions ?? []) {
      const pattern = parsePermission(p);
      if (known.some((k) => permissionsOverlap(pattern, k))) continue;
      out.push({
        level: 'warning',
        message: `Rule \`${rule.id}\`: permission pattern \`${p}\` in roles.forbid-permissions matches no permission of this org's catalogue.${didYouMean(p, catalogue)}`,
        file: policy.path,
        line: rule.position?.line ?? 1,
        col: rule.position?.col ?? 1,
      });
    }
  }
  return out;
}

/** True when a rule of the policy judges permissions (`roles.forbid-permissions`). */
export function usesPermissions(policy: Policy): boolean {
  return policy.rules.some((r) => (r.roles?.forbidPermissions?.length ?? 0) > 0);
}
