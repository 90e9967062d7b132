import { type Bytes } from '../component/write/bytes.js';
import { type ExportBridge } from './export-bridge.js';
import { type Component } from '../component/read/read-component.js';
import { type ExternItem } from '../inspect/component-interface.js';
export { ComposeError } from './compose-plan.js';
export type { ExportBridge } from './export-bridge.js';
export interface ComposeInput {
    bytes: Uint8Array;
    /**
     * The bytes to nest, in chunks, when `bytes` stands in for them: the same component before
     * data was added to a core module (core-data.ts), so the data is copied once, into the output.
     */
    chunks?: Bytes[];
    /** How messages name this component, e.g. its file name. */
    label: string;
    /** The decoded component, when the caller has it already. */
    component?: Component;
}
export interface ComposeResult {
    /** The composed component in one buffer, assembled when first read. */
    readonly bytes: Uint8Array;
    /** The composed component as its chunks (the nested inputs among them, not copied). */
    chunks: Bytes[];
    length: number;
    /**
     * The composed component's imports, read (when first asked for) from its sections before the
     * first nested component, where the composer declares every host import, so the whole is
     * never re-read.
     */
    readonly imports: ExternItem[];
    warnings: string[];
    /** Which plug export satisfied which import (or PLAIN_TYPES: an instance of plain types, defined in place). */
    satisfied: {
        consumer: string;
        import: string;
        plug: string;
        export: string;
    }[];
}
/** The `plug` of an import needing only plain value types, which the composed component defines itself. */
export declare const PLAIN_TYPES = "plain types, defined in place";
/**
 * Composes `plugs` into `root`: every component is nested unchanged, plugs are
 * instantiated first, each import is wired to the plug export of the same
 * interface (semver-compatible), the rest become imports of the result with
 * their types carried over, and the root's exports are re-exported.
 */
export declare function compose(root: ComposeInput, plugs: ComposeInput[], bridges?: ExportBridge[]): ComposeResult;
