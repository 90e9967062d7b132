import { type FuncType } from '../../component/core/module-model.js';
/**
 * The adapter's pump: a small component nested in the adapter whose async tasks go on after the
 * adapter's synchronous export has returned. WASI 0.3's `write-via-stream` is a synchronous
 * function, so the adapter cannot read the app's stream itself once it has returned; it hands
 * the stream to the pump's `drain` instead, through an `async` lowering: `drain` returns at once
 * (`task.return`) and its task keeps reading, on the callback ABI, until the app drops its
 * writable end. The component model lets a subtask outlive its caller (Concurrency.md,
 * "Structured Concurrency"); a nested instance is a different instance, so the call does not
 * re-enter the adapter's.
 *
 * The adapter's core module imports it as `wasi-virt-pump` `drain`: (stream) -> subtask status.
 */
export declare const PUMP_MODULE = "wasi-virt-pump";
/** The pump's functions the adapter's core module may import, with their core types (async lowerings). */
export declare const PUMP_FUNCTIONS: Record<string, FuncType>;
/** The pump component: exports `drain: async func(data: stream<u8>)`. */
export declare function pumpComponent(): Uint8Array;
