// Components made by real toolchains, virtualized by the CLI and run: Go, componentize-py and
// componentize-js (WASI 0.2) under wasmtime and jco, Rust + wit-bindgen (WASI 0.3) under wasmtime;
// python-p3 and js-p3 (componentize-py and componentize-js with a WASI 0.3 world: both series in
// one component) run as built and virtualized by two adapters, one per series.
// Slow (12-18 MB components), so not part of `npm test`: `npm run build:toolchain-fixtures && npm
// run test:toolchains` (jest.config.js leaves it out unless WASI_VIRT_TOOLCHAINS is set). The WASI
// 0.2 fixtures run the same program; what each prints is described in fixtures/toolchains/README.md.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readComponent } from '../src/component/read/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { cli } from './support/cli.js';
import { ROOT } from './support/paths.js';
import { runComponent, type RunOptions, type RunResult } from './support/runner.js';
import { wasmToolsValidate } from './support/wasm-tools.js';
import { runWithWasmtime } from './support/wasmtime-runner.js';

const FIXTURE_DIR = join(ROOT, '.cache', 'toolchain-fixtures');
// A virtualization of an 18 MB component and a run of it under jco take tens of seconds.
jest.setTimeout(240_000);

/**
 * What each runtime needs before the program's own code runs: Go, CPython and SpiderMonkey all
 * read random and the clocks at start-up and trap when they are denied; exit is needed because
 * the programs call it (Go's runtime always does, even after main returns; the Python and
 * JavaScript fixtures call it to set their status).
 */
const RUNTIME_FLAGS = ['--allow-random', '--allow-clocks', '--allow-exit'];

/** Node 20's V8 needs a flag for extended-const, which componentize-py and componentize-js output uses. */
const EXTENDED_CONST =
  Number(process.versions.node.split('.')[0]) < 21 ? ['--experimental-wasm-extended-const'] : [];

interface Fixture {
  name: string;
  /** The line the program writes to stderr. */
  stderr: string;
  /** Node options jco needs to run it. */
  nodeFlags: string[];
  /** The program can connect to a TCP server (connect=HOST:PORT). */
  tcp?: boolean;
  /** The program can write a file and read it back (write=PATH[:N]). */
  writes?: boolean;
  /** wasmtime options the un-virtualized component needs. */
  wasmtimeFlags?: string[];
}

const FIXTURES: Fixture[] = [
  { name: 'go', stderr: 'stderr: go', nodeFlags: [] },
  {
    name: 'python',
    stderr: 'stderr: python',
    nodeFlags: EXTENDED_CONST,
    tcp: true,
    writes: true,
  },
  // Default features: imports wasi:http@0.2.10 beside wasi:cli and wasi:io @0.2.12.
  { name: 'js', stderr: 'stderr: js', nodeFlags: EXTENDED_CONST, wasmtimeFlags: ['-S', 'http'] },
  { name: 'js-nohttp', stderr: 'stderr: js', nodeFlags: EXTENDED_CONST },
];

type Engine = 'wasmtime' | 'jco';
const ENGINES: Engine[] = ['wasmtime', 'jco'];

let scratch: string;
/** A directory the policy embeds (--mount /data=...). */
let mountDir: string;
/** A directory the host preopens at /host: a virtualized component must not see it. */
let hostDir: string;
let echo: Server;
let echoPort: number;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'toolchains-'));
  mountDir = join(scratch, 'mount');
  hostDir = join(scratch, 'host');
  await mkdir(join(mountDir, 'sub'), { recursive: true });
  await mkdir(hostDir);
  await writeFile(join(mountDir, 'hello.txt'), 'hello from the mount\n');
  await writeFile(join(mountDir, 'sub', 'deeper.txt'), 'deeper\n');
  await writeFile(join(hostDir, 'secret.txt'), 'host secret\n');
  // Replies to each line with "echo: <line>".
  echo = createServer((socket) => {
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('utf8');
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        socket.write(`echo: ${buffered.slice(0, newline)}\n`);
        buffered = buffered.slice(newline + 1);
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoPort = (echo.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => echo?.close(resolve));
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function fixturePath(name: string) {
  return join(FIXTURE_DIR, `${name}.wasm`);
}

/** Fails, saying how to build it, when a fixture has not been built. */
function expectBuilt(name: string) {
  if (!existsSync(fixturePath(name)))
    throw new Error(
      `toolchain fixture not built (${fixturePath(name)}): run npm run build:toolchain-fixtures ${name}`,
    );
}

/** Virtualizations, once per fixture and policy, shared by both engines' runs. */
const outputs = new Map<string, Promise<Uint8Array>>();
let counter = 0;
function virtualized(name: string, flags: string[]): Promise<Uint8Array> {
  const key = `${name}\0${flags.join('\0')}`;
  let output = outputs.get(key);
  if (!output) {
    output = (async () => {
      const out = join(scratch, `${name}-${counter++}.wasm`);
      const { code, stderr } = await cli(fixturePath(name), '-o', out, ...flags);
      // --allow-all leaves nothing to virtualize, and says so.
      const unexpected = stderr.replace(/^wasi-virt: warning: nothing to virtualize\b.*\n/, '');
      expect({ code, stderr: unexpected }).toEqual({ code: 0, stderr: '' });
      const bytes = await readFile(out);
      await wasmToolsValidate(bytes);
      return bytes;
    })();
    outputs.set(key, output);
  }
  return output;
}

function run(engine: Engine, fixture: Fixture, component: Uint8Array, options: RunOptions) {
  const withHost: RunOptions = {
    argv0: fixture.name,
    env: { HOST_SECRET: 's3cret', PATH: '/usr/bin' },
    preopens: { '/host': hostDir },
    nodeFlags: fixture.nodeFlags,
    wasmtimeFlags: fixture.wasmtimeFlags,
    timeoutMs: 60_000,
    ...options,
  };
  return engine === 'wasmtime'
    ? runWithWasmtime(component, withHost)
    : runComponent(component, withHost);
}

const lines = (stdout: string, prefix: string) =>
  stdout.split('\n').filter((line) => line.startsWith(prefix));

/** A run that reached the program's own exit with status 3 (WASI 0.2 carries only failure: 1). */
function expectExited(run: RunResult) {
  expect({ trapped: run.trapped, trap: run.trap, exitCode: run.exitCode }).toEqual({
    trapped: false,
    trap: undefined,
    exitCode: 1,
  });
}

/** The host's clock and a random number, as the program prints them when both pass through. */
function expectTimeAndRandom(stdout: string) {
  const [time] = lines(stdout, 'time: ');
  expect(Math.abs(Number(time.slice('time: '.length)) - Date.now() / 1000)).toBeLessThan(600);
  expect(lines(stdout, 'random: ')).toEqual([expect.stringMatching(/^random: \d+$/)]);
}

/** What a `--hermetic` output imports: stdout, stderr, wasi:io and exit (README, "Hermetic runs"). */
const HERMETIC_IMPORTS = [
  'wasi:cli/exit',
  'wasi:cli/stderr',
  'wasi:cli/stdout',
  'wasi:io/error',
  'wasi:io/poll',
  'wasi:io/streams',
];

/** The output's imports beyond what RUNTIME_FLAGS pass through, with the functions they carry. */
const otherImports = (bytes: Uint8Array) =>
  describeComponent(readComponent(bytes))
    .imports.filter(
      (i) => !/^wasi:(clocks|random|io)\/|^wasi:cli\/exit$/.test(i.interface?.id ?? ''),
    )
    .map((i) => `${i.interface?.id ?? i.name}: ${(i.functions ?? []).join(', ')}`);

/** Runs a component that gets the host's environment, preopens and network, and checks it sees them. */
async function expectHostView(engine: Engine, fixture: Fixture, component: Uint8Array) {
  const args = ['file=/host/secret.txt', 'dir=/host', 'exit=3'];
  if (fixture.tcp) args.push(`connect=127.0.0.1:${echoPort}`);
  const result = await run(engine, fixture, component, { args, network: true });
  expect(lines(result.stdout, 'env: ')).toEqual(['env: HOST_SECRET=s3cret', 'env: PATH=/usr/bin']);
  expect(lines(result.stdout, 'file: ')).toEqual(['file: /host/secret.txt: host secret']);
  expect(lines(result.stdout, 'dir: ')).toEqual(['dir: /host: secret.txt']);
  if (fixture.tcp)
    expect(lines(result.stdout, 'connect')).toEqual([`connect: echo: hello from ${fixture.name}`]);
  expect(result.stderr).toContain(fixture.stderr);
  expectTimeAndRandom(result.stdout);
  expectExited(result);
}

describe.each(FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  // Checked per fixture, so that `-t` can run one fixture's cases with only it built.
  beforeAll(() => expectBuilt(fixture.name));

  describe.each(ENGINES)('under %s', (engine) => {
    it('un-virtualized, it prints what the host gives it', async () => {
      await expectHostView(engine, fixture, await readFile(fixturePath(fixture.name)));
    });

    it('deny-all: runs to its exit, writes nothing, sees no host directory', async () => {
      const out = await virtualized(fixture.name, RUNTIME_FLAGS);
      // Nothing of the filesystem, environment or stdio reaches the host; the arguments are the
      // caller's.
      expect(otherImports(out)).toEqual(['wasi:cli/environment: get-arguments']);
      const result = await run(engine, fixture, out, {
        args: ['file=/host/secret.txt', 'exit=3'],
      });
      expect({ stdout: result.stdout, stderr: result.stderr }).toEqual({ stdout: '', stderr: '' });
      expectExited(result);
    });

    it("env overrides: only the policy's variables, the host's hidden", async () => {
      const out = await virtualized(fixture.name, [
        ...RUNTIME_FLAGS,
        '--allow-stdio',
        '-e',
        'GREETING=hello',
        '-e',
        'ORDER=2',
      ]);
      const args = ['one', 'exit=3', ...(fixture.tcp ? [`connect=127.0.0.1:${echoPort}`] : [])];
      const result = await run(engine, fixture, out, { args, network: fixture.tcp });
      expect(lines(result.stdout, 'arg: ')).toEqual(args.map((a) => `arg: ${a}`));
      expect(lines(result.stdout, 'env: ')).toEqual(['env: GREETING=hello', 'env: ORDER=2']);
      expect(result.stdout).not.toContain('s3cret');
      expect(result.stderr).toContain(fixture.stderr);
      // Sockets are denied: the connection fails inside the program.
      if (fixture.tcp)
        expect(lines(result.stdout, 'connect')).toEqual([
          expect.stringMatching(/^connect-error: /),
        ]);
      expectTimeAndRandom(result.stdout);
      expectExited(result);
    });

    it('--mount: reads the embedded tree, not the host preopens', async () => {
      const out = await virtualized(fixture.name, [
        ...RUNTIME_FLAGS,
        '--allow-stdio',
        '--mount',
        `/data=${mountDir}`,
      ]);
      const result = await run(engine, fixture, out, {
        args: [
          'file=/data/hello.txt',
          'file=/data/sub/deeper.txt',
          'dir=/data',
          'file=/host/secret.txt',
          'dir=/host',
          'exit=3',
        ],
      });
      expect(lines(result.stdout, 'file: ')).toEqual([
        'file: /data/hello.txt: hello from the mount',
        'file: /data/sub/deeper.txt: deeper',
      ]);
      expect(lines(result.stdout, 'dir: ')).toEqual(['dir: /data: hello.txt', 'dir: /data: sub']);
      expect(lines(result.stdout, 'file-error: ')).toEqual([
        expect.stringMatching(/^file-error: \/host\/secret\.txt: /),
      ]);
      expect(lines(result.stdout, 'dir-error: ')).toEqual([
        expect.stringMatching(/^dir-error: \/host: /),
      ]);
      expect(lines(result.stdout, 'env: ')).toEqual([]);
      expect(result.stdout).not.toContain('host secret');
      expectExited(result);
    });

    (fixture.writes ? it : it.skip)(
      '--writable /tmp=4K: writes, reads back and lists files in memory; past the quota, a failed write',
      async () => {
        const out = await virtualized(fixture.name, [
          ...RUNTIME_FLAGS,
          '--allow-stdio',
          '--writable',
          '/tmp=4K',
        ]);
        // Nothing of the filesystem reaches the host.
        expect(otherImports(out).filter((i) => i.startsWith('wasi:filesystem'))).toEqual([]);
        const result = await run(engine, fixture, out, {
          args: ['write=/tmp/a.txt', 'write=/tmp/b.txt:3000', 'write=/tmp/c.txt:2000', 'dir=/tmp'],
        });
        expect(lines(result.stdout, 'write')).toEqual([
          'write: /tmp/a.txt: written by python',
          'write: /tmp/b.txt: 3000 bytes',
          // Past the quota the adapter's stream write fails with an error whose
          // filesystem-error-code is insufficient-space, but CPython's wasi-libc (wasip2) turns
          // every failed stream write into EIO without asking (C through the preview1 adapter
          // gets ENOSPC: conformance case fs-writable-quota).
          'write-error: /tmp/c.txt: I/O error',
        ]);
        // c.txt was made before its write failed.
        expect(lines(result.stdout, 'dir: ')).toEqual([
          'dir: /tmp: a.txt',
          'dir: /tmp: b.txt',
          'dir: /tmp: c.txt',
        ]);
        expect(result.exitCode).toBe(0);
      },
    );

    it('--stdio=ignore: runs to its exit; what it writes vanishes', async () => {
      const out = await virtualized(fixture.name, [...RUNTIME_FLAGS, '--stdio=ignore']);
      const result = await run(engine, fixture, out, { args: ['exit=3'], stdin: 'ignored\n' });
      expect({ stdout: result.stdout, stderr: result.stderr }).toEqual({ stdout: '', stderr: '' });
      expectExited(result);
    });

    it('the default policy: the first denied call names itself and the flag that allows it', async () => {
      const out = await virtualized(fixture.name, ['--allow-stdio']);
      const result = await run(engine, fixture, out, { args: ['exit=3'] });
      // The runtime's start-up reads random or a clock first; its own code never runs.
      const denied =
        /wasi-virt: denied wasi:(random\/random|random\/insecure[a-z-]*|clocks\/[a-z-]+)#[a-z-]+ \(allow with --allow-(random|clocks)\)/;
      expect(result.trapped).toBe(true);
      expect(result.stderr).toMatch(new RegExp(`^${denied.source}$`, 'm'));
      expect(result.backtrace).toMatch(denied);
    });

    it('--hermetic alone: imports only stdout, stderr, wasi:io and exit, prints the epoch, and two runs print the same bytes', async () => {
      const out = await virtualized(fixture.name, ['--hermetic']);
      const { imports, exports } = describeComponent(readComponent(out));
      expect(imports.map((i) => i.interface?.id ?? i.name).sort()).toEqual(HERMETIC_IMPORTS);
      expect(exports.map((e) => e.interface?.id)).toContain('wasi:cli/run');
      // The caller's arguments and environment do not reach the program.
      const options: RunOptions = { args: ['from-the-caller', 'exit=3'], network: true };
      const [first, second] = [
        await run(engine, fixture, out, options),
        await run(engine, fixture, out, options),
      ];
      expect(lines(first.stdout, 'time: ')).toEqual(['time: 0']);
      expect(lines(first.stdout, 'random: ')).toEqual([expect.stringMatching(/^random: \d+$/)]);
      expect(lines(first.stdout, 'arg: ')).toEqual([]);
      expect(lines(first.stdout, 'env: ')).toEqual([]);
      expect(first.stderr).toContain(fixture.stderr);
      expect({ trapped: first.trapped, exitCode: first.exitCode }).toEqual({
        trapped: false,
        exitCode: 0,
      });
      expect({ stdout: second.stdout, stderr: second.stderr }).toEqual({
        stdout: first.stdout,
        stderr: first.stderr,
      });
    });

    it('--hermetic refined by later flags: their time, arguments and variables (Python: files in /tmp)', async () => {
      const writes = fixture.writes
        ? ['write=/tmp/a.txt', 'write=/tmp/b.txt:3000', 'file=/tmp/a.txt', 'dir=/tmp']
        : [];
      const args = ['one', ...writes, 'exit=3'];
      const out = await virtualized(fixture.name, [
        '--hermetic',
        '--fixed-time=2024-05-01T12:00:00Z',
        ...['app', ...args].flatMap((arg) => ['--arg', arg]),
        '-e',
        'GREETING=hi',
      ]);
      const result = await run(engine, fixture, out, { args: ['from-the-caller'] });
      expect(lines(result.stdout, 'time: ')).toEqual(['time: 1714564800']);
      expect(lines(result.stdout, 'arg: ')).toEqual(args.map((a) => `arg: ${a}`));
      expect(lines(result.stdout, 'env: ')).toEqual(['env: GREETING=hi']);
      if (fixture.writes) {
        expect(lines(result.stdout, 'write')).toEqual([
          'write: /tmp/a.txt: written by python',
          'write: /tmp/b.txt: 3000 bytes',
        ]);
        expect(lines(result.stdout, 'file')).toEqual(['file: /tmp/a.txt: written by python']);
        expect(lines(result.stdout, 'dir: ')).toEqual(['dir: /tmp: a.txt', 'dir: /tmp: b.txt']);
      }
      expectExited(result);
    });

    it('--hermetic --allow-exit=false: prints everything, then traps at its exit (why --hermetic keeps exit)', async () => {
      const out = await virtualized(fixture.name, ['--hermetic', '--allow-exit=false']);
      const result = await run(engine, fixture, out, {});
      expect(lines(result.stdout, 'exit: ')).toEqual(['exit: 0']);
      expect(result.trapped).toBe(true);
      expect(result.stderr).toContain(
        'wasi-virt: denied wasi:cli/exit#exit (allow with --allow-exit)',
      );
    });

    it("--allow-all: the host's environment, preopens and network", async () => {
      await expectHostView(engine, fixture, await virtualized(fixture.name, ['--allow-all']));
    });
  });
});

/** A run that printed exactly `lines` and returned ok. */
const expectPrinted = (result: RunResult, lines: string[]) => {
  expect(result).toMatchObject({ stderr: '', exitCode: 0, trapped: false });
  expect(result.stdout).toBe(lines.map((line) => `${line}\n`).join(''));
};

// ---- rust-p3: a WASI 0.3 command (async run, streams) from Rust + wit-bindgen -----------------

/** jco's preview2-shim does not run WASI 0.3: wasmtime only, with its 0.3 host. */
const P3_FLAGS = ['-S', 'p3', '-W', 'component-model-async'];

/** FNV-1a (32 bits) as rust-p3 prints it: 8 hex digits. */
const fnv1a = (bytes: Uint8Array) =>
  bytes
    .reduce((hash, byte) => Math.imul(hash ^ byte, 0x0100_0193) >>> 0, 0x811c_9dc5)
    .toString(16)
    .padStart(8, '0');

describe('rust-p3 (WASI 0.3, under wasmtime)', () => {
  const HELLO = 'hello from the mount\n';
  /** 300 KB that no two chunks share in order: a stream that drops or reorders a chunk shows. */
  const BIG = Uint8Array.from({ length: 300 * 1024 }, (_, i) => (i * 31 + (i >> 10)) & 0xff);
  /** The tree rust-p3 explores at /data. */
  let dataDir: string;

  beforeAll(async () => {
    expectBuilt('rust-p3');
    dataDir = join(scratch, 'p3-data');
    await mkdir(join(dataDir, 'sub'), { recursive: true });
    await writeFile(join(dataDir, 'hello.txt'), HELLO);
    await writeFile(join(dataDir, 'big.bin'), BIG);
    await writeFile(join(dataDir, 'sub', 'deeper.txt'), 'deeper\n');
  });

  /** Runs with the host's environment and a host directory at /host (and at /data: `data`). */
  const runP3 = (component: Uint8Array, data?: string) =>
    runWithWasmtime(component, {
      argv0: 'rust-p3',
      args: ['one'],
      env: { HOST_SECRET: 's3cret' },
      preopens: { '/host': hostDir, ...(data ? { '/data': data } : {}) },
      wasmtimeFlags: P3_FLAGS,
      timeoutMs: 60_000,
    });

  /** What rust-p3 prints about dataDir, given how opening hello.txt for writing ends. */
  const dataReport = (openForWriting: string) => [
    'entry big.bin regular-file',
    'entry hello.txt regular-file',
    'entry sub directory',
    'read-directory ok',
    `file big.bin ${BIG.length} bytes ok fnv1a ${fnv1a(BIG)}`,
    `file hello.txt ${HELLO.length} bytes ok fnv1a ${fnv1a(new TextEncoder().encode(HELLO))}`,
    'first line: hello from the mount',
    `from 6: ${JSON.stringify(HELLO.slice(6))}`,
    `open hello.txt for writing: ${openForWriting}`,
    `stat hello.txt: size ${HELLO.length} type regular-file`,
  ];

  it('un-virtualized, it reports the host environment and directories', async () => {
    expectPrinted(await runP3(await readFile(fixturePath('rust-p3')), dataDir), [
      'env HOST_SECRET=s3cret',
      'args rust-p3 one',
      'preopen /data',
      'preopen /host',
      ...dataReport('opened'),
    ]);
  });

  it('--mount /data: lists, streams (300 KB through the pump) and stats the embedded tree, read-only; the host sees none of it', async () => {
    const out = await virtualized('rust-p3', [
      '--mount',
      `/data=${dataDir}`,
      '-e',
      'GREETING=hi',
      '--stdout',
      'allow',
    ]);
    // Filesystem and environment are served inside; the arguments and stdout are the host's.
    expect(otherImports(out)).toEqual([
      'wasi:cli/environment: get-arguments',
      'wasi:cli/types: ',
      'wasi:cli/stdout: write-via-stream',
    ]);
    expectPrinted(await runP3(out), [
      'env GREETING=hi',
      'args rust-p3 one',
      'preopen /data',
      ...dataReport('error read-only'),
    ]);
  });

  it('--stdout ignore: prints nothing and returns ok', async () => {
    const out = await virtualized('rust-p3', ['--mount', `/data=${dataDir}`, '--stdout', 'ignore']);
    expectPrinted(await runP3(out), []);
  });

  it("the default policy denies the filesystem: no preopens, the host's directories unseen", async () => {
    const out = await virtualized('rust-p3', ['-e', 'GREETING=hi', '--stdout', 'allow']);
    expect(otherImports(out).filter((i) => i.startsWith('wasi:filesystem'))).toEqual([]);
    expectPrinted(await runP3(out, dataDir), ['env GREETING=hi', 'args rust-p3 one', 'no /data']);
  });
});

// ---- python-p3: componentize-py with a WASI 0.3 world, a component of both series ------------

/** The interfaces (ids, sorted) of `imports` whose version starts with `prefix` (`0.3.`). */
const interfacesAt = (imports: ReturnType<typeof describeComponent>['imports'], prefix: string) =>
  imports
    .filter((i) => i.interface?.version?.startsWith(prefix))
    .map((i) => i.interface!.id)
    .sort();

/** The imports fixtures/toolchains/manifest.json records for a fixture's build. */
async function manifestImports(name: string): Promise<string[]> {
  const manifest = JSON.parse(
    await readFile(join(ROOT, 'fixtures', 'toolchains', 'manifest.json'), 'utf8'),
  ) as { fixtures: Record<string, { imports: string[] }> };
  return manifest.fixtures[name]!.imports;
}

describe('python-p3 (WASI 0.3 world, WASI 0.2 runtime; under wasmtime)', () => {
  /** The WASI 0.3.0 interfaces its world names (wit/world.wit), with those whose types they use. */
  const WORLD_P3_IMPORTS = [
    'wasi:cli/environment',
    'wasi:cli/stdout',
    'wasi:cli/types',
    'wasi:clocks/system-clock',
    'wasi:clocks/types',
    'wasi:filesystem/preopens',
    'wasi:filesystem/types',
  ];
  let component: Uint8Array;

  beforeAll(async () => {
    expectBuilt('python-p3');
    component = await readFile(fixturePath('python-p3'));
  });

  it("imports its world's interfaces at 0.3.0 and CPython's at 0.2.x, and exports an async run@0.3.0", async () => {
    const { imports, exports } = describeComponent(readComponent(component));
    const series = (prefix: string) => interfacesAt(imports, prefix);
    expect(series('0.3.')).toEqual(WORLD_P3_IMPORTS);
    // The runtime's own: the same names as the world's, in the other series, among others.
    expect(series('0.2.')).toEqual(
      expect.arrayContaining([
        'wasi:cli/environment',
        'wasi:cli/stdout',
        'wasi:filesystem/preopens',
        'wasi:filesystem/types',
        'wasi:io/streams',
        'wasi:random/random',
        'wasi:clocks/wall-clock',
      ]),
    );
    expect(series('0.2.').length + series('0.3.').length).toBe(imports.length);
    const run = exports.find((e) => e.interface?.id === 'wasi:cli/run');
    expect(run).toMatchObject({
      interface: { version: '0.3.0' },
      functions: ['run'],
      asyncFunctions: ['run'],
    });
    // The manifest describes this build.
    expect(imports.map((i) => i.name)).toEqual(await manifestImports('python-p3'));
  });

  /** Runs with the host's environment, and a host directory at /data when given. */
  const runPy = (bytes: Uint8Array, dataDir?: string) =>
    runWithWasmtime(bytes, {
      argv0: 'python-p3',
      env: { HOST_SECRET: 's3cret', A: 'B' },
      ...(dataDir ? { preopens: { '/data': dataDir } } : {}),
      wasmtimeFlags: P3_FLAGS,
      timeoutMs: 120_000,
    });

  /** A directory holding a.txt, for /data. */
  const dataDirWith = async (name: string, text: string) => {
    const dir = join(scratch, name);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'a.txt'), text);
    return dir;
  };

  it('un-virtualized, both series reach the host: environment, /data and stdout', async () => {
    const dataDir = await dataDirWith('python-p3-data', 'hello from a\n');
    // The 0.3 lines go out through one write-via-stream, finished before Python's print.
    expectPrinted(await runPy(component, dataDir), [
      'env: A=B',
      'env: HOST_SECRET=s3cret',
      'file: /data/a.txt: hello from a',
      'p3-stdout: hello',
      'p2-env: A=B',
      'p2-env: HOST_SECRET=s3cret',
      'p2-file: /data/a.txt: hello from a',
      'p2-print: hello',
    ]);
  });

  it('virtualized, an adapter per series serves both the virtual environment and the --mount tree; the host filesystem is not imported at either version', async () => {
    const mounted = await dataDirWith('python-p3-mount', 'from the mount\n');
    const hostDir = await dataDirWith('python-p3-host', 'from the host\n');
    const flags = ['-e', 'GREETING=hi', '--mount', `/data=${mounted}`, '--stdout', 'allow'];
    // CPython reads random numbers and the clocks at start-up (fixtures/toolchains/README.md).
    const out = await virtualized('python-p3', [...flags, '--allow-random', '--allow-clocks']);
    const names = describeComponent(readComponent(out)).imports.map((i) => i.name);
    expect(names.filter((n) => /^wasi:(filesystem|sockets)\//.test(n))).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining(['wasi:cli/stdout@0.2.9', 'wasi:cli/stdout@0.3.0']),
    );
    // The host's /data is offered, and unseen: each series reads the embedded tree.
    expectPrinted(await runPy(out, hostDir), [
      'env: GREETING=hi',
      'file: /data/a.txt: from the mount',
      'p3-stdout: hello',
      'p2-env: GREETING=hi',
      'p2-file: /data/a.txt: from the mount',
      'p2-print: hello',
    ]);
  });

  it('virtualized with stdout ignored at both versions, it prints nothing and returns ok', async () => {
    const flags = ['--stdout', 'ignore', '--allow-random', '--allow-clocks'];
    const out = await virtualized('python-p3', flags);
    const names = describeComponent(readComponent(out)).imports.map((i) => i.name);
    expect(names.filter((n) => n.startsWith('wasi:cli/stdout'))).toEqual([]);
    expectPrinted(await runPy(out), []);
  });
});

// ---- js-p3: componentize-js with a WASI 0.3 world, a component of both series ----------------

describe('js-p3 (WASI 0.3 world, WASI 0.2 runtime; under wasmtime)', () => {
  let component: Uint8Array;

  beforeAll(async () => {
    expectBuilt('js-p3');
    component = await readFile(fixturePath('js-p3'));
  });

  /** Calls environment-text() with the host's environment; wasmtime prints the string as WAVE. */
  const environmentText = (bytes: Uint8Array) =>
    runWithWasmtime(bytes, {
      env: { HOST_SECRET: 's3cret', A: 'B' },
      invoke: 'environment-text()',
      wasmtimeFlags: P3_FLAGS,
      timeoutMs: 120_000,
    });

  /** A call that returned `text` (as wasmtime prints a string result). */
  const expectReturned = (result: RunResult, text: string) =>
    expectPrinted(result, [JSON.stringify(text)]);

  /** The output's imports of wasi:cli/environment, at either version, with their functions. */
  const environmentImports = (bytes: Uint8Array) =>
    describeComponent(readComponent(bytes))
      .imports.filter((i) => i.interface?.id === 'wasi:cli/environment')
      .map((i) => `${i.name}: ${(i.functions ?? []).join(', ')}`);

  it("imports its world's environment at 0.3.0 and StarlingMonkey's WASI at 0.2.x, and exports a plain function", async () => {
    const { imports, exports } = describeComponent(readComponent(component));
    const series = (prefix: string) => interfacesAt(imports, prefix);
    expect(series('0.3.')).toEqual(['wasi:cli/environment']);
    expect(series('0.2.')).toEqual(
      expect.arrayContaining([
        'wasi:cli/stdout',
        'wasi:clocks/monotonic-clock',
        'wasi:filesystem/preopens',
        'wasi:io/streams',
        'wasi:random/random',
      ]),
    );
    // The runtime reads its environment through nothing but the world's 0.3.0 import.
    expect(series('0.2.')).not.toContain('wasi:cli/environment');
    expect(series('0.2.').length + series('0.3.').length).toBe(imports.length);
    expect(exports.map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: 'environment-text', kind: 'func' },
    ]);
    expect(imports.map((i) => i.name)).toEqual(await manifestImports('js-p3'));
  });

  it("un-virtualized, it returns the host's environment", async () => {
    expectReturned(await environmentText(component), 'env: A=B\nenv: HOST_SECRET=s3cret\n');
  });

  it("virtualized, it returns only the virtual environment: get-environment is imported at neither version, the host's unseen", async () => {
    // SpiderMonkey reads the monotonic clock at start-up (below); random it reads only when asked.
    const out = await virtualized('js-p3', ['-e', 'GREETING=hi', '--allow-clocks']);
    // The arguments stay the host's (nothing set them); the environment is served inside.
    expect(environmentImports(out)).toEqual(['wasi:cli/environment@0.3.0: get-arguments']);
    expectReturned(await environmentText(out), 'env: GREETING=hi\n');
  });

  it('the default policy alone traps in the clock SpiderMonkey reads at start-up; with --allow-clocks it runs', async () => {
    const denied = await environmentText(await virtualized('js-p3', []));
    expect(denied.trapped).toBe(true);
    expect(denied.backtrace).toContain('wasi-virt: denied wasi:clocks/monotonic-clock#now');
    expectReturned(await environmentText(await virtualized('js-p3', ['--allow-clocks'])), '');
  });

  it('--fixed-time serves the clocks too: the output imports only the arguments', async () => {
    const out = await virtualized('js-p3', [
      '-e',
      'GREETING=hi',
      '--fixed-time',
      '2026-01-01T00:00:00Z',
    ]);
    expect(describeComponent(readComponent(out)).imports.map((i) => i.name)).toEqual([
      'wasi:cli/environment@0.3.0',
    ]);
    expect(environmentImports(out)).toEqual(['wasi:cli/environment@0.3.0: get-arguments']);
    expectReturned(await environmentText(out), 'env: GREETING=hi\n');
  });
});
