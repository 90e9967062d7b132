import type { Declaration, DefType } from '../ast.js';
/**
 * The type index space of an instance or component type's declarators: what
 * each local type index stands for.
 */
export type LocalType = {
    def: DefType;
}
/** A type export or import equal to an earlier local index. */
 | {
    eq: number;
}
/** An alias of a type of an enclosing scope, `count` scopes out. */
 | {
    outer: {
        count: number;
        index: number;
    };
}
/** A resource the type declares (`(sub resource)`). */
 | {
    resource: true;
}
/** Anything else (an alias of an instance's export). */
 | {
    opaque: true;
};
export interface LocalTypes {
    locals: LocalType[];
    /** Local index of each type the declarators export (or import), by name. */
    types: Map<string, number>;
    /** Local index of the function type of each function the declarators export, by name. */
    functions: Map<string, number>;
}
export declare function localTypes(decls: readonly Declaration[]): LocalTypes;
/** Follows type-equality exports to the definition behind a local index. */
export declare function definitionOf(locals: readonly LocalType[], index: number): DefType | undefined;
/**
 * Whether a local type is a plain value type: built from primitives, records,
 * variants, lists, tuples, flags, enums, options and results only, with no
 * resource handle, stream or future anywhere inside. Such a type is the same
 * wherever it is defined, so it can be defined again instead of aliased.
 */
export declare function isPlainValueType(locals: readonly LocalType[], index: number, known?: Map<number, boolean>): boolean;
