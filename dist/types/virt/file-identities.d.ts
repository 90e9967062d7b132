/** A host file's identity: its device and inode numbers, exact (64-bit). */
export interface FileId {
    dev: bigint;
    ino: bigint;
}
export declare const sameFile: (a: FileId, b: FileId) => boolean;
/**
 * Values by host file identity, keyed by the numbers themselves (no key string per file: a
 * mount of 50,000 files looks up 50,000 of them).
 */
export declare class FileIdMap<V> {
    private readonly byDevice;
    get(id: FileId): V | undefined;
    has(id: FileId): boolean;
    set(id: FileId, value: V): void;
}
