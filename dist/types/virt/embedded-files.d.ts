import type { Bytes, DeferredBytes } from '../component/write/bytes.js';
import { type ScannedIdentity } from './host-file-bytes.js';
import type { NameList } from './name-list.js';
/** An embedded file as the generation report lists it. */
export interface MountedFileInfo {
    guest: string;
    host: string;
    size: number;
}
/** The files embedded from the mounts, each stored once, for reports: iterate them for their paths. */
export interface MountedFiles extends Iterable<MountedFileInfo> {
    /** How many files are embedded. */
    readonly length: number;
    /** Their bytes together. */
    readonly totalBytes: number;
}
/**
 * The mounted files whose bytes go into the adapter, by index: each host file once (hard links
 * and symlinks name one entry), its directory's paths, its name, size and the identity it had
 * when scanned. Numbers live in columns and paths are made when asked for, so 50,000 files hold
 * no object each. Bytes are read from the host only when copied into the output.
 */
export declare class EmbeddedFiles implements MountedFiles {
    private readonly names;
    private readonly dirs;
    private readonly dirOf;
    private readonly nameOf;
    private readonly sizes;
    private readonly devs;
    private readonly inos;
    private readonly ctimes;
    /** Bytes in hand, by file (files made from bytes rather than read from a host directory). */
    private readonly inHand;
    /** By file: the earlier file holding the same bytes (itself when none), once shareIdentical ran. */
    private storedAs?;
    /** Hears each file's index once its bytes were copied (mount-progress.ts). */
    onCopied?: (file: number) => void;
    constructor(names: NameList);
    /** A directory files are added to: its guest and host paths, each without a trailing `/`. */
    addDir(guest: string, host: string): number;
    /** A host file of `size` bytes at `name` (an index of the names) in `dir`, with the identity it was scanned with. */
    addHostFile(dir: number, name: number, size: number, scanned: ScannedIdentity): number;
    /** A file whose bytes are in hand. */
    addBytes(dir: number, name: number, bytes: Uint8Array): number;
    private add;
    /** Every file added, those sharing another's bytes included. */
    get count(): number;
    size(file: number): number;
    guest(file: number): string;
    host(file: number): string;
    /** A file's bytes: in hand, or read from the host when copied (checked to be the file scanned). */
    bytes(file: number): Bytes;
    /** Copies a file's bytes into `target` (exactly its size). */
    copyTo(file: number, target: Uint8Array): void;
    /** A file's bytes as deferred bytes, copied by copyTo (so reads are heard). */
    deferred(file: number): DeferredBytes;
    /** Finds files of identical bytes (hashing only those of a size another has too): each is stored once, as the earliest. */
    shareIdentical(): void;
    /** The file whose bytes stand for `file`'s: the earliest of identical bytes. */
    storedFor(file: number): number;
    private isStored;
    get length(): number;
    get totalBytes(): number;
    [Symbol.iterator](): Iterator<MountedFileInfo>;
}
