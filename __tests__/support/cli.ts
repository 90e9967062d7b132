import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process with the given environment, capturing what it writes. */
export async function cliWithEnv(env: NodeJS.ProcessEnv, ...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
  const code = await main(argv, io, env);
  return { code, stdout, stderr };
}

/** Runs the CLI in process, capturing what it writes, with no WASI_VIRT_* settings. */
export const cli = (...argv: string[]): Promise<CliResult> => cliWithEnv({}, ...argv);
