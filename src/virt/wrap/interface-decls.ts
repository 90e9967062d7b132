import { findInterface, type WasiInterface, type WasiSeries } from '../wasi-interfaces.js';
import { parseDecl, parseFunction, type WitDecl, type WitFunction } from '../wit-model.js';

/** The catalogue's interfaces read into WitDecl and WitFunction once, and questions about them. */

const declsCache = new WeakMap<WasiInterface, WitDecl[]>();
const functionsCache = new WeakMap<WasiInterface, Map<string, WitFunction>>();

export function interfaceById(id: string, series: WasiSeries = '0.2'): WasiInterface {
  const iface = findInterface(id, series);
  if (!iface)
    throw new Error(`internal: ${id} is not a WASI ${series} interface the adapter knows`);
  return iface;
}

/** Every declaration of the interface, as the catalogue has it. */
export function catalogueDecls(iface: WasiInterface): WitDecl[] {
  let decls = declsCache.get(iface);
  if (!decls) {
    decls = iface.types.map((d) => parseDecl(d, iface));
    declsCache.set(iface, decls);
  }
  return decls;
}

const byTextCache = new WeakMap<WasiInterface, Map<string, WitDecl>>();

/**
 * A declaration of the interface read: the catalogue's reading when `decl` is the catalogue's
 * text (a `use` narrowed to fewer names is read anew).
 */
export function readDecl(decl: string, iface: WasiInterface): WitDecl {
  let byText = byTextCache.get(iface);
  if (!byText) {
    const decls = catalogueDecls(iface);
    byText = new Map(iface.types.map((text, i) => [text, decls[i]!]));
    byTextCache.set(iface, byText);
  }
  return byText.get(decl) ?? parseDecl(decl, iface);
}

export function functionOf(iface: WasiInterface, name: string): WitFunction {
  const known = functionsCache.get(iface) ?? new Map<string, WitFunction>();
  functionsCache.set(iface, known);
  let fn = known.get(name);
  if (!fn) {
    const signature = iface.functions[name];
    if (signature === undefined) throw new Error(`internal: ${iface.id} has no function ${name}`);
    fn = parseFunction(name, signature);
    known.set(name, fn);
  }
  return fn;
}

/** The declaration that introduces `name` among `decls` (a `use` for a used name). */
export function declaring(decls: WitDecl[], name: string): WitDecl | undefined {
  return decls.find((d) =>
    d.kind === 'use' ? d.names.some((n) => n.local === name) : d.name === name,
  );
}

/** Where a name of an interface is defined: following `use`s to the interface that declares it. */
export function definitionOf(
  id: string,
  name: string,
  series: WasiSeries = '0.2',
): { id: string; decl: WitDecl } {
  const decl = declaring(catalogueDecls(interfaceById(id, series)), name);
  if (!decl) throw new Error(`internal: ${id} declares no type ${name}`);
  if (decl.kind !== 'use') return { id, decl };
  return definitionOf(decl.from, decl.names.find((n) => n.local === name)!.source, series);
}

/** Whether a name of an interface is a resource (used, aliased or declared). */
export function isResource(id: string, name: string, series: WasiSeries = '0.2'): boolean {
  const { id: at, decl } = definitionOf(id, name, series);
  if (decl.kind === 'resource') return true;
  return decl.kind === 'alias' && 'named' in decl.type && isResource(at, decl.type.named, series);
}
