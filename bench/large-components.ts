import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPONENT_PREAMBLE, CORE_PREAMBLE, section, uleb } from '../__tests__/support/bytes.js';

const ROOT = new URL('..', import.meta.url).pathname;
export const fixtureBytes = (name: string) => readFileSync(join(ROOT, 'fixtures', `${name}.wasm`));

/** The most filler copies a grown root holds: each adds 6 of the 1,000 modules and components a reader accepts. */
const MAX_FILLERS = 150;

/**
 * A real program component grown to about `targetBytes` by appending nested copies of other
 * real components (at most MAX_FILLERS; the rest is one nested component holding data, as in
 * bigDataRoot): still valid, with the same imports and exports.
 */
export function grownRoot(targetBytes: number): Uint8Array {
  const root = fixtureBytes('env-args');
  const filler = Uint8Array.from(section(4, [...fixtureBytes('stdio')]));
  const wanted = Math.max(0, Math.round((targetBytes - root.length) / filler.length));
  const copies = Math.min(wanted, MAX_FILLERS);
  const grown = new Uint8Array(root.length + copies * filler.length);
  grown.set(root);
  for (let i = 0; i < copies; i++) grown.set(filler, root.length + i * filler.length);
  return copies < wanted ? withDataComponent(grown, targetBytes) : grown;
}

/** `id size` framing of a section holding `length` bytes. */
const header = (id: number, length: number) => Uint8Array.from([id, ...uleb(length)]);

/**
 * A real program component followed by one nested component whose core module holds a passive
 * data segment of zeros making the whole about `targetBytes`: a large input shaped like a real
 * one (the size in one module's data), still valid, with the program's imports and exports.
 */
export function bigDataRoot(targetBytes: number): Uint8Array {
  return withDataComponent(fixtureBytes('env-args'), targetBytes);
}

/** `root` followed by one nested component whose passive data segment makes the whole about `targetBytes`. */
function withDataComponent(root: Uint8Array, targetBytes: number): Uint8Array {
  const dataLength = Math.max(0, targetBytes - root.length - 64);
  // A data section of one passive segment (flag 1, length, bytes), no memory needed.
  const segmentHead = Uint8Array.from([1, 1, ...uleb(dataLength)]);
  const dataSection = header(11, segmentHead.length + dataLength);
  const moduleLength = CORE_PREAMBLE.length + dataSection.length + segmentHead.length + dataLength;
  const moduleSection = header(1, moduleLength);
  const nestedLength = COMPONENT_PREAMBLE.length + moduleSection.length + moduleLength;
  const parts = [
    root,
    header(4, nestedLength),
    Uint8Array.from(COMPONENT_PREAMBLE),
    moduleSection,
    Uint8Array.from(CORE_PREAMBLE),
    dataSection,
    segmentHead,
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0) + dataLength);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
