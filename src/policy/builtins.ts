/**
 * The built-in checks, applied to every client whatever rules it matches, and the findings about
 * the policy's own exemptions (expired, unused).
 */
import type { Severity } from '../types.js';
import type { Draft } from './draft.js';
import { formatDuration } from './duration.js';
import { describeScope, type CompiledExemption } from './exemptions.js';
import { isKnownGrantType, unusualCharacters } from '../grant-types.js';
import type { ClientContext } from './evaluate-rules.js';
import { checkOrphaned } from './orphans.js';
import { describeInsecure } from './redirect-uri.js';
import {
  BUILTIN_CHECK_DEFAULTS,
  unsetSeverity,
  type BuiltinCheckId,
  type Finding,
  type Policy,
} from './types.js';

const INACTIVE_STATES: ReadonlySet<string> = new Set(['inactive', 'disabled']);

export interface BuiltinSetting {
  /** null: `off`. */
  readonly severity: Severity | null;
  readonly line: number;
}

export function builtinSettings(policy: Policy): Record<BuiltinCheckId, BuiltinSetting> {
  const out = {} as Record<BuiltinCheckId, BuiltinSetting>;
  for (const id of Object.keys(BUILTIN_CHECK_DEFAULTS) as BuiltinCheckId[]) {
    const set = policy.checks?.[id];
    const severity = set?.severity ?? unsetSeverity(id);
    out[id] = { severity: severity === 'off' ? null : severity, line: set?.position?.line ?? 1 };
  }
  return out;
}

export function applyBuiltins(
  ctx: ClientContext,
  matchedAny: boolean,
  settings: Record<BuiltinCheckId, BuiltinSetting>,
  tokenLifetimeMax: number,
  catalogue: ReadonlySet<string> | null,
  out: Draft[],
): void {
  const grantType = ctx.key.grantType;
  const given = ctx.grantTypeAsGiven;
  if (settings['token-lifetime'].severity !== null && ctx.tokenLifetime > tokenLifetimeMax) {
    out.push({
      check: 'token-lifetime',
      subject: '',
      message: `Issues access tokens valid for ${ctx.tokenLifetimeText}, longer than the ${formatDuration(tokenLifetimeMax)} maximum of the policy.`,
    });
  }
  if (settings['password-grant'].severity !== null && grantType === 'PASSWORD') {
    out.push({
      check: 'password-grant',
      subject: given,
      message: 'Uses the resource owner password grant (`PASSWORD`), which must not be used (RFC 9700 §2.4).',
    });
  }
  if (settings['implicit-grant'].severity !== null && grantType === 'TOKEN') {
    out.push({
      check: 'implicit-grant',
      subject: given,
      message:
        'Uses the implicit grant (`TOKEN`), which is deprecated (RFC 9700 §2.1.2) and being retired by Genesys Cloud.',
    });
  }
  if (settings['insecure-redirect-uri'].severity !== null) {
    for (const uri of ctx.uris) {
      if (uri.problems.length > 0)
        out.push({ check: 'insecure-redirect-uri', subject: uri.raw, message: describeInsecure(uri) });
    }
  }
  if (settings['unknown-grant-type'].severity !== null && !isKnownGrantType(grantType)) {
    out.push({
      check: 'unknown-grant-type',
      subject: given,
      message: unknownGrantTypeMessage(given),
    });
  }
  if (settings['unmatched-client'].severity !== null && !matchedAny) {
    out.push({ check: 'unmatched-client', subject: '', message: 'Matches no rule of the policy.' });
  }
  if (settings['inactive-client'].severity !== null && INACTIVE_STATES.has(ctx.key.stateLower)) {
    const when = ctx.client.dateToDelete;
    // Genesys gives a full timestamp; the day is what a reader needs.
    const day = typeof when === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(when) ? when.slice(0, 10) : when;
    out.push({
      check: 'inactive-client',
      subject: '',
      message:
        typeof day === 'string' && day !== ''
          ? `Is in state \`${ctx.key.stateLower}\` and scheduled for deletion on ${day}.`
          : `Is in state \`${ctx.key.stateLower}\`.`,
    });
  }
  // Genesys ignores scopes of CLIENT-CREDENTIALS clients, so an odd one there is no finding.
  if (settings['unknown-scope'].severity !== null && catalogue !== null && !ctx.isClientCredentials) {
    const s = ctx.scopes;
    for (let i = 0; i < s.names.length; i++) {
      if (!catalogue.has(s.lower[i]!))
        out.push({
          check: 'unknown-scope',
          subject: s.names[i]!,
          message: `Grants scope \`${s.names[i]}\`, which is not in the org's scope catalogue.`,
        });
    }
  }
  if (settings['orphaned-client'].severity !== null) checkOrphaned(ctx, out);
}

function unknownGrantTypeMessage(given: string): string {
  if (given.trim() === '') return 'Has no grant type, so this tool cannot judge it.';
  const unusual = unusualCharacters(given);
  if (unusual.length === 0)
    return `Uses grant type \`${given}\`, which this tool does not know, so it cannot judge it fully.`;
  return `Uses grant type \`${given}\`, which this tool does not know: it contains ${unusual.join(', ')}, which no grant type has (it may imitate a known one).`;
}

export function exemptionFindings(
  exemptions: readonly CompiledExemption[],
  settings: Record<BuiltinCheckId, BuiltinSetting>,
): Finding[] {
  const out: Finding[] = [];
  const expired = settings['expired-exemption'];
  const unused = settings['unused-exemption'];
  for (const e of exemptions) {
    const x = e.exemption;
    const line = x.position?.line ?? 1;
    if (!e.active) {
      if (expired.severity === null) continue;
      out.push({
        check: 'expired-exemption',
        severity: expired.severity,
        rule: 'expired-exemption',
        subject: x.client,
        message: `The exemption for client \`${x.client}\` (${describeScope(x)}) expired on ${x.expires}, so the findings it covered count again.`,
        exempted: false,
        line,
      });
    } else if (!e.used && unused.severity !== null) {
      out.push({
        check: 'unused-exemption',
        severity: unused.severity,
        rule: 'unused-exemption',
        subject: x.client,
        message: `The exemption for client \`${x.client}\` (${describeScope(x)}) exempted no finding in this run.`,
        exempted: false,
        line,
      });
    }
  }
  return out;
}
