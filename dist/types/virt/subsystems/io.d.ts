import { type Subsystem } from './subsystem.js';
/**
 * The I/O group: wasi:io's errors, streams and pollables, stdio and its terminals, and the
 * filesystem. Once the adapter owns I/O it owns wasi:io's resource types, so it serves every
 * interface of the group the app imports, forwarding to the host what the policy lets through.
 */
export declare const io: Subsystem;
