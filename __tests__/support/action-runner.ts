import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
