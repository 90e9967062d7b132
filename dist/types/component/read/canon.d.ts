import type { Canon, Sort } from '../ast.js';
import { type ByteReader } from './byte-reader.js';
import type { Scope } from './scope.js';
/** The opcode of canonical definition `kind` (the writer's side of the table above). */
export declare function canonOpcode(kind: string): number;
/** The sort a canonical definition adds to: `lift` makes a component func, the rest core funcs. */
export declare function canonSort(canon: Canon): Sort;
export declare function readCanon(r: ByteReader, scope: Scope): Canon;
