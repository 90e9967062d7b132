import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  realpathSync,
  statSync,
  type BigIntStats,
} from 'node:fs';
import { posix } from 'node:path';
import { UserInputError } from '../errors.js';
import type { Mount } from '../policy/policy.js';
import { isUtf8 } from 'node:buffer';
import { EmbeddedFiles } from './embedded-files.js';
import { FileIdMap, fileId, hostNumber, sameFile, type FileId } from './file-identities.js';
import { hasProcFd } from './host-file-bytes.js';
import { NameList } from './name-list.js';
import { TreeNodes } from './tree-nodes.js';
import { u32Column, u64Column } from './column.js';

/** The virtual file trees of a policy's mounts, flattened as adapter/CONFIG.md lays them out. */
export interface MountTree {
  preopens: { path: string; node: number }[];
  nodes: TreeNodes;
  /** Every embedded file (once, however many nodes name it); each file node's contents are one of these. */
  files: EmbeddedFiles;
  /** The writable trees (--writable): root node and quota in bytes. */
  writable?: { node: number; quota: number }[];
}

/** A tree with no nodes: what mounts, run-time nodes and writable roots are added to. */
export function emptyMountTree(): MountTree {
  const names = new NameList();
  return { preopens: [], nodes: new TreeNodes(names), files: new EmbeddedFiles(names) };
}

/** The largest mounted file: the layout's lengths are u32. */
export const MAX_MOUNTED_FILE = 0xffff_ffff;
/** The most the mounted files may hold together (each stored once): they travel in one output. */
export const MAX_MOUNTED_TOTAL = 0xffff_ffff;

/** `/a//b/` → `/a/b`; the root stays `/`. */
export const normalizeGuest = (path: string) => posix.normalize(path).replace(/(.)\/+$/, '$1');

/** Bytewise (UTF-8) order of names, as the adapter's binary search expects. */
export const bytewise = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** A name as text for a message: bytes outside printable ASCII as `\xNN`. */
const showName = (name: Buffer) =>
  [...name]
    .map((b) =>
      b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`,
    )
    .join('');

/**
 * Reads the mounted host directories into trees: entries sorted bytewise by
 * name; symlinks resolve to the entry of the same mount they reach (anything
 * else, and a cycle, is refused), so every directory is read once; every
 * file's contents are stored once, shared by the files they are identical to; other special files, names that are not UTF-8 and files of
 * 4 GiB or more are refused too. The walk is iterative and linear in the
 * number of entries.
 */
export async function readMountTree(mounts: Mount[]): Promise<MountTree> {
  checkOverlaps(mounts);
  const tree = emptyMountTree();
  const stored = new FileIdMap<number>();
  for (const mount of mounts) {
    const node = tree.nodes.addDir('');
    tree.preopens.push({ path: normalizeGuest(mount.guest), node });
    await Promise.resolve(); // keep the event loop turning between mounts
    new MountWalk(tree, mount, node, stored).run();
  }
  // Files of identical contents are stored once, under the first name.
  tree.files.shareIdentical();
  const { nodes, files } = tree;
  for (let node = 0; node < nodes.length; node++)
    if (nodes.kind(node) === 'file') nodes.setContents(node, files.storedFor(nodes.contents(node)));
  const total = files.totalBytes;
  if (total > MAX_MOUNTED_TOTAL)
    throw new UserInputError(
      `the mounted files hold ${total} bytes together; at most ${MAX_MOUNTED_TOTAL} bytes (4 GiB - 1) can be embedded: mount less`,
    );
  return tree;
}

/**
 * The first two guest paths where one mount would hide another's files (the
 * same path, or one inside the other): their indices and why, or undefined.
 */
export function overlappingMounts(guests: string[]): [number, number, string] | undefined {
  const paths = guests.map(normalizeGuest);
  const inside = (a: string, b: string) => a === b || b === '/' || a.startsWith(`${b}/`);
  for (const [i, a] of paths.entries())
    for (const [j, b] of paths.slice(0, i).entries()) {
      if (a === b) return [j, i, `both mount at ${a}`];
      if (inside(a, b)) return [j, i, `${a} is inside ${b}`];
      if (inside(b, a)) return [j, i, `${b} is inside ${a}`];
    }
  return undefined;
}

function checkOverlaps(mounts: Mount[]): void {
  const overlap = overlappingMounts(mounts.map((m) => m.guest));
  if (!overlap) return;
  const [j, i, why] = overlap;
  const flag = (k: number) => `--mount ${mounts[k]!.guest}=${mounts[k]!.host}`;
  throw new UserInputError(
    `${flag(j)} and ${flag(i)}: ${why}, so one would hide the other's files; give each guest directory one mount`,
  );
}

function mountRoot(mount: Mount): string {
  let info;
  try {
    info = statSync(mount.host);
  } catch {
    throw new UserInputError(
      `--mount ${mount.guest}=${mount.host}: '${mount.host}' does not exist; check the path`,
    );
  }
  if (!info.isDirectory())
    throw new UserInputError(
      `--mount ${mount.guest}=${mount.host}: '${mount.host}' is not a directory; mount a directory`,
    );
  return realpathSync(mount.host);
}

/** A directory being read: its descriptor, and how its entries are named. */
interface Frame {
  fd: number;
  /** Prefix of an entry's path: `/proc/self/fd/N/`, or the directory's own path and `/`. */
  prefix: Buffer;
  /** The directory's host path, without a trailing `/` (for messages). */
  hostDir: string;
  /** The directory as the embedded files know it (EmbeddedFiles.addDir). */
  dir: number;
  subdirs: { node: number; name: Buffer; id: FileId }[];
  next: number;
}

/** A symlink (or a second path to a directory), resolved once every entry is known. */
interface Alias {
  node: number;
  id: FileId;
}

class MountWalk {
  private readonly label: string;
  private readonly root: string;
  /** Directories of this mount by dev:inode. */
  private readonly dirs = new FileIdMap<number>();
  /** Files of this mount: node, device and inode, in columns (looked up only when a symlink needs them). */
  private readonly fileNodes = u32Column();
  private readonly fileDevs = u64Column();
  private readonly fileInos = u64Column();
  private readonly aliases: Alias[] = [];
  /** A directory alias's node → the directory it stands for. */
  private readonly aliasOf = new Map<number, number>();

  constructor(
    private readonly tree: MountTree,
    private readonly mount: Mount,
    private readonly rootNode: number,
    private readonly stored: FileIdMap<number>,
  ) {
    this.label = `--mount ${mount.guest}=${mount.host}`;
    this.root = mountRoot(mount);
  }

  private fail(what: string): never {
    throw new UserInputError(`${this.label}: ${what}`);
  }

  /** The path of a node of this mount: host (under the real root) or guest. */
  private pathOf(node: number, base: string): string {
    const { nodes } = this.tree;
    const names: string[] = [];
    for (let at = node; at !== this.rootNode; at = nodes.parent(at)) names.push(nodes.name(at));
    return [base.replace(/\/+$/, ''), ...names.reverse()].join('/') || '/';
  }

  private hostPath = (node: number) => this.pathOf(node, this.root);

  /** A directory's path as the prefix of its entries' (the root's without its `/`). */
  private dirPrefix(node: number, base: string): string {
    return node === this.rootNode ? base.replace(/\/+$/, '') : this.pathOf(node, base);
  }

  run(): void {
    const fd = this.open(Buffer.from(this.root), undefined, this.root);
    this.dirs.set(fileId(fstatSync(fd, { bigint: true })), this.rootNode);
    const stack: Frame[] = [this.list(fd, this.rootNode, Buffer.from(`${this.root}/`))];
    try {
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        const sub = frame.subdirs[frame.next++];
        if (!sub) {
          closeSync(frame.fd);
          stack.pop();
          continue;
        }
        const path = Buffer.concat([frame.prefix, sub.name]);
        const child = this.open(path, sub.id, this.hostPath(sub.node));
        const prefix = hasProcFd()
          ? Buffer.from(`/proc/self/fd/${child}/`)
          : Buffer.concat([path, Buffer.from('/')]);
        stack.push(this.list(child, sub.node, prefix));
      }
    } finally {
      for (const frame of stack) closeSync(frame.fd);
    }
    this.resolveAliases();
    this.refuseCycles();
  }

  /** Opens a directory without following a link, checking it is the one listed (`id`, if given). */
  private open(path: Buffer, id: FileId | undefined, shown: string): number {
    let fd;
    try {
      fd = openSync(path, constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EMFILE' || code === 'ENFILE')
        this.fail(
          `'${shown}' is nested too deeply to read (the process ran out of file descriptors); mount a shallower tree`,
        );
      this.fail(`'${shown}' changed while it was read (${code}); run again once it is stable`);
    }
    if (id && !sameFile(fileId(fstatSync(fd, { bigint: true })), id)) {
      closeSync(fd);
      this.fail(`'${shown}' changed while it was read; run again once it is stable`);
    }
    return fd;
  }

  /** Lists directory `fd` into `dirNode`'s children, in bytewise order. */
  private list(fd: number, dirNode: number, prefix: Buffer): Frame {
    const hostDir = this.dirPrefix(dirNode, this.root);
    const frame: Frame = {
      fd,
      prefix,
      hostDir,
      dir: this.tree.files.addDir(
        this.dirPrefix(dirNode, normalizeGuest(this.mount.guest)),
        hostDir,
      ),
      subdirs: [],
      next: 0,
    };
    const children = this.tree.nodes.children(dirNode);
    let names: Buffer[];
    try {
      const at = hasProcFd() ? `/proc/self/fd/${fd}` : prefix.subarray(0, -1);
      names = readdirSync(at, { encoding: 'buffer' }).sort(Buffer.compare);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    for (const raw of names) {
      try {
        if (!isUtf8(raw))
          this.fail(
            `the name '${showName(raw)}' in '${this.hostPath(dirNode)}' is not valid UTF-8 (WASI names are strings); rename it or leave it out of the mount`,
          );
        children.push(this.entry(frame, dirNode, raw));
      } catch (error) {
        closeSync(fd);
        throw error;
      }
    }
    return frame;
  }

  /** Adds the node for entry `raw` of directory `parent`; returns it. */
  private entry(frame: Frame, parent: number, raw: Buffer): number {
    const { nodes } = this.tree;
    const path = Buffer.concat([frame.prefix, raw]);
    const info = lstatSync(path, { bigint: true });
    const id = fileId(info);
    if (info.isSymbolicLink() || (info.isDirectory() && this.dirs.has(id))) {
      // Placeholder until every entry of the mount is known.
      const node = nodes.addDir(raw, parent);
      this.aliases.push({ node, id: this.target(path, node, info) });
      return node;
    }
    if (info.isDirectory()) {
      const node = nodes.addDir(raw, parent);
      this.dirs.set(id, node);
      frame.subdirs.push({ node, name: raw, id });
      return node;
    }
    if (info.isFile()) {
      const name = nodes.names.add(raw);
      const node = nodes.addFile(name, parent, this.contents(frame, name, info, id));
      this.fileNodes.push(node);
      this.fileDevs.push(info.dev);
      this.fileInos.push(info.ino);
      return node;
    }
    const node = nodes.addDir(raw, parent);
    this.fail(
      `'${this.hostPath(node)}' is neither a file nor a directory; remove it from the mounted tree`,
    );
  }

  /** What a symlink leads to (dev:inode), or the directory seen again. */
  private target(path: Buffer, node: number, info: BigIntStats): FileId {
    if (!info.isSymbolicLink()) return fileId(info);
    try {
      return fileId(statSync(path, { bigint: true }));
    } catch {
      this.fail(`the symlink '${this.hostPath(node)}' is broken; remove it or fix its target`);
    }
  }

  /** A file's embedded entry: one per host file, however many nodes name it. */
  private contents(frame: Frame, name: number, info: BigIntStats, id: FileId): number {
    // Only a file with more than one link can be met again under another name (a symlink reaches
    // the node it points at): the others are not kept in the map.
    const linked = info.nlink > 1n;
    const known = linked ? this.stored.get(id) : undefined;
    if (known !== undefined) return known;
    if (info.size > BigInt(MAX_MOUNTED_FILE))
      this.fail(
        `'${frame.hostDir}/${this.tree.nodes.names.text(name)}' holds ${info.size} bytes; a mounted file must be smaller than 4 GiB (at most ${MAX_MOUNTED_FILE} bytes)`,
      );
    const file = this.tree.files.addHostFile(frame.dir, name, Number(info.size), {
      dev: info.dev,
      ino: info.ino,
      ctime: info.ctimeNs,
    });
    if (linked) this.stored.set(id, file);
    return file;
  }

  /** The node of each file a symlink reaches, found in one pass over the files (only those asked for). */
  private filesReached(): FileIdMap<number> {
    const reached = new FileIdMap<number>();
    for (const alias of this.aliases) if (!this.dirs.has(alias.id)) reached.set(alias.id, -1);
    if (reached.size === 0) return reached;
    for (let i = 0; i < this.fileNodes.length; i++) {
      const id = { dev: hostNumber(this.fileDevs.get(i)), ino: hostNumber(this.fileInos.get(i)) };
      if (reached.get(id) === -1) reached.set(id, this.fileNodes.get(i));
    }
    return reached;
  }

  /** Points each symlink's node at what it reaches; a target outside the mount is refused. */
  private resolveAliases(): void {
    const files = this.filesReached();
    for (const alias of this.aliases) {
      const target = this.dirs.get(alias.id) ?? files.get(alias.id);
      if (target === undefined || target === -1) {
        let to: string;
        try {
          to = realpathSync(this.hostPath(alias.node));
        } catch {
          to = 'a path that changed while it was read';
        }
        this.fail(
          `the symlink '${this.hostPath(alias.node)}' points outside the mount (to '${to}'); refusing to embed it`,
        );
      }
      this.tree.nodes.alias(alias.node, target);
      if (this.tree.nodes.kind(target) === 'dir') this.aliasOf.set(alias.node, target);
    }
  }

  /** A symlink leading back to a directory that contains it would make an endless tree. */
  private refuseCycles(): void {
    const { nodes } = this.tree;
    const state = new Map<number, 'open' | 'done'>();
    const stack: { dir: number; next: number }[] = [{ dir: this.rootNode, next: 0 }];
    state.set(this.rootNode, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = nodes.children(top.dir)[top.next++];
      if (child === undefined) {
        state.set(top.dir, 'done');
        stack.pop();
        continue;
      }
      if (nodes.kind(child) !== 'dir') continue;
      const dir = this.aliasOf.get(child) ?? child;
      const seen = state.get(dir);
      if (seen === 'open')
        this.fail(
          `'${this.hostPath(child)}' links back to a directory above it; refusing to embed a cycle`,
        );
      if (seen === 'done') continue;
      state.set(dir, 'open');
      stack.push({ dir, next: 0 });
    }
  }
}
