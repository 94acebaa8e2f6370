/**
 * Wire objects of the access lookups → the model: the permission catalogue and the users that
 * clients refer to. Built from an allowlist of fields, like ./parse.ts.
 */
import type { User } from '../model.js';
import { field, isObject, malformed, text, type ParseContext } from './parse.js';

/**
 * One domain of `GET /api/v2/authorization/permissions`:
 * `{domain, permissionMap: {entity: [{action, …}]}}` → its `domain:entity:action` permissions.
 */
export function parsePermissionDomain(
  raw: unknown,
  ctx: ParseContext,
): { id: string; permissions: string[] } {
  if (!isObject(raw)) malformed(ctx, `permission domain ${ctx.index} is not an object`);
  const domain = field(raw, 'domain') ?? field(raw, 'id');
  if (typeof domain !== 'string' || domain === '')
    malformed(ctx, `permission domain ${ctx.index} has no \`domain\``);
  const map = field(raw, 'permissionMap');
  const permissions: string[] = [];
  if (map === undefined || map === null) return { id: domain, permissions };
  if (!isObject(map))
    malformed(ctx, `permission domain ${domain} has a \`permissionMap\` that is not an object`);
  for (const [entity, actions] of Object.entries(map)) {
    if (!Array.isArray(actions)) malformed(ctx, `permission domain ${domain} entity ${entity} is not a list`);
    for (const a of actions) {
      const action = isObject(a) ? field(a, 'action') : undefined;
      if (typeof action !== 'string' || action === '')
        malformed(ctx, `permission domain ${domain} entity ${entity} has an action without a name`);
      permissions.push(`${domain}:${entity}:${action}`);
    }
  }
  return { id: domain, permissions };
}

/** A user of `GET /api/v2/users?state=any`: `{id, name, state}`. A user without a state is malformed. */
export function parseUser(raw: unknown, ctx: ParseContext): User {
  if (!isObject(raw)) malformed(ctx, `user ${ctx.index} is not an object`);
  const id = field(raw, 'id');
  if (typeof id !== 'string' || id === '') malformed(ctx, `user ${ctx.index} has no \`id\``);
  const state = field(raw, 'state');
  if (typeof state !== 'string' || state.trim() === '') malformed(ctx, `user ${id} has no \`state\``);
  return { id, name: text(field(raw, 'name')), state: state.trim().toLowerCase() };
}
