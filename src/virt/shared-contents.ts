import { createHash } from 'node:crypto';
import type { Bytes } from '../component/write/bytes.js';
import type { HostFileBytes } from './host-file-bytes.js';

/** The SHA-256 of contents in hand or of a host file; undefined for other deferred bytes. */
function digestOf(bytes: Bytes): string | undefined {
  if (bytes instanceof Uint8Array) return createHash('sha256').update(bytes).digest('hex');
  return 'digest' in bytes ? (bytes as HostFileBytes).digest() : undefined;
}

/**
 * Makes the files (a tree's file nodes) whose contents are identical share one contents object, so
 * the adapter stores them once (names of one host file share theirs already). Only
 * contents of a length some other file has too are hashed, each once. Returns the
 * contents objects no node uses any more.
 */
export function shareIdenticalContents(files: { contents: Bytes }[]): Set<Bytes> {
  const byLength = new Map<number, Set<Bytes>>();
  for (const node of files) {
    const same = byLength.get(node.contents.length) ?? new Set();
    byLength.set(node.contents.length, same.add(node.contents));
  }
  const replaced = new Map<Bytes, Bytes>();
  for (const [length, group] of byLength) {
    if (group.size < 2) continue;
    const first = new Map<string, Bytes>();
    for (const contents of group) {
      const digest = length === 0 ? 'empty' : digestOf(contents);
      if (digest === undefined) continue;
      const kept = first.get(digest);
      if (kept) replaced.set(contents, kept);
      else first.set(digest, contents);
    }
  }
  for (const node of files) node.contents = replaced.get(node.contents) ?? node.contents;
  return new Set(replaced.keys());
}
