import { compactModule } from '../component/core/compact-module.js';
import { exportNamed } from '../component/core/module-edit.js';
import {
  copyModel,
  i32Constant,
  importedGlobals,
  type CoreModuleModel,
} from '../component/core/module-model.js';
import { writeModuleModel } from '../component/core/write-module.js';
import { ByteWriter } from '../component/write/byte-writer.js';
import { regionOf, type Bytes } from '../component/write/bytes.js';
import {
  chooseExports,
  keptImportModule,
  TRACE_EXPORTS,
  type TraceFunctions,
} from './adapter-exports.js';
import { alignTo } from './align.js';
import { encodeConfigBlob, layoutFiles, storedFileBytes } from './config-blob.js';
import { writesDenials } from './denials.js';
import { deniedExports, textsOf, trapDenials, withDenialNames } from './denied-traps.js';
import { emptyMountTree, type MountTree } from './mount-tree.js';
import { isDataInit, passiveDataAccessor } from './passive-data.js';
import type { AdapterSettings, VirtPlan } from './plan.js';
import { prebuiltModel } from './prebuilt-model.js';
import { traceNameBytes, tracedExports, wrapExports } from './trace.js';
import { argKindsFor } from './trace-args.js';
import { resultShapeFor } from './trace-shapes.js';
import { addTrapExports } from './trap-exports.js';

const PAGE = 65536;
const CONFIG_GLOBAL = 'wasi_virt_config';
const HEAP_GLOBAL = 'wasi_virt_heap_start';
/** The linker's end of static data, exported by the adapter build for this step only. */
const HEAP_BASE = '__heap_base';

/**
 * The data the specialised module leaves to the binary level (core-data.ts):
 * the active segments (the configuration, the trace's names and the mounted
 * files kept in memory) and the passive files' contents in segment order.
 */
export interface ModuleData {
  active: { address: number; data: Bytes }[];
  passive: Bytes[];
}

/** The global an export names, as an index into the module's own globals. */
function ownGlobal(m: CoreModuleModel, name: string): number {
  const index = exportNamed(m, name).index - importedGlobals(m);
  if (!m.globals[index]) throw new Error(`the adapter's '${name}' is not a global it defines`);
  return index;
}

/** `global = value`, as the global's initializer (`i32.const value; end`). */
function setGlobal(m: CoreModuleModel, global: number, value: number): void {
  const init = new ByteWriter()
    .u8(0x41)
    .s33(value | 0)
    .u8(0x0b)
    .toBytes();
  m.globals[global] = { ...m.globals[global]!, init };
}

/** The globals the generator sets (adapter/CONFIG.md) and the end of the adapter's data. */
interface LayoutGlobals {
  config: number;
  heap: number;
  heapBase: number;
}

function layoutGlobals(m: CoreModuleModel): LayoutGlobals {
  return {
    config: ownGlobal(m, CONFIG_GLOBAL),
    heap: ownGlobal(m, HEAP_GLOBAL),
    heapBase: i32Constant(m.globals[ownGlobal(m, HEAP_BASE)]!.init),
  };
}

/**
 * Lays out the configuration blob after the adapter's data (which ends at
 * `heapBase`), then `extra` bytes (the trace's names and the denials' texts),
 * then the mounted files kept in memory; points the adapter at the blob, moves
 * its heap past all and gives it one free page above. The bytes themselves are
 * returned for the binary level.
 */
function writeConfiguration(
  m: CoreModuleModel,
  { config, heap, heapBase }: LayoutGlobals,
  settings: AdapterSettings,
  tree: MountTree,
  extra: Uint8Array,
): ModuleData & { extraAt: number } {
  const base = alignTo(heapBase, 16);
  // The blob's size does not depend on the addresses it holds: measure it, then lay the rest out after it.
  const size = encodeConfigBlob(settings, base, tree).length;
  const extraAt = alignTo(base + size, 16);
  const layout = layoutFiles(tree, alignTo(extraAt + extra.length, 16), settings.passiveCutoff);
  const blob = encodeConfigBlob(settings, base, tree, layout);
  const heapStart = alignTo(layout.end, 16);
  setGlobal(m, config, base);
  setGlobal(m, heap, heapStart);
  if (!m.memory) throw new Error('the adapter module defines no memory');
  m.memory.min = Math.max(m.memory.min, Math.ceil(heapStart / PAGE) + 1);

  const stored = storedFileBytes(tree.files, layout);
  // One segment for it all: a header per file would cost more than the padding between them.
  const region = regionOf(layout.end - base, [
    { at: 0, bytes: blob },
    { at: extraAt - base, bytes: extra },
    { at: stored.address - base, bytes: stored.bytes },
  ]);
  return {
    active: [{ address: base, data: region }],
    passive: layout.passive.map((file) => tree.files.deferred(file)),
    extraAt,
  };
}

/** The trace functions' indices, by export name. */
function traceFunctions(m: CoreModuleModel): TraceFunctions {
  return Object.fromEntries(
    TRACE_EXPORTS.map((name) => [name, exportNamed(m, name).index]),
  ) as TraceFunctions;
}

/**
 * Specialises the prebuilt adapter core module to a plan and a policy, at the
 * binary level: the policy's data goes in as configuration, exports and host
 * imports are cut down to what the plan needs, denied functions become named
 * traps (and, with --debug, every served function is traced), and the code
 * nothing reaches is removed.
 */
export function specializeAdapter(
  adapter: Uint8Array,
  plan: VirtPlan,
  tree: MountTree = emptyMountTree(),
): { core: Uint8Array; data: ModuleData } {
  const m = copyModel(prebuiltModel(adapter));
  const trace = traceFunctions(m);
  const globals = layoutGlobals(m);
  m.exports = chooseExports(m.exports, plan);
  const generated = addTrapExports(m, plan);
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
  const accessor = passiveDataAccessor(data.passive.length);
  compactModule(m, (imp) =>
    isDataInit(imp) ? { define: accessor } : { keep: keptImportModule(imp.module, imp.name, plan) },
  );
  return { core: withDenialNames(writeModuleModel(m), denials), data };
}
