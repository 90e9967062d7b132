import type { Bytes, DeferredBytes } from '../component/write/bytes.js';
import type { Component } from '../component/read/read-component.js';
import type { Policy } from '../policy/policy.js';
import { planAdapter } from '../virt/generate-adapter.js';
import { readMountTree, type MountTree } from '../virt/mount-tree.js';

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
 * The policy's mounts, read as generation would read them, with each embedded file's contents
 * reporting to `listener` once they are read into the output; undefined when generation will
 * not read them (no mounts, or an adapter with nothing to serve: generateAdapter's own test),
 * so nothing is read, and no error raised, that generation would not.
 *
 * The scan itself (readMountTree: listing the trees, hashing files of equal size to store
 * identical contents once) has no hook to report from; the listener hears of a file when its
 * bytes are copied into the output, which is where the time goes for large files.
 */
export async function readMountsWithProgress(
  policy: Policy,
  app: Component | undefined,
  listener: MountProgressListener,
): Promise<MountTree | undefined> {
  if (policy.mounts.length === 0) return undefined;
  const plan = await planAdapter(policy, app);
  if (plan.interfaces.length === 0) return undefined;
  const progress: MountProgress = {
    scanned: false,
    files: 0,
    bytes: 0,
    totalFiles: 0,
    totalBytes: 0,
  };
  listener({ ...progress });
  const tree = await readMountTree(policy.mounts);
  progress.scanned = true;
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
  return tree;
}
