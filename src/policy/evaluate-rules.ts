/** A rule of the policy, compiled once per evaluation, and applied to one matched client. */
import type { OAuthClient, User } from '../model.js';
import type { Draft } from './draft.js';
import { formatDuration } from './duration.js';
import { CLIENT_CREDENTIALS, normaliseGrantType } from '../grant-types.js';
import type { ClientKey } from './match.js';
import { RuleMatcher } from './match.js';
import { PatternSet } from './pattern-set.js';
import { checkPermissions, parsePermission, type Permission } from './permissions.js';
import { isLoopbackHost, parseRedirectUri, type ParsedRedirectUri } from './redirect-uri.js';
import {
  checkRoles,
  compileRoleRules,
  prepareRoles,
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
import { DEFAULT_MAX_TOKEN_LIFETIME, type Rule } from './types.js';

export interface CompiledRule {
  readonly rule: Rule;
  readonly matcher: RuleMatcher;
  readonly grantTypes: ReadonlySet<string> | null;
  /** `grantTypes` as listed in messages. */
  readonly allowedGrantTypes: string;
  readonly scopes: CompiledScopeRules | null;
  readonly roles: CompiledRoleRules | null;
  /** `roles.forbid-permissions`; null when the rule has none. */
  readonly forbidPermissions: readonly Permission[] | null;
  /** null: the rule has no `redirect-uris`. */
  readonly redirects: RedirectRules | null;
  /** `max-token-lifetime` as shown in messages. */
  readonly maxTokenLifetimeText: string;
}

/** A rule's `redirect-uris`. */
interface RedirectRules {
  /** null: any host. */
  readonly hosts: PatternSet | null;
  /** Schemes allowed besides `https` and `http` on loopback hosts. */
  readonly schemes: ReadonlySet<string>;
  /** The allowed schemes as listed in messages. */
  readonly schemesText: string;
}

function compileRedirects(rule: Rule): RedirectRules | null {
  if (!rule.redirectUris) return null;
  const { allowHosts, allowSchemes = [] } = rule.redirectUris;
  const schemes = new Set(allowSchemes.map((s) => s.toLowerCase()));
  return {
    hosts: allowHosts ? new PatternSet(allowHosts, false) : null,
    schemes,
    schemesText: ['https', 'http on loopback hosts', ...[...schemes].filter((s) => s !== 'https')].join(', '),
  };
}

export function compileRule(rule: Rule): CompiledRule {
  const grantTypes = rule.grantTypes ? new Set(rule.grantTypes.map(normaliseGrantType)) : null;
  return {
    rule,
    matcher: new RuleMatcher(rule.match, rule.exclude),
    grantTypes,
    allowedGrantTypes: grantTypes ? [...grantTypes].join(', ') : '',
    scopes: rule.scopes ? compileScopeRules(rule.scopes) : null,
    roles: rule.roles ? compileRoleRules(rule.roles) : null,
    forbidPermissions: rule.roles?.forbidPermissions?.length
      ? rule.roles.forbidPermissions.map(parsePermission)
      : null,
    redirects: compileRedirects(rule),
    maxTokenLifetimeText: rule.maxTokenLifetime === undefined ? '' : formatDuration(rule.maxTokenLifetime),
  };
}

/** The distinct redirect URIs of a client, parsed, in the order given. */
function parseUris(uris: unknown): ParsedRedirectUri[] {
  if (!Array.isArray(uris)) return [];
  const distinct = new Set(uris.filter((u): u is string => typeof u === 'string'));
  return [...distinct].map(parseRedirectUri);
}

/** What the org says about the things clients refer to, indexed once per evaluation. */
export interface OrgIndex {
  readonly roleDir: RoleDirectory;
  /** Division names by ID. */
  readonly divisionNames: ReadonlyMap<string, string>;
  /** The users clients were created by, by lower-cased ID; null when not looked up. */
  readonly users: ReadonlyMap<string, User> | null;
}

/** What one client's checks read, prepared on first use and at most once. */
export class ClientContext {
  private grantedScopes: GrantedScopes | undefined;
  private clientRoles: ClientRole[] | undefined;
  private parsedUris: ParsedRedirectUri[] | undefined;

  constructor(
    readonly key: ClientKey,
    readonly org: OrgIndex,
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
      this.org.roleDir,
    ));
  }

  get uris(): ParsedRedirectUri[] {
    return (this.parsedUris ??= parseUris(this.client.redirectUris));
  }

  get tokenLifetime(): number {
    const t = this.client.tokenLifetimeSeconds;
    return typeof t === 'number' && Number.isFinite(t) ? t : DEFAULT_MAX_TOKEN_LIFETIME;
  }

  /** `tokenLifetime` as shown in messages. */
  get tokenLifetimeText(): string {
    return formatDuration(this.tokenLifetime);
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
    if (uri.host !== null && r.hosts.test(uri.host)) continue;
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

export function applyRule(r: CompiledRule, ctx: ClientContext, out: Draft[]): void {
  const id = r.rule.id;
  if (r.scopes !== null && !ctx.isClientCredentials) checkScopes(r.scopes, ctx.scopes, id, out);
  if (r.roles !== null && ctx.isClientCredentials) checkRoles(r.roles, ctx.roles, id, out);
  if (r.forbidPermissions !== null && ctx.isClientCredentials)
    checkPermissions(r.forbidPermissions, ctx.roles, ctx.org.divisionNames, id, out);
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
