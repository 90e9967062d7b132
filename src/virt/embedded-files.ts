import { createHash } from 'node:crypto';
import type { Bytes, DeferredBytes } from '../component/write/bytes.js';
import { i64Column, u32Column, u64Column } from './column.js';
import { HostFile, type ScannedIdentity } from './host-file-bytes.js';
import type { NameList } from './name-list.js';
import { identicalContents } from './shared-contents.js';

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
export class EmbeddedFiles implements MountedFiles {
  private readonly dirs: { guest: string; host: string }[] = [];
  private readonly dirOf = u32Column();
  private readonly nameOf = u32Column();
  private readonly sizes = u32Column();
  private readonly devs = u64Column();
  private readonly inos = u64Column();
  private readonly ctimes = i64Column();
  /** Bytes in hand, by file (files made from bytes rather than read from a host directory). */
  private readonly inHand = new Map<number, Uint8Array>();
  /** By file: the earlier file holding the same bytes (itself when none), once shareIdentical ran. */
  private storedAs?: Uint32Array;
  /** Hears each file's index once its bytes were copied (mount-progress.ts). */
  onCopied?: (file: number) => void;

  constructor(private readonly names: NameList) {}

  /** A directory files are added to: its guest and host paths, each without a trailing `/`. */
  addDir(guest: string, host: string): number {
    return this.dirs.push({ guest, host }) - 1;
  }

  /** A host file of `size` bytes at `name` (an index of the names) in `dir`, with the identity it was scanned with. */
  addHostFile(dir: number, name: number, size: number, scanned: ScannedIdentity): number {
    this.devs.push(scanned.dev);
    this.inos.push(scanned.ino);
    this.ctimes.push(scanned.ctime);
    return this.add(dir, name, size);
  }

  /** A file whose bytes are in hand. */
  addBytes(dir: number, name: number, bytes: Uint8Array): number {
    this.devs.push(0n);
    this.inos.push(0n);
    this.ctimes.push(0n);
    const file = this.add(dir, name, bytes.length);
    this.inHand.set(file, bytes);
    return file;
  }

  private add(dir: number, name: number, size: number): number {
    this.dirOf.push(dir);
    this.nameOf.push(name);
    return this.sizes.push(size);
  }

  /** Every file added, those sharing another's bytes included. */
  get count(): number {
    return this.sizes.length;
  }

  size(file: number): number {
    return this.sizes.get(file);
  }

  guest(file: number): string {
    return `${this.dirs[this.dirOf.get(file)]!.guest}/${this.names.text(this.nameOf.get(file))}`;
  }

  host(file: number): string {
    const host = this.dirs[this.dirOf.get(file)]!.host;
    return this.inHand.has(file) ? '' : `${host}/${this.names.text(this.nameOf.get(file))}`;
  }

  /** A file's bytes: in hand, or read from the host when copied (checked to be the file scanned). */
  bytes(file: number): Bytes {
    const held = this.inHand.get(file);
    if (held) return held;
    return new HostFile(
      this.dirs[this.dirOf.get(file)]!.host,
      this.names.text(this.nameOf.get(file)),
      this.sizes.get(file),
      { dev: this.devs.get(file), ino: this.inos.get(file), ctime: this.ctimes.get(file) },
    );
  }

  /** Copies a file's bytes into `target` (exactly its size). */
  copyTo(file: number, target: Uint8Array): void {
    const bytes = this.bytes(file);
    if (bytes instanceof Uint8Array) target.set(bytes);
    else bytes.copyTo(target);
    this.onCopied?.(file);
  }

  /** A file's bytes as deferred bytes, copied by copyTo (so reads are heard). */
  deferred(file: number): DeferredBytes {
    return { length: this.size(file), copyTo: (target) => this.copyTo(file, target) };
  }

  /** Finds files of identical bytes (hashing only those of a size another has too): each is stored once, as the earliest. */
  shareIdentical(): void {
    this.storedAs = identicalContents({
      count: this.count,
      size: (file) => this.size(file),
      digest: (file) => {
        const bytes = this.bytes(file);
        return bytes instanceof Uint8Array
          ? createHash('sha256').update(bytes).digest()
          : (bytes as HostFile).digest();
      },
    });
  }

  /** The file whose bytes stand for `file`'s: the earliest of identical bytes. */
  storedFor(file: number): number {
    return this.storedAs?.[file] ?? file;
  }

  private isStored = (file: number) => this.storedFor(file) === file;

  get length(): number {
    let n = 0;
    for (let file = 0; file < this.count; file++) if (this.isStored(file)) n++;
    return n;
  }

  get totalBytes(): number {
    let total = 0;
    for (let file = 0; file < this.count; file++) if (this.isStored(file)) total += this.size(file);
    return total;
  }

  *[Symbol.iterator](): Iterator<MountedFileInfo> {
    for (let file = 0; file < this.count; file++)
      if (this.isStored(file))
        yield { guest: this.guest(file), host: this.host(file), size: this.size(file) };
  }
}
