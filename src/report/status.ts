/** Short Markdown for runs that end without a report: validation, invalid input, incomplete audits, bugs. */
import type { Outcome } from '../outcome.js';
import { formatPolicyMessage } from '../errors.js';
import type { PolicyMessage } from '../types.js';
import { escapeCell } from '../escape.js';
import { prose } from './markdown.js';

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

/** A line from the data cannot open a list, a quote or a heading: its first marker is an entity. */
function inert(line: string): string {
  return prose(line, MAX_LINE).replace(/^(\d*)([-+=.)])/u, (_m, digits: string, c: string) => {
    return `${digits}&#${c.charCodeAt(0)};`;
  });
}

/**
 * A message as Markdown: its indented lines (one per error or cause) as a list, the others as
 * paragraphs.
 */
function lines(text: string): string {
  const all = text.split('\n').filter((l) => l.trim() !== '');
  const shown = all.slice(0, MAX_LINES);
  const blocks: string[] = [];
  shown.forEach((l, i) => {
    const item = /^\s/u.test(l);
    const previousItem = i > 0 && /^\s/u.test(shown[i - 1]!);
    if (i > 0) blocks.push(item && previousItem ? '\n' : '\n\n');
    blocks.push(item ? `- ${inert(l.trim())}` : inert(l));
  });
  if (all.length > MAX_LINES) blocks.push(`\n\n… ${all.length - MAX_LINES} more lines in the log`);
  return blocks.join('');
}

export function renderFailureSummary(outcome: Exclude<Outcome, 'pass' | 'fail'>, message: string): string {
  return `## Genesys Cloud OAuth audit: ${HEADLINES[outcome]}\n\n${lines(message)}\n\nResult: \`${outcome}\`\n`;
}

export function renderValidation(policyPath: string, warnings: readonly PolicyMessage[]): string {
  const head = `## Genesys Cloud OAuth audit: ✅ policy ${escapeCell(policyPath)} is valid\n\nValidated offline (mode \`validate\`): no credentials, no API calls.\n`;
  if (warnings.length === 0) return head;
  return `${head}\n### Warnings (${warnings.length})\n\n${lines(warnings.map(formatPolicyMessage).join('\n'))}\n`;
}
