import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readComponent } from '../src/component/read/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { WASI_VERSIONS } from '../src/virt/wasi-interfaces.js';
import { cli } from './support/cli.js';
import { fixture, FIXTURE_NAMES, watFile } from './support/paths.js';
import { withWasiVersions } from './support/reversion.js';
import { runComponent } from './support/runner.js';
import { assembleWat, wasmToolsValidate } from './support/wasm-tools.js';
import { seedProperties } from './support/property-seed.js';
import { witDummyComponent } from './support/wit-dummy.js';

seedProperties();

let scratch: string;
let mounted: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'mixed-versions-'));
  mounted = join(scratch, 'site');
  await mkdir(mounted);
  await writeFile(join(mounted, 'a.txt'), 'from the mount\n');
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

let runs = 0;
/** Virtualizes `app` with `flags` through the CLI; the exit code, stderr and the output's bytes. */
async function virtualize(app: Uint8Array, flags: string[]) {
  const input = join(scratch, `app-${runs}.wasm`);
  const out = join(scratch, `out-${runs++}.wasm`);
  await writeFile(input, app);
  const { code, stderr } = await cli(input, '-o', out, ...flags);
  return { code, stderr, bytes: code === 0 ? await readFile(out) : undefined };
}

const importNames = (bytes: Uint8Array) =>
  describeComponent(readComponent(bytes)).imports.map((i) => i.name);

/** How many times `needle` occurs in `haystack`. */
function occurrences(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/** `wasi:io/streams@0.2.12` → `wasi:io/streams` */
const interfaceOf = (name: string) => name.replace(/@[^@]*$/, '');

describe('components that mix WASI 0.2.x versions', () => {
  it('an interface served at an older version than the interfaces whose types it uses', async () => {
    // As componentize-js's default output has wasi:http@0.2.10 beside wasi:io@0.2.12.
    const app = withWasiVersions(await readFile(fixture('cat-files')), (name) =>
      name.startsWith('wasi:filesystem/') ? '0.2.0' : undefined,
    );
    const { code, stderr, bytes } = await virtualize(app, [
      '--mount',
      `/data=${mounted}`,
      '--stdout=allow',
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    await wasmToolsValidate(bytes!);
    // The mount serves the files: the host's filesystem, at any version, is not imported.
    expect(importNames(bytes!).filter((n) => n.startsWith('wasi:filesystem/'))).toEqual([]);
    const run = await runComponent(bytes!, { args: ['/data/a.txt'] });
    expect(run.stdout).toBe('from the mount\n');
  });

  it('one package at two versions in one interface chain (streams@0.2.3, stdio@0.2.1, error@0.2.12)', async () => {
    const app = withWasiVersions(await readFile(fixture('cat-files')), (name) =>
      name.startsWith('wasi:io/streams')
        ? '0.2.3'
        : name.startsWith('wasi:cli/std')
          ? '0.2.1'
          : undefined,
    );
    const { code, stderr, bytes } = await virtualize(app, [
      '--mount',
      `/data=${mounted}`,
      '--stdout=allow',
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    await wasmToolsValidate(bytes!);
    expect((await runComponent(bytes!, { args: ['/data/a.txt'] })).stdout).toBe('from the mount\n');
  });

  it('one interface imported at two versions is served by one export at the newer', async () => {
    const app = await assembleWat(watFile('env-two-versions.wat'));
    const served = await virtualize(app, ['-e', 'ONLY=1', '--arg', 'x']);
    expect({ code: served.code, stderr: served.stderr }).toEqual({ code: 0, stderr: '' });
    await wasmToolsValidate(served.bytes!);
    expect(importNames(served.bytes!)).toEqual([]);
    // run() succeeds only when it sees exactly one variable and an argument.
    expect((await runComponent(served.bytes!)).exitCode).toBe(0);
    const none = await virtualize(app, ['--arg', 'x']);
    expect((await runComponent(none.bytes!)).exitCode).toBe(1);

    // Forwarded to the host, both are asked for once, at the newer version.
    const passed = await virtualize(app, ['--allow-env=ONLY']);
    expect({ code: passed.code, stderr: passed.stderr }).toEqual({ code: 0, stderr: '' });
    await wasmToolsValidate(passed.bytes!);
    expect(importNames(passed.bytes!)).toEqual(['wasi:cli/environment@0.2.12']);
    const filtered = await runComponent(passed.bytes!, { args: ['x'], env: { ONLY: '1', B: '2' } });
    expect(filtered.exitCode).toBe(0);
  });

  it('an interface the adapter must serve at a version it does not know is one clear line', async () => {
    const app = withWasiVersions(await readFile(fixture('env-args')), (name) =>
      name.startsWith('wasi:cli/environment') ? '0.2.99' : undefined,
    );
    const { code, stderr } = await virtualize(app, ['--allow-stdio', '--allow-fs']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `wasi-virt: error: the component imports wasi:cli/environment@0.2.99, a version this tool cannot virtualize (it serves ${WASI_VERSIONS[0]} to ${WASI_VERSIONS.at(-1)}): leave wasi:cli/environment to the host with the policy\n`,
    );
  });

  it('a component mixing 0.2 and 0.3 gets an adapter per series: the report shows both plans', async () => {
    const input = fixture('mixed-p3');
    const out = join(scratch, `out-${runs++}.wasm`);
    const { code, stdout, stderr } = await cli(input, '-o', out, '-e', 'A=B', '--allow-exit');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const bytes = await readFile(out);
    await wasmToolsValidate(bytes);
    // Each series' environment is virtual; exit, allowed, is the host's at 0.3.
    expect(importNames(bytes)).toEqual(['wasi:cli/exit@0.3.0']);
    expect(stdout).toContain(
      'virtualized (WASI 0.2.12):\n  wasi:cli/environment@0.2.12: get-environment\n',
    );
    expect(stdout).toContain(
      'virtualized (WASI 0.3.0):\n  wasi:cli/environment@0.3.0: get-environment\n  wasi:cli/exit@0.3.0: passed through to the host\n',
    );
  });

  it('the mounted files go only into an adapter that serves the filesystem: once for a mixed component reading files at one series, never for a component reading none', async () => {
    // A file of one marker repeated: the output holds it once per adapter that embeds it.
    const marker = Buffer.from('wasi-virt mixed mount marker\n');
    const dir = join(scratch, 'marked');
    await mkdir(dir);
    await writeFile(join(dir, 'marked.txt'), marker);
    for (const series of ['0.2.12', '0.3.0']) {
      const other = series === '0.3.0' ? '0.2.12' : '0.3.0';
      const app = await witDummyComponent(
        [
          `  import wasi:filesystem/preopens@${series};`,
          `  import wasi:cli/environment@${other};`,
        ].join('\n'),
      );
      if (!app) return;
      const { code, stderr, bytes } = await virtualize(app, [
        '-e',
        'A=B',
        '--mount',
        `/data=${dir}`,
      ]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      await wasmToolsValidate(bytes!);
      expect(occurrences(Buffer.from(bytes!), marker)).toBe(1);
    }
    // A component that reads no files at all gets none of them, and is told so.
    const { code, stderr, bytes } = await virtualize(await readFile(fixture('config-app')), [
      '--mount',
      `/data=${dir}`,
    ]);
    expect({ code, stderr }).toEqual({
      code: 0,
      stderr:
        'wasi-virt: warning: the component imports no wasi:filesystem, so the --mount trees are not embedded (nothing could read them)\n',
    });
    expect(occurrences(Buffer.from(bytes!), marker)).toBe(0);
  });

  it('limits of 0.3 apply to what the component imports at 0.3: --debug traces the 0.2 calls and says so, a writable /tmp is fine', async () => {
    const input = fixture('mixed-p3');
    const out = join(scratch, `out-${runs++}.wasm`);
    const debug = await cli(input, '-o', out, '--debug', '-e', 'A=B');
    expect(debug.code).toBe(0);
    expect(debug.stderr).toBe(
      "wasi-virt: warning: --debug traces the component's WASI 0.2 calls only: its 0.3.0 calls are not traced yet\n",
    );
    // The trace writes to the host's stderr at 0.2, which the gate lets through for --debug only.
    expect(importNames(await readFile(out))).toEqual([
      'wasi:io/error@0.2.12',
      'wasi:io/streams@0.2.12',
      'wasi:cli/stderr@0.2.12',
    ]);
    expect((await cli(input, '-o', out, '--hermetic', '-q')).code).toBe(0);
    // Hermetic leaves exit to the host, and nothing else.
    expect(importNames(await readFile(out))).toEqual(['wasi:cli/exit@0.3.0']);
  });
});

/** The 0.2 apps among the fixtures (not plugs, not WASI 0.3 apps), proxies aside: they refuse denied HTTP by design. */
const FIXTURES = FIXTURE_NAMES.filter(
  (name) => !/plug|stdout-root|import-free|http-static|-p3$/.test(name),
);

/** Policies from deny-all to allow-all, through each subsystem's modes. */
const POLICIES: string[][] = [
  [],
  ['--allow-all'],
  ['--allow-all', '--stdio=ignore'],
  ['--allow-env', '-e', 'A=1'],
  ['--allow-stdio', '--allow-fs'],
  ['--stdout=allow', '--mount', '/data=MOUNT'],
  ['--allow-clocks', '--allow-random', '--allow-exit', '--stdio=ignore'],
  ['--allow-sockets', '--allow-http', '--stdout=allow'],
  ['--allow-sockets', '--allow-http', '--allow-stdio', '--allow-fs'],
  ['--allow-config', '-c', 'k=v', '--debug'],
];

describe('property: any mix of 0.2.0 to 0.2.12 virtualizes under any policy', () => {
  it('every output validates and imports only 0.2.x WASI', async () => {
    const apps = new Map<string, Uint8Array>();
    for (const name of FIXTURES) apps.set(name, await readFile(fixture(name)));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FIXTURES),
        // One version per interface name, drawn from a pool keyed by the name's hash.
        fc.array(fc.constantFrom(...WASI_VERSIONS), { minLength: 16, maxLength: 16 }),
        fc.constantFrom(...POLICIES),
        async (name, versions, policy) => {
          const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
          const app = withWasiVersions(apps.get(name)!, (n) =>
            n.startsWith('wasi:config/')
              ? undefined
              : versions[hash(interfaceOf(n)) % versions.length],
          );
          const flags = policy.map((f) => f.replace('MOUNT', mounted));
          const { code, stderr, bytes } = await virtualize(app, flags);
          expect({
            name,
            flags,
            code,
            stderr: stderr.replace(/^wasi-virt: warning: .*\n/gm, ''),
          }).toEqual({
            name,
            flags,
            code: 0,
            stderr: '',
          });
          await wasmToolsValidate(bytes!);
          for (const imported of importNames(bytes!).filter((n) => n.startsWith('wasi:'))) {
            expect(imported).toMatch(/@0\.2\.(\d|1[0-2])(-draft)?$/);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 600_000);
});
