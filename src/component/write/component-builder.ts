import {
  SectionId,
  type CanonOption,
  type CoreSort,
  type DefType,
  type ExternName,
  type ExternType,
  type Sort,
  type SortIndex,
  type ValType,
} from '../ast.js';
import { ByteWriter } from './byte-writer.js';
import { concatBytes, type Bytes } from './bytes.js';
import {
  encodeDefType,
  encodeExternName,
  encodeExternType,
  encodeSort,
  encodeValType,
  identity,
} from './encode-types.js';
import { encodeCanonOptions, encodeSortIndex } from './encode-items.js';
import { canonOpcode } from '../read/canon.js';
import { sortName, type Scope } from '../read/scope.js';
import { externSort } from '../read/types.js';

/** The built-ins of a stream or future type that ComponentBuilder writes. */
export type StreamOrFutureBuiltin = `${'stream' | 'future'}.${
  'new' | 'read' | 'write' | 'drop-readable' | 'drop-writable'}`;

/** How many bytes the unsigned LEB128 of `value` takes. */
function lebLength(value: number): number {
  let length = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    length++;
  }
  return length;
}

/** Writes the unsigned LEB128 of `value` into `target` at `at`; returns where it ends. */
function putLeb(target: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    target[at++] = (value % 128) | 0x80;
    value = Math.floor(value / 128);
  }
  target[at++] = value;
  return at;
}

const PREAMBLE = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00]);

/**
 * Writes a component definition by definition, keeping its index spaces.
 * Consecutive items of one section kind share a section; nested components
 * are copied in as they are, without re-encoding.
 */
export class ComponentBuilder {
  private readonly chunks: Bytes[] = [PREAMBLE];
  private open?: { id: number; count: number };
  /** The open section's items so far (one writer, reused section after section). */
  private readonly body = new ByteWriter();
  private readonly sizes = new Map<string, number>();
  /** The index in `chunks` of the first nested component's section. */
  private firstNested?: number;

  /** A builder that appends definitions to an existing component, whose index spaces are `scope`'s. */
  static extending(bytes: Uint8Array, scope: Scope): ComponentBuilder {
    const builder = new ComponentBuilder();
    builder.chunks[0] = bytes;
    const spaces = [
      ...Object.entries(scope.core).map(([sort, space]) => [`core ${sort}`, space.length] as const),
      ...Object.entries(scope.component).map(([sort, space]) => [sort, space.length] as const),
    ];
    for (const [name, size] of spaces) builder.sizes.set(name, size);
    return builder;
  }

  /** How many definitions the index space of `sort` holds so far. */
  size(sort: Sort): number {
    return this.sizes.get(sortName(sort)) ?? 0;
  }

  private define(sort: Sort): number {
    const index = this.size(sort);
    this.sizes.set(sortName(sort), index + 1);
    return index;
  }

  private item(id: number, encode: (w: ByteWriter) => void): void {
    if (this.open?.id !== id) {
      this.flush();
      this.open = { id, count: 0 };
    }
    this.open.count++;
    encode(this.body);
  }

  /** The open section, written in one buffer of its final size: `id size count items`. */
  private flush(): void {
    if (!this.open) return;
    const { id, count } = this.open;
    const size = lebLength(count) + this.body.length;
    const section = new Uint8Array(1 + lebLength(size) + size);
    section[0] = id;
    const at = putLeb(section, putLeb(section, 1, size), count);
    this.body.copyTo(section, at);
    this.chunks.push(section);
    this.body.length = 0;
    this.open = undefined;
  }

  /** A type definition whose encoding (after the section's vector framing) is `encode`'s output. */
  type(encode: (w: ByteWriter) => void): number {
    this.item(SectionId.type, encode);
    return this.define({ component: 'type' });
  }

  /** A type definition from its structure. */
  defType(type: DefType): number {
    return this.type((w) => encodeDefType(w, type, [identity]));
  }

  /** `(own resource)`, for a resource type of this component. */
  ownType(resource: number): number {
    return this.defType({ kind: 'defined', def: { kind: 'own', typeIndex: resource } });
  }

  import(name: ExternName, type: ExternType): number {
    this.item(SectionId.import, (w) => {
      encodeExternName(w, name);
      encodeExternType(w, type, identity);
    });
    return this.define(externSort(type));
  }

  aliasExport(sort: Sort, instance: number, name: string): number {
    this.item(SectionId.alias, (w) => {
      encodeSort(w, sort);
      w.u8(0x00).u32(instance).name(name);
    });
    return this.define(sort);
  }

  aliasCoreExport(sort: CoreSort, instance: number, name: string): number {
    this.item(SectionId.alias, (w) => {
      encodeSort(w, { core: sort });
      w.u8(0x01).u32(instance).name(name);
    });
    return this.define({ core: sort });
  }

  /** `canon lift` without options: enough for functions whose values all flatten to core values. */
  liftPlain(coreFunc: number, typeIndex: number): number {
    this.item(SectionId.canon, (w) => w.u8(0x00).u8(0x00).u32(coreFunc).u32(0).u32(typeIndex));
    return this.define({ component: 'func' });
  }

  /** `canon lift` with options (string encoding, memory, realloc, post-return). */
  lift(coreFunc: number, typeIndex: number, options: CanonOption[]): number {
    this.item(SectionId.canon, (w) => {
      w.u8(0x00).u8(0x00).u32(coreFunc);
      encodeCanonOptions(w, options);
      w.u32(typeIndex);
    });
    return this.define({ component: 'func' });
  }

  /** `canon lower` with options. */
  lower(func: number, options: CanonOption[]): number {
    this.item(SectionId.canon, (w) => {
      w.u8(0x01).u8(0x00).u32(func);
      encodeCanonOptions(w, options);
    });
    return this.define({ core: 'func' });
  }

  /** `canon resource.new`, `resource.drop` or `resource.rep` of a resource type. */
  resourceIntrinsic(kind: 'new' | 'drop' | 'rep', resource: number): number {
    const opcode = { new: 0x02, drop: 0x03, rep: 0x04 }[kind];
    this.item(SectionId.canon, (w) => w.u8(opcode).u32(resource));
    return this.define({ core: 'func' });
  }

  /**
   * A built-in of a `stream<T>` or `future<T>` type (CanonicalABI.md: `canon {stream,future}.*`):
   * `new` and the drops take the type alone, `read` and `write` options too (memory, async).
   */
  streamOrFutureBuiltin(
    kind: StreamOrFutureBuiltin,
    type: number,
    options: CanonOption[] = [],
  ): number {
    this.item(SectionId.canon, (w) => {
      w.u8(canonOpcode(kind)).u32(type);
      if (/\.(read|write)$/.test(kind)) encodeCanonOptions(w, options);
    });
    return this.define({ core: 'func' });
  }

  /**
   * A task or waitable built-in without immediates (CanonicalABI.md): `waitable-set.new`,
   * `waitable-set.drop`, `waitable.join`.
   */
  waitableBuiltin(kind: 'waitable-set.new' | 'waitable-set.drop' | 'waitable.join'): number {
    this.item(SectionId.canon, (w) => w.u8(canonOpcode(kind)));
    return this.define({ core: 'func' });
  }

  /** `canon task.return` of a function with no result, or of one whose result is `result`. */
  taskReturn(result: ValType | undefined, options: CanonOption[] = []): number {
    this.item(SectionId.canon, (w) => {
      w.u8(canonOpcode('task.return'));
      if (result) encodeValType(w.u8(0x00), result, identity);
      else w.u8(0x01).u8(0x00);
      encodeCanonOptions(w, options);
    });
    return this.define({ core: 'func' });
  }

  /** `canon context.get i32 slot` or `context.set`: the current task's context slot. */
  contextSlot(kind: 'context.get' | 'context.set', slot: number): number {
    const i32 = 0x7f;
    this.item(SectionId.canon, (w) => w.u8(canonOpcode(kind)).u8(i32).u32(slot));
    return this.define({ core: 'func' });
  }

  /** `canon lower` without options (see liftPlain). */
  lowerPlain(func: number): number {
    this.item(SectionId.canon, (w) => w.u8(0x01).u8(0x00).u32(func).u32(0));
    return this.define({ core: 'func' });
  }

  /** A core module, copied byte for byte. */
  coreModule(bytes: Uint8Array): number {
    return this.embed(SectionId.coreModule, bytes, { core: 'module' });
  }

  /**
   * Where among finishChunks' chunks the next section written starts: an embedded module's
   * section is two chunks there, its header and its bytes (so a caller can swap the module).
   */
  nextChunk(): number {
    this.flush();
    return this.chunks.length;
  }

  /** A section of its own holding `bytes` (or the chunks of them) unchanged. */
  private embed(id: number, bytes: Uint8Array | Bytes[], sort: Sort): number {
    this.flush();
    const chunks = bytes instanceof Uint8Array ? [bytes] : bytes;
    const length = chunks.reduce((n, c) => n + c.length, 0);
    this.chunks.push(new ByteWriter().u8(id).u32(length).toBytes(), ...chunks);
    return this.define(sort);
  }

  coreInstantiate(module: number, args: { name: string; instance: number }[]): number {
    this.item(SectionId.coreInstance, (w) => {
      w.u8(0x00).u32(module);
      w.vec(args, (arg) => w.name(arg.name).u8(0x12).u32(arg.instance));
    });
    return this.define({ core: 'instance' });
  }

  /** A core instance made of existing core functions. */
  coreInstanceOfFuncs(exports: { name: string; func: number }[]): number {
    this.item(SectionId.coreInstance, (w) => {
      w.u8(0x01);
      w.vec(exports, (e) => w.name(e.name).u8(0x00).u32(e.func));
    });
    return this.define({ core: 'instance' });
  }

  /** A nested component, copied byte for byte (from its chunks, into the output only). */
  component(bytes: Uint8Array | Bytes[]): number {
    this.flush();
    this.firstNested ??= this.chunks.length;
    return this.embed(SectionId.component, bytes, { component: 'component' });
  }

  instantiate(component: number, args: { name: string; item: SortIndex }[]): number {
    this.item(SectionId.instance, (w) => {
      w.u8(0x00).u32(component);
      w.vec(args, (arg) => {
        w.name(arg.name);
        encodeSortIndex(w, arg.item, identity);
      });
    });
    return this.define({ component: 'instance' });
  }

  /** An instance made of existing definitions (`(instance (export …)…)`). */
  instance(exports: { name: ExternName; item: SortIndex }[]): number {
    this.item(SectionId.instance, (w) => {
      w.u8(0x01);
      w.vec(exports, (e) => {
        encodeExternName(w, e.name);
        encodeSortIndex(w, e.item, identity);
      });
    });
    return this.define({ component: 'instance' });
  }

  /** An export, with the type it is ascribed when `type` is given. */
  export(name: ExternName, item: SortIndex, type?: ExternType): number {
    this.item(SectionId.export, (w) => {
      encodeExternName(w, name);
      encodeSortIndex(w, item, identity);
      w.optional(type, (t) => encodeExternType(w, t, identity));
    });
    return this.define(item.sort);
  }

  /** The component, assembled once into a buffer of its final size. */
  finish(): Uint8Array {
    return concatBytes(this.finishChunks().chunks);
  }

  /**
   * The component as its chunks, and how many of them come before the first nested component
   * (all of them when none is nested).
   */
  finishChunks(): { chunks: Bytes[]; beforeNested: number } {
    this.flush();
    return { chunks: this.chunks, beforeNested: this.firstNested ?? this.chunks.length };
  }
}
