import { type Subsystem } from './subsystem.js';
/** wasi:clocks/*: denied, every call traps. */
export declare const clocks: Subsystem;
