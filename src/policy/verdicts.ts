/** Distinct keys one cache remembers; past this, verdicts are worked out each time. */
const VERDICT_LIMIT = 1024;

/**
 * Verdicts of one rule (or allowlist) remembered by key: an org grants the same few scopes and
 * roles, and redirects to the same few hosts, across many clients. Bounded, so that an org whose
 * every value differs costs no memory for nothing.
 */
export class Verdicts<V> {
  private readonly known = new Map<string, V>();

  get(key: string): V | undefined {
    return this.known.get(key);
  }

  /** Remembers `verdict` while there is room, and returns it. */
  keep(key: string, verdict: V): V {
    if (this.known.size < VERDICT_LIMIT) this.known.set(key, verdict);
    return verdict;
  }
}
