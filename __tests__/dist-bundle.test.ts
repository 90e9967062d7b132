import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
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

describe('the action bundle (dist/action.js) is self-contained', () => {
  it('carries the files its dependencies load at run time, byte for byte', async () => {
    const assets = [
      'node_modules/@bytecodealliance/jco-transpile/vendor/wasm-tools.core.wasm',
      'node_modules/@bytecodealliance/jco-transpile/vendor/wasm-tools.core2.wasm',
      'node_modules/@bytecodealliance/preview2-shim/dist/io/worker-thread.bundle.js',
    ];
    for (const asset of assets) {
      const copy = join(ROOT, 'dist', asset.split('/').pop()!);
      expect((await readFile(copy)).equals(await readFile(join(ROOT, asset)))).toBe(true);
    }
    const bundle = await readFile(join(ROOT, 'dist/action.js'), 'utf8');
    expect(bundle).not.toMatch(/from ["']@bytecodealliance|from ["']binaryen["']/);
  });
});

// The bundled action (dist/action.js) is run as a runner runs it in action-gate.test.ts and
// action-upload.test.ts.
