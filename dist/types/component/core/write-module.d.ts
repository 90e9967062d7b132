import { type CoreModuleModel } from './module-model.js';
/**
 * Encodes a CoreModuleModel, sections in the binary format's order. Empty
 * sections are left out, and so are custom sections (the model has none).
 */
export declare function writeModuleModel(m: CoreModuleModel): Uint8Array;
