/** A growable byte buffer with the encodings of the binary format. */
export declare class ByteWriter {
    private buffer;
    length: number;
    private reserve;
    u8(byte: number): this;
    bytes(data: ArrayLike<number>): this;
    /** Unsigned LEB128 (u32 and u64 values up to 2^53). */
    u32(value: number): this;
    /** Signed LEB128 (s33 type indices and negative type opcodes). */
    s33(value: number): this;
    name(text: string): this;
    vec<T>(items: readonly T[], item: (value: T) => void): this;
    optional<T>(value: T | undefined, item: (value: T) => void): this;
    /** Appends `size:u32 payload`, the framing of sections and nested items. */
    sized(payload: ByteWriter): this;
    /** Copies what is written so far into `target` at `at`. */
    copyTo(target: Uint8Array, at: number): void;
    view(): Uint8Array;
    toBytes(): Uint8Array;
}
