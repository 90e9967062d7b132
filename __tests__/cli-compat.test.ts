import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComponentInterface, ExternItem } from '../src/inspect/component-interface.js';
import { cli } from './support/cli.js';
import { fixture } from './support/paths.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'cli-compat-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

let outputs = 0;
/** Runs the main command with `argv` (where `OUT` stands for a fresh output path) and returns the output's path. */
async function written(...argv: string[]): Promise<string> {
  const out = join(scratch, `out-${outputs++}.wasm`);
  const { code, stderr } = await cli(...argv.map((a) => a.replace(/^(--out=)?OUT$/, `$1${out}`)));
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return out;
}

describe("WASI-Virt's command-line forms", () => {
  it('--out, and a mode as the next argument before or after the component, as with =', async () => {
    const app = fixture('stdio');
    const reference = await readFile(await written(app, '--stdout=allow', '-o', 'OUT'));
    const forms = [
      ['--stdout', 'allow', app, '-o', 'OUT'],
      [app, '--stdout', 'allow', '--out', 'OUT'],
      ['--stdout', app, '--out=OUT'],
      [app, '--stdio', 'deny', '--stdout', '--output', 'OUT'],
    ];
    for (const form of forms) expect(await readFile(await written(...form))).toEqual(reference);
  });

  it('a boolean as the next argument', async () => {
    const spaced = await cli('--allow-all', 'false', '--allow-clocks', 'true', '--print-policy');
    const attached = await cli('--allow-all=false', '--allow-clocks=true', '--print-policy');
    expect(spaced).toEqual(attached);
    expect(spaced.stdout).toMatch(/^allow-clocks = true$/m);
  });

  it('--help shows the forms that work', async () => {
    const { stdout } = await cli('--help');
    for (const term of [
      '-o, --output, --out <file>',
      '--stdout [allow|ignore|deny]',
      '--allow-clocks [true|false]',
      '--allow-env[=names]',
    ])
      expect(stdout).toContain(term);
  });
});

/** `wasi-virt imports --json` of a file. */
async function described(path: string): Promise<ComponentInterface> {
  const { code, stdout } = await cli('imports', path, '--json');
  expect(code).toBe(0);
  return JSON.parse(stdout) as ComponentInterface;
}

describe('wasi-virt imports on a virtualized (composed) output', () => {
  it("lists the functions of the app's re-exported instance, as on the input", async () => {
    const out = await written(fixture('stdio'), '--stdout', 'allow', '-o', 'OUT');
    const [before, after] = [await described(fixture('stdio')), await described(out)];
    const contents = ({ name, kind, functions, typesOnly }: ExternItem) => ({
      name,
      kind,
      functions,
      typesOnly,
    });
    expect(after.exports.map(contents)).toEqual(before.exports.map(contents));
    expect(after.exports[0]).toMatchObject({ name: 'wasi:cli/run@0.2.12', functions: ['run'] });
    const table = await cli('imports', out);
    expect(table.stdout).toMatch(/^wasi:cli\/run@0\.2\.12 +instance +1 function\(s\): run$/m);
  });
});
