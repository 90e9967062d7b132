import { WasmDecodeError } from '../errors.js';
import { LIMITS } from './limits.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Names up to this long are decoded without the decoder when ASCII (most are): its call costs more. */
const SHORT_NAME = 64;

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}

/**
 * A cursor over a byte range. Every read checks the bound of its range, so a
 * truncated input fails with the offset and what was being read, never with an
 * out-of-range read or a silent zero.
 */
export class ByteReader {
  offset: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.offset = start;
  }

  get atEnd(): boolean {
    return this.offset >= this.end;
  }

  get remaining(): number {
    return this.end - this.offset;
  }

  fail(problem: string, at = this.offset): never {
    throw new WasmDecodeError(at, problem);
  }

  private need(count: number, what: string): void {
    if (count > this.end - this.offset) {
      const have = this.end - this.offset;
      this.fail(
        `unexpected end of input: expected ${what} (${count} byte${count === 1 ? '' : 's'}, ${have} left)`,
      );
    }
  }

  u8(what = 'a byte'): number {
    this.need(1, what);
    return this.bytes[this.offset++]!;
  }

  peekU8(what = 'a byte'): number {
    this.need(1, what);
    return this.bytes[this.offset]!;
  }

  take(count: number, what: string): Uint8Array {
    this.need(count, what);
    const view = this.bytes.subarray(this.offset, this.offset + count);
    this.offset += count;
    return view;
  }

  /** Unsigned LEB128 of at most `bits` bits (u32 by default). */
  u32(what = 'a u32'): number {
    // Most values fit one byte.
    const byte = this.offset < this.end ? this.bytes[this.offset]! : 0x80;
    if (byte < 0x80) {
      this.offset++;
      return byte;
    }
    return this.unsignedLeb(32, what);
  }

  unsignedLeb(bits: 32 | 64, what: string): number {
    return this.leb(bits, false, what);
  }

  /** Signed LEB128 of at most `bits` bits, returned as a JS number (exact up to 2^53). */
  signedLeb(bits: 32 | 33 | 64, what: string): number {
    return this.leb(bits, true, what);
  }

  private leb(bits: number, signed: boolean, what: string): number {
    const start = this.offset;
    const maxBytes = Math.ceil(bits / 7);
    let result = 0;
    let scale = 1;
    for (let i = 0; i < maxBytes; i++) {
      if (this.offset >= this.end) {
        this.fail(`unexpected end of input inside a LEB128 encoding ${what}`, start);
      }
      const byte = this.bytes[this.offset++]!;
      result += (byte & 0x7f) * scale;
      scale *= 128;
      if (i === maxBytes - 1) {
        if (byte & 0x80)
          this.fail(`malformed LEB128 ${what}: longer than ${maxBytes} bytes`, start);
        if (!lastByteFits(byte, bits - 7 * (maxBytes - 1), signed)) {
          this.fail(`malformed LEB128 ${what}: value does not fit in ${bits} bits`, start);
        }
      }
      if ((byte & 0x80) === 0) return signed && byte & 0x40 ? result - scale : result;
    }
    return this.fail(`malformed LEB128 ${what}`, start);
  }

  /** A length-prefixed UTF-8 string. */
  name(what = 'a name'): string {
    const lengthAt = this.offset;
    const length = this.u32(`(length of ${what})`);
    if (length > LIMITS.name)
      this.fail(`${what} is ${length} bytes long, over the limit of ${LIMITS.name}`, lengthAt);
    const start = this.offset;
    const raw = this.take(length, what);
    if (length <= SHORT_NAME && isAscii(raw)) return String.fromCharCode.apply(null, raw as never);
    try {
      return utf8.decode(raw);
    } catch {
      return this.fail(`invalid UTF-8 in ${what}`, start);
    }
  }

  /** `vec(T)`: a u32 count then that many items, at most `max` (limits.ts). */
  vec<T>(what: string, item: (index: number) => T, max = Infinity): T[] {
    const countAt = this.offset;
    const count = this.u32(`(count of ${what})`);
    if (count > max)
      this.fail(
        `${what}: count ${count} exceeds the limit of ${max} (wasm-tools and wasmtime refuse it too)`,
        countAt,
      );
    // Every item takes at least one byte: a count beyond the bytes left is corrupt.
    if (count > this.remaining) {
      this.fail(`${what}: count ${count} exceeds the ${this.remaining} bytes left`, countAt);
    }
    const items: T[] = [];
    for (let i = 0; i < count; i++) items.push(item(i));
    return items;
  }

  /** `0x00` (absent) or `0x01 T` (present). */
  optional<T>(what: string, item: () => T): T | undefined {
    const at = this.offset;
    const flag = this.u8(`presence flag of ${what}`);
    if (flag === 0) return undefined;
    if (flag === 1) return item();
    return this.fail(`expected 0x00 or 0x01 as presence flag of ${what}, found 0x${hex(flag)}`, at);
  }

  expectEnd(what: string): void {
    if (this.offset !== this.end) {
      this.fail(`${what} has ${this.end - this.offset} unexpected trailing byte(s)`);
    }
  }
}

/**
 * Whether the last byte of a maximal-length LEB128 carries only `usedBits`
 * value bits: unused high bits must be zero (unsigned) or copies of the sign
 * bit (signed).
 */
function lastByteFits(byte: number, usedBits: number, signed: boolean): boolean {
  if (!signed) return (byte & 0x7f) >> usedBits === 0;
  const signAndUnused = (0x7f << (usedBits - 1)) & 0x7f;
  const bitsSet = byte & signAndUnused;
  return bitsSet === 0 || bitsSet === signAndUnused;
}

export function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}
