/**
 * Exact redaction of the run's secrets (the client secret, its Basic credentials, the access token)
 * from every message the tool prints. Exact both ways: every occurrence goes, and text that holds
 * no secret comes out unchanged. That is only possible because a secret is never short: a value
 * of a few characters also occurs inside ordinary words, so redacting it would garble every
 * message, and it cannot be a real Genesys Cloud credential anyway. Callers refuse such values
 * (as a wrong input or a bad server answer) before they register them.
 */

/** The shortest value accepted as a secret; Genesys Cloud client secrets and tokens are far longer. */
export const MIN_SECRET_LENGTH = 8;

export const REDACTED = '***';

export class Secrets {
  private readonly values = new Set<string>();

  /**
   * Registers a value, with the URL-encoded forms it would take in a query string or a form body.
   * An empty value is ignored; a shorter one than MIN_SECRET_LENGTH is a bug of the caller.
   */
  add(value: string): void {
    if (value === '') return;
    if (value.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `a secret of ${value.length} characters reached redaction; it should have been refused`,
      );
    }
    this.values.add(value);
    this.values.add(encodeURIComponent(value));
    this.values.add(new URLSearchParams({ v: value }).toString().slice(2));
  }

  /** `text` with every occurrence of every registered value replaced by `***`. */
  redact(text: string): string {
    let out = text;
    // A replacement can complete another occurrence (`ab` + `ab***cd` + `cd` gives `ab***cd`):
    // repeat until none is left. Every replacement shortens the text, so this ends.
    for (let changed = true; changed;) {
      changed = false;
      for (const value of this.values) {
        if (!out.includes(value)) continue;
        out = out.split(value).join(REDACTED);
        changed = true;
      }
    }
    return out;
  }
}
