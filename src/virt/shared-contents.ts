import { createHash } from 'node:crypto';
import type { Bytes } from '../component/write/bytes.js';
import type { HostFileBytes } from './host-file-bytes.js';

const DIGEST_SIZE = 32;

/** The SHA-256 of contents in hand or of a host file; undefined for other deferred bytes. */
function digestOf(bytes: Bytes): Uint8Array | undefined {
  if (bytes instanceof Uint8Array) return createHash('sha256').update(bytes).digest();
  return 'digest' in bytes ? (bytes as HostFileBytes).digest() : undefined;
}

/**
 * Which of `contents` (distinct objects) hold the same bytes as an earlier one: each such object,
 * mapped to the earliest of its bytes, so the adapter stores those bytes once. Only contents of a
 * length some other has too are hashed, each once.
 */
export function identicalContents(contents: readonly Bytes[]): Map<Bytes, Bytes> {
  const byLength = new Map<number, Bytes[]>();
  for (const bytes of contents) {
    const same = byLength.get(bytes.length);
    if (same) same.push(bytes);
    else byLength.set(bytes.length, [bytes]);
  }
  const replaced = new Map<Bytes, Bytes>();
  for (const [length, group] of byLength) {
    if (group.length < 2) continue;
    if (length === 0) {
      const [first, ...rest] = group;
      for (const bytes of rest) replaced.set(bytes, first!);
    } else shareByDigest(group, replaced);
  }
  return replaced;
}

/**
 * Among contents of one length, maps each whose digest an earlier one has to that earlier one.
 * The digests sit in one buffer and are sorted by index (no string or object per file: a mount
 * of 50,000 files of one size hashes all of them).
 */
function shareByDigest(group: Bytes[], replaced: Map<Bytes, Bytes>): void {
  const digests = Buffer.alloc(group.length * DIGEST_SIZE);
  const hashed: number[] = [];
  group.forEach((contents, i) => {
    const digest = digestOf(contents);
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
    if (byDigest(at, kept) === 0) replaced.set(group[at]!, group[kept]!);
    else kept = at;
  }
}
