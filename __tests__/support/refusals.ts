import { expect } from '@jest/globals';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cli, cliWithEnv } from './cli.js';
import { withTempDir } from './temp-dir.js';

/**
 * Virtualizes `component` with `flags` and expects a refusal: exit 2, nothing on stdout, one
 * line on stderr holding every one of `parts`, and no output file.
 */
export async function expectRefusal(component: string, flags: string[], parts: string[]) {
  await withTempDir('refusal', async (dir) => {
    const out = join(dir, 'out.wasm');
    const { code, stdout, stderr } = await cli(component, '-o', out, ...flags);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    for (const part of parts) expect(stderr).toContain(part);
    expect(existsSync(out)).toBe(false);
  });
}

/**
 * A pattern list setting (`--allow-http`, `--allow-sockets`) refuses an empty pattern at the
 * flag, `badVariable` in its WASI_VIRT_* variable and `badFile` in a policy file, each naming
 * the pattern, and an empty list in a policy file.
 */
export async function expectPatternDoorsRefuse(
  option: string,
  good: string,
  badVariable: string,
  badFile: string,
) {
  const empty = await cli('--print-policy', `--${option}=${good},,`);
  expect(empty).toMatchObject({ code: 2 });
  expect(empty.stderr).toContain('empty pattern in the list');
  const variable = `WASI_VIRT_${option.toUpperCase().replace(/-/g, '_')}`;
  const fromEnv = await cliWithEnv({ [variable]: badVariable }, '--print-policy');
  expect(fromEnv.code).toBe(2);
  expect(fromEnv.stderr).toContain(`pattern '${badVariable}' is not allowed`);
  await withTempDir('pattern-doors', async (dir) => {
    const file = join(dir, 'p.toml');
    await writeFile(file, `${option} = ["${badFile}"]\n`);
    const bad = await cli('--print-policy', '--policy', file);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`'${option}' pattern '${badFile}' is not allowed`);
    await writeFile(file, `${option} = []\n`);
    expect((await cli('--print-policy', '--policy', file)).stderr).toContain('no pattern');
  });
}
