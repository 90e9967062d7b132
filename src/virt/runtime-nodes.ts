import { posix } from 'node:path';
import { UserInputError } from '../errors.js';
import type { Mount, Policy } from '../policy/policy.js';
import { bytewise, normalizeGuest, type MountTree, type TreeNode } from './mount-tree.js';

function checkHostPath(flag: string, entry: Mount): string {
  if (!entry.host.startsWith('/'))
    throw new UserInputError(
      `${flag} ${entry.guest}=${entry.host}: the host path must be absolute, as the host's preopens name it (for example /data/sub when the host preopens /data)`,
    );
  return normalizeGuest(entry.host);
}

function addRoot(tree: MountTree, path: string, node: TreeNode): number {
  const index = tree.nodes.length;
  tree.nodes.push({ ...node, parent: index });
  tree.preopens.push({ path, node: index });
  return index;
}

/**
 * The directory node for guest directory `path`: made, with its parents, inside
 * the deepest root covering it, or as a new virtual root.
 */
function directoryFor(tree: MountTree, path: string, entry: Mount): TreeNode & { kind: 'dir' } {
  const covering = tree.preopens
    .filter((p) => path === p.path || path.startsWith(p.path === '/' ? '/' : `${p.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  let at = covering
    ? covering.node
    : addRoot(tree, path, { kind: 'dir', name: '', parent: 0, children: [] });
  const names = covering ? posix.relative(covering.path, path).split('/').filter(Boolean) : [];
  for (let i = 0; ; i++) {
    const dir = tree.nodes[at]!;
    if (dir.kind !== 'dir')
      throw new UserInputError(
        `--host-file ${entry.guest}=${entry.host}: ${path} is not a directory of the virtual tree (it is a file, or a remapped host directory); choose another guest path`,
      );
    const name = names[i];
    if (name === undefined) return dir;
    const existing = dir.children.find((c) => tree.nodes[c]!.name === name);
    if (existing !== undefined) {
      at = existing;
      continue;
    }
    const child = tree.nodes.length;
    tree.nodes.push({ kind: 'dir', name, parent: at, children: [] });
    insertChild(tree, dir, child);
    at = child;
  }
}

/** Adds a child keeping the bytewise name order the adapter's binary search relies on. */
function insertChild(tree: MountTree, dir: TreeNode & { kind: 'dir' }, child: number): void {
  const name = tree.nodes[child]!.name;
  const at = dir.children.findIndex((c) => bytewise(tree.nodes[c]!.name, name) > 0);
  dir.children.splice(at === -1 ? dir.children.length : at, 0, child);
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
    addRoot(tree, guest, { kind: 'host-dir', name: '', parent: 0, host });
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
    if (dir.children.some((c) => tree.nodes[c]!.name === name))
      throw new UserInputError(
        `--host-file ${entry.guest}=${entry.host}: ${guest} already exists in a mounted tree; choose another guest path`,
      );
    const index = tree.nodes.length;
    tree.nodes.push({ kind: 'host-file', name, parent: tree.nodes.indexOf(dir), host });
    insertChild(tree, dir, index);
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
    const node = addRoot(tree, guest, { kind: 'dir', name: '', parent: 0, children: [] });
    tree.writable.push({ node, quota: entry.size });
  }
}
