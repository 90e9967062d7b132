import { type Subsystem } from './subsystem.js';
/**
 * wasi:clocks/*: allowed, the host's (the monotonic clock forwarded when the adapter owns the
 * pollables); denied, every call traps; with --fixed-time, served by the adapter whatever
 * --allow-clocks says: the wall clock stands at the instant, the monotonic clock is virtual.
 */
export declare const clocks: Subsystem;
