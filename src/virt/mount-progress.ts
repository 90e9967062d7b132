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
export function reportMountReads(files: EmbeddedFiles, listener: MountProgressListener): void {
  const progress: MountProgress = {
    scanned: true,
    files: 0,
    bytes: 0,
    totalFiles: files.length,
    totalBytes: files.totalBytes,
  };
  const read = new Uint8Array(files.count);
  files.onCopied = (file) => {
    if (read[file]) return;
    read[file] = 1;
    progress.files++;
    progress.bytes += files.size(file);
    listener({ ...progress });
  };
  listener({ ...progress });
}

/** What a listener hears before the scan starts. */
export const SCANNING: MountProgress = {
  scanned: false,
  files: 0,
  bytes: 0,
  totalFiles: 0,
  totalBytes: 0,
};
