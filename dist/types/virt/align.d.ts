/** `offset` rounded up to a multiple of `align`. */
export declare const alignTo: (offset: number, align: number) => number;
