/** Words shared by the policy, the reports, the settings and the errors. */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const; // highest first
export type Severity = (typeof SEVERITIES)[number];
export type FailOn = Severity | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'never'];

/** A validation error or warning about the policy, at a position of the policy file. */
export interface PolicyMessage {
  level: 'error' | 'warning';
  message: string;
  /** Policy file path as given (relative to the workspace for the action). */
  file: string;
  line: number;
  col: number;
}
