import { type CoreModuleModel } from '../component/core/module-model.js';
/**
 * Gives the specialised adapter every interface function its world exports but
 * its C code leaves out (the methods of resources a denying policy never lets
 * exist, such as a denied TCP socket's), as a trap: one `unreachable` function
 * per signature, shared. Each takes the core signature of the same export in
 * `dummy`, the module wit-component generates for the world, so the canonical
 * ABI's lowering is never re-derived here. `interfaceName` gives the name an
 * interface id is exported under. Returns the names added.
 */
export declare function addTrapExports(m: CoreModuleModel, dummy: Uint8Array, interfaceName: (id: string) => string | undefined): string[];
