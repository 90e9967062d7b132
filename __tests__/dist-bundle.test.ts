import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fixture, ROOT } from './support/paths.js';

const run = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function node(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the bundled CLI (dist/cli.js), as the bin entry runs it', () => {
  it('gates imports with the documented exit codes', async () => {
    expect((await node(['dist/cli.js', 'check', fixture('import-free'), '--deny', '*'])).code).toBe(
      0,
    );
    const failed = await node(['dist/cli.js', 'check', fixture('env-args'), '--deny', '*']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('wasi:cli/environment@0.2.12');
    const bad = await node(['dist/cli.js', 'imports', join(ROOT, 'package.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^wasi-virt: error: .*package\.json' is not a valid component: not a WebAssembly binary/,
      ),
    ]);
  });

  it('prints its version', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    expect((await node(['dist/cli.js', '--version'])).stdout.trim()).toBe(pkg.version);
  });
});

describe('the bundles are self-contained', () => {
  it('load no dependency at run time (jco-transpile serves tests only)', async () => {
    for (const file of (await readdir(join(ROOT, 'dist'))).filter((f) => f.endsWith('.js'))) {
      const bundle = await readFile(join(ROOT, 'dist', file), 'utf8');
      expect({
        file,
        imports: bundle.match(/from ["']@bytecodealliance[^"']*|from ["']binaryen["']/g),
      }).toEqual({ file, imports: null });
    }
    expect((await readdir(join(ROOT, 'dist'))).filter((f) => f.endsWith('.wasm'))).toEqual([]);
  });
});

// The bundled action (dist/action.js) is run as a runner runs it in action-gate.test.ts and
// action-upload.test.ts.
