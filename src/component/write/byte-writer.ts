const utf8 = new TextEncoder();

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** A growable byte buffer with the encodings of the binary format. */
export class ByteWriter {
  // Small enough for V8 to keep on its heap: a builder makes many writers for short sections.
  private buffer = new Uint8Array(64);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  u8(byte: number): this {
    if (this.length === this.buffer.length) this.reserve(1);
    this.buffer[this.length++] = byte;
    return this;
  }

  bytes(data: ArrayLike<number>): this {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }

  /** Unsigned LEB128 (u32 and u64 values up to 2^53). */
  u32(value: number): this {
    if (value >= 0 && value < 0x80 && (value | 0) === value) return this.u8(value);
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`cannot encode ${value} as an unsigned LEB128`);
    do {
      let byte = value % 128;
      value = Math.floor(value / 128);
      if (value !== 0) byte |= 0x80;
      this.u8(byte);
    } while (value !== 0);
    return this;
  }

  /** Signed LEB128 (s33 type indices and negative type opcodes). */
  s33(value: number): this {
    if (!Number.isInteger(value)) throw new RangeError(`cannot encode ${value} as a signed LEB128`);
    for (;;) {
      const byte = ((value % 128) + 128) % 128;
      value = Math.floor(value / 128);
      const done = (value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0);
      this.u8(done ? byte : byte | 0x80);
      if (done) return this;
    }
  }

  name(text: string): this {
    // Names are nearly always short ASCII, whose UTF-8 is their char codes: no encoder call.
    if (text.length < 0x80 && isAscii(text)) {
      this.u8(text.length).reserve(text.length);
      for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
      return this;
    }
    const encoded = utf8.encode(text);
    return this.u32(encoded.length).bytes(encoded);
  }

  vec<T>(items: readonly T[], item: (value: T) => void): this {
    this.u32(items.length);
    for (const value of items) item(value);
    return this;
  }

  optional<T>(value: T | undefined, item: (value: T) => void): this {
    if (value === undefined) return this.u8(0x00);
    this.u8(0x01);
    item(value);
    return this;
  }

  /** Appends `size:u32 payload`, the framing of sections and nested items. */
  sized(payload: ByteWriter): this {
    return this.u32(payload.length).bytes(payload.view());
  }

  /** Copies what is written so far into `target` at `at`. */
  copyTo(target: Uint8Array, at: number): void {
    if (this.length > 0) target.set(this.buffer.subarray(0, this.length), at);
  }

  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  toBytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
