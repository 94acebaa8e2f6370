/**
 * Per-token request limit, like the ~300 requests per minute Genesys allows a client-credentials
 * token. A fixed window per key: simple, and it yields the `Retry-After` the client must honour.
 */
interface RateLimit {
  requests: number;
  windowMs: number;
}

type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request for `key`; refuses it when the window is full. Refused requests are not counted. */
  take(key: string): RateDecision {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.limit.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    if (w.count >= this.limit.requests) {
      const remainingMs = w.start + this.limit.windowMs - now;
      // Genesys sends whole seconds, never 0.
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)) };
    }
    w.count++;
    return { ok: true };
  }
}
