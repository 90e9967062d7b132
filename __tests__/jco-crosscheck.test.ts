import { describe, expect, it } from '@jest/globals';
import { readdir } from 'node:fs/promises';
import { componentWit } from '@bytecodealliance/jco-transpile/wasm-tools';
import { readFile } from 'node:fs/promises';
import { cli } from './support/cli.js';
import { FIXTURES, FIXTURE_NAMES, fixture } from './support/paths.js';

/** The names a WIT world imports or exports: `import wasi:cli/exit@0.2.12;` or `export add: func(...)`. */
function worldItems(wit: string, keyword: 'import' | 'export'): string[] {
  const pattern = new RegExp(`^\\s*${keyword}\\s+([^\\s;]+?)(?::\\s|;)`, 'gm');
  return [...wit.matchAll(pattern)].map((m) => m[1]!);
}

describe('the import model agrees with jco componentWit', () => {
  it('covers every committed fixture', async () => {
    const onDisk = (await readdir(FIXTURES))
      .filter((f) => f.endsWith('.wasm'))
      .map((f) => f.replace(/\.wasm$/, ''));
    expect(onDisk.sort()).toEqual([...FIXTURE_NAMES].sort());
  });

  it.each(FIXTURE_NAMES)(
    '%s: imports --json lists exactly the interfaces jco reports',
    async (name) => {
      const wit = await componentWit(await readFile(fixture(name)));
      const { code, stdout } = await cli('imports', fixture(name), '--json');
      expect(code).toBe(0);
      const model = JSON.parse(stdout) as {
        imports: { name: string }[];
        exports: { name: string }[];
      };
      expect(model.imports.map((i) => i.name).sort()).toEqual(worldItems(wit, 'import').sort());
      expect(model.exports.map((e) => e.name).sort()).toEqual(worldItems(wit, 'export').sort());
    },
  );

  it('sees the WASI 0.2.12 interfaces a preview1 program imports', async () => {
    const { stdout } = await cli('imports', fixture('env-args'), '--json');
    const model = JSON.parse(stdout) as {
      imports: { name: string; functions: string[]; typesOnly: boolean }[];
    };
    const env = model.imports.find((i) => i.name === 'wasi:cli/environment@0.2.12');
    expect(env?.functions).toEqual(expect.arrayContaining(['get-environment', 'get-arguments']));
    expect(model.imports.find((i) => i.name === 'wasi:io/error@0.2.12')?.typesOnly).toBe(true);
  });
});
