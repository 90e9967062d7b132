const DIGEST_SIZE = 32;

/** Files by index: their sizes and, for those that can be compared, the SHA-256 of their bytes. */
export interface ContentsTable {
  readonly count: number;
  size(index: number): number;
  /** The SHA-256 of the bytes (32 bytes), or undefined for bytes that cannot be hashed. */
  digest(index: number): Uint8Array | undefined;
}

/**
 * For each file of `table`, the earliest file holding the same bytes (itself when none does), so
 * the adapter stores those bytes once. Only files of a size some other has too are hashed, each
 * once. Indices are sorted in typed arrays and digests sit in one buffer: no object per file, as
 * a mount of 50,000 files of one size hashes all of them.
 */
export function identicalContents(table: ContentsTable): Uint32Array {
  const first = new Uint32Array(table.count).map((_, i) => i);
  const bySize = first.slice().sort((a, b) => table.size(a) - table.size(b) || a - b);
  for (let start = 0; start < bySize.length;) {
    let end = start + 1;
    const size = table.size(bySize[start]!);
    while (end < bySize.length && table.size(bySize[end]!) === size) end++;
    const group = bySize.subarray(start, end);
    if (group.length > 1) {
      if (size === 0) for (const i of group) first[i] = group[0]!;
      else shareByDigest(table, group, first);
    }
    start = end;
  }
  return first;
}

/** Among files of one size (in index order), points each whose digest an earlier one has at that earlier one. */
function shareByDigest(table: ContentsTable, group: Uint32Array, first: Uint32Array): void {
  const digests = Buffer.alloc(group.length * DIGEST_SIZE);
  const hashed: number[] = [];
  group.forEach((file, i) => {
    const digest = table.digest(file);
    if (!digest) return;
    digests.set(digest, i * DIGEST_SIZE);
    hashed.push(i);
  });
  const range = (i: number): [number, number] => [i * DIGEST_SIZE, (i + 1) * DIGEST_SIZE];
  // buffer.compare(target, targetStart, targetEnd, sourceStart, sourceEnd): source against target.
  const byDigest = (a: number, b: number) => digests.compare(digests, ...range(b), ...range(a));
  const order = Uint32Array.from(hashed).sort((a, b) => byDigest(a, b) || a - b);
  // Equal digests are neighbours, the earliest file first.
  let kept = order[0]!;
  for (const at of order.subarray(1)) {
    if (byDigest(at, kept) === 0) first[group[at]!] = group[kept]!;
    else kept = at;
  }
}
