import * as glob from '@actions/glob';
import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UserInputError } from '../errors.js';

export interface FoundFiles {
  /** Absolute paths of the matched files (never directories), sorted. */
  files: string[];
  /** The deepest directory holding every pattern's search root: what guest paths are relative to. */
  base: string;
  /** Matched files left out because a name on their path below `base` starts with a dot. */
  hiddenSkipped: number;
}

export interface FindOptions {
  /** Keep files and folders whose names start with a dot (`.env`, `.git/`); default: skip them. */
  includeHidden: boolean;
  /** The directory no match may lead out of, through a symlink: the workspace. */
  root: string;
  /** How messages name the input the patterns come from (`input 'mounts'`). */
  label: string;
}

/** Whether a path, relative to the search root, names a dot-file or passes through a dot-folder. */
const isHidden = (rel: string) => rel.split(sep).some((name) => name.startsWith('.'));

/** Whether `path` is `dir` or inside it. */
const isInside = (path: string, dir: string) => {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Files matching glob patterns (`!` excludes), resolved with @actions/glob as other actions
 * do. As upload-artifact does since v4.4, dot-files and dot-folders below the search root are
 * skipped unless `includeHidden` (they hold secrets: `.env`, `.git/config`). A match that is,
 * or is reached through, a symlink to a file outside `root` is refused, as the CLI refuses a
 * symlink leaving a mounted directory.
 */
export async function findFiles(patterns: string[], options: FindOptions): Promise<FoundFiles> {
  const globber = await glob.create(patterns.join('\n'), {
    matchDirectories: false,
    followSymbolicLinks: true,
  });
  const base = commonAncestor(globber.getSearchPaths());
  const root = await realpath(options.root);
  const files: string[] = [];
  let hiddenSkipped = 0;
  for (const path of await globber.glob()) {
    if (!(await stat(path)).isFile()) continue;
    if (!options.includeHidden && isHidden(relative(base, path))) {
      hiddenSkipped++;
      continue;
    }
    const target = await realpath(path);
    if (!isInside(target, root))
      throw new UserInputError(
        `${options.label}: '${path}' leads to '${target}', outside the workspace; remove the symlink or narrow the pattern`,
      );
    files.push(path);
  }
  files.sort();
  return { files, base, hiddenSkipped };
}

function commonAncestor(paths: string[]): string {
  if (paths.length === 0) return resolve('.');
  let base = resolve(paths[0]!);
  for (const path of paths.slice(1)) {
    while (relative(base, resolve(path)).startsWith('..')) base = dirname(base);
  }
  return base;
}
