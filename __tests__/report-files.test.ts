import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { renderCsv } from '../src/report/csv.js';
import { renderJson } from '../src/report/json.js';
import { writeReportFiles } from '../src/report-files.js';
import { client, finding, fixtureReport, reportOf } from './report/fixtures.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'report-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The files hold exactly the text of the renderers, byte for byte. */
async function expectWritten(report: ReturnType<typeof fixtureReport>, name: string): Promise<void> {
  const out = path.join(dir, name);
  const written = await writeReportFiles(report, out, { sarif: false, policyFile: 'p.yml' });
  expect(readFileSync(written.json)).toEqual(Buffer.from(renderJson(report)));
  expect(readFileSync(written.csv)).toEqual(Buffer.from(renderCsv(report)));
  expect(written.sarif).toBeNull();
}

describe('writeReportFiles', () => {
  test('writes the rendered JSON and CSV', async () => {
    await expectWritten(fixtureReport({ impact: true }), 'fixture');
  });

  test('multi-byte text and a piece larger than the write buffer arrive whole', async () => {
    const clients = Array.from({ length: 50 }, (_, i) =>
      client({ id: `c-${i}`, name: `Ünïcødé ${'€😀'.repeat(i)} ${i}`, description: 'x'.repeat(i * 10) }),
    );
    clients.push(client({ id: 'huge', name: 'huge', description: `${'€'.repeat(400_000)}😀` }));
    const report = reportOf(clients, (c) => [finding({ subject: c.name, message: `about ${c.name}` })]);
    await expectWritten(report, 'large');
  });

  test('a report of an earlier run is replaced; a link at its path is replaced, not followed', async () => {
    const out = path.join(dir, 'again');
    mkdirSync(out);
    writeFileSync(path.join(out, 'oauth-audit.json'), 'x'.repeat(100_000));
    const elsewhere = path.join(dir, 'elsewhere.csv');
    writeFileSync(elsewhere, 'untouched');
    symlinkSync(elsewhere, path.join(out, 'oauth-audit.csv'));
    await expectWritten(fixtureReport(), 'again');
    expect(readFileSync(elsewhere, 'utf8')).toBe('untouched');
    expect(lstatSync(path.join(out, 'oauth-audit.csv')).isSymbolicLink()).toBe(false);
  });

  test('the SARIF file is written only when asked for', async () => {
    const written = await writeReportFiles(fixtureReport(), path.join(dir, 'sarif'), {
      sarif: true,
      policyFile: 'p.yml',
    });
    expect(JSON.parse(readFileSync(written.sarif!, 'utf8'))).toMatchObject({ version: '2.1.0' });
  });
});
