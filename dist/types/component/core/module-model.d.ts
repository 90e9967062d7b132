/**
 * A core module split into what a code-level transformation edits: the function
 * index space (imports, then defined functions with their bodies), exports,
 * element segments (which name functions), globals, memory and data. Sections a
 * transformation only carries over (tables) stay raw bytes; custom sections are
 * dropped. The module is our own build's or wit-component's, so only the
 * encodings those emit are read; anything else is an error naming it.
 */
export interface CoreModuleModel {
    types: FuncType[];
    imports: CoreImport[];
    /** The type index of each defined function. */
    functions: number[];
    /** The table section's payload, as read. */
    tables?: Uint8Array;
    memory?: MemoryLimits;
    globals: CoreGlobal[];
    exports: CoreExport[];
    start?: number;
    elements: ElementSegment[];
    /** Each defined function's body (locals and code, without its size). */
    code: Uint8Array[];
    /** The data section: its segment count and the segments' bytes as read. */
    data: {
        count: number;
        segments: Uint8Array;
    };
    /** Whether the module has a data count section (needed when code uses memory.init or data.drop). */
    dataCount: boolean;
}
/** Value types as their one-byte encodings (0x7f i32, 0x7e i64, ...). */
export interface FuncType {
    params: number[];
    results: number[];
}
export type ExternKind = 'func' | 'table' | 'memory' | 'global' | 'tag';
export declare const EXTERN_KINDS: ExternKind[];
export interface CoreImport {
    module: string;
    name: string;
    kind: ExternKind;
    /** A function import's type index. */
    type?: number;
    /** The import's descriptor after its kind byte, as read (a function's type index included). */
    descriptor: Uint8Array;
}
export interface CoreExport {
    name: string;
    kind: ExternKind;
    index: number;
}
export interface MemoryLimits {
    min: number;
    max?: number;
}
export interface CoreGlobal {
    /** Value type and mutability, as read. */
    type: Uint8Array;
    /** The initializer expression, `end` included. */
    init: Uint8Array;
}
/**
 * An element segment of function indices: its encoding up to the vector (flags,
 * table, offset expression, element kind) and the functions it lists.
 */
export interface ElementSegment {
    head: Uint8Array;
    functions: number[];
}
/** The i32 value of a constant expression `i32.const n; end`. */
export declare function i32Constant(init: Uint8Array): number;
/** A module with nothing in it, to build one in. */
export declare const emptyModel: () => CoreModuleModel;
/** Reads a core module into a CoreModuleModel. */
export declare function readModuleModel(bytes: Uint8Array): CoreModuleModel;
/**
 * A copy of a model that edits cannot reach back through: every array and record is new. The
 * byte views (bodies, descriptors, initializers) are shared, as edits replace them, never write
 * into them.
 */
export declare const copyModel: (m: CoreModuleModel) => CoreModuleModel;
/** How many functions the module imports: its defined functions' indices start there. */
export declare const importedFunctions: (m: CoreModuleModel) => number;
/** How many globals the module imports. */
export declare const importedGlobals: (m: CoreModuleModel) => number;
/** The type of function `index` in the module's function index space. */
export declare function functionType(m: CoreModuleModel, index: number): FuncType;
/** The payload of the module's first custom section called `name`, or undefined. */
export declare function customSection(bytes: Uint8Array, name: string): Uint8Array | undefined;
