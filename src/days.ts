/** Days in UTC, as reports, exemptions and usage data count them. */

export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a time, UTC. */
export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
