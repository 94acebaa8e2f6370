/** Writes the report files of a finished audit (SPEC §7): the one file-system step shared by the action and the CLI. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderCsv } from './report/csv.js';
import { renderJson } from './report/json.js';
import type { AuditReport } from './report/types.js';

export const REPORT_FILES = { json: 'oauth-audit.json', csv: 'oauth-audit.csv', sarif: 'oauth-audit.sarif' } as const;

export interface WrittenReports {
  json: string;
  csv: string;
  /** null when SARIF was not asked for. */
  sarif: string | null;
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
  await writeFile(json, renderJson(report));
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
