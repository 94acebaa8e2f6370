/** `diff OLD.json NEW.json`: what changed between two reports, as the action's "since the last run". */
import { UserError } from '../errors.js';
import { EXIT_CODES } from '../outcome.js';
import { terminalJson } from '../escape.js';
import { readReports } from '../report-files.js';
import type { AuditReport } from '../report/types.js';
import { terminalWidth, type Io } from './io.js';
import { parseFailOn, type OptionValues } from './options.js';
import { cwdRoot } from './settings.js';

const FORMATS = ['text', 'json', 'markdown'];

export async function runDiff(files: string[], values: OptionValues, io: Io): Promise<number> {
  const format = String(values.format);
  if (!FORMATS.includes(format)) {
    throw new UserError(`--format must be text, json or markdown; got "${format}".`);
  }
  if (files.length !== 2) {
    throw new UserError(
      `diff needs two JSON reports, the older first: diff OLD.json NEW.json (got ${files.length}).`,
    );
  }
  const failOn = parseFailOn(values['fail-on']);
  const [previous, current] = await readBoth(files, io);
  const { compareReports } = await import('../report/changes.js');
  const changes = compareReports(previous, current, { failOn });
  if (format === 'json') io.out(`${terminalJson(JSON.stringify(changes, null, 2))}\n`);
  else if (format === 'markdown')
    io.out((await import('../report/changes-markdown.js')).renderChanges(changes));
  else io.out((await import('../report/changes-text.js')).renderChangesText(changes, terminalWidth(io)));
  return changes.new.length > 0 ? EXIT_CODES.fail : EXIT_CODES.pass;
}

/** Both reports, checked against the report schema; one that is not a report is a user error (exit 2). */
async function readBoth(files: string[], io: Io): Promise<[AuditReport, AuditReport]> {
  const { validateReport } = await import('../report/validate.js');
  const read = await readReports(files, cwdRoot(io), 'Report');
  const reports = read.map((r) => {
    if ('unreadable' in r) throw new UserError(`Report "${r.path}" cannot be read: ${r.unreadable}.`);
    const checked = validateReport(r.report);
    if (!checked.ok) {
      throw new UserError(
        `"${r.path}" is not an oauth-audit.json report: ${checked.errors.slice(0, 3).join('; ')}.`,
      );
    }
    return checked.report;
  });
  return [reports[0]!, reports[1]!];
}
