/**
 * Annotations: planned by `src/report/annotations.ts`, emitted here. `@actions/core`
 * escapes `%`, CR and LF in messages and properties (and `:` and `,` in properties), so data from
 * the org or the policy (client names, rule ids) cannot end the command and start another one.
 * Every message and title goes through `log`, which keeps escape sequences out and makes mentions
 * and links inert, whoever wrote the text it quotes.
 */
import type * as core from '@actions/core';
import type { PolicyMessage } from '../types.js';
import { annotationText, log } from './logger.js';

interface PlannedAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  /** Path relative to the repository root. */
  file: string;
  line: number;
  col?: number;
}

export function emitAnnotations(planned: readonly PlannedAnnotation[]): void {
  for (const a of planned) {
    const title = a.title === undefined ? undefined : annotationText(a.title);
    const props: core.AnnotationProperties = { title, file: a.file, startLine: a.line };
    if (a.col !== undefined) props.startColumn = a.col;
    if (a.level === 'error') log.error(a.message, props);
    else if (a.level === 'warning') log.warning(a.message, props);
    else log.notice(a.message, props);
  }
}

/** Policy validation errors and warnings, each at its `file:line:col`. */
export function emitPolicyErrors(messages: readonly PolicyMessage[]): void {
  emitAnnotations(
    messages.map((m) => ({
      level: m.level,
      message: m.message,
      title: m.level === 'error' ? 'Invalid OAuth policy' : 'OAuth policy warning',
      file: m.file,
      line: m.line,
      col: m.col,
    })),
  );
}
