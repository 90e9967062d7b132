import {
  importedFunctions,
  type CoreExport,
  type CoreModuleModel,
  type FuncType,
} from './module-model.js';

/** The index of `type` in the module's types, added if it has none equal to it. */
export function typeIndex(m: CoreModuleModel, type: FuncType): number {
  const same = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  const found = m.types.findIndex(
    (t) => same(t.params, type.params) && same(t.results, type.results),
  );
  if (found >= 0) return found;
  m.types.push({ params: [...type.params], results: [...type.results] });
  return m.types.length - 1;
}

/** Appends a defined function and returns its index in the function index space. */
export function addFunction(m: CoreModuleModel, type: FuncType, body: Uint8Array): number {
  m.functions.push(typeIndex(m, type));
  m.code.push(body);
  return importedFunctions(m) + m.functions.length - 1;
}

/** The export called `name`, or an error saying the adapter build lacks it. */
export function exportNamed(m: CoreModuleModel, name: string): CoreExport {
  const found = m.exports.find((e) => e.name === name);
  if (!found)
    throw new Error(
      `the adapter module has no '${name}' export; rebuild it with npm run build:adapter`,
    );
  return found;
}
