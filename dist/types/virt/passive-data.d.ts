import type { CoreModuleModel } from '../component/core/module-model.js';
/** Whether a function import is data-init, which the generator defines rather than forwards. */
export declare const isDataInit: (imp: {
    module: string;
    name: string;
}) => boolean;
/**
 * The body of data-init `(ordinal, dst, offset, len)` for `files` passive files:
 * memory.init from the passive segment of file `ordinal` (a segment index is an
 * immediate, hence one branch per file; anything else traps). It appends one
 * empty passive segment per file to the module for it to name, the module's
 * last. The files' bytes replace those placeholders in the binary (core-data.ts),
 * so they are never copied into the module.
 */
export declare function passiveDataAccessor(files: number): (m: CoreModuleModel) => Uint8Array;
