import binaryen from 'binaryen';
import { regionOf, type Bytes } from '../component/write/bytes.js';
import { alignTo } from './align.js';
import { encodeConfigBlob, layoutFiles } from './config-blob.js';
import type { MountTree, TreeNode } from './mount-tree.js';
import type { AdapterSettings, VirtPlan } from './plan.js';
import { readCoreModule } from '../component/read/core-module.js';
import { addTrapExports, exportsOf, functionsOf } from './trap-exports.js';
import { addSegments, definePassiveData, isDataInit } from './passive-data.js';
import { TRACE_EXPORTS, traceNameBytes, tracedExports, wrapExports } from './trace.js';
import { argKindsFor } from './trace-args.js';
import { resultShapeFor } from './trace-shapes.js';
import { BRIDGE_EXPORTS } from './http-proxy-names.js';
import { writesDenials } from './denials.js';
import {
  deniedExports,
  separateDenials,
  textsOf,
  trapDenials,
  withDenialNames,
} from './denied-traps.js';

const PAGE = 65536;
const CONFIG_GLOBAL = 'wasi_virt_config';
const HEAP_GLOBAL = 'wasi_virt_heap_start';
/** The linker's end of static data, exported by the adapter build for this step only. */
const HEAP_BASE = '__heap_base';
/** Exports the component model needs whatever the world: the memory and the allocator. */
const RUNTIME_EXPORTS = new Set(['memory', 'cabi_realloc']);

/** The wasm features the adapter's C build uses. */
export const ADAPTER_FEATURES =
  binaryen.Features.MutableGlobals |
  binaryen.Features.SignExt |
  binaryen.Features.BulkMemory |
  binaryen.Features.Multivalue;

/** `wasi:cli/environment@0.2.12#get-environment` → ['wasi:cli/environment', 'get-environment']. */
function splitCoreName(name: string): [string, string] | undefined {
  const match = /^([^@#]+)@[^#]+#(.+)$/.exec(name);
  return match ? [match[1]!, match[2]!] : undefined;
}

function exportedGlobal(m: binaryen.Module, name: string): binaryen.GlobalInfo {
  const exp = m.getExport(name);
  if (!exp)
    throw new Error(
      `the adapter module has no '${name}' export; rebuild it with npm run build:adapter`,
    );
  return binaryen.getGlobalInfo(m.getGlobal(binaryen.getExportInfo(exp).value));
}

function setGlobal(m: binaryen.Module, global: binaryen.GlobalInfo, value: number): void {
  m.removeGlobal(global.name);
  m.addGlobal(global.name, global.type, global.mutable, m.i32.const(value));
}

/**
 * The data the specialised module leaves to the binary level (core-data.ts),
 * so binaryen never holds it: the active segments (the configuration, the
 * trace's names and the mounted files kept in memory) and the passive files'
 * contents in segment order.
 */
export interface ModuleData {
  active: { address: number; data: Bytes }[];
  passive: Bytes[];
}

/** The globals the generator sets (adapter/CONFIG.md) and the end of the adapter's data. */
interface LayoutGlobals {
  config: binaryen.GlobalInfo;
  heap: binaryen.GlobalInfo;
  heapBase: number;
}

/** Reads the layout globals and removes their exports (the generator's only). */
function takeLayoutGlobals(m: binaryen.Module): LayoutGlobals {
  const globals = {
    config: exportedGlobal(m, CONFIG_GLOBAL),
    heap: exportedGlobal(m, HEAP_GLOBAL),
    heapBase: Number(
      (binaryen.getExpressionInfo(exportedGlobal(m, HEAP_BASE).init) as binaryen.ConstInfo).value,
    ),
  };
  for (const name of [CONFIG_GLOBAL, HEAP_GLOBAL, HEAP_BASE]) m.removeExport(name);
  return globals;
}

/** The trace functions' internal names, by export name, with the exports removed. */
function takeTraceFunctions(m: binaryen.Module): Record<(typeof TRACE_EXPORTS)[number], string> {
  const functions = Object.fromEntries(
    TRACE_EXPORTS.map((name) => {
      const exp = m.getExport(name);
      if (!exp)
        throw new Error(
          `the adapter module has no '${name}' export; rebuild it with npm run build:adapter`,
        );
      return [name, binaryen.getExportInfo(exp).value];
    }),
  ) as Record<(typeof TRACE_EXPORTS)[number], string>;
  for (const name of TRACE_EXPORTS) m.removeExport(name);
  return functions;
}

/**
 * Lays out the configuration blob after the adapter's data, then `extra` bytes
 * (the trace's names), then the mounted files kept in memory, points the
 * adapter at the blob and moves its heap past all. The bytes themselves are
 * returned for the binary level.
 */
function writeConfiguration(
  m: binaryen.Module,
  globals: LayoutGlobals,
  settings: AdapterSettings,
  tree: MountTree,
  extra: Uint8Array,
): ModuleData & { extraAt: number } {
  const base = alignTo(globals.heapBase, 16);
  // The blob's size does not depend on the addresses it holds: measure it, then lay the rest out after it.
  const size = encodeConfigBlob(settings, base, tree).length;
  const extraAt = alignTo(base + size, 16);
  const layout = layoutFiles(tree, alignTo(extraAt + extra.length, 16), settings.passiveCutoff);
  const blob = encodeConfigBlob(settings, base, tree, layout);
  const heapStart = alignTo(layout.end, 16);
  setGlobal(m, globals.config, base);
  setGlobal(m, globals.heap, heapStart);

  // One free page above it all, so the heap need not grow at once.
  addSegments(m, [], Math.ceil(heapStart / PAGE) + 1);
  const contents = (node: number) => (tree.nodes[node] as TreeNode & { kind: 'file' }).contents;
  // One segment for it all: a header per file would cost more than the padding between them.
  const region = regionOf(layout.end - base, [
    { at: 0, bytes: blob },
    { at: extraAt - base, bytes: extra },
    ...layout.stored.map((node) => ({
      at: layout.addresses.get(node)! - base,
      bytes: contents(node),
    })),
  ]);
  return {
    active: [{ address: base, data: region }],
    passive: layout.passive.map(contents),
    extraAt,
  };
}

/** `[dtor]descriptor` → resource `descriptor`; other names → undefined. */
const destructorOf = (fn: string) => /^\[dtor\](.+)$/.exec(fn)?.[1];

/**
 * The C code's variant of an export for when the plan forwards the function to
 * the host (sockets or HTTP allowed around virtualized I/O): the same name with
 * `[forward]` in front (`[forward]wasi:sockets/tcp-create-socket@0.2.12#create-tcp-socket`).
 * A destructor's variant is for when the plan forwards the resource's drop.
 */
const FORWARD = '[forward]';

/** An export's interface id and function, if it is the variant `plan` forwards or a plain export. */
function usableExport(name: string, plan: VirtPlan): [string, string, boolean] | undefined {
  const forward = name.startsWith(FORWARD);
  const parts = splitCoreName(forward ? name.slice(FORWARD.length) : name);
  if (!parts || !forward) return parts && [...parts, false];
  const [id, fn] = parts;
  const resource = destructorOf(fn);
  const host = resource ? `[resource-drop]${resource}` : fn;
  const forwarded = plan.interfaces.some((v) => v.iface.id === id && v.forwarded.includes(host));
  return forwarded ? [id, fn, true] : undefined;
}

/**
 * Keeps the planned exports (renamed to the app's versions), the destructors of
 * the resources planned interfaces define, the runtime exports and, for a proxy,
 * the bridge; drops the rest. Where the C code has a `[forward]` variant the
 * plan uses, it wins.
 */
export function selectExports(m: binaryen.Module, plan: VirtPlan): void {
  const chosen = new Map<string, string>();
  for (const exp of exportsOf(m)) {
    if (RUNTIME_EXPORTS.has(exp.name) || (plan.proxy && BRIDGE_EXPORTS.includes(exp.name)))
      continue;
    m.removeExport(exp.name);
    const usable = usableExport(exp.name, plan);
    if (!usable || exp.kind !== binaryen.ExternalFunction) continue;
    const [id, fn, forward] = usable;
    const resource = destructorOf(fn);
    const planned = plan.interfaces.find(
      (v) =>
        v.iface.id === id &&
        !v.importOnly &&
        (resource ? v.iface.types.includes(`resource ${resource}`) : v.exported.includes(fn)),
    );
    if (!planned) continue;
    const name = `${planned.name}#${fn}`;
    if (forward || !chosen.has(name)) chosen.set(name, exp.value);
  }
  for (const [name, fn] of chosen) m.addFunctionExport(fn, name);
}

/**
 * Whether the plan serves a function the adapter's C code does not export (the
 * methods of a denied socket): only then does the generator need wit-component's
 * dummy module to make traps from (addTrapExports).
 */
export function lacksPlannedExports(adapter: Uint8Array, plan: VirtPlan): boolean {
  const present = new Set(
    readCoreModule(adapter, 0, adapter.length)
      .exports.map((e) => usableExport(e.name, plan))
      .filter((parts) => parts !== undefined)
      .map(([id, fn]) => `${id}#${fn}`),
  );
  return plan.interfaces.some(
    (v) => !v.importOnly && v.exported.some((fn) => !present.has(`${v.iface.id}#${fn}`)),
  );
}

/** `[resource-new]descriptor` (or `-rep`, `-drop`) → resource `descriptor`; other names → undefined. */
const resourceOfIntrinsic = (fn: string) => /^\[resource-(?:new|rep|drop)\](.+)$/.exec(fn)?.[1];

/**
 * Keeps host imports the plan forwards and the resource intrinsics of the
 * resources the interfaces it exports declare (both renamed to the app's
 * versions); the rest become traps for the optimizer to drop. A resource the
 * app's import does not have is not declared: no function the app can call
 * hands one out (the C code may still refer to its constructor, e.g. through
 * a table of wrappers).
 */
function selectImports(m: binaryen.Module, plan: VirtPlan): void {
  const functions = functionsOf(m);
  for (const fn of functions) {
    if (!fn.module || isDataInit(fn)) continue;
    const ownResource = fn.module.startsWith('[export]');
    const [id, base] = [fn.module.replace(/^\[export\]/, '').split('@')[0], fn.base ?? ''];
    const declares = (types: string[]) => {
      const resource = resourceOfIntrinsic(base);
      return resource === undefined || types.includes(resource);
    };
    const planned = plan.interfaces.find(
      (v) =>
        v.iface.id === id &&
        (ownResource ? !v.importOnly && declares(v.types) : v.forwarded.includes(base)),
    );
    m.removeFunction(fn.name);
    if (planned) {
      m.addFunctionImport(
        fn.name,
        `${ownResource ? '[export]' : ''}${planned.name}`,
        base,
        fn.params,
        fn.results,
      );
    } else {
      m.addFunction(fn.name, fn.params, fn.results, [], m.unreachable());
    }
  }
  retypeTableEntries(m);
}

/**
 * Re-adds the element segments, so that a table entry naming an import that became a
 * defined function (a trap) refers to it with the defined function's type, as binaryen's
 * validator requires. The adapter's C build has one active segment at a constant offset.
 */
function retypeTableEntries(m: binaryen.Module): void {
  const segments = Array.from({ length: m.getNumElementSegments() }, (_, i) =>
    binaryen.getElementSegmentInfo(m.getElementSegmentByIndex(i)),
  );
  for (const segment of segments) {
    const offset = segment.table ? binaryen.getExpressionInfo(segment.offset) : undefined;
    if (offset && offset.id !== binaryen.ConstId)
      throw new Error(`the adapter's element segment ${segment.name} has no constant offset`);
    m.removeElementSegment(segment.name);
    if (!offset) m.addPassiveElementSegment(segment.name, segment.data);
    else {
      const at = Number((offset as binaryen.ConstInfo).value);
      m.addActiveElementSegment(segment.table, segment.name, segment.data, m.i32.const(at));
    }
  }
}

/**
 * Specialises the prebuilt adapter core module to a plan and a policy: the
 * policy's data goes in as configuration, exports and host imports are cut
 * down to what the plan needs, and binaryen removes the code nothing reaches.
 */
export function specializeAdapter(
  adapter: Uint8Array,
  plan: VirtPlan,
  tree: MountTree = { preopens: [], nodes: [], files: [] },
  /** wit-component's dummy module for the adapter's world: the signatures of exports the C leaves out. */
  dummy?: Uint8Array,
): { core: Uint8Array; data: ModuleData } {
  const m = binaryen.readBinary(adapter);
  try {
    m.setFeatures(ADAPTER_FEATURES);
    const globals = takeLayoutGlobals(m);
    const trace = takeTraceFunctions(m);
    selectExports(m, plan);
    const generated = dummy
      ? addTrapExports(m, dummy, (id) => plan.interfaces.find((v) => v.iface.id === id)?.name)
      : [];
    const { debug } = plan.settings;
    const denials = deniedExports(plan, generated);
    const writes = writesDenials(plan);
    const denialTexts = textsOf(denials, debug, writes);
    const traced = debug ? tracedExports(m) : [];
    const results = traced.map(resultShapeFor(plan));
    // The trace's names, the result shapes it has, then the denials' texts, in one run of bytes.
    const shapeTexts = results.flatMap((r) => (r ? [r.shape] : []));
    const texts = denialTexts.filter((t) => t !== undefined);
    const names = traceNameBytes([...traced, ...shapeTexts, ...texts]);
    const { extraAt, ...data } = writeConfiguration(m, globals, plan.settings, tree, names.bytes);
    let nextText = traced.length + shapeTexts.length;
    const placed = denialTexts.map((t) => {
      if (t === undefined) return undefined;
      const span = names.spans[nextText++]!;
      return { at: extraAt + span.offset, length: span.length };
    });
    trapDenials(m, denials, writes ? { fn: trace.wasi_virt_denied, messages: placed } : undefined);
    if (traced.length > 0) {
      let next = traced.length;
      const shapes = results.map(
        (r) => r && { at: names.spans[next++]!.offset, indirect: r.indirect },
      );
      const denied = traced.map((name) => placed[denials.findIndex((d) => d.name === name)]);
      wrapExports(m, trace, traced, extraAt, names.spans, argKindsFor(plan), shapes, denied);
    }
    selectImports(m, plan);
    binaryen.setOptimizeLevel(2);
    binaryen.setShrinkLevel(2);
    m.optimize();
    separateDenials(m, denials);
    definePassiveData(m, data.passive.length);
    if (!m.validate())
      throw new Error('the specialised adapter does not validate (an internal error)');
    return { core: withDenialNames(m.emitBinary(), denials), data };
  } finally {
    m.dispose();
  }
}
