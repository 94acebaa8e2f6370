/**
 * The files the tool reads (policy, snapshot, reports to merge) and the folders it writes reports
 * to, resolved with their symbolic links before use. A path must end inside its root folder (the
 * action's workspace) and name a regular file or a folder: a link committed to a repository cannot
 * make the tool read `/proc/self/environ` into a message or write reports elsewhere, and a FIFO or
 * a device cannot hang it or exhaust its memory.
 */
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UserError } from './errors.js';

export interface PathRoot {
  /** Absolute folder that relative paths are resolved against. */
  dir: string;
  /** How messages name it: `the workspace`. */
  label: string;
  /**
   * The command line takes a path typed outside its working folder as the user's own choice; only
   * a path inside it that a link leads out of is refused there. The action allows nothing outside.
   */
  outsideAllowed?: boolean;
}

/** The real path of `p`: its deepest existing part with every link resolved, the rest appended. */
function realPath(p: string, shown: string): { real: string; existing: string } {
  const rest: string[] = [];
  for (let at = p; ;) {
    let linked = false;
    try {
      linked = lstatSync(at).isSymbolicLink();
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return { real: p, existing: at };
      rest.unshift(path.basename(at));
      at = parent;
      continue;
    }
    let existing: string;
    try {
      existing = realpathSync(at);
    } catch (e) {
      // A link to nothing: where it leads cannot be checked, and nothing is read or made through it.
      const why = linked
        ? 'a symbolic link to a path that does not exist'
        : (e as NodeJS.ErrnoException).code;
      throw new UserError(`${shown} cannot be resolved: ${at} is ${why}.`);
    }
    return { real: path.join(existing, ...rest), existing };
  }
}

function isInside(root: string, p: string): boolean {
  const relative = path.relative(root, p);
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
  );
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Resolves `given` (relative to the root, or absolute) with its links and returns the real path
 * to use. `kind` is what it must be when it exists: a regular `file`, or a `folder` (which may not
 * exist yet, but whose deepest existing part must be a folder). A file that does not exist is left
 * to the reader to report. Throws a UserError that names the input (`input`, e.g. `Input "policy"`
 * or `--policy`), where the path leads and what to do.
 */
export function resolvePath(root: PathRoot, input: string, given: string, kind: 'file' | 'folder'): string {
  const shown = `${input} ("${given}")`;
  if (given.includes('\0')) throw new UserError(`${input} contains a NUL character.`);
  const lexical = path.resolve(root.dir, given);
  const { real, existing } = realPath(lexical, shown);
  const typedOutside = !isInside(path.resolve(root.dir), lexical);
  if (!(root.outsideAllowed && typedOutside)) {
    const rootReal = realPath(path.resolve(root.dir), root.label).real;
    if (!isInside(rootReal, real)) {
      throw new UserError(
        `${shown} resolves to ${real}, outside ${root.label} (${rootReal}): ` +
          `give a path inside ${root.label}; a symbolic link may not lead out of it.`,
      );
    }
  }
  const st = statSync(existing);
  if (existing === real) {
    if (kind === 'file' && !st.isFile()) {
      throw new UserError(`${shown} is ${kindOf(st)}, not a regular file: give the path of a file.`);
    }
    if (kind === 'folder' && !st.isDirectory()) {
      throw new UserError(
        `${shown} must name a folder, but ${real} is ${st.isFile() ? 'a file' : kindOf(st)}.`,
      );
    }
  } else if (kind === 'folder' && !st.isDirectory()) {
    throw new UserError(
      `${shown} must name a folder, but ${existing} is ${st.isFile() ? 'a file' : kindOf(st)}.`,
    );
  }
  return real;
}
