/**
 * SLOW (npm pack, npm install): the package as a user installs it. The command line is the
 * committed bundle dist/cli/ with every dependency inside it, so the tarball installs with nothing
 * to fetch (`--offline`) and no build, and its command runs from an empty folder.
 */
import { expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './e2e/runner.js';

const PACKAGE = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
  scripts: Record<string, string>;
};

test('the package has no runtime dependency and no install or pack script', () => {
  expect(PACKAGE.dependencies ?? {}).toEqual({});
  for (const hook of ['prepack', 'prepare', 'preinstall', 'install', 'postinstall'])
    expect(PACKAGE.scripts[hook]).toBeUndefined();
  expect(PACKAGE.bin).toEqual({ 'genesys-oauth-audit': 'dist/cli/index.js' });
});

test('npm pack, then install offline into an empty folder: --help and demo run', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-pack-'));
  const npm = (args: string[], cwd: string): string =>
    execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], REPO_ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  expect(packed!.files.map((f) => f.path).sort()).toEqual([
    'README.md',
    'dist/cli/index.js',
    'dist/cli/licenses.txt',
    'dist/cli/package.json',
    'package.json',
  ]);
  const app = path.join(tmp, 'app');
  mkdirSync(app);
  npm(['install', '--no-audit', '--no-fund', '--offline', path.join(tmp, packed!.filename)], app);
  const bin = path.join(app, 'node_modules', '.bin', 'genesys-oauth-audit');
  const run = (args: string[]): string =>
    execFileSync(bin, args, { cwd: app, encoding: 'utf8', timeout: 60_000 });
  expect(run(['--help'])).toContain('Usage: genesys-oauth-audit <command> [options]');
  expect(run(['demo', '--no-reports'])).toContain('password-grant');
}, 240_000);
