import type { ExternItem } from '../inspect/component-interface.js';
import { type WasiInterface } from './wasi-interfaces.js';
/** What an app imports of one WASI interface, over every version it imports it at. */
export interface ImportedInterface {
    /** Every name the app imports the interface under. */
    names: string[];
    /** The functions of all of them, or undefined when one of them has an unknown type (all). */
    functions: string[] | undefined;
    /** The types and resources of all of them. */
    types: string[];
}
/**
 * Refuses an interface the app imports that the adapter cannot serve, naming the import and
 * what to do: an import of another kind under the interface's name, a version outside WASI 0.2, functions or types WASI's interface does not have,
 * types whose interface the app does not import.
 */
export declare function checkServable(iface: WasiInterface, imported: ImportedInterface, appImports: ExternItem[]): void;
