import type { CanonOption, ExternName, ExternType, Instance, SortIndex } from '../ast.js';
import type { ByteWriter } from './byte-writer.js';
import { type IndexMap } from './encode-types.js';
export declare function encodeImport(w: ByteWriter, name: ExternName, type: ExternType, map: IndexMap): void;
export declare function encodeSortIndex(w: ByteWriter, item: SortIndex, map: IndexMap): void;
export declare function encodeExport(w: ByteWriter, name: ExternName, item: SortIndex, type: ExternType | undefined, map: IndexMap): void;
export declare function encodeInstance(w: ByteWriter, instance: Instance, map: IndexMap): void;
/** A canonical definition's options, as `vec(canonopt)`. */
export declare function encodeCanonOptions(w: ByteWriter, options: readonly CanonOption[]): void;
