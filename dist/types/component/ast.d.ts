/**
 * The decoded form of a WebAssembly component, close to the binary grammar of
 * the component model (design/mvp/Binary.md). Every item keeps the byte offset
 * it was read from, so later tools can report locations and copy bytes.
 */
export type CoreSort = 'func' | 'table' | 'memory' | 'global' | 'tag' | 'type' | 'module' | 'instance';
export type ComponentSort = 'func' | 'value' | 'type' | 'component' | 'instance';
export type Sort = {
    core: CoreSort;
} | {
    component: ComponentSort;
};
/** The component sorts composition names most often. */
export declare const TYPE_SORT: Sort;
export declare const FUNC_SORT: Sort;
export declare const INSTANCE_SORT: Sort;
export interface SortIndex {
    sort: Sort;
    index: number;
}
export type PrimValType = 'bool' | 's8' | 'u8' | 's16' | 'u16' | 's32' | 'u32' | 's64' | 'u64' | 'f32' | 'f64' | 'char' | 'string' | 'error-context';
export type ValType = {
    prim: PrimValType;
} | {
    typeIndex: number;
};
export interface NamedValType {
    name: string;
    type: ValType;
}
export type DefValType = {
    kind: 'prim';
    prim: PrimValType;
} | {
    kind: 'record';
    fields: NamedValType[];
} | {
    kind: 'variant';
    cases: {
        name: string;
        type?: ValType;
    }[];
} | {
    kind: 'list';
    element: ValType;
    length?: number;
} | {
    kind: 'tuple';
    types: ValType[];
} | {
    kind: 'flags';
    names: string[];
} | {
    kind: 'enum';
    names: string[];
} | {
    kind: 'option';
    type: ValType;
} | {
    kind: 'result';
    ok?: ValType;
    err?: ValType;
} | {
    kind: 'own';
    typeIndex: number;
} | {
    kind: 'borrow';
    typeIndex: number;
} | {
    kind: 'stream';
    element?: ValType;
} | {
    kind: 'future';
    element?: ValType;
} | {
    kind: 'map';
    key: ValType;
    value: ValType;
};
export interface FuncType {
    kind: 'func';
    async: boolean;
    params: NamedValType[];
    result?: ValType;
}
export interface ResourceType {
    kind: 'resource';
    rep: CoreValType;
    dtor?: number;
}
export interface InstanceType {
    kind: 'instance';
    decls: Declaration[];
}
export interface ComponentType {
    kind: 'component';
    decls: Declaration[];
}
export type DefType = {
    kind: 'defined';
    def: DefValType;
} | FuncType | ComponentType | InstanceType | ResourceType;
export type TypeBound = {
    eq: number;
} | {
    subResource: true;
};
export type ExternType = {
    kind: 'module';
    coreTypeIndex: number;
} | {
    kind: 'func';
    typeIndex: number;
} | {
    kind: 'value';
    bound: {
        eqValue: number;
    } | {
        type: ValType;
    };
} | {
    kind: 'type';
    bound: TypeBound;
} | {
    kind: 'component';
    typeIndex: number;
} | {
    kind: 'instance';
    typeIndex: number;
};
export interface ExternName {
    name: string;
    /** `implements` attribute: the interface a plain-named instance implements. */
    implements?: string;
    versionSuffix?: string;
    externalId?: string;
}
/** One declarator of a component or instance type. */
export type Declaration = {
    kind: 'core-type';
    type: CoreType;
    offset: number;
} | {
    kind: 'type';
    type: DefType;
    offset: number;
} | {
    kind: 'alias';
    alias: Alias;
    offset: number;
} | {
    kind: 'import';
    name: ExternName;
    type: ExternType;
    offset: number;
} | {
    kind: 'export';
    name: ExternName;
    type: ExternType;
    offset: number;
};
export type Alias = {
    kind: 'export';
    sort: Sort;
    instance: number;
    name: string;
} | {
    kind: 'core-export';
    sort: Sort;
    instance: number;
    name: string;
} | {
    kind: 'outer';
    sort: Sort;
    count: number;
    index: number;
};
export type CoreValType = 'i32' | 'i64' | 'f32' | 'f64' | 'v128' | {
    ref: HeapType;
    nullable: boolean;
};
export type HeapType = {
    abstract: string;
} | {
    typeIndex: number;
};
export type StorageType = CoreValType | 'i8' | 'i16';
export type CoreCompositeType = {
    kind: 'func';
    params: CoreValType[];
    results: CoreValType[];
} | {
    kind: 'struct';
    fields: {
        type: StorageType;
        mutable: boolean;
    }[];
} | {
    kind: 'array';
    element: {
        type: StorageType;
        mutable: boolean;
    };
};
export interface CoreSubType {
    final: boolean;
    supertypes: number[];
    type: CoreCompositeType;
}
export type CoreExternType = {
    kind: 'func';
    typeIndex: number;
} | {
    kind: 'table';
    element: CoreValType;
    min: number;
    max?: number;
    is64: boolean;
} | {
    kind: 'memory';
    min: number;
    max?: number;
    shared: boolean;
    is64: boolean;
    pageSizeLog2?: number;
} | {
    kind: 'global';
    type: CoreValType;
    mutable: boolean;
} | {
    kind: 'tag';
    typeIndex: number;
};
export type CoreModuleDecl = {
    kind: 'import';
    module: string;
    name: string;
    type: CoreExternType;
} | {
    kind: 'type';
    type: CoreType;
} | {
    kind: 'alias-outer';
    count: number;
    index: number;
} | {
    kind: 'export';
    name: string;
    type: CoreExternType;
};
export type CoreType = {
    kind: 'rec';
    types: CoreSubType[];
} | {
    kind: 'sub';
    subtype: CoreSubType;
} | {
    kind: 'module';
    decls: CoreModuleDecl[];
};
export type CoreInstance = {
    kind: 'instantiate';
    module: number;
    args: {
        name: string;
        instance: number;
    }[];
} | {
    kind: 'exports';
    exports: {
        name: string;
        sort: CoreSort;
        index: number;
    }[];
};
export type Instance = {
    kind: 'instantiate';
    component: number;
    args: {
        name: string;
        item: SortIndex;
    }[];
} | {
    kind: 'exports';
    exports: {
        name: ExternName;
        item: SortIndex;
    }[];
};
export type CanonOption = {
    kind: 'string-encoding';
    encoding: 'utf8' | 'utf16' | 'latin1+utf16';
} | {
    kind: 'memory';
    index: number;
} | {
    kind: 'realloc';
    index: number;
} | {
    kind: 'post-return';
    index: number;
} | {
    kind: 'async';
} | {
    kind: 'callback';
    index: number;
};
/** A canonical definition. `lift` defines a component func; every other kind defines a core func. */
export interface Canon {
    kind: string;
    opcode: number;
    /** Index immediates in the order they appear (func, type, memory, table...), named by role. */
    operands: Record<string, number>;
    options: CanonOption[];
    result?: ValType | null;
}
export interface Import {
    name: ExternName;
    type: ExternType;
    offset: number;
}
export interface Export {
    name: ExternName;
    item: SortIndex;
    type?: ExternType;
    offset: number;
}
export interface Start {
    func: number;
    args: number[];
    results: number;
}
export interface CustomSection {
    name: string;
    /** Byte range of the section's contents after its name. */
    start: number;
    end: number;
}
export interface CoreModule {
    /** Byte range of the whole module (preamble included) inside the input. */
    start: number;
    end: number;
    imports: {
        module: string;
        name: string;
        kind: string;
    }[];
    exports: {
        name: string;
        kind: string;
        index: number;
    }[];
}
export declare const SectionId: {
    readonly custom: 0;
    readonly coreModule: 1;
    readonly coreInstance: 2;
    readonly coreType: 3;
    readonly component: 4;
    readonly instance: 5;
    readonly alias: 6;
    readonly type: 7;
    readonly canon: 8;
    readonly start: 9;
    readonly import: 10;
    readonly export: 11;
    readonly value: 12;
};
export interface SectionSpan {
    id: number;
    /** Offset of the section id byte. */
    start: number;
    /** Byte range of the payload. */
    payloadStart: number;
    end: number;
    /** For sections holding a vector of items: how many. */
    count?: number;
}
