import { type Subsystem } from './subsystem.js';
/** wasi:cli/environment: host variables (all, listed or none, with fixed values), arguments, the initial directory. */
export declare const env: Subsystem;
