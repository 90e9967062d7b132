/** Lays rows out in left-aligned columns, the last column unpadded; cells have control characters escaped. */
export declare function textTable(header: string[], cells: string[][]): string;
