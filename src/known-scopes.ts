/**
 * The Genesys Cloud OAuth scopes known offline (the Platform API's scope list), used to warn about
 * scope names in a policy that no real scope matches. In audit mode the org's live catalogue
 * (`GET /api/v2/oauth/scopes`) is checked as well; it is the authority when the two differ.
 */

/** Scope domains; each has a `<domain>` and a `<domain>:readonly` scope unless listed below. */
const DOMAINS = [
  'ai-studio',
  'alerting',
  'analytics',
  'architect',
  'assistants',
  'audits',
  'authorization',
  'billing',
  'business-rules',
  'case-management',
  'coaching',
  'content-management',
  'conversations',
  'data-extensions',
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
  'notifications',
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
  'search',
  'social-media',
  'speech-and-text-analytics',
  'stations',
  'telephony',
  'textbots',
  'upload',
  'usage',
  'user-basic-info',
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

/** Domains that exist only as `<domain>:readonly`. */
const READONLY_ONLY = new Set<string>(['audits', 'search']);
/** Domains that have no `:readonly` form. */
const NO_READONLY = new Set<string>(['data-extensions', 'notifications', 'upload', 'user-basic-info']);

/** Every known scope name, sorted. */
export const KNOWN_SCOPES: readonly string[] = DOMAINS.flatMap((d) => {
  if (READONLY_ONLY.has(d)) return [`${d}:readonly`];
  if (NO_READONLY.has(d)) return [d];
  return [d, `${d}:readonly`];
}).sort();

const KNOWN = new Set(KNOWN_SCOPES);

export function isKnownScope(scope: string): boolean {
  return KNOWN.has(scope);
}
