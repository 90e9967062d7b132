import { CONFIG_MAGIC, LAYOUT_VERSION } from './config-layout.js';
import { BlobWriter, noFiles, type ConfigWords, type FileLayout } from './config-writer.js';
import { alignTo } from './align.js';
import type { DeferredBytes } from '../component/write/bytes.js';
import { u32Column } from './column.js';
import type { EmbeddedFiles } from './embedded-files.js';
import { emptyMountTree, type MountTree } from './mount-tree.js';
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
  tree: MountTree = emptyMountTree(),
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
  const { nodes, files } = tree;
  const at = new Uint32Array(files.count);
  const placed = new Uint8Array(files.count);
  const stored = u32Column();
  const passive: number[] = [];
  let end = start;
  for (let node = 0; node < nodes.length; node++) {
    if (nodes.kind(node) !== 'file') continue;
    const file = nodes.contents(node);
    if (placed[file]) continue;
    placed[file] = 1;
    const size = files.size(file);
    if (size >= passiveCutoff) {
      at[file] = passive.push(file) - 1;
    } else {
      at[file] = alignTo(end, 8);
      stored.push(file);
      end = at[file] + size;
    }
  }
  return { at, stored: stored.view(), passive, end, cutoff: passiveCutoff };
}

/** The bytes of the files a layout places in memory, as one run from the first one's address. */
export function storedFileBytes(
  files: EmbeddedFiles,
  layout: FileLayout,
): { address: number; bytes: DeferredBytes } {
  const { at, stored, end } = layout;
  const address = stored.length > 0 ? at[stored[0]!]! : end;
  return {
    address,
    bytes: {
      length: end - address,
      copyTo(target) {
        for (const file of stored) {
          const from = at[file]! - address;
          files.copyTo(file, target.subarray(from, from + files.size(file)));
        }
      },
    },
  };
}
