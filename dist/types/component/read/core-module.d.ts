import type { CoreModule } from '../ast.js';
/**
 * Reads the framing of an embedded core module (preamble and section sizes)
 * and its import and export names. Function bodies and other sections are not
 * decoded: a component tool only needs to know where the module's bytes are
 * and what it links against.
 */
export declare function readCoreModule(bytes: Uint8Array, start: number, end: number): CoreModule;
