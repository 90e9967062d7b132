import { CONFIG_ENUMS as E, NODE_WORDS, PREOPEN_WORDS, WRITABLE_WORDS } from '../config-layout.js';
import { record, type BlobWriter, type ConfigInput } from '../config-writer.js';

const nodeKinds = {
  dir: E.WV_NODE_DIR,
  file: E.WV_NODE_FILE,
  'host-dir': E.WV_NODE_HOST_DIR,
  'host-file': E.WV_NODE_HOST_FILE,
} as const;
const PASSIVE_FILE = E.WV_NODE_PASSIVE_FILE;

/** The mounted trees' preopens and nodes (wv_preopen, wv_node records), their names and child lists, and the writable trees. */
export function fileSystemWords(
  w: BlobWriter,
  { tree, files }: ConfigInput,
): { preopens: number[]; nodes: number[]; writable: number[] } {
  const preopens = tree.preopens.map((p) => record(PREOPEN_WORDS, [...w.string(p.path), p.node]));
  const ordinals = files.ordinals;
  // A directory and the symlinks to it share one child list (and a file's links its bytes).
  const lists = new Map<number[], [number, number]>();
  const childList = (children: number[]) => {
    let list = lists.get(children);
    if (!list) lists.set(children, (list = w.list(children.map((c) => [c]))));
    return list;
  };
  // One array of words for all the nodes: a mount of 50,000 files would otherwise make 50,000.
  const nodes = new Uint32Array(tree.nodes.length * NODE_WORDS);
  tree.nodes.forEach((node, index) => {
    const ordinal = ordinals.get(index);
    const [kind, a, b] =
      node.kind === 'dir'
        ? [nodeKinds.dir, ...childList(node.children)]
        : node.kind === 'file'
          ? ordinal !== undefined
            ? [PASSIVE_FILE, ordinal, node.contents.length]
            : [nodeKinds.file, files.addresses.get(index) ?? 0, node.contents.length]
          : [nodeKinds[node.kind], ...w.string(node.host)];
    const words = record(NODE_WORDS, [kind, ...w.string(node.name), node.parent, a, b]);
    nodes.set(words, index * NODE_WORDS);
  });
  // The layout's quota is a u32: 4 GiB reads as 4 GiB - 1, more than a file system in memory can hold.
  const writable = (tree.writable ?? []).map((t) =>
    record(WRITABLE_WORDS, [t.node, Math.min(t.quota, 0xffff_ffff)]),
  );
  return {
    preopens: w.list(preopens),
    nodes: w.words(nodes, tree.nodes.length),
    writable: w.list(writable),
  };
}
