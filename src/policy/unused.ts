/**
 * The built-in `unused-client` check: an active client that made no API request in the last
 * `max-idle` days, created more than `grace` ago. Judged from the org's usage data as of the
 * time it was read (so an offline audit of a snapshot judges it as the live audit did).
 */
import type { OAuthClient, UsageData } from '../model.js';
import type { Draft } from './draft.js';
import { DURATION_PATTERN, parseDuration } from './duration.js';
import { DEFAULT_UNUSED_CLIENT, MAX_IDLE_DAYS, type UnusedClientSettings } from './types.js';
import type { ValuePath } from './yaml-source.js';
import { DAY_MS, dayOf } from '../days.js';

/** States in which a client cannot get tokens. */
const NOT_USABLE: ReadonlySet<string> = new Set(['inactive', 'disabled']);
const DURATION_RE = new RegExp(DURATION_PATTERN);

/** `max-idle` and `grace` are counted in whole days (usage is counted per day); `max-idle` at most a year. */
export function checkUnusedClientSettings(
  setting: Record<string, unknown>,
  error: (path: ValuePath, message: string) => void,
): void {
  for (const key of ['max-idle', 'grace'] as const) {
    const value = setting[key];
    if (typeof value === 'string' && !DURATION_RE.test(value)) continue; // the schema reports it
    if (value === undefined || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const seconds = parseDuration(value);
    const path = ['checks', 'unused-client', key];
    if (seconds === null) continue;
    if (seconds % 86400 !== 0) {
      error(path, `"${value}" is not a whole number of days: usage is counted per day, write e.g. 90d`);
    } else if (key === 'max-idle' && seconds / 86400 > MAX_IDLE_DAYS) {
      error(path, `"${value}" is longer than ${MAX_IDLE_DAYS}d: usage is read at most a year back`);
    }
  }
}

/** What every client's usage is judged against, computed once per evaluation. */
export interface UsageJudge {
  usage: UsageData;
  settings: UnusedClientSettings;
  /** The first day of the idle window (`YYYY-MM-DD`): a request on it or later is a use. */
  firstDay: string;
  /** Clients created at or after this time (ms) are within the grace period. */
  graceStart: number;
}

/** The idle window ends when the usage was read; its first day is `max-idle` days before that day. */
function firstDayOf(usage: UsageData, maxIdleDays: number): string {
  return dayOf(Date.parse(usage.to.slice(0, 10)) - maxIdleDays * DAY_MS);
}

export function usageJudge(usage: UsageData, settings = DEFAULT_UNUSED_CLIENT): UsageJudge {
  return {
    usage,
    settings,
    firstDay: firstDayOf(usage, settings.maxIdleDays),
    graceStart: Date.parse(usage.to) - settings.graceDays * DAY_MS,
  };
}

/** Whether the usage data reaches back over the whole idle window of the policy. */
export function usageCovers(usage: UsageData, settings = DEFAULT_UNUSED_CLIENT): boolean {
  return usage.from <= firstDayOf(usage, settings.maxIdleDays);
}

/** The finding for a client that has been idle too long, or undefined. */
export function unusedDraft(j: UsageJudge, client: OAuthClient, stateLower: string): Draft | undefined {
  // Inactive and disabled clients cannot get tokens: `inactive-client` covers them. A state the
  // tool does not know (or none) is judged: it may still get tokens.
  if (NOT_USABLE.has(stateLower)) return undefined;
  // A client without a creation date is judged: its age is unknown, not young.
  const created = typeof client.dateCreated === 'string' ? Date.parse(client.dateCreated) : NaN;
  if (!Number.isNaN(created) && created >= j.graceStart) return undefined;
  const id = typeof client.id === 'string' ? client.id.toLowerCase() : '';
  const lastUsed = j.usage.clients.get(id)?.lastUsed ?? null;
  if (lastUsed !== null && lastUsed >= j.firstDay) return undefined;
  const days = j.settings.maxIdleDays;
  const since =
    lastUsed === null
      ? `Made no API request in the last ${days} days (since ${j.firstDay})`
      : `Last made an API request on ${lastUsed}, more than ${days} days ago`;
  return {
    check: 'unused-client',
    subject: lastUsed ?? 'never in the window',
    message: `${since}, yet is active: delete it if nobody needs it (Genesys Cloud's usage data lags about a day).`,
  };
}
