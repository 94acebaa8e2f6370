/**
 * The command-line shell: `genesys-oauth-audit <command> [options]`. Like the action, it only turns
 * options into settings and results into output; the work is done by the core (src/audit.ts).
 * Each command lives in src/cli/.
 */
import { parseArgs } from 'node:util';
import { runAudit, runDemo } from './cli/audit.js';
import { terminalIo, terminalLogger, type Io } from './cli/io.js';
import { runDiff } from './cli/diff.js';
import { runMerge } from './cli/merge.js';
import { COMMANDS, usage, type OptionValues } from './cli/options.js';
import { runSandbox } from './cli/sandbox.js';
import { runSnapshot } from './cli/snapshot.js';
import { runValidate } from './cli/validate.js';
import { classifyError, EXIT_CODES } from './outcome.js';
import { Secrets } from './redact.js';
import { terminalMessage } from './escape.js';
import { TOOL_NAME, VERSION } from './version.js';

export { terminalIo, type Io };

export async function main(argv: string[], rawIo: Io): Promise<number> {
  const secrets = new Secrets();
  const io = terminalIo(rawIo, secrets);
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(usage());
    return 0;
  }
  if (command === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const spec = COMMANDS[command];
  if (!spec) {
    io.err(`Unknown command "${command}".\n\n${usage()}`);
    return EXIT_CODES['invalid-input'];
  }
  let values: OptionValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: spec.options,
      allowPositionals: command === 'merge' || command === 'diff',
    }));
  } catch (e) {
    io.err(`${(e as Error).message}\n\nUsage: ${TOOL_NAME} ${spec.usage}\n`);
    return EXIT_CODES['invalid-input'];
  }
  if (values.help) {
    io.out(`Usage: ${TOOL_NAME} ${spec.usage}\n`);
    return 0;
  }
  try {
    return await runCommand(command, values, positionals, io, secrets);
  } catch (e) {
    return fail(e, io, Boolean(values.verbose));
  }
}

async function runCommand(
  command: string,
  values: OptionValues,
  positionals: string[],
  io: Io,
  secrets: Secrets,
): Promise<number> {
  const logger = terminalLogger(io, Boolean(values.verbose), secrets);
  switch (command) {
    case 'audit':
      return runAudit(values, io, logger);
    case 'validate':
      return runValidate(values, io);
    case 'snapshot':
      return runSnapshot(values, io, logger);
    case 'sandbox':
      return runSandbox(values, io);
    case 'demo':
      return runDemo(values, io, logger);
    case 'merge':
      return runMerge(positionals, values, io);
    case 'diff':
      return runDiff(positionals, values, io);
  }
  return 0;
}

/** A thrown error as the terminal shows it: its outcome and one message; the stack only for a bug, with --verbose. */
export function fail(e: unknown, rawIo: Io, verbose: boolean): number {
  const io = terminalIo(rawIo);
  const { outcome, message } = classifyError(e);
  io.err(`${outcome}: ${terminalMessage(message)}\n`);
  if (outcome === 'error' && verbose && e instanceof Error && e.stack)
    io.err(`${terminalMessage(e.stack)}\n`);
  return EXIT_CODES[outcome];
}
