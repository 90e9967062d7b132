import type { Declaration } from '../ast.js';
import type { EntryHook, Scope } from './scope.js';
/**
 * What the reader keeps about a type, an instance or a component of a scope to bound the
 * input's types: a type's effective size (as wasmparser counts it: 1 per type constructor, a
 * reference to another type counting as that type's whole size, so a chain of types doubling
 * each other is seen at its expanded size) and, for instance and component types and for
 * instances and components, what they export (so an alias of an export has the export's size).
 */
export interface TypeInfo {
    size: number;
    exports?: Map<string, TypeInfo>;
}
/** A type the reader cannot follow (a core module's, or an export it cannot resolve): counted as 1. */
export declare const OPAQUE: TypeInfo;
/** The scope's kinds of entries that carry a TypeInfo. */
export type InfoSort = 'type' | 'instance' | 'component';
/** What the reader knows of entry `index` of a space of `scope` (opaque when it knows nothing). */
export declare function typeInfo(scope: Scope, sort: InfoSort, index: number): TypeInfo;
/**
 * The reader's entry hook: records the TypeInfo of each entry that carries one, refusing a type
 * whose effective size reaches the limit (as wasm-tools and wasmtime do).
 */
export declare const recordTypeInfo: EntryHook;
/**
 * Records what a component or instance type's declarations (read in `scope`, their own) add up
 * to: 1 plus the sizes of what they import and export, and their exports by name.
 */
export declare function recordDeclarations(scope: Scope, decls: Declaration[]): void;
