import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { componentWit } from '@bytecodealliance/jco-transpile/wasm-tools';
import { compose, ComposeError, type ComposeInput } from '../src/compose/compose.js';
import { compatibilityKey } from '../src/compose/compose-plan.js';
import { readComponent } from '../src/component/read/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { cli } from './support/cli.js';
import { fixture, ROOT } from './support/paths.js';
import { runComponent } from './support/runner.js';
import { assembleWat, wasmToolsValidate } from './support/wasm-tools.js';

const input = async (path: string): Promise<ComposeInput> => ({
  bytes: await readFile(path),
  label: path.split('/').pop()!,
});
const wat = async (name: string): Promise<ComposeInput> => ({
  bytes: await assembleWat(join(ROOT, '__tests__/wat', `${name}.wat`)),
  label: `${name}.wat`,
});
const importNames = (bytes: Uint8Array) =>
  describeComponent(readComponent(bytes)).imports.map((i) => i.name);

/**
 * Composes and checks the output the way every composed output must be checked: valid for
 * wasm-tools, and importing exactly (root imports - satisfied) + imports of the plugs used,
 * one import per interface and compatible version.
 */
async function composeChecked(root: ComposeInput, plugs: ComposeInput[]) {
  const result = compose(root, plugs);
  await wasmToolsValidate(result.bytes);
  // The imports read from the output's sections before its nested components are the whole's.
  expect(result.imports).toEqual(describeComponent(readComponent(result.bytes)).imports);
  expect(result.length).toBe(result.bytes.length);
  const used = plugs.filter((p) => result.satisfied.some((s) => s.plug === p.label));
  const expected = new Set<string>();
  for (const { label, bytes } of [root, ...used]) {
    for (const name of importNames(bytes)) {
      if (!result.satisfied.some((s) => s.consumer === label && s.import === name))
        expected.add(compatibilityKey(name));
    }
  }
  const actual = importNames(result.bytes).map(compatibilityKey);
  expect(actual.sort()).toEqual([...expected].sort());
  return result;
}

describe('composing a real program with a freestanding C plug', () => {
  let composed: Uint8Array;
  beforeAll(async () => {
    composed = (
      await composeChecked(await input(fixture('env-args')), [await input(fixture('env-plug'))])
    ).bytes;
  });

  it('runs with the plug behaviour: its environment and arguments, whatever the host passes', async () => {
    const result = await runComponent(composed, {
      args: ['host-arg'],
      env: { HOST_SECRET: 'leak' },
    });
    expect(result).toMatchObject({ exitCode: 0, trapped: false });
    expect(result.stdout).toBe(
      'arg[0]=plugged-program\narg[1]=--from-plug\nenv PLUGGED=yes\nenv GREETING=hello from the env plug\n',
    );
  });

  it('is accepted by jco componentWit, which no longer sees wasi:cli/environment', async () => {
    const wit = await componentWit(composed);
    expect(wit).toContain('export wasi:cli/run@0.2.12;');
    expect(wit).not.toContain('wasi:cli/environment');
  });

  it('imports (root imports - satisfied) + plug imports, and keeps the root exports', async () => {
    const root = await readFile(fixture('env-args'));
    expect(importNames(composed)).toEqual(
      importNames(root).filter((n) => n !== 'wasi:cli/environment@0.2.12'),
    );
    expect(describeComponent(readComponent(composed)).exports.map((e) => e.name)).toEqual([
      'wasi:cli/run@0.2.12',
    ]);
  });

  it('embeds both components byte for byte', async () => {
    const c = readComponent(composed);
    const nested = c.components.map((n) => Buffer.from(composed.subarray(n.start, n.end)));
    expect(nested).toEqual([
      await readFile(fixture('env-plug')),
      await readFile(fixture('env-args')),
    ]);
  });

  it('composes again: an already composed component as root, and as plug', async () => {
    const again = await composeChecked({ bytes: composed, label: 'composed' }, []);
    expect(importNames(again.bytes)).toEqual(importNames(composed));
    expect((await runComponent(again.bytes)).stdout).toContain('env PLUGGED=yes');

    const wrappedPlug = await composeChecked(await input(fixture('env-plug')), []);
    const viaWrapped = await composeChecked(await input(fixture('exit-code')), [
      { bytes: wrappedPlug.bytes, label: 'wrapped-plug' },
    ]);
    expect(viaWrapped.satisfied).toEqual([
      expect.objectContaining({ import: 'wasi:cli/environment@0.2.12', plug: 'wrapped-plug' }),
    ]);
    // exit-code reads its code from argv[1]: the plug's arguments make it "--from-plug", which atoi reads as 0.
    expect(await runComponent(viaWrapped.bytes, { args: ['3'] })).toMatchObject({
      exitCode: 0,
      stdout: 'exit 0\n',
    });
  });

  it('leaves out a plug nothing uses, with a warning', async () => {
    const result = await composeChecked(await input(fixture('env-args')), [
      await input(fixture('import-free')),
      await input(fixture('env-plug')),
    ]);
    expect(result.warnings).toEqual([
      "'import-free.wasm' satisfies no import of 'env-args.wasm' or of the plugs it uses; it is left out",
    ]);
    expect(readComponent(result.bytes).components).toHaveLength(2);
  });
});

describe('host imports shared by root and plug', () => {
  it('are imported once, under the newer version, with a type holding what both use', async () => {
    const result = await composeChecked(await wat('merge-root'), [await wat('merge-plug')]);
    const { imports, exports } = describeComponent(readComponent(result.bytes));
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({
      name: 'test:io/streams@1.0.1',
      resources: ['stream'],
      functions: ['[method]stream.flush', '[method]stream.write'],
    });
    expect(exports.map((e) => e.name)).toEqual(['api']);
  });

  it('keep every wasi import of every fixture valid when nothing is plugged', async () => {
    for (const name of ['env-args', 'stdio', 'clocks-random', 'list-dir']) {
      const result = await composeChecked(await input(fixture(name)), []);
      expect(importNames(result.bytes)).toEqual(importNames(await readFile(fixture(name))));
    }
  });
});

describe('composition errors name the problem', () => {
  it('a plug export that lacks a function the root imports', async () => {
    expect(() => compose(wat_('split-root'), [wat_('streams-plug-without-write')])).toThrow(
      new ComposeError(
        "'streams-plug-without-write.wat' exports test:io/streams@1.0.0 without [method]stream.write, which 'split-root.wat' imports from test:io/streams@1.0.0",
      ),
    );
  });

  it('a plug function whose type does not fit the import, naming both types', async () => {
    expect(() => compose(wat_('split-root'), [wat_('streams-plug-wrong-type')])).toThrow(
      new ComposeError(
        "'streams-plug-wrong-type.wat' exports [method]stream.write of test:io/streams@1.0.0 as func(self: borrow<resource>, n: u64), but 'split-root.wat' imports it as func(self: borrow<resource>, n: u32)",
      ),
    );
  });

  it('a resource that would be split between plug and host, listing every import the plug must also export', async () => {
    expect(() => compose(wat_('split-root'), [wat_('streams-plug')])).toThrow(
      new ComposeError(
        "'streams-plug.wat' supplies test:io/streams@1.0.0, but 'split-root.wat' still imports test:cli/stdout@1.0.0, test:cli/stderr@1.0.0 from the host, which use stream from test:io/streams@1.0.0: 'streams-plug.wat' must also export test:cli/stdout@1.0.0, test:cli/stderr@1.0.0",
      ),
    );
  });

  // Synchronous access to the assembled WAT inputs of this block.
  const assembled = new Map<string, ComposeInput>();
  const wat_ = (name: string) => assembled.get(name)!;
  beforeAll(async () => {
    for (const name of [
      'split-root',
      'streams-plug',
      'streams-plug-without-write',
      'streams-plug-wrong-type',
    ])
      assembled.set(name, await wat(name));
  });
});

describe('passing an export the host calls with its own resources through a plug', () => {
  const bridge = { export: 'test:http/handler@1.0.0', via: 'wasi-virt:bridge/http' };
  let root: ComposeInput;
  let plug: ComposeInput;
  beforeAll(async () => {
    [root, plug] = await Promise.all([wat('bridge-root'), wat('bridge-plug')]);
  });

  it("exports the root's function typed over the host's resources, wrapped by the plug", async () => {
    const result = compose(root, [plug], [bridge]);
    await wasmToolsValidate(result.bytes);
    expect(importNames(result.bytes)).toEqual(['test:http/types@1.0.0']);
    const wit = await componentWit(result.bytes);
    expect(wit).toContain('export test:http/handler@1.0.0;');
    // Valid only with the host's request in the export's type: the plug's own request is
    // exported by nobody, and composing without the bridge gives an invalid component.
    await expect(componentWit(compose(root, [plug]).bytes)).rejects.toThrow(
      /not valid to be used as export/,
    );
  });

  it('fails in one line when the plug has no such bridge or the root no such export', () => {
    expect(() => compose(root, [plug], [{ ...bridge, via: 'wasi-virt:bridge/none' }])).toThrow(
      new ComposeError(
        'no plug exports wasi-virt:bridge/none, which test:http/handler@1.0.0 is passed through',
      ),
    );
    expect(() => compose(root, [plug], [{ ...bridge, export: 'test:http/other@1.0.0' }])).toThrow(
      new ComposeError("'bridge-root.wat' exports no test:http/other@1.0.0"),
    );
  });

  it('refuses an export whose functions do not take only owned resources', async () => {
    const other = await wat('merge-root');
    const name = describeComponent(readComponent(other.bytes)).exports[0]!.name;
    expect(() => compose(other, [plug], [{ ...bridge, export: name }])).toThrow(
      /^cannot pass .* through: /,
    );
  });
});

describe('semver compatibility keys', () => {
  it.each([
    ['wasi:cli/environment@0.2.12', 'wasi:cli/environment@0.2'],
    ['wasi:cli/environment@0.2.0', 'wasi:cli/environment@0.2'],
    ['wasi:http/types@1.4.0', 'wasi:http/types@1'],
    ['wasi:http/types@0.0.3', 'wasi:http/types@0.0.3'],
    ['wasi:http/types@0.3.0-rc-2025-08-15', 'wasi:http/types@0.3.0-rc-2025-08-15'],
    ['test:types/only', 'test:types/only'],
    ['run', 'run'],
  ])('%s matches as %s', (name, key) => {
    expect(compatibilityKey(name)).toBe(key);
  });
});

describe('wasi-virt compose', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'compose-cli-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('writes the composed component and reports the wiring and the remaining imports', async () => {
    const out = join(scratch, 'out.wasm');
    const { code, stdout } = await cli(
      'compose',
      fixture('env-args'),
      '--plug',
      fixture('env-plug'),
      '-o',
      out,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/wasi:cli\/environment@0\.2\.12 <- .*env-plug\.wasm/);
    expect(stdout).toMatch(/^imports \(14\):/m);
    expect(await readdir(scratch)).toEqual(['out.wasm']);
    await wasmToolsValidate(await readFile(out));
    expect((await runComponent(out)).stdout).toContain('env PLUGGED=yes');
  });

  it('fails with one line and writes nothing when composition is impossible', async () => {
    const out = join(scratch, 'split.wasm');
    const root = join(scratch, 'split-root.wasm');
    const plug = join(scratch, 'streams-plug.wasm');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(root, (await wat('split-root')).bytes);
    await writeFile(plug, (await wat('streams-plug')).bytes);
    const { code, stderr } = await cli('compose', root, '--plug', plug, '-o', out);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^wasi-virt: error: .* must also export test:cli\/stdout@1\.0\.0, test:cli\/stderr@1\.0\.0$/,
      ),
    ]);
    expect((await readdir(scratch)).sort()).toEqual([
      'out.wasm',
      'split-root.wasm',
      'streams-plug.wasm',
    ]);
  });

  it('rejects a plug that is not a component', async () => {
    const { code, stderr } = await cli(
      'compose',
      fixture('env-args'),
      '--plug',
      join(ROOT, 'package.json'),
      '-o',
      join(scratch, 'never.wasm'),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/package\.json' is not a valid component: not a WebAssembly binary/);
  });
});

describe('a plug that wraps host stdout through its own wasi:io/streams', () => {
  it('composes with a root that writes to stdout, and the output shows the plug at work', async () => {
    const root = await input(fixture('stdout-root'));
    expect((await runComponent(root.bytes)).stdout).toBe('hello from the root\n');
    const result = await composeChecked(root, [await input(fixture('stream-plug'))]);
    expect(result.satisfied.map((s) => s.import)).toEqual([
      'wasi:io/streams@0.2.12',
      'wasi:cli/stdout@0.2.12',
    ]);
    // The plug imports the host's streams and stdout; both components share the host's error resource.
    expect(importNames(result.bytes)).toEqual([
      'wasi:io/error@0.2.12',
      'wasi:io/streams@0.2.12',
      'wasi:cli/stdout@0.2.12',
    ]);
    expect(await componentWit(result.bytes)).toContain('export wasi:cli/run@0.2.12;');
    expect(await runComponent(result.bytes)).toMatchObject({
      exitCode: 0,
      trapped: false,
      stdout: 'HELLO FROM THE ROOT\n',
    });
  });
});

describe('a plug for an interface whose plain record another host import uses', () => {
  it('defines the record by value, so wall-clock leaves the imports while filesystem/types stays', async () => {
    const root = await input(fixture('clocks-random'));
    const result = await composeChecked(root, [await input(fixture('clock-plug'))]);
    const imports = importNames(result.bytes);
    expect(imports).not.toContain('wasi:clocks/wall-clock@0.2.12');
    expect(imports).toContain('wasi:filesystem/types@0.2.12');
    const run = await runComponent(result.bytes);
    expect(run).toMatchObject({ exitCode: 0, trapped: false });
    expect(run.stdout).toMatch(/^wall 946684800\n/);
  });
});
