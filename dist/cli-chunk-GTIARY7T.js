#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_gt,
  require_parse,
  require_valid
} from "./cli-chunk-XBEZ52VL.js";
import {
  FUNC_SORT,
  INSTANCE_SORT,
  SectionId,
  TYPE_SORT,
  abstractHeapTypes,
  canonOpcode,
  componentSortCodes,
  coreSortCodes,
  definedInstanceExports,
  definitionOf,
  describeComponent,
  externSort,
  isComponentSort,
  isPlainValueType,
  localTypes,
  numericTypes,
  parseInterfaceName,
  primitives,
  readComponent,
  resolveInstanceType,
  sortName
} from "./cli-chunk-NM47T7QE.js";
import {
  UserInputError
} from "./cli-chunk-3Y5FLEB3.js";
import {
  __toESM
} from "./cli-chunk-HWCCQPND.js";

// src/component/write/byte-writer.ts
var utf8 = new TextEncoder();
function isAscii(text) {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
var ByteWriter = class {
  // Small enough for V8 to keep on its heap: a builder makes many writers for short sections.
  buffer = new Uint8Array(64);
  length = 0;
  reserve(extra) {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
  u8(byte) {
    if (this.length === this.buffer.length) this.reserve(1);
    this.buffer[this.length++] = byte;
    return this;
  }
  bytes(data) {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }
  /** Unsigned LEB128 (u32 and u64 values up to 2^53). */
  u32(value) {
    if (value >= 0 && value < 128 && (value | 0) === value) return this.u8(value);
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`cannot encode ${value} as an unsigned LEB128`);
    do {
      let byte = value % 128;
      value = Math.floor(value / 128);
      if (value !== 0) byte |= 128;
      this.u8(byte);
    } while (value !== 0);
    return this;
  }
  /** Signed LEB128 (s33 type indices and negative type opcodes). */
  s33(value) {
    if (!Number.isInteger(value)) throw new RangeError(`cannot encode ${value} as a signed LEB128`);
    for (; ; ) {
      const byte = (value % 128 + 128) % 128;
      value = Math.floor(value / 128);
      const done = value === 0 && (byte & 64) === 0 || value === -1 && (byte & 64) !== 0;
      this.u8(done ? byte : byte | 128);
      if (done) return this;
    }
  }
  name(text) {
    if (text.length < 128 && isAscii(text)) {
      this.u8(text.length).reserve(text.length);
      for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
      return this;
    }
    const encoded = utf8.encode(text);
    return this.u32(encoded.length).bytes(encoded);
  }
  vec(items, item) {
    this.u32(items.length);
    for (const value of items) item(value);
    return this;
  }
  optional(value, item) {
    if (value === void 0) return this.u8(0);
    this.u8(1);
    item(value);
    return this;
  }
  /** Appends `size:u32 payload`, the framing of sections and nested items. */
  sized(payload) {
    return this.u32(payload.length).bytes(payload.view());
  }
  /** Copies what is written so far into `target` at `at`. */
  copyTo(target, at) {
    if (this.length > 0) target.set(this.buffer.subarray(0, this.length), at);
  }
  view() {
    return this.buffer.subarray(0, this.length);
  }
  toBytes() {
    return this.buffer.slice(0, this.length);
  }
};

// src/component/write/bytes.ts
function copyInto(target, bytes) {
  if (bytes instanceof Uint8Array) target.set(bytes);
  else bytes.copyTo(target);
}
function concatBytes(chunks) {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    copyInto(out.subarray(at, at + chunk.length), chunk);
    at += chunk.length;
  }
  return out;
}
function regionOf(length, pieces) {
  return {
    length,
    copyTo(target) {
      for (const { at, bytes } of pieces) copyInto(target.subarray(at, at + bytes.length), bytes);
    }
  };
}

// src/component/write/encode-types.ts
var invert = (table) => new Map(Object.entries(table).map(([code, name]) => [name, Number(code)]));
var primitiveCodes = invert(primitives);
var coreSortCodeOf = invert(coreSortCodes);
var componentSortCodeOf = invert(componentSortCodes);
var numericCodes = invert(numericTypes);
var heapCodes = invert(abstractHeapTypes);
var identity = (_sort, index) => index;
function encodeSort(w, sort) {
  if ("core" in sort) w.u8(0).u8(coreSortCodeOf.get(sort.core));
  else w.u8(componentSortCodeOf.get(sort.component));
}
function encodeValType(w, type, map) {
  if ("prim" in type) w.u8(primitiveCodes.get(type.prim));
  else w.s33(map(TYPE_SORT, type.typeIndex));
}
function encodeDefValType(w, def, map) {
  const val = (t) => encodeValType(w, t, map);
  switch (def.kind) {
    case "prim":
      w.u8(primitiveCodes.get(def.prim));
      return;
    case "record":
      w.u8(114).vec(def.fields, (f) => (w.name(f.name), val(f.type)));
      return;
    case "variant":
      w.u8(113).vec(def.cases, (c) => (w.name(c.name), w.optional(c.type, val), w.u8(0)));
      return;
    case "list":
      w.u8(def.length === void 0 ? 112 : 103);
      val(def.element);
      if (def.length !== void 0) w.u32(def.length);
      return;
    case "tuple":
      w.u8(111).vec(def.types, val);
      return;
    case "flags":
      w.u8(110).vec(def.names, (n) => w.name(n));
      return;
    case "enum":
      w.u8(109).vec(def.names, (n) => w.name(n));
      return;
    case "option":
      w.u8(107);
      val(def.type);
      return;
    case "result":
      w.u8(106).optional(def.ok, val).optional(def.err, val);
      return;
    case "own":
    case "borrow":
      w.u8(def.kind === "own" ? 105 : 104).u32(map(TYPE_SORT, def.typeIndex));
      return;
    case "stream":
    case "future":
      w.u8(def.kind === "stream" ? 102 : 101).optional(def.element, val);
      return;
    case "map":
      w.u8(99);
      val(def.key);
      val(def.value);
      return;
  }
}
function encodeDefType(w, type, scopes, inner = identity) {
  const map = scopes[scopes.length - 1];
  switch (type.kind) {
    case "func":
      w.u8(type.async ? 67 : 64).vec(
        type.params,
        (p) => (w.name(p.name), encodeValType(w, p.type, map))
      );
      if (type.result) {
        w.u8(0);
        encodeValType(w, type.result, map);
      } else {
        w.u8(1).u8(0);
      }
      return;
    case "component":
    case "instance":
      w.u8(type.kind === "component" ? 65 : 66);
      encodeDeclarations(w, type.decls, [...scopes, inner]);
      return;
    case "resource":
      w.u8(63).u8(127).optional(type.dtor, (f) => w.u32(map({ core: "func" }, f)));
      return;
    case "defined":
      encodeDefValType(w, type.def, map);
  }
}
function encodeDeclarations(w, decls, scopes) {
  w.vec(decls, (decl) => encodeDeclaration(w, decl, scopes));
}
function encodeDeclaration(w, decl, scopes) {
  const map = scopes[scopes.length - 1];
  switch (decl.kind) {
    case "core-type":
      w.u8(0);
      encodeCoreType(w, decl.type);
      return;
    case "type":
      w.u8(1);
      encodeDefType(w, decl.type, scopes);
      return;
    case "alias":
      w.u8(2);
      encodeAlias(w, decl.alias, scopes);
      return;
    case "import":
    case "export":
      w.u8(decl.kind === "import" ? 3 : 4);
      encodeExternName(w, decl.name);
      encodeExternType(w, decl.type, map);
  }
}
function encodeAlias(w, alias, scopes) {
  const map = scopes[scopes.length - 1];
  encodeSort(w, alias.sort);
  switch (alias.kind) {
    case "export":
      w.u8(0).u32(map({ component: "instance" }, alias.instance)).name(alias.name);
      return;
    case "core-export":
      w.u8(1).u32(map({ core: "instance" }, alias.instance)).name(alias.name);
      return;
    case "outer": {
      const target = scopes[scopes.length - 1 - alias.count];
      if (!target)
        throw new RangeError(
          `outer alias count ${alias.count} reaches past the scopes being encoded`
        );
      w.u8(2).u32(alias.count).u32(target(alias.sort, alias.index));
    }
  }
}
function encodeExternName(w, name) {
  const attributes = [];
  if (name.implements !== void 0) attributes.push([0, name.implements]);
  if (name.versionSuffix !== void 0) attributes.push([1, name.versionSuffix]);
  if (name.externalId !== void 0) attributes.push([2, name.externalId]);
  if (attributes.length === 0) {
    w.u8(0).name(name.name);
    return;
  }
  w.u8(2).name(name.name).vec(attributes, ([kind, value]) => w.u8(kind).name(value));
}
function encodeExternType(w, type, map) {
  switch (type.kind) {
    case "module":
      w.u8(0).u8(17).u32(map({ core: "type" }, type.coreTypeIndex));
      return;
    case "func":
      w.u8(1).u32(map(TYPE_SORT, type.typeIndex));
      return;
    case "value":
      w.u8(2);
      if ("eqValue" in type.bound) w.u8(0).u32(map({ component: "value" }, type.bound.eqValue));
      else {
        w.u8(1);
        encodeValType(w, type.bound.type, map);
      }
      return;
    case "type":
      w.u8(3);
      if ("eq" in type.bound) w.u8(0).u32(map(TYPE_SORT, type.bound.eq));
      else w.u8(1);
      return;
    case "component":
    case "instance":
      w.u8(type.kind === "component" ? 4 : 5).u32(map(TYPE_SORT, type.typeIndex));
  }
}
function encodeHeapType(w, heap) {
  if ("typeIndex" in heap) {
    w.s33(heap.typeIndex);
    return;
  }
  const shared = heap.abstract.startsWith("shared ");
  if (shared) w.u8(101);
  w.u8(heapCodes.get(shared ? heap.abstract.slice("shared ".length) : heap.abstract));
}
function encodeCoreValType(w, type) {
  if (typeof type === "string") {
    w.u8(numericCodes.get(type));
    return;
  }
  w.u8(type.nullable ? 99 : 100);
  encodeHeapType(w, type.ref);
}
function encodeStorageType(w, type) {
  if (type === "i8" || type === "i16") w.u8(type === "i8" ? 120 : 119);
  else encodeCoreValType(w, type);
}
function encodeComposite(w, type) {
  const field = (f) => (encodeStorageType(w, f.type), w.u8(f.mutable ? 1 : 0));
  if (type.kind === "func") {
    w.u8(96).vec(type.params, (t) => encodeCoreValType(w, t)).vec(type.results, (t) => encodeCoreValType(w, t));
  } else if (type.kind === "struct") {
    w.u8(95).vec(type.fields, field);
  } else {
    w.u8(94);
    field(type.element);
  }
}
function encodeSubType(w, sub, prefixNonFinal) {
  if (sub.final && sub.supertypes.length === 0) {
    encodeComposite(w, sub.type);
    return;
  }
  if (!sub.final && prefixNonFinal) w.u8(0);
  w.u8(sub.final ? 79 : 80).vec(sub.supertypes, (s) => w.u32(s));
  encodeComposite(w, sub.type);
}
function encodeLimits(w, flags, min, max, pageSizeLog2) {
  w.u8(flags | (max !== void 0 ? 1 : 0) | (pageSizeLog2 !== void 0 ? 8 : 0)).u32(min);
  if (max !== void 0) w.u32(max);
  if (pageSizeLog2 !== void 0) w.u32(pageSizeLog2);
}
function encodeCoreExternType(w, type) {
  switch (type.kind) {
    case "func":
      w.u8(0).u32(type.typeIndex);
      return;
    case "table":
      w.u8(1);
      encodeCoreValType(w, type.element);
      encodeLimits(w, type.is64 ? 4 : 0, type.min, type.max);
      return;
    case "memory":
      w.u8(2);
      encodeLimits(
        w,
        (type.shared ? 2 : 0) | (type.is64 ? 4 : 0),
        type.min,
        type.max,
        type.pageSizeLog2
      );
      return;
    case "global":
      w.u8(3);
      encodeCoreValType(w, type.type);
      w.u8(type.mutable ? 1 : 0);
      return;
    case "tag":
      w.u8(4).u8(0).u32(type.typeIndex);
  }
}
function encodeCoreType(w, type) {
  switch (type.kind) {
    case "rec":
      w.u8(78).vec(type.types, (sub) => encodeSubType(w, sub, false));
      return;
    case "sub":
      encodeSubType(w, type.subtype, true);
      return;
    case "module":
      w.u8(80).vec(type.decls, (decl) => {
        switch (decl.kind) {
          case "import":
            w.u8(0).name(decl.module).name(decl.name);
            encodeCoreExternType(w, decl.type);
            return;
          case "type":
            w.u8(1);
            encodeCoreType(w, decl.type);
            return;
          case "alias-outer":
            w.u8(2).u8(16).u8(1).u32(decl.count).u32(decl.index);
            return;
          case "export":
            w.u8(3).name(decl.name);
            encodeCoreExternType(w, decl.type);
        }
      });
  }
}

// src/component/write/encode-items.ts
function encodeSortIndex(w, item, map) {
  encodeSort(w, item.sort);
  w.u32(map(item.sort, item.index));
}
function encodeCanonOptions(w, options) {
  w.vec(options, (o) => {
    switch (o.kind) {
      case "string-encoding":
        w.u8({ utf8: 0, utf16: 1, "latin1+utf16": 2 }[o.encoding]);
        return;
      case "memory":
        w.u8(3).u32(o.index);
        return;
      case "realloc":
        w.u8(4).u32(o.index);
        return;
      case "post-return":
        w.u8(5).u32(o.index);
        return;
      case "async":
        w.u8(6);
        return;
      case "callback":
        w.u8(7).u32(o.index);
    }
  });
}

// src/component/write/component-builder.ts
function lebLength(value) {
  let length = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    length++;
  }
  return length;
}
function putLeb(target, at, value) {
  while (value >= 128) {
    target[at++] = value % 128 | 128;
    value = Math.floor(value / 128);
  }
  target[at++] = value;
  return at;
}
var PREAMBLE = Uint8Array.from([0, 97, 115, 109, 13, 0, 1, 0]);
var ComponentBuilder = class _ComponentBuilder {
  chunks = [PREAMBLE];
  open;
  /** The open section's items so far (one writer, reused section after section). */
  body = new ByteWriter();
  sizes = /* @__PURE__ */ new Map();
  /** The index in `chunks` of the first nested component's section. */
  firstNested;
  /** A builder that appends definitions to an existing component, whose index spaces are `scope`'s. */
  static extending(bytes, scope) {
    const builder = new _ComponentBuilder();
    builder.chunks[0] = bytes;
    const spaces = [
      ...Object.entries(scope.core).map(([sort, space]) => [`core ${sort}`, space.length]),
      ...Object.entries(scope.component).map(([sort, space]) => [sort, space.length])
    ];
    for (const [name, size] of spaces) builder.sizes.set(name, size);
    return builder;
  }
  /** How many definitions the index space of `sort` holds so far. */
  size(sort) {
    return this.sizes.get(sortName(sort)) ?? 0;
  }
  define(sort) {
    const index = this.size(sort);
    this.sizes.set(sortName(sort), index + 1);
    return index;
  }
  item(id, encode) {
    if (this.open?.id !== id) {
      this.flush();
      this.open = { id, count: 0 };
    }
    this.open.count++;
    encode(this.body);
  }
  /** The open section, written in one buffer of its final size: `id size count items`. */
  flush() {
    if (!this.open) return;
    const { id, count } = this.open;
    const size = lebLength(count) + this.body.length;
    const section = new Uint8Array(1 + lebLength(size) + size);
    section[0] = id;
    const at = putLeb(section, putLeb(section, 1, size), count);
    this.body.copyTo(section, at);
    this.chunks.push(section);
    this.body.length = 0;
    this.open = void 0;
  }
  /** A type definition whose encoding (after the section's vector framing) is `encode`'s output. */
  type(encode) {
    this.item(SectionId.type, encode);
    return this.define({ component: "type" });
  }
  /** A type definition from its structure. */
  defType(type) {
    return this.type((w) => encodeDefType(w, type, [identity]));
  }
  /** `(own resource)`, for a resource type of this component. */
  ownType(resource) {
    return this.defType({ kind: "defined", def: { kind: "own", typeIndex: resource } });
  }
  import(name, type) {
    this.item(SectionId.import, (w) => {
      encodeExternName(w, name);
      encodeExternType(w, type, identity);
    });
    return this.define(externSort(type));
  }
  aliasExport(sort, instance, name) {
    this.item(SectionId.alias, (w) => {
      encodeSort(w, sort);
      w.u8(0).u32(instance).name(name);
    });
    return this.define(sort);
  }
  aliasCoreExport(sort, instance, name) {
    this.item(SectionId.alias, (w) => {
      encodeSort(w, { core: sort });
      w.u8(1).u32(instance).name(name);
    });
    return this.define({ core: sort });
  }
  /** `canon lift` without options: enough for functions whose values all flatten to core values. */
  liftPlain(coreFunc, typeIndex) {
    this.item(SectionId.canon, (w) => w.u8(0).u8(0).u32(coreFunc).u32(0).u32(typeIndex));
    return this.define({ component: "func" });
  }
  /** `canon lift` with options (string encoding, memory, realloc, post-return). */
  lift(coreFunc, typeIndex, options) {
    this.item(SectionId.canon, (w) => {
      w.u8(0).u8(0).u32(coreFunc);
      encodeCanonOptions(w, options);
      w.u32(typeIndex);
    });
    return this.define({ component: "func" });
  }
  /** `canon lower` with options. */
  lower(func, options) {
    this.item(SectionId.canon, (w) => {
      w.u8(1).u8(0).u32(func);
      encodeCanonOptions(w, options);
    });
    return this.define({ core: "func" });
  }
  /** `canon resource.new`, `resource.drop` or `resource.rep` of a resource type. */
  resourceIntrinsic(kind, resource) {
    const opcode = { new: 2, drop: 3, rep: 4 }[kind];
    this.item(SectionId.canon, (w) => w.u8(opcode).u32(resource));
    return this.define({ core: "func" });
  }
  /**
   * A built-in of a `stream<T>` or `future<T>` type (CanonicalABI.md: `canon {stream,future}.*`):
   * `new` and the drops take the type alone, `read` and `write` options too (memory, async).
   */
  streamOrFutureBuiltin(kind, type, options = []) {
    this.item(SectionId.canon, (w) => {
      w.u8(canonOpcode(kind)).u32(type);
      if (/\.(read|write)$/.test(kind)) encodeCanonOptions(w, options);
    });
    return this.define({ core: "func" });
  }
  /**
   * A task or waitable built-in without immediates (CanonicalABI.md): `waitable-set.new`,
   * `waitable-set.drop`, `waitable.join`.
   */
  waitableBuiltin(kind) {
    this.item(SectionId.canon, (w) => w.u8(canonOpcode(kind)));
    return this.define({ core: "func" });
  }
  /** `canon task.return` of a function with no result, or of one whose result is `result`. */
  taskReturn(result, options = []) {
    this.item(SectionId.canon, (w) => {
      w.u8(canonOpcode("task.return"));
      if (result) encodeValType(w.u8(0), result, identity);
      else w.u8(1).u8(0);
      encodeCanonOptions(w, options);
    });
    return this.define({ core: "func" });
  }
  /** `canon context.get i32 slot` or `context.set`: the current task's context slot. */
  contextSlot(kind, slot) {
    const i32 = 127;
    this.item(SectionId.canon, (w) => w.u8(canonOpcode(kind)).u8(i32).u32(slot));
    return this.define({ core: "func" });
  }
  /** `canon lower` without options (see liftPlain). */
  lowerPlain(func) {
    this.item(SectionId.canon, (w) => w.u8(1).u8(0).u32(func).u32(0));
    return this.define({ core: "func" });
  }
  /** A core module, copied byte for byte. */
  coreModule(bytes) {
    return this.embed(SectionId.coreModule, bytes, { core: "module" });
  }
  /**
   * Where among finishChunks' chunks the next section written starts: an embedded module's
   * section is two chunks there, its header and its bytes (so a caller can swap the module).
   */
  nextChunk() {
    this.flush();
    return this.chunks.length;
  }
  /** A section of its own holding `bytes` (or the chunks of them) unchanged. */
  embed(id, bytes, sort) {
    this.flush();
    const chunks = bytes instanceof Uint8Array ? [bytes] : bytes;
    const length = chunks.reduce((n, c) => n + c.length, 0);
    this.chunks.push(new ByteWriter().u8(id).u32(length).toBytes(), ...chunks);
    return this.define(sort);
  }
  coreInstantiate(module, args) {
    this.item(SectionId.coreInstance, (w) => {
      w.u8(0).u32(module);
      w.vec(args, (arg) => w.name(arg.name).u8(18).u32(arg.instance));
    });
    return this.define({ core: "instance" });
  }
  /** A core instance made of existing core functions. */
  coreInstanceOfFuncs(exports) {
    this.item(SectionId.coreInstance, (w) => {
      w.u8(1);
      w.vec(exports, (e) => w.name(e.name).u8(0).u32(e.func));
    });
    return this.define({ core: "instance" });
  }
  /** A nested component, copied byte for byte (from its chunks, into the output only). */
  component(bytes) {
    this.flush();
    this.firstNested ??= this.chunks.length;
    return this.embed(SectionId.component, bytes, { component: "component" });
  }
  instantiate(component, args) {
    this.item(SectionId.instance, (w) => {
      w.u8(0).u32(component);
      w.vec(args, (arg) => {
        w.name(arg.name);
        encodeSortIndex(w, arg.item, identity);
      });
    });
    return this.define({ component: "instance" });
  }
  /** An instance made of existing definitions (`(instance (export …)…)`). */
  instance(exports) {
    this.item(SectionId.instance, (w) => {
      w.u8(1);
      w.vec(exports, (e) => {
        encodeExternName(w, e.name);
        encodeSortIndex(w, e.item, identity);
      });
    });
    return this.define({ component: "instance" });
  }
  /** An export, with the type it is ascribed when `type` is given. */
  export(name, item, type) {
    this.item(SectionId.export, (w) => {
      encodeExternName(w, name);
      encodeSortIndex(w, item, identity);
      w.optional(type, (t) => encodeExternType(w, t, identity));
    });
    return this.define(item.sort);
  }
  /** The component, assembled once into a buffer of its final size. */
  finish() {
    return concatBytes(this.finishChunks().chunks);
  }
  /**
   * The component as its chunks, and how many of them come before the first nested component
   * (all of them when none is nested).
   */
  finishChunks() {
    this.flush();
    return { chunks: this.chunks, beforeNested: this.firstNested ?? this.chunks.length };
  }
};

// src/compose/compose-plan.ts
var import_parse = __toESM(require_parse(), 1);
var import_gt = __toESM(require_gt(), 1);
var import_valid = __toESM(require_valid(), 1);

// src/inspect/signatures.ts
var SIGNATURE_BUDGET = 1 << 24;
var rendered = /* @__PURE__ */ new WeakMap();
var budgets = /* @__PURE__ */ new WeakMap();
function renderedIn(scope) {
  let found = rendered.get(scope);
  if (!found) rendered.set(scope, found = { types: /* @__PURE__ */ new Map(), decls: /* @__PURE__ */ new WeakMap() });
  return found;
}
function charged(scope, sig) {
  let root = scope;
  while (root.parent) root = root.parent;
  let budget = budgets.get(root);
  if (!budget) budgets.set(root, budget = { left: SIGNATURE_BUDGET });
  if (sig === void 0 || sig.length > budget.left) return void 0;
  budget.left -= sig.length;
  return sig;
}
var all = (parts) => parts.every((p) => p !== void 0);
function valType(ctx, type) {
  return "prim" in type ? type.prim : typeAt(ctx, type.typeIndex);
}
function typeAt(ctx, index) {
  return "local" in ctx ? ctx.local(index) : componentType(ctx.scope, index);
}
function defValType(ctx, def) {
  const val = (t) => t === void 0 ? "_" : valType(ctx, t);
  const list = (kind, parts) => all(parts) ? `${kind}<${parts.join(", ")}>` : void 0;
  switch (def.kind) {
    case "prim":
      return def.prim;
    case "record": {
      const fields = def.fields.map(
        (f) => val(f.type) === void 0 ? void 0 : `${f.name}: ${val(f.type)}`
      );
      return all(fields) ? `record{${fields.join(", ")}}` : void 0;
    }
    case "variant": {
      const cases = def.cases.map(
        (c) => c.type === void 0 ? c.name : val(c.type) === void 0 ? void 0 : `${c.name}(${val(c.type)})`
      );
      return all(cases) ? `variant{${cases.join(", ")}}` : void 0;
    }
    case "list":
      return list(
        "list",
        def.length === void 0 ? [val(def.element)] : [val(def.element), String(def.length)]
      );
    case "tuple":
      return list("tuple", def.types.map(val));
    case "flags":
      return `flags{${def.names.join(", ")}}`;
    case "enum":
      return `enum{${def.names.join(", ")}}`;
    case "option":
      return list("option", [val(def.type)]);
    case "result":
      return list("result", [val(def.ok), val(def.err)]);
    case "own":
    case "borrow":
      return list(def.kind, [typeAt(ctx, def.typeIndex)]);
    case "stream":
    case "future":
      return list(def.kind, [val(def.element)]);
    case "map":
      return list("map", [val(def.key), val(def.value)]);
  }
}
function defType(ctx, type) {
  switch (type.kind) {
    case "defined":
      return defValType(ctx, type.def);
    case "resource":
      return "resource";
    case "func": {
      const params = type.params.map((p) => {
        const t = valType(ctx, p.type);
        return t === void 0 ? void 0 : `${p.name}: ${t}`;
      });
      const result = type.result === void 0 ? "" : valType(ctx, type.result);
      if (!all(params) || result === void 0) return void 0;
      const func = type.async ? "async func" : "func";
      return `${func}(${params.join(", ")})${result ? ` -> ${result}` : ""}`;
    }
    default:
      return void 0;
  }
}
function componentType(scope, index) {
  const { types } = renderedIn(scope);
  if (!types.has(index)) {
    types.set(index, void 0);
    types.set(index, charged(scope, renderComponentType(scope, index)));
  }
  return types.get(index);
}
function renderComponentType(scope, index) {
  const origin = scope.component.type[index];
  switch (origin?.via) {
    case "type":
      return defType({ scope }, origin.type);
    case "alias": {
      const { alias } = origin;
      if (alias.kind === "outer") {
        const target = scope.ancestor(alias.count);
        return target ? componentType(target, alias.index) : void 0;
      }
      if (alias.kind !== "export") return void 0;
      const instance = scope.component.instance[alias.instance];
      if (instance?.via !== "import" && instance?.via !== "export") return void 0;
      if (instance.type?.kind !== "instance") return void 0;
      const instanceType = resolveInstanceType(scope, instance.type.typeIndex);
      return instanceType ? declarationTypes(scope, instanceType.decls).get(alias.name) : void 0;
    }
    case "import":
    case "export":
      if (origin.type?.kind === "type")
        return "eq" in origin.type.bound ? componentType(scope, origin.type.bound.eq) : "resource";
      if (origin.via === "export" && origin.item) return componentType(scope, origin.item.index);
      return void 0;
    default:
      return void 0;
  }
}
function declarationTypes(scope, decls) {
  const memo = renderedIn(scope).decls;
  let exported = memo.get(decls);
  if (!exported) memo.set(decls, exported = renderDeclarationTypes(scope, decls));
  return exported;
}
function renderDeclarationTypes(scope, decls) {
  const { locals, types, functions } = localTypes(decls);
  const sigs = [];
  const ctx = { local: (i) => sigs[i] };
  for (const local of locals) {
    if ("def" in local) sigs.push(charged(scope, defType(ctx, local.def)));
    else if ("eq" in local) sigs.push(sigs[local.eq]);
    else if ("resource" in local) sigs.push("resource");
    else if ("outer" in local) {
      const target = local.outer.count >= 1 ? scope.ancestor(local.outer.count - 1) : void 0;
      sigs.push(target ? componentType(target, local.outer.index) : void 0);
    } else sigs.push(void 0);
  }
  const exported = /* @__PURE__ */ new Map();
  for (const [name, index] of types) exported.set(name, sigs[index]);
  for (const [name, index] of functions) exported.set(name, sigs[index]);
  return exported;
}
function instanceTypeFunctions(scope, typeIndex) {
  const instanceType = resolveInstanceType(scope, typeIndex);
  return instanceType ? declarationTypes(scope, instanceType.decls) : /* @__PURE__ */ new Map();
}
function funcAt(scope, index) {
  const origin = scope.component.func[index];
  switch (origin?.via) {
    case "canon":
      return origin.canon.kind === "lift" ? componentType(scope, origin.canon.operands.type) : void 0;
    case "import":
      return origin.type.kind === "func" ? componentType(scope, origin.type.typeIndex) : void 0;
    case "export":
      if (origin.type?.kind === "func") return componentType(scope, origin.type.typeIndex);
      return origin.item ? funcAt(scope, origin.item.index) : void 0;
    case "alias":
      return origin.alias.kind === "export" ? instanceFunctions(scope, origin.alias.instance).get(origin.alias.name) : void 0;
    default:
      return void 0;
  }
}
function instanceFunctions(scope, index) {
  const origin = scope.component.instance[index];
  const result = /* @__PURE__ */ new Map();
  if (origin?.via === "import" || origin?.via === "export") {
    if (origin.type?.kind === "instance")
      return instanceTypeFunctions(scope, origin.type.typeIndex);
    if (origin.via === "export" && origin.item) return instanceFunctions(scope, origin.item.index);
  } else {
    for (const exp of definedInstanceExports(scope, index) ?? []) {
      if (!isComponentSort(exp.item, "func")) continue;
      const typed = exp.type?.kind === "func" ? componentType(exp.scope, exp.type.typeIndex) : void 0;
      result.set(exp.name, typed ?? funcAt(exp.scope, exp.item.index));
    }
  }
  return result;
}

// src/compose/compose-plan.ts
var ComposeError = class extends UserInputError {
};
function compatibilityKey(name) {
  const parsed = parseInterfaceName(name);
  if (!parsed?.version) return parsed?.id ?? name;
  const version = (0, import_parse.default)(parsed.version);
  if (!version || version.prerelease.length > 0) return `${parsed.id}@${parsed.version}`;
  const track = version.major > 0 ? `${version.major}` : version.minor > 0 ? `0.${version.minor}` : `0.0.${version.patch}`;
  return `${parsed.id}@${track}`;
}
function higherVersion(a, b) {
  const va = parseInterfaceName(a)?.version;
  const vb = parseInterfaceName(b)?.version;
  return va && vb && (0, import_valid.default)(va) && (0, import_valid.default)(vb) && (0, import_gt.default)(vb, va) ? b : a;
}
function composeNode(label, nested, component) {
  return { label, nested, component, iface: describeComponent(component), wiring: /* @__PURE__ */ new Map() };
}
function checkProvides(consumer, imp, provider) {
  const name = imp.name.name;
  const wanted = consumer.iface.imports.find((i) => i.name === name);
  const given = provider.item;
  if (!wanted) return;
  if (wanted.kind !== given.kind) {
    throw new ComposeError(
      `'${provider.plug.label}' exports ${given.name} as a ${given.kind}, but '${consumer.label}' imports ${name} as a ${wanted.kind}`
    );
  }
  if (!wanted.functions || !given.functions) return;
  const offered = /* @__PURE__ */ new Set([...given.functions, ...given.resources ?? [], ...given.types ?? []]);
  const missing = [...wanted.functions, ...wanted.resources ?? []].filter((f) => !offered.has(f));
  if (missing.length > 0) {
    throw new ComposeError(
      `'${provider.plug.label}' exports ${given.name} without ${missing.join(", ")}, which '${consumer.label}' imports from ${name}`
    );
  }
  if (imp.type.kind !== "instance") return;
  const wantedTypes = instanceTypeFunctions(consumer.component.scope, imp.type.typeIndex);
  const givenTypes = instanceFunctions(provider.plug.component.scope, provider.index);
  for (const func of wanted.functions) {
    const [want, give] = [wantedTypes.get(func), givenTypes.get(func)];
    if (want !== void 0 && give !== void 0 && want !== give) {
      throw new ComposeError(
        `'${provider.plug.label}' exports ${func} of ${given.name} as ${give}, but '${consumer.label}' imports it as ${want}`
      );
    }
  }
}
function plainTypeExports(node, imp) {
  if (imp.type.kind !== "instance") return void 0;
  const instanceType = resolveInstanceType(node.component.scope, imp.type.typeIndex);
  if (!instanceType) return void 0;
  const { locals, types } = localTypes(instanceType.decls);
  const exports = instanceType.decls.filter((d) => d.kind === "export");
  const plain = exports.every((d) => {
    const local = types.get(d.name.name);
    return local !== void 0 && isPlainValueType(locals, local);
  });
  return plain && exports.length > 0 ? exports.map((d) => d.name.name) : void 0;
}
function planComposition(root, plugs) {
  const providers = /* @__PURE__ */ new Map();
  const warnings = [];
  for (const node of [...plugs, root]) {
    for (const imp of node.component.imports) {
      const key = compatibilityKey(imp.name.name);
      const provider = providers.get(key);
      if (provider) {
        checkProvides(node, imp, provider);
        node.wiring.set(imp.name.name, {
          from: "plug",
          plug: provider.plug,
          exportName: provider.item.name,
          sort: provider.sort
        });
      } else {
        const names = node === root ? void 0 : plainTypeExports(node, imp);
        node.wiring.set(
          imp.name.name,
          names && imp.type.kind === "instance" ? { from: "types", typeIndex: imp.type.typeIndex, names } : { from: "host", key }
        );
      }
    }
    if (node === root) break;
    node.component.exports.forEach((exp, i) => {
      const key = compatibilityKey(exp.name.name);
      const earlier = providers.get(key);
      if (earlier)
        warnings.push(
          `both '${earlier.plug.label}' and '${node.label}' export ${exp.name.name}; '${node.label}' is used`
        );
      providers.set(key, {
        plug: node,
        item: node.iface.exports[i],
        sort: exp.item.sort,
        index: exp.item.index
      });
    });
  }
  const used = /* @__PURE__ */ new Set([root]);
  const visit = (node) => {
    for (const wire of node.wiring.values()) {
      if (wire.from === "plug" && !used.has(wire.plug)) {
        used.add(wire.plug);
        visit(wire.plug);
      }
    }
  };
  visit(root);
  for (const plug of plugs) {
    if (!used.has(plug))
      warnings.push(
        `'${plug.label}' satisfies no import of '${root.label}' or of the plugs it uses; it is left out`
      );
  }
  const nodes = [...plugs.filter((p) => used.has(p)), root];
  const hostImports = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    for (const imp of node.component.imports) {
      const wire = node.wiring.get(imp.name.name);
      if (wire.from !== "host") continue;
      const group = hostImports.get(wire.key);
      if (!group) {
        hostImports.set(wire.key, { name: imp.name.name, sources: [{ node, imp }] });
        continue;
      }
      const first = group.sources[0].imp;
      if (first.type.kind !== imp.type.kind) {
        throw new ComposeError(
          `'${group.sources[0].node.label}' imports ${first.name.name} as a ${first.type.kind} but '${node.label}' imports ${imp.name.name} as a ${imp.type.kind}`
        );
      }
      group.name = higherVersion(group.name, imp.name.name);
      group.sources.push({ node, imp });
    }
  }
  return { nodes, root, hostImports, warnings };
}

// src/compose/handle-functions.ts
function handleFunctions(component, exportName) {
  const exp = component.exports.find((e) => e.name.name === exportName);
  if (!exp) throw new ComposeError(`the component exports no ${exportName}`);
  const cannot = (why) => new ComposeError(`cannot pass ${exportName} through: ${why}`);
  const instance = follow(component.scope, exp.item.index, "instance");
  const origin = instance.scope.component.instance[instance.index];
  const exports = definedInstanceExports(instance.scope, instance.index);
  if (origin?.via !== "instance" || !exports)
    throw cannot("its instance is not one the component defines");
  const args = origin.instance.kind === "instantiate" ? origin.instance.args : [];
  return exports.filter((e) => isComponentSort(e.item, "func")).map((e) => {
    const type = liftedType(e.scope, e.item, args, instance.scope);
    if (!type) throw cannot(`the type of ${e.name} cannot be resolved`);
    if (type.type.result) throw cannot(`${e.name} returns a value`);
    const params = type.type.params.map((p) => {
      const owned = ownedResource(type.scope, p.type);
      if (!owned)
        throw cannot(`parameter ${p.name} of ${e.name} is not an owned imported resource`);
      return { name: p.name, ...owned };
    });
    return { name: e.name, params };
  });
}
function follow(scope, index, sort) {
  let at = index;
  for (; ; ) {
    const origin = scope.component[sort][at];
    if (origin?.via !== "export" || !origin.item) return { scope, index: at };
    at = origin.item.index;
  }
}
function liftedType(scope, item, args, outer) {
  const func = follow(scope, item.index, "func");
  const origin = func.scope.component.func[func.index];
  if (origin?.via === "import" && scope !== outer) {
    const arg = args.find((a) => a.name === origin.name);
    return arg ? liftedType(outer, arg.item, [], outer) : void 0;
  }
  if (origin?.via !== "canon" || origin.canon.kind !== "lift") return void 0;
  const type = func.scope.component.type[origin.canon.operands.type];
  if (type?.via !== "type" || type.type.kind !== "func") return void 0;
  return { type: type.type, scope: func.scope };
}
function ownedResource(scope, type) {
  if (!("typeIndex" in type)) return void 0;
  const own = scope.component.type[type.typeIndex];
  if (own?.via !== "type" || own.type.kind !== "defined" || own.type.def.kind !== "own")
    return void 0;
  const resource = scope.component.type[own.type.def.typeIndex];
  if (resource?.via !== "alias" || resource.alias.kind !== "export") return void 0;
  const from = scope.component.instance[resource.alias.instance];
  return from?.via === "import" ? { iface: from.name, resource: resource.alias.name } : void 0;
}

// src/compose/wrapping-module.ts
var I32 = 127;
var FUNC = 0;
function wrappingModule(calls, wrapModule, callModule) {
  const wraps = [...new Set(calls.flatMap((c) => c.wraps))];
  const arities = [...new Set(calls.map((c) => c.wraps.length))];
  const typeOf = (arity) => 1 + arities.indexOf(arity);
  const w = new ByteWriter().bytes([0, 97, 115, 109, 1, 0, 0, 0]);
  const section = (id, body) => w.u8(id).sized(body);
  const types = new ByteWriter().u32(1 + arities.length);
  types.u8(96).vec([I32], (t) => types.u8(t)).vec([I32], (t) => types.u8(t));
  for (const arity of arities)
    types.u8(96).vec(Array(arity).fill(I32), (t) => types.u8(t)).u32(0);
  section(1, types);
  const imports = new ByteWriter().u32(wraps.length + calls.length);
  for (const wrap of wraps) imports.name(wrapModule).name(wrap).u8(FUNC).u32(0);
  for (const call of calls)
    imports.name(callModule).name(call.name).u8(FUNC).u32(typeOf(call.wraps.length));
  section(2, imports);
  const functions = new ByteWriter();
  functions.vec(calls, (c) => functions.u32(typeOf(c.wraps.length)));
  section(3, functions);
  const imported = wraps.length + calls.length;
  const exports = new ByteWriter().u32(calls.length);
  calls.forEach(
    (call, i) => exports.name(call.name).u8(FUNC).u32(imported + i)
  );
  section(7, exports);
  const code = new ByteWriter().u32(calls.length);
  calls.forEach((call, i) => {
    const body = new ByteWriter().u32(0);
    call.wraps.forEach((wrap, param) => {
      body.u8(32).u32(param);
      body.u8(16).u32(wraps.indexOf(wrap));
    });
    body.u8(16).u32(wraps.length + i).u8(11);
    code.sized(body);
  });
  section(10, code);
  return w.toBytes();
}

// src/compose/export-bridge.ts
var RESOURCE = { kind: "type", bound: { subResource: true } };
var wrapFunctionName = (resource) => `wrap-${resource}`;
var wrapName = (param) => wrapFunctionName(param.resource);
function defineWrapType(b, hostOwn, plugOwn) {
  return b.defType({
    kind: "func",
    async: false,
    params: [{ name: "handle", type: { typeIndex: hostOwn } }],
    result: { typeIndex: plugOwn }
  });
}
function bridgeExport(ctx, root, rootInstance, bridge) {
  const { b } = ctx;
  const functions = handleFunctions(root.component, bridge.export);
  const plug = ctx.plugInstance(bridge.via);
  if (plug === void 0)
    throw new ComposeError(
      `no plug exports ${bridge.via}, which ${bridge.export} is passed through`
    );
  const via = ctx.alias(INSTANCE_SORT, plug, bridge.via);
  const exported = ctx.alias(INSTANCE_SORT, rootInstance, bridge.export);
  const resources = distinctResources(functions);
  const args = resources.flatMap((p) => {
    const host = ctx.hostInstance(p.iface);
    const supplied = ctx.suppliedInstance(p.iface);
    if (host === void 0 || supplied === void 0)
      throw new ComposeError(
        `${bridge.export} takes ${p.resource} from ${p.iface}, which must be both the host's (imported by the composed component) and supplied by a plug`
      );
    return [
      {
        name: `host-${p.resource}`,
        item: { sort: TYPE_SORT, index: ctx.alias(TYPE_SORT, host, p.resource) }
      },
      {
        name: `plug-${p.resource}`,
        item: { sort: TYPE_SORT, index: ctx.alias(TYPE_SORT, supplied, p.resource) }
      },
      { name: wrapName(p), item: { sort: FUNC_SORT, index: ctx.alias(FUNC_SORT, via, wrapName(p)) } }
    ];
  });
  for (const f of functions)
    args.push({
      name: `call-${f.name}`,
      item: { sort: FUNC_SORT, index: ctx.alias(FUNC_SORT, exported, f.name) }
    });
  const shim = b.instantiate(b.component(shimComponent(functions, resources)), args);
  return b.instance(
    functions.map((f) => ({
      name: { name: f.name },
      item: { sort: FUNC_SORT, index: ctx.alias(FUNC_SORT, shim, f.name) }
    }))
  );
}
function distinctResources(functions) {
  const byName = /* @__PURE__ */ new Map();
  for (const p of functions.flatMap((f) => f.params)) byName.set(`${p.iface}\0${p.resource}`, p);
  return [...byName.values()];
}
function shimComponent(functions, resources) {
  const s = new ComponentBuilder();
  const hostOwn = /* @__PURE__ */ new Map();
  const plugOwn = /* @__PURE__ */ new Map();
  const wraps = resources.map((p) => {
    const host = s.ownType(s.import({ name: `host-${p.resource}` }, RESOURCE));
    const plug = s.ownType(s.import({ name: `plug-${p.resource}` }, RESOURCE));
    hostOwn.set(p.resource, host);
    plugOwn.set(p.resource, plug);
    const type = defineWrapType(s, host, plug);
    return {
      name: wrapName(p),
      func: s.import({ name: wrapName(p) }, { kind: "func", typeIndex: type })
    };
  });
  const funcType = (f, owned) => s.defType({
    kind: "func",
    async: false,
    params: f.params.map((p) => ({ name: p.name, type: { typeIndex: owned.get(p.resource) } }))
  });
  const calls = functions.map((f) => ({
    name: f.name,
    func: s.import({ name: `call-${f.name}` }, { kind: "func", typeIndex: funcType(f, plugOwn) })
  }));
  const lower = (list) => s.coreInstanceOfFuncs(list.map(({ name, func }) => ({ name, func: s.lowerPlain(func) })));
  const wrapInstance = lower(wraps);
  const callInstance = lower(calls);
  const module = s.coreModule(
    wrappingModule(
      functions.map((f) => ({ name: f.name, wraps: f.params.map(wrapName) })),
      "wrap",
      "call"
    )
  );
  const core = s.coreInstantiate(module, [
    { name: "wrap", instance: wrapInstance },
    { name: "call", instance: callInstance }
  ]);
  for (const f of functions) {
    const lifted = s.liftPlain(s.aliasCoreExport("func", core, f.name), funcType(f, hostOwn));
    s.export({ name: f.name }, { sort: FUNC_SORT, index: lifted });
  }
  return s.finish();
}

// src/compose/compose.ts
var PLAIN_TYPES = "plain types, defined in place";
function compose(root, plugs, bridges = []) {
  const toNode = (input) => composeNode(
    input.label,
    input.chunks ?? [input.bytes],
    input.component ?? readComponent(input.bytes)
  );
  const plan = planComposition(toNode(root), plugs.map(toNode));
  return new Composer(plan.hostImports).emit(plan.nodes, plan.root, plan.warnings, bridges);
}
var Composer = class {
  constructor(hostImports) {
    this.hostImports = hostImports;
  }
  hostImports;
  b = new ComponentBuilder();
  hostIndex = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  aliases = /* @__PURE__ */ new Map();
  relocated = /* @__PURE__ */ new Map();
  instances = /* @__PURE__ */ new Map();
  /** The host import whose type is being carried over, for messages. */
  current;
  emit(nodes, root, warnings, bridges) {
    const splits = [];
    for (const key of this.hostImports.keys()) {
      try {
        this.host(key);
      } catch (error) {
        if (!(error instanceof SplitResource)) throw error;
        splits.push(error);
      }
    }
    if (splits.length > 0) throw splitError(splits);
    const componentIndex = new Map(nodes.map((node) => [node, this.b.component(node.nested)]));
    const satisfied = [];
    for (const node of nodes) {
      const args = node.component.imports.map((imp) => {
        const name = imp.name.name;
        const wire = node.wiring.get(name);
        if (wire.from === "host")
          return {
            name,
            item: { sort: externSort(imp.type), index: this.hostIndex.get(wire.key) }
          };
        if (wire.from === "types") {
          satisfied.push({
            consumer: node.label,
            import: name,
            plug: PLAIN_TYPES,
            export: wire.names.join(", ")
          });
          return {
            name,
            item: { sort: INSTANCE_SORT, index: this.typesInstance(node, wire.typeIndex, wire.names) }
          };
        }
        satisfied.push({
          consumer: node.label,
          import: name,
          plug: wire.plug.label,
          export: wire.exportName
        });
        return {
          name,
          item: {
            sort: wire.sort,
            index: this.alias(wire.sort, this.instances.get(wire.plug), wire.exportName)
          }
        };
      });
      this.instances.set(node, this.b.instantiate(componentIndex.get(node), args));
    }
    const missing = bridges.find(
      (b) => !root.component.exports.some((e) => e.name.name === b.export)
    );
    if (missing) throw new ComposeError(`'${root.label}' exports no ${missing.export}`);
    const rootInstance = this.instances.get(root);
    for (const exp of root.component.exports) {
      const bridge = bridges.find((b) => b.export === exp.name.name);
      this.b.export(exp.name, {
        sort: exp.item.sort,
        index: bridge ? bridgeExport(this.bridgeContext(nodes, root), root, rootInstance, bridge) : this.alias(exp.item.sort, rootInstance, exp.name.name)
      });
    }
    const { chunks, beforeNested } = this.b.finishChunks();
    let bytes;
    let imports;
    return {
      get bytes() {
        return bytes ??= concatBytes(chunks);
      },
      chunks,
      length: chunks.reduce((n, c) => n + c.length, 0),
      get imports() {
        return imports ??= describeComponent(
          readComponent(concatBytes(chunks.slice(0, beforeNested)))
        ).imports;
      },
      warnings,
      satisfied
    };
  }
  bridgeContext(nodes, root) {
    return {
      b: this.b,
      alias: (sort, instance, name) => this.alias(sort, instance, name),
      hostInstance: (name) => this.hostIndex.get(compatibilityKey(name)),
      suppliedInstance: (name) => {
        const wire = root.wiring.get(name);
        return wire?.from === "plug" ? this.alias(INSTANCE_SORT, this.instances.get(wire.plug), wire.exportName) : void 0;
      },
      plugInstance: (name) => {
        const plug = nodes.find(
          (n) => n !== root && n.component.exports.some((e) => e.name.name === name)
        );
        return plug && this.instances.get(plug);
      }
    };
  }
  /** One `alias export` per (instance, sort, name), however often it is needed. */
  alias(sort, instance, name) {
    const key = `${instance}\0${sortName(sort)}\0${name}`;
    let index = this.aliases.get(key);
    if (index === void 0) {
      index = this.b.aliasExport(sort, instance, name);
      this.aliases.set(key, index);
    }
    return index;
  }
  /** Emits the composed component's import for a host interface (once), with a type that fits every user. */
  host(key) {
    const done = this.hostIndex.get(key);
    if (done !== void 0) return done;
    const group = this.hostImports.get(key);
    if (this.inProgress.has(key))
      throw new ComposeError(`the type of ${group.name} refers to itself`);
    this.inProgress.add(key);
    const outer = this.current;
    this.current = group;
    try {
      const index = this.importFor(group);
      this.hostIndex.set(key, index);
      return index;
    } finally {
      this.current = outer;
      this.inProgress.delete(key);
    }
  }
  importFor(group) {
    const first = group.sources[0];
    const name = { ...first.imp.name, name: group.name };
    const type = first.imp.type;
    let index;
    switch (type.kind) {
      case "instance": {
        const merged = this.mergeInstanceTypes(group);
        index = this.b.import(name, {
          kind: "instance",
          typeIndex: this.b.type((w) => w.bytes(merged.view()))
        });
        break;
      }
      case "func":
      case "component":
        index = this.b.import(name, {
          kind: type.kind,
          typeIndex: this.relocate(first.node, type.typeIndex)
        });
        break;
      case "type":
        index = this.b.import(
          name,
          "eq" in type.bound ? { kind: "type", bound: { eq: this.relocate(first.node, type.bound.eq) } } : type
        );
        break;
      default:
        throw new ComposeError(
          `'${first.node.label}' imports ${group.name} as a ${type.kind}, which composition does not carry over yet`
        );
    }
    return index;
  }
  /** How a nested component's own type indices map into the composed component. */
  outerMap(node) {
    return (sort, index) => {
      if ("component" in sort && sort.component === "type") return this.relocate(node, index);
      throw new ComposeError(
        `'${node.label}' refers to ${sortName(sort)} ${index} from an import type; composition carries only component types`
      );
    };
  }
  /**
   * The instance type of a host import used by several components: the union
   * of their declarations, each renumbered into the merged scope, with an
   * export that several declare kept once.
   */
  mergeInstanceTypes(group) {
    const body = new ByteWriter();
    let count = 0;
    const sizes = /* @__PURE__ */ new Map();
    const exported = /* @__PURE__ */ new Map();
    for (const { node, imp } of group.sources) {
      const instanceType = imp.type.kind === "instance" ? resolveInstanceType(node.component.scope, imp.type.typeIndex) : void 0;
      if (!instanceType)
        throw new ComposeError(`cannot resolve the type of ${imp.name.name} in '${node.label}'`);
      const local = /* @__PURE__ */ new Map();
      const localMap = (sort, index) => {
        const mapped = local.get(sortName(sort))?.[index];
        if (mapped === void 0)
          throw new ComposeError(
            `${imp.name.name} in '${node.label}' refers to an unknown ${sortName(sort)} ${index}`
          );
        return mapped;
      };
      const record = (sort, index) => {
        const list = local.get(sortName(sort)) ?? [];
        list.push(index);
        local.set(sortName(sort), list);
      };
      for (const decl of instanceType.decls) {
        const sort = declaredSort(decl);
        const previous = decl.kind === "export" ? exported.get(decl.name.name) : void 0;
        if (sort && previous !== void 0) {
          record(sort, previous);
          continue;
        }
        encodeDeclaration(body, decl, [this.outerMap(node), localMap]);
        count++;
        if (!sort) continue;
        const index = sizes.get(sortName(sort)) ?? 0;
        sizes.set(sortName(sort), index + 1);
        record(sort, index);
        if (decl.kind === "export") exported.set(decl.name.name, index);
      }
    }
    return new ByteWriter().u8(66).u32(count).bytes(body.view());
  }
  /** Carries type `index` of a nested component into the composed component. */
  relocate(node, index) {
    let memo = this.relocated.get(node);
    if (!memo) this.relocated.set(node, memo = /* @__PURE__ */ new Map());
    const done = memo.get(index);
    if (done !== void 0) return done;
    const origin = node.component.scope.component.type[index];
    let result;
    if (origin?.via === "type" && origin.type.kind !== "resource") {
      const w = new ByteWriter();
      encodeDefType(w, origin.type, [this.outerMap(node)]);
      result = this.b.type((out) => out.bytes(w.view()));
    } else if (origin?.via === "alias" && origin.alias.kind === "export") {
      const instanceOrigin = node.component.scope.component.instance[origin.alias.instance];
      if (instanceOrigin?.via !== "import") throw this.cannotCarry(node, index);
      const imported = node.wiring.get(instanceOrigin.name)?.from === "host";
      const byValue = !imported && instanceOrigin.type.kind === "instance" ? this.definePlainType(node, instanceOrigin.type.typeIndex, origin.alias.name) : void 0;
      result = byValue ?? this.alias(
        origin.alias.sort,
        this.hostOf(node, instanceOrigin.name, origin.alias.name),
        origin.alias.name
      );
    } else if (origin?.via === "import") {
      result = this.hostOf(node, origin.name, origin.name);
    } else {
      throw this.cannotCarry(node, index);
    }
    memo.set(index, result);
    return result;
  }
  /**
   * Defines again, by value, a plain value type that a nested component takes
   * from one of its instance imports (wall-clock's `datetime` in
   * filesystem/types), so the composed import does not depend on where that
   * interface comes from. Undefined when the type is not plain.
   */
  definePlainType(node, instanceTypeIndex, name) {
    const instanceType = resolveInstanceType(node.component.scope, instanceTypeIndex);
    if (!instanceType) return void 0;
    const { locals, types } = localTypes(instanceType.decls);
    const index = types.get(name);
    if (index === void 0 || !isPlainValueType(locals, index)) return void 0;
    const defined = /* @__PURE__ */ new Map();
    const define = (local) => {
      const known = defined.get(local);
      if (known !== void 0) return known;
      const w = new ByteWriter();
      encodeDefType(w, definitionOf(locals, local), [(_sort, i) => define(i)]);
      const at = this.b.type((out) => out.bytes(w.view()));
      defined.set(local, at);
      return at;
    };
    return define(index);
  }
  /** An instance exporting, defined by value, the plain types a nested component's instance import declares. */
  typesInstance(node, typeIndex, names) {
    return this.b.instance(
      names.map((name) => ({
        name: { name },
        item: { sort: TYPE_SORT, index: this.definePlainType(node, typeIndex, name) }
      }))
    );
  }
  /** The composed import standing for a nested component's import, which must come from the host. */
  hostOf(node, importName, typeName) {
    const wire = node.wiring.get(importName);
    if (wire.from === "host") return this.host(wire.key);
    if (wire.from === "types")
      throw new Error(
        `internal: ${importName} of '${node.label}' is defined in place, not imported`
      );
    throw new SplitResource(
      wire.plug.label,
      importName,
      node.label,
      this.current?.name ?? "an import",
      typeName
    );
  }
  cannotCarry(node, index) {
    return new ComposeError(
      `type ${index} of '${node.label}' is defined inside it and cannot be carried into an import of the composed component`
    );
  }
};
var SplitResource = class extends Error {
  constructor(plug, supplied, consumer, needer, typeName) {
    super(`${needer} needs ${typeName} from ${supplied}, which ${plug} supplies`);
    this.plug = plug;
    this.supplied = supplied;
    this.consumer = consumer;
    this.needer = needer;
    this.typeName = typeName;
  }
  plug;
  supplied;
  consumer;
  needer;
  typeName;
};
function splitError(splits) {
  const groups = /* @__PURE__ */ new Map();
  for (const split of splits) {
    const key = `${split.plug}\0${split.supplied}\0${split.consumer}`;
    groups.set(key, [...groups.get(key) ?? [], split]);
  }
  const sentences = [...groups.values()].map((group) => {
    const { plug, supplied, consumer } = group[0];
    const neederList = [...new Set(group.map((s) => s.needer))];
    const needers = neederList.join(", ");
    const types = [...new Set(group.map((s) => s.typeName))].join(", ");
    const uses = neederList.length === 1 ? "uses" : "use";
    return `'${plug}' supplies ${supplied}, but '${consumer}' still imports ${needers} from the host, which ${uses} ${types} from ${supplied}: '${plug}' must also export ${needers}`;
  });
  return new ComposeError(sentences.join("; "));
}
function declaredSort(decl) {
  switch (decl.kind) {
    case "core-type":
      return { core: "type" };
    case "type":
      return TYPE_SORT;
    case "alias":
      return decl.alias.sort;
    case "import":
    case "export":
      return externSort(decl.type);
  }
}

export {
  ByteWriter,
  concatBytes,
  regionOf,
  ComponentBuilder,
  wrapFunctionName,
  defineWrapType,
  compose
};
