import type { EmbeddedFiles } from './embedded-files.js';
/**
 * How far reading the mounted files has got: the files and bytes read so far, of the totals
 * (which are known once the directories are scanned).
 */
export interface MountProgress {
    scanned: boolean;
    files: number;
    bytes: number;
    totalFiles: number;
    totalBytes: number;
}
export type MountProgressListener = (progress: MountProgress) => void;
/**
 * Makes each embedded file report to `listener` once its bytes are read into the output, and
 * says the totals. The scan itself (readMountTree: listing the trees, hashing files of equal
 * size to store identical contents once) reports only its start and end; for large files the
 * time goes into the copy, which is where the files and bytes are counted.
 */
export declare function reportMountReads(files: EmbeddedFiles, listener: MountProgressListener): void;
/** What a listener hears before the scan starts. */
export declare const SCANNING: MountProgress;
