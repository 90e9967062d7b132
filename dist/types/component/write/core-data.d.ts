import type { Bytes } from './bytes.js';
export interface DataSegment {
    /** Where the bytes go in memory 0. */
    address: number;
    data: Bytes;
}
/** A core module section holding `module`'s chunks. */
export declare const coreModuleSection: (module: Bytes[]) => Bytes[];
/**
 * Adds active data segments (for memory 0) to a core module and fills in its
 * last `passive.length` segments, empty passive placeholders, with `passive`'s
 * bytes, returned as chunks so no segment's bytes are copied. The data section
 * grows by the new segments and the data count section, if any, follows.
 */
export declare function withDataSegments(module: Uint8Array, segments: DataSegment[], passive?: Bytes[]): Bytes[];
