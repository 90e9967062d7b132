import type { CoreModuleModel } from '../component/core/module-model.js';
import type { VirtPlan } from './plan-model.js';
/**
 * Gives the specialised adapter every interface function the plan exports but its C code leaves
 * out (the methods of resources a denying policy never lets exist, such as a denied TCP
 * socket's), as a trap: one `unreachable` function per signature, shared. Each takes the core
 * signature the canonical ABI lifts the function from (core-signature.ts). Returns the names
 * added.
 */
export declare function addTrapExports(m: CoreModuleModel, plan: VirtPlan): string[];
