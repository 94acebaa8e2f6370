/**
 * `orphaned-client`: a client whose creator (`createdBy`) is a deleted or inactive user. Only
 * what the org says is judged: a client with no creator recorded, or created by a user the org
 * does not return (a user of another org, such as Genesys support), is no finding, and the
 * evaluation says how many such clients there are.
 */
import type { OrgData } from '../model.js';
import type { PolicyMessage } from '../types.js';
import type { Draft } from './draft.js';
import type { ClientContext } from './evaluate-rules.js';
import type { Policy } from './types.js';

/** User states of a creator who can no longer answer for a client. */
const GONE: ReadonlySet<string> = new Set(['deleted', 'inactive']);

export function checkOrphaned(ctx: ClientContext, out: Draft[]): void {
  const ref = ctx.client.createdBy;
  const users = ctx.org.users;
  if (users === null || !ref || typeof ref.id !== 'string') return;
  const user = users.get(ref.id.toLowerCase());
  if (user === undefined || !GONE.has(user.state)) return;
  const name = user.name || ref.name;
  const who = name ? `\`${name}\` (${ref.id})` : `user ${ref.id}`;
  out.push({
    check: 'orphaned-client',
    subject: ref.id,
    message: `Was created by ${who}, who is now ${user.state}: find the client a new owner, or delete it if unused.`,
  });
}

/** How many clients `orphaned-client` could not judge, and why. */
export function creatorWarnings(policy: Policy, org: OrgData): PolicyMessage[] {
  const known = new Set((org.users ?? []).map((u) => u.id.toLowerCase()));
  const none: string[] = [];
  const elsewhere: string[] = [];
  for (const c of org.clients) {
    const id = c.createdBy?.id;
    if (typeof id !== 'string') none.push(c.name || c.id);
    else if (org.users && !known.has(id.toLowerCase())) elsewhere.push(c.name || c.id);
  }
  const line = policy.checks['orphaned-client']?.position?.line ?? 1;
  const col = policy.checks['orphaned-client']?.position?.col ?? 1;
  const warn = (message: string): PolicyMessage => ({
    level: 'warning',
    message,
    file: policy.path,
    line,
    col,
  });
  const out: PolicyMessage[] = [];
  if (none.length > 0)
    out.push(
      warn(
        `orphaned-client: no creator recorded for ${some(none)}, so whether its creator is still active cannot be told.`,
      ),
    );
  if (elsewhere.length > 0)
    out.push(
      warn(
        `orphaned-client: ${some(elsewhere)} created by a user this org does not return (a user of another org, ` +
          'such as Genesys support): not judged orphaned.',
      ),
    );
  return out;
}

/** `client \`a\``, or `3 clients (\`a\`, \`b\`, \`c\`, …)`. */
function some(names: readonly string[]): string {
  if (names.length === 1) return `client \`${names[0]}\``;
  const shown = names.slice(0, 3).map((n) => `\`${n}\``);
  return `${names.length} clients (${shown.join(', ')}${names.length > 3 ? ', …' : ''})`;
}
