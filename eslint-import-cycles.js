/**
 * ESLint rule `no-import-cycle`: no file of src/ may reach itself through its imports, `import type`
 * and re-exports included (import-x/no-cycle skips type-only imports, but a cycle of types is still
 * two modules that cannot be understood one without the other). The graph of src/ is read with
 * TypeScript's import scanner and kept between files of one run; a file whose time of change moves
 * is read again.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const parsed = new Map(); // file -> { mtimeMs, imports }

/** The `.ts` file a relative specifier of `from` names (`./x.js` is `./x.ts`), or null. */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const target = path.resolve(path.dirname(from), specifier);
  for (const candidate of [target.replace(/\.js$/, '.ts'), target]) {
    if (candidate.endsWith('.ts') && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

function importsOf(file) {
  const { mtimeMs } = fs.statSync(file);
  const known = parsed.get(file);
  if (known?.mtimeMs === mtimeMs) return known.imports;
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  const imports = [...new Set(importedFiles.map((i) => resolveImport(file, i.fileName)).filter(Boolean))];
  parsed.set(file, { mtimeMs, imports });
  return imports;
}

/** The shortest chain of imports from `start` back to `file` (both included), or null. */
function cycleThrough(root, file, start) {
  const cameFrom = new Map([[start, null]]);
  for (const queue = [start]; queue.length > 0;) {
    const at = queue.shift();
    if (at === file) {
      const chain = [];
      for (let step = at; step !== null; step = cameFrom.get(step)) chain.unshift(step);
      return chain;
    }
    for (const next of at.startsWith(root) ? importsOf(at) : []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between the files of src/, type-only imports included.' },
    schema: [],
    messages: { cycle: 'Import cycle: {{chain}}.' },
  },
  create(context) {
    const root = path.resolve(context.cwd, 'src');
    const file = context.physicalFilename;
    if (!file.startsWith(root + path.sep)) return {};
    const check = (node) => {
      if (node.source?.type !== 'Literal' || typeof node.source.value !== 'string') return;
      const target = resolveImport(file, node.source.value);
      const chain = target && cycleThrough(root, file, target);
      if (chain) {
        const names = [file, ...chain].map((f) => path.relative(root, f));
        context.report({ node, messageId: 'cycle', data: { chain: names.join(' → ') } });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
