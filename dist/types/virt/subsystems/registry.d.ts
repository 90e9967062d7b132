import type { Policy } from '../../policy/policy.js';
import type { WasiInterface } from '../wasi-package.js';
import type { Subsystem } from './subsystem.js';
/** Every subsystem, in the order their implied rules are listed. */
export declare const SUBSYSTEMS: Subsystem[];
/** The subsystem an interface belongs to, by its role. */
export declare function subsystemOf(iface: WasiInterface): Subsystem;
/**
 * The import rules a policy implies for the output: no function it denies may be imported from
 * the host. The rules name functions (`wasi:clocks/*#*`), so an interface the output imports only
 * for its types (the adapter forwarding the filesystem imports wall-clock's `datetime`) passes:
 * types grant nothing.
 */
export declare const impliedDenyRules: (policy: Policy) => string[];
