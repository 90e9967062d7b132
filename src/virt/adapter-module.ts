import { readFile } from 'node:fs/promises';

/** Where the prebuilt adapter lives relative to this module: in the sources (src/virt/) or the bundle (dist/). */
const candidates = ['../../adapter/virtual-adapter.wasm', '../adapter/virtual-adapter.wasm'];

let cached: Promise<Uint8Array> | undefined;

/** The prebuilt virtual adapter core module (adapter/virtual-adapter.wasm, built by npm run build:adapter). */
export function loadAdapterModule(): Promise<Uint8Array> {
  cached ??= (async () => {
    for (const candidate of candidates) {
      try {
        return await readFile(new URL(candidate, import.meta.url));
      } catch {
        // try the next location
      }
    }
    throw new Error(
      'adapter/virtual-adapter.wasm is missing from this installation; run npm run build:adapter',
    );
  })();
  return cached;
}
