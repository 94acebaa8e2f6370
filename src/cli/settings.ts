/** Options and the environment turned into the core's settings. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { UserError } from '../errors.js';
import { limitsFromEnv } from '../limits.js';
import { resolveEndpoints } from '../genesys/regions.js';
import { resolvePath, type PathRoot } from '../paths.js';
import { DEFAULT_POLICY, type AuditSettings, type SourceSettings } from '../settings.js';
import type { Io } from './io.js';
import { parseFailOn, parseGate, type OptionValues } from './options.js';

export function loadDotEnv(io: Io): void {
  const file = path.join(io.cwd, '.env');
  if (!existsSync(file)) return;
  // Values already in the environment win over the file.
  for (const [key, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    if (io.env[key] === undefined && value !== undefined) io.env[key] = value;
  }
}

/**
 * Paths are relative to the working folder. One typed outside it is taken as given; one inside it
 * that a symbolic link leads out of is refused (a checked-out repository cannot redirect a read).
 */
export function cwdRoot(io: Io): PathRoot {
  return { dir: io.cwd, label: 'the working folder', outsideAllowed: true };
}

export function sourceFrom(values: OptionValues, io: Io): SourceSettings {
  if (typeof values.snapshot === 'string')
    return { kind: 'snapshot', path: resolvePath(cwdRoot(io), '--snapshot', values.snapshot, 'file') };
  const endpoints = resolveEndpoints({
    region: (values.region as string | undefined) ?? io.env.GENESYS_ENVIRONMENT,
    apiBaseUrl: values['api-base-url'] as string | undefined,
    loginBaseUrl: values['login-base-url'] as string | undefined,
  });
  const clientId = io.env.GENESYS_CLIENT_ID ?? '';
  const clientSecret = io.env.GENESYS_CLIENT_SECRET ?? '';
  if (!clientId || !clientSecret) {
    throw new UserError(
      'No credentials: set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET in the environment or in a .env file ' +
        '(a Client Credentials client; see the README for the least-privilege role), or audit a --snapshot.',
    );
  }
  const { limits, errors } = limitsFromEnv(io.env);
  if (errors.length) throw new UserError(errors.join(' '));
  return { kind: 'api', ...endpoints, clientId, clientSecret, limits };
}

export function settingsFrom(values: OptionValues, io: Io, source: SourceSettings): AuditSettings {
  const policy = String(values.policy ?? DEFAULT_POLICY);
  return {
    policyPath: resolvePath(cwdRoot(io), '--policy', policy, 'file'),
    policyDisplayPath: policy,
    failOn: parseFailOn(values['fail-on']),
    source,
    now: new Date(),
    gate: parseGate(values.gate),
  };
}

/** The real report folder, checked before the audit runs; undefined with --no-reports. */
export function reportDirFrom(values: OptionValues, io: Io): string | undefined {
  if (values['no-reports']) return undefined;
  return resolvePath(cwdRoot(io), '--report-dir', String(values['report-dir']), 'folder');
}
