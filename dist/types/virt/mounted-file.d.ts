import { HostFile, type ScannedIdentity } from './host-file-bytes.js';
/**
 * One embedded file: its host file's deferred bytes, and what the generation report lists. One
 * object per file, its guest path made when read from its directory's (shared by the directory's
 * files), so a mount of 50,000 files holds no second object or path string for each.
 */
export declare class MountedFile extends HostFile {
    private readonly guestDir;
    constructor(guestDir: string, hostDir: string, name: string, size: number, scanned: ScannedIdentity);
    get guest(): string;
    get host(): string;
    get size(): number;
    toJSON(): {
        guest: string;
        host: string;
        size: number;
    };
}
