import { relative } from 'node:path';

/** The workspace: where globs and report files are resolved from, and what files are shown relative to. */
export const workspaceDir = () => process.env.GITHUB_WORKSPACE ?? process.cwd();

/** What annotations, reports and the summary call a file: its path in the workspace. */
export const shown = (path: string) => relative(workspaceDir(), path);
