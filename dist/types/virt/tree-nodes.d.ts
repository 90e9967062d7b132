import type { NameList } from './name-list.js';
export type NodeKind = 'dir' | 'file' | 'host-dir' | 'host-file';
/** A node's name: text, UTF-8 bytes, or the index of a name already in the names. */
export type Name = string | Uint8Array | number;
/** One node as an object, made when asked for (tests, messages): the tree keeps none. */
export type TreeNode = 
/** A directory. A symlink to a directory of the tree is a node of its own sharing the target's `children`. */
{
    kind: 'dir';
    name: string;
    parent: number;
    children: number[];
}
/** A file: its bytes are file `contents` of the tree's files (shared by its links and identical files). */
 | {
    kind: 'file';
    name: string;
    parent: number;
    contents: number;
}
/** Reached at run time through the host's preopens: a directory only as a preopen's root. */
 | {
    kind: 'host-dir' | 'host-file';
    name: string;
    parent: number;
    host: string;
};
/**
 * The nodes of the virtual trees, by index, as columns: kind, parent, name (an index of the
 * names) and what the node refers to (a directory's child list, a file's contents, a host node's
 * path). A mount of 50,000 files holds no object per file; only directories' child lists are arrays.
 */
export declare class TreeNodes {
    readonly names: NameList;
    private readonly kinds;
    private readonly parents;
    private readonly nameOf;
    private readonly refs;
    private readonly childLists;
    private readonly hosts;
    constructor(names: NameList);
    get length(): number;
    private add;
    /** A directory with no children yet; `parent` undefined makes it a root (its own parent). */
    addDir(name: Name, parent?: number): number;
    /** A file whose bytes are file `contents` of the tree's files. */
    addFile(name: Name, parent: number, contents: number): number;
    /** A host directory (a root) or file, reached at run time at host path `host`. */
    addHost(kind: 'host-dir' | 'host-file', name: Name, parent: number | undefined, host: string): number;
    kind(node: number): NodeKind;
    parent(node: number): number;
    name(node: number): string;
    /** The index of the node's name in the names. */
    nameIndex(node: number): number;
    /** A directory's children, in bytewise name order (the array itself, shared by the directory's aliases). */
    children(node: number): number[];
    /** The index of a directory's child list: equal for a directory and its aliases. */
    childList(node: number): number;
    /** A file's contents: its index in the tree's files. */
    contents(node: number): number;
    setContents(node: number, contents: number): void;
    host(node: number): string;
    /** Makes `node` stand for `target` under its own name and parent: the same child list, or the same bytes. */
    alias(node: number, target: number): void;
    /** A node as an object (for tests and messages). */
    at(node: number): TreeNode;
    [Symbol.iterator](): Iterator<TreeNode>;
}
