/** `oauth-audit.json` (SPEC §7.1): the report as built, two-space indented, with a final newline. */
import type { AuditReport } from './types.js';

/**
 * Key order is the one `buildReport` gives (the order of SPEC §7.1), so the same audit always
 * gives the same bytes and diffs between runs stay readable.
 */
export function renderJson(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
