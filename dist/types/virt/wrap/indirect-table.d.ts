import { type FuncType } from '../../component/core/module-model.js';
export declare function shimModule(entries: FuncType[]): Uint8Array;
export declare function fixupModule(entries: FuncType[]): Uint8Array;
