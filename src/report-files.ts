/** Writes the report files of a finished audit (SPEC §7): the one file-system step shared by the action and the CLI. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from './errors.js';
import { jsonErrorPosition } from './json-error.js';
import { renderCsv } from './report/csv.js';
import { jsonChunks } from './report/json.js';
import type { AuditReport } from './report/types.js';

export const REPORT_FILES = {
  json: 'oauth-audit.json',
  csv: 'oauth-audit.csv',
  sarif: 'oauth-audit.sarif',
} as const;

export interface WrittenReports {
  json: string;
  csv: string;
  /** null when SARIF was not asked for. */
  sarif: string | null;
}

/** Joins small pieces into writes of about 256 KiB: one system call per line would be slow. */
function* batched(pieces: Iterable<string>, size = 256 * 1024): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (buffer.length > 0) yield buffer.join('');
}

export async function writeReportFiles(
  report: AuditReport,
  dir: string,
  options: { sarif: boolean; policyFile: string },
): Promise<WrittenReports> {
  const root = path.resolve(dir);
  await mkdir(root, { recursive: true });
  const json = path.join(root, REPORT_FILES.json);
  const csv = path.join(root, REPORT_FILES.csv);
  await writeFile(json, batched(jsonChunks(report)));
  await writeFile(csv, renderCsv(report));
  let sarif: string | null = null;
  if (options.sarif) {
    // SARIF is opt-in and its renderer is only needed then.
    const { renderSarif } = await import('./report/sarif.js');
    sarif = path.join(root, REPORT_FILES.sarif);
    await writeFile(sarif, renderSarif(report, { policyFile: options.policyFile }));
  }
  return { json, csv, sarif };
}

/** The JSON reports matched by a glob (mode `merge`), relative to `root`, sorted. */
export async function findReports(glob: string, root: string): Promise<string[]> {
  const { default: picomatch } = await import('picomatch');
  const isMatch = picomatch(glob, { dot: false });
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const found = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.startsWith('node_modules/') && !rel.includes('/node_modules/') && isMatch(rel))
    .sort();
  if (found.length === 0) throw new UserError(`No report matches "${glob}" under ${root}.`);
  return found;
}

/** Reads JSON reports; an unreadable or non-JSON file is a user error naming the file. */
export async function readReports(
  files: string[],
  root: string,
): Promise<{ path: string; report: unknown }[]> {
  return Promise.all(
    files.map(async (file) => {
      let text: string;
      try {
        text = await readFile(path.resolve(root, file), 'utf8');
      } catch (e) {
        throw new UserError(
          `Cannot read report ${file}: ${(e as NodeJS.ErrnoException).code ?? 'read error'}.`,
        );
      }
      try {
        return { path: file, report: JSON.parse(text) as unknown };
      } catch (e) {
        throw new UserError(`Cannot read report ${file}: not valid JSON${jsonErrorPosition(e)}.`);
      }
    }),
  );
}
