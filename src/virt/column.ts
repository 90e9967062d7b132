type Typed = Uint8Array | Uint32Array | BigUint64Array | BigInt64Array;

/**
 * A typed array that grows as values are pushed. A mount tree keeps its per-file numbers in
 * these rather than in an object per file: their bytes live outside the JavaScript heap, so a
 * mount of 50,000 files does not make V8 grow its young generation to hold what survives.
 */
export class Column<A extends Typed> {
  private array: A;
  private count = 0;

  constructor(
    private readonly make: (capacity: number) => A,
    capacity = 64,
  ) {
    this.array = make(capacity);
  }

  get length(): number {
    return this.count;
  }

  /** Makes room for `more` values; returns where they go. */
  private grow(more: number): number {
    const at = this.count;
    if (at + more > this.array.length) {
      let capacity = this.array.length * 2;
      while (capacity < at + more) capacity *= 2;
      const grown = this.make(capacity);
      (grown as Uint8Array).set(this.array as Uint8Array);
      this.array = grown;
    }
    this.count = at + more;
    return at;
  }

  /** Appends one value; returns its index. */
  push(value: A[number]): number {
    const at = this.grow(1);
    this.array[at] = value;
    return at;
  }

  /** Appends every value of `values`; returns the index of the first. */
  append(values: ArrayLike<A[number]>): number {
    const at = this.grow(values.length);
    (this.array as Uint8Array).set(values as ArrayLike<number>, at);
    return at;
  }

  get(index: number): A[number] {
    return this.array[index]!;
  }

  set(index: number, value: A[number]): void {
    this.array[index] = value;
  }

  /** Values `start` to `end` (the whole column without arguments), as a view: valid until the next push. */
  view(start = 0, end = this.count): A {
    return this.array.subarray(start, end) as A;
  }
}

export const bytesColumn = () => new Column((n) => new Uint8Array(n), 1024);
export const u32Column = () => new Column((n) => new Uint32Array(n));
export const u64Column = () => new Column((n) => new BigUint64Array(n));
export const i64Column = () => new Column((n) => new BigInt64Array(n));
