/** `validate`: the policy file alone, offline. */
import { validatePolicy } from '../audit.js';
import { formatPolicyMessage } from '../errors.js';
import { resolvePath } from '../paths.js';
import type { Io } from './io.js';
import type { OptionValues } from './options.js';
import { cwdRoot } from './settings.js';

export async function runValidate(values: OptionValues, io: Io): Promise<number> {
  const policy = String(values.policy);
  const { warnings } = await validatePolicy({
    policyPath: resolvePath(cwdRoot(io), '--policy', policy, 'file'),
    policyDisplayPath: policy,
    now: new Date(),
  });
  for (const w of warnings) io.err(`${formatPolicyMessage(w)}\n`);
  io.out(
    `${policy}: valid${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}\n`,
  );
  return 0;
}
