/** The vendored WASI packages and the version their WIT declares. */
export declare const WASI_CATALOGUE_PACKAGES: Record<string, string>;
/** One WASI interface as the vendored WIT declares it, in the text form src/virt/wasi-package.ts uses. */
export interface CatalogueInterface {
    /** Declarations other than functions, one a line, in WIT order; `use` of another package as `@{version}`. */
    types: string[];
    /** Component-level function name → signature (methods without `self`, constructors without a result). */
    functions: Record<string, string>;
    /** Interfaces the `use` declarations name, by id, in order. */
    uses?: string[];
    /** The interface's own stability when it is not `@since(version = 0.2.0)`. */
    stability?: string;
    /** Declarations and functions whose stability is not `@since(version = 0.2.0)`. */
    notes?: Record<string, string>;
}
export declare const WASI_CATALOGUE: Record<string, CatalogueInterface>;
/**
 * The WASI 0.3.0 interfaces (from wit/wasi-0.3.0/), in the same form; stability notes are those
 * other than `@since(version = 0.3.0)`, and async functions' signatures start `async func`.
 */
export declare const WASI_P3_CATALOGUE: Record<string, CatalogueInterface>;
