import type { Mount } from '../policy/policy.js';
import { EmbeddedFiles } from './embedded-files.js';
import { TreeNodes } from './tree-nodes.js';
/** The virtual file trees of a policy's mounts, flattened as adapter/CONFIG.md lays them out. */
export interface MountTree {
    preopens: {
        path: string;
        node: number;
    }[];
    nodes: TreeNodes;
    /** Every embedded file (once, however many nodes name it); each file node's contents are one of these. */
    files: EmbeddedFiles;
    /** The writable trees (--writable): root node and quota in bytes. */
    writable?: {
        node: number;
        quota: number;
    }[];
}
/** A tree with no nodes: what mounts, run-time nodes and writable roots are added to. */
export declare function emptyMountTree(): MountTree;
/** The largest mounted file: the layout's lengths are u32. */
export declare const MAX_MOUNTED_FILE = 4294967295;
/** The most the mounted files may hold together (each stored once): they travel in one output. */
export declare const MAX_MOUNTED_TOTAL = 4294967295;
/** `/a//b/` → `/a/b`; the root stays `/`. */
export declare const normalizeGuest: (path: string) => string;
/** Bytewise (UTF-8) order of names, as the adapter's binary search expects. */
export declare const bytewise: (a: string, b: string) => 0 | 1 | -1;
/**
 * Reads the mounted host directories into trees: entries sorted bytewise by
 * name; symlinks resolve to the entry of the same mount they reach (anything
 * else, and a cycle, is refused), so every directory is read once; every
 * file's contents are stored once, shared by the files they are identical to; other special files, names that are not UTF-8 and files of
 * 4 GiB or more are refused too. The walk is iterative and linear in the
 * number of entries.
 */
export declare function readMountTree(mounts: Mount[]): Promise<MountTree>;
/**
 * The first two guest paths where one mount would hide another's files (the
 * same path, or one inside the other): their indices and why, or undefined.
 */
export declare function overlappingMounts(guests: string[]): [number, number, string] | undefined;
