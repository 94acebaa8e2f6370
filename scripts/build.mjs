/**
 * Builds dist/, the committed bundles: the action the runner starts (action.yml `main:
 * dist/index.js`), ES modules split into chunks so that what a run does not need is never read
 * (`mode: validate` loads no HTTP stack; the artifact client, Octokit and the merge load when
 * used), and the command line in dist/cli/. Each gets a package.json (ES modules) and a
 * licenses.txt (the bundled packages' licenses). The output depends only on the sources: CI
 * checks that dist/ is a fresh build.
 */
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const OUT = 'dist';

/**
 * `@actions/core` imports its OIDC client (which loads `@actions/http-client` and undici) and its
 * platform helpers (`@actions/exec`) for their exports only, which this tool never uses. Declared
 * free of side effects, they are left out when unused instead of being loaded at every start.
 */
const unusedCoreModules = {
  name: 'unused-core-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\/(oidc-utils|platform)\.js$/ }, async (args) => {
      if (args.pluginData === 'resolved' || !/[\\/]@actions[\\/]core[\\/]/.test(args.importer))
        return undefined;
      const resolved = await b.resolve(args.path, {
        importer: args.importer,
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: 'resolved',
      });
      return { ...resolved, sideEffects: false };
    });
  },
};

rmSync(OUT, { recursive: true, force: true });
await bundle({ entry: 'src/index.ts', outdir: OUT, splitting: true, plugins: [unusedCoreModules] });
// The command line (`bin` in package.json) is one file with every package inside it, so an
// installed tarball needs no dependency and no build. The `#!` line of src/bin.ts stays first.
await bundle({ entry: 'src/bin.ts', outdir: join(OUT, 'cli'), splitting: false, plugins: [] });
chmodSync(join(OUT, 'cli', 'index.js'), 0o755);

/** One ES module build into `outdir`, with its package.json and the licenses of what it bundles. */
async function bundle({ entry, outdir, splitting, plugins }) {
  const result = await build({
    entryPoints: { index: entry },
    outdir,
    bundle: true,
    splitting,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // Bundled CommonJS packages call `require` for Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    legalComments: 'none',
    metafile: true,
    plugins,
    logLevel: 'warning',
  });
  writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(outdir, 'licenses.txt'), licenses(Object.keys(result.metafile.inputs)));
}

/** Name, license and license text of every package with code in the bundle, sorted by name. */
function licenses(inputs) {
  const dirs = new Set();
  for (const input of inputs) {
    const m = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)/.exec(input);
    if (m) dirs.add(m[1]);
  }
  const entries = [...dirs].map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE'].find((f) =>
      existsSync(join(dir, f)),
    );
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : '';
    return { name: pkg.name ?? dirname(dir), block: [pkg.name, pkg.license ?? 'UNKNOWN', text].join('\n') };
  });
  const unique = new Map(
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((e) => [e.name, e.block]),
  );
  return [...unique.values()].join('\n\n') + '\n';
}
