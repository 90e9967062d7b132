import { type CanonOption, type CoreSort, type DefType, type ExternName, type ExternType, type Sort, type SortIndex, type ValType } from '../ast.js';
import { ByteWriter } from './byte-writer.js';
import { type Bytes } from './bytes.js';
import { type Scope } from '../read/scope.js';
/** The built-ins of a stream or future type that ComponentBuilder writes. */
export type StreamOrFutureBuiltin = `${'stream' | 'future'}.${'new' | 'read' | 'write' | 'drop-readable' | 'drop-writable'}`;
/**
 * Writes a component definition by definition, keeping its index spaces.
 * Consecutive items of one section kind share a section; nested components
 * are copied in as they are, without re-encoding.
 */
export declare class ComponentBuilder {
    private readonly chunks;
    private open?;
    /** The open section's items so far (one writer, reused section after section). */
    private readonly body;
    private readonly sizes;
    /** The index in `chunks` of the first nested component's section. */
    private firstNested?;
    /** A builder that appends definitions to an existing component, whose index spaces are `scope`'s. */
    static extending(bytes: Uint8Array, scope: Scope): ComponentBuilder;
    /** How many definitions the index space of `sort` holds so far. */
    size(sort: Sort): number;
    private define;
    private item;
    /** The open section, written in one buffer of its final size: `id size count items`. */
    private flush;
    /** A type definition whose encoding (after the section's vector framing) is `encode`'s output. */
    type(encode: (w: ByteWriter) => void): number;
    /** A type definition from its structure. */
    defType(type: DefType): number;
    /** `(own resource)`, for a resource type of this component. */
    ownType(resource: number): number;
    import(name: ExternName, type: ExternType): number;
    aliasExport(sort: Sort, instance: number, name: string): number;
    aliasCoreExport(sort: CoreSort, instance: number, name: string): number;
    /** `canon lift` without options: enough for functions whose values all flatten to core values. */
    liftPlain(coreFunc: number, typeIndex: number): number;
    /** `canon lift` with options (string encoding, memory, realloc, post-return). */
    lift(coreFunc: number, typeIndex: number, options: CanonOption[]): number;
    /** `canon lower` with options. */
    lower(func: number, options: CanonOption[]): number;
    /** `canon resource.new`, `resource.drop` or `resource.rep` of a resource type. */
    resourceIntrinsic(kind: 'new' | 'drop' | 'rep', resource: number): number;
    /**
     * A built-in of a `stream<T>` or `future<T>` type (CanonicalABI.md: `canon {stream,future}.*`):
     * `new` and the drops take the type alone, `read` and `write` options too (memory, async).
     */
    streamOrFutureBuiltin(kind: StreamOrFutureBuiltin, type: number, options?: CanonOption[]): number;
    /**
     * A task or waitable built-in without immediates (CanonicalABI.md): `waitable-set.new`,
     * `waitable-set.drop`, `waitable.join`.
     */
    waitableBuiltin(kind: 'waitable-set.new' | 'waitable-set.drop' | 'waitable.join'): number;
    /** `canon task.return` of a function with no result, or of one whose result is `result`. */
    taskReturn(result: ValType | undefined, options?: CanonOption[]): number;
    /** `canon context.get i32 slot` or `context.set`: the current task's context slot. */
    contextSlot(kind: 'context.get' | 'context.set', slot: number): number;
    /** `canon lower` without options (see liftPlain). */
    lowerPlain(func: number): number;
    /** A core module, copied byte for byte. */
    coreModule(bytes: Uint8Array): number;
    /**
     * Where among finishChunks' chunks the next section written starts: an embedded module's
     * section is two chunks there, its header and its bytes (so a caller can swap the module).
     */
    nextChunk(): number;
    /** A section of its own holding `bytes` (or the chunks of them) unchanged. */
    private embed;
    coreInstantiate(module: number, args: {
        name: string;
        instance: number;
    }[]): number;
    /** A core instance made of existing core functions. */
    coreInstanceOfFuncs(exports: {
        name: string;
        func: number;
    }[]): number;
    /** A nested component, copied byte for byte (from its chunks, into the output only). */
    component(bytes: Uint8Array | Bytes[]): number;
    instantiate(component: number, args: {
        name: string;
        item: SortIndex;
    }[]): number;
    /** An instance made of existing definitions (`(instance (export …)…)`). */
    instance(exports: {
        name: ExternName;
        item: SortIndex;
    }[]): number;
    /** An export, with the type it is ascribed when `type` is given. */
    export(name: ExternName, item: SortIndex, type?: ExternType): number;
    /** The component, assembled once into a buffer of its final size. */
    finish(): Uint8Array;
    /**
     * The component as its chunks, and how many of them come before the first nested component
     * (all of them when none is nested).
     */
    finishChunks(): {
        chunks: Bytes[];
        beforeNested: number;
    };
}
