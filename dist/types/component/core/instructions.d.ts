/** An index a body names, and where its LEB lies. */
export interface IndexRef {
    index: number;
    start: number;
    end: number;
}
/** What a function body refers to that a code-level transformation follows or renumbers. */
export interface BodyRefs {
    /** Function indices: call, return_call, ref.func. */
    functions: IndexRef[];
    /** Type indices: call_indirect's, and block types given by index (signed LEB). */
    types: (IndexRef & {
        blockType: boolean;
    })[];
    /**
     * Whether it calls through a table or takes a function reference (ref.func, which an element
     * segment must declare): every function the element segments list may then run, and they stay.
     */
    usesElements: boolean;
}
/**
 * Walks a function body (its locals, then its instructions) and reports the
 * function indices it names and whether it calls indirectly. Every instruction
 * of the MVP, sign extension, saturating truncation, bulk memory, reference
 * types, multi-value and tail calls is understood; any other opcode (SIMD,
 * threads, GC) is an error naming it, never a silent skip.
 */
export declare function scanBody(body: Uint8Array): BodyRefs;
/**
 * The body with its function and type indices renumbered; the rest of its bytes
 * are copied as they are.
 */
export declare function renumberBody(body: Uint8Array, refs: BodyRefs, functions: (index: number) => number, types: (index: number) => number): Uint8Array;
