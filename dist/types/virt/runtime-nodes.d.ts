import type { Mount, Policy } from '../policy/policy.js';
import { type MountTree } from './mount-tree.js';
/**
 * Adds the run-time host nodes to the mounted trees: each `--preopen` as a
 * preopen whose root is a host directory, each `--host-file` as a file node at
 * its guest path (inside the mount covering it, or under a new virtual root).
 */
export declare function addRuntimeNodes(tree: MountTree, preopens: Mount[], hostFiles: Mount[]): void;
/**
 * Makes the writable trees: with `--overlay`, every mounted tree (each its own quota); then each
 * `--writable` directory as a preopen whose root is an empty directory, writable in memory up to
 * its size. A guest path at, inside or above another preopen is refused: one would hide the
 * other's files. `tree` is readMountTree's for `policy.mounts` (their roots come first).
 */
export declare function addWritableRoots(tree: MountTree, { writable, overlay, mounts }: Pick<Policy, 'writable' | 'overlay' | 'mounts'>): void;
