import type { WasiSeries } from '../wasi-interfaces.js';
import { type WitDecl, type WitFunction } from '../wit-model.js';
/** What an exported interface's shim component is instantiated with, by import name. */
export type ShimArg = {
    name: string;
    type: string;
    from?: string;
} | {
    name: string;
    func: string;
};
/**
 * The component through which the adapter exports one interface, as wit-component writes one:
 * it imports the interface's resources and used types (`import-type-<name>`) and the lifted
 * functions (`import-func-<name>`), and exports the types under their names, then the
 * functions ascribed types made of the exported ones, so the instance it makes has the
 * interface's named types. `order` lists the interface's declarations, every name after what it
 * refers to; `id` is the interface's (for the definitions of used value types).
 */
export declare function exportShim(id: string, order: [string, WitDecl][], functions: [string, WitFunction][], resource: (name: string) => boolean, series?: WasiSeries): {
    bytes: Uint8Array;
    args: ShimArg[];
};
