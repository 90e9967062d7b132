import type { ExternItem } from '../inspect/component-interface.js';
import { type Policy } from '../policy/policy.js';
import { type WasiInterface } from './wasi-interfaces.js';
import type { AdapterSettings, VirtPlan } from './plan-model.js';
import { type ImportedInterface } from './servable.js';
export type { AdapterSettings, VirtPlan, VirtualizedInterface } from './plan-model.js';
/** What the policy decided for the stages after planning. */
export declare function adapterSettings(policy: Policy): AdapterSettings;
/** What an app imports of one WASI interface, over every version it imports it at. */
export declare function importedInterface(iface: WasiInterface, appImports: ExternItem[]): ImportedInterface | undefined;
/**
 * Decides what the adapter serves. With an app, only interfaces it imports,
 * with the functions it imports, at the version it imports; without one,
 * every interface the policy does not pass through, at the chosen version.
 */
export declare function planVirtualization(policy: Policy, appImports?: ExternItem[], appExports?: ExternItem[]): VirtPlan;
