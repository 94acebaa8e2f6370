/**
 * The evaluator: every client of the org against every rule and built-in check of the policy
 * (SPEC §4, §5). Pure and deterministic: no I/O, no clock (`now` is given), output order fixed —
 * clients in org order; within a client the matched rules in policy order, then the built-in checks;
 * within each, findings by check (catalogue order of SPEC §5) and then by subject.
 *
 * Patterns are compiled once per call; per client the work is set lookups and pattern tests.
 */
import type { OAuthClient, OrgData } from '../model.js';
import type { Draft } from './draft.js';
import {
  applyExemptions,
  compileExemptions,
  describeScope,
  exemptionsFor,
  type CompiledExemption,
} from './exemptions.js';
import { formatDuration } from './duration.js';
import { didYouMean } from './suggest.js';
import {
  CLIENT_CREDENTIALS,
  isKnownGrantType,
  normaliseGrantType,
  unusualCharacters,
} from '../grant-types.js';
import { clientKey, RuleIndex, RuleMatcher, type ClientKey } from './match.js';
import { PatternSet } from './pattern-set.js';
import { Verdicts } from './verdicts.js';
import {
  describeInsecure,
  isLoopbackHost,
  parseRedirectUri,
  type ParsedRedirectUri,
} from './redirect-uri.js';
import {
  buildRoleDirectory,
  checkRoles,
  compileRoleRules,
  matchesSomeRole,
  prepareRoles,
  rolesOfOrg,
  type ClientRole,
  type CompiledRoleRules,
  type RoleDirectory,
} from './roles.js';
import {
  checkScopes,
  compileScopeRules,
  prepareScopes,
  type CompiledScopeRules,
  type GrantedScopes,
} from './scopes.js';
import {
  ALL_CHECKS,
  BUILTIN_CHECK_DEFAULTS,
  DEFAULT_MAX_TOKEN_LIFETIME,
  type BuiltinCheckId,
  type CheckId,
  type ClientEvaluation,
  type Evaluation,
  type Finding,
  type Policy,
  type Rule,
} from './types.js';
import type { PolicyMessage, Severity } from '../types.js';

const INACTIVE_STATES: ReadonlySet<string> = new Set(['inactive', 'disabled']);
const CHECK_ORDER: ReadonlyMap<CheckId, number> = new Map(ALL_CHECKS.map((c, i) => [c, i]));

/**
 * A rule's `redirect-uris.allow-hosts`, shared by the rules that list the same hosts, with its
 * verdicts remembered by host: many clients redirect to the same few hosts.
 */
class HostAllowlist {
  private readonly hosts: PatternSet;
  private readonly verdicts = new Verdicts<boolean>();

  constructor(hosts: readonly string[]) {
    this.hosts = new PatternSet(hosts, false);
  }

  allows(host: string): boolean {
    const known = this.verdicts.get(host);
    if (known !== undefined) return known;
    return this.verdicts.keep(host, this.hosts.test(host, host));
  }
}

interface CompiledRule {
  readonly rule: Rule;
  readonly matcher: RuleMatcher;
  readonly grantTypes: ReadonlySet<string> | null;
  /** `grantTypes` as listed in messages. */
  readonly allowedGrantTypes: string;
  readonly scopes: CompiledScopeRules | null;
  readonly roles: CompiledRoleRules | null;
  /** null: the rule has no `redirect-uris`. */
  readonly redirects: RedirectRules | null;
  /** `max-token-lifetime` as shown in messages. */
  readonly maxTokenLifetimeText: string;
}

/** A rule's `redirect-uris`. */
interface RedirectRules {
  /** null: any host. */
  readonly hosts: HostAllowlist | null;
  /** Schemes allowed besides `https` and `http` on loopback hosts. */
  readonly schemes: ReadonlySet<string>;
  /** The allowed schemes as listed in messages. */
  readonly schemesText: string;
}

/** `hostLists`: the allowlists compiled so far, by their host list. */
function compileRedirects(rule: Rule, hostLists: Map<string, HostAllowlist>): RedirectRules | null {
  if (!rule.redirectUris) return null;
  const { allowHosts, allowSchemes = [] } = rule.redirectUris;
  let hosts: HostAllowlist | null = null;
  if (allowHosts) {
    const key = JSON.stringify(allowHosts);
    hosts = hostLists.get(key) ?? null;
    if (hosts === null) hostLists.set(key, (hosts = new HostAllowlist(allowHosts)));
  }
  const schemes = new Set(allowSchemes.map((s) => s.toLowerCase()));
  return {
    hosts,
    schemes,
    schemesText: ['https', 'http on loopback hosts', ...[...schemes].filter((s) => s !== 'https')].join(', '),
  };
}

function compileRule(rule: Rule, hostLists: Map<string, HostAllowlist>): CompiledRule {
  const grantTypes = rule.grantTypes ? new Set(rule.grantTypes.map(normaliseGrantType)) : null;
  return {
    rule,
    matcher: new RuleMatcher(rule.match, rule.exclude),
    grantTypes,
    allowedGrantTypes: grantTypes ? [...grantTypes].join(', ') : '',
    scopes: rule.scopes ? compileScopeRules(rule.scopes) : null,
    roles: rule.roles ? compileRoleRules(rule.roles) : null,
    redirects: compileRedirects(rule, hostLists),
    maxTokenLifetimeText: rule.maxTokenLifetime === undefined ? '' : formatDuration(rule.maxTokenLifetime),
  };
}

interface BuiltinSetting {
  /** null: `off`. */
  readonly severity: Severity | null;
  readonly line: number;
}

function builtinSettings(policy: Policy): Record<BuiltinCheckId, BuiltinSetting> {
  const out = {} as Record<BuiltinCheckId, BuiltinSetting>;
  for (const id of Object.keys(BUILTIN_CHECK_DEFAULTS) as BuiltinCheckId[]) {
    const set = policy.checks?.[id];
    const severity = set?.severity ?? BUILTIN_CHECK_DEFAULTS[id];
    out[id] = { severity: severity === 'off' ? null : severity, line: set?.position?.line ?? 1 };
  }
  return out;
}

/** The distinct redirect URIs of a client, parsed, in the order given. */
function parseUris(uris: unknown): ParsedRedirectUri[] {
  const out: ParsedRedirectUri[] = [];
  if (!Array.isArray(uris)) return out;
  // Most clients have one URI or none, which need no set to drop repeats.
  const seen = uris.length > 1 ? new Set<string>() : null;
  for (const u of uris) {
    if (typeof u !== 'string') continue;
    if (seen !== null) {
      if (seen.has(u)) continue;
      seen.add(u);
    }
    out.push(parseRedirectUri(u));
  }
  return out;
}

/** What one client's checks read, prepared on first use and at most once. */
class ClientContext {
  private grantedScopes: GrantedScopes | undefined;
  private clientRoles: ClientRole[] | undefined;
  private parsedUris: ParsedRedirectUri[] | undefined;
  private lifetimeText: string | undefined;

  constructor(
    readonly key: ClientKey,
    private readonly roleDir: RoleDirectory,
  ) {}

  get client(): OAuthClient {
    return this.key.client;
  }

  get isClientCredentials(): boolean {
    return this.key.grantType === CLIENT_CREDENTIALS;
  }

  get scopes(): GrantedScopes {
    return (this.grantedScopes ??= prepareScopes(
      Array.isArray(this.client.scopes) ? this.client.scopes : [],
    ));
  }

  get roles(): ClientRole[] {
    return (this.clientRoles ??= prepareRoles(
      Array.isArray(this.client.roles) ? this.client.roles : [],
      this.roleDir,
    ));
  }

  get uris(): ParsedRedirectUri[] {
    return (this.parsedUris ??= parseUris(this.client.redirectUris));
  }

  get tokenLifetime(): number {
    const t = this.client.tokenLifetimeSeconds;
    return typeof t === 'number' && Number.isFinite(t) ? t : DEFAULT_MAX_TOKEN_LIFETIME;
  }

  /** `tokenLifetime` as shown in messages; several rules may report it. */
  get tokenLifetimeText(): string {
    return (this.lifetimeText ??= formatDuration(this.tokenLifetime));
  }

  get grantTypeAsGiven(): string {
    return typeof this.client.grantType === 'string' ? this.client.grantType : '';
  }
}

/**
 * A rule's `redirect-uris`. Hosts are judged for `https` URIs and `http` ones on loopback hosts;
 * every other URI needs its scheme allowed: plain `http` elsewhere, and private-use schemes
 * (`myapp://…`), whose host names no server (any app may claim the scheme), so theirs is not judged.
 * An allowed `http` still has its host judged. A URI that cannot be parsed fits nothing.
 */
function checkRedirects(
  r: RedirectRules,
  uris: readonly ParsedRedirectUri[],
  id: string,
  out: Draft[],
): void {
  for (const uri of uris) {
    const parsed = uri.scheme !== '';
    if (parsed) {
      const web =
        uri.scheme === 'https' || (uri.scheme === 'http' && uri.host !== null && isLoopbackHost(uri.host));
      if (!web && !r.schemes.has(uri.scheme)) {
        out.push({
          check: 'redirect-scheme-not-allowed',
          subject: uri.raw,
          message:
            uri.scheme === 'http'
              ? `Redirects to \`${uri.raw}\` over plain \`http\` to a host that is not loopback, which rule ${id} does not allow (allowed: ${r.schemesText}).`
              : `Redirects to \`${uri.raw}\`, whose scheme \`${uri.scheme}\` rule ${id} does not allow (allowed: ${r.schemesText}).`,
        });
        continue;
      }
      if (uri.scheme !== 'https' && uri.scheme !== 'http') continue;
    }
    if (r.hosts === null) {
      if (!parsed)
        out.push({
          check: 'redirect-scheme-not-allowed',
          subject: uri.raw,
          message: `Redirects to \`${uri.raw}\`, which cannot be parsed, so rule ${id} cannot tell its scheme.`,
        });
      continue;
    }
    if (uri.host !== null && r.hosts.allows(uri.host)) continue;
    out.push({
      check: 'redirect-host-not-allowed',
      subject: uri.raw,
      message: !parsed
        ? `Redirects to \`${uri.raw}\`, which cannot be parsed, so no allowed host of rule ${id} can match it.`
        : uri.host === null
          ? `Redirects to \`${uri.raw}\`, which has no host that the allowed hosts of rule ${id} could match.`
          : `Redirects to \`${uri.raw}\`, whose host \`${uri.host}\` is not among the allowed hosts of rule ${id}.`,
    });
  }
}

function applyRule(r: CompiledRule, ctx: ClientContext, out: Draft[]): void {
  const id = r.rule.id;
  if (r.scopes !== null && !ctx.isClientCredentials) checkScopes(r.scopes, ctx.scopes, id, out);
  if (r.roles !== null && ctx.isClientCredentials) checkRoles(r.roles, ctx.roles, id, out);
  if (r.grantTypes !== null && !r.grantTypes.has(ctx.key.grantType)) {
    const given = ctx.grantTypeAsGiven;
    const allowed = r.allowedGrantTypes;
    out.push({
      check: 'grant-type-not-allowed',
      subject: given,
      message:
        given === ''
          ? `Has no grant type, while rule ${id} allows only ${allowed}.`
          : `Uses grant type \`${given}\`, which rule ${id} does not allow (allowed: ${allowed}).`,
    });
  }
  if (r.redirects !== null) checkRedirects(r.redirects, ctx.uris, id, out);
  const max = r.rule.maxTokenLifetime;
  if (max !== undefined && ctx.tokenLifetime > max) {
    out.push({
      check: 'token-lifetime',
      subject: '',
      message: `Issues access tokens valid for ${ctx.tokenLifetimeText}, longer than the ${r.maxTokenLifetimeText} maximum of rule ${id}.`,
    });
  }
}

function applyBuiltins(
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
    out.push({
      check: 'inactive-client',
      subject: '',
      message:
        typeof when === 'string' && when !== ''
          ? `Is in state \`${ctx.key.stateLower}\` and scheduled for deletion on ${when}.`
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
}

function unknownGrantTypeMessage(given: string): string {
  if (given.trim() === '') return 'Has no grant type, so this tool cannot judge it.';
  const unusual = unusualCharacters(given);
  if (unusual.length === 0)
    return `Uses grant type \`${given}\`, which this tool does not know, so it cannot judge it fully.`;
  return `Uses grant type \`${given}\`, which this tool does not know: it contains ${unusual.join(', ')}, which no grant type has (it may imitate a known one).`;
}

/** Org role names longer than this are never suggested: a typo is close to a name of its own length. */
const MAX_SUGGESTED_ROLE = 200;

/**
 * Warnings for the role patterns of `require`, `allow` and `forbid` that match no role of the org:
 * most likely typos, which would otherwise silently forbid (or allow) nothing.
 */
function unmatchedRolePatterns(
  policy: Policy,
  dir: RoleDirectory,
  clients: readonly OAuthClient[],
): PolicyMessage[] {
  const out: PolicyMessage[] = [];
  if (!policy.rules.some((r) => r.roles)) return out;
  const roles = rolesOfOrg(
    dir,
    clients.flatMap((c) => (Array.isArray(c.roles) ? c.roles : [])),
  );
  const verdicts = new Map<string, boolean>();
  let names: string[] | undefined;
  for (const rule of policy.rules) {
    if (!rule.roles) continue;
    for (const list of ['require', 'allow', 'forbid'] as const) {
      for (const p of rule.roles[list] ?? []) {
        let matches = verdicts.get(p);
        if (matches === undefined) verdicts.set(p, (matches = matchesSomeRole(p, roles)));
        if (matches) continue;
        names ??= roles.flatMap((r) =>
          r.name !== null && r.name.length <= MAX_SUGGESTED_ROLE ? [r.name] : [],
        );
        out.push({
          level: 'warning',
          message: `Rule \`${rule.id}\`: role pattern \`${p}\` in roles.${list} matches no role of this org.${didYouMean(p, names)}`,
          file: policy.path,
          line: rule.position?.line ?? 1,
          col: rule.position?.col ?? 1,
        });
      }
    }
  }
  return out;
}

function byCheckThenSubject(a: Draft, b: Draft): number {
  const c = CHECK_ORDER.get(a.check)! - CHECK_ORDER.get(b.check)!;
  if (c !== 0) return c;
  return a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0;
}

/** Drafts up to which insertion sort runs; longer lists go to `Array.prototype.sort`. */
const INSERTION_SORT_LIMIT = 16;

/**
 * Stable in-place sort. Drafts of one rule or of the built-ins are usually few, where insertion
 * sort beats `Array.prototype.sort`, which copies the array each time. Both are stable, so the
 * first of equal drafts stays first and the same one survives deduplication.
 */
function sortDrafts(drafts: Draft[]): void {
  if (drafts.length > INSERTION_SORT_LIMIT) {
    drafts.sort(byCheckThenSubject);
    return;
  }
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    let j = i - 1;
    while (j >= 0 && byCheckThenSubject(drafts[j]!, d) > 0) {
      drafts[j + 1] = drafts[j]!;
      j--;
    }
    drafts[j + 1] = d;
  }
}

/** Sorts, drops repeats of the same check and subject, and stamps the drafts into findings. */
function emit(drafts: Draft[], severity: Severity, rule: string, line: number, out: Finding[]): void {
  sortDrafts(drafts);
  let prev: Draft | undefined;
  for (const d of drafts) {
    if (prev !== undefined && prev.check === d.check && prev.subject === d.subject) continue;
    prev = d;
    out.push({
      check: d.check,
      severity,
      rule,
      subject: d.subject,
      message: d.message,
      exempted: false,
      line,
    });
  }
}

function emitBuiltins(
  drafts: Draft[],
  settings: Record<BuiltinCheckId, BuiltinSetting>,
  out: Finding[],
): void {
  sortDrafts(drafts);
  let prev: Draft | undefined;
  for (const d of drafts) {
    if (prev !== undefined && prev.check === d.check && prev.subject === d.subject) continue;
    prev = d;
    const s = settings[d.check as BuiltinCheckId];
    out.push({
      check: d.check,
      severity: s.severity!,
      rule: d.check,
      subject: d.subject,
      message: d.message,
      exempted: false,
      line: s.line,
    });
  }
}

function exemptionFindings(
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

export function evaluate(policy: Policy, org: OrgData, now: Date): Evaluation {
  const hostLists = new Map<string, HostAllowlist>();
  const rules = policy.rules.map((r) => compileRule(r, hostLists));
  const settings = builtinSettings(policy);
  const tokenLifetimeMax = Number.isFinite(policy.tokenLifetimeMax)
    ? policy.tokenLifetimeMax
    : DEFAULT_MAX_TOKEN_LIFETIME;
  const exemptions = compileExemptions(policy.exemptions ?? [], now);
  const anyActive = exemptions.some((e) => e.active);
  const roleDir = buildRoleDirectory(org.roles);
  const catalogue = org.scopes
    ? new Set(org.scopes.filter((s) => typeof s === 'string').map((s) => s.toLowerCase()))
    : null;
  const matchCounts = new Array<number>(rules.length).fill(0);
  const index = new RuleIndex(rules.map((r) => r.matcher));

  const clients: ClientEvaluation[] = [];
  const drafts: Draft[] = [];
  for (const client of org.clients) {
    const key = clientKey(client);
    const ctx = new ClientContext(key, roleDir);
    const findings: Finding[] = [];
    const matched: string[] = [];
    for (const i of index.candidates(key)) {
      const r = rules[i]!;
      if (!r.matcher.matches(key)) continue;
      matched.push(r.rule.id);
      matchCounts[i]!++;
      drafts.length = 0;
      applyRule(r, ctx, drafts);
      if (drafts.length > 0) emit(drafts, r.rule.severity, r.rule.id, r.rule.position?.line ?? 1, findings);
    }
    drafts.length = 0;
    applyBuiltins(ctx, matched.length > 0, settings, tokenLifetimeMax, catalogue, drafts);
    if (drafts.length > 0) emitBuiltins(drafts, settings, findings);
    if (anyActive && findings.length > 0)
      applyExemptions(findings, exemptionsFor(exemptions, key.idLower, key.name));
    clients.push({ clientId: typeof client.id === 'string' ? client.id : '', rules: matched, findings });
  }

  const warnings: PolicyMessage[] = [...(policy.warnings ?? [])];
  for (let i = 0; i < rules.length; i++) {
    if (matchCounts[i] !== 0) continue;
    const rule = rules[i]!.rule;
    warnings.push({
      level: 'warning',
      message: `Rule \`${rule.id}\` matched no client in this run.`,
      file: policy.path,
      line: rule.position?.line ?? 1,
      col: rule.position?.col ?? 1,
    });
  }
  if (org.roles) warnings.push(...unmatchedRolePatterns(policy, roleDir, org.clients));

  return { clients, policyFindings: exemptionFindings(exemptions, settings), warnings };
}
