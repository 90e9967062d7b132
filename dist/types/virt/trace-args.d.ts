import type { VirtPlan } from './plan.js';
import type { WasiInterface } from './wasi-interfaces.js';
/**
 * How the `--debug` trace shows each core argument of a function: as the core
 * value, or a (pointer, length) pair starting here decoded as a quoted string
 * or as a byte count. Worked out from the function's WIT signature.
 */
export type ArgKind = 'value' | 'string' | 'bytes';
/**
 * The kind of each core argument of `fn` (a `[method]` takes its self first);
 * all values when the parameters do not match the core arguments.
 */
export declare function traceArgKinds(iface: WasiInterface, fn: string, coreParams: number): ArgKind[];
/** traceArgKinds for an export of the plan, by its core name (`wasi:cli/environment@0.2.12#get-environment`). */
export declare const argKindsFor: (plan: VirtPlan) => (name: string, coreParams: number) => ArgKind[];
