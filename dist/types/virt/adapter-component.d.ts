import { type Bytes } from '../component/write/bytes.js';
/**
 * A generated adapter component, kept in chunks so that its data (the configuration and the
 * mounted files, possibly read from the host only when copied) is copied once, into the output
 * it is composed into. `structure` is the same component before that data was added to its core
 * module: its sections, types, imports and exports are the adapter's, so it stands in for it
 * wherever the adapter is read rather than copied.
 */
export declare class AdapterComponent {
    readonly structure: Uint8Array;
    readonly chunks: Bytes[];
    private joined?;
    constructor(structure: Uint8Array, chunks?: Bytes[]);
    get length(): number;
    /** The adapter in one buffer (assembled the first time it is asked for). */
    bytes(): Uint8Array;
}
