/**
 * Semantic checks of the policy (SPEC §4.7): what the schema cannot say. They run on the parsed
 * value even when the schema found errors, skipping any part of the wrong shape, so that one run
 * reports every error. Warnings are reported but never fail validation.
 */
import { compileGlob, compilePattern, isGlob, matchesEveryName, PatternError } from './patterns.js';
import { isActive } from './exemptions.js';
import { KNOWN_SCOPES, isKnownScope } from '../known-scopes.js';
import { normaliseGrantType, CLIENT_CREDENTIALS } from '../grant-types.js';
import { GRANT_TYPES } from '../model.js';
import { DANGEROUS_SCHEMES } from './redirect-uri.js';
import { parseDuration, MAX_DURATION_SECONDS, DURATION_PATTERN, formatDuration } from './duration.js';
import { didYouMean, nearest } from './suggest.js';
import { BUILTIN_CHECKS, RULE_CHECKS, type Policy, type Position, type Rule } from './types.js';
import type { PolicyMessage } from '../types.js';
import { formatPath, type PathIssue } from './schema.js';
import type { ValuePath } from './yaml-source.js';

/** Default of `settings.max-exemption-days`. */
export const DEFAULT_MAX_EXEMPTION_DAYS = 365;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The strings of a string-or-list value, each with its path; other items are the schema's business. */
function strings(value: unknown, path: ValuePath): { value: string; path: ValuePath }[] {
  if (typeof value === 'string') return [{ value, path }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, i) => (typeof v === 'string' ? [{ value: v, path: [...path, i] }] : []));
}

const RULE_ID_RE = /^[a-z0-9][a-z0-9-]*$/;
const DATE_RE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const DURATION_RE = new RegExp(DURATION_PATTERN);
const DAY_MS = 86400000;

export interface SemanticResult {
  errors: PathIssue[];
  warnings: PathIssue[];
}

export function checkSemantics(raw: unknown, now: Date): SemanticResult {
  const out: SemanticResult = { errors: [], warnings: [] };
  if (!isObj(raw)) return out;
  // Every message starts with where it is (`rules[0].scopes.allow[1]: …`), like the schema's.
  const error = (path: ValuePath, message: string, anchor: PathIssue['anchor'] = 'value') =>
    out.errors.push({ path, anchor, message: `${formatPath(path)}: ${message}` });
  const warn = (path: ValuePath, message: string, anchor: PathIssue['anchor'] = 'value') =>
    out.warnings.push({ path, anchor, message: `${formatPath(path)}: ${message}` });

  const checks = raw.checks;
  if (isObj(checks) && isObj(checks['token-lifetime'])) {
    checkDuration(checks['token-lifetime'].max, ['checks', 'token-lifetime', 'max'], error);
  }

  const ruleIds = new Map<string, number>();
  const known = new ScopeLookup(KNOWN_SCOPES);
  const rules = Array.isArray(raw.rules) ? raw.rules : [];
  rules.forEach((rule, i) => {
    if (!isObj(rule)) return;
    const base: ValuePath = ['rules', i];
    if (typeof rule.id === 'string' && RULE_ID_RE.test(rule.id)) {
      const first = ruleIds.get(rule.id);
      if (first !== undefined)
        error([...base, 'id'], `duplicate rule ID "${rule.id}" (also the ID of rules[${first}])`);
      else ruleIds.set(rule.id, i);
      if ((BUILTIN_CHECKS as readonly string[]).includes(rule.id))
        error(
          [...base, 'id'],
          `rule ID "${rule.id}" is the ID of a built-in check, which findings and exemptions would confuse with it; choose another ID`,
        );
    }
    for (const key of ['match', 'exclude'] as const) {
      const spec = rule[key];
      if (!isObj(spec)) continue;
      for (const field of ['name', 'description'] as const) {
        for (const p of strings(spec[field], [...base, key, field]))
          checkPattern(p.value, p.path, compilePattern, error);
      }
      for (const field of ['name', 'id'] as const)
        for (const p of strings(spec[field], [...base, key, field])) checkEdgeSpace(p.value, p.path, warn);
    }
    checkScopes(rule.scopes, [...base, 'scopes'], known, error, warn);
    if (isObj(rule.roles)) {
      for (const list of ['require', 'allow', 'forbid'] as const) {
        if (!Array.isArray(rule.roles[list])) continue;
        for (const p of strings(rule.roles[list], [...base, 'roles', list])) {
          checkPattern(p.value, p.path, compileGlob, error);
          checkEdgeSpace(p.value, p.path, warn);
        }
      }
    }
    const redirect = rule['redirect-uris'];
    if (isObj(redirect) && Array.isArray(redirect['allow-hosts'])) {
      for (const p of strings(redirect['allow-hosts'], [...base, 'redirect-uris', 'allow-hosts'])) {
        const problem = hostPatternProblem(p.value);
        if (problem) error(p.path, problem);
        else checkPattern(p.value, p.path, compileGlob, error);
        checkEdgeSpace(p.value, p.path, warn);
      }
    }
    if (isObj(redirect) && Array.isArray(redirect['allow-schemes'])) {
      for (const p of strings(redirect['allow-schemes'], [...base, 'redirect-uris', 'allow-schemes'])) {
        if (DANGEROUS_SCHEMES.has(p.value))
          error(
            p.path,
            `"${p.value}" runs code or reads local files when a browser is sent to it, so it can never be a safe redirect`,
          );
      }
    }
    checkDuration(rule['max-token-lifetime'], [...base, 'max-token-lifetime'], error);
    checkReach(rule, base, warn);
  });

  const settings = isObj(raw.settings) ? raw.settings : {};
  const maxDaysRaw = settings['max-exemption-days'];
  const maxDays =
    Number.isInteger(maxDaysRaw) && (maxDaysRaw as number) >= 1
      ? (maxDaysRaw as number)
      : DEFAULT_MAX_EXEMPTION_DAYS;
  const exemptions = Array.isArray(raw.exemptions) ? raw.exemptions : [];
  exemptions.forEach((ex, i) => {
    if (!isObj(ex)) return;
    const base: ValuePath = ['exemptions', i];
    if (typeof ex.client === 'string' && ex.client !== '' && isGlob(ex.client))
      checkClientGlob(ex.client, [...base, 'client'], error, warn);
    for (const field of ['client', 'subject'] as const)
      if (typeof ex[field] === 'string') checkEdgeSpace(ex[field], [...base, field], warn);
    const rule = ex.rule;
    const isBuiltin = typeof rule === 'string' && (BUILTIN_CHECKS as readonly string[]).includes(rule);
    if (typeof rule === 'string' && RULE_ID_RE.test(rule) && !ruleIds.has(rule) && !isBuiltin) {
      const hint = didYouMean(rule, [...ruleIds.keys(), ...BUILTIN_CHECKS]);
      error([...base, 'rule'], `"${rule}" is neither a rule ID of this policy nor a built-in check.${hint}`);
    }
    const check = ex.check;
    if (typeof rule === 'string' && typeof check === 'string') {
      if (isBuiltin && check !== rule && (BUILTIN_CHECKS as readonly string[]).includes(check))
        warn(
          [...base, 'check'],
          `findings of built-in check "${rule}" are never "${check}" findings: this exemption can never apply`,
        );
      else if (ruleIds.has(rule) && !(RULE_CHECKS as readonly string[]).includes(check))
        warn(
          [...base, 'check'],
          `"${check}" is a built-in check, so rule "${rule}" never produces it: this exemption can never apply (name the check as \`rule\` instead)`,
        );
    }
    if (typeof ex.expires === 'string' && DATE_RE.test(ex.expires)) {
      const problem = expiryProblem(ex.expires, now, maxDays);
      if (problem) error([...base, 'expires'], problem);
      else if (!isActive(ex.expires, now))
        warn(
          [...base, 'expires'],
          `${ex.expires} has passed: this exemption exempts nothing, and every audit reports it as expired-exemption. Give it a new date if the reason still holds, or remove it`,
        );
    }
  });
  return out;
}

type Report = (path: ValuePath, message: string, anchor?: PathIssue['anchor']) => void;

function checkPattern(
  pattern: string,
  path: ValuePath,
  compile: (p: string) => unknown,
  error: Report,
): void {
  try {
    compile(pattern);
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    error(path, e.message);
  }
}

/** An exemption's name glob: valid, and not one that covers every client (new ones included). */
function checkClientGlob(glob: string, path: ValuePath, error: Report, warn: Report): void {
  try {
    compileGlob(glob);
    if (matchesEveryName(glob))
      warn(
        path,
        `"${glob}" matches every client name (all but at most the names it spells out), so this exemption covers every client, those created later too. Name the clients it is for, by ID when the exception is dangerous`,
      );
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    error(path, e.message);
  }
}

/**
 * Leading or trailing white space in a name, ID or host: invisible in the file, rare in real names,
 * and compared as written (a name with `Master Admin` + U+00A0 never equals "Master Admin"). `\s`
 * covers every Unicode space and the BOM.
 */
function checkEdgeSpace(pattern: string, path: ValuePath, warn: Report): void {
  const lead = /^\s+/.exec(pattern)?.[0] ?? '';
  const trail = lead === pattern ? '' : (/\s+$/.exec(pattern)?.[0] ?? '');
  if (lead === '' && trail === '') return;
  const where = lead === '' ? 'end' : trail === '' ? 'start' : 'start and end';
  const codes = [...new Set(lead + trail)]
    .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');
  warn(
    path,
    `pattern "${pattern}" has leading/trailing whitespace (${codes} at the ${where}), so it matches only values that have it too; remove it if it is not meant`,
  );
}

function checkDuration(value: unknown, path: ValuePath, error: Report): void {
  if (typeof value !== 'string' || !DURATION_RE.test(value)) return; // the schema reports it
  const seconds = parseDuration(value);
  if (seconds === null) error(path, `duration "${value}" must be longer than zero`);
  else if (seconds > MAX_DURATION_SECONDS)
    error(path, `duration "${value}" is longer than ${formatDuration(MAX_DURATION_SECONDS)} (ten years)`);
}

/** `YYYY-MM-DD` that exists, and is within `maxDays` of today (UTC). */
export function expiryProblem(expires: string, now: Date, maxDays: number): string | null {
  const [y, m, d] = expires.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return `${expires} is not a calendar date`;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Math.round((date.getTime() - today) / DAY_MS);
  if (days > maxDays) {
    const todayText = new Date(today).toISOString().slice(0, 10);
    return `${expires} is ${days} days from today (${todayText}); an exemption may run at most ${maxDays} days (settings.max-exemption-days)`;
  }
  return null;
}

/** Hosts are matched against the URI's host name: a scheme, path or port can never match. */
function hostPatternProblem(p: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p) || p.includes('/'))
    return `"${p}" is a URL; allow-hosts takes host names or host globs (e.g. "*.example.com"), without scheme or path`;
  if (/^[^[\]]*:[0-9*]+$/.test(p))
    return `"${p}" has a port; allow-hosts takes host names only (the port is not compared)`;
  return null;
}

/** Splits on `:` outside `{…}` and `[…]`, so that `{users,users:readonly}` stays one part. */
function splitScope(p: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of p) {
    if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
    if (c === ':' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

const DOMAIN_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DOMAIN_GLOB_RE = /^[a-z0-9*?[\]{},!^:-]+$/;

/** Why `p` cannot be a scope (or scope glob), or null. `exact`: globs are not allowed (`require`). */
export function scopePatternProblem(p: string, exact: boolean): string | null {
  const parts = splitScope(p);
  if (p.startsWith('/'))
    return `"${p}": scope patterns are globs (e.g. "*:readonly"), not regular expressions or paths`;
  if (parts.length >= 3)
    return `"${p}" looks like a permission (domain:entity:action), not a scope: scopes are <domain> or <domain>:readonly. Permissions come from roles; for CLIENT-CREDENTIALS clients judge them under \`roles\``;
  if (/[A-Z]/.test(p) && scopePatternProblem(p.toLowerCase(), exact) === null)
    return `"${p}": scope names are lower case; write "${p.toLowerCase()}"`;
  if (exact && isGlob(p)) return `"${p}": scopes.require takes exact scope names, not patterns`;
  const [domain, suffix] = parts as [string, string | undefined];
  if (suffix !== undefined) {
    const suffixOk = suffix === 'readonly' || (!exact && isGlob(suffix) && safeGlobTest(suffix, 'readonly'));
    if (!suffixOk)
      return `"${p}" is not a scope: the only scope suffix is ":readonly" (scopes are <domain> or <domain>:readonly)`;
  }
  if (!(exact ? DOMAIN_RE : DOMAIN_GLOB_RE).test(domain))
    return `"${p}" is not a scope: a scope is <domain> or <domain>:readonly, the domain in lower-case letters, digits and "-"`;
  return null;
}

function safeGlobTest(glob: string, value: string): boolean {
  try {
    return compileGlob(glob).test(value);
  } catch {
    return false;
  }
}

/**
 * Whether a scope pattern matches some scope of a list. Rules repeat the same patterns, so each
 * distinct one is compiled and tested once per lookup; a plain name is one set lookup.
 */
class ScopeLookup {
  private readonly lower: ReadonlySet<string>;
  private readonly verdicts = new Map<string, boolean>();

  constructor(private readonly scopes: readonly string[]) {
    this.lower = new Set(scopes.map((s) => s.toLowerCase()));
  }

  /** Throws `PatternError` for a glob that cannot be compiled. */
  matchesAny(pattern: string): boolean {
    let verdict = this.verdicts.get(pattern);
    if (verdict === undefined) {
      if (isGlob(pattern)) {
        const m = compileGlob(pattern);
        verdict = this.scopes.some((s) => m.test(s));
      } else {
        // A plain name matches case-insensitively (see `compileGlob`).
        verdict = this.lower.has(pattern.toLowerCase());
      }
      this.verdicts.set(pattern, verdict);
    }
    return verdict;
  }
}

function checkScopes(
  scopes: unknown,
  base: ValuePath,
  known: ScopeLookup,
  error: Report,
  warn: Report,
): void {
  if (!isObj(scopes)) return;
  for (const list of ['require', 'allow', 'forbid'] as const) {
    if (!Array.isArray(scopes[list])) continue;
    for (const p of strings(scopes[list], [...base, list])) {
      if (p.value === '') continue; // the schema reports it
      const problem = scopePatternProblem(p.value, list === 'require');
      if (problem) {
        error(p.path, problem);
        continue;
      }
      let isKnown: boolean;
      try {
        isKnown = known.matchesAny(p.value);
      } catch (e) {
        if (!(e instanceof PatternError)) throw e;
        error(p.path, e.message);
        continue;
      }
      if (!isKnown) warn(p.path, unknownScopeMessage(p.value));
    }
  }
}

/** Why a scope name matches no known scope, with the nearest known one. */
export function unknownScopeMessage(p: string): string {
  if (isGlob(p)) return `scope pattern "${p}" matches no known Genesys Cloud scope`;
  const head = `scope "${p}" is not a known Genesys Cloud scope`;
  if (p.endsWith(':readonly') && isKnownScope(p.slice(0, -':readonly'.length)))
    return `${head}: "${p.slice(0, -':readonly'.length)}" has no read-only form`;
  if (isKnownScope(`${p}:readonly`)) return `${head}: it exists only read-only, as "${p}:readonly"`;
  if (p === 'admin' || p.startsWith('admin:'))
    return `${head}: there is no admin scope (admin rights come from roles)`;
  const near = nearest(p, KNOWN_SCOPES);
  return near ? `${head}. Did you mean "${near}"?` : head;
}

/**
 * Warnings for rule parts that can never apply, judged from `match`/`exclude` grant types:
 * scopes on a rule that only matches CLIENT-CREDENTIALS clients (Genesys ignores their scopes),
 * roles on a rule that never matches them (only they have roles).
 */
function checkReach(rule: Obj, base: ValuePath, warn: Report): void {
  const match = isObj(rule.match) ? rule.match : undefined;
  if (!match || match['grant-types'] === undefined) return;
  let reachable = new Set(strings(match['grant-types'], []).map((g) => normaliseGrantType(g.value)));
  const exclude = isObj(rule.exclude) ? rule.exclude : undefined;
  // Only an exclude made of grant types alone removes whole grant types.
  if (exclude && Object.keys(exclude).length === 1 && exclude['grant-types'] !== undefined) {
    const excluded = new Set(strings(exclude['grant-types'], []).map((g) => normaliseGrantType(g.value)));
    reachable = new Set([...reachable].filter((g) => !excluded.has(g)));
  }
  if (![...reachable].every((g) => (GRANT_TYPES as readonly string[]).includes(g))) return;
  const id = typeof rule.id === 'string' ? `rule "${rule.id}"` : 'this rule';
  if (reachable.size === 0) {
    warn(
      [...base, 'exclude'],
      `${id} can match no client: \`exclude\` removes every grant type that \`match\` selects`,
      'key',
    );
    return;
  }
  const onlyCC = [...reachable].every((g) => g === CLIENT_CREDENTIALS);
  if (onlyCC && rule.scopes !== undefined)
    warn(
      [...base, 'scopes'],
      `${id} can only match CLIENT-CREDENTIALS clients, whose scopes Genesys ignores (their permissions come from roles): these scope rules never apply`,
      'key',
    );
  if (!reachable.has(CLIENT_CREDENTIALS) && rule.roles !== undefined)
    warn(
      [...base, 'roles'],
      `${id} cannot match CLIENT-CREDENTIALS clients, the only clients with roles: these role rules never apply`,
      'key',
    );
}

// Positions of scope names, recorded by the loader for `catalogueWarnings`.
const scopePositions = new WeakMap<Rule, Map<string, Position>>();

/** Remembers where a rule's scope names are written (first occurrence of each). */
export function recordScopePositions(rule: Rule, positions: Map<string, Position>): void {
  scopePositions.set(rule, positions);
}

/**
 * Audit mode: scope names of the policy that no scope of the org's live catalogue matches. Names
 * that match no known scope at all are left out: loading already warned about them.
 */
export function catalogueWarnings(policy: Policy, catalogue: string[]): PolicyMessage[] {
  const available = new ScopeLookup(catalogue);
  const known = new ScopeLookup(KNOWN_SCOPES);
  const out: PolicyMessage[] = [];
  for (const rule of policy.rules) {
    if (!rule.scopes) continue;
    const seen = new Set<string>();
    for (const p of [
      ...(rule.scopes.require ?? []),
      ...(rule.scopes.allow ?? []),
      ...(rule.scopes.forbid ?? []),
    ]) {
      if (seen.has(p)) continue;
      seen.add(p);
      try {
        if (available.matchesAny(p) || !known.matchesAny(p)) continue;
      } catch {
        continue; // invalid patterns never get past loading
      }
      const at = scopePositions.get(rule)?.get(p) ?? rule.position;
      out.push({
        level: 'warning',
        file: policy.path,
        ...at,
        message: isGlob(p)
          ? `rule "${rule.id}": scope pattern "${p}" matches no scope of this org's scope catalogue`
          : `rule "${rule.id}": scope "${p}" is not in this org's scope catalogue`,
      });
    }
  }
  return out;
}
