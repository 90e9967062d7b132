import type { HostFileBytes } from './host-file-bytes.js';

/**
 * One embedded file as the generation report lists it. Its paths are made when read, from its
 * directory's guest path (shared by the directory's files) and the host file's, so a mount of
 * 50,000 files does not hold two more strings for each.
 */
export class MountedFile {
  constructor(
    private readonly guestDir: string,
    private readonly name: string,
    readonly bytes: HostFileBytes,
  ) {}

  get guest(): string {
    return `${this.guestDir}/${this.name}`;
  }

  get host(): string {
    return this.bytes.path;
  }

  get size(): number {
    return this.bytes.length;
  }

  toJSON(): { guest: string; host: string; size: number } {
    return { guest: this.guest, host: this.host, size: this.size };
  }
}
