import type { CoreImport } from '../../component/core/module-model.js';
import type { AdapterWorld, WorldInterface } from '../adapter-wit.js';
import { PUMP_MODULE } from './async-pump.js';
import type { Exported } from './exports.js';
import { closeTypes, functionTypes, importOrder, type ImportedInterface } from './imports.js';
import { interfaceById } from './interface-decls.js';

/** A core import of a host interface's resource drop (`[resource-drop]descriptor`). */
export const DROP = '[resource-drop]';
/** The module a core import of an exported resource's intrinsic names (`[export]wasi:io/streams@…`). */
export const EXPORTED = '[export]';

/**
 * What the adapter imports, as wit-component narrows the world's imports to a module: each host
 * interface with the functions the module calls, the resources it drops and the types those
 * need, and the interfaces whose types an exported interface uses without exporting them; every
 * interface after those whose types it uses.
 */
export function plannedImports(
  moduleImports: CoreImport[],
  world: AdapterWorld,
  exported: Exported[],
  worldOf: (name: string) => WorldInterface,
): ImportedInterface[] {
  const exportedIds = new Set(exported.map((e) => e.wi.iface.id));
  const functions = new Map<string, Set<string>>();
  const needs = new Map<string, Set<string>>();
  const need = (id: string, names: string[]) => {
    const set = needs.get(id) ?? new Set<string>();
    names.forEach((n) => set.add(n));
    needs.set(id, set);
  };
  for (const imp of moduleImports) {
    if (imp.kind !== 'func')
      throw new Error(`internal: the adapter's module imports a ${imp.kind}`);
    if (imp.module.startsWith(EXPORTED) || imp.module === PUMP_MODULE) continue;
    const id = worldOf(imp.module).iface.id;
    if (imp.name.startsWith(DROP)) need(id, [imp.name.slice(DROP.length)]);
    else {
      need(id, functionTypes(id, imp.name, world.series));
      functions.set(id, (functions.get(id) ?? new Set()).add(imp.name));
    }
  }
  for (const { order } of exported)
    for (const [name, decl] of order)
      if (decl.kind === 'use' && !exportedIds.has(decl.from))
        need(decl.from, [decl.names.find((n) => n.local === name)!.source]);
  closeTypes(needs, world.series);
  return importOrder([...world.imports, ...needs.keys()], needs, world.series).map((id) => ({
    id,
    name: world.interfaces.get(id)!.name,
    functions: Object.keys(interfaceById(id, world.series).functions).filter((f) =>
      functions.get(id)?.has(f),
    ),
    types: needs.get(id) ?? new Set(),
  }));
}
