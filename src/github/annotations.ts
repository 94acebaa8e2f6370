/**
 * Annotations (SPEC §7.5): planned by `src/report/annotations.ts`, emitted here. `@actions/core`
 * escapes `%`, CR and LF in messages and properties (and `:` and `,` in properties), so data from
 * the org or the policy (client names, rule ids) cannot end the command and start another one.
 * Every message and title also goes through `inertText`, so that no annotation mentions anyone or
 * links anywhere, whoever wrote the text it quotes.
 */
import * as core from '@actions/core';
import type { PolicyMessage } from '../policy/types.js';
import { inertText } from '../report/escape.js';

export interface PlannedAnnotation {
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
    const props: core.AnnotationProperties = { file: a.file, startLine: a.line };
    if (a.title !== undefined) props.title = inertText(a.title);
    if (a.col !== undefined) props.startColumn = a.col;
    const message = inertText(a.message);
    if (a.level === 'error') core.error(message, props);
    else if (a.level === 'warning') core.warning(message, props);
    else core.notice(message, props);
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

/** A warning without a position (API messages, skipped steps), as inert as an annotation. */
export function warn(message: string): void {
  core.warning(inertText(message));
}

/** Fails the step with `message`, which GitHub also shows as an annotation: inert too. */
export function fail(message: string): void {
  core.setFailed(inertText(message));
}
