import { type Bytes } from '../component/write/bytes.js';
import { type MountTree } from './mount-tree.js';
import type { VirtPlan } from './plan.js';
/**
 * The data the specialised module leaves to the binary level (core-data.ts):
 * the active segments (the configuration, the trace's names and the mounted
 * files kept in memory) and the passive files' contents in segment order.
 */
export interface ModuleData {
    active: {
        address: number;
        data: Bytes;
    }[];
    passive: Bytes[];
}
/**
 * Specialises the prebuilt adapter core module to a plan and a policy, at the
 * binary level: the policy's data goes in as configuration, exports and host
 * imports are cut down to what the plan needs, denied functions become named
 * traps (and, with --debug, every served function is traced), and the code
 * nothing reaches is removed.
 */
export declare function specializeAdapter(adapter: Uint8Array, plan: VirtPlan, tree?: MountTree): {
    core: Uint8Array;
    data: ModuleData;
};
