import { CodeWriter } from '../component/core/code-writer.js';
import { addFunction, typeIndex } from '../component/core/module-edit.js';
import {
  functionType,
  readModuleModel,
  type CoreModuleModel,
} from '../component/core/module-model.js';

/**
 * The adapter's (legacy) export name for a dummy module's export, which uses
 * wit-component's standard mangling: `cm32p2|wasi:sockets/tcp@0.2|[method]tcp-socket.start-bind`
 * → `wasi:sockets/tcp@0.2.12#[method]tcp-socket.start-bind`, `…|tcp-socket_dtor` →
 * `…#[dtor]tcp-socket`. Undefined for anything else (post-return functions, memory, realloc).
 */
function adapterName(mangled: string, interfaceName: (id: string) => string | undefined) {
  const match = /^cm32p2\|([^|@]+)(?:@[^|]*)?\|(.+)$/.exec(mangled);
  if (!match || match[2]!.endsWith('_post')) return undefined;
  const name = interfaceName(match[1]!);
  const dtor = /^(.+)_dtor$/.exec(match[2]!);
  return name && `${name}#${dtor ? `[dtor]${dtor[1]}` : match[2]}`;
}

/**
 * Gives the specialised adapter every interface function its world exports but
 * its C code leaves out (the methods of resources a denying policy never lets
 * exist, such as a denied TCP socket's), as a trap: one `unreachable` function
 * per signature, shared. Each takes the core signature of the same export in
 * `dummy`, the module wit-component generates for the world, so the canonical
 * ABI's lowering is never re-derived here. `interfaceName` gives the name an
 * interface id is exported under. Returns the names added.
 */
export function addTrapExports(
  m: CoreModuleModel,
  dummy: Uint8Array,
  interfaceName: (id: string) => string | undefined,
): string[] {
  const present = new Set(m.exports.map((e) => e.name));
  const reference = readModuleModel(dummy);
  const traps = new Map<number, number>();
  const added: string[] = [];
  for (const exp of reference.exports) {
    const name = adapterName(exp.name, interfaceName);
    if (exp.kind !== 'func' || !name || present.has(name)) continue;
    const type = functionType(reference, exp.index);
    const key = typeIndex(m, type);
    if (!traps.has(key))
      traps.set(key, addFunction(m, type, new CodeWriter().unreachable().finish()));
    m.exports.push({ name, kind: 'func', index: traps.get(key)! });
    present.add(name);
    added.push(name);
  }
  return added;
}
