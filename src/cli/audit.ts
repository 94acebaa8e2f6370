/** `audit` and `demo`: an audit, its report on the terminal and in the report folder. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { audit } from '../audit.js';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import { EXIT_CODES, verdictMessage, type Outcome } from '../outcome.js';
import { terminalJson, terminalMessage } from '../escape.js';
import type { AuditReport } from '../report/types.js';
import { readPreviousReport, writeReportFiles } from '../report-files.js';
import { colour, terminalWidth, type Io } from './io.js';
import type { OptionValues } from './options.js';
import { cwdRoot, loadDotEnv, reportDirFrom, settingsFrom, sourceFrom } from './settings.js';
import { EXAMPLE_POLICY } from './starter-files.generated.js';

export async function runAudit(values: OptionValues, io: Io, logger: Logger): Promise<number> {
  loadDotEnv(io);
  const settings = settingsFrom(values, io, sourceFrom(values, io));
  const dir = reportDirFrom(values, io);
  const previous = values['previous-report'];
  if (typeof previous === 'string') {
    settings.previous = await readPreviousReport(previous, cwdRoot(io), '--previous-report');
  }
  const { report } = await audit(settings, logger);
  await finishAudit(report, values, io, settings.policyDisplayPath, dir);
  return EXIT_CODES[report.result as Outcome];
}

export async function runDemo(values: OptionValues, io: Io, logger: Logger): Promise<number> {
  const { startSandbox } = await import('../sandbox/server.js');
  // Without --policy, the example policy the tool carries: the demo runs in any folder.
  const builtIn =
    values.policy === undefined ? mkdtempSync(path.join(os.tmpdir(), 'oauth-audit-demo-')) : undefined;
  const sandbox = await startSandbox({ seed: 'demo' });
  try {
    io.err(`Sandbox with the demo org listening on ${sandbox.url}\n`);
    const settings = settingsFrom(values, io, sandbox.source());
    if (builtIn !== undefined) {
      settings.policyPath = path.join(builtIn, 'oauth-policy.yml');
      writeFileSync(settings.policyPath, EXAMPLE_POLICY);
    }
    const dir = reportDirFrom(values, io);
    const { report } = await audit(settings, logger);
    await finishAudit(report, values, io, settings.policyDisplayPath, dir);
    // The demo shows a verdict; it ran as it should whatever the verdict, so `npm run demo` does
    // not end in npm's failure lines. The exit code `audit` gives is said instead.
    const code = EXIT_CODES[report.result as Outcome];
    if (code !== 0)
      io.err(`The demo exits 0; \`audit\` on this org would exit ${code} (${report.result}).\n`);
    return 0;
  } finally {
    await sandbox.close();
    if (builtIn !== undefined) rmSync(builtIn, { recursive: true, force: true });
  }
}

async function render(report: AuditReport, format: unknown, io: Io): Promise<string> {
  switch (format) {
    case 'json':
      return terminalJson((await import('../report/json.js')).renderJson(report));
    case 'markdown':
      return (await import('../report/summary.js')).renderSummary(report, {});
    case 'text':
      return (await import('../report/text.js')).renderText(report, {
        color: colour(io),
        width: terminalWidth(io),
      });
    default:
      throw new UserError(`--format must be one of text, json, markdown; got "${String(format)}".`);
  }
}

async function finishAudit(
  report: AuditReport,
  values: OptionValues,
  io: Io,
  policyFile: string,
  dir: string | undefined,
): Promise<void> {
  io.out(await render(report, values.format, io));
  // JSON carries `changes`; the text table leaves them to this section.
  if (report.changes && values.format === 'text') {
    io.out((await import('../report/changes-text.js')).renderChangesText(report.changes, terminalWidth(io)));
  }
  if (dir !== undefined) {
    const files = await writeReportFiles(report, dir, {
      sarif: Boolean(values.sarif),
      policyFile,
    });
    const written = [files.json, files.csv, files.sarif]
      .filter(Boolean)
      .map((f) => path.relative(io.cwd, f!));
    io.err(`Reports: ${written.join(', ')}\n`);
  }
  // The text table ends with the verdict already.
  if (values.format !== 'text') io.err(`${terminalMessage(verdictMessage(report))}\n`);
}
