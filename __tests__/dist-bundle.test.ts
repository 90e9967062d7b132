import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

describe('the bundled action (dist/action.js), as a runner runs it', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'action-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  async function action(inputs: Record<string, string>) {
    const outputFile = join(scratch, `output-${Math.random().toString(16).slice(2)}`);
    await writeFile(outputFile, '');
    const env: Record<string, string> = {
      GITHUB_OUTPUT: outputFile,
      'INPUT_FAIL-ON-VIOLATION': 'true',
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const outcome = await node(['dist/action.js'], env);
    return { ...outcome, outputs: await readFile(outputFile, 'utf8') };
  }

  it('fails the step with an annotation naming the import', async () => {
    const result = await action({
      component: fixture('env-args'),
      'forbidden-imports': 'wasi:cli/environment#get-environment\n',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error title=wasi-virt%3A forbidden import,file=.*env-args\.wasm::import wasi:cli\/environment@0\.2\.12#get-environment is denied/m,
    );
    expect(result.outputs).toMatch(/violations<<.*\n1\n/);
  });

  it('reports without failing when fail-on-violation is false', async () => {
    const result = await action({
      component: fixture('env-args'),
      'forbidden-imports': '*',
      'fail-on-violation': 'false',
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatch(/violations<<.*\n15\n/);
    expect(result.outputs).toContain('"wasi:cli/environment@0.2.12"');
  });

  it('passes an import-free component', async () => {
    const result = await action({ component: fixture('import-free'), 'forbidden-imports': '*' });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatch(/imports<<.*\n\[\]\n/);
  });

  it('fails with a clear message on a missing component', async () => {
    const result = await action({ component: join(scratch, 'missing.wasm') });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::'.*missing\.wasm' does not exist; check the component path$/m,
    );
  });
});
