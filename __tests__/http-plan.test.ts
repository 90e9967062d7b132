import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import binaryen from 'binaryen';
import { componentEmbed } from '@bytecodealliance/jco-transpile/wasm-tools';
import { readComponent } from '../src/component/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { applyPatches, denyAllPolicy, type Policy } from '../src/policy/policy.js';
import { loadAdapterModule } from '../src/virt/adapter-module.js';
import { ADAPTER_WORLD, adapterWit } from '../src/virt/adapter-wit.js';
import { planVirtualization } from '../src/virt/plan.js';
import { specializeAdapter } from '../src/virt/specialize-adapter.js';
import { functionsOf } from '../src/virt/trap-exports.js';
import { fixture } from './support/paths.js';

const hostIo = (): Policy =>
  applyPatches(denyAllPolicy(), {
    stdio: { stdin: 'allow', stdout: 'allow', stderr: 'allow' },
    access: { fs: 'allow' },
  });
const appImports = async (name: string) =>
  describeComponent(readComponent(await readFile(fixture(name)))).imports;
const ids = (policy: Policy, imports?: Awaited<ReturnType<typeof appImports>>) =>
  planVirtualization(policy, imports).interfaces.map((i) => i.iface.id);
/** HTTP allowed, the host's stdout, stdin and stderr virtual: the adapter owns wasi:io. */
const forwardingHttp = (): Policy =>
  applyPatches(denyAllPolicy(), {
    stdio: { stdin: 'ignore', stdout: 'allow', stderr: 'ignore' },
    access: { http: 'allow' },
  });

describe('denied HTTP in the plan', () => {
  it('puts I/O in the adapter for an app that imports wasi:http, with the host stdio forwarded', async () => {
    const plan = planVirtualization(hostIo(), await appImports('http-probe'));
    const entry = (id: string) => plan.interfaces.find((i) => i.iface.id === id);
    expect(entry('wasi:http/outgoing-handler')!.exported).toEqual(['handle']);
    expect(entry('wasi:http/types')!.forwarded).toEqual([]);
    expect(entry('wasi:cli/stdout')!.forwarded).toEqual(['get-stdout']);
    expect(entry('wasi:io/streams')!.forwarded).toContain(
      '[method]output-stream.blocking-write-and-flush',
    );
  });

  it('leaves I/O to the host for an app without wasi:http under the same policy', async () => {
    const plan = planVirtualization(hostIo(), await appImports('stdio'));
    expect(plan.interfaces.filter((i) => i.iface.role === 'io')).toEqual([]);
    expect(plan.passedThrough).toContain('wasi:io/streams@0.2.12');
  });

  it('without an app, serves HTTP only when the policy puts I/O in the adapter anyway', () => {
    expect(ids(hostIo())).not.toContain('wasi:http/types');
    expect(ids(denyAllPolicy())).toEqual(
      expect.arrayContaining(['wasi:http/types', 'wasi:http/outgoing-handler', 'wasi:io/streams']),
    );
  });
});

describe('forwarded HTTP in the plan', () => {
  it('forwards what the app calls and the drops of the host resources it has, and the host streams and pollables', async () => {
    const plan = planVirtualization(forwardingHttp(), await appImports('http-fetch'));
    const entry = (id: string) => plan.interfaces.find((i) => i.iface.id === id)!;
    expect(entry('wasi:http/outgoing-handler').forwarded).toEqual(['handle']);
    const types = entry('wasi:http/types');
    expect(types.exported).toEqual(expect.arrayContaining(['[method]future-trailers.get']));
    expect(types.forwarded).toEqual([
      ...types.exported,
      '[resource-drop]fields',
      '[resource-drop]outgoing-request',
      '[resource-drop]request-options',
      '[resource-drop]incoming-response',
      '[resource-drop]incoming-body',
      '[resource-drop]future-trailers',
      '[resource-drop]outgoing-body',
      '[resource-drop]future-incoming-response',
    ]);
    expect(entry('wasi:io/streams').forwarded).toContain('[method]input-stream.blocking-read');
    expect(entry('wasi:io/poll').forwarded).toContain('poll');
    expect(plan.passedThrough).toEqual([]);
  });

  it("never forwards a proxy's resources, which cannot reach a client", () => {
    const types = planVirtualization(forwardingHttp()).interfaces.find(
      (i) => i.iface.id === 'wasi:http/types',
    )!;
    expect(types.exported).toContain('[method]incoming-request.method');
    expect(types.forwarded.filter((f) => /incoming-request|response-outparam/.test(f))).toEqual([]);
  });
});

describe('the specialised adapter for an HTTP client', () => {
  /** The specialised core module's function exports that are a bare `unreachable`, and its wasi:http imports, by name. */
  async function specialised(policy: Policy, name: string) {
    const plan = planVirtualization(policy, await appImports(name));
    const witSource = adapterWit(plan);
    const dummy = await componentEmbed({ dummy: true, witSource, world: ADAPTER_WORLD });
    const { core } = specializeAdapter(await loadAdapterModule(), plan, policy, undefined, dummy);
    const m = binaryen.readBinary(core);
    try {
      const traps = Array.from({ length: m.getNumExports() }, (_, i) =>
        binaryen.getExportInfo(m.getExportByIndex(i)),
      )
        .filter((e) => e.kind === binaryen.ExternalFunction)
        .filter((e) => {
          const body = binaryen.getFunctionInfo(m.getFunction(e.value)).body;
          return binaryen.getExpressionId(body) === binaryen.UnreachableId;
        })
        .map((e) => e.name)
        .sort();
      const hostHttp = functionsOf(m)
        .filter((f) => f.module?.startsWith('wasi:http/'))
        .map((f) => `${f.module}#${f.base}`)
        .sort();
      return { traps, hostHttp };
    } finally {
      m.dispose();
    }
  }

  it('denied: traps in exactly what only a sent request leads to, and calls no host HTTP', async () => {
    const types = 'wasi:http/types@0.2.12#';
    expect(await specialised(hostIo(), 'http-probe')).toEqual({
      traps: [
        `${types}[dtor]future-incoming-response`,
        `${types}[dtor]incoming-response`,
        `${types}[method]future-incoming-response.get`,
        `${types}[method]future-incoming-response.subscribe`,
        `${types}[method]incoming-response.status`,
      ],
      hostHttp: [],
    });
  });

  it('forwarded: traps in nothing, and calls the host for every function the app imports and its drops', async () => {
    const { traps, hostHttp } = await specialised(forwardingHttp(), 'http-probe');
    expect(traps).toEqual([]);
    const plan = planVirtualization(forwardingHttp(), await appImports('http-probe'));
    const forwarded = plan.interfaces
      .filter((i) => i.iface.role === 'http')
      .flatMap((i) => i.forwarded.map((f) => `${i.name}#${f}`))
      .sort();
    expect(hostHttp).toEqual(forwarded);
  });
});
