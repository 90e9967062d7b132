import { createHash, hash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import type { DeferredBytes } from '../component/write/bytes.js';
import { UserInputError } from '../errors.js';
import { hostNumber, type HostNumber } from './file-identities.js';

/**
 * Linux lets a directory's descriptor stand for its path (`/proc/self/fd/N`),
 * so entries are reached relative to the directory that was opened and
 * checked, at any depth, without building long paths.
 */
let procFd: boolean | undefined;
export const hasProcFd = () => (procFd ??= existsSync('/proc/self/fd'));

/**
 * Opens a host file for reading without following a link at its end and
 * without blocking (a FIFO put in its place answers at once and is then
 * refused). A path too long for one system call is opened a piece at a time.
 */
function openNoFollow(path: string): number {
  const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  try {
    return openSync(path, flags);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENAMETOOLONG' || !hasProcFd()) throw error;
  }
  const parts = path.split('/');
  const last = parts.pop()!;
  let dir = openSync('/', constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    for (let i = 0; i < parts.length;) {
      const piece: string[] = [];
      let length = 0;
      while (i < parts.length && (piece.length === 0 || length + parts[i]!.length < 2048)) {
        length += parts[i]!.length + 1;
        piece.push(parts[i++]!);
      }
      const next = openSync(
        `/proc/self/fd/${dir}/${piece.join('/')}`,
        constants.O_RDONLY | constants.O_DIRECTORY,
      );
      closeSync(dir);
      dir = next;
    }
    return openSync(`/proc/self/fd/${dir}/${last}`, flags);
  } finally {
    closeSync(dir);
  }
}

/** A mounted host file's bytes, read only when needed; `digest` hashes them (to find identical files). */
export interface HostFileBytes extends DeferredBytes {
  readonly path: string;
  /** The SHA-256 of the bytes (32 bytes). */
  digest(): Uint8Array;
}

/** How much of a file `digest` reads at a time. */
const DIGEST_CHUNK = 1 << 20;
/** The one buffer digests read through (hashing is synchronous: never two at once). */
let digestBuffer: Uint8Array | undefined;

/** The identity a mounted file had when it was scanned. */
export interface ScannedIdentity {
  dev: bigint;
  ino: bigint;
  ctime: bigint;
}

/** What reads past a file's scanned end to see that nothing is there. */
const PAST_END = new Uint8Array(1);

const NS_PER_SECOND = 1_000_000_000n;

/** A change time in nanoseconds as whole seconds and the nanoseconds past them (two small numbers). */
const splitTime = (ns: bigint): [number, number] => [
  Number(ns / NS_PER_SECOND),
  Number(ns % NS_PER_SECOND),
];

/**
 * A host file's `length` bytes, read only when they are copied to where they end
 * up (or hashed). The file is opened without following links and must still be
 * the one that was scanned (`expected` dev, inode and change time, if given, and
 * its size): anything else, a file that changed size included, is an error naming the path.
 * A class, not closures, and its path kept as its directory's (shared) and its name:
 * a mount of 50,000 files holds 50,000 of these, so the expected identity is kept as
 * the object's own fields and as numbers, not as an object and bigints of its own.
 */
export class HostFile implements HostFileBytes {
  private readonly dev?: HostNumber;
  private readonly ino?: HostNumber;
  private readonly ctimeSeconds?: number;
  private readonly ctimeNanoseconds?: number;

  constructor(
    private readonly dir: string,
    protected readonly name: string | undefined,
    readonly length: number,
    expected?: ScannedIdentity,
  ) {
    if (!expected) return;
    this.dev = hostNumber(expected.dev);
    this.ino = hostNumber(expected.ino);
    [this.ctimeSeconds, this.ctimeNanoseconds] = splitTime(expected.ctime);
  }

  get path(): string {
    return this.name === undefined ? this.dir : `${this.dir}/${this.name}`;
  }

  copyTo(target: Uint8Array): void {
    this.read((fd, at) => readSync(fd, target, at, this.length - at, at));
  }

  digest(): Uint8Array {
    digestBuffer ??= new Uint8Array(DIGEST_CHUNK);
    const buffer = digestBuffer;
    if (this.length <= buffer.length) {
      // Small files (most of a mount) are hashed in one call, without a Hash object each.
      this.read((fd, at) => readSync(fd, buffer, at, this.length - at, at));
      // @types/node 20 names only text encodings; 'buffer' gives the digest's bytes.
      return hash('sha256', buffer.subarray(0, this.length), 'buffer') as unknown as Buffer;
    }
    const sha = createHash('sha256');
    this.read((fd, at) => {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, this.length - at), at);
      sha.update(buffer.subarray(0, n));
      return n;
    });
    return sha.digest();
  }

  private changed(how: string): never {
    throw new UserInputError(
      `the mounted file '${this.path}' changed while it was embedded; run again once it is stable (${how})`,
    );
  }

  /** Reads the whole file through `chunk` (at most the rest of it from offset `at`), checked before and after. */
  private read(chunk: (fd: number, at: number) => number): void {
    const { path, length: size } = this;
    let fd: number;
    try {
      fd = openNoFollow(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return this.changed(
        code === 'ELOOP' ? 'it is a symlink now' : `it cannot be opened: ${code}`,
      );
    }
    try {
      const info = fstatSync(fd, { bigint: true });
      if (!info.isFile()) this.changed('it is no longer a regular file');
      if (this.dev !== undefined) {
        if (hostNumber(info.dev) !== this.dev || hostNumber(info.ino) !== this.ino)
          this.changed('another file is at its path now');
        const [seconds, nanoseconds] = splitTime(info.ctimeNs);
        if (seconds !== this.ctimeSeconds || nanoseconds !== this.ctimeNanoseconds)
          this.changed('it was modified');
      }
      if (info.size !== BigInt(size))
        this.changed(`${size} bytes were scanned, ${info.size} are there now`);
      let at = 0;
      for (let n = 1; at < size && n > 0; at += n) n = chunk(fd, at);
      if (at !== size || readSync(fd, PAST_END, 0, 1, size) !== 0)
        this.changed('its size changed while it was read');
    } finally {
      closeSync(fd);
    }
  }
}

/** A host file's `size` bytes, read when needed (see HostFile). */
export function hostFileBytes(
  path: string,
  size: number,
  expected?: ScannedIdentity,
): HostFileBytes {
  return new HostFile(path, undefined, size, expected);
}
