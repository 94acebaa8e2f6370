/** Short Markdown for runs that end without a report: validation, invalid input, incomplete audits, bugs. */
import type { Outcome } from '../outcome.js';
import { formatPolicyMessage } from '../errors.js';
import type { PolicyMessage } from '../types.js';
import { escapeCell } from '../escape.js';

/** Opens our sticky PR comment, so that re-runs find and update it. */
export const COMMENT_MARKER = '<!-- genesys-oauth-audit -->';

const HEADLINES: Record<Exclude<Outcome, 'pass' | 'fail'>, string> = {
  'invalid-policy': '❌ Invalid policy',
  'invalid-input': '❌ Invalid input',
  incomplete: '⚠️ Audit incomplete — it cannot pass',
  error: '💥 Unexpected error',
};

const MAX_LINE = 2000;
const MAX_LINES = 200;

function lines(text: string): string {
  const all = text.split('\n').filter((l) => l.trim() !== '');
  const shown = all.slice(0, MAX_LINES).map((l) => `> ${escapeCell(l, MAX_LINE)}`);
  if (all.length > MAX_LINES) shown.push(`> … ${all.length - MAX_LINES} more lines in the log`);
  return shown.join('\n');
}

export function renderFailureSummary(outcome: Exclude<Outcome, 'pass' | 'fail'>, message: string): string {
  return `## Genesys Cloud OAuth audit: ${HEADLINES[outcome]}\n\n${lines(message)}\n\nResult: \`${outcome}\`\n`;
}

export function renderValidation(policyPath: string, warnings: readonly PolicyMessage[]): string {
  const head = `## Genesys Cloud OAuth audit: ✅ policy ${escapeCell(policyPath)} is valid\n\nValidated offline (mode \`validate\`): no credentials, no API calls.\n`;
  if (warnings.length === 0) return head;
  return `${head}\n### Warnings (${warnings.length})\n\n${lines(warnings.map(formatPolicyMessage).join('\n'))}\n`;
}
