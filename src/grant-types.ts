/**
 * Grant type spellings. The API writes `CODE`, `TOKEN`, `SAML2-BEARER`, `PASSWORD`,
 * `CLIENT-CREDENTIALS`; older SDKs and hand-written policies use `_` for `-` or drop the hyphen.
 * Both the policy loader and the API layer normalise through here, so they always agree.
 */
import { GRANT_TYPES, normaliseGrantType, type KnownGrantType } from './model.js';

export { normaliseGrantType };

/** The grant type whose scopes Genesys ignores (its permissions come from roles). */
export const CLIENT_CREDENTIALS: KnownGrantType = 'CLIENT-CREDENTIALS';

const KNOWN: ReadonlySet<string> = new Set(GRANT_TYPES);
/**
 * The characters of a grant type that are not printable ASCII, as code points (`U+200B`), at most
 * `max` distinct ones: what makes a look-alike differ from the grant type it imitates, which
 * reports cannot show (an invisible character is invisible, a Cyrillic `Р` looks like `P`).
 */
export function unusualCharacters(value: string, max = 3): string[] {
  const out: string[] = [];
  for (const c of value) {
    if (/[\x21-\x7e]/.test(c)) continue;
    const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    if (!out.includes(code)) out.push(code);
    if (out.length === max) break;
  }
  return out;
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
