/**
 * Which clients a rule applies to (SPEC §4.1): the keys of `match` must all hold, a list holds when
 * any item does, a missing `match` matches every client, and a client that fits `exclude` is not
 * matched. Patterns are compiled once per policy; per client only plain comparisons and tests run.
 */
import type { OAuthClient } from '../genesys/model.js';
import { normaliseGrantType } from './grant-types.js';
import { PatternSet } from './pattern-set.js';
import type { MatchSpec } from './types.js';

/** The fields matching reads, normalised once per client. */
export interface ClientKey {
  readonly client: OAuthClient;
  readonly name: string;
  readonly nameLower: string;
  readonly description: string;
  readonly descriptionLower: string;
  readonly idLower: string;
  /** Normalised grant type (see `normaliseGrantType`). */
  readonly grantType: string;
  readonly stateLower: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function clientKey(client: OAuthClient): ClientKey {
  const name = str(client.name);
  const description = str(client.description);
  return {
    client,
    name,
    nameLower: name.toLowerCase(),
    description,
    descriptionLower: description.toLowerCase(),
    idLower: str(client.id).toLowerCase(),
    grantType: normaliseGrantType(str(client.grantType)),
    stateLower: str(client.state).trim().toLowerCase(),
  };
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

/**
 * The rules a client can match given only its grant type and state, computed once per distinct
 * pair: most clients then skip most rules without testing a single name pattern.
 */
export class RuleIndex {
  private readonly cache = new Map<string, readonly number[]>();

  constructor(private readonly matchers: readonly RuleMatcher[]) {}

  /** Indexes of the candidate rules, ascending (policy order); each still needs `matches`. */
  candidates(k: ClientKey): readonly number[] {
    const key = `${k.grantType}\u0000${k.stateLower}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const list: number[] = [];
    for (let i = 0; i < this.matchers.length; i++) {
      const m = this.matchers[i]!.match;
      if (m === null || m.fitsKind(k.grantType, k.stateLower)) list.push(i);
    }
    if (this.cache.size < INDEX_LIMIT) this.cache.set(key, list);
    return list;
  }
}
