import type { Bytes, DeferredBytes } from '../component/write/bytes.js';
import type { MountTree } from './mount-tree.js';

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
 * Makes each embedded file of `tree` report to `listener` once its bytes are read into the
 * output, and says the totals. The scan itself (readMountTree: listing the trees, hashing files
 * of equal size to store identical contents once) reports only its start and end; for large
 * files the time goes into the copy, which is where the files and bytes are counted.
 */
export function reportMountReads(tree: MountTree, listener: MountProgressListener): void {
  const progress: MountProgress = {
    scanned: true,
    files: 0,
    bytes: 0,
    totalFiles: 0,
    totalBytes: 0,
  };
  const reporting = new Map<Bytes, Bytes>();
  const report = (contents: DeferredBytes): DeferredBytes => {
    let read = false;
    return {
      length: contents.length,
      copyTo(target) {
        contents.copyTo(target);
        if (read) return;
        read = true;
        progress.files++;
        progress.bytes += contents.length;
        listener({ ...progress });
      },
    };
  };
  for (const node of tree.nodes) {
    if (node.kind !== 'file' || node.contents instanceof Uint8Array) continue;
    let wrapped = reporting.get(node.contents);
    if (!wrapped) {
      wrapped = report(node.contents);
      reporting.set(node.contents, wrapped);
      progress.totalFiles++;
      progress.totalBytes += node.contents.length;
    }
    node.contents = wrapped;
  }
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
