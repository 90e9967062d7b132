/** A function the module exports: it wraps each argument with the import named for it, then calls `import`. */
export interface WrappedCall {
    name: string;
    /** The `wrap` import for each parameter, in order. */
    wraps: string[];
}
/**
 * A core module that takes handles, converts each with a `wrap` function
 * (i32 → i32) and calls the real function with the results:
 * `wrap` functions are imported from `wrapModule`, the called ones from
 * `callModule` under the exported name. Every value is an i32 handle.
 */
export declare function wrappingModule(calls: WrappedCall[], wrapModule: string, callModule: string): Uint8Array;
