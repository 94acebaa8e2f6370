/**
 * Validation of a JSON report against `report.schema.json`: used by `mode: merge` on files that
 * come from other jobs, and by the tests on every report they build.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import schema from './report.schema.json' with { type: 'json' };
import type { AuditReport } from './types.js';

let compiled: ValidateFunction | undefined;

/** Compiled on first use: only merge mode and tests need it. */
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
    addFormatsModule.default(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

type ReportValidation = { ok: true; report: AuditReport } | { ok: false; errors: string[] };

export function validateReport(value: unknown): ReportValidation {
  const validate = validator();
  if (validate(value)) return { ok: true, report: value as AuditReport };
  return { ok: false, errors: (validate.errors ?? []).map(describe) };
}

function describe(e: ErrorObject): string {
  const where = e.instancePath === '' ? '(root)' : e.instancePath;
  if (e.keyword === 'additionalProperties') {
    return `${where}: unexpected property "${String((e.params as { additionalProperty: string }).additionalProperty)}"`;
  }
  if (e.keyword === 'enum') {
    return `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${where}: ${e.message ?? e.keyword}`;
}
