/** Validators for what the report tests produce: the report schema and the official SARIF 2.1.0 schema. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@jest/globals';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { validateReport } from '../../src/report/validate.js';

const here = path.dirname(fileURLToPath(import.meta.url));

let sarif: ValidateFunction | undefined;

function sarifValidator(): ValidateFunction {
  if (!sarif) {
    const schema = JSON.parse(
      readFileSync(path.join(here, '..', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormatsModule.default(ajv);
    sarif = ajv.compile(schema);
  }
  return sarif;
}

export function expectValidSarif(log: unknown): void {
  const validate = sarifValidator();
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
}

export function expectValidReport(report: unknown): void {
  const result = validateReport(report);
  expect(result.ok ? [] : result.errors).toEqual([]);
}
