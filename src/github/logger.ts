/**
 * The action's log: every message the action writes goes through `log`, the one place where text
 * becomes safe for the runner's log. `@actions/core` escapes line breaks inside a command's data,
 * but `core.info` writes its text as it is, and the runner obeys a workflow command at the start
 * of any line of it (and a legacy `##[…]` one anywhere in it); escape sequences would reach the
 * log viewer in both.
 */
import * as core from '@actions/core';
import type { Logger } from '../logger.js';
import { inertText, terminalMessage, terminalOutput, WORD_JOINER } from '../escape.js';

/** A message as the log gets it: one entry, no control or bidi character, no workflow command. */
export function logText(message: string): string {
  return terminalOutput(terminalMessage(message));
}

/**
 * An annotation-level message or title (warning, error, notice, failure): GitHub shows it on the
 * run page, so no mention or link either. `logText` would show a word joiner as U+FFFD, so the
 * joiners the text already has (planned annotations are made inert when planned) are taken out
 * first and put back by `inertText` after it.
 */
export function annotationText(message: string): string {
  return inertText(logText(message.replaceAll(WORD_JOINER, '')));
}

export const log = {
  debug: (message: string): void => core.debug(logText(message)),
  info: (message: string): void => core.info(logText(message)),
  notice: (message: string, props?: core.AnnotationProperties): void =>
    core.notice(annotationText(message), props),
  warning: (message: string, props?: core.AnnotationProperties): void =>
    core.warning(annotationText(message), props),
  error: (message: string, props?: core.AnnotationProperties): void =>
    core.error(annotationText(message), props),
  setFailed: (message: string): void => core.setFailed(annotationText(message)),
};

/** The core's Logger on the runner. */
export const actionsLogger: Logger = {
  debug: log.debug,
  info: log.info,
  warning: (message) => log.warning(message),
  mask: (value) => {
    if (value !== '') core.setSecret(value);
  },
};
