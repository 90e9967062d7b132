import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import binaryen from 'binaryen';
import { componentEmbed, componentNew } from '@bytecodealliance/jco-transpile/wasm-tools';
import { join } from 'node:path';
import { readComponent } from '../src/component/read/read-component.js';
import { describeComponent, type ComponentInterface } from '../src/inspect/component-interface.js';
import { applyPatches, denyAllPolicy, type Policy } from '../src/policy/policy.js';
import { loadAdapterModule } from '../src/virt/adapter-module.js';
import { ADAPTER_WORLD, adapterWit } from '../src/virt/adapter-wit.js';
import { planVirtualization } from '../src/virt/plan.js';
import { specializeAdapter } from '../src/virt/specialize-adapter.js';
import { virtualize } from '../src/pipeline/virtualize.js';
import { BRIDGE_EXPORTS } from '../src/virt/http-proxy-names.js';
import { http } from '../src/virt/subsystems/http.js';
import { fixture, ROOT } from './support/paths.js';
import { assembleWat, componentFromWat } from './support/wasm-tools.js';

const hostIo = (): Policy =>
  applyPatches(denyAllPolicy(), {
    stdio: { stdin: 'allow', stdout: 'allow', stderr: 'allow' },
    access: { fs: 'allow' },
  });
const described = (bytes: Uint8Array) => describeComponent(readComponent(bytes));
const appImports = async (name: string) => described(await readFile(fixture(name))).imports;
const wat = (name: string) => join(ROOT, '__tests__/wat', `${name}.wat`);
/** A proxy in miniature: it reads the request's path, drops the request and sets an empty response. */
const proxyHandler = async () => componentFromWat(wat('http-proxy-handler'));
/** An app's imports and exports, as planVirtualization takes them. */
const interfaceOf = (bytes: Uint8Array) => {
  const { imports, exports } = described(bytes);
  return [imports, exports] as const;
};
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
    // Only what writes a denied call's message on the app's stderr, the host's.
    expect(plan.interfaces.filter((i) => i.iface.role === 'io' && !i.importOnly)).toEqual([]);
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

  it("without a proxy, never forwards a proxy's resources, which cannot reach a client", () => {
    const types = planVirtualization(forwardingHttp()).interfaces.find(
      (i) => i.iface.id === 'wasi:http/types',
    )!;
    expect(types.exported).toContain('[method]incoming-request.method');
    expect(types.forwarded.filter((f) => /incoming-request|response-outparam/.test(f))).toEqual([]);
  });
});

const functionsOf = (m: binaryen.Module) =>
  Array.from({ length: m.getNumFunctions() }, (_, i) =>
    binaryen.getFunctionInfo(m.getFunctionByIndex(i)),
  );
const exportsOf = (m: binaryen.Module) =>
  Array.from({ length: m.getNumExports() }, (_, i) =>
    binaryen.getExportInfo(m.getExportByIndex(i)),
  );

/**
 * The specialised core module's function exports that are a bare `unreachable`, its
 * wasi:http imports, and the bridge exports it keeps, by name; wit-component makes it a
 * component first, checking every export's signature against the world.
 */
async function specialised(policy: Policy, app?: string | ComponentInterface) {
  const { imports, exports } =
    typeof app === 'string' ? { imports: await appImports(app), exports: [] } : (app ?? {});
  const plan = planVirtualization(policy, imports, exports);
  const witSource = adapterWit(plan);
  const { core } = specializeAdapter(await loadAdapterModule(), plan);
  await componentNew(await componentEmbed({ binary: core, witSource, world: ADAPTER_WORLD }));
  const m = binaryen.readBinary(core);
  try {
    const traps = exportsOf(m)
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
    const bridge = exportsOf(m)
      .map((e) => e.name)
      .filter((n) => BRIDGE_EXPORTS.includes(n));
    return { traps, hostHttp, bridge };
  } finally {
    m.dispose();
  }
}

describe('the adapter world', () => {
  it('exports an interface an exported one uses when it reaches another exported one (http/types → io/streams → io/error)', async () => {
    // Was: componentEmbed failed ("interface `wasi:http/types@0.2.12` transitively depends on an
    // interface in incompatible ways"): left out, io/streams was imported, with an io/error of its own.
    // An http/types import whose instance type the reader cannot resolve is served whole, so it
    // needs io/streams, which this app does not import.
    const imports = (await appImports('http-fetch'))
      .filter((i) =>
        /^wasi:(http\/.*|io\/(error|poll)|clocks\/monotonic-clock)$/.test(i.interface!.id),
      )
      .map((i) =>
        i.interface!.id === 'wasi:http/types'
          ? {
              name: i.name,
              kind: i.kind,
              interface: i.interface,
              offset: i.offset,
              functionsUnknown: true,
            }
          : i,
      );
    expect(imports.map((i) => i.interface!.id)).toContain('wasi:io/error');
    const plan = planVirtualization(forwardingHttp(), imports);
    expect(adapterWit(plan)).toMatch(/^ {2}export wasi:io\/streams@0\.2\.\d+;$/m);
    await specialised(forwardingHttp(), { imports, exports: [] });
  });
});

describe('the specialised adapter for an HTTP client', () => {
  it('denied: traps in exactly what only a sent request leads to, and calls no host HTTP', async () => {
    const types = 'wasi:http/types@0.2.12#';
    // The responses never exist, so their resources get no destructor at all (none to trap).
    expect(await specialised(hostIo(), 'http-probe')).toEqual({
      traps: [
        `${types}[method]future-incoming-response.get`,
        `${types}[method]future-incoming-response.subscribe`,
        `${types}[method]incoming-response.status`,
      ],
      hostHttp: [],
      bridge: [],
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

describe('a proxy (an app exporting wasi:http/incoming-handler)', () => {
  const handlerExport = 'wasi:http/incoming-handler@0.2.12';

  it('around virtualized I/O: forwards what it calls of the request and the outparam, every drop, and names its export', async () => {
    const plan = planVirtualization(forwardingHttp(), ...interfaceOf(await proxyHandler()));
    expect(plan.proxy).toEqual({ export: handlerExport });
    const types = plan.interfaces.find((i) => i.iface.id === 'wasi:http/types')!;
    expect(types.forwarded).toEqual([
      '[constructor]fields',
      '[method]incoming-request.path-with-query',
      '[constructor]outgoing-response',
      '[static]response-outparam.set',
      '[resource-drop]fields',
      '[resource-drop]incoming-request',
      '[resource-drop]response-outparam',
      '[resource-drop]outgoing-response',
    ]);
  });

  it("the adapter's host wasi:http/types declares both resources, even for a proxy that calls nothing", async () => {
    for (const app of [await proxyHandler(), await assembleWat(wat('http-proxy'))]) {
      const { adapter, plan } = await virtualize({
        policy: forwardingHttp(),
        app: { bytes: app, label: 'proxy' },
      });
      expect(plan.proxy).toEqual({ export: handlerExport });
      const host = described(adapter!.bytes()).imports.find(
        (i) => i.name === 'wasi:http/types@0.2.12',
      );
      expect(host?.resources).toEqual(
        expect.arrayContaining(['incoming-request', 'response-outparam']),
      );
    }
  });

  it('keeps the bridge exports in the specialised adapter for a proxy only, traps in nothing and calls the host for all it forwards', async () => {
    const app = await proxyHandler();
    const proxy = await specialised(forwardingHttp(), described(app));
    expect(proxy.bridge).toEqual(BRIDGE_EXPORTS);
    expect(proxy.traps).toEqual([]);
    const types = planVirtualization(forwardingHttp(), ...interfaceOf(app)).interfaces.find(
      (i) => i.iface.id === 'wasi:http/types',
    )!;
    expect(proxy.hostHttp).toEqual(types.forwarded.map((f) => `${types.name}#${f}`).sort());
    expect((await specialised(forwardingHttp(), 'http-fetch')).bridge).toEqual([]);
    expect((await specialised(forwardingHttp())).bridge).toEqual([]);
  });

  it('has a forwarding export for every function of the request and the outparam', async () => {
    const { imports, exports } = described(await proxyHandler());
    const every = Object.keys(http.interfaces[0]!.functions).filter((f) =>
      /^\[[a-z]+\](incoming-request|response-outparam)\./.test(f),
    );
    const app = {
      // consume's body is a resource the app then has too
      imports: imports.map((i) => ({
        ...i,
        functions: [...new Set([...i.functions!, ...every])],
        resources: [...i.resources!, 'incoming-body'],
      })),
      exports,
    };
    const { traps, hostHttp } = await specialised(forwardingHttp(), app);
    expect(traps).toEqual([]);
    expect(hostHttp).toEqual(
      expect.arrayContaining(every.map((f) => `wasi:http/types@0.2.12#${f}`)),
    );
  });

  it('refuses denied HTTP, and leaves HTTP and I/O left to the host untouched', async () => {
    const app = interfaceOf(await proxyHandler());
    expect(() => planVirtualization(denyAllPolicy(), ...app)).toThrow(
      `the component exports ${handlerExport}: the host makes the requests it handles, so wasi:http must be the host's (add --allow-http)`,
    );
    const host = planVirtualization(applyPatches(hostIo(), { access: { http: 'allow' } }), ...app);
    expect(host.proxy).toBeUndefined();
    expect(host.passedThrough).toEqual(['wasi:http/types@0.2.12']);
  });
});
