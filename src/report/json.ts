/**
 * `oauth-audit.json`. One line per top-level key, and one line per client, policy finding and
 * warning: a diff between two runs shows which clients changed, and a person can read it without a
 * formatter (fully indented JSON would also double its size).
 */
import type { AuditReport } from './types.js';

const LISTS = new Set<string>(['clients', 'policyFindings', 'warnings']);

/** The report in pieces (a line each), so that a large one can be written without one string of it all. */
export function* jsonChunks(report: AuditReport): Generator<string> {
  yield '{\n';
  const entries = Object.entries(report);
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    const name = JSON.stringify(key);
    if (LISTS.has(key) && Array.isArray(value) && value.length > 0) {
      yield `  ${name}: [\n`;
      for (const [j, item] of value.entries()) {
        yield `    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      yield `  ${name}: ${JSON.stringify(value)}${comma}\n`;
    }
  }
  yield '}\n';
}

export function renderJson(report: AuditReport): string {
  return [...jsonChunks(report)].join('');
}
