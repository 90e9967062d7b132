/**
 * Bytes that are written straight into the buffer that holds them in the end,
 * such as a mounted file read from the host only when the output is assembled,
 * so large inputs are never held twice.
 */
export interface DeferredBytes {
    readonly length: number;
    copyTo(target: Uint8Array): void;
}
/** Bytes in hand, or deferred. */
export type Bytes = Uint8Array | DeferredBytes;
/** One buffer holding the chunks in order; deferred chunks are produced in place. */
export declare function concatBytes(chunks: Bytes[]): Uint8Array;
/** A zero-filled run of `length` bytes with `pieces` placed at their offsets in it (which must fit). */
export declare function regionOf(length: number, pieces: {
    at: number;
    bytes: Bytes;
}[]): DeferredBytes;
