/** `validate`: the policy file alone, offline. */
import { validatePolicy } from '../audit.js';
import { formatPolicyMessage, PolicyError } from '../errors.js';
import { terminalJson } from '../escape.js';
import { EXIT_CODES } from '../outcome.js';
import { resolvePath } from '../paths.js';
import type { PolicyMessage } from '../types.js';
import type { Io } from './io.js';
import type { OptionValues } from './options.js';
import { cwdRoot } from './settings.js';

export async function runValidate(values: OptionValues, io: Io): Promise<number> {
  const policy = String(values.policy);
  const json = values.format === 'json';
  let warnings: PolicyMessage[];
  try {
    ({ warnings } = await validatePolicy({
      policyPath: resolvePath(cwdRoot(io), '--policy', policy, 'file'),
      policyDisplayPath: policy,
      now: new Date(),
    }));
  } catch (e) {
    // As JSON, an invalid policy is a result to print (exit 2), its errors at file:line:col.
    if (!json || !(e instanceof PolicyError)) throw e;
    io.out(result(policy, e.errors, e.warnings));
    return EXIT_CODES['invalid-policy'];
  }
  if (json) {
    io.out(result(policy, [], warnings));
    return 0;
  }
  for (const w of warnings) io.err(`${formatPolicyMessage(w)}\n`);
  io.out(
    `${policy}: valid${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}\n`,
  );
  return 0;
}

function result(policy: string, errors: PolicyMessage[], warnings: PolicyMessage[]): string {
  const text = JSON.stringify({ policy, valid: errors.length === 0, errors, warnings }, null, 2);
  return `${terminalJson(text)}\n`;
}
