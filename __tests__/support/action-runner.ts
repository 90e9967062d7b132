import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths.js';

const run = promisify(execFile);

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Reads a GITHUB_OUTPUT file (`name<<delimiter` blocks, as @actions/core writes them). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const [, name, , value] of text.matchAll(pattern)) outputs[name!] = value!;
  return outputs;
}

/**
 * Runs the bundled action (dist/action.js) as a runner does: inputs as INPUT_*
 * variables, outputs and the summary through files, the workspace as the
 * working directory, and no environment beyond what is given.
 */
export async function runAction(
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const files = await mkdtemp(join(workspace, '..', 'runner-'));
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary');
  await writeFile(outputFile, '');
  await mkdir(join(files, 'temp'));
  await writeFile(summaryFile, '');
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
  let outcome: { code: number; stdout: string; stderr: string };
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'dist/action.js')], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: join(files, 'temp'),
        ...inputEnv,
        ...env,
      },
    });
    outcome = { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    outcome = { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
  return {
    ...outcome,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

/**
 * A scratch directory holding a workspace made of copies: each key a path in
 * the workspace, each value the file or directory copied there.
 */
export async function makeWorkspace(
  prefix: string,
  copies: Record<string, string>,
): Promise<{ scratch: string; workspace: string }> {
  const scratch = await mkdtemp(join(tmpdir(), prefix));
  const workspace = join(scratch, 'workspace');
  for (const [target, source] of Object.entries(copies)) {
    await mkdir(dirname(join(workspace, target)), { recursive: true });
    await cp(source, join(workspace, target), { recursive: true });
  }
  return { scratch, workspace };
}

/** Every file under a directory, relative to it, sorted. */
export async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The `::error` lines of a run's stdout. */
export const errorLines = (stdout: string) =>
  stdout.split('\n').filter((l) => l.startsWith('::error'));

/** A runner's variables for @actions/artifact: the results service, a token for run-1, the run 42 of owner/repo. */
export const artifactRunnerEnv = (resultsUrl: string, token: string) => ({
  ACTIONS_RESULTS_URL: resultsUrl,
  ACTIONS_RUNTIME_TOKEN: token,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'owner/repo',
  GITHUB_RUN_ID: '42',
});
