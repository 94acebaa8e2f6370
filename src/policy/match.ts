/**
 * Which clients a rule applies to: the keys of `match` must all hold, a list holds when any item
 * does, a missing `match` matches every client, and a client that fits `exclude` is not matched.
 * Patterns are compiled once per policy.
 */
import type { OAuthClient } from '../model.js';
import { normaliseGrantType } from '../grant-types.js';
import { PatternSet } from './pattern-set.js';
import type { MatchSpec } from './types.js';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The fields matching reads, normalised once per client. */
export interface ClientKey {
  readonly client: OAuthClient;
  readonly name: string;
  readonly description: string;
  readonly idLower: string;
  /** Normalised grant type (see `normaliseGrantType`). */
  readonly grantType: string;
  readonly stateLower: string;
}

export function clientKey(client: OAuthClient): ClientKey {
  return {
    client,
    name: str(client.name),
    description: str(client.description),
    idLower: str(client.id).toLowerCase(),
    grantType: normaliseGrantType(str(client.grantType)),
    stateLower: str(client.state).trim().toLowerCase(),
  };
}

/** One compiled `match` or `exclude` block; absent keys are not checked. */
class CompiledMatchSpec {
  private readonly ids: ReadonlySet<string> | null;
  private readonly grantTypes: ReadonlySet<string> | null;
  private readonly states: ReadonlySet<string> | null;
  private readonly names: PatternSet | null;
  private readonly descriptions: PatternSet | null;

  constructor(spec: MatchSpec) {
    this.ids = spec.id ? new Set(spec.id.map((v) => v.toLowerCase())) : null;
    this.grantTypes = spec.grantTypes ? new Set(spec.grantTypes.map(normaliseGrantType)) : null;
    this.states = spec.states ? new Set(spec.states.map((v) => v.toLowerCase())) : null;
    this.names = spec.name ? new PatternSet(spec.name, true) : null;
    this.descriptions = spec.description ? new PatternSet(spec.description, true) : null;
  }

  fits(k: ClientKey): boolean {
    if (this.ids !== null && !this.ids.has(k.idLower)) return false;
    if (this.grantTypes !== null && !this.grantTypes.has(k.grantType)) return false;
    if (this.states !== null && !this.states.has(k.stateLower)) return false;
    if (this.names !== null && !this.names.test(k.name)) return false;
    return this.descriptions === null || this.descriptions.test(k.description);
  }
}

/** A rule's `match` and `exclude` together. */
export class RuleMatcher {
  private readonly match: CompiledMatchSpec | null;
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
