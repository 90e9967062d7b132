import type { ExternItem } from '../inspect/component-interface.js';
import { type VirtPlan } from './plan.js';
/**
 * Narrows what a plan for an app forwards to the host to what the adapter needs to serve the
 * functions the app imports: the same functions, and what the adapter's implementation of them
 * calls besides (a splice between a virtual and a host stream writes with check-write and
 * write, a poll over virtual and host pollables asks the host's `ready`). The adapter's WIT
 * interface is shared by its import and its export, so a function it forwards is exported too,
 * and what that export reaches is added, until nothing changes. Without an app, every function
 * is served and the plan stays as it is.
 */
export declare function narrowForwarded(adapter: Uint8Array, plan: VirtPlan, appImports: ExternItem[] | undefined, trace: boolean): VirtPlan;
