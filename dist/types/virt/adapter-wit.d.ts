import type { VirtPlan } from './plan-model.js';
export declare const ADAPTER_WORLD = "virt";
/**
 * The WIT world the specialised adapter is embedded with: it exports the
 * virtualized interfaces with exactly the planned functions, and imports the
 * same interfaces for the functions it forwards to the host. Interfaces are
 * declared in nested packages at the versions the app uses; interfaces whose
 * types they use but the plan does not serve are declared with their types only.
 */
export declare function adapterWit(plan: VirtPlan): string;
