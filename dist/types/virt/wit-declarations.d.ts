import type { WasiInterface } from './wasi-package.js';
/** The names a WIT type declaration introduces (`record datetime {…}` → datetime; `use x.{a, b as c};` → a, c). */
export declare function declaredNames(decl: string): string[];
/** What a `use` declaration takes, as [the name in its interface, the name here] (`use x.{a, b as c};` → [a, a], [b, c]). */
export declare function usedNames(decl: string): [string, string][];
/** A `use` declaration with only the names `wanted` accepts (`use x.{a, b as c};` → `use x.{b as c};`); other declarations as they are. */
export declare function narrowUse(decl: string, wanted: (name: string) => boolean): string;
/** The interface a `use` declaration takes types from, by id (`use error.{…}` is in the same package). */
export declare function usedInterface(decl: string, iface: WasiInterface): string | undefined;
