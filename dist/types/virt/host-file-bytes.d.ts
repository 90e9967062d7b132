import type { DeferredBytes } from '../component/write/bytes.js';
export declare const hasProcFd: () => boolean;
/** A mounted host file's bytes, read only when needed; `digest` hashes them (to find identical files). */
export interface HostFileBytes extends DeferredBytes {
    readonly path: string;
    digest(): string;
}
/**
 * A host file's `size` bytes, read only when they are copied to where they end
 * up (or hashed). The file is opened without following links and must still be
 * the one that was scanned (`expected` dev, inode and change time, if given, and
 * its size): anything else, a file that changed size included, is an error naming the path.
 */
export declare function hostFileBytes(path: string, size: number, expected?: {
    dev: bigint;
    ino: bigint;
    ctime: bigint;
}): HostFileBytes;
