/** A host file's identity: its device and inode numbers, exact (64-bit). */
export interface FileId {
  dev: bigint;
  ino: bigint;
}

export const sameFile = (a: FileId, b: FileId) => a.dev === b.dev && a.ino === b.ino;

/**
 * Values by host file identity, keyed by the numbers themselves (no key string per file: a
 * mount of 50,000 files looks up 50,000 of them).
 */
export class FileIdMap<V> {
  private readonly byDevice = new Map<bigint, Map<bigint, V>>();

  get(id: FileId): V | undefined {
    return this.byDevice.get(id.dev)?.get(id.ino);
  }

  has(id: FileId): boolean {
    return this.get(id) !== undefined;
  }

  set(id: FileId, value: V): void {
    let inodes = this.byDevice.get(id.dev);
    if (!inodes) this.byDevice.set(id.dev, (inodes = new Map()));
    inodes.set(id.ino, value);
  }
}
