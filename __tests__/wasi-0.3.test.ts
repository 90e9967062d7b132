import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readComponent } from '../src/component/read/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { cli } from './support/cli.js';
import { readModuleModel } from '../src/component/core/module-model.js';
import { ComponentBuilder } from '../src/component/write/component-builder.js';
import { loadAdapterModule } from '../src/virt/adapter-module.js';
import { p3AdapterModule } from '../src/virt/p3-adapter-module.js';
import { WASI_P3_INTERFACES } from '../src/virt/p3-interfaces.js';
import { fixture, ROOT, watFile } from './support/paths.js';
import { findWasmtime, runWithWasmtime } from './support/wasmtime-runner.js';
import { assembleWat, wasmToolsValidate } from './support/wasm-tools.js';
import { witDummyComponent } from './support/wit-dummy.js';

let scratch: string;
/** The conformance suite's mounted tree: a.txt ("alpha\n"), bin.dat, empty/, sub/. */
const tree = join(ROOT, '__tests__', 'conformance', 'trees', 'site');
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wasi-0.3-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

let files = 0;
async function saved(bytes: Uint8Array): Promise<string> {
  const path = join(scratch, `component-${files++}.wasm`);
  await writeFile(path, bytes);
  return path;
}

/** The CONTENTS column of `wasi-virt imports` for one import, by name. */
function contentsOf(listing: string, name: string): string | undefined {
  const line = listing.split('\n').find((l) => l.startsWith(`${name} `));
  return line
    ?.slice(name.length)
    .trim()
    .replace(/^instance\s+/, '');
}

describe('a component using the async canonical ABI (WAT)', () => {
  it('is read whole: every async built-in, async lower and lift, as wasm-tools validates it', async () => {
    const bytes = await assembleWat(watFile('wasi-0.3-async.wat'));
    await wasmToolsValidate(bytes); // rejects when wasm-tools does
    const { canons } = readComponent(bytes);
    expect(new Set(canons.map((c) => c.kind))).toEqual(
      new Set([
        'lower',
        'lift',
        'stream.new',
        'stream.read',
        'stream.write',
        'stream.cancel-read',
        'stream.cancel-write',
        'stream.drop-readable',
        'stream.drop-writable',
        'future.new',
        'future.read',
        'future.write',
        'future.cancel-read',
        'future.cancel-write',
        'future.drop-readable',
        'future.drop-writable',
        'waitable-set.new',
        'waitable-set.wait',
        'waitable-set.poll',
        'waitable-set.drop',
        'waitable.join',
        'subtask.drop',
        'subtask.cancel',
        'context.get',
        'context.set',
        'backpressure.inc',
        'backpressure.dec',
        'task.return',
        'task.cancel',
        'error-context.new',
        'error-context.debug-message',
        'error-context.drop',
        'thread.yield',
      ]),
    );
    const lowered = canons.filter((c) => c.kind === 'lower' || c.kind === 'lift');
    expect(lowered.map((c) => c.options.some((o) => o.kind === 'async'))).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });

  it('`imports` marks async functions, in text and JSON', async () => {
    const path = await saved(await assembleWat(watFile('wasi-0.3-async.wat')));
    const text = await cli('imports', path);
    expect(text.code).toBe(0);
    expect(contentsOf(text.stdout, 'wasi:clocks/monotonic-clock@0.3.0')).toBe(
      '2 function(s): wait-for (async), now',
    );
    expect(contentsOf(text.stdout, 'wasi:cli/stdout@0.3.0')).toBe(
      '1 function(s): write-via-stream (async)',
    );
    expect(contentsOf(text.stdout, 'wasi:cli/environment@0.2.12')).toBe(
      '1 function(s): get-arguments',
    );
    const json = JSON.parse((await cli('imports', '--json', path)).stdout) as {
      imports: { name: string; asyncFunctions?: string[] }[];
    };
    expect(json.imports.map((i) => [i.name, i.asyncFunctions])).toEqual([
      ['wasi:clocks/monotonic-clock@0.3.0', ['wait-for']],
      ['wasi:cli/stdout@0.3.0', ['write-via-stream']],
      ['wasi:cli/environment@0.2.12', undefined],
    ]);
  });
});

describe('the stream and future built-ins the writer knows', () => {
  it('are written as wasm-tools validates them and the reader reads them back', async () => {
    const b = new ComponentBuilder();
    // A core module with one exported memory page, for future.read's and .write's memory option.
    const memoryModule = Uint8Array.from([
      ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
      ...[0x05, 0x03, 0x01, 0x00, 0x01],
      ...[0x07, 0x0a, 0x01, 0x06, ...Buffer.from('memory'), 0x02, 0x00],
    ]);
    const instance = b.coreInstantiate(b.coreModule(memoryModule), []);
    const memory = b.aliasCoreExport('memory', instance, 'memory');
    const bytesStream = b.defType({
      kind: 'defined',
      def: { kind: 'stream', element: { prim: 'u8' } },
    });
    const errorCode = b.defType({ kind: 'defined', def: { kind: 'enum', names: ['io', 'pipe'] } });
    const result = b.defType({
      kind: 'defined',
      def: { kind: 'result', err: { typeIndex: errorCode } },
    });
    const future = b.defType({
      kind: 'defined',
      def: { kind: 'future', element: { typeIndex: result } },
    });
    const copyOptions = [{ kind: 'memory' as const, index: memory }, { kind: 'async' as const }];
    b.streamOrFutureBuiltin('stream.new', bytesStream);
    b.streamOrFutureBuiltin('stream.read', bytesStream, copyOptions);
    b.streamOrFutureBuiltin('stream.drop-writable', bytesStream);
    b.streamOrFutureBuiltin('stream.drop-readable', bytesStream);
    b.streamOrFutureBuiltin('future.new', future);
    b.streamOrFutureBuiltin('future.write', future, copyOptions);
    b.streamOrFutureBuiltin('future.drop-writable', future);
    const bytes = b.finish();
    await wasmToolsValidate(bytes);
    const canons = readComponent(bytes).canons;
    expect(canons.map((c) => c.kind)).toEqual([
      'stream.new',
      'stream.read',
      'stream.drop-writable',
      'stream.drop-readable',
      'future.new',
      'future.write',
      'future.drop-writable',
    ]);
    expect(canons.find((c) => c.kind === 'future.write')?.options).toEqual(copyOptions);
  });
});

describe('components of WASI 0.3 worlds (made by wasm-tools from the vendored 0.3.0 WIT)', () => {
  it('wasi:cli/command@0.3.0: every import listed at 0.3.0, the async ones marked', async () => {
    const bytes = await witDummyComponent('  include wasi:cli/command@0.3.0;');
    if (!bytes) return;
    const { imports, exports } = describeComponent(readComponent(bytes));
    expect(imports.every((i) => i.interface?.version === '0.3.0')).toBe(true);
    expect(imports.map((i) => i.interface?.id)).toEqual(
      expect.arrayContaining([
        'wasi:cli/environment',
        'wasi:cli/stdout',
        'wasi:clocks/monotonic-clock',
        'wasi:filesystem/types',
        'wasi:sockets/types',
        'wasi:random/random',
      ]),
    );
    expect(imports.some((i) => i.interface?.id === 'wasi:io/streams')).toBe(false);
    const byId = (id: string) => imports.find((i) => i.interface?.id === id);
    expect(byId('wasi:clocks/monotonic-clock')?.asyncFunctions).toEqual(['wait-until', 'wait-for']);
    expect(byId('wasi:cli/environment')?.asyncFunctions).toBeUndefined();
    expect(exports.map((e) => [e.name, e.asyncFunctions])).toEqual([
      ['wasi:cli/run@0.3.0', ['run']],
    ]);
  });

  it('a component mixing 0.2 and 0.3 imports is gated by version ranges and by function', async () => {
    const bytes = await witDummyComponent(
      [
        '  import wasi:cli/environment@0.2.12;',
        '  import wasi:cli/environment@0.3.0;',
        '  import wasi:cli/stdout@0.3.0;',
        '  import wasi:clocks/monotonic-clock@0.3.0;',
        '  export wasi:cli/run@0.3.0;',
      ].join('\n'),
    );
    if (!bytes) return;
    const path = await saved(bytes);
    const only02 = await cli('check', path, '--allow', 'wasi:*@0.2.*');
    expect(only02.code).toBe(1);
    // The imports with a failing row (one row per function when a rule names functions).
    const failed = (out: string) => [
      ...new Set(
        out
          .split('\n')
          .filter((l) => /\bFAIL\b/.test(l) && !l.startsWith('FAIL:'))
          .map((l) => l.split(/\s+/)[0]),
      ),
    ];
    expect(failed(only02.stdout)).toEqual([
      'wasi:cli/environment@0.3.0',
      'wasi:cli/types@0.3.0',
      'wasi:cli/stdout@0.3.0',
      'wasi:clocks/types@0.3.0',
      'wasi:clocks/monotonic-clock@0.3.0',
    ]);
    const no03 = await cli('check', path, '--deny', 'wasi:*@0.3.*');
    expect(failed(no03.stdout)).toEqual(failed(only02.stdout));
    const noWaits = await cli(
      'check',
      path,
      '--deny',
      'wasi:clocks/monotonic-clock@^0.3.0#wait-for',
    );
    expect([noWaits.code, failed(noWaits.stdout)]).toEqual([
      1,
      ['wasi:clocks/monotonic-clock@0.3.0'],
    ]);
    expect((await cli('check', path, '--deny', 'wasi:*@0.4.*')).code).toBe(0);
  });
});

/** `wasi-virt ARGS -o OUT` that must fail: one error line, exit 2, nothing on stdout or in the scratch dir. */
async function refused(...args: string[]): Promise<string> {
  const before = await readdir(scratch);
  const { code, stdout, stderr } = await cli(...args, '-o', join(scratch, 'refused.wasm'));
  expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
  expect(stderr).toMatch(/^wasi-virt: error: [^\n]*\n$/);
  expect(await readdir(scratch)).toEqual(before);
  return stderr;
}

/** The names of a component's imports and exports. */
function namesOf(bytes: Uint8Array) {
  const { imports, exports } = describeComponent(readComponent(bytes));
  return { imports: imports.map((i) => i.name), exports: exports.map((e) => e.name) };
}

describe('the 0.3 adapter module', () => {
  it('exports every function of the 0.3 interfaces it serves under its 0.3 name, and no 0.2 function', async () => {
    const { exports, imports } = readModuleModel(p3AdapterModule(await loadAdapterModule()));
    const served = WASI_P3_INTERFACES.flatMap((iface) =>
      Object.keys(iface.functions).map(
        (fn) => `${iface.id}@${iface.series === '0.3' ? '0.3.0' : '0.2.0-draft'}#${fn}`,
      ),
    );
    const functionExports = exports.map((e) => e.name).filter((n) => n.includes('#'));
    const destructors = [
      'wasi:cli/terminal-input@0.3.0#[dtor]terminal-input',
      'wasi:cli/terminal-output@0.3.0#[dtor]terminal-output',
      'wasi:filesystem/types@0.3.0#[dtor]descriptor',
    ];
    expect(functionExports.sort()).toEqual([...served, ...destructors].sort());
    // The 0.2 names 0.3 changed are gone, and the host calls they make are renamed with them.
    expect(exports.map((e) => e.name)).not.toContain('wasi:clocks/wall-clock@0.2.12#now');
    const environment = imports.filter((i) => i.module.startsWith('wasi:cli/environment@'));
    expect(environment.map((i) => `${i.module}#${i.name}`)).toEqual([
      'wasi:cli/environment@0.3.0#get-environment',
      'wasi:cli/environment@0.3.0#get-arguments',
      'wasi:cli/environment@0.3.0#get-initial-cwd',
    ]);
  });

  it("serves a filesystem method whose results 0.3 lays out differently with the C code's [0.3] variant, one laid out alike with the 0.2 export", async () => {
    const adapter = await loadAdapterModule();
    const indexIn = (m: ReturnType<typeof readModuleModel>, name: string) =>
      m.exports.find((e) => e.name === name)?.index;
    const p2 = readModuleModel(adapter);
    const p3 = readModuleModel(p3AdapterModule(adapter));
    const method = (v: string, fn: string) => `wasi:filesystem/types@${v}#[method]descriptor.${fn}`;
    const variant = indexIn(p2, `[0.3]${method('0.2.12', 'stat')}`);
    expect(variant).toBeDefined();
    expect(indexIn(p3, method('0.3.0', 'stat'))).toBe(variant);
    expect(variant).not.toBe(indexIn(p2, method('0.2.12', 'stat')));
    expect(indexIn(p3, method('0.3.0', 'is-same-object'))).toBe(
      indexIn(p2, method('0.2.12', 'is-same-object')),
    );
    // The descriptor's own intrinsics are the 0.3 interface's.
    expect(
      p3.imports.filter((i) => i.name === '[resource-new]descriptor').map((i) => i.module),
    ).toEqual(['[export]wasi:filesystem/types@0.3.0']);
  });
});

describe('virtualizing at WASI 0.3', () => {
  it('--wasi-version 0.3.0 writes an adapter for the policy that serves the 0.3 interfaces', async () => {
    const out = join(scratch, 'adapter-0.3.wasm');
    const { code, stderr } = await cli('-q', '-o', out, '--wasi-version', '0.3.0', '-e', 'A=B');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const bytes = await readFile(out);
    await wasmToolsValidate(bytes);
    // The caller's arguments are the host's: the adapter calls get-arguments, and nothing else;
    // it serves the denied stdio, whose error-code is wasi:cli/types' (types only, the host's),
    // and denies sockets and HTTP whole.
    expect(namesOf(bytes)).toEqual({
      imports: ['wasi:cli/environment@0.3.0', 'wasi:cli/types@0.3.0'],
      exports: [
        'wasi:cli/environment@0.3.0',
        'wasi:cli/stdin@0.3.0',
        'wasi:cli/stdout@0.3.0',
        'wasi:cli/stderr@0.3.0',
        'wasi:cli/terminal-input@0.3.0',
        'wasi:cli/terminal-output@0.3.0',
        'wasi:cli/terminal-stdin@0.3.0',
        'wasi:cli/terminal-stdout@0.3.0',
        'wasi:cli/terminal-stderr@0.3.0',
        'wasi:config/store@0.2.0-draft',
        'wasi:cli/exit@0.3.0',
        'wasi:random/random@0.3.0',
        'wasi:random/insecure@0.3.0',
        'wasi:random/insecure-seed@0.3.0',
        'wasi:clocks/types@0.3.0',
        'wasi:clocks/monotonic-clock@0.3.0',
        'wasi:clocks/system-clock@0.3.0',
        'wasi:filesystem/types@0.3.0',
        'wasi:filesystem/preopens@0.3.0',
        'wasi:sockets/types@0.3.0',
        'wasi:sockets/ip-name-lookup@0.3.0',
        'wasi:http/types@0.3.0',
        'wasi:http/client@0.3.0',
        'wasi:http/handler@0.3.0',
      ],
    });
    const { imports } = describeComponent(readComponent(bytes));
    expect(imports[0]?.functions).toEqual(['get-arguments']);
  });

  it('the 0.3.0 adapter alone, composed into a 0.3 app with `wasi-virt compose`, serves it under wasmtime', async () => {
    if (!findWasmtime()) {
      if (process.env.CI) throw new Error('wasmtime is not installed; .ci/run installs it');
      return;
    }
    const adapter = join(scratch, 'plug-0.3.wasm');
    const policy = ['--wasi-version', '0.3.0', '-e', 'A=B', '--arg', 'x', '-c', 'k=v'];
    expect((await cli('-q', '-o', adapter, ...policy)).code).toBe(0);
    const out = join(scratch, 'composed-0.3.wasm');
    const composed = await cli('-q', 'compose', fixture('env-p3'), '--plug', adapter, '-o', out);
    expect({ code: composed.code, stderr: composed.stderr }).toEqual({ code: 0, stderr: '' });
    const bytes = await readFile(out);
    await wasmToolsValidate(bytes);
    expect(namesOf(bytes).imports).toEqual([]);
    const p3 = { wasmtimeFlags: ['-S', 'p3', '-W', 'component-model-async'], env: { SECRET: 's' } };
    const env = await runWithWasmtime(bytes, { ...p3, invoke: 'environment-text()' });
    expect(env.stdout).toBe('"args: x\\nenv: A=B\\ncwd: none\\n"\n');
    const config = await runWithWasmtime(bytes, { ...p3, invoke: 'config-text()' });
    expect(config.stdout).toBe('"k=v\\n"\n');
    // Exit is denied: the adapter's trap, named for the denial.
    const exit = await runWithWasmtime(bytes, { ...p3, invoke: 'exit-with(3)' });
    expect(exit.trapped).toBe(true);
    expect(exit.backtrace).toContain('wasi-virt: denied wasi:cli/exit#exit-with-code');
  });

  it('the 0.3.0 adapter alone serves stdio not allowed to an app it is composed into (stream and future built-ins)', async () => {
    if (!findWasmtime()) {
      if (process.env.CI) throw new Error('wasmtime is not installed; .ci/run installs it');
      return;
    }
    const adapter = join(scratch, 'stdio-plug-0.3.wasm');
    const policy = [
      '--wasi-version',
      '0.3.0',
      '--stdin',
      'ignore',
      '--stdout',
      'deny',
      '--stderr',
      'ignore',
    ];
    expect((await cli('-q', '-o', adapter, ...policy)).code).toBe(0);
    const out = join(scratch, 'stdio-composed-0.3.wasm');
    const composed = await cli('-q', 'compose', fixture('stdio-p3'), '--plug', adapter, '-o', out);
    expect({ code: composed.code, stderr: composed.stderr }).toEqual({ code: 0, stderr: '' });
    const bytes = await readFile(out);
    await wasmToolsValidate(bytes);
    // The error-code type is the host's; stdio is not imported at all.
    expect(namesOf(bytes).imports.filter((n) => n.startsWith('wasi:cli/std'))).toEqual([]);
    const p3 = { wasmtimeFlags: ['-S', 'p3', '-W', 'component-model-async'], stdin: 'typed' };
    const stdin = await runWithWasmtime(bytes, { ...p3, invoke: 'read-stdin()' });
    expect(stdin.stdout).toBe('"bytes: 0\\nresult: ok\\n"\n');
    const stdout = await runWithWasmtime(bytes, { ...p3, invoke: 'write-stdout()' });
    expect(stdout.stdout).toBe('"write: dropped\\nresult: err(io)\\n"\n');
    // Ignored: the adapter's pump reads the app's stream after write-via-stream has returned.
    const stderr = await runWithWasmtime(bytes, { ...p3, invoke: 'write-stderr()' });
    expect({ stdout: stderr.stdout, stderr: stderr.stderr }).toEqual({
      stdout: '"write: completed 8\\nresult: ok\\n"\n',
      stderr: '',
    });
  });

  it("a 0.3 app's terminals are the host's only with their stream allowed and not hidden; else the adapter answers none", async () => {
    const bytes = await witDummyComponent(
      ['stdout', 'terminal-stdout', 'terminal-stdin']
        .map((i) => `  import wasi:cli/${i}@0.3.0;`)
        .join('\n'),
    );
    if (!bytes) return;
    const path = await saved(bytes);
    const importsUnder = async (...policy: string[]) => {
      const out = join(scratch, 'terminals-0.3.wasm');
      expect((await cli('-q', path, '-o', out, ...policy)).code).toBe(0);
      const output = await readFile(out);
      await wasmToolsValidate(output);
      return namesOf(output).imports.filter((n) => n.startsWith('wasi:cli/terminal-'));
    };
    expect(await importsUnder()).toEqual([]);
    expect(await importsUnder('--stdout', 'allow')).toEqual([
      'wasi:cli/terminal-output@0.3.0',
      'wasi:cli/terminal-stdout@0.3.0',
    ]);
    expect(await importsUnder('--stdout', 'allow', '--hide-terminals')).toEqual([]);
  });

  it('a 0.3 app reading a --mount tree imports no wasi:filesystem: the adapter serves it; with --allow-fs alone the host does', async () => {
    const mounted = join(scratch, 'fs-mounted.wasm');
    const policy = ['--mount', `/data=${tree}`];
    const { code, stderr } = await cli('-q', fixture('fs-p3'), '-o', mounted, ...policy);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const bytes = await readFile(mounted);
    await wasmToolsValidate(bytes);
    expect(namesOf(bytes).imports).toEqual([]);
    const hosted = join(scratch, 'fs-hosted.wasm');
    expect((await cli('-q', fixture('fs-p3'), '-o', hosted, '--allow-fs')).code).toBe(0);
    expect(namesOf(await readFile(hosted)).imports).toEqual([
      'wasi:filesystem/types@0.3.0',
      'wasi:filesystem/preopens@0.3.0',
    ]);
  });

  it('a 0.3 command is virtualized when the policy leaves what the adapter cannot serve to the host', async () => {
    const bytes = await witDummyComponent('  include wasi:cli/command@0.3.0;');
    if (!bytes) return;
    const path = await saved(bytes);
    const out = join(scratch, 'command-0.3.wasm');
    const host = [
      '--allow-stdio',
      '--allow-fs',
      '--allow-sockets',
      '--allow-http',
      '--allow-clocks',
    ];
    const { code, stderr } = await cli('-q', path, '-o', out, ...host, '-e', 'A=B');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const output = await readFile(out);
    await wasmToolsValidate(output);
    const { imports, exports } = describeComponent(readComponent(output));
    // The environment is the adapter's (only the caller's arguments come from the host); exit
    // and random trap inside it; the streams, the filesystem, sockets and clocks are the host's.
    const byName = new Map(imports.map((i) => [i.name, i]));
    expect(byName.get('wasi:cli/environment@0.3.0')?.functions).toEqual(['get-arguments']);
    expect(byName.has('wasi:cli/exit@0.3.0')).toBe(false);
    expect(imports.some((i) => i.interface?.package === 'random')).toBe(false);
    expect(byName.get('wasi:cli/stdout@0.3.0')?.functions).toEqual(['write-via-stream']);
    expect(byName.get('wasi:clocks/monotonic-clock@0.3.0')?.asyncFunctions).toEqual([
      'wait-until',
      'wait-for',
    ]);
    expect(exports.map((e) => [e.name, e.asyncFunctions])).toEqual([
      ['wasi:cli/run@0.3.0', ['run']],
    ]);
  });

  it('a 0.3 import the adapter cannot serve is refused in one line naming it, unless left to the host', async () => {
    const bytes = await witDummyComponent(
      [
        '  import wasi:cli/environment@0.3.0;',
        '  import wasi:cli/stdout@0.3.0;',
        '  import wasi:clocks/monotonic-clock@0.3.0;',
      ].join('\n'),
    );
    const timezone = await witDummyComponent('  import wasi:clocks/timezone@0.3.0;');
    if (!bytes || !timezone) return;
    const path = await saved(bytes);
    // The timezone (unstable) is not served: the line names the import, and ends with the fix.
    expect(await refused(await saved(timezone))).toBe(
      'wasi-virt: error: the component imports iana-id, utc-offset, to-debug-string from wasi:clocks/timezone@0.3.0, which is not yet supported at WASI 0.3.0 (at 0.3 the adapter serves the environment, exit, random, config, the clocks but the timezone, stdio and terminals it does not pass to the host and read-only mounted trees, and denies sockets and HTTP whole): leave wasi:clocks/timezone to the host (--allow-clocks, without --fixed-time)\n',
    );
    // Sockets and HTTP are the host's or denied whole at 0.3: nothing checks an allow-list, so
    // one is refused for a component that imports them at 0.3 (and means nothing to the others).
    const net = fixture('net-p3');
    expect(await refused(net, '--stdout', 'allow', '--allow-sockets=tcp://example.com:80')).toBe(
      'wasi-virt: error: --allow-sockets=PATTERNS is not yet supported at WASI 0.3.0: allow sockets whole (--allow-sockets) or deny them\n',
    );
    expect(await refused(net, '--stdout', 'allow', '--allow-http=https://example.com')).toBe(
      'wasi-virt: error: --allow-http=PATTERNS is not yet supported at WASI 0.3.0: allow HTTP whole (--allow-http) or deny it\n',
    );
    const unused = join(scratch, 'unused-allow-list.wasm');
    const allowLists = ['--allow-sockets=tcp://example.com:80', '--allow-http=https://example.com'];
    expect((await cli('-q', path, '-o', unused, '--stdout', 'allow', ...allowLists)).code).toBe(0);
    // The clocks' waits are the adapter's when it serves the clocks: denied, or --fixed-time.
    for (const clocks of [[], ['--fixed-time', '2024-01-01T00:00:00Z']]) {
      const served = join(scratch, `waits-served-${clocks.length}.wasm`);
      const policy = ['--stdout', 'allow', '--arg', 'fixed', ...clocks];
      expect((await cli('-q', path, '-o', served, ...policy)).code).toBe(0);
      const output = await readFile(served);
      await wasmToolsValidate(output);
      expect(namesOf(output).imports).toEqual(['wasi:cli/types@0.3.0', 'wasi:cli/stdout@0.3.0']);
    }
    const out = join(scratch, 'left-to-host.wasm');
    const hostIo = ['--stdout', 'allow', '--allow-clocks'];
    expect((await cli('-q', path, '-o', out, ...hostIo, '--arg', 'fixed')).code).toBe(0);
    // The environment is all the adapter's: what remains is the host's streams and clocks.
    expect(namesOf(await readFile(out)).imports).toEqual([
      'wasi:cli/types@0.3.0',
      'wasi:cli/stdout@0.3.0',
      'wasi:clocks/types@0.3.0',
      'wasi:clocks/monotonic-clock@0.3.0',
    ]);
  });

  it("a 0.3 service (exporting wasi:http/handler) is refused with HTTP denied, as 0.2's proxy is, alone or beside 0.2 imports; allowed, it validates", async () => {
    const service = ['  import wasi:http/types@0.3.0;', '  export wasi:http/handler@0.3.0;'];
    const alone = await witDummyComponent(service.join('\n'));
    const mixed = await witDummyComponent(
      [...service, '  import wasi:cli/environment@0.2.12;'].join('\n'),
    );
    if (!alone || !mixed) return;
    for (const app of [await saved(alone), await saved(mixed)]) {
      expect(await refused(app)).toBe(
        "wasi-virt: error: the component exports wasi:http/handler@0.3.0: the host makes the requests it handles, so wasi:http must be the host's (add --allow-http)\n",
      );
      const out = join(scratch, 'service.wasm');
      expect((await cli('-q', app, '-o', out, '--allow-http', '-e', 'A=B')).code).toBe(0);
      const bytes = await readFile(out);
      await wasmToolsValidate(bytes);
      expect(namesOf(bytes).exports).toEqual(['wasi:http/handler@0.3.0']);
    }
  });

  it('what 0.3 does not support yet is refused in one line: --debug, a pass-through adapter, files other than read-only mounts', async () => {
    const bytes = await witDummyComponent('  import wasi:cli/environment@0.3.0;');
    const mixed = await witDummyComponent(
      ['  import wasi:cli/environment@0.2.12;', '  import wasi:cli/exit@0.3.0;'].join('\n'),
    );
    if (!bytes || !mixed) return;
    expect(await refused(await saved(bytes), '--debug')).toBe(
      'wasi-virt: error: --debug (the call trace) is not yet supported at WASI 0.3.0: leave it out\n',
    );
    // A component mixing 0.2 and 0.3 gets an adapter for each series: denied, its 0.3 exit is
    // the 0.3 adapter's trap; allowed, the host's.
    const out = join(scratch, 'mixed.wasm');
    expect((await cli('-q', await saved(mixed), '-o', out, '--arg', 'x')).code).toBe(0);
    expect(namesOf(await readFile(out)).imports).toEqual([]);
    expect(
      (await cli('-q', await saved(mixed), '-o', out, '--allow-exit', '--arg', 'x')).code,
    ).toBe(0);
    expect(namesOf(await readFile(out)).imports).toEqual(['wasi:cli/exit@0.3.0']);
    // Files beside mounts are refused for a component that imports the filesystem at 0.3 only.
    const fsApp = fixture('fs-p3');
    // Its 0.3 imports decide the version: the line offers the host's files, not WASI 0.2.
    expect(await refused(fsApp, '--stdout', 'allow', '--hermetic')).toMatch(
      /leave out --writable \(--hermetic adds one at \/tmp\).*, or leave every file to the host \(--allow-fs alone\)\n$/,
    );
    expect((await cli('-q', await saved(bytes), '-o', out, '--hermetic')).code).toBe(0);
    expect(await refused('--wasi-version', '0.3.0', '--allow-all')).toMatch(
      /a pass-through adapter is not yet supported at WASI 0\.3\.0/,
    );
    const mount = ['--mount', `/data=${tree}`];
    for (const beside of [['--writable', '/tmp'], ['--overlay'], ['--allow-fs']])
      expect(await refused('--wasi-version', '0.3.0', ...mount, ...beside)).toMatch(
        /at WASI 0\.3\.0 the adapter serves read-only --mount trees only, not yet the host's files beside them: leave out --writable.*, or generate for WASI 0\.2\n$/,
      );
    // --hermetic brings a writable /tmp: the line says so, as the user gave no --writable.
    expect(await refused('--wasi-version', '0.3.0', '--hermetic')).toMatch(
      /leave out --writable \(--hermetic adds one at \/tmp\)/,
    );
    expect(await refused('--wasi-version', '0.4.0')).toBe(
      "wasi-virt: error: unknown WASI version '0.4.0': choose one of 0.2.0 to 0.2.12, or 0.3.0\n",
    );
  });
});
