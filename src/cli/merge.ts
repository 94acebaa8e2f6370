/** `merge`: the JSON reports of several audits (a matrix of orgs) combined into one verdict. */
import { UserError } from '../errors.js';
import { EXIT_CODES } from '../outcome.js';
import { terminalJson } from '../escape.js';
import { readReports } from '../report-files.js';
import type { Io } from './io.js';
import { parseFailOn, type OptionValues } from './options.js';
import { parseReportCount } from '../settings.js';
import { cwdRoot } from './settings.js';

export async function runMerge(files: string[], values: OptionValues, io: Io): Promise<number> {
  const settings = { failOn: parseFailOn(values['fail-on']), expectedReports: parseExpect(values.expect) };
  // With --expect, no file at all is the same missing-report case as too few (an empty shell glob).
  if (files.length === 0 && settings.expectedReports === undefined) {
    throw new UserError('merge needs one or more JSON report files.');
  }
  const { mergeReports, renderMergedText } = await import('../report/merge.js');
  const merged = mergeReports(await readReports(files, cwdRoot(io), 'Report'), settings);
  if (values.format === 'json') io.out(`${terminalJson(JSON.stringify(merged, null, 2))}\n`);
  else if (values.format === 'markdown')
    io.out((await import('../report/merged-summary.js')).renderMergedSummary(merged));
  else io.out(renderMergedText(merged));
  return merged.result === 'pass' ? 0 : EXIT_CODES.fail;
}

function parseExpect(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const count = parseReportCount(String(value));
  if (count === undefined) {
    throw new UserError(
      `--expect must be a whole number, 1 or more (the number of orgs); got "${String(value)}".`,
    );
  }
  return count;
}
