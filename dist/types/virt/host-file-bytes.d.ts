import type { DeferredBytes } from '../component/write/bytes.js';
export declare const hasProcFd: () => boolean;
/** A mounted host file's bytes, read only when needed; `digest` hashes them (to find identical files). */
export interface HostFileBytes extends DeferredBytes {
    readonly path: string;
    /** The SHA-256 of the bytes (32 bytes). */
    digest(): Uint8Array;
}
/** The identity a mounted file had when it was scanned. */
export interface ScannedIdentity {
    dev: bigint;
    ino: bigint;
    ctime: bigint;
}
/** A host file's `size` bytes, read when needed (see HostFile). */
export declare function hostFileBytes(path: string, size: number, expected?: ScannedIdentity): HostFileBytes;
/** The bytes of the file `name` in the host directory `dir` (see HostFile). */
export declare function hostFileIn(dir: string, name: string, size: number, expected: ScannedIdentity): HostFileBytes;
