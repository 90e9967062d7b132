import {
  FUNC_SORT as FUNC,
  INSTANCE_SORT as INSTANCE,
  TYPE_SORT as TYPE,
} from '../../component/ast.js';
import { I32 } from '../../component/core/code-writer.js';
import { readModuleModel, type FuncType } from '../../component/core/module-model.js';
import { concatBytes, type Bytes } from '../../component/write/bytes.js';
import { ComponentBuilder } from '../../component/write/component-builder.js';
import { coreModuleSection } from '../../component/write/core-data.js';
import type { AdapterWorld, WorldInterface } from '../adapter-wit.js';
import { parseDecl, type WitDecl } from '../wit-model.js';
import { abiNeeds, canonOptions } from './canon-abi.js';
import { exportShim } from './export-shim.js';
import { fixupModule, shimModule } from './indirect-table.js';
import { functionOf, interfaceById, isResource } from './interface-decls.js';
import {
  closeTypes,
  declarationOrder,
  functionTypes,
  importOrder,
  TypeAliases,
  writeImports,
  type ImportedInterface,
} from './imports.js';
import { TypeSpace, type Names } from './type-space.js';

const DROP = '[resource-drop]';
const EXPORTED = '[export]';

/** The adapter component, and the same with its core module's bytes swapped for others. */
export interface WrappedAdapter {
  bytes: Uint8Array;
  /** The component's chunks with `module` (the same module with data added) in the module's place. */
  withModule(module: Bytes[]): Bytes[];
}

interface Exported {
  wi: WorldInterface;
  order: [string, WitDecl][];
}

/** A function the adapter's module is instantiated with through the shim's table. */
type Entry = { type: FuncType } & ({ lower: [string, string] } | { dtor: string });

/**
 * The adapter component around the specialised core module `core`, for `world`: what
 * wit-component would make of the module embedded with the world's WIT, written directly. The
 * host interfaces are imported with the functions the module calls and the types those and the
 * exports need; the module is instantiated with their lowerings and the intrinsics of the
 * resources it exports; each exported interface is lifted and exported through its own shim
 * component (export-shim.ts), in an order where an interface comes after those whose types it uses.
 */
export function wrapAdapter(core: Uint8Array, world: AdapterWorld): WrappedAdapter {
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
  const exportedIds = new Set(exported.map((e) => e.wi.iface.id));
  const functions = new Map<string, Set<string>>();
  const needs = new Map<string, Set<string>>();
  const need = (id: string, names: string[]) => {
    const set = needs.get(id) ?? new Set<string>();
    names.forEach((n) => set.add(n));
    needs.set(id, set);
  };
  for (const imp of m.imports) {
    if (imp.kind !== 'func')
      throw new Error(`internal: the adapter's module imports a ${imp.kind}`);
    if (imp.module.startsWith(EXPORTED)) continue;
    const id = worldOf(imp.module).iface.id;
    if (imp.name.startsWith(DROP)) need(id, [imp.name.slice(DROP.length)]);
    else {
      need(id, functionTypes(id, imp.name));
      functions.set(id, (functions.get(id) ?? new Set()).add(imp.name));
    }
  }
  for (const { order } of exported)
    for (const [name, decl] of order)
      if (decl.kind === 'use' && !exportedIds.has(decl.from))
        need(decl.from, [decl.names.find((n) => n.local === name)!.source]);
  closeTypes(needs);

  const imports = importOrder([...world.imports, ...needs.keys()], needs).map(
    (id): ImportedInterface => ({
      id,
      name: world.interfaces.get(id)!.name,
      functions: Object.keys(interfaceById(id).functions).filter((f) => functions.get(id)?.has(f)),
      types: needs.get(id) ?? new Set(),
    }),
  );

  const b = new ComponentBuilder();
  const aliases = new TypeAliases(b);
  const instances = writeImports(b, imports, aliases);
  const moduleChunk = b.nextChunk();
  const mainModule = b.coreModule(core);

  const entries: Entry[] = [];
  const entryOf = new Map<string, number>();
  for (const imp of m.imports) {
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

  const args: { name: string; instance: number }[] = [];
  for (const module of new Set(m.imports.map((i) => i.module))) {
    const funcs = m.imports
      .filter((i) => i.module === module)
      .map((imp) => ({ name: imp.name, func: coreImport(imp.module, imp.name) }));
    args.push({ name: module, instance: b.coreInstanceOfFuncs(funcs) });
  }
  function coreImport(module: string, name: string): number {
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
      const [id, fn] = e.lower;
      const needs = abiNeeds(interfaceById(id), fn, 'lower');
      const func = b.aliasExport(FUNC, instances.get(id)!, fn);
      return { name: String(i), func: b.lower(func, canonOptions(needs, memoryOf, reallocOf)) };
    });
    const fixup = b.coreModule(fixupModule(entries.map((e) => e.type)));
    b.coreInstantiate(fixup, [
      { name: 'actual', instance: b.coreInstanceOfFuncs(actual) },
      { name: 'shim', instance: shim },
    ]);
  }

  const space = new TypeSpace((type) => b.defType(type));
  const exports = new Map<string, number>();
  for (const { wi, order } of exported) {
    const id = wi.iface.id;
    const names: Names = new Map();
    for (const [name, decl] of order) {
      const resource = isResource(id, name);
      let index: number;
      if (decl.kind === 'resource') index = resources.get(`${wi.name}/${name}`)!;
      else if (decl.kind === 'use') {
        const from = exports.get(decl.from) ?? instances.get(decl.from);
        if (from === undefined)
          throw new Error(
            `internal: ${id} uses ${decl.from}, neither imported nor exported before it`,
          );
        index = aliases.of(from, decl.names.find((n) => n.local === name)!.source);
      } else index = space.valueDecl(decl, names);
      names.set(name, { index, resource });
    }
    // Types, then aliases, then lifts: one section of each kind per interface.
    const types = wi.functions.map((fn) => space.func(functionOf(wi.iface, fn), names));
    const cores = wi.functions.map((fn) => {
      const coreName = `${wi.name}#${fn}`;
      if (!coreExports.has(coreName))
        throw new Error(`internal: the adapter's module does not export ${coreName}`);
      const post = `cabi_post_${coreName}`;
      return {
        func: b.aliasCoreExport('func', main, coreName),
        post: coreExports.has(post) ? b.aliasCoreExport('func', main, post) : undefined,
      };
    });
    const lifted = new Map<string, number>();
    wi.functions.forEach((fn, i) => {
      const { func, post } = cores[i]!;
      const options = [
        ...canonOptions(abiNeeds(wi.iface, fn, 'lift'), memoryOf, reallocOf),
        ...(post === undefined ? [] : [{ kind: 'post-return' as const, index: post }]),
      ];
      lifted.set(fn, b.lift(func, types[i]!, options));
    });
    const shimComponent = exportShim(
      id,
      order,
      wi.functions.map((fn) => [fn, functionOf(wi.iface, fn)]),
      (name) => isResource(id, name),
    );
    const component = b.component(shimComponent.bytes);
    const instance = b.instantiate(
      component,
      shimComponent.args.map((arg) => ({
        name: arg.name,
        item:
          'type' in arg
            ? {
                sort: TYPE,
                index: arg.from
                  ? aliases.of((exports.get(arg.from) ?? instances.get(arg.from))!, arg.type)
                  : names.get(arg.type)!.index,
              }
            : { sort: FUNC, index: lifted.get(arg.func)! },
      })),
    );
    exports.set(id, b.export({ name: wi.name }, { sort: INSTANCE, index: instance }));
  }
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

/** The exported interfaces, each after the exported ones whose types it uses. */
function exportOrder(world: AdapterWorld): Exported[] {
  const order: Exported[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id) || !world.exports.includes(id)) return;
    seen.add(id);
    const wi = world.interfaces.get(id)!;
    const decls = wi.decls.map((d) => parseDecl(d, wi.iface));
    for (const d of decls) if (d.kind === 'use') visit(d.from);
    order.push({ wi, order: declarationOrder(decls, () => true, false) });
  };
  world.exports.forEach(visit);
  return order;
}
