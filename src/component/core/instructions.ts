import { ByteReader } from '../read/byte-reader.js';
import { ByteWriter } from '../write/byte-writer.js';

/** An index a body names, and where its LEB lies. */
export interface IndexRef {
  index: number;
  start: number;
  end: number;
}

/** What a function body refers to that a code-level transformation follows or renumbers. */
export interface BodyRefs {
  /** Function indices: call, return_call, ref.func. */
  functions: IndexRef[];
  /** Type indices: call_indirect's, and block types given by index (signed LEB). */
  types: (IndexRef & { blockType: boolean })[];
  /**
   * Whether it calls through a table or takes a function reference (ref.func, which an element
   * segment must declare): every function the element segments list may then run, and they stay.
   */
  usesElements: boolean;
}

const skipLeb = (r: ByteReader, what: string) => {
  for (let i = 0; i < 10; i++) if ((r.u8(what) & 0x80) === 0) return;
  r.fail(`malformed LEB128 ${what}`);
};

/** Opcodes with no immediate: control without labels, parametric, numeric and sign extension. */
const bare = (op: number) =>
  op === 0x00 ||
  op === 0x01 ||
  op === 0x05 ||
  op === 0x0b ||
  op === 0x0f ||
  op === 0x1a ||
  op === 0x1b ||
  op === 0xd1 ||
  (op >= 0x45 && op <= 0xc4);

/** Skips the immediates of a 0xfc-prefixed instruction (saturating truncation, bulk memory, tables). */
function skipPrefixed(r: ByteReader, at: number): void {
  const sub = r.u32('a 0xfc opcode');
  if (sub <= 7) return;
  const immediates: Record<number, number> = { 8: 2, 9: 1, 10: 2, 11: 1, 12: 2, 13: 1, 14: 2 };
  const count = immediates[sub] ?? (sub <= 17 ? 1 : -1);
  if (count < 0) r.fail(`unsupported instruction 0xfc ${sub}`, at);
  for (let i = 0; i < count; i++) r.u32('an immediate');
}

/**
 * Walks a function body (its locals, then its instructions) and reports the
 * function indices it names and whether it calls indirectly. Every instruction
 * of the MVP, sign extension, saturating truncation, bulk memory, reference
 * types, multi-value and tail calls is understood; any other opcode (SIMD,
 * threads, GC) is an error naming it, never a silent skip.
 */
export function scanBody(body: Uint8Array): BodyRefs {
  const r = new ByteReader(body);
  const refs: BodyRefs = { functions: [], types: [], usesElements: false };
  const typeRef = (blockType: boolean) => {
    const start = r.offset;
    const index = blockType ? r.signedLeb(33, 'a block type') : r.u32('a type index');
    refs.types.push({ index, start, end: r.offset, blockType });
  };
  r.vec('local declarations', () => {
    r.u32('a local count');
    r.u8('a local type');
  });
  while (!r.atEnd) {
    const at = r.offset;
    const op = r.u8('an opcode');
    if (bare(op)) continue;
    if (op >= 0x02 && op <= 0x04) {
      const blockType = r.peekU8('a block type');
      if (blockType === 0x40 || (blockType >= 0x6f && blockType <= 0x7f)) r.u8();
      else typeRef(true);
    } else if (op === 0x10 || op === 0x12 || op === 0xd2) {
      const start = r.offset;
      const index = r.u32('a function index');
      refs.functions.push({ index, start, end: r.offset });
      if (op === 0xd2) refs.usesElements = true;
    } else if (op === 0x11 || op === 0x13) {
      typeRef(false);
      r.u32('a table index');
      refs.usesElements = true;
    } else if (op === 0x0e) {
      r.vec('branch targets', () => r.u32('a branch target'));
      r.u32('the default branch target');
    } else if (op === 0x1c) r.vec('select types', () => r.u8('a value type'));
    else if (op === 0x0c || op === 0x0d || (op >= 0x20 && op <= 0x26) || op === 0x3f || op === 0x40)
      r.u32('an index');
    else if (op >= 0x28 && op <= 0x3e) {
      const align = r.u32('a memory alignment');
      if (align & 0x40) r.fail('multiple memories are not supported', at);
      r.u32('a memory offset');
    } else if (op === 0x41 || op === 0x42) skipLeb(r, 'a constant');
    else if (op === 0x43) r.take(4, 'an f32 constant');
    else if (op === 0x44) r.take(8, 'an f64 constant');
    else if (op === 0xd0) r.u8('a reference type');
    else if (op === 0xfc) skipPrefixed(r, at);
    else r.fail(`unsupported instruction 0x${op.toString(16)}`, at);
  }
  return refs;
}

/**
 * The body with its function and type indices renumbered; the rest of its bytes
 * are copied as they are.
 */
export function renumberBody(
  body: Uint8Array,
  refs: BodyRefs,
  functions: (index: number) => number,
  types: (index: number) => number,
): Uint8Array {
  const { functions: calls, types: typeRefs } = refs;
  if (calls.length === 0 && typeRefs.length === 0) return body;
  const out = new ByteWriter();
  let copied = 0;
  // Each list is in body order: merged, they give the edits in body order.
  for (let f = 0, t = 0; f < calls.length || t < typeRefs.length;) {
    const call = calls[f];
    const typeRef = typeRefs[t];
    if (call && (!typeRef || call.start < typeRef.start)) {
      out.bytes(body.subarray(copied, call.start)).u32(functions(call.index));
      copied = call.end;
      f++;
    } else {
      const ref = typeRef!;
      out.bytes(body.subarray(copied, ref.start));
      if (ref.blockType) out.s33(types(ref.index));
      else out.u32(types(ref.index));
      copied = ref.end;
      t++;
    }
  }
  return out.bytes(body.subarray(copied)).toBytes();
}
