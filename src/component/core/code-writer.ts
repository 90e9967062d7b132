import { ByteWriter } from '../write/byte-writer.js';

/** Value types' encodings. */
export const I32 = 0x7f;
export const I64 = 0x7e;
export const F32 = 0x7d;
export const F64 = 0x7c;

/** The block type of a block with no parameters and no results. */
const EMPTY = 0x40;

/**
 * Writes a function body, instruction by instruction, in the binary format: the
 * few instructions the generator's own functions (traps, trace wrappers, the
 * passive-data accessor) need.
 */
export class CodeWriter {
  private readonly code = new ByteWriter();

  private op(...bytes: number[]): this {
    this.code.bytes(bytes);
    return this;
  }

  unreachable = () => this.op(0x00);
  return = () => this.op(0x0f);
  end = () => this.op(0x0b);
  block = () => this.op(0x02, EMPTY);
  loop = () => this.op(0x03, EMPTY);
  if = () => this.op(0x04, EMPTY);
  br = (depth: number) => (this.op(0x0c), this.code.u32(depth), this);
  brIf = (depth: number) => (this.op(0x0d), this.code.u32(depth), this);
  brTable(targets: number[], fallback: number): this {
    this.op(0x0e);
    this.code.vec(targets, (t) => this.code.u32(t)).u32(fallback);
    return this;
  }
  call = (fn: number) => (this.op(0x10), this.code.u32(fn), this);
  callIndirect = (type: number, table = 0) => (this.op(0x11), this.code.u32(type).u32(table), this);
  localGet = (index: number) => (this.op(0x20), this.code.u32(index), this);
  localSet = (index: number) => (this.op(0x21), this.code.u32(index), this);
  localTee = (index: number) => (this.op(0x22), this.code.u32(index), this);
  i32Const = (value: number) => (this.op(0x41), this.code.s33(value | 0), this);
  i32Eqz = () => this.op(0x45);
  i32Eq = () => this.op(0x46);
  i32Ne = () => this.op(0x47);
  i32And = () => this.op(0x71);
  i32Or = () => this.op(0x72);
  i32Shl = () => this.op(0x74);
  i64ExtendI32s = () => this.op(0xac);
  i32ReinterpretF32 = () => this.op(0xbc);
  i64ReinterpretF64 = () => this.op(0xbd);
  memoryInit = (segment: number) => (this.op(0xfc, 8), this.code.u32(segment).u8(0), this);

  /** The body: `locals` (one value type per local) then the instructions and the final `end`. */
  finish(locals: number[] = []): Uint8Array {
    const body = new ByteWriter();
    body.vec(locals, (type) => body.u32(1).u8(type));
    return body.bytes(this.code.view()).u8(0x0b).toBytes();
  }
}
