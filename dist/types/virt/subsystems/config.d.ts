import { type Subsystem } from './subsystem.js';
/** wasi:config/store: host properties (all, listed or none), with fixed values. */
export declare const config: Subsystem;
