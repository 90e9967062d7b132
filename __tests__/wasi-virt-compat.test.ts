import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComponentInterface, ExternItem } from '../src/inspect/component-interface.js';
import { cli } from './support/cli.js';
import { fixture } from './support/paths.js';
import { runComponent } from './support/runner.js';
import { wasmToolsValidate } from './support/wasm-tools.js';
import { parseInterfaceName } from '../src/inspect/interface-name.js';
import { applyPatches, denyAllPolicy } from '../src/policy/policy.js';
import { loadAdapterModule } from '../src/virt/adapter-module.js';
import { narrowForwarded } from '../src/virt/host-calls.js';
import { planVirtualization } from '../src/virt/plan.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wasi-virt-compat-'));
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
      '--allow-http[=true|false|patterns]',
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

/** An app's or output's imports as `interface → functions` (sorted), from `wasi-virt imports --json`. */
async function importedFunctions(path: string): Promise<Record<string, string[]>> {
  const { imports } = await described(path);
  return Object.fromEntries(imports.map((i) => [i.name, [...(i.functions ?? [])].sort()]));
}

describe('interfaces left to the host around virtualized I/O', () => {
  it('import from the host exactly the functions the app imports', async () => {
    const app = fixture('stdio');
    const before = await importedFunctions(app);
    // The filesystem stays denied, so the adapter owns the I/O and wraps the host's stdio.
    const out = await written(app, '--stdio', 'allow', '--allow-exit', '-o', 'OUT');
    const after = await importedFunctions(out);
    expect(Object.keys(after).sort()).toEqual(
      Object.keys(before)
        .filter((name) => !/^wasi:(filesystem|clocks)\//.test(name))
        .sort(),
    );
    for (const [name, functions] of Object.entries(after))
      expect([name, functions]).toEqual([name, before[name]]);
    expect(before['wasi:io/streams@0.2.12']).toHaveLength(6);
    const run = await runComponent(await readFile(out), { stdin: 'hello' });
    expect(run).toMatchObject({ stdout: 'HELLO', stderr: 'read 5 bytes\n', exitCode: 0 });
  });

  it('add only what the --debug trace writes with', async () => {
    const app = fixture('stdio');
    const before = await importedFunctions(app);
    const after = await importedFunctions(
      await written(app, '--stdout', 'allow', '--debug', '-o', 'OUT'),
    );
    // stdout is the host's, stderr only the trace's: what the app writes stdout with, and get-stderr.
    expect(after['wasi:cli/stderr@0.2.12']).toEqual(['get-stderr']);
    for (const fn of after['wasi:io/streams@0.2.12']!)
      expect(before['wasi:io/streams@0.2.12']).toContain(fn);
    expect(after['wasi:io/poll@0.2.12']).toBeUndefined();
  });
});

describe('what the adapter forwards for the functions an app imports', () => {
  const item = (name: string, functions: string[], resources: string[] = []): ExternItem => ({
    name,
    kind: 'instance',
    interface: parseInterfaceName(name)!,
    functions,
    resources,
    types: [],
    typesOnly: functions.length === 0,
    offset: 0,
  });
  const hostStdio = applyPatches(denyAllPolicy(), {
    stdio: { stdin: 'allow', stdout: 'allow', stderr: 'allow' },
  });
  const forwarded = async (imports: ExternItem[]) => {
    const plan = narrowForwarded(
      await loadAdapterModule(),
      planVirtualization(hostStdio, imports),
      imports,
      false,
    );
    return Object.fromEntries(plan.interfaces.map((v) => [v.iface.id, v.forwarded]));
  };
  const method = (m: string) => `[method]${m}`;

  it('a splice also needs the check-write, read and write it copies with, and only the non-blocking ones', async () => {
    const streams = await forwarded([
      item('wasi:io/error@0.2.12', [], ['error']),
      item(
        'wasi:io/streams@0.2.12',
        [method('output-stream.splice')],
        ['input-stream', 'output-stream'],
      ),
      item('wasi:cli/stdin@0.2.12', ['get-stdin']),
      item('wasi:cli/stdout@0.2.12', ['get-stdout']),
    ]);
    expect(streams['wasi:io/streams']!.sort()).toEqual(
      [
        method('input-stream.read'),
        method('output-stream.check-write'),
        method('output-stream.write'),
        method('output-stream.splice'),
        '[resource-drop]input-stream',
        '[resource-drop]output-stream',
      ].sort(),
    );
    expect(streams['wasi:io/error']).toEqual(['[resource-drop]error']);
  });

  it("a poll also needs the host's ready, for lists mixing virtual and host pollables", async () => {
    const poll = await forwarded([
      item('wasi:io/poll@0.2.12', ['poll'], ['pollable']),
      item('wasi:io/streams@0.2.12', [method('input-stream.subscribe')], ['input-stream']),
      item('wasi:cli/stdin@0.2.12', ['get-stdin']),
    ]);
    expect(poll['wasi:io/poll']!.sort()).toEqual(
      ['poll', method('pollable.ready'), '[resource-drop]pollable'].sort(),
    );
    expect(poll['wasi:io/streams']!.sort()).toEqual(
      [method('input-stream.subscribe'), '[resource-drop]input-stream'].sort(),
    );
  });
});

describe('an adapter with nothing to virtualize (--allow-all, no component)', () => {
  it("passes WASI's command world through: valid, each import exported as it is, and it composes", async () => {
    const adapter = await written('--allow-all', '-o', 'OUT');
    await wasmToolsValidate(await readFile(adapter));
    const { imports, exports } = await described(adapter);
    const names = imports.map((i) => i.name);
    expect(exports.map((e) => e.name)).toEqual(names);
    expect(exports.map((e) => e.functions)).toEqual(imports.map((i) => i.functions));
    expect(names).toContain('wasi:cli/environment@0.2.12');
    expect(names).toContain('wasi:sockets/tcp@0.2.12');
    expect(names.filter((n) => /^wasi:(http|config)\//.test(n))).toEqual([]);
    // @unstable functions, which hosts give only on request, are left out.
    const functions = imports.flatMap((i) => i.functions ?? []);
    expect(functions).not.toContain('exit-with-code');
    expect(functions).not.toContain('network-error-code');

    const composed = join(scratch, 'passthrough-composed.wasm');
    const made = await cli('compose', fixture('stdio'), '--plug', adapter, '-o', composed);
    expect(made.code).toBe(0);
    const bytes = await readFile(composed);
    await wasmToolsValidate(bytes);
    const run = await runComponent(bytes, { stdin: 'hello' });
    expect(run).toMatchObject({ stdout: 'HELLO', stderr: 'read 5 bytes\n', exitCode: 0 });
  });
});
