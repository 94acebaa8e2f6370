/**
 * The Genesys Cloud scope catalogue the sandbox serves by default: the known scope list of the
 * Platform API (the same list the policy validator knows offline).
 */
import { KNOWN_SCOPES } from '../known-scopes.js';
import type { WireScope } from './wire.js';

function describe(scope: string): string {
  const [domain, mode] = scope.split(':');
  const words = domain!.replace(/-/g, ' ');
  return mode === 'readonly' ? `Read-only access to ${words}` : `Read and write access to ${words}`;
}

/** Every scope name, sorted. */
const SCOPE_NAMES: readonly string[] = KNOWN_SCOPES;

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
