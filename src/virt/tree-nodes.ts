import { Column, u32Column } from './column.js';
import type { NameList } from './name-list.js';

export type NodeKind = 'dir' | 'file' | 'host-dir' | 'host-file';
const KINDS: readonly NodeKind[] = ['dir', 'file', 'host-dir', 'host-file'];

/** A node's name: text, UTF-8 bytes, or the index of a name already in the names. */
export type Name = string | Uint8Array | number;

/** One node as an object, made when asked for (tests, messages): the tree keeps none. */
export type TreeNode =
  /** A directory. A symlink to a directory of the tree is a node of its own sharing the target's `children`. */
  | { kind: 'dir'; name: string; parent: number; children: number[] }
  /** A file: its bytes are file `contents` of the tree's files (shared by its links and identical files). */
  | { kind: 'file'; name: string; parent: number; contents: number }
  /** Reached at run time through the host's preopens: a directory only as a preopen's root. */
  | { kind: 'host-dir' | 'host-file'; name: string; parent: number; host: string };

/**
 * The nodes of the virtual trees, by index, as columns: kind, parent, name (an index of the
 * names) and what the node refers to (a directory's child list, a file's contents, a host node's
 * path). A mount of 50,000 files holds no object per file; only directories' child lists are arrays.
 */
export class TreeNodes {
  private readonly kinds = new Column((n) => new Uint8Array(n));
  private readonly parents = u32Column();
  private readonly nameOf = u32Column();
  private readonly refs = u32Column();
  private readonly childLists: number[][] = [];
  private readonly hosts: string[] = [];

  constructor(readonly names: NameList) {}

  get length(): number {
    return this.kinds.length;
  }

  private add(kind: NodeKind, name: Name, parent: number, ref: number): number {
    this.parents.push(parent);
    this.nameOf.push(typeof name === 'number' ? name : this.names.add(name));
    this.refs.push(ref);
    return this.kinds.push(KINDS.indexOf(kind));
  }

  /** A directory with no children yet; `parent` undefined makes it a root (its own parent). */
  addDir(name: Name, parent?: number): number {
    return this.add('dir', name, parent ?? this.length, this.childLists.push([]) - 1);
  }

  /** A file whose bytes are file `contents` of the tree's files. */
  addFile(name: Name, parent: number, contents: number): number {
    return this.add('file', name, parent, contents);
  }

  /** A host directory (a root) or file, reached at run time at host path `host`. */
  addHost(
    kind: 'host-dir' | 'host-file',
    name: Name,
    parent: number | undefined,
    host: string,
  ): number {
    return this.add(kind, name, parent ?? this.length, this.hosts.push(host) - 1);
  }

  kind(node: number): NodeKind {
    return KINDS[this.kinds.get(node)]!;
  }

  parent(node: number): number {
    return this.parents.get(node);
  }

  name(node: number): string {
    return this.names.text(this.nameOf.get(node));
  }

  /** The index of the node's name in the names. */
  nameIndex(node: number): number {
    return this.nameOf.get(node);
  }

  /** A directory's children, in bytewise name order (the array itself, shared by the directory's aliases). */
  children(node: number): number[] {
    return this.childLists[this.childList(node)]!;
  }

  /** The index of a directory's child list: equal for a directory and its aliases. */
  childList(node: number): number {
    if (this.kind(node) !== 'dir') throw new Error(`internal: node ${node} is not a directory`);
    return this.refs.get(node);
  }

  /** A file's contents: its index in the tree's files. */
  contents(node: number): number {
    if (this.kind(node) !== 'file') throw new Error(`internal: node ${node} is not a file`);
    return this.refs.get(node);
  }

  setContents(node: number, contents: number): void {
    this.contents(node);
    this.refs.set(node, contents);
  }

  host(node: number): string {
    return this.hosts[this.refs.get(node)]!;
  }

  /** Makes `node` stand for `target` under its own name and parent: the same child list, or the same bytes. */
  alias(node: number, target: number): void {
    this.kinds.set(node, this.kinds.get(target));
    this.refs.set(node, this.refs.get(target));
  }

  /** A node as an object (for tests and messages). */
  at(node: number): TreeNode {
    const base = { name: this.name(node), parent: this.parent(node) };
    const kind = this.kind(node);
    if (kind === 'dir') return { kind, ...base, children: this.children(node) };
    if (kind === 'file') return { kind, ...base, contents: this.contents(node) };
    return { kind, ...base, host: this.host(node) };
  }

  *[Symbol.iterator](): Iterator<TreeNode> {
    for (let node = 0; node < this.length; node++) yield this.at(node);
  }
}
