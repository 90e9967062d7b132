/** `offset` rounded up to a multiple of `align`. */
export const alignTo = (offset: number, align: number) => Math.ceil(offset / align) * align;
