/**
 * `oauth-audit.json` (SPEC §7.1). One line per top-level key, and one line per client, policy
 * finding and warning: a diff between two runs shows which clients changed, a person can read it
 * without a formatter, and a 10,000-client report is written several times faster than fully
 * indented JSON (which also doubles its size).
 */
import type { AuditReport } from './types.js';

const LISTS = new Set<keyof AuditReport>(['clients', 'policyFindings', 'warnings']);

/** The report in pieces, so that a large one can be written without one string of it all. */
export function* jsonChunks(report: AuditReport): Generator<string> {
  yield '{\n';
  const keys = Object.keys(report) as (keyof AuditReport)[];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const comma = i < keys.length - 1 ? ',' : '';
    const value = report[key];
    const name = JSON.stringify(key);
    if (LISTS.has(key) && Array.isArray(value) && value.length > 0) {
      yield `  ${name}: [\n`;
      // Indent, item and line end as separate pieces: joined, V8 would copy each item once more.
      for (let j = 0; j < value.length; j++) {
        yield '    ';
        yield JSON.stringify(value[j]);
        yield j < value.length - 1 ? ',\n' : '\n';
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
