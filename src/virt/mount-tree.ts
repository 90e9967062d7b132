import { closeSync, openSync, readSync } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import type { Bytes, DeferredBytes } from '../component/bytes.js';
import { UserInputError } from '../errors.js';
import type { Mount } from '../policy/policy.js';

export type TreeNode =
  | { kind: 'dir'; name: string; parent: number; children: number[] }
  /** Contents deferred: read from the host when the adapter is assembled (hostFileBytes). */
  | { kind: 'file'; name: string; parent: number; contents: Bytes }
  /** Reached at run time through the host's preopens: a directory only as a preopen's root. */
  | { kind: 'host-dir' | 'host-file'; name: string; parent: number; host: string };

/** The virtual file trees of a policy's mounts, flattened as adapter/CONFIG.md lays them out. */
export interface MountTree {
  preopens: { path: string; node: number }[];
  nodes: TreeNode[];
  /** Every embedded file, for the generation report. */
  files: { guest: string; host: string; size: number }[];
}

/** `/a//b/` → `/a/b`; the root stays `/`. */
export const normalizeGuest = (path: string) => posix.normalize(path).replace(/(.)\/+$/, '$1');

/** Bytewise (UTF-8) order of names, as the adapter's binary search expects. */
export const bytewise = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * Reads the mounted host directories into trees: entries sorted bytewise by
 * name, symlinks followed only while they stay inside their mount (anything
 * else is refused), other special files refused too.
 */
export async function readMountTree(mounts: Mount[]): Promise<MountTree> {
  const tree: MountTree = { preopens: [], nodes: [], files: [] };
  for (const mount of mounts) {
    const root = await mountRoot(mount);
    const node = tree.nodes.length;
    tree.nodes.push({ kind: 'dir', name: '', parent: node, children: [] });
    tree.preopens.push({ path: normalizeGuest(mount.guest), node });
    await readDirectory(tree, node, root, root, mount);
  }
  return tree;
}

async function mountRoot(mount: Mount): Promise<string> {
  try {
    const info = await stat(mount.host);
    if (!info.isDirectory())
      throw new UserInputError(
        `--mount ${mount.guest}=${mount.host}: '${mount.host}' is not a directory; mount a directory`,
      );
    return await realpath(mount.host);
  } catch (error) {
    if (error instanceof UserInputError) throw error;
    throw new UserInputError(
      `--mount ${mount.guest}=${mount.host}: '${mount.host}' does not exist; check the path`,
    );
  }
}

async function readDirectory(
  tree: MountTree,
  dirNode: number,
  hostDir: string,
  root: string,
  mount: Mount,
  ancestors: string[] = [],
): Promise<void> {
  const real = await realpath(hostDir);
  if (ancestors.includes(real)) {
    throw new UserInputError(
      `--mount ${mount.guest}=${mount.host}: '${hostDir}' links back to a directory above it; refusing to embed a cycle`,
    );
  }
  const names = (await readdir(hostDir)).sort(bytewise);
  // Look at a directory's entries concurrently; add them to the tree in order.
  const entries = await Promise.all(
    names.map(async (name) => {
      const path = join(hostDir, name);
      const target = await resolveInside(path, root, mount);
      return { name, path, target, info: await stat(target) };
    }),
  );
  const dir = tree.nodes[dirNode] as TreeNode & { kind: 'dir' };
  for (const { name, path, target, info } of entries) {
    const index = tree.nodes.length;
    if (info.isDirectory()) {
      tree.nodes.push({ kind: 'dir', name, parent: dirNode, children: [] });
      dir.children.push(index);
      await readDirectory(tree, index, target, root, mount, [...ancestors, real]);
    } else if (info.isFile()) {
      tree.nodes.push({
        kind: 'file',
        name,
        parent: dirNode,
        contents: hostFileBytes(target, info.size),
      });
      dir.children.push(index);
      const guest = `${mount.guest.replace(/\/$/, '')}/${relative(root, path).split(sep).join('/')}`;
      tree.files.push({ guest, host: path, size: info.size });
    } else {
      throw new UserInputError(
        `--mount ${mount.guest}=${mount.host}: '${path}' is neither a file nor a directory; remove it from the mounted tree`,
      );
    }
  }
}

/**
 * A host file's `size` bytes, read only when they are copied to where they end
 * up; a file whose size changed since it was looked at is an error.
 */
export function hostFileBytes(path: string, size: number): DeferredBytes {
  return {
    length: size,
    copyTo(target) {
      const fd = openSync(path, 'r');
      try {
        let at = 0;
        for (let n = 1; at < size && n > 0; at += n) n = readSync(fd, target, at, size - at, at);
        if (at !== size || readSync(fd, new Uint8Array(1), 0, 1, size) !== 0)
          throw new UserInputError(
            `the mounted file '${path}' changed while it was embedded; run again once it is stable`,
          );
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** Follows a symlink only if it stays inside the mount's root. */
async function resolveInside(path: string, root: string, mount: Mount): Promise<string> {
  if (!(await lstat(path)).isSymbolicLink()) return path;
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    throw new UserInputError(
      `--mount ${mount.guest}=${mount.host}: the symlink '${path}' is broken; remove it or fix its target`,
    );
  }
  const inside = relative(root, target);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new UserInputError(
      `--mount ${mount.guest}=${mount.host}: the symlink '${path}' points outside the mount (to '${target}'); refusing to embed it`,
    );
  }
  return target;
}
