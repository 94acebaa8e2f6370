/**
 * Errors as types, mapped to the outcomes (README: Outcomes) by `src/outcome.ts`:
 * a mistake in the policy (`invalid-policy`) or in an input, option or environment value
 * (`invalid-input`), an audit that could not see everything (`incomplete`),
 * and anything else, which is a bug (`error`).
 */
import type { PolicyMessage } from './types.js';
import { terminalText } from './escape.js';

/** An input, option or environment value is invalid: the user must fix it. Outcome `invalid-input`. */
export class UserError extends Error {
  override name = 'UserError';
}

/** The policy file is invalid; `errors` carry `file:line:col` positions. Outcome `invalid-policy`. */
export class PolicyError extends UserError {
  override name = 'PolicyError';
  constructor(
    readonly errors: PolicyMessage[],
    readonly warnings: PolicyMessage[] = [],
  ) {
    super(
      errors.length === 1
        ? `Invalid policy: ${formatPolicyMessage(errors[0]!)}`
        : `Invalid policy (${errors.length} errors):\n${errors.map((e) => `  ${formatPolicyMessage(e)}`).join('\n')}`,
    );
  }
}

/** The org data could not be fully fetched; the audit must not pass. Outcome `incomplete`. */
export class IncompleteError extends Error {
  override name = 'IncompleteError';
}

/** One line, whatever the message quotes from the policy file. */
export function formatPolicyMessage(m: PolicyMessage): string {
  return `${terminalText(m.file)}:${m.line}:${m.col}: ${m.level}: ${terminalText(m.message)}`;
}
