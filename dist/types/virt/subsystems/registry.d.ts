import type { Policy } from '../../policy/policy.js';
import type { WasiInterface } from '../wasi-package.js';
import type { Subsystem } from './subsystem.js';
/** Every subsystem, in the order their implied rules are listed. */
export declare const SUBSYSTEMS: Subsystem[];
/** The subsystem an interface belongs to, by its role. */
export declare function subsystemOf(iface: WasiInterface): Subsystem;
/** The import rules a policy implies for the output: what it denies must not be imported from the host. */
export declare const impliedDenyRules: (policy: Policy) => string[];
