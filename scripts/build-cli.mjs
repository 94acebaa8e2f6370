/**
 * Builds dist/cli/, the command line as one self-contained ES module file (`bin` in package.json):
 * every package it uses is inside it, so an installed tarball needs no dependency and no build.
 * Writes dist/cli/package.json (the file is an ES module) and dist/cli/licenses.txt (the bundled
 * packages' licenses). The output depends only on the sources: CI checks that dist/ is a fresh build.
 */
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'dist/cli';

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  entryPoints: { index: 'src/bin.ts' },
  outdir: OUT,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  // The `#!/usr/bin/env node` line of src/bin.ts stays first: the file is run as a command.
  banner: {
    // Bundled CommonJS packages call `require` for Node's own modules.
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
chmodSync(join(OUT, 'index.js'), 0o755);
writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');
writeFileSync(join(OUT, 'licenses.txt'), licenses(Object.keys(result.metafile.inputs)));

/** Name, license and license text of every package with code in the bundle, sorted by name. */
function licenses(inputs) {
  const dirs = new Set();
  for (const input of inputs) {
    const m = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)/.exec(input);
    if (m) dirs.add(m[1]);
  }
  const blocks = new Map();
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE'].find((f) =>
      existsSync(join(dir, f)),
    );
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : '';
    blocks.set(pkg.name, [pkg.name, pkg.license ?? 'UNKNOWN', text].join('\n'));
  }
  return (
    [...blocks.keys()]
      .sort()
      .map((name) => blocks.get(name))
      .join('\n\n') + '\n'
  );
}
