import type { ComponentBuilder } from '../../component/write/component-builder.js';
import { type WitDecl } from '../wit-model.js';
import type { WasiSeries } from '../wasi-interfaces.js';
/** One interface the adapter imports: the functions it calls, the types it needs (names). */
export interface ImportedInterface {
    id: string;
    /** `wasi:io/streams@0.2.12` */
    name: string;
    functions: string[];
    types: Set<string>;
}
/** Top-level aliases of instances' type exports, each made once. */
export declare class TypeAliases {
    private readonly b;
    private readonly made;
    constructor(b: ComponentBuilder);
    of(instance: number, name: string): number;
}
/**
 * Adds to `needs` (interface id → type names) the types each named type needs, across `use`s
 * to the interfaces that declare them, until nothing is added.
 */
export declare function closeTypes(needs: Map<string, Set<string>>, series?: WasiSeries): void;
/** The types a function of an interface mentions. */
export declare const functionTypes: (id: string, fn: string, series?: WasiSeries) => string[];
/**
 * The declarations among `decls` that introduce `wanted` names, in an order that defines every
 * name before a declaration refers to it: resources first (unless not `resourcesFirst`), then the
 * rest as the WIT has them (as wit-component orders an imported and an exported interface).
 */
export declare function declarationOrder(decls: WitDecl[], wanted: (name: string) => boolean, resourcesFirst?: boolean): [string, WitDecl][];
/**
 * Imports each interface as an instance of its type: its types (the ones other interfaces
 * declare aliased from their instances, imported before it) and functions. Returns the
 * instance index of each interface, by id.
 */
export declare function writeImports(b: ComponentBuilder, imports: ImportedInterface[], aliases: TypeAliases, series?: WasiSeries): Map<string, number>;
/** The interfaces of `needs` (`ids` first, in order), each after those whose types it uses. */
export declare function importOrder(ids: string[], needs: Map<string, Set<string>>, series?: WasiSeries): string[];
