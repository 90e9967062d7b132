import { type CoreModuleModel } from '../component/core/module-model.js';
import type { Subsystem } from '../policy/policy.js';
import type { VirtPlan } from './plan.js';
/** An adapter export that traps, and what it says about itself. */
export interface DeniedExport {
    /** The core export: `wasi:random/random@0.2.12#get-random-bytes`. */
    name: string;
    subsystem: Subsystem | undefined;
    /** Its trap's name (denials.ts), and the line it writes on stderr. */
    message: string;
    /**
     * Whether the app can call it: a denied subsystem's function. The generated
     * traps for the methods of resources that never exist (trap-exports.ts) cannot
     * be reached, so they get a short name and no stderr message.
     */
    reachable: boolean;
}
/**
 * Every export of the specialised adapter that traps: the functions of the
 * subsystems a policy denies with traps (exit, random, clocks) and the
 * generated traps `generated` (addTrapExports' names).
 */
export declare function deniedExports(plan: VirtPlan, generated: string[]): DeniedExport[];
/**
 * What each denied call writes before it traps, for the adapter's memory: with
 * `--debug`, the end of its trace line; when `writing` (writesDenials), a
 * reachable one's message, as a line on the host's stderr; else nothing.
 */
export declare function textsOf(denials: DeniedExport[], debug: boolean, writing: boolean): (string | undefined)[];
/** Where a text lies in the adapter's memory. */
export interface PlacedText {
    at: number;
    length: number;
}
/**
 * Points each reachable denied export at a trap of its own, in place of the C
 * code's (runtime/deny.c's traps, random/random.c's and clocks/wall-clock.c's
 * seeded and fixed values, or clocks/monotonic.c's around host imports that will
 * trap), so each can carry its own name. With `write`, the trap first writes its
 * message (placed at `messages[i]`) on the host's stderr with the adapter's
 * `wasi_virt_denied` (function `fn`). The unreachable ones (trap-exports.ts's)
 * keep the trap they share.
 */
export declare function trapDenials(m: CoreModuleModel, denials: DeniedExport[], write?: {
    fn: number;
    messages: (PlacedText | undefined)[];
}): void;
/**
 * The module with a name section naming the function of each denied export by
 * its message, so an engine's backtrace says what was denied and what allows
 * it (a function several unreachable traps share, a short name for them all).
 * Nothing else is named.
 */
export declare function withDenialNames(core: Uint8Array, denials: DeniedExport[]): Uint8Array;
