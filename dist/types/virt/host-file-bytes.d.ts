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
/**
 * A host file's `length` bytes, read only when they are copied to where they end
 * up (or hashed). The file is opened without following links and must still be
 * the one that was scanned (`expected` dev, inode and change time, if given, and
 * its size): anything else, a file that changed size included, is an error naming the path.
 * A class, not closures, and its path kept as its directory's (shared) and its name:
 * a mount of 50,000 files holds 50,000 of these, so the expected identity is kept as
 * the object's own fields and as numbers, not as an object and bigints of its own.
 */
export declare class HostFile implements HostFileBytes {
    private readonly dir;
    protected readonly name: string | undefined;
    readonly length: number;
    private readonly dev?;
    private readonly ino?;
    private readonly ctimeSeconds?;
    private readonly ctimeNanoseconds?;
    constructor(dir: string, name: string | undefined, length: number, expected?: ScannedIdentity);
    get path(): string;
    copyTo(target: Uint8Array): void;
    digest(): Uint8Array;
    private changed;
    /** Reads the whole file through `chunk` (at most the rest of it from offset `at`), checked before and after. */
    private read;
}
/** A host file's `size` bytes, read when needed (see HostFile). */
export declare function hostFileBytes(path: string, size: number, expected?: ScannedIdentity): HostFileBytes;
