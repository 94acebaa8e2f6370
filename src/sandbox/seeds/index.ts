/** Seed selection: the `--seed` flag of `genesys-oauth-audit sandbox`. */
import { UserError } from '../../errors.js';
import { demoOrg } from './demo.js';
import { DEFAULT_SYNTHETIC_ROLES, syntheticOrg } from './synthetic.js';
import { syntheticUsage } from '../usage.js';
import type { SeedOrg } from '../wire.js';

/** A `--seed` the sandbox does not know: the user's mistake. */
class SeedSpecError extends UserError {
  override name = 'SeedSpecError';
}

/** Largest synthetic org accepted: far beyond any real org, small enough to fit in memory. */
const MAX_SYNTHETIC_CLIENTS = 1_000_000;

/**
 * `demo` → the demo org; `synthetic:N` → N clients ({@link DEFAULT_SYNTHETIC_ROLES} roles);
 * `synthetic:N:M` → N clients and M roles. Throws `SeedSpecError`.
 */
export function parseSeed(text: string): SeedOrg {
  const t = text.trim();
  if (t === 'demo') return demoOrg();
  const m = /^synthetic:(\d+)(?::(\d+))?$/.exec(t);
  if (m) {
    const clients = Number(m[1]);
    const roles = m[2] === undefined ? DEFAULT_SYNTHETIC_ROLES : Number(m[2]);
    if (clients > MAX_SYNTHETIC_CLIENTS) {
      throw new SeedSpecError(`invalid seed "${text}": at most ${MAX_SYNTHETIC_CLIENTS} clients`);
    }
    if (roles < 1) throw new SeedSpecError(`invalid seed "${text}": at least 1 role`);
    const org = syntheticOrg(clients, roles);
    return { ...org, usage: syntheticUsage(org.clients) };
  }
  throw new SeedSpecError(
    `invalid seed "${text}": expected demo, synthetic:<clients> or synthetic:<clients>:<roles>`,
  );
}
