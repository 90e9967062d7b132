import { CodeWriter } from '../component/core/code-writer.js';
import { addFunction, typeIndex } from '../component/core/module-edit.js';
import type { CoreModuleModel } from '../component/core/module-model.js';
import type { VirtPlan } from './plan-model.js';
import { liftedCoreType } from './wrap/core-signature.js';

/**
 * Gives the specialised adapter every interface function the plan exports but its C code leaves
 * out (the methods of resources a denying policy never lets exist, such as a denied TCP
 * socket's), as a trap: one `unreachable` function per signature, shared. Each takes the core
 * signature the canonical ABI lifts the function from (core-signature.ts). Returns the names
 * added.
 */
export function addTrapExports(m: CoreModuleModel, plan: VirtPlan): string[] {
  const present = new Set(m.exports.map((e) => e.name));
  const traps = new Map<number, number>();
  const added: string[] = [];
  for (const v of plan.interfaces) {
    if (v.importOnly) continue;
    for (const fn of v.exported) {
      const name = `${v.name}#${fn}`;
      if (present.has(name)) continue;
      const key = typeIndex(m, liftedCoreType(v.iface, fn));
      if (!traps.has(key))
        traps.set(key, addFunction(m, m.types[key]!, new CodeWriter().unreachable().finish()));
      m.exports.push({ name, kind: 'func', index: traps.get(key)! });
      present.add(name);
      added.push(name);
    }
  }
  return added;
}
