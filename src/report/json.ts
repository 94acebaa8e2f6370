/**
 * `oauth-audit.json` (SPEC §7.1). One line per top-level key, and one line per client, policy
 * finding and warning: a diff between two runs shows which clients changed, a person can read it
 * without a formatter, and a 10,000-client report is written several times faster than fully
 * indented JSON (which also doubles its size).
 */
import type { AuditReport } from './types.js';

const LISTS = new Set<keyof AuditReport>(['clients', 'policyFindings', 'warnings']);

export function renderJson(report: AuditReport): string {
  const lines: string[] = [];
  const keys = Object.keys(report) as (keyof AuditReport)[];
  keys.forEach((key, i) => {
    const comma = i < keys.length - 1 ? ',' : '';
    const value = report[key];
    const name = JSON.stringify(key);
    if (LISTS.has(key) && Array.isArray(value) && value.length > 0) {
      const items = value.map((item: unknown) => `    ${JSON.stringify(item)}`).join(',\n');
      lines.push(`  ${name}: [\n${items}\n  ]${comma}`);
    } else {
      lines.push(`  ${name}: ${JSON.stringify(value)}${comma}`);
    }
  });
  return `{\n${lines.join('\n')}\n}\n`;
}
