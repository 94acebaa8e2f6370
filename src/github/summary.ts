/** The job summary: the markdown comes rendered; this only writes it. */
import * as core from '@actions/core';
import { log } from './logger.js';

/** GitHub drops a step summary over 1 MiB (and adds an error); stay clearly below it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

/**
 * Appends the markdown to the step summary. A missing or unwritable summary file (a local run, an
 * old runner) is a warning: the audit's verdict does not depend on it. Returns whether it was written.
 */
export async function writeSummary(markdown: string): Promise<boolean> {
  let text = markdown;
  if (Buffer.byteLength(text, 'utf8') > SUMMARY_LIMIT_BYTES) {
    // The renderer keeps within budget; this guards against a summary GitHub would silently drop.
    text =
      '## Genesys Cloud OAuth Client Audit\n\nThe summary is too large for the job summary; ' +
      'the full results are in the report artifact.\n';
  }
  try {
    await core.summary.addRaw(text, true).write();
    return true;
  } catch (error) {
    core.summary.emptyBuffer();
    log.warning(`Job summary not written: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
