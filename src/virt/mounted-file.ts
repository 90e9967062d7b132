import { HostFile, type ScannedIdentity } from './host-file-bytes.js';

/**
 * One embedded file: its host file's deferred bytes, and what the generation report lists. One
 * object per file, its guest path made when read from its directory's (shared by the directory's
 * files), so a mount of 50,000 files holds no second object or path string for each.
 */
export class MountedFile extends HostFile {
  constructor(
    private readonly guestDir: string,
    hostDir: string,
    name: string,
    size: number,
    scanned: ScannedIdentity,
  ) {
    super(hostDir, name, size, scanned);
  }

  get guest(): string {
    return `${this.guestDir}/${this.name!}`;
  }

  get host(): string {
    return this.path;
  }

  get size(): number {
    return this.length;
  }

  toJSON(): { guest: string; host: string; size: number } {
    return { guest: this.guest, host: this.host, size: this.size };
  }
}
