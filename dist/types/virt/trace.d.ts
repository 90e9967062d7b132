import binaryen from 'binaryen';
import type { PlacedText } from './denied-traps.js';
import type { ArgKind } from './trace-args.js';
/** The adapter's trace functions (adapter/src/runtime/trace.c), exported by its build for this step only. */
export declare const TRACE_EXPORTS: readonly ["wasi_virt_trace_enter", "wasi_virt_trace_arg", "wasi_virt_trace_string", "wasi_virt_trace_bytes", "wasi_virt_trace_result", "wasi_virt_trace_shaped", "wasi_virt_trace_done", "wasi_virt_trace_denied", "wasi_virt_denied"];
/** The interface functions the adapter exports: the ones `--debug` traces. */
export declare function tracedExports(m: binaryen.Module): string[];
/** Where a name lies in the names' bytes: its offset and UTF-8 length. */
export interface Span {
    offset: number;
    length: number;
}
/** The names' UTF-8 bytes, one after another (a repeated name once), and each one's span. */
export declare function traceNameBytes(names: string[]): {
    bytes: Uint8Array;
    spans: Span[];
};
/** A result's shape placed in memory for the trace: where, and whether the core result points to the value. */
export interface PlacedShape {
    at: number;
    indirect: boolean;
}
/**
 * Puts a tracing function in front of each export in `names`: it calls the
 * adapter's trace functions with the export's name (`spans[i]` of the names
 * placed at `namesAt` in memory), each core argument (a string or byte list,
 * as `kindsOf` says, decoded from its pointer and length) and the result,
 * decoded by its shape (`shapes[i]`) or else shown as the core value, around
 * the original. A denied export traps, so its line ends with `denied[i]` (the
 * address and length of a text saying what allows it), written before the call.
 */
export declare function wrapExports(m: binaryen.Module, trace: Record<(typeof TRACE_EXPORTS)[number], string>, names: string[], namesAt: number, spans: Span[], kindsOf: (name: string, coreParams: number) => ArgKind[], shapes: (PlacedShape | undefined)[], denied?: (PlacedText | undefined)[]): void;
