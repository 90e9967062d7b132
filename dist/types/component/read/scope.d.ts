import type { Alias, Canon, ComponentSort, CoreInstance, CoreModule, CoreSort, CoreType, CustomSection, DefType, Export, ExternType, Import, Instance, SectionSpan, Sort, SortIndex, Start } from '../ast.js';
import type { ByteReader } from './byte-reader.js';
export interface Component {
    /** Byte range of this component, preamble included. */
    start: number;
    end: number;
    sections: SectionSpan[];
    imports: Import[];
    exports: Export[];
    types: DefType[];
    coreTypes: CoreType[];
    aliases: Alias[];
    canons: Canon[];
    coreModules: CoreModule[];
    coreInstances: CoreInstance[];
    instances: Instance[];
    components: Component[];
    starts: Start[];
    customs: CustomSection[];
    /** The index spaces of this component, with the enclosing component as parent. */
    scope: Scope;
}
/** Where an entry of an index space came from. */
export type Origin = {
    via: 'type';
    type: DefType;
} | {
    via: 'core-type';
    type: CoreType;
} | {
    via: 'import';
    name: string;
    type: ExternType;
} | {
    via: 'export';
    name: string;
    type?: ExternType;
    item?: SortIndex;
} | {
    via: 'alias';
    alias: Alias;
} | {
    via: 'core-module';
    module: CoreModule;
} | {
    via: 'component';
    component: Component;
} | {
    via: 'core-instance';
    instance: CoreInstance;
} | {
    via: 'instance';
    instance: Instance;
} | {
    via: 'canon';
    canon: Canon;
} | {
    via: 'start';
} | {
    via: 'value';
};
/**
 * Told of each entry before it joins its space (at byte offset `at`); it may refuse it. The
 * reader bounds the input's types with it (type-info.ts's recordTypeInfo).
 */
export type EntryHook = (scope: Scope, sort: Sort, origin: Origin, at: number) => void;
/** Far beyond what real components use; bounds recursion on hostile input. */
export declare const MAX_NESTING = 100;
export type ScopeKind = 'component' | 'component-type' | 'instance-type';
export declare function sortName(sort: Sort): string;
/**
 * The index spaces of one scope (a component, a component type or an instance
 * type). Each definition, import, export and alias appends to the space of its
 * sort, in binary order, as the spec defines; references are checked against
 * the spaces as they stand when the reference is read.
 */
export declare class Scope {
    readonly kind: ScopeKind;
    readonly parent?: Scope | undefined;
    readonly core: Record<CoreSort, Origin[]>;
    readonly component: Record<ComponentSort, Origin[]>;
    /** How many scopes enclose this one. */
    readonly depth: number;
    /** Entries so far that each of SPACE_LIMITS counts. */
    private readonly counted;
    /** In the outermost scope: the core modules and components defined in the tree, itself included. */
    private definitions;
    /** Told of every entry of this scope and the scopes nested in it. */
    readonly onEntry: EntryHook;
    constructor(kind: ScopeKind, parent?: Scope | undefined, onEntry?: EntryHook);
    /** Opens a nested scope, refusing nesting deep enough to exhaust the decoder's stack. */
    static nested(reader: ByteReader, at: number, kind: ScopeKind, parent: Scope | undefined, onEntry?: EntryHook): Scope;
    space(sort: Sort): Origin[];
    /**
     * Appends an entry to the space of `sort`, refusing (at byte offset `at`) what breaks the
     * structural limits (limits.ts): too many entries, or what the entry hook refuses.
     */
    push(sort: Sort, origin: Origin, at: number): number;
    /** Fails unless `index` is already defined in the space of `sort`. */
    check(reader: ByteReader, at: number, sort: Sort, index: number, what: string): void;
    /** The scope `count` levels out (0 = this one), if there is one. */
    ancestor(count: number): Scope | undefined;
    /** The scope `count` levels out, failing past the outermost. */
    outer(reader: ByteReader, at: number, count: number): Scope;
}
