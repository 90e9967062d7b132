/** Files by index: their sizes and, for those that can be compared, the SHA-256 of their bytes. */
export interface ContentsTable {
    readonly count: number;
    size(index: number): number;
    /** The SHA-256 of the bytes (32 bytes), or undefined for bytes that cannot be hashed. */
    digest(index: number): Uint8Array | undefined;
}
/**
 * For each file of `table`, the earliest file holding the same bytes (itself when none does), so
 * the adapter stores those bytes once. Only files of a size some other has too are hashed, each
 * once. Indices are sorted in typed arrays and digests sit in one buffer: no object per file, as
 * a mount of 50,000 files of one size hashes all of them.
 */
export declare function identicalContents(table: ContentsTable): Uint32Array;
