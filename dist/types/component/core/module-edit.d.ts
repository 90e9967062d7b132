import { type CoreExport, type CoreModuleModel, type FuncType } from './module-model.js';
/** The index of `type` in the module's types, added if it has none equal to it. */
export declare function typeIndex(m: CoreModuleModel, type: FuncType): number;
/** Appends a defined function and returns its index in the function index space. */
export declare function addFunction(m: CoreModuleModel, type: FuncType, body: Uint8Array): number;
/** The export called `name`, or an error saying the adapter build lacks it. */
export declare function exportNamed(m: CoreModuleModel, name: string): CoreExport;
