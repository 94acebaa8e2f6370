import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  compareSeverity
} from "./chunk-DB4TN652.js";

// src/policy/types.ts
var RULE_CHECKS = [
  "missing-scope",
  "scope-not-allowed",
  "scope-forbidden",
  "too-many-scopes",
  "missing-role",
  "role-not-allowed",
  "role-forbidden",
  "too-many-roles",
  "all-divisions-role",
  "permission-forbidden",
  "grant-type-not-allowed",
  "redirect-host-not-allowed",
  "redirect-scheme-not-allowed",
  "token-lifetime"
];
var BUILTIN_CHECK_DEFAULTS = {
  "token-lifetime": "low",
  "password-grant": "critical",
  "implicit-grant": "high",
  "insecure-redirect-uri": "high",
  "unknown-grant-type": "high",
  "unused-client": "medium",
  "unmatched-client": "medium",
  "inactive-client": "info",
  "unknown-scope": "low",
  "orphaned-client": "off",
  "expired-exemption": "low",
  "unused-exemption": "low"
};
var SEVERITY_WHEN_ON = { "orphaned-client": "low" };
var BUILTIN_CHECKS = Object.keys(BUILTIN_CHECK_DEFAULTS);
var OFF_UNLESS_SET = /* @__PURE__ */ new Set(["unused-client"]);
function unsetSeverity(id) {
  return OFF_UNLESS_SET.has(id) ? "off" : BUILTIN_CHECK_DEFAULTS[id];
}
var DEFAULT_UNUSED_CLIENT = { maxIdleDays: 90, graceDays: 30 };
var MAX_IDLE_DAYS = 365;
var ALL_CHECKS = [.../* @__PURE__ */ new Set([...RULE_CHECKS, ...BUILTIN_CHECKS])];
var DEFAULT_MAX_TOKEN_LIFETIME = 86400;

// src/report/keyed.ts
function findingKey(clientId, f) {
  return JSON.stringify([clientId, f.rule, f.check, f.subject]);
}
function difference(a, b) {
  const remaining = /* @__PURE__ */ new Map();
  for (const k of b) remaining.set(k.key, (remaining.get(k.key) ?? 0) + 1);
  const out = [];
  for (const k of a) {
    const n = remaining.get(k.key) ?? 0;
    if (n > 0) remaining.set(k.key, n - 1);
    else out.push(k.finding);
  }
  return out.sort((x, y) => compareSeverity(x.severity, y.severity));
}

// src/report/checks.ts
var CHECK_INFO = {
  "missing-scope": {
    title: "A required scope is not granted",
    description: "The client does not hold a scope that its rule requires (`scopes.require`).",
    remedy: "Grant the scope to the client, or drop it from the rule if it is not needed."
  },
  "scope-not-allowed": {
    title: "A granted scope is outside the allowlist",
    description: "The client holds a scope that none of its rule's `scopes.allow` patterns admits.",
    remedy: "Remove the scope from the client, or allow it in the rule after review."
  },
  "scope-forbidden": {
    title: "A granted scope is forbidden",
    description: "The client holds a scope that matches its rule's `scopes.forbid` (a forbidden read scope also forbids write access).",
    remedy: "Remove the scope from the client."
  },
  "too-many-scopes": {
    title: "More scopes than allowed",
    description: "The client holds more scopes than its rule's `scopes.max`: broad grants widen what a leaked token can do.",
    remedy: "Remove the scopes the integration does not use."
  },
  "missing-role": {
    title: "A required role is not granted",
    description: "The client-credentials client lacks a role that its rule requires (`roles.require`).",
    remedy: "Grant the role, or drop it from the rule if it is not needed."
  },
  "role-not-allowed": {
    title: "A granted role is outside the allowlist",
    description: "The client-credentials client holds a role that none of its rule's `roles.allow` patterns admits.",
    remedy: "Remove the role from the client, or allow it in the rule after review."
  },
  "role-forbidden": {
    title: "A granted role is forbidden",
    description: "The client-credentials client holds a role that matches its rule's `roles.forbid` (for example an admin role).",
    remedy: "Replace the role with a narrower custom role that grants only the permissions the integration needs."
  },
  "too-many-roles": {
    title: "More roles than allowed",
    description: "The client-credentials client holds more distinct roles than its rule's `roles.max`.",
    remedy: "Consolidate into fewer, narrower roles."
  },
  "all-divisions-role": {
    title: "A role granted in all divisions",
    description: "A role is granted in every division (`*`) although the rule sets `allow-all-divisions: false`.",
    remedy: "Grant the role in the divisions the integration needs only."
  },
  "permission-forbidden": {
    title: "A granted role carries a forbidden permission",
    description: "A role of the client-credentials client grants a permission that matches its rule's `roles.forbid-permissions`, whatever the role is called.",
    remedy: "Grant the client a narrower custom role without that permission, or remove the permission from the role."
  },
  "grant-type-not-allowed": {
    title: "Grant type not allowed by the rule",
    description: "The client's grant type is not in its rule's `grant-types`.",
    remedy: "Recreate the client with an allowed grant type, or correct the rule."
  },
  "redirect-host-not-allowed": {
    title: "Redirect URI host not allowed",
    description: "A redirect URI's host is outside the rule's `redirect-uris.allow-hosts`: authorization codes or tokens could be sent elsewhere.",
    remedy: "Remove the redirect URI, or allow its host in the rule after review."
  },
  "redirect-scheme-not-allowed": {
    title: "Redirect URI scheme not allowed",
    description: "A redirect URI is neither `https` nor `http` on a loopback host, and its scheme is not in the rule's `redirect-uris.allow-schemes`: any app on a device can claim a custom scheme (`myapp://`, `ms-app://`), and plain `http` can be read on the way, so authorization codes or tokens could be sent elsewhere.",
    remedy: "Remove the redirect URI, use an `https` one, or allow its scheme in the rule after review."
  },
  "token-lifetime": {
    title: "Access-token lifetime above the maximum",
    description: "The access tokens the client gets live longer than the maximum (the rule's `max-token-lifetime`, or the built-in check's `max`, 24h by default).",
    remedy: "Lower the access-token validity of the client."
  },
  "password-grant": {
    title: "Resource-owner password grant",
    description: "The client uses the resource-owner password credentials grant, which must not be used (RFC 9700 \xA72.4): it exposes user passwords to the client.",
    remedy: "Move the integration to the authorization-code grant (with PKCE) or to client credentials."
  },
  "implicit-grant": {
    title: "Implicit grant",
    description: "The client uses the implicit grant (`TOKEN`), which should not be used (RFC 9700 \xA72.1.2) and which Genesys Cloud is retiring.",
    remedy: "Move the integration to the authorization-code grant with PKCE."
  },
  "insecure-redirect-uri": {
    title: "Insecure redirect URI",
    description: "A redirect URI uses `http` on a non-loopback host, a wildcard, a fragment or userinfo, or cannot be parsed.",
    remedy: "Use exact `https` redirect URIs without wildcards, fragments or credentials."
  },
  "unknown-grant-type": {
    title: "Unknown grant type",
    description: "The client has a grant type the tool does not know (a look-alike of a known one, with an invisible or non-ASCII character, included), or none at all, so it cannot be judged fully.",
    remedy: "Review the client by hand; recreate it if its grant type is a look-alike, and report a new grant type so the tool can learn it."
  },
  "unused-client": {
    title: "Unused client",
    description: "The client made no API request in the usage window, yet its credentials still work: a forgotten credential to clean up.",
    remedy: "Delete the client, or disable it and delete it later if nobody asks for it back."
  },
  "unmatched-client": {
    title: "No rule matches the client",
    description: "No policy rule matched the client, so nothing but the built-in checks judged it.",
    remedy: "Add a rule that covers the client, or delete the client if it is no longer used."
  },
  "inactive-client": {
    title: "Inactive or disabled client",
    description: "The client is inactive or disabled; unused clients are credentials to clean up.",
    remedy: "Delete the client if it is no longer needed."
  },
  "unknown-scope": {
    title: "Scope absent from the org catalogue",
    description: "The client holds a scope that the org's scope catalogue does not list.",
    remedy: "Remove the scope from the client."
  },
  "orphaned-client": {
    title: "Created by a deleted or inactive user",
    description: "The user who created the client is deleted or inactive: nobody in the org may answer for it any more.",
    remedy: "Find a new owner for the client, or delete it if it is no longer used."
  },
  "expired-exemption": {
    title: "Expired exemption",
    description: "An exemption is past its `expires` date: it exempts nothing, and the findings it covered count again.",
    remedy: "Fix the findings and remove the exemption, or renew it with a new date after review."
  },
  "unused-exemption": {
    title: "Unused exemption",
    description: "An exemption exempted no finding in this run.",
    remedy: "Remove the exemption, or correct its client, rule, check or subject."
  }
};

export {
  RULE_CHECKS,
  BUILTIN_CHECK_DEFAULTS,
  SEVERITY_WHEN_ON,
  BUILTIN_CHECKS,
  unsetSeverity,
  DEFAULT_UNUSED_CLIENT,
  MAX_IDLE_DAYS,
  ALL_CHECKS,
  DEFAULT_MAX_TOKEN_LIFETIME,
  findingKey,
  difference,
  CHECK_INFO
};
