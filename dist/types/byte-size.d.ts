/** A size in bytes: a whole number, optionally with a binary unit (`64K`, `1M`, `1G`; `KiB` and `MB` read the same). */
export declare function parseByteSize(label: string, value: string): number;
