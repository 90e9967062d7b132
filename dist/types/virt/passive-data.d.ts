import binaryen from 'binaryen';
/** Whether a function import is data-init, which the generator defines rather than forwards. */
export declare const isDataInit: (fn: binaryen.FunctionInfo) => boolean;
type Segment = binaryen.MemorySegment & {
    name?: string;
};
/**
 * Rebuilds memory 0 (exported as `memory`) with its segments so far plus `added`,
 * at least `initialPages` large.
 */
export declare function addSegments(m: binaryen.Module, added: Segment[], initialPages?: number): void;
/**
 * Defines data-init `(ordinal, dst, offset, len)`: memory.init from the passive
 * segment of file `ordinal` (a segment index is an immediate, hence one branch
 * per file; anything else traps), and appends one empty passive segment per
 * file for it to name, the module's last. The files' bytes replace those
 * placeholders in the binary (core-data.ts), so they never pass through
 * binaryen. Runs after optimizing: the optimizer would drop or repack segments
 * nothing referenced yet.
 */
export declare function definePassiveData(m: binaryen.Module, files: number): void;
export {};
