import { stdioStreams, type StdioMode, type VarsPolicy } from '../policy/policy.js';
import { alignTo } from './abi-layout.js';
import type { MountTree } from './mount-tree.js';
import {
  CONFIG_ENUMS as E,
  CONFIG_MAGIC,
  LAYOUT_VERSION,
  HEADER_FIELDS,
  HEADER_SIZE,
  NODE_WORDS,
  PREOPEN_WORDS,
  headerOffset,
  type HeaderField,
} from './config-layout.js';
import type { AdapterSettings } from './plan-model.js';

export { CONFIG_MAGIC } from './config-layout.js';

const varsModes: Record<VarsPolicy['mode'], number> = {
  none: E.WV_MODE_NONE,
  all: E.WV_MODE_ALL,
  allow: E.WV_MODE_ALLOW,
  deny: E.WV_MODE_DENY,
};
const stdioCodes: Record<StdioMode, number> = {
  allow: E.WV_STDIO_HOST,
  ignore: E.WV_STDIO_IGNORE,
  deny: E.WV_STDIO_DENY,
};

const utf8 = new TextEncoder();

/** Lays out strings and arrays after the header, handing out absolute addresses. */
class BlobWriter {
  private readonly chunks: { at: number; bytes: Uint8Array }[] = [];
  private size = HEADER_SIZE;

  constructor(readonly base: number) {}

  private place(bytes: Uint8Array, align: number): number {
    this.size = alignTo(this.size, align);
    const at = this.size;
    this.chunks.push({ at, bytes });
    this.size += bytes.length;
    return this.base + at;
  }

  /** A string's `{ptr, len}`. */
  string(text: string): [number, number] {
    return this.data(utf8.encode(text), 1);
  }

  /** Raw bytes' `{ptr, len}`. */
  data(bytes: Uint8Array, align = 8): [number, number] {
    return [this.place(bytes, align), bytes.length];
  }

  /** A list's `{ptr, count}` of records made of u32 words. */
  list(records: number[][]): [number, number] {
    const words = new Uint32Array(records.flat());
    return [this.place(new Uint8Array(words.buffer), 4), records.length];
  }

  /** The blob: the header's fields in HEADER_FIELDS' order (each its number of words), then what was placed. */
  finish(fields: Record<HeaderField, number[]>): Uint8Array {
    const header = Object.entries(HEADER_FIELDS).flatMap(([name, words]) => {
      const value = fields[name as HeaderField];
      if (value.length !== words)
        throw new Error(`internal: header field ${name} has ${value.length} words, not ${words}`);
      return value;
    });
    const out = new Uint8Array(alignTo(this.size, 8));
    const view = new DataView(out.buffer);
    header.forEach((word, i) => view.setUint32(i * 4, word, true));
    for (const { at, bytes } of this.chunks) out.set(bytes, at);
    view.setUint32(headerOffset('size'), out.length, true);
    return out;
  }
}

function vars(w: BlobWriter, policy: VarsPolicy): number[] {
  const overrides = Object.entries(policy.overrides)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => [...w.string(key), ...w.string(value)]);
  const names =
    policy.mode === 'allow' || policy.mode === 'deny' ? policy.names.map((n) => w.string(n)) : [];
  return [varsModes[policy.mode], ...w.list(overrides), ...w.list(names)];
}

const nodeKinds = {
  dir: E.WV_NODE_DIR,
  file: E.WV_NODE_FILE,
  'host-dir': E.WV_NODE_HOST_DIR,
  'host-file': E.WV_NODE_HOST_FILE,
} as const;
const PASSIVE_FILE = E.WV_NODE_PASSIVE_FILE;

/**
 * Where the mounted files' contents go: `addresses` by node, for files placed
 * in memory one after another from a start address, 8-byte aligned, up to
 * `end`; and `passive`, the nodes of files at or above the passive cutoff, each
 * its own passive data segment, in segment order. Nodes sharing one `contents`
 * object (links to one host file) share its address or segment: `stored` lists
 * the first node of each file placed in memory, `ordinals` every passive node's segment.
 */
export interface FileLayout {
  addresses: Map<number, number>;
  stored: number[];
  passive: number[];
  ordinals: Map<number, number>;
  end: number;
}

const noFiles = (): FileLayout => ({
  addresses: new Map(),
  stored: [],
  passive: [],
  ordinals: new Map(),
  end: 0,
});

function fileSystem(
  w: BlobWriter,
  tree: MountTree,
  files: FileLayout,
): { preopens: number[]; nodes: number[] } {
  const preopens = tree.preopens.map((p) => record(PREOPEN_WORDS, [...w.string(p.path), p.node]));
  const ordinals = files.ordinals;
  // A directory and the symlinks to it share one child list (and a file's links its bytes).
  const lists = new Map<number[], [number, number]>();
  const childList = (children: number[]) => {
    let list = lists.get(children);
    if (!list) lists.set(children, (list = w.list(children.map((c) => [c]))));
    return list;
  };
  const nodes = tree.nodes.map((node, index) => {
    const ordinal = ordinals.get(index);
    const [kind, a, b] =
      node.kind === 'dir'
        ? [nodeKinds.dir, ...childList(node.children)]
        : node.kind === 'file'
          ? ordinal !== undefined
            ? [PASSIVE_FILE, ordinal, node.contents.length]
            : [nodeKinds.file, files.addresses.get(index) ?? 0, node.contents.length]
          : [nodeKinds[node.kind], ...w.string(node.host)];
    return record(NODE_WORDS, [kind, ...w.string(node.name), node.parent, a, b]);
  });
  return { preopens: w.list(preopens), nodes: w.list(nodes) };
}

/** A record of the layout's `words` words. */
function record(words: number, values: number[]): number[] {
  if (values.length !== words)
    throw new Error(`internal: a record of ${values.length} words, not ${words}`);
  return values;
}

/**
 * The configuration blob for the plan's settings (and the metadata of its mounted trees),
 * to be placed at address `base` of the adapter's memory. File contents are not
 * in it: `files` says where each file node's bytes will be (see layoutFiles),
 * so they can travel as data segments of their own.
 */
export function encodeConfigBlob(
  settings: AdapterSettings,
  base: number,
  tree: MountTree = { preopens: [], nodes: [], files: [] },
  files: FileLayout = noFiles(),
): Uint8Array {
  const w = new BlobWriter(base);
  const env = vars(w, settings.env);
  const config = vars(w, settings.config);
  const args = settings.args?.map((a) => w.string(a));
  const cwd = settings.cwd;
  const { preopens, nodes } = fileSystem(w, tree, files);
  return w.finish({
    magic: [CONFIG_MAGIC],
    version: [LAYOUT_VERSION],
    size: [0], // written by finish
    env,
    config,
    args_mode: [args === undefined ? E.WV_ARGS_HOST : E.WV_ARGS_FIXED],
    args: args === undefined ? [0, 0] : w.list(args),
    cwd_mode: [
      cwd !== undefined
        ? E.WV_CWD_FIXED
        : settings.env.mode === 'none'
          ? E.WV_CWD_NONE
          : E.WV_CWD_HOST,
    ],
    cwd: cwd !== undefined ? w.string(cwd) : [0, 0],
    stdio_mode: stdioStreams.map((s) => stdioCodes[settings.stdio[s]]),
    preopens,
    nodes,
    host_preopens: [settings.access.fs === 'allow' ? 1 : 0],
    host_fs: [settings.hostFiles ? 1 : 0],
  });
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
