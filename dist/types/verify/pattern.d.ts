import type { ExternItem } from '../inspect/component-interface.js';
/**
 * An import pattern: `<name glob>[@<semver range>][#<function glob>]`, e.g.
 * `*`, `wasi:*`, `wasi:filesystem/*`, `wasi:cli/environment@^0.2.3#get-arguments`.
 * `*` matches any run of characters (including `:` and `/`).
 */
export interface ImportPattern {
    text: string;
    /** Where the pattern came from, for messages: `--deny`, `policy.toml`... */
    source: string;
    name: RegExp;
    range?: string;
    func?: RegExp;
}
export declare function parsePattern(text: string, source: string): ImportPattern;
/** Whether the pattern's name and version parts match the import (its function part aside). */
export declare function matchesInterface(pattern: ImportPattern, item: ExternItem): boolean;
export declare function matchesFunction(pattern: ImportPattern, func: string): boolean;
