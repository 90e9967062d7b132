import type { Sort } from '../ast.js';
/**
 * The structural limits the reader enforces: the ones wasmparser enforces, as wasm-tools 1.262
 * does (so what the reader accepts, wasm-tools and wasmtime do not refuse for its size). Reading within them keeps
 * every table the reader builds, and every pass over it, bounded by the input's size.
 */
export declare const LIMITS: {
    /** Bytes of any name or string. */
    readonly name: 100000;
    /** A type's effective size: 1 per type constructor, a reference to a type counting as that type's size. */
    readonly typeSize: 1000000;
    readonly canonicalOptions: 10;
    readonly instantiateArguments: 100000;
    readonly inlineExports: 100000;
    readonly startArguments: 1000;
    readonly recordFields: 10000;
    readonly variantCases: 10000;
    readonly tupleTypes: 10000;
    readonly enumCases: 10000;
    readonly flags: 32;
    readonly funcParams: 1000;
    /** Core modules and components defined in one component's whole tree, the outermost one included. */
    readonly definitions: 1000;
    readonly moduleTypeDeclarations: 100000;
    readonly componentTypeDeclarations: 100000;
    readonly instanceTypeDeclarations: 1000000;
    readonly coreImports: 1000000;
    readonly coreExports: 1000000;
    readonly coreFuncParams: 1000;
    readonly coreFuncResults: 1000;
    readonly structFields: 10000;
    readonly supertypes: 1;
};
/** A shared bound on the entries of some index spaces of one scope. */
interface SpaceLimit {
    /** How the limit names what it counts. */
    what: string;
    max: number;
    counts: (sort: Sort) => boolean;
}
/**
 * Per scope (a component, a component type or an instance type), as wasmparser counts them
 * (wasm-tools 1.262 measured: instances of both kinds 4096).
 */
export declare const SPACE_LIMITS: SpaceLimit[];
export {};
