/**
 * Bytes that are written straight into the buffer that holds them in the end,
 * such as a mounted file read from the host only when the output is assembled,
 * so large inputs are never held twice.
 */
export interface DeferredBytes {
  readonly length: number;
  copyTo(target: Uint8Array): void;
}

/** Bytes in hand, or deferred. */
export type Bytes = Uint8Array | DeferredBytes;

function copyInto(target: Uint8Array, bytes: Bytes): void {
  if (bytes instanceof Uint8Array) target.set(bytes);
  else bytes.copyTo(target);
}

/** One buffer holding the chunks in order; deferred chunks are produced in place. */
export function concatBytes(chunks: Bytes[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    copyInto(out.subarray(at, at + chunk.length), chunk);
    at += chunk.length;
  }
  return out;
}

/** A zero-filled run of `length` bytes with `pieces` placed at their offsets in it (which must fit). */
export function regionOf(length: number, pieces: { at: number; bytes: Bytes }[]): DeferredBytes {
  return {
    length,
    copyTo(target) {
      for (const { at, bytes } of pieces) copyInto(target.subarray(at, at + bytes.length), bytes);
    },
  };
}
