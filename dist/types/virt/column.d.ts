type Typed = Uint8Array | Uint32Array | BigUint64Array | BigInt64Array;
/**
 * A typed array that grows as values are pushed. A mount tree keeps its per-file numbers in
 * these rather than in an object per file: their bytes live outside the JavaScript heap, so a
 * mount of 50,000 files does not make V8 grow its young generation to hold what survives.
 */
export declare class Column<A extends Typed> {
    private readonly make;
    private array;
    private count;
    constructor(make: (capacity: number) => A, capacity?: number);
    get length(): number;
    /** Makes room for `more` values; returns where they go. */
    private grow;
    /** Appends one value; returns its index. */
    push(value: A[number]): number;
    /** Appends every value of `values`; returns the index of the first. */
    append(values: ArrayLike<A[number]>): number;
    get(index: number): A[number];
    set(index: number, value: A[number]): void;
    /** Values `start` to `end` (the whole column without arguments), as a view: valid until the next push. */
    view(start?: number, end?: number): A;
}
export declare const bytesColumn: () => Column<Uint8Array<ArrayBuffer>>;
export declare const u32Column: () => Column<Uint32Array<ArrayBuffer>>;
export declare const u64Column: () => Column<BigUint64Array<ArrayBuffer>>;
export declare const i64Column: () => Column<BigInt64Array<ArrayBuffer>>;
export {};
