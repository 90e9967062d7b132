import binaryen from 'binaryen';
/** A binaryen module's functions, imported ones included. */
export declare const functionsOf: (m: binaryen.Module) => binaryen.FunctionInfo[];
/** A binaryen module's exports. */
export declare const exportsOf: (m: binaryen.Module) => binaryen.ExportInfo[];
/**
 * Gives the specialised adapter every interface function its world exports but
 * its C code leaves out (the methods of resources a denying policy never lets
 * exist, such as a denied TCP socket's), as a trap. Each trap takes the core
 * signature of the same export in `dummy`, the module wit-component generates
 * for the world, so the canonical ABI's lowering is never re-derived here.
 * `interfaceName` gives the name an interface id is exported under.
 */
export declare function addTrapExports(m: binaryen.Module, dummy: Uint8Array, interfaceName: (id: string) => string | undefined): string[];
