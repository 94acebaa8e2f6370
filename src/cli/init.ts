/** `init`: a starter policy, its schema and the workflow, written into the working folder. */
import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { resolvePath } from '../paths.js';
import { TOOL_NAME } from '../version.js';
import type { Io } from './io.js';
import { cwdRoot } from './settings.js';
import { STARTER_FILES } from './starter-files.generated.js';

export function runInit(io: Io): number {
  const targets = Object.entries(STARTER_FILES).map(([file, text]) => ({
    file,
    text,
    abs: resolvePath(cwdRoot(io), 'init', file, 'file'),
  }));
  // All or nothing: a file the user already has is never replaced, and no half set is written.
  const existing = targets.filter((t) => exists(t.abs)).map((t) => t.file);
  if (existing.length > 0) {
    throw new UserError(
      `init writes nothing: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''} in ${io.cwd}. ` +
        'Move or rename them first, or run init in another folder.',
    );
  }
  for (const t of targets) {
    mkdirSync(path.dirname(t.abs), { recursive: true });
    writeFileSync(t.abs, t.text, { flag: 'wx' });
  }
  io.out(
    `Wrote:\n${targets.map((t) => `  ${t.file}\n`).join('')}\n` +
      'Next steps:\n' +
      `  1. Check the policy offline: ${TOOL_NAME} validate\n` +
      '  2. In .github/workflows/oauth-audit.yml, replace <owner> with the owner of the action you use.\n' +
      '  3. Add the repository secrets GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET (a Client Credentials\n' +
      '     client with the read-only role of the README), and the variable GENESYS_REGION (e.g.\n' +
      '     mypurecloud.ie) under Settings → Secrets and variables → Actions.\n' +
      `  4. Try it locally with the same credentials: ${TOOL_NAME} audit --region <your region>\n`,
  );
  return 0;
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new UserError(`init cannot check ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`);
  }
}
