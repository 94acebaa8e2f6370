/**
 * The layers of docs/architecture.md, as `npm run lint` enforces them: imports across the layers,
 * and import cycles. ESLint runs in a child process (its configuration is native ESM).
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';

const SCRIPT = String.raw`
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { noImportCycle } from './eslint-import-cycles.js';

const probes = JSON.parse(process.argv[1]);
const eslint = new ESLint();
const out = {};
for (const [file, code] of probes) {
  const [result] = await eslint.lintText(code, { filePath: file });
  out[file] = result.messages.map((m) => m.ruleId);
}

// A cycle made of a type-only import one way and a re-export the other, in a folder of its own.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cycle-'));
fs.mkdirSync(path.join(dir, 'src'));
fs.writeFileSync(path.join(dir, 'src/a.ts'), "import type { B } from './b.js';\nexport type A = B;\n");
fs.writeFileSync(path.join(dir, 'src/b.ts'), "export { c } from './a.js';\nexport type B = string;\n");
fs.writeFileSync(path.join(dir, 'src/c.ts'), "import type { A } from './a.js';\nexport type C = A;\n");
const isolated = new ESLint({
  cwd: dir,
  overrideConfigFile: true,
  overrideConfig: [{
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'local/no-import-cycle': 'error' },
  }],
});
for (const result of await isolated.lintFiles(['src'])) {
  out[path.relative(dir, result.filePath)] = result.messages.map((m) => m.message);
}
fs.rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify(out));
`;

function lint(probes: [string, string][]): Record<string, string[]> {
  const stdout = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', SCRIPT, JSON.stringify(probes)],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(stdout) as Record<string, string[]>;
}

describe('npm run lint keeps the layers', () => {
  test('refuses imports across the layers, allows the ones docs/architecture.md lists', () => {
    const results = lint([
      ['src/zz-base-probe.ts', "export { SEVERITIES } from './policy/types.js';"],
      ['src/zz-base-ok-probe.ts', "export { SEVERITIES } from './types.js';"],
      ['src/genesys/zz-probe.ts', "export { normaliseGrantType } from '../grant-types.js';"],
      ['src/genesys/zz-bad-probe.ts', "export { RULE_CHECKS } from '../policy/types.js';"],
      ['src/policy/zz-probe.ts', "export { resolveEndpoints } from '../genesys/regions.js';"],
      ['src/report/zz-probe.ts', "export { RULE_CHECKS } from '../policy/types.js';"],
      ['src/github/zz-probe.ts', "export { resolveEndpoints } from '../genesys/regions.js';"],
      ['src/github/zz-bad-probe.ts', "export { fetchOrg } from '../genesys/api.js';"],
      ['src/sandbox/zz-probe.ts', "export { audit } from '../audit.js';"],
      ['src/zz-entry-probe.ts', "export { audit } from './audit.js';"],
      ['src/main.ts', "export { fetchOrg } from './genesys/api.js';"],
      ['src/genesys/zz-missing-probe.ts', "export { nothing } from './no-such-file.js';"],
    ]);
    const restricted = 'import-x/no-restricted-paths';
    expect(results['src/zz-base-probe.ts']).toEqual([restricted]);
    expect(results['src/zz-base-ok-probe.ts']).toEqual([]);
    expect(results['src/genesys/zz-probe.ts']).toEqual([]);
    expect(results['src/genesys/zz-bad-probe.ts']).toEqual([restricted]);
    expect(results['src/policy/zz-probe.ts']).toEqual([restricted]);
    expect(results['src/report/zz-probe.ts']).toEqual([]);
    expect(results['src/github/zz-probe.ts']).toEqual([]);
    expect(results['src/github/zz-bad-probe.ts']).toEqual([restricted]);
    expect(results['src/sandbox/zz-probe.ts']).toEqual([restricted]);
    // A file of the base layer may not import an entry point either.
    expect(results['src/zz-entry-probe.ts']).toEqual([restricted]);
    expect(results['src/main.ts']).toEqual([]);
    // An import the resolver cannot follow is an error, not a blind spot of the rules.
    expect(results['src/genesys/zz-missing-probe.ts']).toEqual(['import-x/no-unresolved']);
    // The cycle, `import type` included, is named in both files it runs through.
    expect(results['src/a.ts']).toEqual(['Import cycle: a.ts → b.ts → a.ts.']);
    expect(results['src/b.ts']).toEqual(['Import cycle: b.ts → a.ts → b.ts.']);
    expect(results['src/c.ts']).toEqual([]);
  });
});
