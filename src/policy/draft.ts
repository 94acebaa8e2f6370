/** A finding before the evaluator stamps it with severity, rule, policy line and exemption. */
import type { CheckId } from './types.js';

export interface Draft {
  check: CheckId;
  /** The scope, role, URI or grant type it is about; '' when none. */
  subject: string;
  /** One human sentence. */
  message: string;
}
