/** `snapshot`: what the audit fetches, saved redacted, to audit offline later. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import { resolvePath } from '../paths.js';
import { DEFAULT_POLICY } from '../settings.js';
import { DEFAULT_UNUSED_CLIENT } from '../policy/types.js';
import type { Io } from './io.js';
import type { OptionValues } from './options.js';
import { cwdRoot, loadDotEnv, sourceFrom } from './settings.js';

/**
 * Days of API usage the snapshot keeps, so that `unused-client` can be judged offline: the
 * `max-idle` of the policy (--policy, when the file exists), else the check's default.
 */
async function snapshotUsageDays(values: OptionValues, io: Io): Promise<number> {
  const given = String(values.policy ?? DEFAULT_POLICY);
  const file = resolvePath(cwdRoot(io), '--policy', given, 'file');
  if (!existsSync(file)) return DEFAULT_UNUSED_CLIENT.maxIdleDays;
  const { loadPolicyFile } = await import('../policy/load.js');
  const policy = await loadPolicyFile(file, given, new Date());
  return (policy.unusedClient ?? DEFAULT_UNUSED_CLIENT).maxIdleDays;
}

export async function runSnapshot(values: OptionValues, io: Io, logger: Logger): Promise<number> {
  if (typeof values.out !== 'string') throw new UserError('snapshot needs --out FILE.');
  const out = resolvePath(cwdRoot(io), '--out', values.out, 'file');
  loadDotEnv(io);
  const source = sourceFrom({ ...values, snapshot: undefined }, io);
  if (source.kind !== 'api') throw new UserError('snapshot reads from the API; --snapshot does not apply.');
  const { fetchOrg } = await import('../genesys/api.js');
  const { writeSnapshot } = await import('../genesys/snapshot.js');
  const usageDays = await snapshotUsageDays(values, io);
  // Everything any policy may need offline: what the granted roles permit and who created the clients.
  const needs = { roleNames: false, scopeCatalogue: false, permissions: true, creators: true, usageDays };
  const { org, apiCalls } = await fetchOrg(source, needs, logger);
  await writeSnapshot(out, org);
  io.err(
    `Snapshot of ${org.clients.length} clients (${apiCalls} API calls) written to ${path.relative(io.cwd, out)}\n`,
  );
  return 0;
}
