#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserInputError,
  parseByteSize,
  withSha256
} from "./cli-chunk-3Y5FLEB3.js";
import {
  escapeControl
} from "./cli-chunk-3NZDDQY7.js";

// src/inspect/instance-exports.ts
function definedInstanceExports(scope, index) {
  const origin = scope.component.instance[index];
  if (origin?.via !== "instance") return void 0;
  const { instance } = origin;
  if (instance.kind === "exports") {
    return instance.exports.map((e) => ({ name: e.name.name, item: e.item, scope }));
  }
  const nested = scope.component.component[instance.component];
  if (nested?.via !== "component") return void 0;
  const inner = nested.component;
  return inner.exports.map((e) => ({
    name: e.name.name,
    item: e.item,
    ...e.type ? { type: e.type } : {},
    scope: inner.scope
  }));
}
var isComponentSort = (item, sort) => "component" in item.sort && item.sort.component === sort;
function instanceContents(scope, index) {
  const origin = scope.component.instance[index];
  switch (origin?.via) {
    case "import":
    case "export":
      if (origin.type?.kind === "instance") return { scope, typeIndex: origin.type.typeIndex };
      return origin.via === "export" && origin.item ? instanceContents(scope, origin.item.index) : void 0;
    case "instance": {
      const exports = definedInstanceExports(scope, index);
      return exports && { exports };
    }
    case "alias": {
      const { alias } = origin;
      if (alias.kind !== "export") return void 0;
      const from = instanceContents(scope, alias.instance);
      const exp = from && "exports" in from ? from.exports.find((e) => e.name === alias.name) : void 0;
      if (!exp || "core" in exp.item.sort || exp.item.sort.component !== "instance")
        return void 0;
      return exp.type?.kind === "instance" ? { scope: exp.scope, typeIndex: exp.type.typeIndex } : instanceContents(exp.scope, exp.item.index);
    }
    default:
      return void 0;
  }
}

// src/inspect/extern-name.ts
var fragment = "(?:[a-z0-9]+|[A-Z0-9]+)";
var labelSource = `(?:[a-z]+[0-9a-z]*|[A-Z]+[0-9A-Z]*)(?:-${fragment})*`;
var wordsSource = "[a-z][0-9a-z]*(?:-[0-9a-z]+)*";
var label = new RegExp(`^${labelSource}$`);
var interfaceHead = new RegExp(`^(?:${wordsSource}:)+${wordsSource}(?:/${labelSource})+$`);
var numeric = "(?:0|[1-9][0-9]*)";
var preId = `(?:${numeric}|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)`;
var semverPattern = new RegExp(
  `^${numeric}\\.${numeric}\\.${numeric}(?:-${preId}(?:\\.${preId})*)?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`
);
function isLabel(text) {
  return label.test(text);
}
function isInterfaceName(text) {
  const at = text.indexOf("@");
  const head = at === -1 ? text : text.slice(0, at);
  if (!interfaceHead.test(head)) return false;
  return at === -1 || semverPattern.test(text.slice(at + 1));
}
var implementsForm = /^\[implements=<([^<>]*)>\](.*)$/s;
function splitImplements(name) {
  const match = implementsForm.exec(name);
  return match ? { interface: match[1], label: match[2] } : void 0;
}
function implementedInterface(name) {
  return splitImplements(name.name)?.interface ?? name.implements;
}
function plainNameProblem(name) {
  const implemented = splitImplements(name);
  if (implemented) {
    if (!isInterfaceName(implemented.interface))
      return "the interface in [implements=<...>] is not a valid interface name (namespace:package/interface@version)";
    return isLabel(implemented.label) ? void 0 : "the label after [implements=<...>] is not kebab-case";
  }
  const annotated = /^\[(constructor|method|static)\](.*)$/s.exec(name);
  if (annotated) {
    const [, kind, rest] = annotated;
    if (kind === "constructor")
      return isLabel(rest) ? void 0 : "the resource name is not kebab-case";
    const parts = rest.split(".");
    return parts.length === 2 && parts.every(isLabel) ? void 0 : `[${kind}] must be followed by resource.function, both kebab-case`;
  }
  return isLabel(name) ? void 0 : "it is neither a kebab-case label nor an interface name";
}
function externNameProblem(name) {
  if (name.length === 0) return "it is empty";
  if (name.includes(":") && !name.startsWith("[")) {
    return isInterfaceName(name) ? void 0 : "it is not a valid interface name (namespace:package/interface@version, lowercase words, a semver version)";
  }
  return plainNameProblem(name);
}
function externNameProblems(name) {
  const problem = externNameProblem(name.name);
  if (problem) return problem;
  if (name.implements !== void 0) {
    if (splitImplements(name.name))
      return "it has both an [implements=<...>] prefix and an implements attribute";
    if (name.name.includes(":") && !name.name.startsWith("["))
      return "an implements attribute is only allowed on a plain (label) name";
    if (!isInterfaceName(name.implements))
      return "its implements attribute is not a valid interface name";
  }
  return void 0;
}
function findInvalidName(externs) {
  for (const { what, name, members } of externs) {
    const problem = externNameProblems(name);
    if (problem) return { where: what, name: name.name, problem };
    for (const member of members) {
      const memberProblem = externNameProblem(member);
      if (memberProblem)
        return { where: `${what} ${name.name}: member`, name: member, problem: memberProblem };
    }
  }
  return void 0;
}

// src/inspect/interface-name.ts
var word = /^[a-z][0-9a-z]*(-[0-9a-z]+)*$/;
var label2 = /^([a-z][0-9a-z]*|[A-Z][0-9A-Z]*)(-([0-9a-z]+|[0-9A-Z]+))*$/;
function parseInterfaceName(name) {
  const at = name.indexOf("@");
  const path = at === -1 ? name : name.slice(0, at);
  const version = at === -1 ? void 0 : name.slice(at + 1);
  const [head, ...projections] = path.split("/");
  if (!head || projections.length === 0 || !projections.every((p) => label2.test(p)))
    return void 0;
  const parts = head.split(":");
  if (parts.length < 2 || !parts.every((p) => word.test(p))) return void 0;
  if (version !== void 0 && version.length === 0) return void 0;
  const pkg = parts[parts.length - 1];
  const namespace = parts.slice(0, -1).join(":");
  const iface = projections.join("/");
  return {
    namespace,
    package: pkg,
    interface: iface,
    ...version !== void 0 ? { version } : {},
    id: `${namespace}:${pkg}/${iface}`
  };
}

// src/component/read/local-types.ts
function aliasedType(decl) {
  const { alias } = decl;
  return alias.kind === "outer" ? { outer: { count: alias.count, index: alias.index } } : { opaque: true };
}
function localTypes(decls) {
  const locals = [];
  const types = /* @__PURE__ */ new Map();
  const functions = /* @__PURE__ */ new Map();
  for (const decl of decls) {
    if (decl.kind === "type") {
      locals.push({ def: decl.type });
    } else if (decl.kind === "alias") {
      if ("component" in decl.alias.sort && decl.alias.sort.component === "type")
        locals.push(aliasedType(decl));
    } else if (decl.kind === "export" || decl.kind === "import") {
      if (decl.type.kind === "type") {
        locals.push("eq" in decl.type.bound ? { eq: decl.type.bound.eq } : { resource: true });
        types.set(decl.name.name, locals.length - 1);
      } else if (decl.type.kind === "func") {
        functions.set(decl.name.name, decl.type.typeIndex);
      }
    }
  }
  return { locals, types, functions };
}
function definitionOf(locals, index) {
  const seen = /* @__PURE__ */ new Set();
  let local = locals[index];
  while (local && "eq" in local && !seen.has(index)) {
    seen.add(index);
    index = local.eq;
    local = locals[index];
  }
  return local && "def" in local ? local.def : void 0;
}
function isPlainValueType(locals, index, known = /* @__PURE__ */ new Map()) {
  const answer = known.get(index);
  if (answer !== void 0) return answer;
  known.set(index, false);
  const plain = plainDefinition(locals, definitionOf(locals, index), known);
  known.set(index, plain);
  return plain;
}
function plainDefinition(locals, def, known) {
  if (!def || def.kind !== "defined") return false;
  const plain = (t) => t === void 0 || "prim" in t || isPlainValueType(locals, t.typeIndex, known);
  const d = def.def;
  switch (d.kind) {
    case "prim":
    case "flags":
    case "enum":
      return true;
    case "record":
      return d.fields.every((f) => plain(f.type));
    case "variant":
      return d.cases.every((c) => plain(c.type));
    case "list":
    case "option":
      return plain(d.kind === "list" ? d.element : d.type);
    case "tuple":
      return d.types.every(plain);
    case "result":
      return plain(d.ok) && plain(d.err);
    case "map":
      return plain(d.key) && plain(d.value);
    default:
      return false;
  }
}

// src/inspect/component-interface.ts
function describeComponent(component2) {
  return {
    imports: component2.imports.map(
      (imp) => withImplements(describeItem(component2.scope, imp.name.name, imp.type, imp.offset), imp.name)
    ),
    exports: component2.exports.map((exp) => {
      const type = exp.type ?? inferExternType(component2.scope, exp.item.sort, exp.item.index);
      const item = describeItem(component2.scope, exp.name.name, type, exp.offset, exp.item.sort);
      if (!item.functions && !exp.type && isInstance(exp.item.sort))
        Object.assign(item, summarizeContents(instanceContents(component2.scope, exp.item.index)));
      return withImplements(item, exp.name);
    })
  };
}
var isInstance = (sort) => "component" in sort && sort.component === "instance";
function describeItem(scope, name, type, offset, sort) {
  const kind = type?.kind ?? sortKind(sort);
  const parsed = parseInterfaceName(name);
  const item = { name, kind, ...parsed ? { interface: parsed } : {}, offset };
  if (type?.kind === "instance") {
    const instanceType = resolveInstanceType(scope, type.typeIndex);
    if (instanceType) Object.assign(item, summarizeInstance(instanceType.decls));
    else item.functionsUnknown = true;
  }
  return item;
}
function withImplements(item, name) {
  const implemented = implementedInterface(name);
  if (implemented === void 0) return item;
  const parsed = parseInterfaceName(implemented);
  return { ...item, implements: implemented, ...parsed ? { interface: parsed } : {} };
}
function sortKind(sort) {
  if (!sort) return "instance";
  return "core" in sort ? "module" : sort.component;
}
function summarizeInstance(decls) {
  const functions = [];
  const asyncFunctions = [];
  const resources = [];
  const types = [];
  const { locals } = localTypes(decls);
  for (const decl of decls) {
    if (decl.kind !== "export") continue;
    if (decl.type.kind === "func") {
      functions.push(decl.name.name);
      const signature = definitionOf(locals, decl.type.typeIndex);
      if (signature?.kind === "func" && signature.async) asyncFunctions.push(decl.name.name);
    } else if (decl.type.kind === "type") {
      ("subResource" in decl.type.bound ? resources : types).push(decl.name.name);
    }
  }
  return {
    functions,
    ...asyncFunctions.length > 0 ? { asyncFunctions } : {},
    resources,
    types,
    typesOnly: functions.length === 0
  };
}
function resolveInstanceType(scope, typeIndex, hops = 0) {
  const origin = scope.component.type[typeIndex];
  if (!origin || hops > MAX_TYPE_HOPS) return void 0;
  return resolveInstanceOrigin(scope, origin, hops + 1);
}
var MAX_TYPE_HOPS = 1e3;
function resolveInstanceOrigin(scope, origin, hops) {
  switch (origin.via) {
    case "type":
      return origin.type.kind === "instance" ? origin.type : void 0;
    case "alias": {
      const { alias } = origin;
      if (alias.kind === "outer") {
        const target = scope.ancestor(alias.count);
        return target ? resolveInstanceType(target, alias.index, hops) : void 0;
      }
      if (alias.kind !== "export") return void 0;
      const exported = definedInstanceExports(scope, alias.instance)?.find(
        (e) => e.name === alias.name && isComponentSort(e.item, "type")
      );
      if (!exported) return void 0;
      return exported.type?.kind === "type" && "eq" in exported.type.bound ? resolveInstanceType(exported.scope, exported.type.bound.eq, hops) : resolveInstanceType(exported.scope, exported.item.index, hops);
    }
    case "import":
    case "export":
      if (origin.type?.kind === "type" && "eq" in origin.type.bound)
        return resolveInstanceType(scope, origin.type.bound.eq, hops);
      if (origin.via === "export" && !origin.type && origin.item && isComponentSort(origin.item, "type"))
        return resolveInstanceType(scope, origin.item.index, hops);
      return void 0;
    default:
      return void 0;
  }
}
function summarizeContents(contents) {
  if (!contents) return {};
  if (!("exports" in contents)) {
    const instanceType = resolveInstanceType(contents.scope, contents.typeIndex);
    return instanceType ? summarizeInstance(instanceType.decls) : {};
  }
  const funcs = contents.exports.filter((e) => isComponentSort(e.item, "func"));
  const functions = funcs.map((e) => e.name);
  const asyncFunctions = funcs.filter(isAsyncExport).map((e) => e.name);
  const types = contents.exports.filter((e) => isComponentSort(e.item, "type")).map((e) => e.name);
  return {
    functions,
    ...asyncFunctions.length > 0 ? { asyncFunctions } : {},
    types,
    typesOnly: functions.length === 0
  };
}
function isAsyncExport(exp) {
  if (exp.type?.kind !== "func") return false;
  const origin = exp.scope.component.type[exp.type.typeIndex];
  return origin?.via === "type" && origin.type.kind === "func" && origin.type.async;
}
function inferExternType(scope, sort, index) {
  if (!isInstance(sort)) return void 0;
  const origin = scope.component.instance[index];
  if (origin?.via === "import" || origin?.via === "export") return origin.type;
  return void 0;
}

// src/inspect/load-component.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";

// src/component/errors.ts
var WasmDecodeError = class extends Error {
  constructor(offset, problem) {
    super(`${problem} (at byte offset ${offset}, 0x${offset.toString(16)})`);
    this.offset = offset;
    this.problem = problem;
  }
  offset;
  problem;
  name = "WasmDecodeError";
};

// src/component/ast.ts
var TYPE_SORT = { component: "type" };
var FUNC_SORT = { component: "func" };
var INSTANCE_SORT = { component: "instance" };
var SectionId = {
  custom: 0,
  coreModule: 1,
  coreInstance: 2,
  coreType: 3,
  component: 4,
  instance: 5,
  alias: 6,
  type: 7,
  canon: 8,
  start: 9,
  import: 10,
  export: 11,
  value: 12
};

// src/component/read/limits.ts
var LIMITS = {
  /** Bytes of any name or string. */
  name: 1e5,
  /** A type's effective size: 1 per type constructor, a reference to a type counting as that type's size. */
  typeSize: 1e6,
  canonicalOptions: 10,
  instantiateArguments: 1e5,
  inlineExports: 1e5,
  startArguments: 1e3,
  recordFields: 1e4,
  variantCases: 1e4,
  tupleTypes: 1e4,
  enumCases: 1e4,
  flags: 32,
  funcParams: 1e3,
  /** Core modules and components defined in one component's whole tree, the outermost one included. */
  definitions: 1e3,
  moduleTypeDeclarations: 1e5,
  componentTypeDeclarations: 1e5,
  instanceTypeDeclarations: 1e6,
  coreImports: 1e6,
  coreExports: 1e6,
  coreFuncParams: 1e3,
  coreFuncResults: 1e3,
  structFields: 1e4,
  supertypes: 1
};
var component = (s, name) => "component" in s && s.component === name;
var core = (s, name) => "core" in s && s.core === name;
var SPACE_LIMITS = [
  { what: "core modules", max: 1e3, counts: (s) => core(s, "module") },
  { what: "components", max: 1e3, counts: (s) => component(s, "component") },
  {
    what: "instances (core and component together)",
    max: 4096,
    counts: (s) => core(s, "instance") || component(s, "instance")
  },
  { what: "values", max: 1e3, counts: (s) => component(s, "value") },
  {
    what: "functions (core and component together)",
    max: 1e6,
    counts: (s) => core(s, "func") || component(s, "func")
  },
  {
    what: "types (core and component together)",
    max: 1e6,
    counts: (s) => core(s, "type") || component(s, "type")
  },
  ...["table", "memory", "global", "tag"].map((name) => ({
    what: `core ${name}s`,
    max: 1e6,
    counts: (s) => core(s, name)
  }))
];

// src/component/read/byte-reader.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
var SHORT_NAME = 64;
function isAscii(bytes) {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 127) return false;
  return true;
}
var ByteReader = class {
  constructor(bytes, start = 0, end = bytes.length) {
    this.bytes = bytes;
    this.end = end;
    this.offset = start;
  }
  bytes;
  end;
  offset;
  get atEnd() {
    return this.offset >= this.end;
  }
  get remaining() {
    return this.end - this.offset;
  }
  fail(problem, at = this.offset) {
    throw new WasmDecodeError(at, problem);
  }
  need(count, what) {
    if (count > this.end - this.offset) {
      const have = this.end - this.offset;
      this.fail(
        `unexpected end of input: expected ${what} (${count} byte${count === 1 ? "" : "s"}, ${have} left)`
      );
    }
  }
  u8(what = "a byte") {
    this.need(1, what);
    return this.bytes[this.offset++];
  }
  peekU8(what = "a byte") {
    this.need(1, what);
    return this.bytes[this.offset];
  }
  take(count, what) {
    this.need(count, what);
    const view = this.bytes.subarray(this.offset, this.offset + count);
    this.offset += count;
    return view;
  }
  /** Unsigned LEB128 of at most `bits` bits (u32 by default). */
  u32(what = "a u32") {
    const byte = this.offset < this.end ? this.bytes[this.offset] : 128;
    if (byte < 128) {
      this.offset++;
      return byte;
    }
    return this.unsignedLeb(32, what);
  }
  unsignedLeb(bits, what) {
    return this.leb(bits, false, what);
  }
  /** Signed LEB128 of at most `bits` bits, returned as a JS number (exact up to 2^53). */
  signedLeb(bits, what) {
    return this.leb(bits, true, what);
  }
  leb(bits, signed, what) {
    const start = this.offset;
    const maxBytes = Math.ceil(bits / 7);
    let result = 0;
    let scale = 1;
    for (let i = 0; i < maxBytes; i++) {
      if (this.offset >= this.end) {
        this.fail(`unexpected end of input inside a LEB128 encoding ${what}`, start);
      }
      const byte = this.bytes[this.offset++];
      result += (byte & 127) * scale;
      scale *= 128;
      if (i === maxBytes - 1) {
        if (byte & 128)
          this.fail(`malformed LEB128 ${what}: longer than ${maxBytes} bytes`, start);
        if (!lastByteFits(byte, bits - 7 * (maxBytes - 1), signed)) {
          this.fail(`malformed LEB128 ${what}: value does not fit in ${bits} bits`, start);
        }
      }
      if ((byte & 128) === 0) return signed && byte & 64 ? result - scale : result;
    }
    return this.fail(`malformed LEB128 ${what}`, start);
  }
  /** A length-prefixed UTF-8 string. */
  name(what = "a name") {
    const lengthAt = this.offset;
    const length = this.u32(`(length of ${what})`);
    if (length > LIMITS.name)
      this.fail(`${what} is ${length} bytes long, over the limit of ${LIMITS.name}`, lengthAt);
    const start = this.offset;
    const raw = this.take(length, what);
    if (length <= SHORT_NAME && isAscii(raw)) return String.fromCharCode.apply(null, raw);
    try {
      return utf8.decode(raw);
    } catch {
      return this.fail(`invalid UTF-8 in ${what}`, start);
    }
  }
  /** `vec(T)`: a u32 count then that many items, at most `max` (limits.ts). */
  vec(what, item, max = Infinity) {
    const countAt = this.offset;
    const count = this.u32(`(count of ${what})`);
    if (count > max)
      this.fail(
        `${what}: count ${count} exceeds the limit of ${max} (wasm-tools and wasmtime refuse it too)`,
        countAt
      );
    if (count > this.remaining) {
      this.fail(`${what}: count ${count} exceeds the ${this.remaining} bytes left`, countAt);
    }
    const items = [];
    for (let i = 0; i < count; i++) items.push(item(i));
    return items;
  }
  /** `0x00` (absent) or `0x01 T` (present). */
  optional(what, item) {
    const at = this.offset;
    const flag = this.u8(`presence flag of ${what}`);
    if (flag === 0) return void 0;
    if (flag === 1) return item();
    return this.fail(`expected 0x00 or 0x01 as presence flag of ${what}, found 0x${hex(flag)}`, at);
  }
  expectEnd(what) {
    if (this.offset !== this.end) {
      this.fail(`${what} has ${this.end - this.offset} unexpected trailing byte(s)`);
    }
  }
};
function lastByteFits(byte, usedBits, signed) {
  if (!signed) return (byte & 127) >> usedBits === 0;
  const signAndUnused = 127 << usedBits - 1 & 127;
  const bitsSet = byte & signAndUnused;
  return bitsSet === 0 || bitsSet === signAndUnused;
}
function hex(byte) {
  return byte.toString(16).padStart(2, "0");
}

// src/component/read/core-types.ts
var numericTypes = {
  127: "i32",
  126: "i64",
  125: "f32",
  124: "f64",
  123: "v128"
};
var abstractHeapTypes = {
  112: "func",
  111: "extern",
  110: "any",
  109: "eq",
  108: "i31",
  107: "struct",
  106: "array",
  105: "exn",
  104: "cont",
  113: "none",
  114: "noextern",
  115: "nofunc",
  116: "noexn",
  117: "nocont"
};
function readHeapType(r) {
  const at = r.offset;
  const first = r.peekU8("a heap type");
  if (first === 101) {
    r.u8();
    const inner = r.u8('an abstract heap type after "shared"');
    const name2 = abstractHeapTypes[inner];
    if (!name2) r.fail(`unknown shared abstract heap type 0x${hex(inner)}`, at);
    return { abstract: `shared ${name2}` };
  }
  const value = r.signedLeb(33, "heap type");
  if (value >= 0) return { typeIndex: value };
  const name = abstractHeapTypes[value + 128];
  if (!name) r.fail(`unknown heap type 0x${hex(value + 128 & 255)}`, at);
  return { abstract: name };
}
function readCoreValType(r) {
  const at = r.offset;
  const code = r.u8("a core value type");
  const numeric2 = numericTypes[code];
  if (numeric2) return numeric2;
  if (code === 99 || code === 100) return { ref: readHeapType(r), nullable: code === 99 };
  const name = abstractHeapTypes[code];
  if (name) return { ref: { abstract: name }, nullable: true };
  return r.fail(`unknown core value type 0x${hex(code)}`, at);
}
function readStorageType(r) {
  const code = r.peekU8("a storage type");
  if (code === 120 || code === 119) {
    r.u8();
    return code === 120 ? "i8" : "i16";
  }
  return readCoreValType(r);
}
function readMutability(r) {
  const at = r.offset;
  const flag = r.u8("a mutability flag");
  if (flag > 1) r.fail(`expected mutability 0x00 or 0x01, found 0x${hex(flag)}`, at);
  return flag === 1;
}
function readFieldType(r) {
  const type = readStorageType(r);
  return { type, mutable: readMutability(r) };
}
function readCompositeType(r) {
  const at = r.offset;
  const code = r.u8("a composite type (0x60 func, 0x5f struct, 0x5e array)");
  switch (code) {
    case 96:
      return {
        kind: "func",
        params: r.vec("core func params", () => readCoreValType(r), LIMITS.coreFuncParams),
        results: r.vec("core func results", () => readCoreValType(r), LIMITS.coreFuncResults)
      };
    case 95:
      return {
        kind: "struct",
        fields: r.vec("struct fields", () => readFieldType(r), LIMITS.structFields)
      };
    case 94:
      return { kind: "array", element: readFieldType(r) };
    default:
      return r.fail(
        `expected a core composite type (0x60, 0x5f or 0x5e), found 0x${hex(code)}`,
        at
      );
  }
}
function readSubType(r, nonFinalCode) {
  const code = r.peekU8("a core sub type");
  if (code === nonFinalCode || code === 79) {
    r.u8();
    const supertypes = r.vec("supertypes", () => r.u32("a supertype index"), LIMITS.supertypes);
    return { final: code === 79, supertypes, type: readCompositeType(r) };
  }
  return { final: true, supertypes: [], type: readCompositeType(r) };
}
function readCoreType(r) {
  const at = r.offset;
  const code = r.peekU8("a core type");
  if (code === 80) {
    r.u8();
    return {
      kind: "module",
      decls: r.vec(
        "module type declarations",
        () => readModuleDecl(r),
        LIMITS.moduleTypeDeclarations
      )
    };
  }
  if (code === 0) {
    r.u8();
    const next = r.u8("0x50 after 0x00 in a core sub type");
    if (next !== 80)
      r.fail(`expected 0x50 after 0x00 in a core sub type, found 0x${hex(next)}`, at + 1);
    r.offset--;
    return { kind: "sub", subtype: readSubType(r, 80) };
  }
  if (code === 78) {
    r.u8();
    return { kind: "rec", types: r.vec("rec group types", () => readSubType(r, 80)) };
  }
  return { kind: "sub", subtype: readSubType(r, -1) };
}
function readLimits(r, what, allowedFlags) {
  const at = r.offset;
  const flags = r.u8(`${what} limits flags`);
  if (flags & ~allowedFlags) r.fail(`unknown ${what} limits flags 0x${hex(flags)}`, at);
  const is64 = (flags & 4) !== 0;
  const bits = is64 ? 64 : 32;
  const min = r.unsignedLeb(bits, `(${what} minimum)`);
  const max = flags & 1 ? r.unsignedLeb(bits, `(${what} maximum)`) : void 0;
  const pageSizeLog2 = flags & 8 ? r.u32(`(${what} page size log2)`) : void 0;
  return {
    min,
    ...max !== void 0 ? { max } : {},
    is64,
    shared: (flags & 2) !== 0,
    ...pageSizeLog2 !== void 0 ? { pageSizeLog2 } : {}
  };
}
function readCoreExternType(r) {
  const at = r.offset;
  const kind = r.u8("a core extern kind");
  switch (kind) {
    case 0:
      return { kind: "func", typeIndex: r.u32("(core func type index)") };
    case 1: {
      const element = readCoreValType(r);
      const { min, max, is64 } = readLimits(r, "table", 5);
      return { kind: "table", element, min, ...max !== void 0 ? { max } : {}, is64 };
    }
    case 2: {
      const { shared, ...rest } = readLimits(r, "memory", 15);
      return { kind: "memory", shared, ...rest };
    }
    case 3: {
      const type = readCoreValType(r);
      return { kind: "global", type, mutable: readMutability(r) };
    }
    case 4: {
      const attributeAt = r.offset;
      const attribute = r.u8("a tag attribute");
      if (attribute !== 0)
        r.fail(`expected tag attribute 0x00, found 0x${hex(attribute)}`, attributeAt);
      return { kind: "tag", typeIndex: r.u32("(tag type index)") };
    }
    default:
      return r.fail(`unknown core extern kind 0x${hex(kind)}`, at);
  }
}
function readModuleDecl(r) {
  const at = r.offset;
  const code = r.u8("a module type declaration");
  switch (code) {
    case 0:
      return {
        kind: "import",
        module: r.name("an import module name"),
        name: r.name("an import name"),
        type: readCoreExternType(r)
      };
    case 1: {
      const type = readCoreType(r);
      if (type.kind === "module")
        r.fail("a module type may not be nested inside a module type", at + 1);
      return { kind: "type", type };
    }
    case 2: {
      const sort = r.u8("alias sort");
      const form = r.u8("alias form");
      if (sort !== 16 || form !== 1) {
        r.fail(
          `expected an outer core type alias (0x10 0x01) in a module type, found 0x${hex(sort)} 0x${hex(form)}`,
          at + 1
        );
      }
      return {
        kind: "alias-outer",
        count: r.u32("(outer alias count)"),
        index: r.u32("(outer alias index)")
      };
    }
    case 3:
      return { kind: "export", name: r.name("an export name"), type: readCoreExternType(r) };
    default:
      return r.fail(`unknown module type declaration 0x${hex(code)}`, at);
  }
}

// src/component/read/scope.ts
var MAX_NESTING = 100;
var coreSorts = [
  "func",
  "table",
  "memory",
  "global",
  "tag",
  "type",
  "module",
  "instance"
];
var componentSorts = ["func", "value", "type", "component", "instance"];
var SCOPE_NAMES = {
  component: "component",
  "component-type": "component type",
  "instance-type": "instance type"
};
var countingIndices = (sort) => SPACE_LIMITS.flatMap((limit, i) => limit.counts(sort) ? [i] : []);
var coreLimits = new Map(coreSorts.map((core2) => [core2, countingIndices({ core: core2 })]));
var componentLimits = new Map(
  componentSorts.map((component2) => [component2, countingIndices({ component: component2 })])
);
var limitsCounting = (sort) => ("core" in sort ? coreLimits.get(sort.core) : componentLimits.get(sort.component)) ?? [];
function sortName(sort) {
  return "core" in sort ? `core ${sort.core}` : sort.component;
}
var Scope = class _Scope {
  constructor(kind, parent, onEntry) {
    this.kind = kind;
    this.parent = parent;
    this.depth = parent ? parent.depth + 1 : 0;
    this.onEntry = onEntry ?? parent?.onEntry ?? (() => {
    });
  }
  kind;
  parent;
  core = Object.fromEntries(coreSorts.map((s) => [s, []]));
  component = Object.fromEntries(componentSorts.map((s) => [s, []]));
  /** How many scopes enclose this one. */
  depth;
  /** Entries so far that each of SPACE_LIMITS counts. */
  counted = SPACE_LIMITS.map(() => 0);
  /** In the outermost scope: the core modules and components defined in the tree, itself included. */
  definitions = 1;
  /** Told of every entry of this scope and the scopes nested in it. */
  onEntry;
  /** Opens a nested scope, refusing nesting deep enough to exhaust the decoder's stack. */
  static nested(reader, at, kind, parent, onEntry) {
    const scope = new _Scope(kind, parent, onEntry);
    if (scope.depth > MAX_NESTING)
      reader.fail(`components and types are nested more than ${MAX_NESTING} levels deep`, at);
    return scope;
  }
  space(sort) {
    return "core" in sort ? this.core[sort.core] : this.component[sort.component];
  }
  /**
   * Appends an entry to the space of `sort`, refusing (at byte offset `at`) what breaks the
   * structural limits (limits.ts): too many entries, or what the entry hook refuses.
   */
  push(sort, origin, at) {
    for (const i of limitsCounting(sort)) {
      const limit = SPACE_LIMITS[i];
      if (++this.counted[i] > limit.max)
        throw new WasmDecodeError(
          at,
          `more than ${limit.max} ${limit.what} in one ${SCOPE_NAMES[this.kind]} (wasm-tools and wasmtime refuse it too)`
        );
    }
    if (origin.via === "core-module" || origin.via === "component") {
      const root = this.ancestor(this.depth);
      if (++root.definitions > LIMITS.definitions)
        throw new WasmDecodeError(
          at,
          `more than ${LIMITS.definitions} core modules and components defined in one component, nested ones and itself included (wasm-tools and wasmtime refuse it too)`
        );
    }
    this.onEntry(this, sort, origin, at);
    const space = this.space(sort);
    space.push(origin);
    return space.length - 1;
  }
  /** Fails unless `index` is already defined in the space of `sort`. */
  check(reader, at, sort, index, what) {
    const size = this.space(sort).length;
    if (index >= size) {
      reader.fail(
        `${what} refers to ${sortName(sort)} index ${index}, but only ${size} ${sortName(sort)} definition(s) exist at this point`,
        at
      );
    }
  }
  /** The scope `count` levels out (0 = this one), if there is one. */
  ancestor(count) {
    return count === 0 ? this : this.parent?.ancestor(count - 1);
  }
  /** The scope `count` levels out, failing past the outermost. */
  outer(reader, at, count) {
    const scope = this.ancestor(count);
    if (!scope) {
      reader.fail(
        `outer alias count ${count} reaches beyond the ${this.depth} enclosing scope(s)`,
        at
      );
    }
    return scope;
  }
};

// src/component/read/type-info.ts
var OPAQUE = { size: 1 };
var infoSort = (sort) => "component" in sort && ["type", "instance", "component"].includes(sort.component) ? sort.component : void 0;
var sum = (sizes) => sizes.reduce((a, b) => a + b, 0);
var infos = /* @__PURE__ */ new WeakMap();
function typeInfo(scope, sort, index) {
  return infos.get(scope)?.[sort][index] ?? OPAQUE;
}
var recordTypeInfo = (scope, sort, origin, at) => {
  const info = entryInfo(scope, sort, origin);
  if (!info) return;
  if (info.size >= LIMITS.typeSize)
    throw new WasmDecodeError(
      at,
      `a type's effective size exceeds the limit of ${LIMITS.typeSize} (types nested inside each other too often; wasm-tools and wasmtime refuse it too)`
    );
  let spaces = infos.get(scope);
  if (!spaces) infos.set(scope, spaces = { type: [], instance: [], component: [] });
  spaces[sort.component].push(info);
};
var declaredInfo = /* @__PURE__ */ new WeakMap();
function valTypeSize(scope, type) {
  if (!type) return 0;
  return "prim" in type ? 1 : typeInfo(scope, "type", type.typeIndex).size;
}
function defValTypeSize(scope, def) {
  const size = (t) => valTypeSize(scope, t);
  switch (def.kind) {
    case "record":
      return 1 + sum(def.fields.map((f) => size(f.type)));
    case "variant":
      return 1 + sum(def.cases.map((c) => size(c.type)));
    case "tuple":
      return 1 + sum(def.types.map(size));
    case "list":
      return 1 + size(def.element);
    case "option":
      return 1 + size(def.type);
    case "result":
      return 1 + size(def.ok) + size(def.err);
    case "stream":
    case "future":
      return 1 + size(def.element);
    case "map":
      return 1 + size(def.key) + size(def.value);
    default:
      return 1;
  }
}
function defTypeInfo(scope, type) {
  switch (type.kind) {
    case "defined":
      return { size: defValTypeSize(scope, type.def) };
    case "func":
      return {
        size: 1 + sum(type.params.map((p) => valTypeSize(scope, p.type))) + valTypeSize(scope, type.result)
      };
    case "component":
    case "instance":
      return declaredInfo.get(type.decls) ?? OPAQUE;
    case "resource":
      return OPAQUE;
  }
}
function externInfo(scope, type) {
  switch (type.kind) {
    case "func":
    case "component":
    case "instance":
      return typeInfo(scope, "type", type.typeIndex);
    case "type":
      return "eq" in type.bound ? typeInfo(scope, "type", type.bound.eq) : OPAQUE;
    case "value":
      return "type" in type.bound ? { size: valTypeSize(scope, type.bound.type) } : OPAQUE;
    case "module":
      return OPAQUE;
  }
}
function recordDeclarations(scope, decls) {
  const exports = /* @__PURE__ */ new Map();
  let size = 1;
  for (const decl of decls) {
    if (decl.kind !== "import" && decl.kind !== "export") continue;
    const info = externInfo(scope, decl.type);
    size += info.size;
    if (decl.kind === "export") exports.set(decl.name.name, info);
  }
  declaredInfo.set(decls, { size, exports });
}
function exportsOf(scope, items) {
  const exports = /* @__PURE__ */ new Map();
  for (const { name, sort, index } of items) {
    const kind = infoSort(sort);
    if (kind) exports.set(name, typeInfo(scope, kind, index));
  }
  return exports;
}
var typeInfoAt = (scope, sort, index) => scope ? typeInfo(scope, sort, index) : OPAQUE;
function entryInfo(scope, sort, origin) {
  const kind = infoSort(sort);
  if (!kind) return void 0;
  switch (origin.via) {
    case "type":
      return defTypeInfo(scope, origin.type);
    case "import":
      return externInfo(scope, origin.type);
    case "export":
      if (origin.type) return externInfo(scope, origin.type);
      return origin.item ? typeInfo(scope, kind, origin.item.index) : OPAQUE;
    case "alias": {
      const { alias } = origin;
      if (alias.kind === "outer") return typeInfoAt(scope.ancestor(alias.count), kind, alias.index);
      if (alias.kind === "export")
        return typeInfo(scope, "instance", alias.instance).exports?.get(alias.name) ?? OPAQUE;
      return OPAQUE;
    }
    case "instance": {
      const { instance } = origin;
      if (instance.kind === "exports")
        return {
          size: 1,
          exports: exportsOf(
            scope,
            instance.exports.map((e) => ({ name: e.name.name, ...e.item }))
          )
        };
      return { size: 1, exports: typeInfo(scope, "component", instance.component).exports };
    }
    case "component": {
      const nested = origin.component;
      return {
        size: 1,
        exports: exportsOf(
          nested.scope,
          nested.exports.map((e) => ({ name: e.name.name, ...e.item }))
        )
      };
    }
    default:
      return OPAQUE;
  }
}

// src/component/read/types.ts
var primitives = {
  127: "bool",
  126: "s8",
  125: "u8",
  124: "s16",
  123: "u16",
  122: "s32",
  121: "u32",
  120: "s64",
  119: "u64",
  118: "f32",
  117: "f64",
  116: "char",
  115: "string",
  100: "error-context"
};
var coreSortCodes = {
  0: "func",
  1: "table",
  2: "memory",
  3: "global",
  4: "tag",
  16: "type",
  17: "module",
  18: "instance"
};
var componentSortCodes = {
  1: "func",
  2: "value",
  3: "type",
  4: "component",
  5: "instance"
};
function readCoreSort(r) {
  const at = r.offset;
  const code = r.u8("a core sort");
  const sort = coreSortCodes[code];
  if (!sort) r.fail(`unknown core sort 0x${hex(code)}`, at);
  return sort;
}
function readSort(r) {
  const at = r.offset;
  const code = r.u8("a sort");
  if (code === 0) return { core: readCoreSort(r) };
  const sort = componentSortCodes[code];
  if (!sort) r.fail(`unknown sort 0x${hex(code)}`, at);
  return { component: sort };
}
function typeRef(r, scope, what) {
  const at = r.offset;
  const index = r.u32(`(${what})`);
  scope.check(r, at, { component: "type" }, index, what);
  return index;
}
function readValType(r, scope) {
  const at = r.offset;
  const value = r.signedLeb(33, "value type");
  if (value >= 0) {
    scope.check(r, at, { component: "type" }, value, "value type");
    return { typeIndex: value };
  }
  const prim = primitives[value + 128];
  if (!prim) r.fail(`unknown primitive value type 0x${hex(value + 128 & 255)}`, at);
  return { prim };
}
function readLabel(r, what) {
  return r.name(what);
}
function readNamedValTypes(r, scope, what, max) {
  return r.vec(
    what,
    () => ({
      name: readLabel(r, `a ${what} label`),
      type: readValType(r, scope)
    }),
    max
  );
}
function readDefValType(r, scope, code, at) {
  const prim = primitives[code];
  if (prim) return { kind: "prim", prim };
  switch (code) {
    case 114:
      return {
        kind: "record",
        fields: readNamedValTypes(r, scope, "record field", LIMITS.recordFields)
      };
    case 113:
      return {
        kind: "variant",
        cases: r.vec(
          "variant cases",
          () => {
            const name = readLabel(r, "a variant case label");
            const type = r.optional("a case payload", () => readValType(r, scope));
            const refinesAt = r.offset;
            const refines = r.u8("the 0x00 that ends a variant case");
            if (refines !== 0)
              r.fail(
                `expected 0x00 at the end of variant case "${name}", found 0x${hex(refines)}`,
                refinesAt
              );
            return type ? { name, type } : { name };
          },
          LIMITS.variantCases
        )
      };
    case 112:
      return { kind: "list", element: readValType(r, scope) };
    case 103: {
      const element = readValType(r, scope);
      return { kind: "list", element, length: r.u32("(fixed list length)") };
    }
    case 111:
      return {
        kind: "tuple",
        types: r.vec("tuple types", () => readValType(r, scope), LIMITS.tupleTypes)
      };
    case 110:
      return {
        kind: "flags",
        names: r.vec("flag labels", () => readLabel(r, "a flag label"), LIMITS.flags)
      };
    case 109:
      return {
        kind: "enum",
        names: r.vec("enum labels", () => readLabel(r, "an enum label"), LIMITS.enumCases)
      };
    case 107:
      return { kind: "option", type: readValType(r, scope) };
    case 106: {
      const ok = r.optional("a result ok type", () => readValType(r, scope));
      const err = r.optional("a result error type", () => readValType(r, scope));
      return { kind: "result", ...ok ? { ok } : {}, ...err ? { err } : {} };
    }
    case 105:
      return { kind: "own", typeIndex: typeRef(r, scope, "own handle type") };
    case 104:
      return { kind: "borrow", typeIndex: typeRef(r, scope, "borrow handle type") };
    case 102: {
      const element = r.optional("a stream element type", () => readValType(r, scope));
      return { kind: "stream", ...element ? { element } : {} };
    }
    case 101: {
      const element = r.optional("a future element type", () => readValType(r, scope));
      return { kind: "future", ...element ? { element } : {} };
    }
    case 99: {
      const key = readValType(r, scope);
      return { kind: "map", key, value: readValType(r, scope) };
    }
    default:
      return r.fail(`unknown type definition opcode 0x${hex(code)}`, at);
  }
}
function readFuncType(r, scope, async) {
  const params = readNamedValTypes(r, scope, "param", LIMITS.funcParams);
  const at = r.offset;
  const form = r.u8("a result list (0x00 type or 0x01 0x00)");
  if (form === 0) return { kind: "func", async, params, result: readValType(r, scope) };
  if (form === 1) {
    const emptyAt = r.offset;
    const count = r.u8("the 0x00 of an empty result list");
    if (count !== 0)
      r.fail(`named function results are not supported (found ${count} named results)`, emptyAt);
    return { kind: "func", async, params };
  }
  return r.fail(`expected a result list (0x00 or 0x01), found 0x${hex(form)}`, at);
}
function readDefType(r, scope) {
  const at = r.offset;
  const code = r.u8("a type definition");
  switch (code) {
    case 64:
    case 67:
      return readFuncType(r, scope, code === 67);
    case 65:
      return { kind: "component", decls: readDeclarations(r, scope, "component-type") };
    case 66:
      return { kind: "instance", decls: readDeclarations(r, scope, "instance-type") };
    case 63: {
      if (scope.kind !== "component")
        r.fail(
          "a resource type may only be defined in a component, not in a component or instance type",
          at
        );
      const repAt = r.offset;
      const rep = readCoreValType(r);
      if (rep !== "i32") r.fail("a resource representation must be i32", repAt);
      const dtor = r.optional("a resource destructor", () => {
        const dtorAt = r.offset;
        const index = r.u32("(destructor core func index)");
        scope.check(r, dtorAt, { core: "func" }, index, "resource destructor");
        return index;
      });
      return { kind: "resource", rep, ...dtor !== void 0 ? { dtor } : {} };
    }
    default:
      return { kind: "defined", def: readDefValType(r, scope, code, at) };
  }
}
function readExternName(r) {
  const at = r.offset;
  const form = r.u8("an extern name form");
  if (form === 0 || form === 1) return { name: r.name("an import or export name") };
  if (form !== 2) r.fail(`unknown extern name form 0x${hex(form)}`, at);
  const result = { name: r.name("an import or export name") };
  r.vec("name attributes", () => {
    const attributeAt = r.offset;
    const kind = r.u8("a name attribute");
    if (kind === 0) result.implements = r.name("an implements attribute");
    else if (kind === 1) result.versionSuffix = r.name("a version suffix attribute");
    else if (kind === 2) result.externalId = r.name("an external-id attribute");
    else r.fail(`unknown name attribute 0x${hex(kind)}`, attributeAt);
  });
  return result;
}
function externSort(type) {
  return type.kind === "module" ? { core: "module" } : { component: type.kind };
}
function readExternType(r, scope) {
  const at = r.offset;
  const kind = r.u8("an extern type");
  switch (kind) {
    case 0: {
      const coreAt = r.offset;
      const marker = r.u8("0x11 (core module)");
      if (marker !== 17)
        r.fail(`expected 0x11 (core module) in an extern type, found 0x${hex(marker)}`, coreAt);
      const indexAt = r.offset;
      const coreTypeIndex = r.u32("(core module type index)");
      scope.check(r, indexAt, { core: "type" }, coreTypeIndex, "core module import/export");
      return { kind: "module", coreTypeIndex };
    }
    case 1:
      return { kind: "func", typeIndex: typeRef(r, scope, "func import/export type") };
    case 2: {
      const boundAt = r.offset;
      const bound = r.u8("a value bound");
      if (bound === 0) {
        const valueAt = r.offset;
        const eqValue = r.u32("(value index)");
        scope.check(r, valueAt, { component: "value" }, eqValue, "value bound");
        return { kind: "value", bound: { eqValue } };
      }
      if (bound === 1) return { kind: "value", bound: { type: readValType(r, scope) } };
      return r.fail(`unknown value bound 0x${hex(bound)}`, boundAt);
    }
    case 3: {
      const boundAt = r.offset;
      const bound = r.u8("a type bound");
      let typeBound;
      if (bound === 0) typeBound = { eq: typeRef(r, scope, "type bound") };
      else if (bound === 1) typeBound = { subResource: true };
      else return r.fail(`unknown type bound 0x${hex(bound)}`, boundAt);
      return { kind: "type", bound: typeBound };
    }
    case 4:
      return { kind: "component", typeIndex: typeRef(r, scope, "component import/export type") };
    case 5:
      return { kind: "instance", typeIndex: typeRef(r, scope, "instance import/export type") };
    default:
      return r.fail(`unknown extern type 0x${hex(kind)}`, at);
  }
}
function readAlias(r, scope) {
  const at = r.offset;
  const sort = readSort(r);
  const formAt = r.offset;
  const form = r.u8("an alias form");
  switch (form) {
    case 0: {
      const instanceAt = r.offset;
      const instance = r.u32("(instance index)");
      scope.check(r, instanceAt, { component: "instance" }, instance, "alias export");
      return { kind: "export", sort, instance, name: r.name("an alias export name") };
    }
    case 1: {
      const instanceAt = r.offset;
      const instance = r.u32("(core instance index)");
      scope.check(r, instanceAt, { core: "instance" }, instance, "alias core export");
      return { kind: "core-export", sort, instance, name: r.name("an alias core export name") };
    }
    case 2: {
      const countAt = r.offset;
      const count = r.u32("(outer alias count)");
      const indexAt = r.offset;
      const index = r.u32("(outer alias index)");
      const target = scope.outer(r, countAt, count);
      target.check(r, indexAt, sort, index, `outer alias (${count} out)`);
      return { kind: "outer", sort, count, index };
    }
    default:
      return r.fail(`unknown alias form 0x${hex(form)} (at alias starting ${at})`, formAt);
  }
}
function readDeclarations(r, parent, kind) {
  const scope = Scope.nested(r, r.offset, kind, parent, recordTypeInfo);
  const decls = r.vec(
    kind === "component-type" ? "component type declarations" : "instance type declarations",
    () => readDeclaration(r, scope),
    kind === "component-type" ? LIMITS.componentTypeDeclarations : LIMITS.instanceTypeDeclarations
  );
  recordDeclarations(scope, decls);
  return decls;
}
function readDeclaration(r, scope) {
  const offset = r.offset;
  const code = r.u8("a declaration");
  switch (code) {
    case 0: {
      const type = readCoreType(r);
      scope.push({ core: "type" }, { via: "core-type", type }, offset);
      return { kind: "core-type", type, offset };
    }
    case 1: {
      const type = readDefType(r, scope);
      scope.push({ component: "type" }, { via: "type", type }, offset);
      return { kind: "type", type, offset };
    }
    case 2: {
      const alias = readAlias(r, scope);
      scope.push(alias.sort, { via: "alias", alias }, offset);
      return { kind: "alias", alias, offset };
    }
    case 3:
    case 4: {
      if (code === 3 && scope.kind !== "component-type")
        r.fail("an import declaration may only appear in a component type", offset);
      const name = readExternName(r);
      const type = readExternType(r, scope);
      scope.push(
        externSort(type),
        code === 3 ? { via: "import", name: name.name, type } : { via: "export", name: name.name, type },
        offset
      );
      return { kind: code === 3 ? "import" : "export", name, type, offset };
    }
    default:
      return r.fail(`unknown declaration opcode 0x${hex(code)}`, offset);
  }
}

// src/component/read/canon.ts
var shapes = {
  0: { kind: "lift", operands: ["coreFunc", "options", "type"] },
  1: { kind: "lower", operands: ["func", "options"] },
  2: { kind: "resource.new", operands: ["type"] },
  3: { kind: "resource.drop", operands: ["type"] },
  7: { kind: "resource.drop async", operands: ["type"] },
  4: { kind: "resource.rep", operands: ["type"] },
  36: { kind: "backpressure.inc", operands: [] },
  37: { kind: "backpressure.dec", operands: [] },
  8: { kind: "backpressure.set", operands: [] },
  9: { kind: "task.return", operands: ["resultList", "options"] },
  5: { kind: "task.cancel", operands: [] },
  10: { kind: "context.get", operands: ["coreValType", "u32"] },
  11: { kind: "context.set", operands: ["coreValType", "u32"] },
  6: { kind: "subtask.cancel", operands: ["flag"] },
  13: { kind: "subtask.drop", operands: [] },
  14: { kind: "stream.new", operands: ["type"] },
  15: { kind: "stream.read", operands: ["type", "options"] },
  16: { kind: "stream.write", operands: ["type", "options"] },
  17: { kind: "stream.cancel-read", operands: ["type", "flag"] },
  18: { kind: "stream.cancel-write", operands: ["type", "flag"] },
  19: { kind: "stream.drop-readable", operands: ["type"] },
  20: { kind: "stream.drop-writable", operands: ["type"] },
  21: { kind: "future.new", operands: ["type"] },
  22: { kind: "future.read", operands: ["type", "options"] },
  23: { kind: "future.write", operands: ["type", "options"] },
  24: { kind: "future.cancel-read", operands: ["type", "flag"] },
  25: { kind: "future.cancel-write", operands: ["type", "flag"] },
  26: { kind: "future.drop-readable", operands: ["type"] },
  27: { kind: "future.drop-writable", operands: ["type"] },
  28: { kind: "error-context.new", operands: ["options"] },
  29: { kind: "error-context.debug-message", operands: ["options"] },
  30: { kind: "error-context.drop", operands: [] },
  31: { kind: "waitable-set.new", operands: [] },
  32: { kind: "waitable-set.wait", operands: ["flag", "memory"] },
  33: { kind: "waitable-set.poll", operands: ["flag", "memory"] },
  34: { kind: "waitable-set.drop", operands: [] },
  35: { kind: "waitable.join", operands: [] },
  38: { kind: "thread.index", operands: [] },
  39: { kind: "thread.new-indirect", operands: ["coreType", "table"] },
  40: { kind: "thread.resume-later", operands: [] },
  41: { kind: "thread.suspend", operands: ["flag"] },
  12: { kind: "thread.yield", operands: ["flag"] },
  42: { kind: "thread.suspend-then-resume", operands: ["flag"] },
  43: { kind: "thread.yield-then-resume", operands: ["flag"] },
  44: { kind: "thread.suspend-then-promote", operands: ["flag"] },
  45: { kind: "thread.yield-then-promote", operands: ["flag"] },
  64: { kind: "thread.spawn-ref", operands: ["flag", "coreType"] },
  65: { kind: "thread.spawn-indirect", operands: ["flag", "coreType", "table"] },
  66: { kind: "thread.available-parallelism", operands: ["flag"] }
};
function canonOpcode(kind) {
  const entry = Object.entries(shapes).find(([, shape]) => shape.kind === kind);
  if (!entry) throw new Error(`internal: no canonical definition ${kind}`);
  return Number(entry[0]);
}
var referenceSorts = {
  coreFunc: { core: "func" },
  func: { component: "func" },
  type: { component: "type" },
  coreType: { core: "type" },
  table: { core: "table" },
  memory: { core: "memory" }
};
function readOptions(r, scope) {
  return r.vec(
    "canonical options",
    () => {
      const at = r.offset;
      const code = r.u8("a canonical option");
      const index = (sort, what) => {
        const indexAt = r.offset;
        const value = r.u32(`(${what} index)`);
        scope.check(r, indexAt, sort, value, `${what} option`);
        return value;
      };
      switch (code) {
        case 0:
          return { kind: "string-encoding", encoding: "utf8" };
        case 1:
          return { kind: "string-encoding", encoding: "utf16" };
        case 2:
          return { kind: "string-encoding", encoding: "latin1+utf16" };
        case 3:
          return { kind: "memory", index: index({ core: "memory" }, "memory") };
        case 4:
          return { kind: "realloc", index: index({ core: "func" }, "realloc") };
        case 5:
          return { kind: "post-return", index: index({ core: "func" }, "post-return") };
        case 6:
          return { kind: "async" };
        case 7:
          return { kind: "callback", index: index({ core: "func" }, "callback") };
        default:
          return r.fail(`unknown canonical option 0x${hex(code)}`, at);
      }
    },
    LIMITS.canonicalOptions
  );
}
function expectFuncSortByte(r, kind) {
  const at = r.offset;
  const sort = r.u8(`the func sort byte of canon ${kind}`);
  if (sort !== 0) r.fail(`expected 0x00 (func) after canon ${kind}, found 0x${hex(sort)}`, at);
}
function canonSort(canon) {
  return canon.kind === "lift" ? { component: "func" } : { core: "func" };
}
function readCanon(r, scope) {
  const at = r.offset;
  const opcode = r.u8("a canonical definition");
  const shape = shapes[opcode];
  if (!shape) r.fail(`unknown canonical definition opcode 0x${hex(opcode)}`, at);
  if (shape.kind === "lift" || shape.kind === "lower") expectFuncSortByte(r, shape.kind);
  const canon = { kind: shape.kind, opcode, operands: {}, options: [] };
  for (const operand of shape.operands) {
    const operandAt = r.offset;
    switch (operand) {
      case "options":
        canon.options = readOptions(r, scope);
        break;
      case "resultList": {
        const form = r.u8("a result list");
        if (form === 0) canon.result = readValType(r, scope);
        else if (form === 1 && r.u8("the 0x00 of an empty result list") === 0)
          canon.result = null;
        else r.fail("malformed result list in canon task.return", operandAt);
        break;
      }
      case "coreValType": {
        const type = readCoreValType(r);
        if (type !== "i32") r.fail(`canon ${shape.kind} supports only i32`, operandAt);
        break;
      }
      case "flag": {
        const flag = r.u8(`a flag of canon ${shape.kind}`);
        if (flag > 1)
          r.fail(`expected 0x00 or 0x01 in canon ${shape.kind}, found 0x${hex(flag)}`, operandAt);
        canon.operands[operand] = flag;
        break;
      }
      default: {
        const value = r.u32(`(${operand} operand of canon ${shape.kind})`);
        const sort = referenceSorts[operand];
        if (sort) scope.check(r, operandAt, sort, value, `canon ${shape.kind}`);
        canon.operands[operand] = value;
      }
    }
  }
  return canon;
}

// src/component/read/core-module.ts
var externKinds = ["func", "table", "memory", "global", "tag"];
function readCoreModule(bytes, start, end) {
  const r = new ByteReader(bytes, start, end);
  const magic = r.take(4, "the core module magic \\0asm");
  if (magic[0] !== 0 || magic[1] !== 97 || magic[2] !== 115 || magic[3] !== 109) {
    r.fail("an embedded core module does not start with the magic \\0asm", start);
  }
  const versionAt = r.offset;
  const version = r.take(4, "the core module version");
  if (version[0] !== 1 || version[1] !== 0 || version[2] !== 0 || version[3] !== 0) {
    r.fail(
      `an embedded core module has version ${[...version].map(hex).join(" ")}, expected 01 00 00 00`,
      versionAt
    );
  }
  const module = { start, end, imports: [], exports: [] };
  while (!r.atEnd) {
    const idAt = r.offset;
    const id = r.u8("a core section id");
    const size = r.u32("(core section size)");
    if (size > r.remaining) {
      r.fail(
        `core section ${id} declares ${size} bytes but only ${r.remaining} remain in the module`,
        idAt
      );
    }
    const body = new ByteReader(bytes, r.offset, r.offset + size);
    if (id === 2) {
      module.imports = body.vec(
        "core imports",
        () => {
          const moduleName = body.name("a core import module name");
          const name = body.name("a core import name");
          return { module: moduleName, name, kind: readCoreExternType(body).kind };
        },
        LIMITS.coreImports
      );
      body.expectEnd("the core import section");
    } else if (id === 7) {
      module.exports = body.vec(
        "core exports",
        () => {
          const name = body.name("a core export name");
          const kindAt = body.offset;
          const kind = externKinds[body.u8("a core export kind")];
          if (!kind) body.fail("unknown core export kind", kindAt);
          return { name, kind, index: body.u32("(core export index)") };
        },
        LIMITS.coreExports
      );
      body.expectEnd("the core export section");
    } else if (id > 13) {
      r.fail(`unknown core section id ${id}`, idAt);
    }
    r.offset += size;
  }
  return module;
}

// src/component/read/read-component.ts
var COMPONENT_VERSION = 13;
function sniffWasm(bytes) {
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 97 || bytes[2] !== 115 || bytes[3] !== 109) {
    return "not-wasm";
  }
  if (bytes[6] === 0 && bytes[7] === 0) return "core-module";
  if (bytes[4] === COMPONENT_VERSION && bytes[5] === 0 && bytes[6] === 1 && bytes[7] === 0)
    return "component";
  return "unknown-version";
}
function readComponent(bytes) {
  if (bytes.length === 0)
    throw new WasmDecodeError(0, "the input is empty, expected a WebAssembly component");
  const kind = sniffWasm(bytes);
  if (kind === "not-wasm") {
    if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 97 && bytes[2] === 115 && bytes[3] === 109) {
      throw new WasmDecodeError(
        bytes.length,
        `unexpected end of input: the ${bytes.length}-byte file ends inside the 8-byte WebAssembly preamble`
      );
    }
    throw new WasmDecodeError(0, "not a WebAssembly binary: expected the magic bytes \\0asm");
  }
  if (kind === "core-module") {
    throw new WasmDecodeError(
      4,
      "this is a core WebAssembly module, not a component: wrap it into a component first (for example `wasm-tools component new` with a WASI preview1 adapter)"
    );
  }
  if (kind === "unknown-version") {
    throw new WasmDecodeError(
      4,
      `unsupported component binary version ${[...bytes.subarray(4, 8)].map(hex).join(" ")}: this reader supports version 0d 00 with layer 01 00`
    );
  }
  return readComponentAt(bytes, 0, bytes.length, void 0);
}
function readComponentAt(bytes, start, end, parent) {
  const r = new ByteReader(bytes, start, end);
  const preambleAt = r.offset;
  const preamble = r.take(8, "the 8-byte component preamble");
  if (sniffWasm(preamble) !== "component") {
    r.fail(
      "a nested component does not start with a component preamble (\\0asm 0d 00 01 00)",
      preambleAt
    );
  }
  const component2 = {
    start,
    end,
    sections: [],
    imports: [],
    exports: [],
    types: [],
    coreTypes: [],
    aliases: [],
    canons: [],
    coreModules: [],
    coreInstances: [],
    instances: [],
    components: [],
    starts: [],
    customs: [],
    scope: Scope.nested(r, start, "component", parent, recordTypeInfo)
  };
  while (!r.atEnd) {
    const sectionStart = r.offset;
    const id = r.u8("a section id");
    const size = r.u32("(section size)");
    const payloadStart = r.offset;
    if (size > r.remaining) {
      r.fail(
        `section ${sectionName(id)} declares ${size} bytes but only ${r.remaining} remain`,
        sectionStart
      );
    }
    const payloadEnd = payloadStart + size;
    const span = { id, start: sectionStart, payloadStart, end: payloadEnd };
    component2.sections.push(span);
    readSection(new ByteReader(bytes, payloadStart, payloadEnd), id, component2, sectionStart);
    if (vectorSections.has(id)) span.count = new ByteReader(bytes, payloadStart, payloadEnd).u32();
    r.offset = payloadEnd;
  }
  return component2;
}
var vectorSections = /* @__PURE__ */ new Set([
  SectionId.coreInstance,
  SectionId.coreType,
  SectionId.instance,
  SectionId.alias,
  SectionId.type,
  SectionId.canon,
  SectionId.import,
  SectionId.export,
  SectionId.value
]);
var sectionNames = [
  "custom",
  "core module",
  "core instance",
  "core type",
  "component",
  "instance",
  "alias",
  "type",
  "canon",
  "start",
  "import",
  "export",
  "value"
];
function sectionName(id) {
  return sectionNames[id] ? `${id} (${sectionNames[id]})` : String(id);
}
function readSection(r, id, c, sectionStart) {
  const scope = c.scope;
  switch (id) {
    case SectionId.custom: {
      const name = r.name("a custom section name");
      c.customs.push({ name, start: r.offset, end: r.end });
      return;
    }
    case SectionId.coreModule: {
      const module = readCoreModule(r.bytes, r.offset, r.end);
      c.coreModules.push(module);
      scope.push({ core: "module" }, { via: "core-module", module }, sectionStart);
      return;
    }
    case SectionId.component: {
      const nested = readComponentAt(r.bytes, r.offset, r.end, scope);
      c.components.push(nested);
      scope.push({ component: "component" }, { via: "component", component: nested }, sectionStart);
      return;
    }
    case SectionId.coreInstance:
      r.vec("core instances", () => {
        const at = r.offset;
        const instance = readCoreInstance(r, scope);
        c.coreInstances.push(instance);
        scope.push({ core: "instance" }, { via: "core-instance", instance }, at);
      });
      break;
    case SectionId.coreType:
      r.vec("core types", () => {
        const at = r.offset;
        const type = readCoreType(r);
        c.coreTypes.push(type);
        scope.push({ core: "type" }, { via: "core-type", type }, at);
      });
      break;
    case SectionId.instance:
      r.vec("instances", () => {
        const at = r.offset;
        const instance = readInstance(r, scope);
        c.instances.push(instance);
        scope.push({ component: "instance" }, { via: "instance", instance }, at);
      });
      break;
    case SectionId.alias:
      r.vec("aliases", () => {
        const at = r.offset;
        const alias = readAlias(r, scope);
        c.aliases.push(alias);
        scope.push(alias.sort, { via: "alias", alias }, at);
      });
      break;
    case SectionId.type:
      r.vec("types", () => {
        const at = r.offset;
        const type = readDefType(r, scope);
        c.types.push(type);
        scope.push({ component: "type" }, { via: "type", type }, at);
      });
      break;
    case SectionId.canon:
      r.vec("canonical definitions", () => {
        const at = r.offset;
        const canon = readCanon(r, scope);
        c.canons.push(canon);
        scope.push(canonSort(canon), { via: "canon", canon }, at);
      });
      break;
    case SectionId.start: {
      const funcAt = r.offset;
      const func = r.u32("(start func index)");
      scope.check(r, funcAt, { component: "func" }, func, "start");
      const args = r.vec(
        "start arguments",
        () => {
          const at = r.offset;
          const value = r.u32("(start argument value index)");
          scope.check(r, at, { component: "value" }, value, "start argument");
          return value;
        },
        LIMITS.startArguments
      );
      const results = r.u32("(start result count)");
      c.starts.push({ func, args, results });
      for (let i = 0; i < results; i++)
        scope.push({ component: "value" }, { via: "start" }, sectionStart);
      break;
    }
    case SectionId.import:
      r.vec("imports", () => {
        const offset = r.offset;
        const name = readExternName(r);
        const type = readExternType(r, scope);
        c.imports.push({ name, type, offset });
        scope.push(externSort(type), { via: "import", name: name.name, type }, offset);
      });
      break;
    case SectionId.export:
      r.vec("exports", () => {
        const offset = r.offset;
        const name = readExternName(r);
        const item = readSortIndex(r, scope, "(exported index)", `export "${name.name}"`);
        const type = r.optional("an export type ascription", () => readExternType(r, scope));
        c.exports.push({ name, item, ...type ? { type } : {}, offset });
        scope.push(
          item.sort,
          { via: "export", name: name.name, item, ...type ? { type } : {} },
          offset
        );
      });
      break;
    case SectionId.value:
      r.vec("values", () => {
        const at = r.offset;
        readValType(r, scope);
        const length = r.u32("(value length)");
        r.take(length, "value bytes");
        scope.push({ component: "value" }, { via: "value" }, at);
      });
      break;
    default:
      r.fail(`unknown component section id ${id}`, sectionStart);
  }
  r.expectEnd(`section ${sectionName(id)}`);
}
function readCoreInstance(r, scope) {
  const at = r.offset;
  const form = r.u8("a core instance form");
  if (form === 0) {
    const moduleAt = r.offset;
    const module = r.u32("(core module index)");
    scope.check(r, moduleAt, { core: "module" }, module, "core instantiate");
    const args = r.vec(
      "core instantiate arguments",
      () => {
        const name = r.name("a core instantiate argument name");
        const sortAt = r.offset;
        const sort = r.u8("the instance sort (0x12)");
        if (sort !== 18)
          r.fail(
            `core instantiate arguments must be instances (0x12), found 0x${hex(sort)}`,
            sortAt
          );
        const instanceAt = r.offset;
        const instance = r.u32("(core instance index)");
        scope.check(
          r,
          instanceAt,
          { core: "instance" },
          instance,
          `core instantiate argument "${name}"`
        );
        return { name, instance };
      },
      LIMITS.instantiateArguments
    );
    return { kind: "instantiate", module, args };
  }
  if (form === 1) {
    const exports = r.vec(
      "core inline exports",
      () => {
        const name = r.name("a core inline export name");
        const sort = readCoreSort(r);
        const indexAt = r.offset;
        const index = r.u32("(core export index)");
        scope.check(r, indexAt, { core: sort }, index, `core inline export "${name}"`);
        return { name, sort, index };
      },
      LIMITS.inlineExports
    );
    return { kind: "exports", exports };
  }
  return r.fail(`unknown core instance form 0x${hex(form)}`, at);
}
function readInstance(r, scope) {
  const at = r.offset;
  const form = r.u8("an instance form");
  if (form === 0) {
    const componentAt = r.offset;
    const component2 = r.u32("(component index)");
    scope.check(r, componentAt, { component: "component" }, component2, "instantiate");
    const args = r.vec(
      "instantiate arguments",
      () => {
        const name = r.name("an instantiate argument name");
        const item = readSortIndex(r, scope, "(argument index)", `instantiate argument "${name}"`);
        return { name, item };
      },
      LIMITS.instantiateArguments
    );
    return { kind: "instantiate", component: component2, args };
  }
  if (form === 1) {
    const exports = r.vec(
      "inline exports",
      () => {
        const name = readExternName(r);
        return {
          name,
          item: readSortIndex(r, scope, "(export index)", `inline export "${name.name}"`)
        };
      },
      LIMITS.inlineExports
    );
    return { kind: "exports", exports };
  }
  return r.fail(`unknown instance form 0x${hex(form)}`, at);
}
function readSortIndex(r, scope, indexWhat, what) {
  const at = r.offset;
  const sort = readSort(r);
  const index = r.u32(indexWhat);
  scope.check(r, at, sort, index, what);
  return { sort, index };
}

// src/inspect/load-component.ts
var DEFAULT_MAX_COMPONENT_SIZE = 2 ** 31;
async function readRegularFile(path, maxSize) {
  const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await file.stat();
    if (info.isDirectory())
      throw new UserInputError(`'${path}' is a directory; give the path of a component .wasm file`);
    if (!info.isFile())
      throw new UserInputError(
        `'${path}' is not a regular file (a device, FIFO or socket); give the path of a component .wasm file`
      );
    if (info.size > maxSize)
      throw new UserInputError(
        `'${path}' is ${info.size} bytes, over the ${maxSize}-byte limit for a component; raise WASI_VIRT_MAX_COMPONENT_SIZE if it is really one`
      );
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await file.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled !== bytes.length)
      throw new UserInputError(`'${path}' changed while it was read; read it again`);
    return bytes;
  } finally {
    await file.close();
  }
}
function maxComponentSize(env) {
  const value = env.WASI_VIRT_MAX_COMPONENT_SIZE;
  return value ? parseByteSize("WASI_VIRT_MAX_COMPONENT_SIZE", value) : DEFAULT_MAX_COMPONENT_SIZE;
}
var UNREADABLE = new Map(
  Object.entries({
    ENOENT: "does not exist; check the component path",
    EACCES: "is not readable (permission denied); make it readable or copy it",
    EISDIR: "is a directory; give the path of a component .wasm file",
    ENOTDIR: "names a directory inside something that is not one; check the component path",
    ENAMETOOLONG: "is longer than the system allows; give a shorter path",
    ELOOP: "goes through too many symbolic links; give the real path"
  })
);
async function loadComponentFile(path, maxSize = maxComponentSize(process.env)) {
  let bytes;
  try {
    bytes = await readRegularFile(path, maxSize);
  } catch (error) {
    if (error instanceof UserInputError) throw error;
    const code = error.code;
    const why = code ? UNREADABLE.get(code) : void 0;
    throw new UserInputError(
      why ? `'${path}' ${why}` : `cannot read '${path}' (${code ?? error.message}); check the path and its permissions`
    );
  }
  return withSha256({ path, bytes, component: decodeComponent(path, bytes) }, bytes);
}
function decodeComponent(path, bytes) {
  let component2;
  try {
    component2 = readComponent(bytes);
  } catch (error) {
    if (error instanceof WasmDecodeError)
      throw new UserInputError(
        `'${path}' is not a valid component: ${escapeControl(error.message)}`
      );
    throw error;
  }
  checkNames(path, component2);
  return component2;
}
function checkNames(path, component2) {
  const described = describeComponent(component2);
  const members = (item) => [
    ...item.functions ?? [],
    ...item.resources ?? [],
    ...item.types ?? []
  ];
  const invalid = findInvalidName([
    ...component2.imports.map((imp, i) => ({
      what: "import",
      name: imp.name,
      members: members(described.imports[i] ?? {})
    })),
    ...component2.exports.map((exp, i) => ({
      what: "export",
      name: exp.name,
      members: members(described.exports[i] ?? {})
    }))
  ]);
  if (invalid)
    throw new UserInputError(
      `'${path}' is not a valid component: ${invalid.where} name '${escapeControl(invalid.name)}' is invalid: ${invalid.problem}`
    );
}

export {
  TYPE_SORT,
  FUNC_SORT,
  INSTANCE_SORT,
  SectionId,
  ByteReader,
  numericTypes,
  abstractHeapTypes,
  sortName,
  primitives,
  coreSortCodes,
  componentSortCodes,
  externSort,
  canonOpcode,
  readCoreModule,
  readComponent,
  definedInstanceExports,
  isComponentSort,
  parseInterfaceName,
  localTypes,
  definitionOf,
  isPlainValueType,
  describeComponent,
  resolveInstanceType,
  maxComponentSize,
  loadComponentFile
};
