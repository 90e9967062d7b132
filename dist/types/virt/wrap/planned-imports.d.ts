import type { CoreImport } from '../../component/core/module-model.js';
import type { AdapterWorld, WorldInterface } from '../adapter-wit.js';
import type { Exported } from './exports.js';
import { type ImportedInterface } from './imports.js';
/** A core import of a host interface's resource drop (`[resource-drop]descriptor`). */
export declare const DROP = "[resource-drop]";
/** The module a core import of an exported resource's intrinsic names (`[export]wasi:io/streams@…`). */
export declare const EXPORTED = "[export]";
/**
 * What the adapter imports, as wit-component narrows the world's imports to a module: each host
 * interface with the functions the module calls, the resources it drops and the types those
 * need, and the interfaces whose types an exported interface uses without exporting them; every
 * interface after those whose types it uses.
 */
export declare function plannedImports(moduleImports: CoreImport[], world: AdapterWorld, exported: Exported[], worldOf: (name: string) => WorldInterface): ImportedInterface[];
