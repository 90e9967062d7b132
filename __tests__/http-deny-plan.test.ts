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

describe('the specialised adapter for a denied HTTP client', () => {
  /** The specialised core module's exports that are a bare `unreachable`, by name. */
  async function trapExports(policy: Policy, name: string): Promise<string[]> {
    const plan = planVirtualization(policy, await appImports(name));
    const witSource = adapterWit(plan);
    const dummy = await componentEmbed({ dummy: true, witSource, world: ADAPTER_WORLD });
    const { core } = specializeAdapter(await loadAdapterModule(), plan, policy, undefined, dummy);
    const m = binaryen.readBinary(core);
    try {
      return Array.from({ length: m.getNumExports() }, (_, i) =>
        binaryen.getExportInfo(m.getExportByIndex(i)),
      )
        .filter((e) => e.kind === binaryen.ExternalFunction)
        .filter((e) => {
          const body = binaryen.getFunctionInfo(m.getFunction(e.value)).body;
          return binaryen.getExpressionId(body) === binaryen.UnreachableId;
        })
        .map((e) => e.name)
        .sort();
    } finally {
      m.dispose();
    }
  }

  it('traps in exactly what only a sent request leads to', async () => {
    const types = 'wasi:http/types@0.2.12#';
    expect(await trapExports(hostIo(), 'http-probe')).toEqual([
      `${types}[dtor]future-incoming-response`,
      `${types}[dtor]incoming-response`,
      `${types}[method]future-incoming-response.get`,
      `${types}[method]future-incoming-response.subscribe`,
      `${types}[method]incoming-response.status`,
    ]);
  });
});
