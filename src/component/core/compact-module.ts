import { CodeWriter } from './code-writer.js';
import { renumberBody } from './instructions.js';
import { addFunction } from './module-edit.js';
import type { CoreImport, CoreModuleModel } from './module-model.js';
import { reachableFunctions } from './reachable.js';

/**
 * What becomes of a function import the code can reach: kept (under a module
 * name, possibly new), defined in the module by a body that names no function
 * and no type index, or, when neither is given, a trap.
 */
export interface ImportFate {
  keep?: string;
  define?: (module: CoreModuleModel) => Uint8Array;
}

/**
 * The module cut down to what its exports (and start function) can reach: the
 * functions nothing reaches are gone, function imports become what `fateOf`
 * says (a trap: one `unreachable` function per signature, shared), the types
 * nothing uses are gone, and every function and type index is renumbered.
 * Element segments stay only if a reached body calls through a table or takes a
 * function reference. Edits
 * `m` in place.
 */
export function compactModule(m: CoreModuleModel, fateOf: (imp: CoreImport) => ImportFate): void {
  const roots = m.exports.filter((e) => e.kind === 'func').map((e) => e.index);
  const reach = reachableFunctions(m, roots);
  const functionImports = m.imports.filter((i) => i.kind === 'func');
  const imported = functionImports.length;
  const fates = functionImports.map((imp, i) => (reach.functions.has(i) ? fateOf(imp) : undefined));

  const renumbered = new Map<number, number>();
  let index = -1;
  const keptImports = m.imports.filter((imp) => {
    if (imp.kind !== 'func') return true;
    index++;
    const fate = fates[index];
    if (fate?.keep === undefined) return false;
    renumbered.set(index, renumbered.size);
    imp.module = fate.keep;
    return true;
  });
  const kept = renumbered.size;
  const defined = m.functions.flatMap((type, i) =>
    reach.functions.has(imported + i) ? [{ type, body: m.code[i]!, old: imported + i }] : [],
  );
  defined.forEach((fn, i) => renumbered.set(fn.old, kept + i));

  const out: CoreModuleModel = { ...m, imports: keptImports, functions: [], code: [] };
  // Where a trapped or defined import's calls go, added after the kept functions.
  const traps = new Map<number, number>();
  const added: { index: number; to: number }[] = [];
  for (const fn of defined) {
    out.functions.push(fn.type);
    out.code.push(fn.body);
  }
  fates.forEach((fate, i) => {
    if (!fate || fate.keep !== undefined) return;
    const type = functionImports[i]!.type!;
    if (fate.define) {
      added.push({ index: i, to: addFunction(out, m.types[type]!, fate.define(out)) });
      return;
    }
    if (!traps.has(type))
      traps.set(type, addFunction(out, m.types[type]!, new CodeWriter().unreachable().finish()));
    added.push({ index: i, to: traps.get(type)! });
  });
  for (const { index, to } of added) renumbered.set(index, to);

  const renumber = (index: number) => {
    const to = renumbered.get(index);
    if (to === undefined) throw new Error(`function ${index} was removed but is still referred to`);
    return to;
  };
  // The types still used, in their order: the functions', the imports', and those bodies name.
  const usedTypes = new Set([...out.functions, ...keptImports.flatMap((i) => i.type ?? [])]);
  for (const fn of defined)
    for (const ref of reach.bodies.get(fn.old)!.types) usedTypes.add(ref.index);
  const typeOrder = [...usedTypes].sort((a, b) => a - b);
  const typeIndices = new Map(typeOrder.map((t, i) => [t, i]));
  const retype = (index: number) => typeIndices.get(index)!;
  out.code = out.code.map((body, i) =>
    i < defined.length
      ? renumberBody(body, reach.bodies.get(defined[i]!.old)!, renumber, retype)
      : body,
  );
  out.types = typeOrder.map((t) => m.types[t]!);
  out.functions = out.functions.map(retype);
  out.imports = keptImports.map((i) => (i.type === undefined ? i : { ...i, type: retype(i.type) }));
  out.exports = m.exports.map((e) => (e.kind === 'func' ? { ...e, index: renumber(e.index) } : e));
  out.start = m.start === undefined ? undefined : renumber(m.start);
  out.elements = reach.usesElements
    ? m.elements.map((s) => ({ ...s, functions: s.functions.map(renumber) }))
    : [];
  Object.assign(m, out);
}
