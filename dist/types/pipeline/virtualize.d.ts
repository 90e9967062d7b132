import { type ComposeInput } from '../compose/compose.js';
import type { Policy } from '../policy/policy.js';
import { type GeneratedAdapter } from '../virt/generate-adapter.js';
import type { MountProgressListener } from '../virt/mount-progress.js';
import type { MountTree } from '../virt/mount-tree.js';
export interface VirtualizeOptions {
    policy: Policy;
    /** The component to virtualize; without one, only the adapter is generated. */
    app?: ComposeInput;
    /** The policy's mounts, read already with readMountTree; read here when absent. */
    mountTree?: MountTree;
    /** Hears how far reading the mounts has got (only when generation reads them). */
    onMountProgress?: MountProgressListener;
}
export interface VirtualizeResult extends Omit<GeneratedAdapter, 'bridges'> {
    /** The app composed with the adapter (the app itself when nothing needed virtualizing). */
    output?: Uint8Array;
    warnings: string[];
}
/** Generates the virtual adapter a policy calls for and composes it into the app: generate → compose. */
export declare function virtualize({ policy, app, mountTree, onMountProgress, }: VirtualizeOptions): Promise<VirtualizeResult>;
