/** The precompiled policy validator must be the schema as it is now. */
import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
// @ts-expect-error -- a plain .mjs script without types
import { generate, TARGET } from '../../scripts/gen-policy-validator.mjs';

test('src/policy/policy-validator.generated.ts matches policies/oauth-policy.schema.json (npm run gen:validator)', () => {
  expect(readFileSync(TARGET as string, 'utf8')).toBe((generate as () => string)());
});
