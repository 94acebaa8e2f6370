/**
 * The side-effect-free core logs through this; the action and the CLI each provide one. A message
 * may quote data: each implementation makes it safe for where it writes (one entry, no control
 * character, no workflow command) and keeps registered secrets out.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  /** Registers a value (secret, token) that must never be printed. Called before the value is used. */
  mask(value: string): void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  mask() {},
};
