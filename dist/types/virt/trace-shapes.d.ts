import type { VirtPlan } from './plan.js';
import { type WitType } from './wit-types.js';
/**
 * A value's shape as the `--debug` trace reads it (adapter/src/runtime/trace.c), in
 * prefix form, with the canonical ABI's offsets worked out here:
 *   u<size> s<size> b h           an integer, a bool, a handle
 *   S L l                         a string (quoted), a list<u8> (`<N bytes>`), another list (`<N items>`)
 *   E<d><count>, name| …          an enum with a <d>-byte discriminant
 *   F<size>                       flags, as a number
 *   V<d><at>,<count>, name|P …    a variant (options and results too): each case's name, then its
 *                                 payload's shape P or `_`; the payload is <at> bytes in
 *   R<count>, <at>,name|P …       a record: each field's offset, name and shape
 *   T<count>, <at>,P …            a tuple
 */
export declare function shapeOf(type: WitType): string;
/** How the trace shows a function's result: its shape, and whether the core result points to it. */
export interface ResultShape {
    shape: string;
    indirect: boolean;
}
export declare function resultShape(type: WitType | undefined): ResultShape | undefined;
/** resultShape of an export of the plan, by its core name (`wasi:io/streams@0.2.12#[method]input-stream.read`). */
export declare function resultShapeFor(plan: VirtPlan): (name: string) => ResultShape | undefined;
