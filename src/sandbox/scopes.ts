/**
 * The Genesys Cloud scope catalogue the sandbox serves by default (GENESYS-API.md, "known list"):
 * every domain with its `:readonly` twin, except the few that exist in one form only.
 */
import type { WireScope } from './wire.js';

/** Domains that have both `<domain>` and `<domain>:readonly`. */
const TWINNED_DOMAINS = [
  'ai-studio',
  'alerting',
  'analytics',
  'architect',
  'assistants',
  'authorization',
  'billing',
  'business-rules',
  'case-management',
  'coaching',
  'content-management',
  'conversations',
  'data-privacy',
  'devices',
  'dialog',
  'employee-engagement',
  'employee-performance',
  'external-contacts',
  'fax',
  'gamification',
  'gdpr',
  'geolocation',
  'greetings',
  'groups',
  'identity-providers',
  'infrastructureascode',
  'integrations',
  'journey',
  'knowledge',
  'language-understanding',
  'learning',
  'license',
  'locations',
  'logcapture',
  'messaging',
  'messaging-platform',
  'oauth',
  'organization',
  'organization-authorization',
  'outbound',
  'presence',
  'process-automation',
  'quality',
  'recordings',
  'response-management',
  'routing',
  'scim',
  'screen-monitoring',
  'scripts',
  'social-media',
  'speech-and-text-analytics',
  'stations',
  'telephony',
  'textbots',
  'usage',
  'user-recordings',
  'users',
  'users-rules',
  'voicemail',
  'web-chat',
  'webdeployments',
  'widgets',
  'workforce-management',
  'workitems',
] as const;

/** Scopes that exist only read-only. */
const READONLY_ONLY = ['audits:readonly', 'search:readonly'] as const;

/** Scopes that have no `:readonly` form. */
const WRITE_ONLY = ['data-extensions', 'notifications', 'upload', 'user-basic-info'] as const;

function describe(scope: string): string {
  const [domain, mode] = scope.split(':');
  const words = domain!.replace(/-/g, ' ');
  return mode === 'readonly' ? `Read-only access to ${words}` : `Read and write access to ${words}`;
}

/** Every scope name, sorted. */
export const SCOPE_NAMES: readonly string[] = Object.freeze(
  [...TWINNED_DOMAINS.flatMap((d) => [d, `${d}:readonly`]), ...READONLY_ONLY, ...WRITE_ONLY].sort(),
);

/** The catalogue as `GET /api/v2/oauth/scopes` serves it. */
export const SCOPE_CATALOGUE: readonly WireScope[] = Object.freeze(
  SCOPE_NAMES.map((id) =>
    Object.freeze({
      id,
      description: describe(id),
      selfUri: `/api/v2/oauth/scopes/${encodeURIComponent(id)}`,
    }),
  ),
);
