import binaryen from 'binaryen';
import { type Bytes } from '../component/write/bytes.js';
import type { MountTree } from './mount-tree.js';
import type { VirtPlan } from './plan.js';
/** The wasm features the adapter's C build uses. */
export declare const ADAPTER_FEATURES: number;
/**
 * The data the specialised module leaves to the binary level (core-data.ts),
 * so binaryen never holds it: the active segments (the configuration, the
 * trace's names and the mounted files kept in memory) and the passive files'
 * contents in segment order.
 */
export interface ModuleData {
    active: {
        address: number;
        data: Bytes;
    }[];
    passive: Bytes[];
}
/**
 * Keeps the planned exports (renamed to the app's versions), the destructors of
 * the resources planned interfaces define, the runtime exports and, for a proxy,
 * the bridge; drops the rest. Where the C code has a `[forward]` variant the
 * plan uses, it wins.
 */
export declare function selectExports(m: binaryen.Module, plan: VirtPlan): void;
/**
 * Whether the plan serves a function the adapter's C code does not export (the
 * methods of a denied socket): only then does the generator need wit-component's
 * dummy module to make traps from (addTrapExports).
 */
export declare function lacksPlannedExports(adapter: Uint8Array, plan: VirtPlan): boolean;
/**
 * Specialises the prebuilt adapter core module to a plan and a policy: the
 * policy's data goes in as configuration, exports and host imports are cut
 * down to what the plan needs, and binaryen removes the code nothing reaches.
 */
export declare function specializeAdapter(adapter: Uint8Array, plan: VirtPlan, tree?: MountTree, 
/** wit-component's dummy module for the adapter's world: the signatures of exports the C leaves out. */
dummy?: Uint8Array): {
    core: Uint8Array;
    data: ModuleData;
};
