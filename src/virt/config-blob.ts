import { CONFIG_MAGIC, LAYOUT_VERSION } from './config-layout.js';
import { BlobWriter, noFiles, type ConfigWords, type FileLayout } from './config-writer.js';
import { alignTo } from './align.js';
import type { MountTree } from './mount-tree.js';
import type { AdapterSettings } from './plan-model.js';
import { SUBSYSTEMS } from './subsystems/registry.js';

export { CONFIG_MAGIC } from './config-layout.js';
export type { FileLayout } from './config-writer.js';

/**
 * The configuration blob for the plan's settings (and the metadata of its mounted trees),
 * to be placed at address `base` of the adapter's memory: the header's identity, then each
 * subsystem's words (env, config, I/O). File contents are not in it: `files` says where each
 * file node's bytes will be (see layoutFiles), so they can travel as data segments of their own.
 */
export function encodeConfigBlob(
  settings: AdapterSettings,
  base: number,
  tree: MountTree = { preopens: [], nodes: [], files: [] },
  files: FileLayout = noFiles(),
): Uint8Array {
  const w = new BlobWriter(base);
  const fields: ConfigWords = {
    magic: [CONFIG_MAGIC],
    version: [LAYOUT_VERSION],
    size: [0], // written by finish
  };
  for (const subsystem of SUBSYSTEMS) {
    const words = subsystem.configWords?.(w, { settings, tree, files }) ?? {};
    const twice = Object.keys(words).filter((field) => field in fields);
    if (twice.length > 0)
      throw new Error(`internal: ${subsystem.role} writes ${twice.join(', ')} again`);
    Object.assign(fields, words);
  }
  return w.finish(fields);
}

/** Lays out the files' contents from `start` (FileLayout); files of `passiveCutoff` bytes or more go passive. */
export function layoutFiles(tree: MountTree, start: number, passiveCutoff: number): FileLayout {
  const layout = { ...noFiles(), end: start };
  const placed = new Map<object, number>();
  tree.nodes.forEach((node, index) => {
    if (node.kind !== 'file') return;
    const passive = node.contents.length >= passiveCutoff;
    let at = placed.get(node.contents);
    if (at === undefined) {
      if (passive) {
        at = layout.passive.length;
        layout.passive.push(index);
      } else {
        at = alignTo(layout.end, 8);
        layout.stored.push(index);
        layout.end = at + node.contents.length;
      }
      placed.set(node.contents, at);
    }
    if (passive) layout.ordinals.set(index, at);
    else layout.addresses.set(index, at);
  });
  return layout;
}
