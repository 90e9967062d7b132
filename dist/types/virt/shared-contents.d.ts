import type { Bytes } from '../component/write/bytes.js';
/**
 * Which of `contents` (distinct objects) hold the same bytes as an earlier one: each such object,
 * mapped to the earliest of its bytes, so the adapter stores those bytes once. Only contents of a
 * length some other has too are hashed, each once.
 */
export declare function identicalContents(contents: readonly Bytes[]): Map<Bytes, Bytes>;
