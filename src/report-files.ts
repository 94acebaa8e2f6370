/** Writes the report files of a finished audit: the one file-system step shared by the action and the CLI. */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { jsonErrorPosition } from './json-error.js';
import { resolvePath, type PathRoot } from './paths.js';
import { csvRows } from './report/csv.js';
import { jsonChunks } from './report/json.js';
import type { AuditReport } from './report/types.js';
import type { PreviousReport } from './settings.js';

const REPORT_FILES = {
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

/**
 * Writes a file from the pieces a renderer yields, as the disk takes them: the whole text is never
 * held at once. A report from an earlier run is removed and the file created afresh (`wx`), so a
 * link left at the path cannot send the report elsewhere.
 */
async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  await rm(file, { force: true });
  // 64 KiB at a time: with the default 16 KiB the pipeline pauses and resumes every few rows, and
  // more only holds more of the text in memory.
  await pipeline(Readable.from(pieces), createWriteStream(file, { flags: 'wx', highWaterMark: 64 * 1024 }));
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
  await writePieces(json, jsonChunks(report));
  await writePieces(csv, csvRows(report));
  let sarif: string | null = null;
  if (options.sarif) {
    // SARIF is opt-in and its renderer is only needed then.
    const { renderSarif } = await import('./report/sarif.js');
    sarif = path.join(root, REPORT_FILES.sarif);
    await writePieces(sarif, [renderSarif(report, { policyFile: options.policyFile })]);
  }
  return { json, csv, sarif };
}

/**
 * The JSON reports matched by a glob (mode `merge`), relative to the root, sorted; none is not an
 * error here. A link that matches is kept: `readReports` resolves it, and refuses it when it leads
 * out of the root.
 */
export async function findReports(glob: string, root: PathRoot): Promise<string[]> {
  const { default: picomatch } = await import('picomatch');
  const isMatch = picomatch(glob, { dot: false });
  const entries = await readdir(root.dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.relative(root.dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.startsWith('node_modules/') && !rel.includes('/node_modules/') && isMatch(rel))
    .sort();
}

/**
 * Reads JSON reports, each resolved with its links under `root` (a link that leads out of it is a
 * user error naming it; `what`, e.g. `Report`, says how messages call it). A file that cannot be
 * read or is not JSON is returned with the reason (never its content), so that the merge can name
 * every bad file at once.
 */
export async function readReports(
  files: string[],
  root: PathRoot,
  what: string,
): Promise<({ path: string; report: unknown } | { path: string; unreadable: string })[]> {
  const real = files.map((file) => resolvePath(root, what, file, 'file'));
  return Promise.all(
    files.map(async (file, i) => {
      let text: string;
      try {
        text = await readFile(real[i]!, 'utf8');
      } catch (e) {
        return { path: file, unreadable: (e as NodeJS.ErrnoException).code ?? 'read error' };
      }
      try {
        return { path: file, report: JSON.parse(text) as unknown };
      } catch (e) {
        return { path: file, unreadable: `not valid JSON${jsonErrorPosition(e)}` };
      }
    }),
  );
}

/**
 * The previous run's report from a file (`previous-report: PATH`, `--previous-report`). A file
 * that is missing or not JSON is a warning that skips the comparison; one outside the root is a
 * user error, as for every path.
 */
export async function readPreviousReport(
  file: string,
  root: PathRoot,
  what: string,
): Promise<PreviousReport> {
  const [read] = await readReports([file], root, what);
  if ('unreadable' in read!) {
    return { none: `${what} ("${file}") cannot be read (${read.unreadable})`, warning: true };
  }
  return { report: read!.report, source: file, runUrl: null };
}
