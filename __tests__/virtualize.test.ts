import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { componentWit } from '@bytecodealliance/jco-transpile/wasm-tools';
import { readComponent } from '../src/component/read/read-component.js';
import { describeComponent, type ExternItem } from '../src/inspect/component-interface.js';
import { WasiVirt } from '../src/library/wasi-virt.js';
import { cli } from './support/cli.js';
import { fixture } from './support/paths.js';
import { withWasiVersion } from './support/reversion.js';
import { callExport, runComponent } from './support/runner.js';
import { wasmToolsValidate } from './support/wasm-tools.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'virtualize-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

let outputs = 0;
/** Runs the CLI's main command on a fixture and returns the output component, checked by wasm-tools. */
async function virt(app: string | Uint8Array, ...flags: string[]): Promise<Uint8Array> {
  let path = app;
  if (typeof app !== 'string') await writeFile((path = join(scratch, `app-${outputs}.wasm`)), app);
  const out = join(scratch, `out-${outputs++}.wasm`);
  const { code, stderr } = await cli(path as string, '-o', out, ...flags);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  const bytes = await readFile(out);
  await wasmToolsValidate(bytes);
  return bytes;
}

/** Leaves I/O to the host, for tests about other subsystems. */
const HOST_IO = ['--allow-stdio', '--allow-fs'];

const imports = (bytes: Uint8Array): ExternItem[] =>
  describeComponent(readComponent(bytes)).imports;
const hostEnv = { HOME: '/home/host', PATH: '/usr/bin', SECRET: 's3cret', A: 'host-a' };
const envLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('env '));

describe('wasi:cli/environment', () => {
  it("none: no variables reach the component; its arguments stay the caller's", async () => {
    const run = await runComponent(await virt(fixture('env-args'), ...HOST_IO), {
      args: ['one'],
      env: hostEnv,
    });
    expect(run.stdout).toBe('arg[0]=component\narg[1]=one\n');
  });

  it('none + overrides: only the overrides, sorted by key', async () => {
    const run = await runComponent(
      await virt(fixture('env-args'), ...HOST_IO, '-e', 'Z=26', '-e', 'A=1'),
      {
        env: hostEnv,
      },
    );
    expect(envLines(run.stdout)).toEqual(['env A=1', 'env Z=26']);
  });

  it("all: the host's variables, with overrides first and winning", async () => {
    const passthrough = await virt(fixture('env-args'), ...HOST_IO, '--allow-env');
    expect(envLines((await runComponent(passthrough, { env: hostEnv })).stdout)).toEqual([
      'env HOME=/home/host',
      'env PATH=/usr/bin',
      'env SECRET=s3cret',
      'env A=host-a',
    ]);
    const overridden = await virt(fixture('env-args'), ...HOST_IO, '--allow-env', '-e', 'A=1');
    expect(envLines((await runComponent(overridden, { env: hostEnv })).stdout)).toEqual([
      'env A=1',
      'env HOME=/home/host',
      'env PATH=/usr/bin',
      'env SECRET=s3cret',
    ]);
  });

  it("allow list and deny list filter the host's, overrides first", async () => {
    const allow = await virt(fixture('env-args'), ...HOST_IO, '--allow-env=HOME,A', '-e', 'X=1');
    expect(envLines((await runComponent(allow, { env: hostEnv })).stdout)).toEqual([
      'env X=1',
      'env HOME=/home/host',
      'env A=host-a',
    ]);
    const deny = await virt(fixture('env-args'), ...HOST_IO, '--deny-env=SECRET', '-e', 'X=1');
    expect(envLines((await runComponent(deny, { env: hostEnv })).stdout)).toEqual([
      'env X=1',
      'env HOME=/home/host',
      'env PATH=/usr/bin',
      'env A=host-a',
    ]);
  });

  it('--arg bakes the arguments and removes the host import of get-arguments', async () => {
    const bytes = await virt(
      fixture('env-args'),
      ...HOST_IO,
      '--arg',
      'baked',
      '--arg',
      'two words',
    );
    expect((await runComponent(bytes, { args: ['from-host'] })).stdout).toBe(
      'arg[0]=baked\narg[1]=two words\n',
    );
    expect(imports(bytes).find((i) => i.name.startsWith('wasi:cli/environment'))).toBeUndefined();
  });
});

describe('wasi:config/store, against a host configuration', () => {
  const hostConfig = { db: 'postgres://host', secret: 'hunter2', mode: 'host' };
  const dump = async (bytes: Uint8Array) =>
    (await callExport(bytes, 'get-all-text', [], { hostConfig })).result;
  const lookup = async (bytes: Uint8Array, key: string) =>
    (await callExport(bytes, 'lookup', [key], { hostConfig })).result;

  it('none: nothing; none + overrides: only the overrides', async () => {
    const none = await virt(fixture('config-app'));
    expect([await dump(none), await lookup(none, 'db')]).toEqual(['', 'none']);
    const overrides = await virt(fixture('config-app'), '-c', 'mode=virtual', '-c', 'app=1');
    expect([
      await dump(overrides),
      await lookup(overrides, 'mode'),
      await lookup(overrides, 'db'),
    ]).toEqual(['app=1\nmode=virtual\n', 'some:virtual', 'none']);
  });

  it("all, allow list and deny list: the host's, filtered, overrides first and winning", async () => {
    const all = await virt(fixture('config-app'), '--allow-config', '-c', 'mode=virtual');
    expect([await dump(all), await lookup(all, 'mode'), await lookup(all, 'secret')]).toEqual([
      'mode=virtual\ndb=postgres://host\nsecret=hunter2\n',
      'some:virtual',
      'some:hunter2',
    ]);
    const allow = await virt(fixture('config-app'), '--allow-config=db');
    expect([await dump(allow), await lookup(allow, 'db'), await lookup(allow, 'secret')]).toEqual([
      'db=postgres://host\n',
      'some:postgres://host',
      'none',
    ]);
    const deny = await virt(fixture('config-app'), '--deny-config=secret');
    expect([await dump(deny), await lookup(deny, 'secret'), await lookup(deny, 'mode')]).toEqual([
      'db=postgres://host\nmode=host\n',
      'none',
      'some:host',
    ]);
  });
});

describe('exit, random and clocks', () => {
  it('denied exit traps; allowed exit exits', async () => {
    expect(
      await runComponent(await virt(fixture('exit-code'), ...HOST_IO), { args: ['3'] }),
    ).toMatchObject({
      trapped: true,
      stdout: 'exit 3\n',
    });
    expect(
      await runComponent(await virt(fixture('exit-code'), ...HOST_IO, '--allow-exit'), {
        args: ['3'],
      }),
    ).toMatchObject({ trapped: false, exitCode: 1 });
  });

  it('denied clocks or random trap; allowed ones work', async () => {
    expect(await runComponent(await virt(fixture('clocks-random'), ...HOST_IO))).toMatchObject({
      trapped: true,
      stdout: '',
    });
    expect(
      await runComponent(await virt(fixture('clocks-random'), ...HOST_IO, '--allow-clocks')),
    ).toMatchObject({ trapped: true });
    const allowed = await runComponent(
      await virt(fixture('clocks-random'), ...HOST_IO, '--allow-clocks', '--allow-random'),
    );
    expect(allowed).toMatchObject({ trapped: false, exitCode: 0 });
    expect(allowed.stdout).toMatch(
      /^wall \d{10}\nmonotonic-elapsed-ns \d+\nrandom [0-9a-f]{32}\n$/,
    );
  });
});

describe('with no flags', () => {
  it.each(['env-args', 'clocks-random', 'exit-code', 'stdio', 'cat-files'])(
    '%s keeps no host import of env, cwd, exit, random or clocks',
    async (name) => {
      const out = imports(await virt(fixture(name)));
      const functions = (prefix: string) =>
        out.filter((i) => i.name.startsWith(prefix)).flatMap((i) => i.functions ?? ['(types)']);
      expect(functions('wasi:cli/environment')).not.toContain('get-environment');
      expect(functions('wasi:cli/environment')).not.toContain('initial-cwd');
      expect(functions('wasi:cli/exit')).toEqual([]);
      expect(functions('wasi:random/')).toEqual([]);
      expect(functions('wasi:clocks/')).toEqual([]);
    },
  );

  it('prints what it virtualized and the same import list as the reader', async () => {
    const out = join(scratch, 'printed.wasm');
    const { code, stdout } = await cli(fixture('clocks-random'), '-o', out, ...HOST_IO);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'virtualized (WASI 0.2.12):\n  wasi:cli/exit@0.2.12: exit\n  wasi:random/random@0.2.12: get-random-bytes\n',
    );
    const printed = [...stdout.matchAll(/^(wasi:\S+)\s+.*(?:pass|FAIL)/gm)].map((m) => m[1]);
    expect(printed).toEqual(imports(await readFile(out)).map((i) => i.name));
    expect(stdout).toMatch(/^PASS: /m);
  });
});

describe('WASI versions', () => {
  it.each(['0.2.0', '0.2.3'])(
    'a fixture re-versioned to @%s virtualizes at that version and runs',
    async (version) => {
      const app = withWasiVersion(await readFile(fixture('env-args')), version);
      const bytes = await virt(app, ...HOST_IO, '-e', 'V=1');
      expect(
        imports(bytes).every((i) => !i.name.startsWith('wasi:') || i.name.endsWith(`@${version}`)),
      ).toBe(true);
      expect(await componentWit(bytes)).toContain(`export wasi:cli/run@${version};`);
      expect((await runComponent(bytes, { env: hostEnv })).stdout).toContain('env V=1\n');
    },
  );

  it('without a component, --wasi-version decides and an unknown one is an error', async () => {
    const adapter = join(scratch, 'adapter-0.2.3.wasm');
    expect((await cli('-o', adapter, ...HOST_IO, '--wasi-version', '0.2.3')).code).toBe(0);
    expect(imports(await readFile(adapter)).map((i) => i.name)).toEqual(
      expect.arrayContaining(['wasi:cli/environment@0.2.3']),
    );
    const { code, stderr } = await cli(
      '-o',
      join(scratch, 'never.wasm'),
      '--wasi-version',
      '0.2.99',
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      "wasi-virt: error: unknown WASI version '0.2.99': choose one of 0.2.0 to 0.2.12, or 0.3.0\n",
    );
  });
});

describe('the library API', () => {
  it("leaves untouched subsystems to the host, like WASI-Virt's", async () => {
    const virt = new WasiVirt();
    virt
      .env()
      .allow(['HOME'])
      .overrides([['GREETING', 'hi']]);
    const { output, plan } = await virt.finish(await readFile(fixture('env-args')));
    expect(plan.interfaces.map((i) => i.name)).toEqual(['wasi:cli/environment@0.2.12']);
    expect(imports(output!).map((i) => i.name)).toContain('wasi:cli/exit@0.2.12');
    expect(envLines((await runComponent(output!, { env: hostEnv })).stdout)).toEqual([
      'env GREETING=hi',
      'env HOME=/home/host',
    ]);
  });
});

describe('bad input: one clear line, exit 2, no output file', () => {
  it.each([
    [['--allow-everything'], /^wasi-virt: error: unknown option '--allow-everything'/],
    [['-e', 'NOEQUALS'], /^wasi-virt: error: -e\/--env 'NOEQUALS' must be KEY=VALUE/],
    [['--wasi-version', '0.4.0'], /^wasi-virt: error: unknown WASI version '0.4.0'/],
    [['--allow-clocks=maybe'], /^wasi-virt: error: --allow-clocks takes true or false/],
    [['--passive-cutoff', '-1'], /^wasi-virt: error: --passive-cutoff takes a size in bytes/],
  ])('%j', async (flags, message) => {
    const out = join(scratch, 'bad.wasm');
    const { code, stderr } = await cli(fixture('env-args'), '-o', out, ...flags);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect((await readdir(scratch)).includes('bad.wasm')).toBe(false);
  });

  it('an unreadable component', async () => {
    const { code, stderr } = await cli(
      join(scratch, 'missing.wasm'),
      '-o',
      join(scratch, 'bad.wasm'),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/^wasi-virt: error: '.*missing\.wasm' does not exist/);
  });
});

describe('initial-cwd', () => {
  const cwdOf = async (...flags: string[]) => {
    const adapter = join(scratch, `cwd-${outputs++}.wasm`);
    expect((await cli('-o', adapter, ...HOST_IO, ...flags)).code).toBe(0);
    const bytes = await readFile(adapter);
    const call = await callExport(bytes, 'wasi:cli/environment@0.2.12#initial-cwd', []);
    return {
      cwd: call.result,
      hostImport: imports(bytes).some((i) => i.functions?.includes('initial-cwd')),
    };
  };

  it("is none by default, the host's under --allow-env, and baked by --cwd", async () => {
    expect(await cwdOf()).toEqual({ cwd: undefined, hostImport: false });
    expect(await cwdOf('--allow-env=HOME')).toEqual({ cwd: '/', hostImport: true });
    expect(await cwdOf('--allow-env', '--cwd', '/srv/app')).toEqual({
      cwd: '/srv/app',
      hostImport: false,
    });
  });
});

describe('the output gate', () => {
  it('fails with exit 1 when the output imports what the policy file denies, naming the import and rule', async () => {
    const policy = join(scratch, 'gate.toml');
    await writeFile(policy, '[imports]\ndeny = ["wasi:filesystem/*"]\n');
    const out = join(scratch, 'gated.wasm');
    const { code, stdout } = await cli(
      fixture('env-args'),
      '-o',
      out,
      ...HOST_IO,
      '--policy',
      policy,
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^wasi:filesystem\/types@0\.2\.12\s+\*\s+FAIL\s+policy imports\.deny 'wasi:filesystem\/\*'$/m,
    );
    expect((await readdir(scratch)).includes('gated.wasm')).toBe(true);
    expect(
      (await cli(fixture('env-args'), '-o', out, '--policy', policy, '--no-verify')).code,
    ).toBe(0);
  });
});

describe("the gate a policy's denials imply", () => {
  it('passes an interface imported only for its types, and names any function of it imported', async () => {
    // Without an app, the adapter forwards the filesystem, whose types use wall-clock's datetime:
    // the output imports wasi:clocks/wall-clock for that type, and no clock function.
    const out = join(scratch, 'types-only.wasm');
    const flags = ['--allow-all', '--allow-clocks=false', '--stdout=ignore'];
    const { code, stdout } = await cli('-o', out, ...flags);
    expect(code).toBe(0);
    const clocks = imports(await readFile(out)).filter((i) => i.interface?.package === 'clocks');
    expect(clocks.map((i) => [i.interface?.id, i.typesOnly])).toEqual([
      ['wasi:clocks/wall-clock', true],
      ['wasi:clocks/monotonic-clock', true],
    ]);
    expect(stdout).toMatch(/^wasi:clocks\/wall-clock@0\.2\.12\s+pass$/m);
    // The same rule still stops a clock function that reaches the output.
    const gate = await cli('check', fixture('clocks-random'), '--deny', 'wasi:clocks/*#*');
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(/^wasi:clocks\/wall-clock@0\.2\.12\s+now\s+FAIL\s/m);
  });
});
