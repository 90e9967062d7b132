import { type CoreModuleModel } from '../component/core/module-model.js';
import type { TraceFunctions } from './adapter-exports.js';
import type { PlacedText } from './denied-traps.js';
import type { ArgKind } from './trace-args.js';
/** The interface functions the adapter exports: the ones `--debug` traces. */
export declare function tracedExports(m: CoreModuleModel): string[];
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
export declare function wrapExports(m: CoreModuleModel, trace: TraceFunctions, names: string[], namesAt: number, spans: Span[], kindsOf: (name: string, coreParams: number) => ArgKind[], shapes: (PlacedShape | undefined)[], denied?: (PlacedText | undefined)[]): void;
