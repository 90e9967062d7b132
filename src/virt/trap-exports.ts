import binaryen from 'binaryen';

/** A binaryen module's functions, imported ones included. */
export const functionsOf = (m: binaryen.Module) =>
  Array.from({ length: m.getNumFunctions() }, (_, i) =>
    binaryen.getFunctionInfo(m.getFunctionByIndex(i)),
  );

/** A binaryen module's exports. */
export const exportsOf = (m: binaryen.Module) =>
  Array.from({ length: m.getNumExports() }, (_, i) =>
    binaryen.getExportInfo(m.getExportByIndex(i)),
  );

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
 * exist, such as a denied TCP socket's), as a trap. Each trap takes the core
 * signature of the same export in `dummy`, the module wit-component generates
 * for the world, so the canonical ABI's lowering is never re-derived here.
 * `interfaceName` gives the name an interface id is exported under.
 */
export function addTrapExports(
  m: binaryen.Module,
  dummy: Uint8Array,
  interfaceName: (id: string) => string | undefined,
): string[] {
  const present = new Set(exportsOf(m).map((e) => e.name));
  const reference = binaryen.readBinary(dummy);
  const added: string[] = [];
  try {
    for (const exp of exportsOf(reference)) {
      const name = adapterName(exp.name, interfaceName);
      if (exp.kind !== binaryen.ExternalFunction || !name || present.has(name)) continue;
      const fn = binaryen.getFunctionInfo(reference.getFunction(exp.value));
      const trap = `wasi_virt_trap_${added.length}`;
      m.addFunction(trap, fn.params, fn.results, [], m.unreachable());
      m.addFunctionExport(trap, name);
      added.push(name);
    }
  } finally {
    reference.dispose();
  }
  return added;
}
