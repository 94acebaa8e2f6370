/**
 * Every limit of the HTTP layer, each with its environment variable (documented in the README).
 * Tests shrink them through configuration; nothing skips a path.
 */
export interface HttpLimits {
  /** TCP/TLS connect timeout. `GENESYS_AUDIT_CONNECT_TIMEOUT_MS` */
  connectTimeoutMs: number;
  /** Time to the response headers. `GENESYS_AUDIT_HEADERS_TIMEOUT_MS` */
  headersTimeoutMs: number;
  /** Time between body chunks. `GENESYS_AUDIT_BODY_TIMEOUT_MS` */
  bodyTimeoutMs: number;
  /** Whole request, connect to last byte, per attempt; 0: none. `GENESYS_AUDIT_REQUEST_TIMEOUT_MS` */
  requestTimeoutMs: number;
  /** Retries of one request (5xx except 501, resets, timeouts, 429). `GENESYS_AUDIT_MAX_RETRIES` */
  maxRetries: number;
  /** Retries across the whole run. `GENESYS_AUDIT_RETRY_BUDGET` */
  retryBudget: number;
  /** First backoff delay; doubles per attempt, with full jitter. `GENESYS_AUDIT_BACKOFF_BASE_MS` */
  backoffBaseMs: number;
  /** Largest backoff delay. `GENESYS_AUDIT_BACKOFF_MAX_MS` */
  backoffMaxMs: number;
  /** Longest `Retry-After` honoured; a longer one fails the audit with that reason. `GENESYS_AUDIT_MAX_RETRY_AFTER_S` */
  maxRetryAfterSeconds: number;
  /** Largest response body accepted. `GENESYS_AUDIT_MAX_BODY_BYTES` */
  maxBodyBytes: number;
  /** First wait between polls of the usage query; it doubles up to 30 s. `GENESYS_AUDIT_USAGE_POLL_MS` */
  usagePollMs: number;
  /** How long the usage query may run: seconds, or `10m`, `1h`. `GENESYS_AUDIT_USAGE_TIMEOUT` */
  usageTimeoutMs: number;
}

/**
 * Defaults for a CI job against a real org. Genesys returns the whole client list in one response,
 * which for a large org takes a while to produce: hence a generous headers timeout, and an overall
 * deadline above it that only a server answering a byte at a time reaches. Five retries
 * with backoff from 0.5 s (capped at 15 s) ride out a short 5xx burst in well under a minute; the
 * run-wide budget stops a flapping API from stretching the job. A `Retry-After` up to 120 s covers
 * the per-minute limit (~300 requests/min per token); a longer one means a daily limit, where
 * waiting is pointless. 64 MiB is several times a 10,000-client listing, and bounds memory.
 */
export const DEFAULT_LIMITS: HttpLimits = {
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 60_000,
  bodyTimeoutMs: 30_000,
  requestTimeoutMs: 120_000,
  maxRetries: 5,
  retryBudget: 30,
  backoffBaseMs: 500,
  backoffMaxMs: 15_000,
  maxRetryAfterSeconds: 120,
  maxBodyBytes: 64 * 1024 * 1024,
  usagePollMs: 2000,
  usageTimeoutMs: 10 * 60_000,
};

/** The environment variable of each limit, also named in the advice of the failure it caused. */
export const ENV_NAMES: Record<keyof HttpLimits, string> = {
  connectTimeoutMs: 'GENESYS_AUDIT_CONNECT_TIMEOUT_MS',
  headersTimeoutMs: 'GENESYS_AUDIT_HEADERS_TIMEOUT_MS',
  bodyTimeoutMs: 'GENESYS_AUDIT_BODY_TIMEOUT_MS',
  requestTimeoutMs: 'GENESYS_AUDIT_REQUEST_TIMEOUT_MS',
  maxRetries: 'GENESYS_AUDIT_MAX_RETRIES',
  retryBudget: 'GENESYS_AUDIT_RETRY_BUDGET',
  backoffBaseMs: 'GENESYS_AUDIT_BACKOFF_BASE_MS',
  backoffMaxMs: 'GENESYS_AUDIT_BACKOFF_MAX_MS',
  maxRetryAfterSeconds: 'GENESYS_AUDIT_MAX_RETRY_AFTER_S',
  maxBodyBytes: 'GENESYS_AUDIT_MAX_BODY_BYTES',
  usagePollMs: 'GENESYS_AUDIT_USAGE_POLL_MS',
  usageTimeoutMs: 'GENESYS_AUDIT_USAGE_TIMEOUT',
};

const TIMEOUT_UNITS: Record<string, number> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000 };

/** `GENESYS_AUDIT_USAGE_TIMEOUT`: whole seconds, or with a unit (`90s`, `10m`, `1h`); undefined when unreadable. */
function parseTimeout(raw: string): number | undefined {
  const m = /^(\d+)([smh]?)$/.exec(raw.trim());
  if (!m) return undefined;
  const ms = Number(m[1]) * TIMEOUT_UNITS[m[2]!]!;
  return Number.isSafeInteger(ms) ? ms : undefined;
}

/** Reads the limits from the environment; a malformed value is an input error message, returned. */
export function limitsFromEnv(env: NodeJS.ProcessEnv): { limits: HttpLimits; errors: string[] } {
  const limits = { ...DEFAULT_LIMITS };
  const errors: string[] = [];
  for (const key of Object.keys(ENV_NAMES) as (keyof HttpLimits)[]) {
    const name = ENV_NAMES[key];
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    if (key === 'usageTimeoutMs') {
      const ms = parseTimeout(raw);
      if (ms === undefined)
        errors.push(`${name} must be whole seconds or a duration such as 10m, got "${raw}".`);
      else limits[key] = ms;
      continue;
    }
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) {
      errors.push(`${name} must be a whole number ≥ 0, got "${raw}".`);
      continue;
    }
    limits[key] = value;
  }
  return { limits, errors };
}
