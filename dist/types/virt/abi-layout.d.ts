import type { WitType } from './wit-types.js';
/** Size and alignment of a value in linear memory, by the canonical ABI. */
export interface Layout {
    size: number;
    align: number;
}
/** Bytes of the discriminant of a variant or enum with `cases` cases. */
export declare const discriminantSize: (cases: number) => 1 | 2 | 4;
/** The cases of an option, result or variant, as a variant's payloads. */
export declare function casesOf(type: WitType): [string, WitType | undefined][] | undefined;
/** The offsets of consecutive fields and the layout of the whole (records and tuples). */
export declare function fieldOffsets(types: WitType[]): {
    offsets: number[];
    layout: Layout;
};
/** Where a variant's payload starts, and the layout of the whole. */
export declare function variantLayout(cases: (WitType | undefined)[]): {
    payloadAt: number;
    layout: Layout;
};
export declare function layoutOf(type: WitType): Layout;
/** How many core values the canonical ABI flattens a value into. */
export declare function flatCount(type: WitType): number;
