/**
 * Gives `target` a `sha256` property (hex) of `bytes`, computed the first time it is read, so
 * only the reports and outputs that show a digest pay for hashing (a 100 MB component takes a
 * quarter of a second). node:crypto itself loads only then: importing it costs every command a few
 * milliseconds at start (an ESM import of it also builds its webcrypto).
 */
export declare function withSha256<T extends object>(target: T, bytes: Uint8Array): T & {
    readonly sha256: string;
};
