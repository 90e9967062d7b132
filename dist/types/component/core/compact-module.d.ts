import type { CoreImport, CoreModuleModel } from './module-model.js';
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
export declare function compactModule(m: CoreModuleModel, fateOf: (imp: CoreImport) => ImportFate): void;
