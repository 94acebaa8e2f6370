/**
 * Which clients a rule applies to (SPEC §4.1): the keys of `match` must all hold, a list holds when
 * any item does, a missing `match` matches every client, and a client that fits `exclude` is not
 * matched. Patterns are compiled once per policy; per client only plain comparisons and tests run.
 */
import type { OAuthClient } from '../model.js';
import { normaliseGrantType } from '../grant-types.js';
import { PatternSet, type NamePrefixes } from './pattern-set.js';
import type { MatchSpec } from './types.js';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The fields matching reads, normalised once per client. */
export class ClientKey {
  readonly name: string;
  readonly nameLower: string;
  readonly description: string;
  readonly idLower: string;
  /** Normalised grant type (see `normaliseGrantType`). */
  readonly grantType: string;
  readonly stateLower: string;
  private descLower: string | undefined;

  constructor(readonly client: OAuthClient) {
    this.name = str(client.name);
    this.nameLower = this.name.toLowerCase();
    this.description = str(client.description);
    this.idLower = str(client.id).toLowerCase();
    this.grantType = normaliseGrantType(str(client.grantType));
    this.stateLower = str(client.state).trim().toLowerCase();
  }

  /** Lowered on first use: few policies match by description. */
  get descriptionLower(): string {
    return (this.descLower ??= this.description.toLowerCase());
  }
}

export function clientKey(client: OAuthClient): ClientKey {
  return new ClientKey(client);
}

/** One compiled `match` or `exclude` block; absent keys are not checked. */
export class CompiledMatchSpec {
  private readonly ids: ReadonlySet<string> | null;
  private readonly grantTypes: ReadonlySet<string> | null;
  private readonly states: ReadonlySet<string> | null;
  private readonly names: PatternSet | null;
  private readonly descriptions: PatternSet | null;

  constructor(spec: MatchSpec) {
    // Cheapest tests first: set lookups before pattern tests.
    this.ids = spec.id ? new Set(spec.id.map((v) => v.toLowerCase())) : null;
    this.grantTypes = spec.grantTypes ? new Set(spec.grantTypes.map(normaliseGrantType)) : null;
    this.states = spec.states ? new Set(spec.states.map((v) => v.toLowerCase())) : null;
    this.names = spec.name ? new PatternSet(spec.name, true) : null;
    this.descriptions = spec.description ? new PatternSet(spec.description, true) : null;
  }

  /** What every matching name starts with (see `PatternSet.prefixes`); null: any name may match. */
  namePrefixes(): NamePrefixes | null {
    return this.names === null ? null : this.names.prefixes();
  }

  /** The last characters a matching name may end with (see `PatternSet.endings`); null: any. */
  nameEndings(): string[] | null {
    return this.names === null ? null : this.names.endings();
  }

  /** The grant-type and state keys only: what `RuleIndex` groups clients by. */
  fitsKind(grantType: string, stateLower: string): boolean {
    if (this.grantTypes !== null && !this.grantTypes.has(grantType)) return false;
    return this.states === null || this.states.has(stateLower);
  }

  fits(k: ClientKey): boolean {
    if (this.ids !== null && !this.ids.has(k.idLower)) return false;
    if (this.grantTypes !== null && !this.grantTypes.has(k.grantType)) return false;
    if (this.states !== null && !this.states.has(k.stateLower)) return false;
    if (this.names !== null && !this.names.test(k.name, k.nameLower)) return false;
    if (this.descriptions !== null && !this.descriptions.test(k.description, k.descriptionLower))
      return false;
    return true;
  }
}

/** A rule's `match` and `exclude` together. */
export class RuleMatcher {
  readonly match: CompiledMatchSpec | null;
  private readonly exclude: CompiledMatchSpec | null;

  constructor(match: MatchSpec | null, exclude: MatchSpec | null) {
    this.match = match ? new CompiledMatchSpec(match) : null;
    this.exclude = exclude ? new CompiledMatchSpec(exclude) : null;
  }

  matches(k: ClientKey): boolean {
    if (this.match !== null && !this.match.fits(k)) return false;
    return this.exclude === null || !this.exclude.fits(k);
  }
}

/** Distinct grant-type/state pairs remembered; past this, candidates are listed afresh each time. */
const INDEX_LIMIT = 256;

/** Longest name key: longer keys split the rules no further in practice and cost more to hash. */
const MAX_NAME_KEY = 16;

/** The candidates of one grant-type/state pair, per name bucket and ending, made on first use. */
interface KindEntry {
  /** Per rule: whether the pair lets it match. */
  readonly fits: readonly boolean[];
  /** At `bucket slot × (endings + 1) + ending slot` (see `RuleIndex.candidates`). */
  readonly lists: (readonly number[] | undefined)[];
}

/**
 * Narrows the rules a client can match before any is tested, from facts cheap to read off the
 * client: its grant type and state, and the start and the last character of its name.
 *
 * A rule whose `match.name` entries are all exact strings, or globs or `^`-anchored regular
 * expressions with a literal prefix, can only match a client whose lower-cased name starts with
 * one of those prefixes, so such rules are filed in buckets keyed by the first `keyLength`
 * characters of each prefix; a client looks up its own name's first `keyLength` characters. The
 * other rules (no name key, globs starting with a wildcard, unanchored expressions) are candidates
 * for every name. Likewise at the other end: a rule whose name entries all end in literal text
 * (`*-prod`, `/…3$/`) is a candidate only for names ending in the last character of one of them.
 * The result only prunes: each candidate still needs `RuleMatcher.matches`.
 */
export class RuleIndex {
  private readonly keyLength: number;
  /** Name key → bucket number. */
  private readonly bucketOf = new Map<string, number>();
  /** Per bucket, the rules filed there, ascending. */
  private readonly buckets: number[][] = [];
  /** Rules that are candidates whatever the name, ascending. */
  private readonly always: number[] = [];
  private readonly kinds = new Map<string, Map<string, KindEntry>>();
  private cached = 0;
  /** Per rule, the last characters its matching names may end with; null: any. */
  private readonly endings: (ReadonlySet<string> | null)[];
  /** Last character → ending slot; a character no rule ends with takes the slot after these. */
  private readonly endingSlot = new Map<string, number>();

  constructor(private readonly matchers: readonly RuleMatcher[]) {
    this.endings = matchers.map((m) => {
      const ends = m.match?.nameEndings() ?? null;
      if (ends === null) return null;
      for (const c of ends) if (!this.endingSlot.has(c)) this.endingSlot.set(c, this.endingSlot.size);
      return new Set(ends);
    });
    const prefixes = matchers.map((m) => m.match?.namePrefixes() ?? null);
    // An exact name has the same first characters as the client name equal to it however short
    // it is, so only pattern prefixes bound the key length.
    let keyLength = MAX_NAME_KEY;
    for (const p of prefixes) for (const g of p?.starts ?? []) keyLength = Math.min(keyLength, g.length);
    this.keyLength = keyLength;
    prefixes.forEach((p, i) => {
      if (p === null) {
        this.always.push(i);
        return;
      }
      for (const text of [...p.exact, ...p.starts]) {
        const key = text.slice(0, keyLength);
        let b = this.bucketOf.get(key);
        if (b === undefined) {
          b = this.buckets.length;
          this.bucketOf.set(key, b);
          this.buckets.push([]);
        }
        const bucket = this.buckets[b]!;
        if (bucket.at(-1) !== i) bucket.push(i);
      }
    });
  }

  /** Indexes of the candidate rules, ascending (policy order); each still needs `matches`. */
  candidates(k: ClientKey): readonly number[] {
    const name = k.nameLower;
    const b = this.buckets.length === 0 ? -1 : (this.bucketOf.get(name.slice(0, this.keyLength)) ?? -1);
    const endings = this.endingSlot.size;
    const last = endings === 0 ? '' : name.slice(-1);
    const e = endings === 0 ? 0 : (this.endingSlot.get(last) ?? endings);
    const entry = this.kind(k.grantType, k.stateLower);
    const slot = (b === -1 ? this.buckets.length : b) * (endings + 1) + e;
    return (entry.lists[slot] ??= this.list(entry.fits, b, e === endings ? null : last));
  }

  private kind(grantType: string, stateLower: string): KindEntry {
    let byState = this.kinds.get(grantType);
    const hit = byState?.get(stateLower);
    if (hit !== undefined) return hit;
    const fits = this.matchers.map((m) => m.match === null || m.match.fitsKind(grantType, stateLower));
    const entry: KindEntry = { fits, lists: [] };
    if (this.cached < INDEX_LIMIT) {
      if (byState === undefined) this.kinds.set(grantType, (byState = new Map()));
      byState.set(stateLower, entry);
      this.cached++;
    }
    return entry;
  }

  /**
   * The always-candidates merged with bucket `b` (-1: none), in policy order, kept to those that fit
   * and may end in `last` (null: a character no rule ends with).
   */
  private list(fits: readonly boolean[], b: number, last: string | null): number[] {
    const a = this.always;
    const c = b === -1 ? [] : this.buckets[b]!;
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < c.length) {
      const next = j >= c.length || (i < a.length && a[i]! < c[j]!) ? a[i++]! : c[j++]!;
      const ends = this.endings[next]!;
      if (fits[next] && (ends === null || (last !== null && ends.has(last)))) out.push(next);
    }
    return out;
  }
}
