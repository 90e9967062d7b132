import type { Mount } from '../policy/policy.js';
import { type MountTree } from './mount-tree.js';
/**
 * Adds the run-time host nodes to the mounted trees: each `--preopen` as a
 * preopen whose root is a host directory, each `--host-file` as a file node at
 * its guest path (inside the mount covering it, or under a new virtual root).
 */
export declare function addRuntimeNodes(tree: MountTree, preopens: Mount[], hostFiles: Mount[]): void;
