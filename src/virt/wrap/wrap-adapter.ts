import { FUNC_SORT as FUNC } from '../../component/ast.js';
import { I32 } from '../../component/core/code-writer.js';
import { readModuleModel, type FuncType } from '../../component/core/module-model.js';
import { concatBytes, type Bytes } from '../../component/write/bytes.js';
import { ComponentBuilder } from '../../component/write/component-builder.js';
import { coreModuleSection } from '../../component/write/core-data.js';
import type { AdapterWorld } from '../adapter-wit.js';
import {
  asyncBuiltinOf,
  AsyncBuiltinTypes,
  builtinCoreType,
  copiesValues,
  type AsyncBuiltin,
} from './async-builtins.js';
import {
  isPumpFunction,
  PUMP_MODULE,
  pumpComponent,
  pumpImportType,
  pumpNeedsMemory,
  type PumpFunction,
} from './async-pump.js';
import { abiNeeds, canonOptions } from './canon-abi.js';
import { exportOrder, writeExports } from './exports.js';
import { TypeAliases, writeImports } from './imports.js';
import { fixupModule, shimModule } from './indirect-table.js';
import { interfaceById } from './interface-decls.js';
import { DROP, EXPORTED, plannedImports } from './planned-imports.js';

/** The adapter component, and the same with its core module's bytes swapped for others. */
export interface WrappedAdapter {
  bytes: Uint8Array;
  /** The component's chunks with `module` (the same module with data added) in the module's place. */
  withModule(module: Bytes[]): Bytes[];
}

function pumpFunction(name: string): PumpFunction {
  if (!isPumpFunction(name))
    throw new Error(
      `internal: the adapter's module imports ${PUMP_MODULE} ${name}, which the pump lacks`,
    );
  return name;
}

/** A function the adapter's module is instantiated with through the shim's table. */
type Entry = { type: FuncType } & (
  | { lower: [string, string] }
  | { dtor: string }
  | { builtin: AsyncBuiltin; typeIndex: number }
  | { pump: PumpFunction }
);

/**
 * The adapter component around the specialised core module `core`, for `world`: what
 * wit-component would make of the module embedded with the world's WIT, written directly. The
 * host interfaces are imported with the functions the module calls and the types those and the
 * exports need; the module is instantiated with their lowerings and the intrinsics of the
 * resources it exports; each exported interface is lifted and exported through its own shim
 * component (export-shim.ts), in an order where an interface comes after those whose types it uses.
 */
export function wrapAdapter(
  core: Uint8Array,
  world: AdapterWorld,
  pumpModule?: Uint8Array,
): WrappedAdapter {
  const m = readModuleModel(core);
  const coreExports = new Set(m.exports.map((e) => e.name));
  const byName = new Map([...world.interfaces.values()].map((wi) => [wi.name, wi]));
  const worldOf = (name: string) => {
    const wi = byName.get(name);
    if (!wi)
      throw new Error(
        `internal: the adapter's module imports ${name}, which its world does not declare`,
      );
    return wi;
  };

  const exported = exportOrder(world);
  const imports = plannedImports(m.imports, world, exported, worldOf);

  const b = new ComponentBuilder();
  const aliases = new TypeAliases(b);
  const instances = writeImports(b, imports, aliases, world.series);
  const moduleChunk = b.nextChunk();
  const mainModule = b.coreModule(core);

  const entries: Entry[] = [];
  const entryOf = new Map<string, number>();
  const asyncTypes = new AsyncBuiltinTypes(b, world.series);
  const builtinTypeOf = (module: string, builtin: AsyncBuiltin) =>
    asyncTypes.typeOf(worldOf(module.slice(EXPORTED.length)).iface, builtin);
  for (const imp of m.imports) {
    const builtin = imp.module.startsWith(EXPORTED) ? asyncBuiltinOf(imp.name) : undefined;
    if (builtin && copiesValues(builtin)) {
      entryOf.set(`${imp.module}/${imp.name}`, entries.length);
      const typeIndex = builtinTypeOf(imp.module, builtin);
      entries.push({ type: builtinCoreType(builtin), builtin, typeIndex });
    }
    if (imp.module === PUMP_MODULE) {
      const name = pumpFunction(imp.name);
      if (!pumpNeedsMemory(name)) continue;
      entryOf.set(`${imp.module}/${imp.name}`, entries.length);
      entries.push({ type: pumpImportType(name), pump: name });
      continue;
    }
    if (imp.module.startsWith(EXPORTED) || imp.name.startsWith(DROP)) continue;
    const wi = worldOf(imp.module);
    const abi = abiNeeds(wi.iface, imp.name, 'lower');
    if (!abi.memory && !abi.realloc) continue;
    entryOf.set(`${imp.module}/${imp.name}`, entries.length);
    entries.push({ type: m.types[imp.type!]!, lower: [wi.iface.id, imp.name] });
  }
  for (const { wi, order } of exported)
    for (const [name, decl] of order) {
      const dtor = `${wi.name}#[dtor]${name}`;
      if (decl.kind !== 'resource' || !coreExports.has(dtor)) continue;
      entryOf.set(dtor, entries.length);
      entries.push({ type: { params: [I32], results: [] }, dtor });
    }
  const shim =
    entries.length > 0
      ? b.coreInstantiate(b.coreModule(shimModule(entries.map((e) => e.type))), [])
      : -1;
  const viaShim = (key: string) => b.aliasCoreExport('func', shim, String(entryOf.get(key)!));

  const resources = new Map<string, number>();
  for (const { wi, order } of exported)
    for (const [name, decl] of order) {
      if (decl.kind !== 'resource') continue;
      const dtorName = `${wi.name}#[dtor]${name}`;
      const dtor = entryOf.has(dtorName) ? viaShim(dtorName) : undefined;
      resources.set(
        `${wi.name}/${name}`,
        b.defType({ kind: 'resource', rep: 'i32', ...(dtor === undefined ? {} : { dtor }) }),
      );
    }

  let pump: number | undefined;
  const pumped = (name: PumpFunction) => {
    if (!pumpModule)
      throw new Error("internal: the adapter's module calls the pump, which is missing");
    pump ??= b.instantiate(b.component(pumpComponent(pumpModule)), []);
    return b.aliasExport(FUNC, pump, name);
  };
  const args: { name: string; instance: number }[] = [];
  for (const module of new Set(m.imports.map((i) => i.module))) {
    const funcs = m.imports
      .filter((i) => i.module === module)
      .map((imp) => ({ name: imp.name, func: coreImport(imp.module, imp.name) }));
    args.push({ name: module, instance: b.coreInstanceOfFuncs(funcs) });
  }
  function coreImport(module: string, name: string): number {
    if (module === PUMP_MODULE) {
      const entry = `${module}/${name}`;
      if (entryOf.has(entry)) return viaShim(entry);
      return b.lower(pumped(pumpFunction(name)), [{ kind: 'async' }]);
    }
    const builtin = module.startsWith(EXPORTED) ? asyncBuiltinOf(name) : undefined;
    if (builtin) {
      const entry = `${module}/${name}`;
      if (entryOf.has(entry)) return viaShim(entry);
      return b.streamOrFutureBuiltin(builtin.kind, builtinTypeOf(module, builtin));
    }
    if (module.startsWith(EXPORTED)) {
      const intrinsic = /^\[resource-(new|rep|drop)\](.+)$/.exec(name);
      const resource =
        intrinsic && resources.get(`${module.slice(EXPORTED.length)}/${intrinsic[2]}`);
      if (resource === undefined || resource === null)
        throw new Error(
          `internal: the adapter's module imports ${module} ${name}, which no exported resource provides`,
        );
      return b.resourceIntrinsic(intrinsic![1] as 'new' | 'rep' | 'drop', resource);
    }
    const instance = instances.get(worldOf(module).iface.id)!;
    if (name.startsWith(DROP))
      return b.resourceIntrinsic('drop', aliases.of(instance, name.slice(DROP.length)));
    const entry = `${module}/${name}`;
    if (entryOf.has(entry)) return viaShim(entry);
    return b.lowerPlain(b.aliasExport(FUNC, instance, name));
  }
  const main = b.coreInstantiate(mainModule, args);

  let memory: number | undefined;
  let realloc: number | undefined;
  const memoryOf = () => (memory ??= b.aliasCoreExport('memory', main, 'memory'));
  const reallocOf = () => (realloc ??= b.aliasCoreExport('func', main, 'cabi_realloc'));
  if (entries.length > 0) {
    const actual = entries.map((e, i) => {
      if ('dtor' in e) return { name: String(i), func: b.aliasCoreExport('func', main, e.dtor) };
      if ('pump' in e) {
        const options = [
          { kind: 'memory' as const, index: memoryOf() },
          { kind: 'async' as const },
        ];
        return { name: String(i), func: b.lower(pumped(e.pump), options) };
      }
      // Never waiting: a synchronous export cannot (async-builtins.ts).
      if ('builtin' in e) {
        const options = [
          { kind: 'memory' as const, index: memoryOf() },
          { kind: 'async' as const },
        ];
        return {
          name: String(i),
          func: b.streamOrFutureBuiltin(e.builtin.kind, e.typeIndex, options),
        };
      }
      const [id, fn] = e.lower;
      const needs = abiNeeds(interfaceById(id, world.series), fn, 'lower');
      const func = b.aliasExport(FUNC, instances.get(id)!, fn);
      return { name: String(i), func: b.lower(func, canonOptions(needs, memoryOf, reallocOf)) };
    });
    const fixup = b.coreModule(fixupModule(entries.map((e) => e.type)));
    b.coreInstantiate(fixup, [
      { name: 'actual', instance: b.coreInstanceOfFuncs(actual) },
      { name: 'shim', instance: shim },
    ]);
  }

  writeExports(exported, {
    b,
    aliases,
    instances,
    resources,
    main,
    coreExports,
    memory: memoryOf,
    realloc: reallocOf,
  });
  const { chunks } = b.finishChunks();
  return {
    bytes: concatBytes(chunks),
    withModule: (module) => [
      ...chunks.slice(0, moduleChunk),
      ...coreModuleSection(module),
      ...chunks.slice(moduleChunk + 2),
    ],
  };
}
