import type { ExternType, SortIndex } from '../component/ast.js';
import type { Scope } from '../component/read/scope.js';
/** One export of an instance a component defines, with the scope its indices belong to. */
export interface DefinedExport {
    name: string;
    item: SortIndex;
    /** The export's type ascription, if the nested component gave one. */
    type?: ExternType;
    scope: Scope;
}
/**
 * What instance `index` of a scope exports, when the component defines it:
 * inline exports, or the exports of the nested component it instantiates (as
 * wit-component builds exported interfaces). Undefined for imported instances.
 */
export declare function definedInstanceExports(scope: Scope, index: number): DefinedExport[] | undefined;
export declare const isComponentSort: (item: SortIndex, sort: "func" | "type") => boolean;
/**
 * What an instance holds, as far as its exports go: the instance type it was imported or
 * ascribed with (`typeIndex` in `scope`), or the exports it is made of.
 */
export type InstanceContents = {
    scope: Scope;
    typeIndex: number;
} | {
    exports: DefinedExport[];
};
/**
 * The contents of instance `index` of a scope, through re-exports and `alias export`s of
 * instances that nested components export: a composed component re-exports its app's
 * instance as an alias of the app's instantiation, which the app defines in turn.
 */
export declare function instanceContents(scope: Scope, index: number): InstanceContents | undefined;
