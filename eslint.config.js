import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { noImportCycle } from './eslint-import-cycles.js';

// The layers of src/ (docs/architecture.md). Every file may import the base layer and its own
// folder; a folder may import the other folders (or single files of them, or single entry points)
// listed in `may`; only the entry points import anything.
const ENTRY_POINTS = [
  ...['audit', 'main', 'cli', 'index', 'bin', 'report-files'].map((f) => `src/${f}.ts`),
  'src/cli', // the command line's commands, beside `cli.ts`
];
const FOLDERS = ['genesys', 'policy', 'report', 'github', 'sandbox'];
const LAYERS = {
  genesys: [],
  policy: [],
  report: ['policy'],
  // The action publishes the report files the CLI writes too.
  github: ['report', 'genesys/regions.ts', 'report-files.ts'],
  sandbox: [],
};

/** The flat-config block that keeps `files` (in `layer`) to the imports it may make. */
function boundaries(layer, files, ignores, may) {
  const zones = FOLDERS.filter((folder) => folder !== layer && !may.includes(folder)).map((folder) => ({
    target: 'src',
    from: `src/${folder}`,
    except: may.filter((m) => m.startsWith(`${folder}/`)).map((m) => `./${m.slice(folder.length + 1)}`),
    message: `${layer === 'base' ? 'The base layer (src/*.ts)' : `src/${layer}/`} may not import src/${folder}/ (docs/architecture.md).`,
  }));
  zones.push({
    target: 'src',
    from: ENTRY_POINTS.filter((entry) => !may.includes(entry.slice('src/'.length))),
    message: 'Only the entry points import the entry points.',
  });
  return { files, ignores, rules: { 'import-x/no-restricted-paths': ['error', { zones }] } };
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'lib/',
      'node_modules/',
      'coverage/',
      '.jest-cache/',
      'oauth-audit-report/',
      'bench/.work/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX, local: { rules: { 'no-import-cycle': noImportCycle } } },
    settings: {
      // Imports name the compiled `.js`; the source is the `.ts` beside it.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.js', '.json'],
          extensionAlias: { '.js': ['.ts', '.js'] },
        }),
      ],
    },
    rules: {
      // An import the resolver cannot follow would hide it from the boundaries below.
      'import-x/no-unresolved': 'error',
      'local/no-import-cycle': 'error',
      // A file reads in one sitting and a function on one screen (docs/architecture.md).
      'max-lines': ['error', 400],
      'max-lines-per-function': ['error', 80],
    },
  },
  boundaries('base', ['src/*.ts'], ENTRY_POINTS, []),
  ...Object.entries(LAYERS).map(([layer, may]) => boundaries(layer, [`src/${layer}/**/*.ts`], [], may)),
);
