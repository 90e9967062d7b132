/** A decoding failure at a known byte offset of the input. */
export declare class WasmDecodeError extends Error {
    readonly offset: number;
    readonly problem: string;
    readonly name = "WasmDecodeError";
    constructor(offset: number, problem: string);
}
