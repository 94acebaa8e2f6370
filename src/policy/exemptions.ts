/**
 * Exemptions. An exemption applies to a finding when every field it names fits; it
 * exempts through the end of its `expires` day, UTC. Expired ones exempt nothing and are reported;
 * active ones that exempted nothing are reported as unused.
 */
import { compileGlob, isGenesysId, PatternError, type Matcher } from './patterns.js';
import type { OAuthClient } from '../model.js';
import { clientKey } from './match.js';
import type { Exemption, ExemptionRef, Finding, Policy } from './types.js';
import type { PolicyMessage } from '../types.js';
import { DAY_MS } from '../days.js';

/**
 * First instant after an exemption's `expires` day (UTC midnight of the next day), in ms since the
 * epoch; NaN for a date that is not a real `YYYY-MM-DD` day, which then counts as expired.
 */
export function expiryEnd(expires: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof expires === 'string' ? expires : '');
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const start = Date.UTC(y, mo - 1, d);
  const check = new Date(start);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return NaN;
  return start + DAY_MS;
}

/** Valid through 23:59:59.999 UTC of the `expires` day. */
export function isActive(expires: string, now: Date): boolean {
  const end = expiryEnd(expires);
  return !Number.isNaN(end) && now.getTime() < end;
}

export class CompiledExemption {
  readonly active: boolean;
  readonly ref: ExemptionRef;
  /** The lower-cased client ID when `client` is shaped like one; null for a name glob. */
  private readonly clientId: string | null;
  private readonly clientGlob: Matcher | null;
  private readonly ruleLower: string | undefined;
  private readonly subjectLower: string | undefined;
  /** Whether it exempted at least one finding in this run. */
  used = false;

  constructor(
    readonly exemption: Exemption,
    now: Date,
  ) {
    this.active = isActive(exemption.expires, now);
    this.ref = { reason: exemption.reason, owner: exemption.owner, expires: exemption.expires };
    // Whoever may create OAuth clients chooses their names: an ID must never be matched as a name,
    // or a new client named after an exempted ID would inherit the exemption.
    this.clientId = isGenesysId(exemption.client) ? exemption.client.toLowerCase() : null;
    let glob: Matcher | null = null;
    if (this.clientId === null) {
      try {
        glob = compileGlob(exemption.client);
      } catch (e) {
        // The loader refuses invalid globs; should one slip through, it exempts nothing.
        if (!(e instanceof PatternError)) throw e;
      }
    }
    this.clientGlob = glob;
    this.ruleLower = exemption.rule?.toLowerCase();
    this.subjectLower = exemption.subject?.toLowerCase();
  }

  /** `client`: an ID-shaped value matches the client ID only (any case); anything else, the name only. */
  coversClient(idLower: string, name: string): boolean {
    if (this.clientId !== null) return idLower === this.clientId;
    return this.clientGlob !== null && this.clientGlob.test(name);
  }

  /** `rule`, `check` and `subject`, each when named. */
  coversFinding(f: Finding): boolean {
    if (this.ruleLower !== undefined && f.rule.toLowerCase() !== this.ruleLower) return false;
    if (this.exemption.check !== undefined && f.check !== this.exemption.check) return false;
    if (this.subjectLower !== undefined && f.subject.toLowerCase() !== this.subjectLower) return false;
    return true;
  }
}

export function compileExemptions(exemptions: readonly Exemption[], now: Date): CompiledExemption[] {
  return exemptions.map((e) => new CompiledExemption(e, now));
}

/** The active exemptions that name this client, in policy order (usually none). */
export function exemptionsFor(
  all: readonly CompiledExemption[],
  idLower: string,
  name: string,
): CompiledExemption[] {
  const out: CompiledExemption[] = [];
  for (const e of all) if (e.active && e.coversClient(idLower, name)) out.push(e);
  return out;
}

/**
 * Marks the findings the given exemptions cover. The first covering exemption (policy order) is the
 * one reported; every covering one counts as used, so overlapping exemptions are not called unused.
 */
export function applyExemptions(findings: Finding[], candidates: readonly CompiledExemption[]): void {
  if (candidates.length === 0) return;
  for (const f of findings) {
    for (const e of candidates) {
      if (!e.coversFinding(f)) continue;
      e.used = true;
      if (!f.exempted) {
        f.exempted = true;
        f.exemption = { ...e.ref };
      }
    }
  }
}

/** What an exemption is about, for messages: "rule web-messaging, check scope-not-allowed, subject `x`". */
export function describeScope(e: Exemption): string {
  const parts: string[] = [];
  if (e.rule !== undefined) parts.push(`rule ${e.rule}`);
  if (e.check !== undefined) parts.push(`check ${e.check}`);
  if (e.subject !== undefined) parts.push(`subject \`${e.subject}\``);
  return parts.length === 0 ? 'all findings' : parts.join(', ');
}

/** Clients one exemption may name before an audit warns that it is too broad to be reviewed. */
const MAX_EXEMPTED_CLIENTS = 10;

/** Audit mode: the active exemptions whose `client` names more than `MAX_EXEMPTED_CLIENTS` clients of the org. */
export function breadthWarnings(policy: Policy, clients: readonly OAuthClient[], now: Date): PolicyMessage[] {
  // An ID names one client; only name globs can name many.
  const globs = compileExemptions(policy.exemptions, now).filter(
    (e) => e.active && !isGenesysId(e.exemption.client),
  );
  if (globs.length === 0) return [];
  const counts = new Array<number>(globs.length).fill(0);
  for (const client of clients) {
    const key = clientKey(client);
    globs.forEach((e, i) => {
      if (e.coversClient(key.idLower, key.name)) counts[i]!++;
    });
  }
  const out: PolicyMessage[] = [];
  globs.forEach((e, i) => {
    if (counts[i]! <= MAX_EXEMPTED_CLIENTS) return;
    const x = e.exemption;
    const index = policy.exemptions.indexOf(x);
    out.push({
      level: 'warning',
      file: policy.path,
      line: x.position?.line ?? 1,
      col: x.position?.col ?? 1,
      message: `exemptions[${index}].client: "${x.client}" names ${counts[i]} clients of this org (more than ${MAX_EXEMPTED_CLIENTS}), so this exemption (${describeScope(x)}) covers findings nobody reviews one by one. Name the clients it is for, by ID when the exception is dangerous`,
    });
  });
  return out;
}
