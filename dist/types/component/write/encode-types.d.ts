import type { Alias, CoreType, Declaration, DefType, ExternName, ExternType, Sort, ValType } from '../ast.js';
import type { ByteWriter } from './byte-writer.js';
/**
 * Maps an index of one scope's index space to the index to write. The encoder
 * keeps one map per enclosing scope, outermost first, so that outer aliases
 * are rewritten with the map of the scope they reach.
 */
export type IndexMap = (sort: Sort, index: number) => number;
export declare const identity: IndexMap;
export declare function encodeSort(w: ByteWriter, sort: Sort): void;
export declare function encodeValType(w: ByteWriter, type: ValType, map: IndexMap): void;
/**
 * Encodes a type definition. `scopes` holds the index maps of the enclosing
 * scopes, outermost first; the last is the scope the type is defined in.
 * Component and instance types open a scope of their own with `inner` as its
 * map (identity unless the caller renumbers their declarations).
 */
export declare function encodeDefType(w: ByteWriter, type: DefType, scopes: readonly IndexMap[], inner?: IndexMap): void;
export declare function encodeDeclarations(w: ByteWriter, decls: readonly Declaration[], scopes: readonly IndexMap[]): void;
export declare function encodeDeclaration(w: ByteWriter, decl: Declaration, scopes: readonly IndexMap[]): void;
/** Encodes an alias; an outer alias keeps its count and takes the map of the scope it reaches. */
export declare function encodeAlias(w: ByteWriter, alias: Alias, scopes: readonly IndexMap[]): void;
export declare function encodeExternName(w: ByteWriter, name: ExternName): void;
export declare function encodeExternType(w: ByteWriter, type: ExternType, map: IndexMap): void;
export declare function encodeCoreType(w: ByteWriter, type: CoreType): void;
