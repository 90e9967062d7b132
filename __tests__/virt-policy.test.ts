import { describe, expect, it } from '@jest/globals';
import { parse as parseToml, stringify } from 'smol-toml';
import { readFile } from 'node:fs/promises';
import { readComponent } from '../src/component/read/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { noFlags, normalizeArgv, patchFromFlags, type VirtFlags } from '../src/cli/virt-flags.js';
import { policyToData } from '../src/policy/policy-data.js';
import { patchFromData } from '../src/policy/read-options.js';
import { applyPatches, denyAllPolicy, hostPolicy } from '../src/policy/policy.js';
import { CONFIG_MAGIC, encodeConfigBlob, layoutFiles } from '../src/virt/config-blob.js';
import { emptyMountTree } from '../src/virt/mount-tree.js';
import { adapterSettings, planVirtualization } from '../src/virt/plan.js';
import { fixture } from './support/paths.js';

const flags = (extra: Partial<VirtFlags>): VirtFlags => ({ ...noFlags(), ...extra });

describe('WASI-Virt-compatible flags', () => {
  it('attach the implicit value of bare optional-value flags, so the component path stays an argument', () => {
    expect(
      normalizeArgv(
        ['--allow-env', 'app.wasm', '--allow-clocks', '--allow-env=HOME', '--', '--allow-exit'],
        new Set(),
      ),
    ).toEqual([
      '--allow-env=true',
      'app.wasm',
      '--allow-clocks=true',
      '--allow-env=HOME',
      '--',
      '--allow-exit',
    ]);
  });

  it('take a mode or boolean word as the next argument, and nothing else', () => {
    expect(
      normalizeArgv(
        ['--stdout', 'allow', 'app.wasm', '--stdio', 'app.wasm', '--stderr', 'ignore'],
        new Set(),
      ),
    ).toEqual(['--stdout=allow', 'app.wasm', '--stdio=allow', 'app.wasm', '--stderr=ignore']);
    expect(
      normalizeArgv(
        ['--allow-clocks', 'false', '--allow-all', 'app.wasm', '--stdin', 'true'],
        new Set(),
      ),
    ).toEqual(['--allow-clocks=false', '--allow-all=true', 'app.wasm', '--stdin=allow', 'true']);
    // A name list cannot be told from a component path: --allow-env takes one only after '='.
    expect(normalizeArgv(['--allow-env', 'HOME'], new Set())).toEqual(['--allow-env=true', 'HOME']);
  });

  it("read WASI-Virt's --out as --output, but leave flags' values and what follows -- alone", () => {
    expect(
      normalizeArgv(
        ['--out', 'a.wasm', '--out=b.wasm', '--arg', '--out', '--arg', '--stdout', '--', '--out'],
        new Set(['--arg']),
      ),
    ).toEqual([
      '--output',
      'a.wasm',
      '--output=b.wasm',
      '--arg',
      '--out',
      '--arg',
      '--stdout',
      '--',
      '--out',
    ]);
  });

  it('map onto one policy, over the CLI default of denying everything', () => {
    const policy = applyPatches(
      denyAllPolicy(),
      patchFromFlags(
        flags({
          allowEnv: 'HOME,USER',
          env: ['A=1,B=2', 'C=x,y'],
          allowClocks: 'true',
          arg: ['app', '-v'],
          cwd: '/srv',
        }),
      ),
    );
    expect(policy.env).toEqual({
      mode: 'allow',
      names: ['HOME', 'USER'],
      overrides: { A: '1', B: '2', C: 'x,y' },
    });
    expect(policy.access).toMatchObject({
      clocks: 'allow',
      exit: 'deny',
      random: 'deny',
      fs: 'deny',
    });
    expect(policy).toMatchObject({ args: ['app', '-v'], cwd: '/srv', config: { mode: 'none' } });
  });

  it('--allow-all opens everything, and later flags still narrow it', () => {
    const policy = applyPatches(
      denyAllPolicy(),
      patchFromFlags(flags({ allowAll: 'true', allowExit: 'false', denyConfig: 'secret' })),
    );
    expect(policy.access).toMatchObject({
      exit: 'deny',
      clocks: 'allow',
      random: 'allow',
      http: 'allow',
    });
    expect(policy.env.mode).toBe('all');
    expect(policy.config).toEqual({ mode: 'deny', names: ['secret'], overrides: {} });
  });

  it.each([
    [flags({ env: ['NOEQUALS'] }), /-e\/--env 'NOEQUALS' must be KEY=VALUE/],
    [flags({ allowClocks: 'yes' }), /--allow-clocks takes true or false/],
    [flags({ allowEnv: 'A', denyEnv: 'B' }), /--allow-env and --deny-env cannot be combined/],
    [flags({ allowEnv: 'A,,B' }), /empty name/],
    [flags({ passiveCutoff: '1.5M' }), /--passive-cutoff takes a size in bytes .* not '1\.5M'/],
    [flags({ passiveCutoff: '5G' }), /at most 4G/],
  ])('reject bad values (%#)', (bad, message) => {
    expect(() => patchFromFlags(bad)).toThrow(message);
  });
});

describe('policy files', () => {
  const toml = `
allow-clocks = true
stdio = "ignore"
stdout = "allow"
wasi-version = "0.2.3"
passive-cutoff = "64K"
[env]
allow = ["HOME"]
set = { GREETING = "hi" }
args = ["app"]
[config]
deny = ["secret"]
[mounts]
"/data" = "./site"
[imports]
deny = ["wasi:sockets/*"]
`;

  it('read into a patch with the same meaning as the flags', () => {
    const policy = applyPatches(denyAllPolicy(), patchFromData(parseToml(toml), 'p.toml'));
    expect(policy).toMatchObject({
      env: { mode: 'allow', names: ['HOME'], overrides: { GREETING: 'hi' } },
      config: { mode: 'deny', names: ['secret'] },
      args: ['app'],
      wasiVersion: '0.2.3',
      passiveCutoff: 65536,
      access: { clocks: 'allow', exit: 'deny' },
      imports: { deny: ['wasi:sockets/*'] },
      stdio: { stdin: 'ignore', stdout: 'allow', stderr: 'ignore' },
      mounts: [{ guest: '/data', host: './site' }],
    });
  });

  it('flags override the file', () => {
    const policy = applyPatches(
      denyAllPolicy(),
      patchFromData(parseToml(toml), 'p.toml'),
      patchFromFlags(flags({ allowEnv: 'true', allowClocks: 'false' })),
    );
    expect(policy.env).toEqual({ mode: 'all', names: [], overrides: { GREETING: 'hi' } });
    expect(policy.access.clocks).toBe('deny');
  });

  it('--print-policy output reads back to the same policy', () => {
    const policy = applyPatches(denyAllPolicy(), patchFromData(parseToml(toml), 'p.toml'));
    const printed = stringify(policyToData(policy));
    expect(
      applyPatches(denyAllPolicy(), patchFromData(parseToml(printed), 'printed.toml')),
    ).toEqual(policy);
  });

  it.each([
    [{ env: { allow: ['A'], deny: ['B'] } }, /'env.allow' and 'env.deny' cannot be combined/],
    [{ env: { set: { A: 1 } } }, /'env.set.A' must be a string/],
    [{ 'allow-clock': true }, /unknown key 'allow-clock'/],
    [{ env: { cwd: 3 } }, /'env.cwd' must be a string/],
  ])('reject bad files (%#)', (data, message) => {
    expect(() => patchFromData(data, 'bad.toml')).toThrow(message);
  });
});

describe('the virtualization plan', () => {
  /** Deny-all but for I/O, which stays the host's: the plan then leaves I/O alone. */
  const hostIo = () =>
    applyPatches(denyAllPolicy(), {
      stdio: { stdin: 'allow', stdout: 'allow', stderr: 'allow' },
      access: { fs: 'allow' },
    });
  const appImports = async (name: string) =>
    describeComponent(readComponent(await readFile(fixture(name)))).imports;

  it('serves only the interfaces and functions the app imports, at its version', async () => {
    const plan = planVirtualization(hostIo(), await appImports('env-args'));
    expect(plan.wasiVersion).toBe('0.2.12');
    expect(plan.interfaces.map((i) => [i.name, i.exported, i.forwarded])).toEqual([
      ['wasi:cli/environment@0.2.12', ['get-environment', 'get-arguments'], ['get-arguments']],
      ['wasi:cli/exit@0.2.12', ['exit'], []],
      ['wasi:clocks/wall-clock@0.2.12', [], []],
      // Denied exit traps, and says so first on the app's stderr, the host's: the adapter writes with the host's.
      ['wasi:cli/stderr@0.2.12', [], ['get-stderr']],
      ['wasi:io/streams@0.2.12', [], ['[method]output-stream.blocking-write-and-flush']],
      ['wasi:io/error@0.2.12', [], ['[resource-drop]error']],
    ]);
    expect(plan.interfaces.filter((i) => i.importOnly).map((i) => i.name)).toEqual([
      'wasi:cli/stderr@0.2.12',
      'wasi:io/streams@0.2.12',
      'wasi:io/error@0.2.12',
    ]);
  });

  it('passes allowed subsystems through untouched', async () => {
    const policy = applyPatches(hostIo(), {
      access: { clocks: 'allow', exit: 'allow', random: 'allow' },
    });
    const plan = planVirtualization(policy, await appImports('clocks-random'));
    expect(plan.interfaces).toEqual([]);
    expect(plan.passedThrough).toContain('wasi:io/streams@0.2.12');
    expect(plan.passedThrough).toEqual(
      expect.arrayContaining([
        'wasi:cli/exit@0.2.12',
        'wasi:random/random@0.2.12',
        'wasi:clocks/wall-clock@0.2.12',
        'wasi:clocks/monotonic-clock@0.2.12',
      ]),
    );
  });

  it('serves fixed time and seeded random itself, importing neither, even when the policy allows them', async () => {
    const policy = applyPatches(hostIo(), {
      access: { clocks: 'allow', exit: 'allow', random: 'allow' },
      fixedTime: '2024-05-01T12:00:00Z',
      randomSeed: '42',
    });
    const plan = planVirtualization(policy, await appImports('clocks-random'));
    expect(plan.interfaces.map((i) => [i.name, i.exported, i.forwarded])).toEqual([
      ['wasi:random/random@0.2.12', ['get-random-bytes'], []],
      ['wasi:clocks/wall-clock@0.2.12', ['now'], []],
      // The app subscribes to nothing: the virtual clock needs no pollables, so I/O stays the host's.
      ['wasi:clocks/monotonic-clock@0.2.12', ['now'], []],
    ]);
    expect(plan.settings.deniedImports).toEqual(
      expect.arrayContaining(['wasi:random/*#*', 'wasi:clocks/*#*']),
    );
    expect(plan.passedThrough).toContain('wasi:io/streams@0.2.12');
  });

  it('forwards to the host only what the policy lets through', async () => {
    const imports = await appImports('env-args');
    const allowList = applyPatches(hostIo(), {
      env: { mode: 'allow', names: ['HOME'] },
      args: ['fixed'],
    });
    expect(planVirtualization(allowList, imports).interfaces[0]!.forwarded).toEqual([
      'get-environment',
    ]);
    expect(planVirtualization(hostPolicy(), imports).interfaces).toEqual([]);
  });

  it('once any I/O is virtualized, owns the whole I/O group, forwarding only what the stdio modes allow', async () => {
    const policy = applyPatches(denyAllPolicy(), { stdio: { stdout: 'allow' } });
    const plan = planVirtualization(policy, await appImports('stdio'));
    const entry = (id: string) => plan.interfaces.find((i) => i.iface.id === id);
    expect(plan.interfaces.map((i) => i.iface.id)).toEqual(
      expect.arrayContaining([
        'wasi:io/streams',
        'wasi:cli/stdin',
        'wasi:cli/stdout',
        'wasi:cli/terminal-stdout',
        'wasi:filesystem/types',
        'wasi:filesystem/preopens',
      ]),
    );
    expect(entry('wasi:cli/stdout')!.forwarded).toEqual(['get-stdout']);
    expect(entry('wasi:cli/stdin')!.forwarded).toEqual([]);
    expect(entry('wasi:io/streams')!.forwarded).toContain('[resource-drop]output-stream');
    expect(entry('wasi:filesystem/preopens')!.forwarded).toEqual([]);
    expect(
      planVirtualization(
        applyPatches(denyAllPolicy(), {
          stdio: { stdin: 'ignore', stdout: 'ignore', stderr: 'ignore' },
        }),
        await appImports('stdio'),
      ).interfaces.every((i) => i.forwarded.length === 0),
    ).toBe(true);
  });

  it('without an app, serves every interface at the chosen version, and refuses unknown versions', () => {
    const plan = planVirtualization(applyPatches(denyAllPolicy(), { wasiVersion: '0.2.3' }));
    expect(plan.interfaces.map((i) => i.name)).toContain('wasi:clocks/monotonic-clock@0.2.3');
    expect(plan.interfaces.map((i) => i.name)).toContain('wasi:config/store@0.2.0-draft');
    expect(() =>
      planVirtualization(applyPatches(denyAllPolicy(), { wasiVersion: '0.4.0' })),
    ).toThrow(/unknown WASI version '0.4.0': choose one of 0.2.0 to 0.2.12, or 0.3.0/);
  });
});

describe('the configuration blob', () => {
  it('follows adapter/CONFIG.md: header, sorted overrides, lists and strings at absolute addresses', () => {
    const policy = applyPatches(denyAllPolicy(), {
      env: { mode: 'deny', names: ['SECRET'], overrides: { Z: '26', A: '1' } },
      args: ['x'],
      cwd: '/w',
    });
    const base = 0x10000;
    const blob = encodeConfigBlob(adapterSettings(policy), base);
    const view = new DataView(blob.buffer);
    const u32 = (offset: number) => view.getUint32(offset, true);
    const text = (ptr: number, len: number) =>
      new TextDecoder().decode(blob.subarray(ptr - base, ptr - base + len));
    expect([u32(0), u32(4), u32(8)]).toEqual([CONFIG_MAGIC, 9, blob.length]);
    expect(u32(12)).toBe(3);
    const [overrides, count] = [u32(16), u32(20)];
    expect(count).toBe(2);
    const entry = (i: number) =>
      [0, 8].map((o) =>
        text(u32(overrides - base + i * 16 + o), u32(overrides - base + i * 16 + o + 4)),
      );
    expect([entry(0), entry(1)]).toEqual([
      ['A', '1'],
      ['Z', '26'],
    ]);
    expect(text(u32(u32(24) - base), u32(u32(24) - base + 4))).toBe('SECRET');
    expect([u32(32), u32(52), u32(60)]).toEqual([0, 1, 1]);
    expect([u32(64), text(u32(68), u32(72))]).toEqual([2, '/w']);
    expect([u32(76), u32(80), u32(84)]).toEqual([2, 2, 2]);
    // No fixed time, no seed: clocks.mode and random.mode 0; no socket rule, no writable tree.
    expect([u32(112), u32(116), u32(156), u32(164)]).toEqual([0, 0, 0, 0]);
  });

  it('lists the writable trees at 160: root node and quota, 4 GiB as 4 GiB - 1', () => {
    const tree = {
      ...emptyMountTree(),
      writable: [
        { node: 3, quota: 65536 },
        { node: 9, quota: 2 ** 32 },
      ],
    };
    const base = 0x10000;
    const blob = encodeConfigBlob(adapterSettings(denyAllPolicy()), base, tree);
    const view = new DataView(blob.buffer);
    const u32 = (offset: number) => view.getUint32(offset, true);
    const [list, count] = [u32(160) - base, u32(164)];
    expect(count).toBe(2);
    expect([0, 4, 8, 12].map((o) => u32(list + o))).toEqual([3, 65536, 9, 0xffff_ffff]);
  });

  it('holds the fixed instant as a datetime and the seed as a u64 (--fixed-time, --random-seed)', () => {
    const policy = applyPatches(denyAllPolicy(), {
      fixedTime: '2106-02-07T06:28:16.000000007Z', // 2^32 seconds: the high word is 1
      randomSeed: '18446744073709551614',
    });
    const blob = encodeConfigBlob(adapterSettings(policy), 0x10000);
    const view = new DataView(blob.buffer);
    const u32 = (offset: number) => view.getUint32(offset, true);
    expect([u32(112), u32(116)]).toEqual([1, 1]);
    expect([view.getBigUint64(120, true), u32(128)]).toEqual([2n ** 32n, 7]);
    expect(view.getBigUint64(136, true)).toBe(2n ** 64n - 2n);
  });

  it('lays out files below the passive cutoff in memory and the rest as passive segments (kind 5, a = ordinal)', () => {
    const tree = emptyMountTree();
    const root = tree.nodes.addDir('');
    tree.preopens.push({ path: '/data', node: root });
    const dir = tree.files.addDir('/data', '');
    const file = (name: string, size: number) => {
      const contents = tree.files.addBytes(dir, tree.nodes.names.add(name), new Uint8Array(size));
      tree.nodes.children(root).push(tree.nodes.addFile(name, root, contents));
    };
    file('a', 10);
    file('big', 100);
    file('c', 3);
    const layout = layoutFiles(tree, 0x20001, 100);
    // By file: a and c in memory, big the first passive segment.
    expect([...layout.at]).toEqual([0x20008, 0, 0x20018]);
    expect([...layout.stored]).toEqual([0, 2]);
    expect(layout).toMatchObject({ passive: [1], end: 0x2001b });
    const base = 0x10000;
    const blob = encodeConfigBlob(adapterSettings(denyAllPolicy()), base, tree, layout);
    const view = new DataView(blob.buffer);
    const node = (i: number) =>
      [0, 16, 20].map((o) => view.getUint32(view.getUint32(96, true) - base + i * 24 + o, true));
    expect([node(1), node(2), node(3)]).toEqual([
      [2, 0x20008, 10],
      [5, 0, 100],
      [2, 0x20018, 3],
    ]);
  });
});
