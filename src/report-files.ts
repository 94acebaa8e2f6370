/** Writes the report files of a finished audit (SPEC §7): the one file-system step shared by the action and the CLI. */
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { jsonErrorPosition } from './json-error.js';
import { resolvePath, type PathRoot } from './paths.js';
import { csvRows } from './report/csv.js';
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

const BUFFER_BYTES = 1024 * 1024;

/**
 * Writes a file given in pieces (a line or a row each). The pieces are encoded straight into one of
 * two 1 MiB buffers; a full buffer is written while the next one fills, so the disk and the
 * rendering overlap. Neither the whole text nor a copy of it is ever held.
 */
async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  // A report from an earlier run is removed, not truncated (truncating a large file is slow on
  // some file systems), and the new one is created afresh (`wx`): a link left at the path cannot
  // send the report elsewhere.
  await rm(file, { force: true });
  const handle = await open(file, 'wx');
  // A write may take fewer bytes than given: go on until all are written.
  const writeAll = async (bytes: Buffer, length: number): Promise<void> => {
    for (let done = 0; done < length;) done += (await handle.write(bytes, done, length - done)).bytesWritten;
  };
  let writing: Promise<void> = Promise.resolve();
  try {
    const buffers = [Buffer.allocUnsafe(BUFFER_BYTES), Buffer.allocUnsafe(BUFFER_BYTES)];
    let buffer = buffers[0]!;
    let used = 0;
    // Writes `bytes` after the write in flight, which frees the other buffer for filling.
    const flush = async (bytes: Buffer, length: number): Promise<void> => {
      await writing;
      writing = writeAll(bytes, length);
    };
    for (const piece of pieces) {
      // A UTF-16 code unit takes at most 3 bytes of UTF-8: past that bound the piece might not fit.
      const most = piece.length * 3;
      if (used + most > BUFFER_BYTES) {
        if (used > 0) await flush(buffer, used);
        buffer = buffer === buffers[0] ? buffers[1]! : buffers[0]!;
        used = 0;
        if (most > BUFFER_BYTES) {
          const bytes = Buffer.from(piece);
          await flush(bytes, bytes.length);
          continue;
        }
      }
      used += buffer.write(piece, used);
    }
    if (used > 0) await flush(buffer, used);
    await writing;
  } finally {
    // Close only once no write is in flight (a failed write has already ended the loop).
    await writing.catch(() => undefined);
    await handle.close();
  }
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
