/**
 * Names (UTF-8, checked by whoever adds them) in one run of bytes, each known by its index:
 * no string per name until one is asked for.
 */
export declare class NameList {
    private readonly bytes;
    private readonly starts;
    private readonly lengths;
    /** Adds a name; returns its index. */
    add(name: string | Uint8Array): number;
    /** A name's UTF-8 bytes, as a view: valid until the next name is added. */
    bytesOf(index: number): Uint8Array;
    text(index: number): string;
}
