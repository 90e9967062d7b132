/**
 * Gives `target` a `sha256` property (hex) of `bytes`, computed the first time it is read, so
 * only the reports and outputs that show a digest pay for hashing (a 100 MB component takes a
 * quarter of a second).
 */
export declare function withSha256<T extends object>(target: T, bytes: Uint8Array): T & {
    readonly sha256: string;
};
