/**
 * V8 quotes the start of the text in a JSON.parse error ("root:x:0:0"... is not valid JSON): the
 * text may be a file that was never meant to be read (a secret), so only the position is kept.
 */
export function jsonErrorPosition(error: unknown): string {
  const at = /at position \d+(?: \(line \d+ column \d+\))?/.exec(
    error instanceof Error ? error.message : '',
  )?.[0];
  return at ? ` (${at})` : '';
}
