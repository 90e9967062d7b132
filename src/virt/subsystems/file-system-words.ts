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
  const { nodes } = tree;
  // A directory and the symlinks to it share one child list.
  const lists = new Map<number, [number, number]>();
  const childList = (node: number) => {
    const index = nodes.childList(node);
    let list = lists.get(index);
    if (!list) {
      const children = nodes.children(node);
      lists.set(index, (list = w.words(Uint32Array.from(children), children.length)));
    }
    return list;
  };
  const fileWords = (node: number) => {
    const file = nodes.contents(node);
    const size = tree.files.size(file);
    return [size >= files.cutoff ? PASSIVE_FILE : nodeKinds.file, files.at[file] ?? 0, size];
  };
  // One array of words for all the nodes: a mount of 50,000 files would otherwise make 50,000.
  const words = new Uint32Array(nodes.length * NODE_WORDS);
  for (let node = 0; node < nodes.length; node++) {
    const kind = nodes.kind(node);
    const [code, a, b] =
      kind === 'dir'
        ? [nodeKinds.dir, ...childList(node)]
        : kind === 'file'
          ? fileWords(node)
          : [nodeKinds[kind], ...w.string(nodes.host(node))];
    const name = w.data(nodes.names.bytesOf(nodes.nameIndex(node)), 1);
    words.set(record(NODE_WORDS, [code!, ...name, nodes.parent(node), a!, b!]), node * NODE_WORDS);
  }
  // The layout's quota is a u32: 4 GiB reads as 4 GiB - 1, more than a file system in memory can hold.
  const writable = (tree.writable ?? []).map((t) =>
    record(WRITABLE_WORDS, [t.node, Math.min(t.quota, 0xffff_ffff)]),
  );
  return {
    preopens: w.list(preopens),
    nodes: w.words(words, nodes.length),
    writable: w.list(writable),
  };
}
