/**
 * Semantic checks of the policy: what the schema cannot say. They run on the parsed
 * value even when the schema found errors, skipping any part of the wrong shape, so that one run
 * reports every error. Warnings are reported but never fail validation.
 */
import { compileGlob, compilePattern, isGlob, matchesEveryName, PatternError } from './patterns.js';
import { isActive } from './exemptions.js';
import { KNOWN_SCOPES } from '../known-scopes.js';
import { normaliseGrantType, CLIENT_CREDENTIALS } from '../grant-types.js';
import { GRANT_TYPES } from '../model.js';
import type { PolicyMessage } from '../types.js';
import { DANGEROUS_SCHEMES } from './redirect-uri.js';
import { parseDuration, MAX_DURATION_SECONDS, DURATION_PATTERN, formatDuration } from './duration.js';
import { didYouMean } from './suggest.js';
import { ScopeLookup, scopeEntryIssue } from './validate-scopes.js';
import { BUILTIN_CHECKS, RULE_CHECKS, type Policy, type Position, type Rule } from './types.js';
import { formatPath, type PathIssue } from './schema.js';
import type { ValuePath } from './yaml-source.js';
import { checkUnusedClientSettings } from './unused.js';
import { DAY_MS } from '../days.js';

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

interface SemanticResult {
  errors: PathIssue[];
  warnings: PathIssue[];
}

type Report = (path: ValuePath, message: string, anchor?: PathIssue['anchor']) => void;

/** Where errors and warnings go; every message starts with its path, like the schema's. */
interface Reports {
  readonly error: Report;
  readonly warn: Report;
}

export function checkSemantics(raw: unknown, now: Date): SemanticResult {
  const out: SemanticResult = { errors: [], warnings: [] };
  if (!isObj(raw)) return out;
  const r: Reports = {
    error: (path, message, anchor = 'value') =>
      out.errors.push({ path, anchor, message: `${formatPath(path)}: ${message}` }),
    warn: (path, message, anchor = 'value') =>
      out.warnings.push({ path, anchor, message: `${formatPath(path)}: ${message}` }),
  };
  const checks = raw.checks;
  if (isObj(checks) && isObj(checks['token-lifetime'])) {
    checkDuration(checks['token-lifetime'].max, ['checks', 'token-lifetime', 'max'], r.error);
  }
  if (isObj(checks) && isObj(checks['unused-client']))
    checkUnusedClientSettings(checks['unused-client'], r.error);
  const ruleIds = new Map<string, number>();
  const known = new ScopeLookup(KNOWN_SCOPES);
  const rules = Array.isArray(raw.rules) ? raw.rules : [];
  rules.forEach((rule, i) => {
    if (isObj(rule)) checkRule(rule, ['rules', i], ruleIds, known, r);
  });
  const maxDays = maxExemptionDays(raw.settings);
  const exemptions = Array.isArray(raw.exemptions) ? raw.exemptions : [];
  exemptions.forEach((ex, i) => {
    if (isObj(ex)) checkExemption(ex, ['exemptions', i], { ruleIds, maxDays, now }, r);
  });
  return out;
}

/** `ruleIds`: the IDs of the rules before this one, with their index; this rule's is added. */
function checkRule(
  rule: Obj,
  base: ValuePath,
  ruleIds: Map<string, number>,
  known: ScopeLookup,
  r: Reports,
): void {
  if (typeof rule.id === 'string' && RULE_ID_RE.test(rule.id)) checkRuleId(rule.id, base, ruleIds, r);
  for (const key of ['match', 'exclude'] as const) {
    const spec = rule[key];
    if (!isObj(spec)) continue;
    for (const field of ['name', 'description'] as const) {
      for (const p of strings(spec[field], [...base, key, field]))
        checkPattern(p.value, p.path, compilePattern, r.error);
    }
    for (const field of ['name', 'id'] as const)
      for (const p of strings(spec[field], [...base, key, field])) checkEdgeSpace(p.value, p.path, r.warn);
  }
  if (isObj(rule.scopes)) checkScopeLists(rule.scopes, [...base, 'scopes'], known, r);
  if (isObj(rule.roles)) {
    for (const list of ['require', 'allow', 'forbid'] as const) {
      if (!Array.isArray(rule.roles[list])) continue;
      for (const p of strings(rule.roles[list], [...base, 'roles', list])) {
        checkPattern(p.value, p.path, compileGlob, r.error);
        checkEdgeSpace(p.value, p.path, r.warn);
      }
    }
  }
  if (isObj(rule['redirect-uris'])) checkRedirects(rule['redirect-uris'], [...base, 'redirect-uris'], r);
  checkDuration(rule['max-token-lifetime'], [...base, 'max-token-lifetime'], r.error);
  checkReach(rule, base, r.warn);
}

function checkRuleId(id: string, base: ValuePath, ruleIds: Map<string, number>, r: Reports): void {
  const first = ruleIds.get(id);
  if (first !== undefined)
    r.error([...base, 'id'], `duplicate rule ID "${id}" (also the ID of rules[${first}])`);
  else ruleIds.set(id, Number(base[1]));
  if ((BUILTIN_CHECKS as readonly string[]).includes(id))
    r.error(
      [...base, 'id'],
      `rule ID "${id}" is the ID of a built-in check, which findings and exemptions would confuse with it; choose another ID`,
    );
}

function checkScopeLists(scopes: Obj, base: ValuePath, known: ScopeLookup, r: Reports): void {
  for (const list of ['require', 'allow', 'forbid'] as const) {
    if (!Array.isArray(scopes[list])) continue;
    for (const p of strings(scopes[list], [...base, list])) {
      const issue = scopeEntryIssue(p.value, list, known);
      if (issue !== null) (issue.level === 'error' ? r.error : r.warn)(p.path, issue.message);
    }
  }
}

function checkRedirects(redirect: Obj, base: ValuePath, r: Reports): void {
  if (Array.isArray(redirect['allow-hosts'])) {
    for (const p of strings(redirect['allow-hosts'], [...base, 'allow-hosts'])) {
      const problem = hostPatternProblem(p.value);
      if (problem) r.error(p.path, problem);
      else checkPattern(p.value, p.path, compileGlob, r.error);
      checkEdgeSpace(p.value, p.path, r.warn);
    }
  }
  if (Array.isArray(redirect['allow-schemes'])) {
    for (const p of strings(redirect['allow-schemes'], [...base, 'allow-schemes'])) {
      if (DANGEROUS_SCHEMES.has(p.value))
        r.error(
          p.path,
          `"${p.value}" runs code or reads local files when a browser is sent to it, so it can never be a safe redirect`,
        );
    }
  }
}

function maxExemptionDays(settings: unknown): number {
  const days = isObj(settings) ? settings['max-exemption-days'] : undefined;
  return Number.isInteger(days) && (days as number) >= 1 ? (days as number) : DEFAULT_MAX_EXEMPTION_DAYS;
}

/** What an exemption is checked against: the policy's rule IDs, its longest term, and today. */
interface ExemptionContext {
  readonly ruleIds: ReadonlyMap<string, number>;
  readonly maxDays: number;
  readonly now: Date;
}

function checkExemption(ex: Obj, base: ValuePath, c: ExemptionContext, r: Reports): void {
  if (typeof ex.client === 'string' && ex.client !== '' && isGlob(ex.client))
    checkClientGlob(ex.client, [...base, 'client'], r.error, r.warn);
  for (const field of ['client', 'subject'] as const)
    if (typeof ex[field] === 'string') checkEdgeSpace(ex[field], [...base, field], r.warn);
  if (typeof ex.rule === 'string') checkExemptedRule(ex.rule, ex.check, base, c.ruleIds, r);
  if (typeof ex.expires === 'string' && DATE_RE.test(ex.expires)) {
    const problem = expiryProblem(ex.expires, c.now, c.maxDays);
    if (problem) r.error([...base, 'expires'], problem);
    else if (!isActive(ex.expires, c.now))
      r.warn(
        [...base, 'expires'],
        `${ex.expires} has passed: this exemption exempts nothing, and every audit reports it as expired-exemption. Give it a new date if the reason still holds, or remove it`,
      );
  }
}

/** An exemption's `rule` names a rule or a built-in check, and its `check` can come from that one. */
function checkExemptedRule(
  rule: string,
  check: unknown,
  base: ValuePath,
  ruleIds: ReadonlyMap<string, number>,
  r: Reports,
): void {
  const isBuiltin = (BUILTIN_CHECKS as readonly string[]).includes(rule);
  if (RULE_ID_RE.test(rule) && !ruleIds.has(rule) && !isBuiltin) {
    const hint = didYouMean(rule, [...ruleIds.keys(), ...BUILTIN_CHECKS]);
    r.error([...base, 'rule'], `"${rule}" is neither a rule ID of this policy nor a built-in check.${hint}`);
  }
  if (typeof check !== 'string') return;
  if (isBuiltin && check !== rule && (BUILTIN_CHECKS as readonly string[]).includes(check))
    r.warn(
      [...base, 'check'],
      `findings of built-in check "${rule}" are never "${check}" findings: this exemption can never apply`,
    );
  else if (ruleIds.has(rule) && !(RULE_CHECKS as readonly string[]).includes(check))
    r.warn(
      [...base, 'check'],
      `"${check}" is a built-in check, so rule "${rule}" never produces it: this exemption can never apply (name the check as \`rule\` instead)`,
    );
}

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
function expiryProblem(expires: string, now: Date, maxDays: number): string | null {
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
