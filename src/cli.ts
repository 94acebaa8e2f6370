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
import { runInit } from './cli/init.js';
import {
  checkChoices,
  commandHelp,
  COMMANDS,
  parseConfig,
  unknownOption,
  usage,
  type OptionValues,
} from './cli/options.js';
import { runSandbox } from './cli/sandbox.js';
import { nearest } from './policy/suggest.js';
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
    // `help audit` is `audit --help`.
    const topic = command === 'help' ? rest[0] : undefined;
    io.out(topic !== undefined && Object.hasOwn(COMMANDS, topic) ? commandHelp(topic) : usage());
    return 0;
  }
  if (command === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const spec = COMMANDS[command];
  if (!spec) {
    const close = nearest(command, Object.keys(COMMANDS));
    io.err(`Unknown command "${command}"${close ? `: did you mean ${close}?` : '.'}\n\n${usage()}`);
    return EXIT_CODES['invalid-input'];
  }
  let values: OptionValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: parseConfig(spec),
      allowPositionals: spec.args !== undefined,
    }));
  } catch (e) {
    io.err(
      `${usageMistake(command, e as Error & { code?: string })}\nRun '${TOOL_NAME} ${command} --help' for its options.\n`,
    );
    return EXIT_CODES['invalid-input'];
  }
  if (values.help) {
    io.out(commandHelp(command));
    return 0;
  }
  try {
    // A value outside an option's choices is refused before anything starts (no request is sent).
    checkChoices(spec, values);
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
    case 'init':
      return runInit(io);
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

/** A mistake parseArgs found, in the command's terms: an unknown option gets the nearest known one. */
function usageMistake(command: string, e: Error & { code?: string }): string {
  const unknown = /^Unknown option '([^']+)'/.exec(e.message);
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) return unknownOption(command, unknown[1]!);
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `${command} takes no argument but options: ${e.message.replace(/^Unexpected argument '([^']*)'.*$/s, '"$1" is not one')}.`;
  return e.message;
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
