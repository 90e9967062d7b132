import * as glob from '@actions/glob';
import { stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';

export interface FoundFiles {
  /** Absolute paths of the matched files (never directories), sorted. */
  files: string[];
  /** The deepest directory holding every pattern's search root: what guest paths are relative to. */
  base: string;
}

/** Files matching glob patterns (`!` excludes), resolved with @actions/glob as other actions do. */
export async function findFiles(patterns: string[]): Promise<FoundFiles> {
  const globber = await glob.create(patterns.join('\n'), {
    matchDirectories: false,
    followSymbolicLinks: true,
  });
  const matched = await globber.glob();
  const files: string[] = [];
  for (const path of matched) if ((await stat(path)).isFile()) files.push(path);
  files.sort();
  return { files, base: commonAncestor(globber.getSearchPaths()) };
}

function commonAncestor(paths: string[]): string {
  if (paths.length === 0) return resolve('.');
  let base = resolve(paths[0]!);
  for (const path of paths.slice(1)) {
    while (relative(base, resolve(path)).startsWith('..')) base = dirname(base);
  }
  return base;
}
