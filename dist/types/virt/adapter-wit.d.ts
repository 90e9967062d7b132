import type { VirtPlan } from './plan-model.js';
import { type WasiInterface, type WasiSeries } from './wasi-interfaces.js';
export declare const ADAPTER_WORLD = "virt";
/** One interface of the adapter's world, as declared: its narrowed declarations and functions. */
export interface WorldInterface {
    iface: WasiInterface;
    version: string;
    /** `wasi:cli/environment@0.2.12` */
    name: string;
    /** The declarations kept, in the catalogue's form (`use`s narrowed, not pinned), in WIT order. */
    decls: string[];
    /** The functions declared (none for an interface declared for its types only). */
    functions: string[];
    /** The interfaces (by id) the declarations `use`. */
    uses: string[];
    /** The WIT text of the interface's body, written when asked for. */
    text: () => string;
}
/** The adapter's world: every interface declared (by id), what it imports and what it exports. */
export interface AdapterWorld {
    interfaces: Map<string, WorldInterface>;
    /** Interfaces the world imports by name (by id), in world order. */
    imports: string[];
    /** Interfaces the world exports (by id), in world order, types-only ones last. */
    exports: string[];
    /** The WASI series the world's interfaces are of (their `use`s name interfaces of it). */
    series: WasiSeries;
}
/**
 * The world the specialised adapter is wrapped with: it exports the virtualized interfaces with
 * exactly the planned functions, and imports the same interfaces for the functions it forwards
 * to the host. Interfaces are declared at the versions the app uses; interfaces whose types they
 * use but the plan does not serve are declared with their types only.
 */
export declare function adapterWorld(plan: VirtPlan): AdapterWorld;
/**
 * The WIT text of the adapter's world (adapterWorld), for wit-component: the interfaces are
 * declared in nested packages.
 */
export declare function adapterWit(plan: VirtPlan): string;
