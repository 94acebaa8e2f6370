/**
 * Durations of the policy (`max-token-lifetime`, `checks.token-lifetime.max`): integer seconds,
 * or a string of unit terms in descending order (`30s`, `90m`, `1h`, `2d`, `1h30m`).
 */

/** Same pattern as the `duration` definition of `policies/oauth-policy.schema.json`. */
export const DURATION_PATTERN = '^(?=[0-9])([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$';

/** Longest duration accepted: ten years, far above any token lifetime Genesys allows. */
export const MAX_DURATION_SECONDS = 10 * 365 * 86400;

const UNIT_SECONDS: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };
const DURATION_RE = new RegExp(DURATION_PATTERN);

/** Seconds, or null when the value is not a duration (zero and negative values are not). */
export function parseDuration(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : null;
  if (typeof value !== 'string' || !DURATION_RE.test(value)) return null;
  let seconds = 0;
  for (const [, amount, unit] of value.matchAll(/([0-9]+)([dhms])/g)) {
    seconds += Number(amount) * UNIT_SECONDS[unit!]!;
  }
  return Number.isSafeInteger(seconds) && seconds > 0 ? seconds : null;
}

/** A short human form of a number of seconds (`86400` → `24h`, `5400` → `1h30m`), for messages. */
export function formatDuration(seconds: number): string {
  if (seconds % 86400 === 0 && seconds >= 7 * 86400) return `${seconds / 86400}d`;
  let rest = seconds;
  let out = '';
  for (const [unit, size] of [
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return out || '0s';
}
