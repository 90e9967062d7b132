import type { Canon, Sort } from '../ast.js';
import { type ByteReader } from './byte-reader.js';
import type { Scope } from './scope.js';
/** The sort a canonical definition adds to: `lift` makes a component func, the rest core funcs. */
export declare function canonSort(canon: Canon): Sort;
export declare function readCanon(r: ByteReader, scope: Scope): Canon;
