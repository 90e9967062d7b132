import { type FileLayout } from './config-writer.js';
import type { DeferredBytes } from '../component/write/bytes.js';
import type { EmbeddedFiles } from './embedded-files.js';
import { type MountTree } from './mount-tree.js';
import type { AdapterSettings } from './plan-model.js';
export { CONFIG_MAGIC } from './config-layout.js';
export type { FileLayout } from './config-writer.js';
/**
 * The configuration blob for the plan's settings (and the metadata of its mounted trees),
 * to be placed at address `base` of the adapter's memory: the header's identity, then each
 * subsystem's words (env, config, I/O). File contents are not in it: `files` says where each
 * file node's bytes will be (see layoutFiles), so they can travel as data segments of their own.
 */
export declare function encodeConfigBlob(settings: AdapterSettings, base: number, tree?: MountTree, files?: FileLayout): Uint8Array;
/** Lays out the files' contents from `start` (FileLayout); files of `passiveCutoff` bytes or more go passive. */
export declare function layoutFiles(tree: MountTree, start: number, passiveCutoff: number): FileLayout;
/** The bytes of the files a layout places in memory, as one run from the first one's address. */
export declare function storedFileBytes(files: EmbeddedFiles, layout: FileLayout): {
    address: number;
    bytes: DeferredBytes;
};
