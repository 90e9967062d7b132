/**
 * A host number (device, inode) as a plain number when it fits exactly, else the bigint: the same
 * value always gets the same form, so equality and map keys hold, and most files keep no bigint.
 */
export type HostNumber = number | bigint;
export declare const hostNumber: (n: bigint) => HostNumber;
/** A host file's identity: its device and inode numbers, exact (64-bit). */
export interface FileId {
    dev: HostNumber;
    ino: HostNumber;
}
export declare const fileId: (info: {
    dev: bigint;
    ino: bigint;
}) => FileId;
export declare const sameFile: (a: FileId, b: FileId) => boolean;
/**
 * Values by host file identity, keyed by the numbers themselves (no key string per file: a
 * mount of 50,000 files looks up 50,000 of them).
 */
export declare class FileIdMap<V> {
    private readonly byDevice;
    private count;
    get size(): number;
    get(id: FileId): V | undefined;
    has(id: FileId): boolean;
    set(id: FileId, value: V): void;
}
