import type { HostFileBytes } from './host-file-bytes.js';
/**
 * One embedded file as the generation report lists it. Its paths are made when read, from its
 * directory's guest path (shared by the directory's files) and the host file's, so a mount of
 * 50,000 files does not hold two more strings for each.
 */
export declare class MountedFile {
    private readonly guestDir;
    private readonly name;
    readonly bytes: HostFileBytes;
    constructor(guestDir: string, name: string, bytes: HostFileBytes);
    get guest(): string;
    get host(): string;
    get size(): number;
    toJSON(): {
        guest: string;
        host: string;
        size: number;
    };
}
