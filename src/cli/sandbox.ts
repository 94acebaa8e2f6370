/** `sandbox`: the local Genesys-compatible server, until Ctrl+C. */
import { UserError } from '../errors.js';
import type { Io } from './io.js';
import type { OptionValues } from './options.js';
import { TOOL_NAME } from '../version.js';

export async function runSandbox(values: OptionValues, io: Io): Promise<number> {
  const { startSandbox, parseFaultSpec } = await import('../sandbox/server.js');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be 0–65535.`);
  const pageSize = values['page-size'] === undefined ? undefined : Number(values['page-size']);
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize >= 1)) {
    throw new UserError(`--page-size must be a whole number, 1 or more.`);
  }
  const sandbox = await startSandbox({
    seed: String(values.seed),
    port,
    clientId: String(values['client-id']),
    clientSecret: String(values['client-secret']),
    pageSize,
    rateLimit: values['no-rate-limit'] ? false : undefined,
    faults: ((values.fault as string[] | undefined) ?? []).map(parseFaultSpec),
  }).catch((e: unknown) => {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    throw new UserError(`Port ${port} is in use: give another with --port, or --port 0 for a free one.`);
  });
  io.out(`${sandbox.url}\n`);
  // The sandbox's own credential pair is no secret: printing it is what makes it usable.
  const id = String(values['client-id']);
  const secret = String(values['client-secret']);
  io.err(
    `Genesys Cloud sandbox (${sandbox.org.clients.length} clients) listening on ${sandbox.url}\n` +
      `  client ID:     ${id}\n  client secret: ${secret}\n` +
      `Audit it from another terminal:\n` +
      `  GENESYS_CLIENT_ID=${shellQuote(id)} GENESYS_CLIENT_SECRET=${shellQuote(secret)} ${TOOL_NAME} audit --api-base-url ${sandbox.apiBaseUrl}\n` +
      `Ctrl+C stops it.\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await sandbox.close();
  return 0;
}

/** A word as a POSIX shell reads it back unchanged. */
function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
