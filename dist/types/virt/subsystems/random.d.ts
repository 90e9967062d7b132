import type { Subsystem } from './subsystem.js';
/**
 * wasi:random/*: allowed, the host's; denied, every call traps; with --random-seed, served by
 * the adapter from its seeded generator (adapter/README.md) whatever --allow-random says.
 */
export declare const random: Subsystem;
