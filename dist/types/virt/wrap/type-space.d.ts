import type { DefType, ValType } from '../../component/ast.js';
import type { WitDecl, WitFunction, WitRef } from '../wit-model.js';
/** What a type name of an interface stands for in one index space: its index, and whether it is a resource. */
export type Names = Map<string, {
    index: number;
    resource: boolean;
}>;
/**
 * Writes WIT types into one type index space (a component's, a nested component's or an
 * instance type's) through `define`, each anonymous type once: a second `list<u8>` reuses the
 * first. Named types are looked up in the `Names` a call is given.
 */
export declare class TypeSpace {
    private readonly define;
    private readonly defined;
    constructor(define: (type: DefType) => number);
    /** The index of a type definition, defined on first use. */
    type(type: DefType): number;
    private def;
    private named;
    val(ref: WitRef, names: Names): ValType;
    /** The definition of a declared value type (not a resource, not a `use`). */
    valueDecl(decl: WitDecl, names: Names): number;
    func(fn: WitFunction, names: Names): number;
}
