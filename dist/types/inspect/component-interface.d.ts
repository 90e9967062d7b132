import type { InstanceType } from '../component/ast.js';
import type { Component } from '../component/read/read-component.js';
import type { Scope } from '../component/read/scope.js';
import { type InterfaceName } from './interface-name.js';
export type ItemKind = 'instance' | 'func' | 'type' | 'component' | 'module' | 'value';
/** One import or export of a component, as a user thinks of it. */
export interface ExternItem {
    name: string;
    kind: ItemKind;
    /**
     * Present when the name is an interface name (`wasi:cli/environment@0.2.12`), or
     * names the interface a labelled import implements (see `implements`).
     */
    interface?: InterfaceName;
    /** The interface an `[implements=<I>]label` name (or a name's implements attribute) implements. */
    implements?: string;
    /** For instances whose type is known: the functions they carry (`[method]r.f` for methods). */
    functions?: string[];
    /** Those of `functions` whose type is an `async func` (WASI 0.3 and later), when any is. */
    asyncFunctions?: string[];
    /** Resource types the instance defines. */
    resources?: string[];
    /** Other named types the instance carries (records, enums, uses of another interface's resource). */
    types?: string[];
    /** An instance with no functions: imported or exported only for its types. */
    typesOnly?: boolean;
    /** An instance whose type could not be determined: its functions are unknown (rules fail closed). */
    functionsUnknown?: boolean;
    /** Byte offset of the import or export in the binary. */
    offset: number;
}
export interface ComponentInterface {
    imports: ExternItem[];
    exports: ExternItem[];
}
/** The imports and exports of the outermost component, with instance contents resolved. */
export declare function describeComponent(component: Component): ComponentInterface;
/**
 * Follows aliases, type exports (with or without an ascription) and
 * type-equality bounds to the instance type a type index names: through outer
 * aliases, and through export aliases of inline instances and of instances of
 * nested components. Undefined when the type cannot be determined.
 */
export declare function resolveInstanceType(scope: Scope, typeIndex: number, hops?: number): InstanceType | undefined;
