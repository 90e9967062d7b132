import { type CoreModuleModel } from '../component/core/module-model.js';
/** The model of a prebuilt adapter module (adapter-module.ts), shared: never to be edited. */
export declare function prebuiltModel(adapter: Uint8Array): CoreModuleModel;
