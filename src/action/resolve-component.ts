import { isAbsolute, relative } from 'node:path';
import { UserInputError } from '../errors.js';
import { findFiles } from './find-files.js';
import type { ActionMode, ComponentInputs } from './inputs.js';

export interface ResolvedComponents {
  /** Paths relative to the working directory (the workspace) when inside it, sorted. */
  files: string[];
  /** `components` matches left out because a name on their path starts with a dot. */
  hiddenSkipped: number;
}

/** Relative to the workspace (the working directory) when inside it, as the user wrote it. */
function asGiven(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

function listed(files: string[]): string {
  return files.slice(0, 5).map(asGiven).join(', ') + (files.length > 5 ? ', ...' : '');
}

/**
 * The `component` input: a path or a glob that must match exactly one file.
 * Several matches are an error, not a loop: `component` promises one output (one
 * component-path and sha256); `components` takes several.
 */
async function resolveOne(pattern: string, mode: ActionMode): Promise<string> {
  // The component is named, not gathered: a dot-folder or a path outside the workspace is the user's choice.
  const { files } = await findFiles([pattern], {
    includeHidden: true,
    root: '/',
    label: "input 'component'",
  });
  if (files.length === 1) return asGiven(files[0]!);
  if (files.length === 0)
    throw new UserInputError(
      `input 'component': '${pattern}' matches no file; check the path, or build the component before this step`,
    );
  throw new UserInputError(
    `input 'component': '${pattern}' matches ${files.length} files (${listed(files)}); ` +
      (mode === 'check'
        ? 'give them as input components to check them all'
        : 'narrow the pattern to one component, or give them as input components to virtualize each'),
  );
}

/**
 * `components`: glob lines (`!` excludes) gathered as the mounts are: from the workspace, dot-files
 * and dot-folders skipped unless include-hidden-files, a match leading out of the workspace through
 * a symlink refused. Any number of files, in either mode.
 */
async function resolveMany(
  patterns: string[],
  options: { includeHidden: boolean; workspace: string },
): Promise<ResolvedComponents> {
  const { files, hiddenSkipped } = await findFiles(patterns, {
    includeHidden: options.includeHidden,
    root: options.workspace,
    label: "input 'components'",
  });
  const shown = patterns.join(', ');
  if (files.length === 0)
    throw new UserInputError(
      `input 'components': ${shown} matches no file${hiddenSkipped > 0 ? ` but ${hiddenSkipped} hidden one(s) (set include-hidden-files: true to take them)` : ''}; check the patterns, or build the components before this step`,
    );
  return { files: files.map(asGiven), hiddenSkipped };
}

/** The components the inputs name, checked before anything is read, written or uploaded. */
export async function resolveComponents(
  inputs: ComponentInputs,
  mode: ActionMode,
  options: { includeHidden: boolean; workspace: string },
): Promise<ResolvedComponents> {
  if (inputs.input === 'component')
    return { files: [await resolveOne(inputs.pattern, mode)], hiddenSkipped: 0 };
  return resolveMany(inputs.patterns, options);
}
