/** Where the command line's output goes: the terminal, through one boundary that makes it safe. */
import type { Logger } from '../logger.js';
import { Secrets } from '../redact.js';
import { terminalMessage, terminalOutput } from '../escape.js';
import { ANSI_STYLES } from '../report/text.js';

export type Io = {
  out: (s: string) => void;
  err: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
  /** The terminal's width in columns, when the output is one (`process.stdout.columns`). */
  columns?: number;
};

/** Colour only on a terminal, and never when NO_COLOR is set. */
export function colour(io: Io): boolean {
  return io.isTTY && !io.env.NO_COLOR;
}

/** Columns when the output is not a terminal and COLUMNS does not say. */
const DEFAULT_COLUMNS = 100;

/** The width to lay the text report out in: the terminal's, else COLUMNS, else 100. */
export function terminalWidth(io: Io): number {
  if (io.isTTY && io.columns !== undefined && io.columns > 0) return io.columns;
  const env = Number(io.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : DEFAULT_COLUMNS;
}

/** The Io objects `terminalIo` made, which need no second wrapping. */
const SAFE_IOS = new WeakSet<Io>();

/**
 * The one place output reaches the terminal: whatever is written (reports, messages, usage) has
 * every registered secret redacted and its control, escape and bidi characters replaced and its
 * workflow commands broken (see `terminalOutput`). The colours the text report paints itself are
 * the only escape sequences that pass, and only when colour is on.
 */
export function terminalIo(io: Io, secrets: Secrets = new Secrets()): Io {
  if (SAFE_IOS.has(io)) return io;
  const keep = colour(io) ? ANSI_STYLES : [];
  // Redacted before, so that a secret is found as it is; and after, in case the replacements
  // completed one.
  const clean = (s: string): string => secrets.redact(terminalOutput(secrets.redact(s), keep));
  const safe: Io = { ...io, out: (s) => io.out(clean(s)), err: (s) => io.err(clean(s)) };
  SAFE_IOS.add(safe);
  return safe;
}

/**
 * A logger for the terminal. Each message is one entry: a line break inside it cannot start a line
 * of its own; the output boundary (`terminalIo`) does the rest, redaction included.
 */
export function terminalLogger(io: Io, verbose: boolean, secrets: Secrets): Logger {
  return {
    debug: (m) => verbose && io.err(`debug: ${terminalMessage(m)}\n`),
    info: (m) => io.err(`${terminalMessage(m)}\n`),
    warning: (m) => io.err(`warning: ${terminalMessage(m)}\n`),
    mask: (v) => secrets.add(v),
  };
}
