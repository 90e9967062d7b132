import type { CoreExport } from '../component/core/module-model.js';
import type { VirtPlan } from './plan.js';
/**
 * Which of the prebuilt adapter's exports and imports a plan keeps, and under
 * which names: the decisions of specialisation, apart from the code that
 * carries them out (specialize-adapter.ts) and asks them (host-calls.ts).
 */
/** Exports the component model needs whatever the world: the memory and the allocator. */
export declare const RUNTIME_EXPORTS: Set<string>;
/** The adapter's trace functions (adapter/src/runtime/trace.c), exported by its build for the generator only. */
export declare const TRACE_EXPORTS: readonly ["wasi_virt_trace_enter", "wasi_virt_trace_arg", "wasi_virt_trace_string", "wasi_virt_trace_bytes", "wasi_virt_trace_result", "wasi_virt_trace_shaped", "wasi_virt_trace_done", "wasi_virt_trace_denied", "wasi_virt_denied"];
export type TraceFunctions = Record<(typeof TRACE_EXPORTS)[number], number>;
/**
 * The exports a plan keeps: the runtime exports, for a proxy the bridge, and the
 * planned interface functions (renamed to the app's versions) with the
 * destructors of the resources planned interfaces define. Where the C code has a
 * `[forward]` variant the plan uses, it wins, and a `[checked]` one over that.
 */
export declare function chooseExports(exports: CoreExport[], plan: VirtPlan): CoreExport[];
/** The import adapter/src/fs/file-data.c calls to copy bytes out of a passive file's segment. */
export declare const DATA_INIT: {
    module: string;
    name: string;
};
/**
 * The module name a function import keeps under the plan, or undefined when it
 * becomes a trap: host imports the plan forwards and the resource intrinsics of
 * the resources the interfaces it exports declare stay, renamed to the app's
 * versions; so do the pump's functions (wrap/async-pump.ts), which the generator
 * defines. A resource the app's import does not have is not declared: no
 * function the app can call hands one out (the C code may still refer to its
 * constructor, e.g. through a table of wrappers).
 */
export declare function keptImportModule(module: string, name: string, plan: VirtPlan): string | undefined;
