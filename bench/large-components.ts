import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { section } from '../__tests__/support/bytes.js';

const ROOT = new URL('..', import.meta.url).pathname;
export const fixtureBytes = (name: string) => readFileSync(join(ROOT, 'fixtures', `${name}.wasm`));

/**
 * A real program component grown to about `targetBytes` by appending nested
 * copies of other real components: still valid, with the same imports and exports.
 */
export function grownRoot(targetBytes: number): Uint8Array {
  const root = fixtureBytes('env-args');
  const filler = Uint8Array.from(section(4, [...fixtureBytes('stdio')]));
  const copies = Math.max(0, Math.round((targetBytes - root.length) / filler.length));
  const out = new Uint8Array(root.length + copies * filler.length);
  out.set(root);
  for (let i = 0; i < copies; i++) out.set(filler, root.length + i * filler.length);
  return out;
}
