/**
 * A cursor over a byte range. Every read checks the bound of its range, so a
 * truncated input fails with the offset and what was being read, never with an
 * out-of-range read or a silent zero.
 */
export declare class ByteReader {
    readonly bytes: Uint8Array;
    readonly end: number;
    offset: number;
    constructor(bytes: Uint8Array, start?: number, end?: number);
    get atEnd(): boolean;
    get remaining(): number;
    fail(problem: string, at?: number): never;
    private need;
    u8(what?: string): number;
    peekU8(what?: string): number;
    take(count: number, what: string): Uint8Array;
    /** Unsigned LEB128 of at most `bits` bits (u32 by default). */
    u32(what?: string): number;
    unsignedLeb(bits: 32 | 64, what: string): number;
    /** Signed LEB128 of at most `bits` bits, returned as a JS number (exact up to 2^53). */
    signedLeb(bits: 32 | 33 | 64, what: string): number;
    private leb;
    /** A length-prefixed UTF-8 string. */
    name(what?: string): string;
    /** `vec(T)`: a u32 count then that many items, at most `max` (limits.ts). */
    vec<T>(what: string, item: (index: number) => T, max?: number): T[];
    /** `0x00` (absent) or `0x01 T` (present). */
    optional<T>(what: string, item: () => T): T | undefined;
    expectEnd(what: string): void;
}
export declare function hex(byte: number): string;
