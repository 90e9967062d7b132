import type { Bytes } from './bytes.js';
export interface DataSegment {
    /** Where the bytes go in memory 0. */
    address: number;
    data: Bytes;
}
/**
 * Adds active data segments (for memory 0) to a core module and fills in its
 * last `passive.length` segments, empty passive placeholders, with `passive`'s
 * bytes, returned as chunks so no segment's bytes are copied. The data section
 * grows by the new segments and the data count section, if any, follows.
 */
export declare function withDataSegments(module: Uint8Array, segments: DataSegment[], passive?: Bytes[]): Bytes[];
/**
 * The component with data segments added (and passive placeholders filled,
 * see withDataSegments) to the core module that exports `memory` (the one
 * wit-component built from our module), as chunks: only that module's section
 * is rewritten, every other byte is kept, and no segment's bytes are copied.
 */
export declare function addDataToComponent(component: Uint8Array, segments: DataSegment[], passive?: Bytes[]): Bytes[];
