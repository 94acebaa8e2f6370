/**
 * What the committed bundle loads at start: the chunks `dist/index.js` imports statically. The HTTP
 * stack, the artifact client and Octokit are loaded only by the runs that use them, so that
 * `mode: validate` (and the start of every run) does not pay for them.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './e2e/runner.js';

const DIST = path.join(REPO_ROOT, 'dist');
/** esbuild names each bundled file in a comment: `// node_modules/undici/lib/…`. */
const modulesIn = (code: string): string[] =>
  [...code.matchAll(/^\/\/ .*?node_modules\/(\S+)$/gm)].map((m) => m[1]!);

function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(DIST, file), 'utf8');
    for (const m of code.matchAll(/^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"/gm)) visit(m[1]!);
    for (const m of code.matchAll(/^import\s*"\.\/([^"]+)"/gm)) visit(m[1]!);
  };
  visit(entry);
  return [...seen];
}

describe('dist/index.js at start-up', () => {
  const files = staticClosure('index.js');
  const loaded = files.flatMap((f) => modulesIn(readFileSync(path.join(DIST, f), 'utf8')));
  const loads = (prefix: string): boolean => loaded.some((m) => m.startsWith(prefix));

  it('loads what every run needs: the policy readers and the runner toolkit', () => {
    for (const prefix of ['yaml/', 're2js/', '@actions/core/'])
      expect([prefix, loads(prefix)]).toEqual([prefix, true]);
  });

  it('leaves the HTTP stack, the artifact client, Octokit and the report schema to the runs that use them', () => {
    const later = [
      'undici/',
      '@actions/http-client/',
      '@actions/exec/',
      '@actions/artifact/',
      '@actions/github/',
      'ajv/dist/core',
    ];
    for (const prefix of later) expect([prefix, loads(prefix)]).toEqual([prefix, false]);
  });
});
