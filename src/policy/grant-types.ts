/**
 * Grant type spellings. The API writes `CODE`, `TOKEN`, `SAML2-BEARER`, `PASSWORD`,
 * `CLIENT-CREDENTIALS`; older SDKs and hand-written policies use `_` for `-` or drop the hyphen.
 * Both the policy loader and the API layer normalise through here, so they always agree.
 */
import { GRANT_TYPES, type KnownGrantType } from '../genesys/model.js';

export { GRANT_TYPES, type KnownGrantType };

/** The grant type whose scopes Genesys ignores (its permissions come from roles). */
export const CLIENT_CREDENTIALS: KnownGrantType = 'CLIENT-CREDENTIALS';

const KNOWN: ReadonlySet<string> = new Set(GRANT_TYPES);
const BY_COMPACT = new Map<string, KnownGrantType>(GRANT_TYPES.map((g) => [g.replaceAll('-', ''), g]));

/**
 * The API spelling of a grant type (`client_credentials` → `CLIENT-CREDENTIALS`,
 * `SAML2BEARER` → `SAML2-BEARER`). A value that is not a known grant type is returned unchanged:
 * an unknown grant type is a finding, never a crash.
 */
export function normaliseGrantType(value: string): string {
  if (KNOWN.has(value)) return value; // the usual case, once per client
  return (
    BY_COMPACT.get(
      value
        .trim()
        .toUpperCase()
        .replace(/[-_\s]/g, ''),
    ) ?? value
  );
}

export function isKnownGrantType(value: string): value is KnownGrantType {
  return KNOWN.has(value);
}

/**
 * The spellings a policy file may use: upper case, as the API writes them, with `_` for `-` or no
 * hyphen. Kept equal to the `grantType` pattern of `policies/oauth-policy.schema.json` (a test
 * checks it).
 */
export const POLICY_GRANT_TYPE_PATTERN = '^(CODE|TOKEN|PASSWORD|SAML2[-_]?BEARER|CLIENT[-_]?CREDENTIALS)$';
