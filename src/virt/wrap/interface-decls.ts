import { WASI_INTERFACES, type WasiInterface } from '../wasi-interfaces.js';
import { parseDecl, parseFunction, type WitDecl, type WitFunction } from '../wit-model.js';

/** The catalogue's interfaces read into WitDecl and WitFunction once, and questions about them. */

const declsCache = new Map<string, WitDecl[]>();
const functionsCache = new Map<string, WitFunction>();

export function interfaceById(id: string): WasiInterface {
  const iface = WASI_INTERFACES.find((i) => i.id === id);
  if (!iface) throw new Error(`internal: ${id} is not a WASI interface the adapter knows`);
  return iface;
}

/** Every declaration of the interface, as the catalogue has it. */
export function catalogueDecls(iface: WasiInterface): WitDecl[] {
  let decls = declsCache.get(iface.id);
  if (!decls) {
    decls = iface.types.map((d) => parseDecl(d, iface));
    declsCache.set(iface.id, decls);
  }
  return decls;
}

export function functionOf(iface: WasiInterface, name: string): WitFunction {
  const key = `${iface.id}#${name}`;
  let fn = functionsCache.get(key);
  if (!fn) {
    const signature = iface.functions[name];
    if (signature === undefined) throw new Error(`internal: ${iface.id} has no function ${name}`);
    fn = parseFunction(name, signature);
    functionsCache.set(key, fn);
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
export function definitionOf(id: string, name: string): { id: string; decl: WitDecl } {
  const decl = declaring(catalogueDecls(interfaceById(id)), name);
  if (!decl) throw new Error(`internal: ${id} declares no type ${name}`);
  if (decl.kind !== 'use') return { id, decl };
  return definitionOf(decl.from, decl.names.find((n) => n.local === name)!.source);
}

/** Whether a name of an interface is a resource (used, aliased or declared). */
export function isResource(id: string, name: string): boolean {
  const { id: at, decl } = definitionOf(id, name);
  if (decl.kind === 'resource') return true;
  return decl.kind === 'alias' && 'named' in decl.type && isResource(at, decl.type.named);
}
