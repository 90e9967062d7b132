import type { Mount, Writable } from '../policy/policy.js';
import { type MountTree } from './mount-tree.js';
/**
 * Adds the run-time host nodes to the mounted trees: each `--preopen` as a
 * preopen whose root is a host directory, each `--host-file` as a file node at
 * its guest path (inside the mount covering it, or under a new virtual root).
 */
export declare function addRuntimeNodes(tree: MountTree, preopens: Mount[], hostFiles: Mount[]): void;
/**
 * Adds each `--writable` directory as a preopen whose root is an empty directory, writable in
 * memory up to its size. A guest path at, inside or above another preopen is refused: one would
 * hide the other's files.
 */
export declare function addWritableRoots(tree: MountTree, writable: Writable[]): void;
