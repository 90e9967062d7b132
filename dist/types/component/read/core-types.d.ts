import type { CoreExternType, CoreType, CoreValType, HeapType } from '../ast.js';
import { type ByteReader } from './byte-reader.js';
export declare const numericTypes: Record<number, CoreValType>;
export declare const abstractHeapTypes: Record<number, string>;
export declare function readHeapType(r: ByteReader): HeapType;
export declare function readCoreValType(r: ByteReader): CoreValType;
/** `core:type` as it appears in a component: a GC rec group, a prefixed sub type, or a module type. */
export declare function readCoreType(r: ByteReader): CoreType;
export declare function readCoreExternType(r: ByteReader): CoreExternType;
