import { type FuncType } from '../../component/core/module-model.js';
/**
 * The adapter's pump (adapter/pump/pump.c): the tasks that read and write WASI 0.3 streams after
 * the adapter's synchronous export has returned, nested in the adapter as a component of their
 * own. The adapter's core module imports its functions from `wasi-virt-pump` and calls them with
 * the async ABI; the generator lowers them so (wrap-adapter.ts).
 */
export declare const PUMP_MODULE = "wasi-virt-pump";
/** The custom section of the prebuilt adapter module that carries the pump's core module. */
export declare const PUMP_SECTION = "wasi-virt-pump";
/**
 * The pump's functions: the core types of their async lowerings (parameters flattened, a
 * pointer for the result, the subtask's status returned), and whether the lowering copies
 * values through the adapter's memory (a list in, a stream handle out).
 */
declare const FUNCTIONS: {
    /** drain: async func(data: stream<u8>): reads the stream to its end, forgetting it. */
    drain: {
        core: {
            params: number[];
            results: number[];
        };
        memory: false;
    };
    /** feed: async func(data: list<u8>) -> stream<u8>: a stream of the bytes, then its end. */
    feed: {
        core: {
            params: number[];
            results: number[];
        };
        memory: true;
    };
    /** feed-entries: async func(data: list<directory-entry>) -> stream<directory-entry> (WASI 0.3's). */
    'feed-entries': {
        core: {
            params: number[];
            results: number[];
        };
        memory: true;
    };
};
export type PumpFunction = keyof typeof FUNCTIONS;
export declare const isPumpFunction: (name: string) => name is PumpFunction;
/** The core type of the adapter's import of pump function `name`. */
export declare const pumpImportType: (name: PumpFunction) => FuncType;
/** Whether the lowering of pump function `name` copies values through the adapter's memory. */
export declare const pumpNeedsMemory: (name: PumpFunction) => boolean;
/**
 * The pump component around core module `pump`: `drain` and `feed`, lifted with the async
 * option and their callbacks. The memory is defined first, then the built-ins that copy through
 * it, then the pump's instance.
 */
export declare function pumpComponent(pump: Uint8Array): Uint8Array;
export {};
