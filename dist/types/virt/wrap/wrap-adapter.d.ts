import { type Bytes } from '../../component/write/bytes.js';
import type { AdapterWorld } from '../adapter-wit.js';
/** The adapter component, and the same with its core module's bytes swapped for others. */
export interface WrappedAdapter {
    bytes: Uint8Array;
    /** The component's chunks with `module` (the same module with data added) in the module's place. */
    withModule(module: Bytes[]): Bytes[];
}
/**
 * The adapter component around the specialised core module `core`, for `world`: what
 * wit-component would make of the module embedded with the world's WIT, written directly. The
 * host interfaces are imported with the functions the module calls and the types those and the
 * exports need; the module is instantiated with their lowerings and the intrinsics of the
 * resources it exports; each exported interface is lifted and exported through its own shim
 * component (export-shim.ts), in an order where an interface comes after those whose types it uses.
 */
export declare function wrapAdapter(core: Uint8Array, world: AdapterWorld, pumpModule?: Uint8Array): WrappedAdapter;
