import type { ComponentBuilder } from '../../component/write/component-builder.js';
import type { AdapterWorld, WorldInterface } from '../adapter-wit.js';
import type { WitDecl } from '../wit-model.js';
import { type TypeAliases } from './imports.js';
/** An interface the adapter exports, with its declarations in the order they are written. */
export interface Exported {
    wi: WorldInterface;
    order: [string, WitDecl][];
}
/** The exported interfaces, each after the exported ones whose types it uses. */
export declare function exportOrder(world: AdapterWorld): Exported[];
/** What lifting the adapter's exports needs of the component written so far. */
export interface ExportContext {
    b: ComponentBuilder;
    aliases: TypeAliases;
    /** The imported interfaces' instances, by id. */
    instances: Map<string, number>;
    /** The resources the exported interfaces define, by `<interface name>/<resource>`. */
    resources: Map<string, number>;
    /** The adapter module's instance and its exports' names. */
    main: number;
    coreExports: Set<string>;
    memory: () => number;
    realloc: () => number;
}
/**
 * Lifts each exported interface's functions from the adapter's module and exports the
 * interface through its shim component (export-shim.ts). A `use` of another interface's type
 * takes it from that interface's instance: the exported one's when it is exported (written
 * before, exportOrder), so a resource keeps one identity across the adapter's exports.
 */
export declare function writeExports(exported: Exported[], ctx: ExportContext): void;
