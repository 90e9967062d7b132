/**
 * A host number (device, inode) as a plain number when it fits exactly, else the bigint: the same
 * value always gets the same form, so equality and map keys hold, and most files keep no bigint.
 */
export type HostNumber = number | bigint;

export const hostNumber = (n: bigint): HostNumber => (n <= MAX_EXACT ? Number(n) : n);
const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/** A host file's identity: its device and inode numbers, exact (64-bit). */
export interface FileId {
  dev: HostNumber;
  ino: HostNumber;
}

export const fileId = (info: { dev: bigint; ino: bigint }): FileId => ({
  dev: hostNumber(info.dev),
  ino: hostNumber(info.ino),
});

export const sameFile = (a: FileId, b: FileId) => a.dev === b.dev && a.ino === b.ino;

/**
 * Values by host file identity, keyed by the numbers themselves (no key string per file: a
 * mount of 50,000 files looks up 50,000 of them).
 */
export class FileIdMap<V> {
  private readonly byDevice = new Map<HostNumber, Map<HostNumber, V>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(id: FileId): V | undefined {
    return this.byDevice.get(id.dev)?.get(id.ino);
  }

  has(id: FileId): boolean {
    return this.get(id) !== undefined;
  }

  set(id: FileId, value: V): void {
    let inodes = this.byDevice.get(id.dev);
    if (!inodes) this.byDevice.set(id.dev, (inodes = new Map()));
    if (!inodes.has(id.ino)) this.count++;
    inodes.set(id.ino, value);
  }
}
