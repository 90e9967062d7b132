import { type Subsystem } from '../policy/policy.js';
import type { AdapterSettings, VirtPlan, VirtualizedInterface } from './plan-model.js';
import { type WasiInterface } from './wasi-interfaces.js';
/**
 * What a denied function says about itself, in one place: the trap's name in
 * the adapter's name section (which wasmtime's and V8's backtraces show), the
 * line written on the host's stderr before the trap, the `--debug` trace's
 * result, and the generation report (src/virt/plan-entries.ts) all come from
 * here.
 */
/** The CLI flag and the policy-file key (also the action's input) that allow a subsystem. */
export declare function allowedBy(subsystem: Subsystem): {
    flag: string;
    key: string;
};
/** The subsystem the policy denied that an interface belongs to, if any. */
export declare function deniedSubsystem(iface: WasiInterface, settings: AdapterSettings): Subsystem | undefined;
/** The planned interfaces whose every function traps under the policy, with the subsystem that would allow them. */
export declare function trappingInterfaces(plan: VirtPlan): {
    planned: VirtualizedInterface;
    subsystem: Subsystem;
}[];
/** `wasi:random/random@0.2.12` → `wasi:random/random` (messages name interfaces without versions). */
export declare const unversioned: (name: string) => string;
/**
 * A denied function's message, and its trap's name: `wasi-virt: denied
 * wasi:random/random#get-random-bytes (allow with --allow-random)`.
 */
export declare function trapMessage(interfaceName: string, fn: string, subsystem: Subsystem): string;
/**
 * The name of a generated trap that cannot be reached (the method of a socket
 * or HTTP resource a denial never lets exist: the call fails on its handle
 * first), which may serve several exports: what would allow them, without
 * naming each, to keep the adapter small.
 */
export declare function unreachableTrapName(denied: (Subsystem | undefined)[]): string;
/** The `--debug` trace's result for a denied call, which it writes before the trap. */
export declare function tracedDenial(subsystem: Subsystem | undefined): string;
/**
 * Whether the adapter writes a denied function's message on the host's stderr
 * before it traps: when something traps, the app's stderr is the host's (the
 * app imports it and the policy allows it) and `--debug` does not trace the
 * call already.
 */
export declare function writesDenials(plan: VirtPlan): boolean;
