import type { ExportBridge } from '../compose/compose.js';
import type { Component } from '../component/read/read-component.js';
import type { Policy } from '../policy/policy.js';
import { AdapterComponent } from './adapter-component.js';
import { type VirtPlan } from './plan.js';
import { type MountProgressListener } from './mount-progress.js';
import type { MountedFiles } from './embedded-files.js';
import { type MountTree } from './mount-tree.js';
export interface GenerateOptions {
    policy: Policy;
    /** The component to generate for; without one, the adapter for the policy alone. */
    app?: Component;
    /** The policy's mounts, read already with readMountTree; read here when absent. */
    mountTree?: MountTree;
    /** Hears how far reading the mounts has got (only when generation reads them). */
    onMountProgress?: MountProgressListener;
}
/** A plan and the adapter component that serves it. */
export interface PlannedAdapter {
    plan: VirtPlan;
    /**
     * The virtual adapter component, when the plan virtualizes anything; without an app and with
     * nothing to virtualize, a pass-through adapter (passthrough-adapter.ts); with an app that
     * needs nothing virtualized, none.
     */
    adapter?: AdapterComponent;
}
/** What the generator decided and made; the composer puts the adapter (or adapters) into the app. */
export interface GeneratedAdapter extends PlannedAdapter {
    /**
     * For a component that imports WASI 0.3 beside WASI 0.2 (series-halves.ts): the plan and
     * adapter for its 0.3 imports, composed beside the first, which serves the rest.
     */
    p3?: PlannedAdapter;
    /** Exports of the app the composer passes through the adapter (a proxy's, http-bridge.ts). */
    bridges: ExportBridge[];
    /** Files embedded from the mounts: guest path, host path, size. */
    mounted: MountedFiles;
    /** What the user should know about what was generated. */
    warnings: string[];
}
/** Every plan of a generation: one, or for a component mixing WASI 0.2 and 0.3, its 0.2 plan then its 0.3 plan. */
export declare const plansOf: (generated: PlannedAdapter & {
    p3?: PlannedAdapter;
}) => VirtPlan[];
/** Every adapter of a generation, to compose into the app. */
export declare const adaptersOf: (generated: GeneratedAdapter) => AdapterComponent[];
/**
 * What the adapter for a policy (and an app, when given) serves: the plan, narrowed to the host
 * functions the adapter's code calls (for an app mixing WASI 0.2 and 0.3, its 0.2 imports' plan).
 * The first step of generation, and the cheap one.
 */
export declare function planAdapter(policy: Policy, app?: Component): Promise<VirtPlan>;
/** Generates the virtual adapter a policy (and the app, when given) calls for. */
export declare function generateAdapter({ policy, app, mountTree, onMountProgress, }: GenerateOptions): Promise<GeneratedAdapter>;
