import { isAbsolute, relative } from 'node:path';
import { UserInputError } from '../errors.js';
import { findFiles } from './find-files.js';

/**
 * The `component` input: a path or a glob that must match exactly one file.
 * Returns the path relative to the working directory when inside it.
 * Several matches are an error rather than a loop, so every output
 * (component-path, sha256, imports) names one component; use a matrix for several.
 */
export async function resolveComponent(pattern: string): Promise<string> {
  // The component is named, not gathered: a dot-folder or a path outside the workspace is the user's choice.
  const { files } = await findFiles([pattern], { includeHidden: true, root: '/' });
  if (files.length === 1) {
    // Relative to the workspace (the working directory) when inside it, as the user wrote it.
    const inside = relative(process.cwd(), files[0]!);
    return inside.startsWith('..') || isAbsolute(inside) ? files[0]! : inside;
  }
  if (files.length === 0)
    throw new UserInputError(
      `input 'component': '${pattern}' matches no file; check the path, or build the component before this step`,
    );
  const shown =
    files
      .slice(0, 5)
      .map((f) => relative(process.cwd(), f))
      .join(', ') + (files.length > 5 ? ', ...' : '');
  throw new UserInputError(
    `input 'component': '${pattern}' matches ${files.length} files (${shown}); ` +
      'narrow the pattern to one component, or run the action once per component with a matrix',
  );
}
