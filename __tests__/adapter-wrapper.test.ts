import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { componentEmbed, componentNew } from '@bytecodealliance/jco-transpile/wasm-tools';
import { readComponent } from '../src/component/read/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { patchFromTexts } from '../src/policy/read-options.js';
import { applyPatches, denyAllPolicy, hostPolicy } from '../src/policy/policy.js';
import { loadAdapterModule } from '../src/virt/adapter-module.js';
import { ADAPTER_WORLD, adapterWit, adapterWorld } from '../src/virt/adapter-wit.js';
import { generateAdapter, planAdapter } from '../src/virt/generate-adapter.js';
import { passthroughAdapter } from '../src/virt/passthrough-adapter.js';
import { specializeAdapter } from '../src/virt/specialize-adapter.js';
import { functionType, readModuleModel } from '../src/component/core/module-model.js';
import { adapterSettings } from '../src/virt/plan.js';
import type { VirtPlan } from '../src/virt/plan-model.js';
import { WASI_INTERFACES } from '../src/virt/wasi-interfaces.js';
import { declaredNames } from '../src/virt/wit-declarations.js';
import { liftedCoreType } from '../src/virt/wrap/core-signature.js';
import { wrapAdapter } from '../src/virt/wrap/wrap-adapter.js';
import { fixture } from './support/paths.js';
import { withWasiVersions } from './support/reversion.js';
import { findWasmTools, wasmToolsValidate } from './support/wasm-tools.js';

// The oracle for the adapter's component wrapper (src/virt/wrap/): for the same specialised core
// module, the component we write has the WIT that wit-component's (jco's componentEmbed +
// componentNew) has, and validates. jco is used here only.

const run = promisify(execFile);
let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'adapter-wrapper-'));
  await writeFile(join(scratch, 'a.txt'), 'mounted\n');
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const policyOf = (flags: string[]) => {
  const given = new Map<string, string[]>();
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    const name = eq < 0 ? flag : flag.slice(0, eq);
    given.set(name, [...(given.get(name) ?? []), eq < 0 ? 'true' : flag.slice(eq + 1)]);
  }
  return applyPatches(
    denyAllPolicy(),
    patchFromTexts(
      (o) => given.get(o.name),
      (o) => `--${o.name}`,
    ),
  );
};

let files = 0;
/** `wasm-tools component wit` of a component. */
async function witOf(bytes: Uint8Array): Promise<string> {
  const file = join(scratch, `c${files++}.wasm`);
  await writeFile(file, bytes);
  return (await run(findWasmTools()!, ['component', 'wit', file])).stdout;
}

/**
 * WIT text with its lines trimmed, each `use` split into one per name, and sorted: the same
 * declarations whatever their order. wit-component declares an imported interface's types in
 * the order its functions first need them, the wrapper in the order the WIT has them.
 */
const declarations = (wit: string) =>
  wit
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap((line) => {
      const use = /^use (\S+)\.\{(.*)\};$/.exec(line);
      return use ? use[2]!.split(', ').map((n) => `use ${use[1]}.{${n}};`) : [line];
    })
    .sort();

const app = async (name: string) => new Uint8Array(await readFile(fixture(name)));

const CASES: [string, () => Promise<Uint8Array | undefined>, string[]][] = [
  ['deny-all, env-args', () => app('env-args'), []],
  ['env vars allowed and set, env-args', () => app('env-args'), ['allow-env=HOME', 'env=A=1']],
  [
    'a mount, stdout allowed, cat-files',
    () => app('cat-files'),
    ['mount=/data=MOUNT', 'stdout=allow'],
  ],
  ['stdio ignored, stdio', () => app('stdio'), ['stdio=ignore']],
  ['stdin denied, stdout allowed, stdio', () => app('stdio'), ['stdin=deny', 'stdout=allow']],
  ['allow-all, env-args', () => app('env-args'), ['allow-all']],
  [
    'sockets allowed around virtual stdio, net-echo',
    () => app('net-echo'),
    ['allow-sockets', 'stdio=ignore'],
  ],
  ['sockets denied, sockets-probe', () => app('sockets-probe'), []],
  ['http allowed, http-fetch', () => app('http-fetch'), ['allow-http', 'stdout=allow']],
  [
    'http patterns, http-fetch',
    () => app('http-fetch'),
    ['allow-http=https://*.example.com', 'stdout=allow'],
  ],
  [
    'a proxy around a mount, http-static',
    () => app('http-static'),
    ['allow-http', 'mount=/www=MOUNT', 'stdout=allow'],
  ],
  ['--debug, cat-files', () => app('cat-files'), ['debug', 'mount=/data=MOUNT']],
  [
    'a mixed-version app (filesystem at 0.2.0)',
    async () =>
      withWasiVersions(await app('cat-files'), (name) =>
        name.startsWith('wasi:filesystem/') ? '0.2.0' : undefined,
      ),
    ['mount=/data=MOUNT', 'stdout=allow'],
  ],
  ['adapter only, deny-all', async () => undefined, []],
  ['adapter only, stdio ignored', async () => undefined, ['stdio=ignore']],
  [
    'fixed time and random seed, clocks-random',
    () => app('clocks-random'),
    ['fixed-time=2020-01-01T00:00:00Z', 'random-seed=7'],
  ],
];

describe('the adapter component wrapper', () => {
  it.each(CASES)('%s: validates and has the WIT wit-component gives it', async (_, load, flags) => {
    const bytes = await load();
    const policy = policyOf(flags.map((f) => f.replace('MOUNT', scratch)));
    const plan = await planAdapter(policy, bytes && readComponent(bytes));
    const { core } = specializeAdapter(await loadAdapterModule(), plan);
    const ours = wrapAdapter(core, adapterWorld(plan)).bytes;
    await wasmToolsValidate(ours);
    if (!findWasmTools()) return;
    const witSource = adapterWit(plan);
    const theirs = await componentNew(
      await componentEmbed({ binary: core, witSource, world: ADAPTER_WORLD }),
    );
    expect(declarations(await witOf(ours))).toEqual(declarations(await witOf(theirs)));
  });

  it.each([
    ['cat-files', ['stdout=allow']],
    ['http-static', ['allow-http', 'stdout=allow']],
  ])(
    'the generated adapter for %s with its data (a mount) added validates',
    async (name, flags) => {
      const policy = policyOf([`mount=/data=${scratch}`, ...flags]);
      const generated = await generateAdapter({ policy, app: readComponent(await app(name)) });
      const bytes = generated.adapter!.bytes();
      await wasmToolsValidate(bytes);
      // The mounted file's bytes are in the module, and the structure is the component without them.
      expect(Buffer.from(bytes).includes('mounted\n')).toBe(true);
      expect(Buffer.from(generated.adapter!.structure).includes('mounted\n')).toBe(false);
      expect(readComponent(bytes).exports.map((e) => e.name.name)).toEqual(
        readComponent(generated.adapter!.structure).exports.map((e) => e.name.name),
      );
    },
  );

  it('the pass-through adapter imports every stable function of the command world and exports the imports', async () => {
    const bytes = passthroughAdapter('0.2.3');
    await wasmToolsValidate(bytes);
    const { imports, exports } = describeComponent(readComponent(bytes));
    expect(exports.map((e) => e.name)).toEqual(imports.map((i) => i.name));
    expect(imports.map((i) => i.name)).toContain('wasi:filesystem/types@0.2.3');
    expect(imports.some((i) => i.name.startsWith('wasi:http/'))).toBe(false);
    const exit = imports.find((i) => i.name === 'wasi:cli/exit@0.2.3')!;
    expect(exit.functions).toEqual(['exit']);
  });

  it("gives every WASI function the core signature wit-component's dummy module exports it with", async () => {
    const version = '0.2.12';
    const plan: VirtPlan = {
      wasiVersion: version,
      settings: adapterSettings(hostPolicy()),
      packageVersions: {},
      passedThrough: [],
      interfaces: WASI_INTERFACES.map((iface) => {
        const v = iface.role === 'config' ? '0.2.0-draft' : version;
        return {
          iface,
          name: `${iface.id}@${v}`,
          version: v,
          exported: Object.keys(iface.functions),
          forwarded: [],
          types: iface.types.flatMap(declaredNames),
        };
      }),
    };
    const dummy = readModuleModel(
      await componentEmbed({ dummy: true, witSource: adapterWit(plan), world: ADAPTER_WORLD }),
    );
    const compared: string[] = [];
    for (const exp of dummy.exports) {
      // wit-component's mangling: cm32p2|wasi:io/streams@0.2|[method]input-stream.read
      const mangled = /^cm32p2\|([^|@]+)(?:@[^|]*)?\|(.+)$/.exec(exp.name);
      if (exp.kind !== 'func' || !mangled || /_(post|dtor)$/.test(mangled[2]!)) continue;
      const iface = WASI_INTERFACES.find((i) => i.id === mangled[1])!;
      expect({ fn: exp.name, type: liftedCoreType(iface, mangled[2]!) }).toEqual({
        fn: exp.name,
        type: functionType(dummy, exp.index),
      });
      compared.push(exp.name);
    }
    expect(compared.length).toBe(
      WASI_INTERFACES.reduce((n, i) => n + Object.keys(i.functions).length, 0),
    );
  });
});
