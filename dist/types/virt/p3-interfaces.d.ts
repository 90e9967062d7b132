import { type WasiInterface } from './wasi-package.js';
/** The WASI 0.3 release the adapter serves. */
export declare const WASI_P3_VERSION = "0.3.0";
/**
 * The interfaces the adapter serves at WASI 0.3, in the order they are planned: the synchronous
 * ones, whose functions keep the core ABI they had at 0.2 (p3-adapter-module.ts maps them).
 * wasi:config has no 0.3 release: apps keep importing its draft, served as at 0.2. The monotonic
 * clock's waits are async functions the adapter lifts synchronously (never blocking: the clock
 * is virtual or denied when the adapter serves it; an allowed one is the host's). So are stdin's
 * read-via-stream and stdout's and stderr's write-via-stream, ignored or denied (an allowed
 * stream is the host's; an ignored one's reader is the adapter's pump, wrap/async-pump.ts). The
 * filesystem serves the read-only mounted trees; the descriptor's methods lay out their results
 * as 0.3 does, and its streams come from the adapter's pump (adapter/src/fs/p3.c).
 */
export declare const WASI_P3_INTERFACES: WasiInterface[];
/**
 * The interfaces the adapter serves at 0.3 only denied whole: every function is a trap the
 * generator adds (trap-exports.ts), so no socket, lookup, request or response ever exists.
 * Allowed, they are the host's.
 */
export declare const WASI_P3_DENIED_WHOLE: WasiInterface[];
