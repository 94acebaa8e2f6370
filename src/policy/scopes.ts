/**
 * The scope algebra of rules' `scopes`. Genesys scopes are `<domain>` (read-write) or `<domain>:readonly`,
 * and a write scope includes its read-only twin. Scope patterns are case-insensitive globs.
 */
import { PatternSet } from './pattern-set.js';
import type { Draft } from './draft.js';
import type { ScopeRules } from './types.js';

const READONLY_SUFFIX = ':readonly';

/** `X` for `X:readonly`; null for a write scope (or a bare `:readonly`, which names no domain). */
export function writeTwinOf(scope: string): string | null {
  if (scope.length <= READONLY_SUFFIX.length || !scope.toLowerCase().endsWith(READONLY_SUFFIX)) return null;
  return scope.slice(0, -READONLY_SUFFIX.length);
}

/** holds(G, S): granted scope G is S, or S is `X:readonly` and G is `X`. Case-insensitive. */
export function holds(granted: string, required: string): boolean {
  const g = granted.toLowerCase();
  const s = required.toLowerCase();
  if (g === s) return true;
  const twin = writeTwinOf(s);
  return twin !== null && g === twin;
}

/** A client's granted scopes, deduplicated case-insensitively (first spelling kept), prepared once per client. */
export interface GrantedScopes {
  /** As granted. */
  readonly names: readonly string[];
  /** Lower-cased, index-aligned with `names`. */
  readonly lower: readonly string[];
  /** Lower-cased write twin of a read-only scope (`users` for `users:readonly`), else null; index-aligned. */
  readonly twin: readonly (string | null)[];
  /** `lower` as a set. */
  readonly set: ReadonlySet<string>;
}

export function prepareScopes(scopes: readonly string[]): GrantedScopes {
  const names: string[] = [];
  const lower: string[] = [];
  const twin: (string | null)[] = [];
  const set = new Set<string>();
  for (const s of scopes) {
    if (typeof s !== 'string') continue;
    const l = s.toLowerCase();
    if (set.has(l)) continue;
    set.add(l);
    names.push(s);
    lower.push(l);
    twin.push(writeTwinOf(l));
  }
  return { names, lower, twin, set };
}

/** True when some granted scope holds S. */
export function isHeld(granted: GrantedScopes, required: string): boolean {
  const s = required.toLowerCase();
  if (granted.set.has(s)) return true;
  const twin = writeTwinOf(s);
  return twin !== null && granted.set.has(twin);
}

/** The forbid pattern that catches a scope, and whether it does so through the scope's read-only twin. */
export interface Forbidden {
  readonly pattern: string;
  readonly viaReadonly: boolean;
}

export interface CompiledScopeRules {
  readonly require: readonly string[];
  /** null: no allowlist, everything is allowed. Required scopes are part of it: they count as allowed. */
  readonly allow: PatternSet | null;
  readonly forbid: PatternSet | null;
  readonly max: number | undefined;
}

export function compileScopeRules(rules: ScopeRules): CompiledScopeRules {
  const require = rules.require ?? [];
  return {
    require,
    allow: rules.allow ? new PatternSet([...rules.allow, ...require], false) : null,
    forbid: rules.forbid && rules.forbid.length > 0 ? new PatternSet(rules.forbid, false) : null,
    max: rules.max,
  };
}

/**
 * Allowed: some P matches G, or G is `X:readonly` and P matches `X`. `scope` is lower-case and
 * `twin` is `writeTwinOf(scope)` (see `GrantedScopes`).
 */
export function isAllowed(rules: CompiledScopeRules, scope: string, twin: string | null): boolean {
  const allow = rules.allow;
  return allow === null || allow.test(scope) || (twin !== null && allow.test(twin));
}

/**
 * The forbid pattern that catches G: one matching G, or, for a write scope `X`, one matching
 * `X:readonly` (forbidding read access forbids write access). Forbidding `X` leaves `X:readonly` alone.
 * `scope` and `twin` as for `isAllowed`.
 */
export function forbiddenBy(rules: CompiledScopeRules, scope: string, twin: string | null): Forbidden | null {
  const forbid = rules.forbid;
  if (forbid === null) return null;
  const direct = forbid.first(scope);
  if (direct !== null) return { pattern: direct, viaReadonly: false };
  if (twin !== null) return null;
  const readonly = scope + READONLY_SUFFIX;
  const via = forbid.first(readonly);
  return via === null ? null : { pattern: via, viaReadonly: true };
}

/** Applies one rule's `scopes` to a (non-CLIENT-CREDENTIALS) client's granted scopes. */
export function checkScopes(
  rules: CompiledScopeRules,
  granted: GrantedScopes,
  ruleId: string,
  out: Draft[],
): void {
  for (const s of rules.require) {
    if (!isHeld(granted, s))
      out.push({
        check: 'missing-scope',
        subject: s,
        message: `Does not hold scope \`${s}\`, which rule ${ruleId} requires.`,
      });
  }
  for (let i = 0; i < granted.names.length; i++) {
    const name = granted.names[i]!;
    const lower = granted.lower[i]!;
    const twin = granted.twin[i]!;
    if (!isAllowed(rules, lower, twin)) {
      out.push({
        check: 'scope-not-allowed',
        subject: name,
        message: `Grants scope \`${name}\`, which is outside the allowlist of rule ${ruleId}.`,
      });
    }
    const forbidden = forbiddenBy(rules, lower, twin);
    if (forbidden) {
      const why = forbidden.viaReadonly
        ? ` (it forbids \`${forbidden.pattern}\`, and write access includes read access)`
        : forbidden.pattern.toLowerCase() === lower
          ? ''
          : ` (pattern \`${forbidden.pattern}\`)`;
      out.push({
        check: 'scope-forbidden',
        subject: name,
        message: `Grants scope \`${name}\`, which rule ${ruleId} forbids${why}.`,
      });
    }
  }
  if (rules.max !== undefined && granted.names.length > rules.max) {
    out.push({
      check: 'too-many-scopes',
      subject: '',
      message: `Grants ${granted.names.length} scopes, more than the ${rules.max} that rule ${ruleId} allows.`,
    });
  }
}
