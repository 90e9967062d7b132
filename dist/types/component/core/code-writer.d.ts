/** Value types' encodings. */
export declare const I32 = 127;
export declare const I64 = 126;
export declare const F32 = 125;
export declare const F64 = 124;
/**
 * Writes a function body, instruction by instruction, in the binary format: the
 * few instructions the generator's own functions (traps, trace wrappers, the
 * passive-data accessor) need.
 */
export declare class CodeWriter {
    private readonly code;
    private op;
    unreachable: () => this;
    return: () => this;
    end: () => this;
    block: () => this;
    loop: () => this;
    if: () => this;
    br: (depth: number) => this;
    brIf: (depth: number) => this;
    brTable(targets: number[], fallback: number): this;
    call: (fn: number) => this;
    callIndirect: (type: number, table?: number) => this;
    localGet: (index: number) => this;
    localSet: (index: number) => this;
    localTee: (index: number) => this;
    i32Const: (value: number) => this;
    i32Eqz: () => this;
    i32Eq: () => this;
    i32Ne: () => this;
    i32And: () => this;
    i32Or: () => this;
    i32Shl: () => this;
    i64ExtendI32s: () => this;
    i32ReinterpretF32: () => this;
    i64ReinterpretF64: () => this;
    memoryInit: (segment: number) => this;
    /** The body: `locals` (one value type per local) then the instructions and the final `end`. */
    finish(locals?: number[]): Uint8Array;
}
