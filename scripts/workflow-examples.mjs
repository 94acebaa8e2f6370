// Writes the workflows users copy into a folder, for actionlint (.ci/run): the workflow `init`
// writes, and each workflow recipe of the README (```yaml blocks with `jobs:`), with the
// placeholder <owner> filled in. Usage: node scripts/workflow-examples.mjs <folder>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { starterFiles } from './gen-starter-files.mjs';

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/workflow-examples.mjs <folder>');
const fill = (text) => text.replaceAll('<owner>', 'brightline-cc');
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const recipes = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)]
  .map((m) => m[1])
  .filter((text) => /^jobs:/m.test(text));
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'init-oauth-audit.yml'), fill(starterFiles()['.github/workflows/oauth-audit.yml']));
recipes.forEach((text, i) => writeFileSync(join(out, `readme-recipe-${i + 1}.yml`), fill(text)));
console.log(`${recipes.length + 1} workflow examples written to ${out}`);
