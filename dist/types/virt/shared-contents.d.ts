import type { Bytes } from '../component/write/bytes.js';
/**
 * Makes the files (a tree's file nodes) whose contents are identical share one contents object, so
 * the adapter stores them once (names of one host file share theirs already). Only
 * contents of a length some other file has too are hashed, each once. Returns the
 * contents objects no node uses any more.
 */
export declare function shareIdenticalContents(files: {
    contents: Bytes;
}[]): Set<Bytes>;
