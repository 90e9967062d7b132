import type { Alias, ComponentSort, CoreSort, DefType, ExternName, ExternType, PrimValType, Sort, ValType } from '../ast.js';
import { type ByteReader } from './byte-reader.js';
import { Scope } from './scope.js';
export declare const primitives: Record<number, PrimValType>;
export declare const coreSortCodes: Record<number, CoreSort>;
export declare const componentSortCodes: Record<number, ComponentSort>;
export declare function readCoreSort(r: ByteReader): CoreSort;
export declare function readSort(r: ByteReader): Sort;
export declare function readValType(r: ByteReader, scope: Scope): ValType;
/** `deftype`: a value type, func, component, instance or resource type definition. */
export declare function readDefType(r: ByteReader, scope: Scope): DefType;
export declare function readExternName(r: ByteReader): ExternName;
export declare function externSort(type: ExternType): Sort;
export declare function readExternType(r: ByteReader, scope: Scope): ExternType;
/** Reads an alias and checks its target against the index spaces in scope. */
export declare function readAlias(r: ByteReader, scope: Scope): Alias;
