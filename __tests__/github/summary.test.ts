import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeEach, expect, jest, test } from '@jest/globals';
import { SUMMARY_LIMIT_BYTES, writeSummary } from '../../src/github/summary.js';

const saved = process.env['GITHUB_STEP_SUMMARY'];
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'summary-')), 'step_summary');
let stdout: string[];

beforeEach(() => {
  jest.restoreAllMocks();
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterAll(() => {
  jest.restoreAllMocks();
  if (saved === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
  else process.env['GITHUB_STEP_SUMMARY'] = saved;
});

// core.summary remembers the file once found, so the missing-file case runs first.
test('no summary file: a warning, not a failure', async () => {
  delete process.env['GITHUB_STEP_SUMMARY'];
  await expect(writeSummary('# Audit\n')).resolves.toBe(false);
  expect(stdout.join('')).toMatch(
    /^::warning::Job summary not written: Unable to find environment variable/m,
  );
});

test('the markdown is appended to the step summary as is', async () => {
  fs.writeFileSync(file, 'earlier step output\n');
  process.env['GITHUB_STEP_SUMMARY'] = file;
  const md = '## Genesys Cloud OAuth audit: fail\n\n| client | check |\n|---|---|\n| a&#124;b | x |\n';
  await expect(writeSummary(md)).resolves.toBe(true);
  expect(fs.readFileSync(file, 'utf8')).toBe(`earlier step output\n${md}${os.EOL}`);
});

test('a summary GitHub would drop is replaced by a short note', async () => {
  fs.writeFileSync(file, '');
  await writeSummary('x'.repeat(SUMMARY_LIMIT_BYTES + 1));
  const written = fs.readFileSync(file, 'utf8');
  expect(written.length).toBeLessThan(1000);
  expect(written).toContain('report artifact');
});
