import type { Bytes } from '../component/write/bytes.js';
import type { Mount } from '../policy/policy.js';
import { MountedFile } from './mounted-file.js';
export type TreeNode = 
/**
 * A directory. A symlink to a directory of the tree is a node of its own
 * (its name, its parent) sharing the target's `children` array.
 */
{
    kind: 'dir';
    name: string;
    parent: number;
    children: number[];
}
/**
 * Contents deferred: read from the host when the adapter is assembled
 * (hostFileBytes). Every node naming the same host file (symlinks, hard
 * links), or a file of identical contents, holds the same `contents` object,
 * and the contents are stored once.
 */
 | {
    kind: 'file';
    name: string;
    parent: number;
    contents: Bytes;
}
/** Reached at run time through the host's preopens: a directory only as a preopen's root. */
 | {
    kind: 'host-dir' | 'host-file';
    name: string;
    parent: number;
    host: string;
};
/** The virtual file trees of a policy's mounts, flattened as adapter/CONFIG.md lays them out. */
export interface MountTree {
    preopens: {
        path: string;
        node: number;
    }[];
    nodes: TreeNode[];
    /**
     * Every embedded file (once, however many nodes name it), for the generation report. Their
     * paths are getters (made when read): copy the fields, not the object (`{...file}` is empty).
     */
    files: MountedFile[];
    /** The writable trees (--writable): root node and quota in bytes. */
    writable?: {
        node: number;
        quota: number;
    }[];
}
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
