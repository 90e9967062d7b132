import { ByteReader } from '../read/byte-reader.js';
import { ByteWriter } from './byte-writer.js';
import type { Bytes } from './bytes.js';

const DATA_SECTION = 11;
const DATA_COUNT_SECTION = 12;
const CODE_SECTION = 10;

export interface DataSegment {
  /** Where the bytes go in memory 0. */
  address: number;
  data: Bytes;
}

interface CoreSection {
  id: number;
  start: number;
  payloadStart: number;
  end: number;
}

function coreSections(module: Uint8Array): CoreSection[] {
  const r = new ByteReader(module, 8);
  const sections: CoreSection[] = [];
  while (!r.atEnd) {
    const start = r.offset;
    const id = r.u8('a core section id');
    const size = r.u32('(core section size)');
    sections.push({ id, start, payloadStart: r.offset, end: r.offset + size });
    r.offset += size;
  }
  return sections;
}

const framed = (id: number, payload: ByteWriter | Bytes[], length?: number): Bytes[] => {
  if (payload instanceof ByteWriter) return [new ByteWriter().u8(id).sized(payload).toBytes()];
  return [new ByteWriter().u8(id).u32(length!).toBytes(), ...payload];
};

/** A core module section holding `module`'s chunks. */
export const coreModuleSection = (module: Bytes[]): Bytes[] =>
  framed(
    1,
    module,
    module.reduce((n, chunk) => n + chunk.length, 0),
  );

/** An empty passive segment as a binary encodes it: flags 1, no bytes. */
const PASSIVE_PLACEHOLDER = [0x01, 0x00];

/**
 * The data section's segments without the last `count`, which must be empty
 * passive placeholders (see src/virt/passive-data.ts).
 */
function withoutPlaceholders(segments: Uint8Array, count: number): Uint8Array {
  const size = count * PASSIVE_PLACEHOLDER.length;
  const tail = segments.subarray(segments.length - size);
  if (size > segments.length || tail.some((b, i) => b !== PASSIVE_PLACEHOLDER[i % 2]))
    throw new Error(`the adapter module does not end with ${count} passive placeholder segments`);
  return segments.subarray(0, segments.length - size);
}

/**
 * Adds active data segments (for memory 0) to a core module and fills in its
 * last `passive.length` segments, empty passive placeholders, with `passive`'s
 * bytes, returned as chunks so no segment's bytes are copied. The data section
 * grows by the new segments and the data count section, if any, follows.
 */
export function withDataSegments(
  module: Uint8Array,
  segments: DataSegment[],
  passive: Bytes[] = [],
): Bytes[] {
  if (segments.length === 0 && passive.length === 0) return [module];
  const sections = coreSections(module);
  const data = sections.find((s) => s.id === DATA_SECTION);
  const oldCount = data ? new ByteReader(module, data.payloadStart, data.end).u32() : 0;
  const oldSegments = data
    ? (() => {
        const r = new ByteReader(module, data.payloadStart, data.end);
        r.u32();
        return withoutPlaceholders(module.subarray(r.offset, data.end), passive.length);
      })()
    : withoutPlaceholders(new Uint8Array(), passive.length);

  const payload: Bytes[] = [
    new ByteWriter().u32(oldCount + segments.length).toBytes(),
    oldSegments,
  ];
  for (const bytes of passive)
    payload.push(new ByteWriter().u8(0x01).u32(bytes.length).toBytes(), bytes);
  for (const { address, data: bytes } of segments) {
    payload.push(
      new ByteWriter()
        .u8(0x00)
        .u8(0x41)
        .s33(address | 0)
        .u8(0x0b)
        .u32(bytes.length)
        .toBytes(),
      bytes,
    );
  }
  const newData = framed(
    DATA_SECTION,
    payload,
    payload.reduce((n, c) => n + c.length, 0),
  );

  const chunks: Bytes[] = [module.subarray(0, 8)];
  let placed = false;
  for (const section of sections) {
    if (section.id === DATA_COUNT_SECTION) {
      chunks.push(...framed(DATA_COUNT_SECTION, new ByteWriter().u32(oldCount + segments.length)));
      continue;
    }
    if (section.id === DATA_SECTION) {
      chunks.push(...newData);
      placed = true;
      continue;
    }
    chunks.push(module.subarray(section.start, section.end));
    if (!data && section.id === CODE_SECTION) {
      chunks.push(...newData);
      placed = true;
    }
  }
  if (!placed) chunks.push(...newData);
  return chunks;
}
