import { posix } from 'node:path';
import { UserInputError } from '../errors.js';
import type { Mount, Policy } from '../policy/policy.js';
import { bytewise, normalizeGuest, type MountTree } from './mount-tree.js';

function checkHostPath(flag: string, entry: Mount): string {
  if (!entry.host.startsWith('/'))
    throw new UserInputError(
      `${flag} ${entry.guest}=${entry.host}: the host path must be absolute, as the host's preopens name it (for example /data/sub when the host preopens /data)`,
    );
  return normalizeGuest(entry.host);
}

/** A new preopen at guest `path`: a virtual directory, or a host directory's `host` path. */
function addRoot(tree: MountTree, path: string, host?: string): number {
  const node =
    host === undefined
      ? tree.nodes.addDir('')
      : tree.nodes.addHost('host-dir', '', undefined, host);
  tree.preopens.push({ path, node });
  return node;
}

/**
 * The directory node for guest directory `path`: made, with its parents, inside
 * the deepest root covering it, or as a new virtual root.
 */
function directoryFor(tree: MountTree, path: string, entry: Mount): number {
  const { nodes } = tree;
  const covering = tree.preopens
    .filter((p) => path === p.path || path.startsWith(p.path === '/' ? '/' : `${p.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  let at = covering ? covering.node : addRoot(tree, path);
  const names = covering ? posix.relative(covering.path, path).split('/').filter(Boolean) : [];
  for (let i = 0; ; i++) {
    if (nodes.kind(at) !== 'dir')
      throw new UserInputError(
        `--host-file ${entry.guest}=${entry.host}: ${path} is not a directory of the virtual tree (it is a file, or a remapped host directory); choose another guest path`,
      );
    const name = names[i];
    if (name === undefined) return at;
    const existing = nodes.children(at).find((c) => nodes.name(c) === name);
    if (existing !== undefined) {
      at = existing;
      continue;
    }
    const child = nodes.addDir(name, at);
    insertChild(tree, at, child);
    at = child;
  }
}

/** Adds a child keeping the bytewise name order the adapter's binary search relies on. */
function insertChild(tree: MountTree, dir: number, child: number): void {
  const { nodes } = tree;
  const children = nodes.children(dir);
  const name = nodes.name(child);
  const at = children.findIndex((c) => bytewise(nodes.name(c), name) > 0);
  children.splice(at === -1 ? children.length : at, 0, child);
}

/**
 * Adds the run-time host nodes to the mounted trees: each `--preopen` as a
 * preopen whose root is a host directory, each `--host-file` as a file node at
 * its guest path (inside the mount covering it, or under a new virtual root).
 */
export function addRuntimeNodes(tree: MountTree, preopens: Mount[], hostFiles: Mount[]): void {
  for (const entry of preopens) {
    const host = checkHostPath('--preopen', entry);
    const guest = normalizeGuest(entry.guest);
    if (tree.preopens.some((p) => p.path === guest))
      throw new UserInputError(
        `--preopen ${entry.guest}=${entry.host}: ${guest} is already a mount or preopen; give each guest directory one source`,
      );
    addRoot(tree, guest, host);
  }
  for (const entry of hostFiles) {
    const host = checkHostPath('--host-file', entry);
    const guest = normalizeGuest(entry.guest);
    const name = posix.basename(guest);
    if (guest === '/' || name === '..')
      throw new UserInputError(
        `--host-file ${entry.guest}=${entry.host}: the guest path must name a file, like /etc/app.toml`,
      );
    const dir = directoryFor(tree, posix.dirname(guest), entry);
    if (tree.nodes.children(dir).some((c) => tree.nodes.name(c) === name))
      throw new UserInputError(
        `--host-file ${entry.guest}=${entry.host}: ${guest} already exists in a mounted tree; choose another guest path`,
      );
    insertChild(tree, dir, tree.nodes.addHost('host-file', name, dir, host));
  }
}

/**
 * Makes the writable trees: with `--overlay`, every mounted tree (each its own quota); then each
 * `--writable` directory as a preopen whose root is an empty directory, writable in memory up to
 * its size. A guest path at, inside or above another preopen is refused: one would hide the
 * other's files. `tree` is readMountTree's for `policy.mounts` (their roots come first).
 */
export function addWritableRoots(
  tree: MountTree,
  { writable, overlay, mounts }: Pick<Policy, 'writable' | 'overlay' | 'mounts'>,
): void {
  const mounted = tree.preopens.slice(0, mounts.length);
  tree.writable =
    overlay === undefined ? [] : mounted.map((p) => ({ node: p.node, quota: overlay }));
  for (const entry of writable) {
    const guest = normalizeGuest(entry.guest);
    const inside = (a: string, b: string) => a === b || b === '/' || a.startsWith(`${b}/`);
    const clash = tree.preopens.find((p) => inside(guest, p.path) || inside(p.path, guest));
    if (clash)
      throw new UserInputError(
        `--writable ${entry.guest}: ${clash.path === guest ? `${guest} is already a mount or preopen` : `${guest} and the mount or preopen ${clash.path} would hide each other's files`}; choose another guest path`,
      );
    const node = addRoot(tree, guest);
    tree.writable.push({ node, quota: entry.size });
  }
}
