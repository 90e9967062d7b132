#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ByteWriter,
  ComponentBuilder,
  compose,
  concatBytes,
  defineWrapType,
  regionOf,
  wrapFunctionName
} from "./cli-chunk-GTIARY7T.js";
import {
  patchFromFlags
} from "./cli-chunk-C74QAFCY.js";
import {
  checkImports,
  checkReportPath,
  emitReport,
  importRulesFrom,
  loadPolicyFile
} from "./cli-chunk-JBI3I7IX.js";
import {
  require_gt,
  writeFileAtomic
} from "./cli-chunk-XBEZ52VL.js";
import {
  DEFAULT_PASSIVE_CUTOFF,
  POLICY_OPTIONS,
  applyPatches,
  checkReport,
  denyAllPolicy,
  fixesTime,
  hasWritableTrees,
  httpRuleOf,
  instantOf,
  parseBoolean,
  patchFromTexts,
  putsFilesInAdapter,
  reachesHostFiles,
  reportFormats,
  restrictsHttp,
  restrictsSockets,
  seedsRandom,
  socketRuleOf,
  stdioStreams,
  subsystems
} from "./cli-chunk-TKD3IPQR.js";
import "./cli-chunk-YZRDJLEZ.js";
import {
  TOOL_NAME
} from "./cli-chunk-LFKXUR6K.js";
import {
  ByteReader,
  FUNC_SORT,
  INSTANCE_SORT,
  TYPE_SORT,
  describeComponent,
  loadComponentFile,
  maxComponentSize,
  readComponent,
  readCoreModule
} from "./cli-chunk-NM47T7QE.js";
import {
  UserInputError,
  withSha256
} from "./cli-chunk-3Y5FLEB3.js";
import {
  ExitCode
} from "./cli-chunk-OQZ2DEPI.js";
import "./cli-chunk-UKGU73DF.js";
import {
  escapeControl
} from "./cli-chunk-3NZDDQY7.js";
import {
  __toESM
} from "./cli-chunk-HWCCQPND.js";

// src/policy/policy-data.ts
var pathTables = [
  ["mounts", "mounts"],
  ["preopens", "preopens"],
  ["host-files", "hostFiles"]
];
function varsToData(vars2) {
  const table = {};
  if (vars2.mode === "all" || vars2.mode === "none") table.allow = vars2.mode === "all";
  else table[vars2.mode] = vars2.names;
  if (Object.keys(vars2.overrides).length > 0) table.set = vars2.overrides;
  return table;
}
function policyToData(policy) {
  const data = {};
  for (const subsystem of subsystems)
    data[`allow-${subsystem}`] = policy.access[subsystem] === "allow";
  if (policy.httpHosts && policy.access.http === "allow") data["allow-http"] = policy.httpHosts;
  if (policy.socketRules && policy.access.sockets === "allow")
    data["allow-sockets"] = policy.socketRules;
  for (const stream of stdioStreams) data[stream] = policy.stdio[stream];
  if (policy.hideTerminals) data["hide-terminals"] = true;
  if (policy.wasiVersion) data["wasi-version"] = policy.wasiVersion;
  if (policy.passiveCutoff !== void 0) data["passive-cutoff"] = policy.passiveCutoff;
  if (policy.debug) data.debug = true;
  if (policy.fixedTime !== void 0) data["fixed-time"] = policy.fixedTime;
  if (policy.randomSeed !== void 0)
    data["random-seed"] = Number.isSafeInteger(Number(policy.randomSeed)) ? Number(policy.randomSeed) : policy.randomSeed;
  data.env = {
    ...varsToData(policy.env),
    ...policy.args ? { args: policy.args } : {},
    ...policy.cwd !== void 0 ? { cwd: policy.cwd } : {}
  };
  data.config = varsToData(policy.config);
  if (policy.imports.allow.length > 0 || policy.imports.deny.length > 0)
    data.imports = { ...policy.imports };
  for (const [key, field] of pathTables) {
    if (policy[field].length > 0)
      data[key] = Object.fromEntries(policy[field].map((m) => [m.guest, m.host]));
  }
  if (policy.overlay !== void 0) data.overlay = policy.overlay;
  if (policy.writable.length > 0)
    data.writable = Object.fromEntries(policy.writable.map((w) => [w.guest, w.size]));
  return data;
}

// src/component/write/core-data.ts
var DATA_SECTION = 11;
var DATA_COUNT_SECTION = 12;
var CODE_SECTION = 10;
function coreSections(module) {
  const r = new ByteReader(module, 8);
  const sections = [];
  while (!r.atEnd) {
    const start = r.offset;
    const id = r.u8("a core section id");
    const size = r.u32("(core section size)");
    sections.push({ id, start, payloadStart: r.offset, end: r.offset + size });
    r.offset += size;
  }
  return sections;
}
var framed = (id, payload, length) => {
  if (payload instanceof ByteWriter) return [new ByteWriter().u8(id).sized(payload).toBytes()];
  return [new ByteWriter().u8(id).u32(length).toBytes(), ...payload];
};
var coreModuleSection = (module) => framed(
  1,
  module,
  module.reduce((n, chunk) => n + chunk.length, 0)
);
var PASSIVE_PLACEHOLDER = [1, 0];
function withoutPlaceholders(segments, count2) {
  const size = count2 * PASSIVE_PLACEHOLDER.length;
  const tail = segments.subarray(segments.length - size);
  if (size > segments.length || tail.some((b, i) => b !== PASSIVE_PLACEHOLDER[i % 2]))
    throw new Error(`the adapter module does not end with ${count2} passive placeholder segments`);
  return segments.subarray(0, segments.length - size);
}
function withDataSegments(module, segments, passive = []) {
  if (segments.length === 0 && passive.length === 0) return [module];
  const sections = coreSections(module);
  const data = sections.find((s) => s.id === DATA_SECTION);
  const oldCount = data ? new ByteReader(module, data.payloadStart, data.end).u32() : 0;
  const oldSegments = data ? (() => {
    const r = new ByteReader(module, data.payloadStart, data.end);
    r.u32();
    return withoutPlaceholders(module.subarray(r.offset, data.end), passive.length);
  })() : withoutPlaceholders(new Uint8Array(), passive.length);
  const payload = [
    new ByteWriter().u32(oldCount + segments.length).toBytes(),
    oldSegments
  ];
  for (const bytes of passive)
    payload.push(new ByteWriter().u8(1).u32(bytes.length).toBytes(), bytes);
  for (const { address, data: bytes } of segments) {
    payload.push(
      new ByteWriter().u8(0).u8(65).s33(address | 0).u8(11).u32(bytes.length).toBytes(),
      bytes
    );
  }
  const newData = framed(
    DATA_SECTION,
    payload,
    payload.reduce((n, c) => n + c.length, 0)
  );
  const chunks = [module.subarray(0, 8)];
  let placed = false;
  for (const section of sections) {
    if (section.id === DATA_COUNT_SECTION) {
      chunks.push(...framed(DATA_COUNT_SECTION, new ByteWriter().u32(oldCount + segments.length)));
      continue;
    }
    if (section.id === DATA_SECTION) {
      chunks.push(...newData);
      placed = true;
      continue;
    }
    chunks.push(module.subarray(section.start, section.end));
    if (!data && section.id === CODE_SECTION) {
      chunks.push(...newData);
      placed = true;
    }
  }
  if (!placed) chunks.push(...newData);
  return chunks;
}

// src/virt/adapter-module.ts
import { readFile } from "node:fs/promises";

// src/component/core/module-model.ts
var EXTERN_KINDS = ["func", "table", "memory", "global", "tag"];
function constantExpression(r) {
  const start = r.offset;
  const op = r.u8("a constant expression");
  if (op === 65) r.signedLeb(32, "an i32.const");
  else if (op === 66) r.signedLeb(64, "an i64.const");
  else if (op === 67) r.take(4, "an f32.const");
  else if (op === 68) r.take(8, "an f64.const");
  else if (op === 35) r.u32("a global index");
  else r.fail(`unsupported constant expression opcode 0x${op.toString(16)}`, start);
  if (r.u8("end of a constant expression") !== 11)
    r.fail("a constant expression holds more than one instruction", start);
  return r.bytes.subarray(start, r.offset);
}
function i32Constant(init) {
  const r = new ByteReader(init);
  if (r.u8() !== 65) r.fail("expected i32.const", 0);
  return r.signedLeb(32, "an i32.const");
}
function readTypes(r) {
  return r.vec("core types", () => {
    const at = r.offset;
    if (r.u8("a core type form") !== 96) r.fail("only function types are supported", at);
    const valueTypes = () => r.vec("value types", () => r.u8("a value type"));
    return { params: valueTypes(), results: valueTypes() };
  });
}
function readImports(r) {
  return r.vec("core imports", () => {
    const module = r.name("an import module name");
    const name = r.name("an import name");
    const kindAt = r.offset;
    const kind = EXTERN_KINDS[r.u8("an import kind")];
    const start = r.offset;
    let type;
    if (kind === "func") type = r.u32("a type index");
    else if (kind === "global") r.take(2, "a global type");
    else if (kind === "memory") readLimits(r);
    else if (kind === "table") {
      r.u8("a table element type");
      readLimits(r);
    } else r.fail(`unsupported import kind`, kindAt);
    return { module, name, kind, type, descriptor: r.bytes.subarray(start, r.offset) };
  });
}
function readLimits(r) {
  const at = r.offset;
  const flags = r.u8("limits flags");
  if (flags > 1) r.fail(`unsupported limits flags 0x${flags.toString(16)} (shared or 64-bit)`, at);
  const min = r.u32("a limits minimum");
  return flags === 1 ? { min, max: r.u32("a limits maximum") } : { min };
}
function readElements(r) {
  return r.vec("element segments", () => {
    const start = r.offset;
    const flags = r.u32("element segment flags");
    if (flags === 0) constantExpression(r);
    else if (flags === 2) {
      r.u32("a table index");
      constantExpression(r);
    }
    if (flags === 1 || flags === 2 || flags === 3) {
      if (r.u8("an element kind") !== 0) r.fail("unsupported element kind", r.offset - 1);
    } else if (flags !== 0) r.fail(`unsupported element segment flags ${flags}`, start);
    const head = r.bytes.subarray(start, r.offset);
    return { head, functions: r.vec("element functions", () => r.u32("a function index")) };
  });
}
var emptyModel = () => ({
  types: [],
  imports: [],
  functions: [],
  globals: [],
  exports: [],
  elements: [],
  code: [],
  data: { count: 0, segments: new Uint8Array() },
  dataCount: false
});
function readModuleModel(bytes) {
  const r = new ByteReader(bytes);
  const magic = r.take(8, "the core module preamble");
  if (magic.join() !== "0,97,115,109,1,0,0,0") r.fail("not a core wasm module (version 1)", 0);
  const model = emptyModel();
  while (!r.atEnd) {
    const idAt = r.offset;
    const id = r.u8("a section id");
    const size = r.u32("a section size");
    const s = new ByteReader(bytes, r.offset, r.offset + r.take(size, "a section").length);
    if (id === 1) model.types = readTypes(s);
    else if (id === 2) model.imports = readImports(s);
    else if (id === 3) model.functions = s.vec("functions", () => s.u32("a type index"));
    else if (id === 4) model.tables = s.take(s.remaining, "the table section");
    else if (id === 5) {
      const memories = s.vec("memories", () => readLimits(s));
      if (memories.length > 1) s.fail("more than one memory", idAt);
      model.memory = memories[0];
    } else if (id === 6)
      model.globals = s.vec("globals", () => ({
        type: s.take(2, "a global type"),
        init: constantExpression(s)
      }));
    else if (id === 7)
      model.exports = s.vec("exports", () => {
        const name = s.name("an export name");
        const kind = EXTERN_KINDS[s.u8("an export kind")];
        if (!kind) s.fail("unknown export kind", s.offset - 1);
        return { name, kind, index: s.u32("an export index") };
      });
    else if (id === 8) model.start = s.u32("the start function");
    else if (id === 9) model.elements = readElements(s);
    else if (id === 10)
      model.code = s.vec("function bodies", () => s.take(s.u32("a body size"), "a body"));
    else if (id === 11) {
      const count2 = s.u32("data segments");
      model.data = { count: count2, segments: s.take(s.remaining, "the data segments") };
    } else if (id === 12) {
      model.dataCount = true;
      s.u32("the data count");
    } else if (id !== 0) r.fail(`unsupported section id ${id}`, idAt);
    if (id !== 0) s.expectEnd(`section ${id}`);
  }
  if (model.code.length !== model.functions.length)
    r.fail("the code and function sections disagree on the number of functions", 0);
  return model;
}
var copyModel = (m) => ({
  ...m,
  types: m.types.map((t) => ({ params: [...t.params], results: [...t.results] })),
  imports: m.imports.map((i) => ({ ...i })),
  functions: [...m.functions],
  ...m.memory ? { memory: { ...m.memory } } : {},
  globals: m.globals.map((g) => ({ ...g })),
  exports: m.exports.map((e) => ({ ...e })),
  elements: m.elements.map((e) => ({ ...e, functions: [...e.functions] })),
  code: [...m.code],
  data: { ...m.data }
});
var importedFunctions = (m) => m.imports.filter((i) => i.kind === "func").length;
var importedGlobals = (m) => m.imports.filter((i) => i.kind === "global").length;
function functionType(m, index) {
  const imported = m.imports.filter((i) => i.kind === "func");
  const type = index < imported.length ? imported[index].type : m.functions[index - imported.length];
  const found = m.types[type];
  if (!found) throw new Error(`function ${index} has an unknown type ${type}`);
  return found;
}
function customSection(bytes, name) {
  const r = new ByteReader(bytes);
  r.take(8, "the core module preamble");
  while (!r.atEnd) {
    const id = r.u8("a section id");
    const size = r.u32("a section size");
    const end = r.offset + size;
    if (id === 0) {
      const s = new ByteReader(bytes, r.offset, end);
      if (s.name("a custom section name") === name) return s.take(s.remaining, name);
    }
    r.take(size, "a section");
  }
  return void 0;
}

// src/component/core/write-module.ts
function limits(w, l) {
  if (l.max === void 0) w.u8(0).u32(l.min);
  else w.u8(1).u32(l.min).u32(l.max);
}
function writeModuleModel(m) {
  const out = new ByteWriter().bytes([0, 97, 115, 109, 1, 0, 0, 0]);
  const section = (id, present, write) => {
    if (!present) return;
    const w = new ByteWriter();
    write(w);
    out.u8(id).sized(w);
  };
  section(
    1,
    m.types.length > 0,
    (w) => w.vec(m.types, (t) => {
      w.u8(96).vec(t.params, (v) => w.u8(v));
      w.vec(t.results, (v) => w.u8(v));
    })
  );
  section(
    2,
    m.imports.length > 0,
    (w) => w.vec(m.imports, (i) => {
      w.name(i.module).name(i.name).u8(EXTERN_KINDS.indexOf(i.kind));
      if (i.kind === "func") w.u32(i.type);
      else w.bytes(i.descriptor);
    })
  );
  section(3, m.functions.length > 0, (w) => w.vec(m.functions, (t) => w.u32(t)));
  section(4, m.tables !== void 0, (w) => w.bytes(m.tables));
  section(5, m.memory !== void 0, (w) => limits(w.u32(1), m.memory));
  section(6, m.globals.length > 0, (w) => w.vec(m.globals, (g) => w.bytes(g.type).bytes(g.init)));
  section(
    7,
    m.exports.length > 0,
    (w) => w.vec(m.exports, (e) => w.name(e.name).u8(EXTERN_KINDS.indexOf(e.kind)).u32(e.index))
  );
  section(8, m.start !== void 0, (w) => w.u32(m.start));
  section(
    9,
    m.elements.length > 0,
    (w) => w.vec(m.elements, (e) => w.bytes(e.head).vec(e.functions, (f) => w.u32(f)))
  );
  section(12, m.dataCount, (w) => w.u32(m.data.count));
  section(10, m.code.length > 0, (w) => w.vec(m.code, (body) => w.u32(body.length).bytes(body)));
  section(11, m.data.count > 0, (w) => w.u32(m.data.count).bytes(m.data.segments));
  return out.toBytes();
}

// src/virt/wasi-catalogue.generated.ts
var WASI_CATALOGUE = {
  "wasi:cli/environment": {
    types: [],
    functions: {
      "get-environment": "func() -> list<tuple<string, string>>",
      "get-arguments": "func() -> list<string>",
      "initial-cwd": "func() -> option<string>"
    }
  },
  "wasi:cli/exit": {
    types: [],
    functions: { exit: "func(status: result)", "exit-with-code": "func(status-code: u8)" },
    notes: { "exit-with-code": "since 0.2.12" }
  },
  "wasi:cli/run": { types: [], functions: { run: "func() -> result" } },
  "wasi:cli/stderr": {
    types: ["use wasi:io/streams@{version}.{output-stream};"],
    functions: { "get-stderr": "func() -> output-stream" },
    uses: ["wasi:io/streams"]
  },
  "wasi:cli/stdin": {
    types: ["use wasi:io/streams@{version}.{input-stream};"],
    functions: { "get-stdin": "func() -> input-stream" },
    uses: ["wasi:io/streams"]
  },
  "wasi:cli/stdout": {
    types: ["use wasi:io/streams@{version}.{output-stream};"],
    functions: { "get-stdout": "func() -> output-stream" },
    uses: ["wasi:io/streams"]
  },
  "wasi:cli/terminal-input": { types: ["resource terminal-input"], functions: {} },
  "wasi:cli/terminal-output": { types: ["resource terminal-output"], functions: {} },
  "wasi:cli/terminal-stderr": {
    types: ["use terminal-output.{terminal-output};"],
    functions: { "get-terminal-stderr": "func() -> option<terminal-output>" },
    uses: ["wasi:cli/terminal-output"]
  },
  "wasi:cli/terminal-stdin": {
    types: ["use terminal-input.{terminal-input};"],
    functions: { "get-terminal-stdin": "func() -> option<terminal-input>" },
    uses: ["wasi:cli/terminal-input"]
  },
  "wasi:cli/terminal-stdout": {
    types: ["use terminal-output.{terminal-output};"],
    functions: { "get-terminal-stdout": "func() -> option<terminal-output>" },
    uses: ["wasi:cli/terminal-output"]
  },
  "wasi:clocks/monotonic-clock": {
    types: [
      "use wasi:io/poll@{version}.{pollable};",
      "type instant = u64;",
      "type duration = u64;"
    ],
    functions: {
      now: "func() -> instant",
      resolution: "func() -> duration",
      "subscribe-instant": "func(when: instant) -> pollable",
      "subscribe-duration": "func(when: duration) -> pollable"
    },
    uses: ["wasi:io/poll"]
  },
  "wasi:clocks/timezone": {
    types: [
      "use wall-clock.{datetime};",
      "record timezone-display { utc-offset: s32, name: string, in-daylight-saving-time: bool }"
    ],
    functions: {
      display: "func(when: datetime) -> timezone-display",
      "utc-offset": "func(when: datetime) -> s32"
    },
    uses: ["wasi:clocks/wall-clock"],
    stability: "unstable clocks-timezone",
    notes: {
      datetime: "unstable clocks-timezone",
      "timezone-display": "unstable clocks-timezone",
      display: "unstable clocks-timezone",
      "utc-offset": "unstable clocks-timezone"
    }
  },
  "wasi:clocks/wall-clock": {
    types: ["record datetime { seconds: u64, nanoseconds: u32 }"],
    functions: { now: "func() -> datetime", resolution: "func() -> datetime" }
  },
  "wasi:config/store": {
    types: ["variant error { upstream(string), io(string) }"],
    functions: {
      get: "func(key: string) -> result<option<string>, error>",
      "get-all": "func() -> result<list<tuple<string, string>>, error>"
    }
  },
  "wasi:filesystem/preopens": {
    types: ["use types.{descriptor};"],
    functions: { "get-directories": "func() -> list<tuple<descriptor, string>>" },
    uses: ["wasi:filesystem/types"]
  },
  "wasi:filesystem/types": {
    types: [
      "use wasi:io/streams@{version}.{input-stream, output-stream, error};",
      "use wasi:clocks/wall-clock@{version}.{datetime};",
      "type filesize = u64;",
      "enum descriptor-type { unknown, block-device, character-device, directory, fifo, symbolic-link, regular-file, socket }",
      "flags descriptor-flags { read, write, file-integrity-sync, data-integrity-sync, requested-write-sync, mutate-directory }",
      "flags path-flags { symlink-follow }",
      "flags open-flags { create, directory, exclusive, truncate }",
      "type link-count = u64;",
      "record descriptor-stat { %type: descriptor-type, link-count: link-count, size: filesize, data-access-timestamp: option<datetime>, data-modification-timestamp: option<datetime>, status-change-timestamp: option<datetime> }",
      "variant new-timestamp { no-change, now, timestamp(datetime) }",
      "record directory-entry { %type: descriptor-type, name: string }",
      "enum error-code { access, would-block, already, bad-descriptor, busy, deadlock, quota, exist, file-too-large, illegal-byte-sequence, in-progress, interrupted, invalid, io, is-directory, loop, too-many-links, message-size, name-too-long, no-device, no-entry, no-lock, insufficient-memory, insufficient-space, not-directory, not-empty, not-recoverable, unsupported, no-tty, no-such-device, overflow, not-permitted, pipe, read-only, invalid-seek, text-file-busy, cross-device }",
      "enum advice { normal, sequential, random, will-need, dont-need, no-reuse }",
      "record metadata-hash-value { lower: u64, upper: u64 }",
      "resource descriptor",
      "resource directory-entry-stream"
    ],
    functions: {
      "[method]descriptor.read-via-stream": "func(offset: filesize) -> result<input-stream, error-code>",
      "[method]descriptor.write-via-stream": "func(offset: filesize) -> result<output-stream, error-code>",
      "[method]descriptor.append-via-stream": "func() -> result<output-stream, error-code>",
      "[method]descriptor.advise": "func(offset: filesize, length: filesize, advice: advice) -> result<_, error-code>",
      "[method]descriptor.sync-data": "func() -> result<_, error-code>",
      "[method]descriptor.get-flags": "func() -> result<descriptor-flags, error-code>",
      "[method]descriptor.get-type": "func() -> result<descriptor-type, error-code>",
      "[method]descriptor.set-size": "func(size: filesize) -> result<_, error-code>",
      "[method]descriptor.set-times": "func(data-access-timestamp: new-timestamp, data-modification-timestamp: new-timestamp) -> result<_, error-code>",
      "[method]descriptor.read": "func(length: filesize, offset: filesize) -> result<tuple<list<u8>, bool>, error-code>",
      "[method]descriptor.write": "func(buffer: list<u8>, offset: filesize) -> result<filesize, error-code>",
      "[method]descriptor.read-directory": "func() -> result<directory-entry-stream, error-code>",
      "[method]descriptor.sync": "func() -> result<_, error-code>",
      "[method]descriptor.create-directory-at": "func(path: string) -> result<_, error-code>",
      "[method]descriptor.stat": "func() -> result<descriptor-stat, error-code>",
      "[method]descriptor.stat-at": "func(path-flags: path-flags, path: string) -> result<descriptor-stat, error-code>",
      "[method]descriptor.set-times-at": "func(path-flags: path-flags, path: string, data-access-timestamp: new-timestamp, data-modification-timestamp: new-timestamp) -> result<_, error-code>",
      "[method]descriptor.link-at": "func(old-path-flags: path-flags, old-path: string, new-descriptor: borrow<descriptor>, new-path: string) -> result<_, error-code>",
      "[method]descriptor.open-at": "func(path-flags: path-flags, path: string, open-flags: open-flags, %flags: descriptor-flags) -> result<descriptor, error-code>",
      "[method]descriptor.readlink-at": "func(path: string) -> result<string, error-code>",
      "[method]descriptor.remove-directory-at": "func(path: string) -> result<_, error-code>",
      "[method]descriptor.rename-at": "func(old-path: string, new-descriptor: borrow<descriptor>, new-path: string) -> result<_, error-code>",
      "[method]descriptor.symlink-at": "func(old-path: string, new-path: string) -> result<_, error-code>",
      "[method]descriptor.unlink-file-at": "func(path: string) -> result<_, error-code>",
      "[method]descriptor.is-same-object": "func(other: borrow<descriptor>) -> bool",
      "[method]descriptor.metadata-hash": "func() -> result<metadata-hash-value, error-code>",
      "[method]descriptor.metadata-hash-at": "func(path-flags: path-flags, path: string) -> result<metadata-hash-value, error-code>",
      "[method]directory-entry-stream.read-directory-entry": "func() -> result<option<directory-entry>, error-code>",
      "filesystem-error-code": "func(err: borrow<error>) -> option<error-code>"
    },
    uses: ["wasi:io/streams", "wasi:clocks/wall-clock"]
  },
  "wasi:http/incoming-handler": {
    types: ["use types.{incoming-request, response-outparam};"],
    functions: { handle: "func(request: incoming-request, response-out: response-outparam)" },
    uses: ["wasi:http/types"]
  },
  "wasi:http/outgoing-handler": {
    types: ["use types.{outgoing-request, request-options, future-incoming-response, error-code};"],
    functions: {
      handle: "func(request: outgoing-request, options: option<request-options>) -> result<future-incoming-response, error-code>"
    },
    uses: ["wasi:http/types"]
  },
  "wasi:http/types": {
    types: [
      "use wasi:clocks/monotonic-clock@{version}.{duration};",
      "use wasi:io/streams@{version}.{input-stream, output-stream};",
      "use wasi:io/error@{version}.{error as io-error};",
      "use wasi:io/poll@{version}.{pollable};",
      "variant method { get, head, post, put, delete, connect, options, trace, patch, other(string) }",
      "variant scheme { HTTP, HTTPS, other(string) }",
      "record DNS-error-payload { rcode: option<string>, info-code: option<u16> }",
      "record TLS-alert-received-payload { alert-id: option<u8>, alert-message: option<string> }",
      "record field-size-payload { field-name: option<string>, field-size: option<u32> }",
      "variant error-code { DNS-timeout, DNS-error(DNS-error-payload), destination-not-found, destination-unavailable, destination-IP-prohibited, destination-IP-unroutable, connection-refused, connection-terminated, connection-timeout, connection-read-timeout, connection-write-timeout, connection-limit-reached, TLS-protocol-error, TLS-certificate-error, TLS-alert-received(TLS-alert-received-payload), HTTP-request-denied, HTTP-request-length-required, HTTP-request-body-size(option<u64>), HTTP-request-method-invalid, HTTP-request-URI-invalid, HTTP-request-URI-too-long, HTTP-request-header-section-size(option<u32>), HTTP-request-header-size(option<field-size-payload>), HTTP-request-trailer-section-size(option<u32>), HTTP-request-trailer-size(field-size-payload), HTTP-response-incomplete, HTTP-response-header-section-size(option<u32>), HTTP-response-header-size(field-size-payload), HTTP-response-body-size(option<u64>), HTTP-response-trailer-section-size(option<u32>), HTTP-response-trailer-size(field-size-payload), HTTP-response-transfer-coding(option<string>), HTTP-response-content-coding(option<string>), HTTP-response-timeout, HTTP-upgrade-failed, HTTP-protocol-error, loop-detected, configuration-error, internal-error(option<string>) }",
      "variant header-error { invalid-syntax, forbidden, immutable }",
      "type field-key = string;",
      "type field-name = field-key;",
      "type field-value = list<u8>;",
      "resource fields",
      "type headers = fields;",
      "type trailers = fields;",
      "resource incoming-request",
      "resource outgoing-request",
      "resource request-options",
      "resource response-outparam",
      "type status-code = u16;",
      "resource incoming-response",
      "resource incoming-body",
      "resource future-trailers",
      "resource outgoing-response",
      "resource outgoing-body",
      "resource future-incoming-response"
    ],
    functions: {
      "http-error-code": "func(err: borrow<io-error>) -> option<error-code>",
      "[constructor]fields": "func()",
      "[static]fields.from-list": "func(entries: list<tuple<field-name, field-value>>) -> result<fields, header-error>",
      "[method]fields.get": "func(name: field-name) -> list<field-value>",
      "[method]fields.has": "func(name: field-name) -> bool",
      "[method]fields.set": "func(name: field-name, value: list<field-value>) -> result<_, header-error>",
      "[method]fields.delete": "func(name: field-name) -> result<_, header-error>",
      "[method]fields.append": "func(name: field-name, value: field-value) -> result<_, header-error>",
      "[method]fields.entries": "func() -> list<tuple<field-name, field-value>>",
      "[method]fields.clone": "func() -> fields",
      "[method]incoming-request.method": "func() -> method",
      "[method]incoming-request.path-with-query": "func() -> option<string>",
      "[method]incoming-request.scheme": "func() -> option<scheme>",
      "[method]incoming-request.authority": "func() -> option<string>",
      "[method]incoming-request.headers": "func() -> headers",
      "[method]incoming-request.consume": "func() -> result<incoming-body>",
      "[constructor]outgoing-request": "func(headers: headers)",
      "[method]outgoing-request.body": "func() -> result<outgoing-body>",
      "[method]outgoing-request.method": "func() -> method",
      "[method]outgoing-request.set-method": "func(method: method) -> result",
      "[method]outgoing-request.path-with-query": "func() -> option<string>",
      "[method]outgoing-request.set-path-with-query": "func(path-with-query: option<string>) -> result",
      "[method]outgoing-request.scheme": "func() -> option<scheme>",
      "[method]outgoing-request.set-scheme": "func(scheme: option<scheme>) -> result",
      "[method]outgoing-request.authority": "func() -> option<string>",
      "[method]outgoing-request.set-authority": "func(authority: option<string>) -> result",
      "[method]outgoing-request.headers": "func() -> headers",
      "[constructor]request-options": "func()",
      "[method]request-options.connect-timeout": "func() -> option<duration>",
      "[method]request-options.set-connect-timeout": "func(duration: option<duration>) -> result",
      "[method]request-options.first-byte-timeout": "func() -> option<duration>",
      "[method]request-options.set-first-byte-timeout": "func(duration: option<duration>) -> result",
      "[method]request-options.between-bytes-timeout": "func() -> option<duration>",
      "[method]request-options.set-between-bytes-timeout": "func(duration: option<duration>) -> result",
      "[method]response-outparam.send-informational": "func(status: u16, headers: headers) -> result<_, error-code>",
      "[static]response-outparam.set": "func(param: response-outparam, response: result<outgoing-response, error-code>)",
      "[method]incoming-response.status": "func() -> status-code",
      "[method]incoming-response.headers": "func() -> headers",
      "[method]incoming-response.consume": "func() -> result<incoming-body>",
      "[method]incoming-body.stream": "func() -> result<input-stream>",
      "[static]incoming-body.finish": "func(this: incoming-body) -> future-trailers",
      "[method]future-trailers.subscribe": "func() -> pollable",
      "[method]future-trailers.get": "func() -> option<result<result<option<trailers>, error-code>>>",
      "[constructor]outgoing-response": "func(headers: headers)",
      "[method]outgoing-response.status-code": "func() -> status-code",
      "[method]outgoing-response.set-status-code": "func(status-code: status-code) -> result",
      "[method]outgoing-response.headers": "func() -> headers",
      "[method]outgoing-response.body": "func() -> result<outgoing-body>",
      "[method]outgoing-body.write": "func() -> result<output-stream>",
      "[static]outgoing-body.finish": "func(this: outgoing-body, trailers: option<trailers>) -> result<_, error-code>",
      "[method]future-incoming-response.subscribe": "func() -> pollable",
      "[method]future-incoming-response.get": "func() -> option<result<result<incoming-response, error-code>>>"
    },
    uses: ["wasi:clocks/monotonic-clock", "wasi:io/streams", "wasi:io/error", "wasi:io/poll"],
    notes: {
      "field-name": "since 0.2.1",
      "[method]response-outparam.send-informational": "unstable informational-outbound-responses"
    }
  },
  "wasi:io/error": {
    types: ["resource error"],
    functions: { "[method]error.to-debug-string": "func() -> string" }
  },
  "wasi:io/poll": {
    types: ["resource pollable"],
    functions: {
      "[method]pollable.ready": "func() -> bool",
      "[method]pollable.block": "func()",
      poll: "func(in: list<borrow<pollable>>) -> list<u32>"
    }
  },
  "wasi:io/streams": {
    types: [
      "use error.{error};",
      "use poll.{pollable};",
      "variant stream-error { last-operation-failed(error), closed }",
      "resource input-stream",
      "resource output-stream"
    ],
    functions: {
      "[method]input-stream.read": "func(len: u64) -> result<list<u8>, stream-error>",
      "[method]input-stream.blocking-read": "func(len: u64) -> result<list<u8>, stream-error>",
      "[method]input-stream.skip": "func(len: u64) -> result<u64, stream-error>",
      "[method]input-stream.blocking-skip": "func(len: u64) -> result<u64, stream-error>",
      "[method]input-stream.subscribe": "func() -> pollable",
      "[method]output-stream.check-write": "func() -> result<u64, stream-error>",
      "[method]output-stream.write": "func(contents: list<u8>) -> result<_, stream-error>",
      "[method]output-stream.blocking-write-and-flush": "func(contents: list<u8>) -> result<_, stream-error>",
      "[method]output-stream.flush": "func() -> result<_, stream-error>",
      "[method]output-stream.blocking-flush": "func() -> result<_, stream-error>",
      "[method]output-stream.subscribe": "func() -> pollable",
      "[method]output-stream.write-zeroes": "func(len: u64) -> result<_, stream-error>",
      "[method]output-stream.blocking-write-zeroes-and-flush": "func(len: u64) -> result<_, stream-error>",
      "[method]output-stream.splice": "func(src: borrow<input-stream>, len: u64) -> result<u64, stream-error>",
      "[method]output-stream.blocking-splice": "func(src: borrow<input-stream>, len: u64) -> result<u64, stream-error>"
    },
    uses: ["wasi:io/error", "wasi:io/poll"]
  },
  "wasi:random/insecure": {
    types: [],
    functions: {
      "get-insecure-random-bytes": "func(len: u64) -> list<u8>",
      "get-insecure-random-u64": "func() -> u64"
    }
  },
  "wasi:random/insecure-seed": {
    types: [],
    functions: { "insecure-seed": "func() -> tuple<u64, u64>" }
  },
  "wasi:random/random": {
    types: [],
    functions: {
      "get-random-bytes": "func(len: u64) -> list<u8>",
      "get-random-u64": "func() -> u64"
    }
  },
  "wasi:sockets/instance-network": {
    types: ["use network.{network};"],
    functions: { "instance-network": "func() -> network" },
    uses: ["wasi:sockets/network"]
  },
  "wasi:sockets/ip-name-lookup": {
    types: [
      "use wasi:io/poll@{version}.{pollable};",
      "use network.{network, error-code, ip-address};",
      "resource resolve-address-stream"
    ],
    functions: {
      "resolve-addresses": "func(network: borrow<network>, name: string) -> result<resolve-address-stream, error-code>",
      "[method]resolve-address-stream.resolve-next-address": "func() -> result<option<ip-address>, error-code>",
      "[method]resolve-address-stream.subscribe": "func() -> pollable"
    },
    uses: ["wasi:io/poll", "wasi:sockets/network"]
  },
  "wasi:sockets/network": {
    types: [
      "use wasi:io/error@{version}.{error};",
      "resource network",
      "enum error-code { unknown, access-denied, not-supported, invalid-argument, out-of-memory, timeout, concurrency-conflict, not-in-progress, would-block, invalid-state, new-socket-limit, address-not-bindable, address-in-use, remote-unreachable, connection-refused, connection-reset, connection-aborted, datagram-too-large, name-unresolvable, temporary-resolver-failure, permanent-resolver-failure }",
      "enum ip-address-family { ipv4, ipv6 }",
      "type ipv4-address = tuple<u8, u8, u8, u8>;",
      "type ipv6-address = tuple<u16, u16, u16, u16, u16, u16, u16, u16>;",
      "variant ip-address { ipv4(ipv4-address), ipv6(ipv6-address) }",
      "record ipv4-socket-address { port: u16, address: ipv4-address }",
      "record ipv6-socket-address { port: u16, flow-info: u32, address: ipv6-address, scope-id: u32 }",
      "variant ip-socket-address { ipv4(ipv4-socket-address), ipv6(ipv6-socket-address) }"
    ],
    functions: { "network-error-code": "func(err: borrow<error>) -> option<error-code>" },
    uses: ["wasi:io/error"],
    notes: {
      error: "unstable network-error-code",
      "network-error-code": "unstable network-error-code"
    }
  },
  "wasi:sockets/tcp": {
    types: [
      "use wasi:io/streams@{version}.{input-stream, output-stream};",
      "use wasi:io/poll@{version}.{pollable};",
      "use wasi:clocks/monotonic-clock@{version}.{duration};",
      "use network.{network, error-code, ip-socket-address, ip-address-family};",
      "enum shutdown-type { receive, send, both }",
      "resource tcp-socket"
    ],
    functions: {
      "[method]tcp-socket.start-bind": "func(network: borrow<network>, local-address: ip-socket-address) -> result<_, error-code>",
      "[method]tcp-socket.finish-bind": "func() -> result<_, error-code>",
      "[method]tcp-socket.start-connect": "func(network: borrow<network>, remote-address: ip-socket-address) -> result<_, error-code>",
      "[method]tcp-socket.finish-connect": "func() -> result<tuple<input-stream, output-stream>, error-code>",
      "[method]tcp-socket.start-listen": "func() -> result<_, error-code>",
      "[method]tcp-socket.finish-listen": "func() -> result<_, error-code>",
      "[method]tcp-socket.accept": "func() -> result<tuple<tcp-socket, input-stream, output-stream>, error-code>",
      "[method]tcp-socket.local-address": "func() -> result<ip-socket-address, error-code>",
      "[method]tcp-socket.remote-address": "func() -> result<ip-socket-address, error-code>",
      "[method]tcp-socket.is-listening": "func() -> bool",
      "[method]tcp-socket.address-family": "func() -> ip-address-family",
      "[method]tcp-socket.set-listen-backlog-size": "func(value: u64) -> result<_, error-code>",
      "[method]tcp-socket.keep-alive-enabled": "func() -> result<bool, error-code>",
      "[method]tcp-socket.set-keep-alive-enabled": "func(value: bool) -> result<_, error-code>",
      "[method]tcp-socket.keep-alive-idle-time": "func() -> result<duration, error-code>",
      "[method]tcp-socket.set-keep-alive-idle-time": "func(value: duration) -> result<_, error-code>",
      "[method]tcp-socket.keep-alive-interval": "func() -> result<duration, error-code>",
      "[method]tcp-socket.set-keep-alive-interval": "func(value: duration) -> result<_, error-code>",
      "[method]tcp-socket.keep-alive-count": "func() -> result<u32, error-code>",
      "[method]tcp-socket.set-keep-alive-count": "func(value: u32) -> result<_, error-code>",
      "[method]tcp-socket.hop-limit": "func() -> result<u8, error-code>",
      "[method]tcp-socket.set-hop-limit": "func(value: u8) -> result<_, error-code>",
      "[method]tcp-socket.receive-buffer-size": "func() -> result<u64, error-code>",
      "[method]tcp-socket.set-receive-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[method]tcp-socket.send-buffer-size": "func() -> result<u64, error-code>",
      "[method]tcp-socket.set-send-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[method]tcp-socket.subscribe": "func() -> pollable",
      "[method]tcp-socket.shutdown": "func(shutdown-type: shutdown-type) -> result<_, error-code>"
    },
    uses: [
      "wasi:io/streams",
      "wasi:io/poll",
      "wasi:clocks/monotonic-clock",
      "wasi:sockets/network"
    ]
  },
  "wasi:sockets/tcp-create-socket": {
    types: ["use network.{network, error-code, ip-address-family};", "use tcp.{tcp-socket};"],
    functions: {
      "create-tcp-socket": "func(address-family: ip-address-family) -> result<tcp-socket, error-code>"
    },
    uses: ["wasi:sockets/network", "wasi:sockets/tcp"]
  },
  "wasi:sockets/udp": {
    types: [
      "use wasi:io/poll@{version}.{pollable};",
      "use network.{network, error-code, ip-socket-address, ip-address-family};",
      "record incoming-datagram { data: list<u8>, remote-address: ip-socket-address }",
      "record outgoing-datagram { data: list<u8>, remote-address: option<ip-socket-address> }",
      "resource udp-socket",
      "resource incoming-datagram-stream",
      "resource outgoing-datagram-stream"
    ],
    functions: {
      "[method]udp-socket.start-bind": "func(network: borrow<network>, local-address: ip-socket-address) -> result<_, error-code>",
      "[method]udp-socket.finish-bind": "func() -> result<_, error-code>",
      "[method]udp-socket.stream": "func(remote-address: option<ip-socket-address>) -> result<tuple<incoming-datagram-stream, outgoing-datagram-stream>, error-code>",
      "[method]udp-socket.local-address": "func() -> result<ip-socket-address, error-code>",
      "[method]udp-socket.remote-address": "func() -> result<ip-socket-address, error-code>",
      "[method]udp-socket.address-family": "func() -> ip-address-family",
      "[method]udp-socket.unicast-hop-limit": "func() -> result<u8, error-code>",
      "[method]udp-socket.set-unicast-hop-limit": "func(value: u8) -> result<_, error-code>",
      "[method]udp-socket.receive-buffer-size": "func() -> result<u64, error-code>",
      "[method]udp-socket.set-receive-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[method]udp-socket.send-buffer-size": "func() -> result<u64, error-code>",
      "[method]udp-socket.set-send-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[method]udp-socket.subscribe": "func() -> pollable",
      "[method]incoming-datagram-stream.receive": "func(max-results: u64) -> result<list<incoming-datagram>, error-code>",
      "[method]incoming-datagram-stream.subscribe": "func() -> pollable",
      "[method]outgoing-datagram-stream.check-send": "func() -> result<u64, error-code>",
      "[method]outgoing-datagram-stream.send": "func(datagrams: list<outgoing-datagram>) -> result<u64, error-code>",
      "[method]outgoing-datagram-stream.subscribe": "func() -> pollable"
    },
    uses: ["wasi:io/poll", "wasi:sockets/network"]
  },
  "wasi:sockets/udp-create-socket": {
    types: ["use network.{network, error-code, ip-address-family};", "use udp.{udp-socket};"],
    functions: {
      "create-udp-socket": "func(address-family: ip-address-family) -> result<udp-socket, error-code>"
    },
    uses: ["wasi:sockets/network", "wasi:sockets/udp"]
  }
};
var WASI_P3_CATALOGUE = {
  "wasi:cli/environment": {
    types: [],
    functions: {
      "get-environment": "func() -> list<tuple<string, string>>",
      "get-arguments": "func() -> list<string>",
      "get-initial-cwd": "func() -> option<string>"
    }
  },
  "wasi:cli/exit": {
    types: [],
    functions: { exit: "func(status: result)", "exit-with-code": "func(status-code: u8)" }
  },
  "wasi:cli/run": { types: [], functions: { run: "async func() -> result" } },
  "wasi:cli/stderr": {
    types: ["use types.{error-code};"],
    functions: { "write-via-stream": "func(data: stream<u8>) -> future<result<_, error-code>>" },
    uses: ["wasi:cli/types"]
  },
  "wasi:cli/stdin": {
    types: ["use types.{error-code};"],
    functions: { "read-via-stream": "func() -> tuple<stream<u8>, future<result<_, error-code>>>" },
    uses: ["wasi:cli/types"]
  },
  "wasi:cli/stdout": {
    types: ["use types.{error-code};"],
    functions: { "write-via-stream": "func(data: stream<u8>) -> future<result<_, error-code>>" },
    uses: ["wasi:cli/types"]
  },
  "wasi:cli/terminal-input": { types: ["resource terminal-input"], functions: {} },
  "wasi:cli/terminal-output": { types: ["resource terminal-output"], functions: {} },
  "wasi:cli/terminal-stderr": {
    types: ["use terminal-output.{terminal-output};"],
    functions: { "get-terminal-stderr": "func() -> option<terminal-output>" },
    uses: ["wasi:cli/terminal-output"]
  },
  "wasi:cli/terminal-stdin": {
    types: ["use terminal-input.{terminal-input};"],
    functions: { "get-terminal-stdin": "func() -> option<terminal-input>" },
    uses: ["wasi:cli/terminal-input"]
  },
  "wasi:cli/terminal-stdout": {
    types: ["use terminal-output.{terminal-output};"],
    functions: { "get-terminal-stdout": "func() -> option<terminal-output>" },
    uses: ["wasi:cli/terminal-output"]
  },
  "wasi:cli/types": {
    types: ["enum error-code { io, illegal-byte-sequence, pipe }"],
    functions: {}
  },
  "wasi:clocks/monotonic-clock": {
    types: ["use types.{duration};", "type mark = u64;"],
    functions: {
      now: "func() -> mark",
      "get-resolution": "func() -> duration",
      "wait-until": "async func(when: mark)",
      "wait-for": "async func(how-long: duration)"
    },
    uses: ["wasi:clocks/types"]
  },
  "wasi:clocks/system-clock": {
    types: ["use types.{duration};", "record instant { seconds: s64, nanoseconds: u32 }"],
    functions: { now: "func() -> instant", "get-resolution": "func() -> duration" },
    uses: ["wasi:clocks/types"]
  },
  "wasi:clocks/timezone": {
    types: ["use system-clock.{instant};"],
    functions: {
      "iana-id": "func() -> option<string>",
      "utc-offset": "func(when: instant) -> option<s64>",
      "to-debug-string": "func() -> string"
    },
    uses: ["wasi:clocks/system-clock"],
    stability: "unstable clocks-timezone",
    notes: {
      instant: "unstable clocks-timezone",
      "iana-id": "unstable clocks-timezone",
      "utc-offset": "unstable clocks-timezone",
      "to-debug-string": "unstable clocks-timezone"
    }
  },
  "wasi:clocks/types": { types: ["type duration = u64;"], functions: {} },
  "wasi:filesystem/preopens": {
    types: ["use types.{descriptor};"],
    functions: { "get-directories": "func() -> list<tuple<descriptor, string>>" },
    uses: ["wasi:filesystem/types"]
  },
  "wasi:filesystem/types": {
    types: [
      "use wasi:clocks/system-clock@{version}.{instant};",
      "type filesize = u64;",
      "variant descriptor-type { block-device, character-device, directory, fifo, symbolic-link, regular-file, socket, other(option<string>) }",
      "flags descriptor-flags { read, write, file-integrity-sync, data-integrity-sync, requested-write-sync, mutate-directory }",
      "flags path-flags { symlink-follow }",
      "flags open-flags { create, directory, exclusive, truncate }",
      "type link-count = u64;",
      "record descriptor-stat { %type: descriptor-type, link-count: link-count, size: filesize, data-access-timestamp: option<instant>, data-modification-timestamp: option<instant>, status-change-timestamp: option<instant> }",
      "variant new-timestamp { no-change, now, timestamp(instant) }",
      "record directory-entry { %type: descriptor-type, name: string }",
      "variant error-code { access, already, bad-descriptor, busy, deadlock, quota, exist, file-too-large, illegal-byte-sequence, in-progress, interrupted, invalid, io, is-directory, loop, too-many-links, message-size, name-too-long, no-device, no-entry, no-lock, insufficient-memory, insufficient-space, not-directory, not-empty, not-recoverable, unsupported, no-tty, no-such-device, overflow, not-permitted, pipe, read-only, invalid-seek, text-file-busy, cross-device, other(option<string>) }",
      "enum advice { normal, sequential, random, will-need, dont-need, no-reuse }",
      "record metadata-hash-value { lower: u64, upper: u64 }",
      "resource descriptor"
    ],
    functions: {
      "[method]descriptor.read-via-stream": "func(offset: filesize) -> tuple<stream<u8>, future<result<_, error-code>>>",
      "[method]descriptor.write-via-stream": "func(data: stream<u8>, offset: filesize) -> future<result<_, error-code>>",
      "[method]descriptor.append-via-stream": "func(data: stream<u8>) -> future<result<_, error-code>>",
      "[method]descriptor.advise": "async func(offset: filesize, length: filesize, advice: advice) -> result<_, error-code>",
      "[method]descriptor.sync-data": "async func() -> result<_, error-code>",
      "[method]descriptor.get-flags": "async func() -> result<descriptor-flags, error-code>",
      "[method]descriptor.get-type": "async func() -> result<descriptor-type, error-code>",
      "[method]descriptor.set-size": "async func(size: filesize) -> result<_, error-code>",
      "[method]descriptor.set-times": "async func(data-access-timestamp: new-timestamp, data-modification-timestamp: new-timestamp) -> result<_, error-code>",
      "[method]descriptor.read-directory": "func() -> tuple<stream<directory-entry>, future<result<_, error-code>>>",
      "[method]descriptor.sync": "async func() -> result<_, error-code>",
      "[method]descriptor.create-directory-at": "async func(path: string) -> result<_, error-code>",
      "[method]descriptor.stat": "async func() -> result<descriptor-stat, error-code>",
      "[method]descriptor.stat-at": "async func(path-flags: path-flags, path: string) -> result<descriptor-stat, error-code>",
      "[method]descriptor.set-times-at": "async func(path-flags: path-flags, path: string, data-access-timestamp: new-timestamp, data-modification-timestamp: new-timestamp) -> result<_, error-code>",
      "[method]descriptor.link-at": "async func(old-path-flags: path-flags, old-path: string, new-descriptor: borrow<descriptor>, new-path: string) -> result<_, error-code>",
      "[method]descriptor.open-at": "async func(path-flags: path-flags, path: string, open-flags: open-flags, %flags: descriptor-flags) -> result<descriptor, error-code>",
      "[method]descriptor.readlink-at": "async func(path: string) -> result<string, error-code>",
      "[method]descriptor.remove-directory-at": "async func(path: string) -> result<_, error-code>",
      "[method]descriptor.rename-at": "async func(old-path: string, new-descriptor: borrow<descriptor>, new-path: string) -> result<_, error-code>",
      "[method]descriptor.symlink-at": "async func(old-path: string, new-path: string) -> result<_, error-code>",
      "[method]descriptor.unlink-file-at": "async func(path: string) -> result<_, error-code>",
      "[method]descriptor.is-same-object": "async func(other: borrow<descriptor>) -> bool",
      "[method]descriptor.metadata-hash": "async func() -> result<metadata-hash-value, error-code>",
      "[method]descriptor.metadata-hash-at": "async func(path-flags: path-flags, path: string) -> result<metadata-hash-value, error-code>"
    },
    uses: ["wasi:clocks/system-clock"]
  },
  "wasi:http/client": {
    types: ["use types.{request, response, error-code};"],
    functions: { send: "async func(request: request) -> result<response, error-code>" },
    uses: ["wasi:http/types"]
  },
  "wasi:http/handler": {
    types: ["use types.{request, response, error-code};"],
    functions: { handle: "async func(request: request) -> result<response, error-code>" },
    uses: ["wasi:http/types"]
  },
  "wasi:http/types": {
    types: [
      "use wasi:clocks/types@{version}.{duration};",
      "variant method { get, head, post, put, delete, connect, options, trace, patch, other(string) }",
      "variant scheme { HTTP, HTTPS, other(string) }",
      "record DNS-error-payload { rcode: option<string>, info-code: option<u16> }",
      "record TLS-alert-received-payload { alert-id: option<u8>, alert-message: option<string> }",
      "record field-size-payload { field-name: option<string>, field-size: option<u32> }",
      "variant error-code { DNS-timeout, DNS-error(DNS-error-payload), destination-not-found, destination-unavailable, destination-IP-prohibited, destination-IP-unroutable, connection-refused, connection-terminated, connection-timeout, connection-read-timeout, connection-write-timeout, connection-limit-reached, TLS-protocol-error, TLS-certificate-error, TLS-alert-received(TLS-alert-received-payload), HTTP-request-denied, HTTP-request-length-required, HTTP-request-body-size(option<u64>), HTTP-request-method-invalid, HTTP-request-URI-invalid, HTTP-request-URI-too-long, HTTP-request-header-section-size(option<u32>), HTTP-request-header-size(option<field-size-payload>), HTTP-request-trailer-section-size(option<u32>), HTTP-request-trailer-size(field-size-payload), HTTP-response-incomplete, HTTP-response-header-section-size(option<u32>), HTTP-response-header-size(field-size-payload), HTTP-response-body-size(option<u64>), HTTP-response-trailer-section-size(option<u32>), HTTP-response-trailer-size(field-size-payload), HTTP-response-transfer-coding(option<string>), HTTP-response-content-coding(option<string>), HTTP-response-timeout, HTTP-upgrade-failed, HTTP-protocol-error, loop-detected, configuration-error, internal-error(option<string>) }",
      "variant header-error { invalid-syntax, forbidden, immutable, size-exceeded, other(option<string>) }",
      "variant request-options-error { not-supported, immutable, other(option<string>) }",
      "type field-name = string;",
      "type field-value = list<u8>;",
      "resource fields",
      "type headers = fields;",
      "type trailers = fields;",
      "resource request",
      "resource request-options",
      "type status-code = u16;",
      "resource response"
    ],
    functions: {
      "[constructor]fields": "func()",
      "[static]fields.from-list": "func(entries: list<tuple<field-name, field-value>>) -> result<fields, header-error>",
      "[method]fields.get": "func(name: field-name) -> list<field-value>",
      "[method]fields.has": "func(name: field-name) -> bool",
      "[method]fields.set": "func(name: field-name, value: list<field-value>) -> result<_, header-error>",
      "[method]fields.delete": "func(name: field-name) -> result<_, header-error>",
      "[method]fields.get-and-delete": "func(name: field-name) -> result<list<field-value>, header-error>",
      "[method]fields.append": "func(name: field-name, value: field-value) -> result<_, header-error>",
      "[method]fields.copy-all": "func() -> list<tuple<field-name, field-value>>",
      "[method]fields.clone": "func() -> fields",
      "[static]request.new": "func(headers: headers, contents: option<stream<u8>>, trailers: future<result<option<trailers>, error-code>>, options: option<request-options>) -> tuple<request, future<result<_, error-code>>>",
      "[method]request.get-method": "func() -> method",
      "[method]request.set-method": "func(method: method) -> result",
      "[method]request.get-path-with-query": "func() -> option<string>",
      "[method]request.set-path-with-query": "func(path-with-query: option<string>) -> result",
      "[method]request.get-scheme": "func() -> option<scheme>",
      "[method]request.set-scheme": "func(scheme: option<scheme>) -> result",
      "[method]request.get-authority": "func() -> option<string>",
      "[method]request.set-authority": "func(authority: option<string>) -> result",
      "[method]request.get-options": "func() -> option<request-options>",
      "[method]request.get-headers": "func() -> headers",
      "[static]request.consume-body": "func(this: request, res: future<result<_, error-code>>) -> tuple<stream<u8>, future<result<option<trailers>, error-code>>>",
      "[constructor]request-options": "func()",
      "[method]request-options.get-connect-timeout": "func() -> option<duration>",
      "[method]request-options.set-connect-timeout": "func(duration: option<duration>) -> result<_, request-options-error>",
      "[method]request-options.get-first-byte-timeout": "func() -> option<duration>",
      "[method]request-options.set-first-byte-timeout": "func(duration: option<duration>) -> result<_, request-options-error>",
      "[method]request-options.get-between-bytes-timeout": "func() -> option<duration>",
      "[method]request-options.set-between-bytes-timeout": "func(duration: option<duration>) -> result<_, request-options-error>",
      "[method]request-options.clone": "func() -> request-options",
      "[static]response.new": "func(headers: headers, contents: option<stream<u8>>, trailers: future<result<option<trailers>, error-code>>) -> tuple<response, future<result<_, error-code>>>",
      "[method]response.get-status-code": "func() -> status-code",
      "[method]response.set-status-code": "func(status-code: status-code) -> result",
      "[method]response.get-headers": "func() -> headers",
      "[static]response.consume-body": "func(this: response, res: future<result<_, error-code>>) -> tuple<stream<u8>, future<result<option<trailers>, error-code>>>"
    },
    uses: ["wasi:clocks/types"]
  },
  "wasi:random/insecure": {
    types: [],
    functions: {
      "get-insecure-random-bytes": "func(max-len: u64) -> list<u8>",
      "get-insecure-random-u64": "func() -> u64"
    }
  },
  "wasi:random/insecure-seed": {
    types: [],
    functions: { "get-insecure-seed": "func() -> tuple<u64, u64>" }
  },
  "wasi:random/random": {
    types: [],
    functions: {
      "get-random-bytes": "func(max-len: u64) -> list<u8>",
      "get-random-u64": "func() -> u64"
    }
  },
  "wasi:sockets/ip-name-lookup": {
    types: [
      "use types.{ip-address};",
      "variant error-code { access-denied, invalid-argument, name-unresolvable, temporary-resolver-failure, permanent-resolver-failure, other(option<string>) }"
    ],
    functions: {
      "resolve-addresses": "async func(name: string) -> result<list<ip-address>, error-code>"
    },
    uses: ["wasi:sockets/types"]
  },
  "wasi:sockets/types": {
    types: [
      "use wasi:clocks/types@{version}.{duration};",
      "variant error-code { access-denied, not-supported, invalid-argument, out-of-memory, timeout, invalid-state, address-not-bindable, address-in-use, remote-unreachable, connection-refused, connection-broken, connection-reset, connection-aborted, datagram-too-large, other(option<string>) }",
      "enum ip-address-family { ipv4, ipv6 }",
      "type ipv4-address = tuple<u8, u8, u8, u8>;",
      "type ipv6-address = tuple<u16, u16, u16, u16, u16, u16, u16, u16>;",
      "variant ip-address { ipv4(ipv4-address), ipv6(ipv6-address) }",
      "record ipv4-socket-address { port: u16, address: ipv4-address }",
      "record ipv6-socket-address { port: u16, flow-info: u32, address: ipv6-address, scope-id: u32 }",
      "variant ip-socket-address { ipv4(ipv4-socket-address), ipv6(ipv6-socket-address) }",
      "resource tcp-socket",
      "resource udp-socket"
    ],
    functions: {
      "[static]tcp-socket.create": "func(address-family: ip-address-family) -> result<tcp-socket, error-code>",
      "[method]tcp-socket.bind": "func(local-address: ip-socket-address) -> result<_, error-code>",
      "[method]tcp-socket.connect": "async func(remote-address: ip-socket-address) -> result<_, error-code>",
      "[method]tcp-socket.listen": "func() -> result<stream<tcp-socket>, error-code>",
      "[method]tcp-socket.send": "func(data: stream<u8>) -> future<result<_, error-code>>",
      "[method]tcp-socket.receive": "func() -> tuple<stream<u8>, future<result<_, error-code>>>",
      "[method]tcp-socket.get-local-address": "func() -> result<ip-socket-address, error-code>",
      "[method]tcp-socket.get-remote-address": "func() -> result<ip-socket-address, error-code>",
      "[method]tcp-socket.get-is-listening": "func() -> bool",
      "[method]tcp-socket.get-address-family": "func() -> ip-address-family",
      "[method]tcp-socket.set-listen-backlog-size": "func(value: u64) -> result<_, error-code>",
      "[method]tcp-socket.get-keep-alive-enabled": "func() -> result<bool, error-code>",
      "[method]tcp-socket.set-keep-alive-enabled": "func(value: bool) -> result<_, error-code>",
      "[method]tcp-socket.get-keep-alive-idle-time": "func() -> result<duration, error-code>",
      "[method]tcp-socket.set-keep-alive-idle-time": "func(value: duration) -> result<_, error-code>",
      "[method]tcp-socket.get-keep-alive-interval": "func() -> result<duration, error-code>",
      "[method]tcp-socket.set-keep-alive-interval": "func(value: duration) -> result<_, error-code>",
      "[method]tcp-socket.get-keep-alive-count": "func() -> result<u32, error-code>",
      "[method]tcp-socket.set-keep-alive-count": "func(value: u32) -> result<_, error-code>",
      "[method]tcp-socket.get-hop-limit": "func() -> result<u8, error-code>",
      "[method]tcp-socket.set-hop-limit": "func(value: u8) -> result<_, error-code>",
      "[method]tcp-socket.get-receive-buffer-size": "func() -> result<u64, error-code>",
      "[method]tcp-socket.set-receive-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[method]tcp-socket.get-send-buffer-size": "func() -> result<u64, error-code>",
      "[method]tcp-socket.set-send-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[static]udp-socket.create": "func(address-family: ip-address-family) -> result<udp-socket, error-code>",
      "[method]udp-socket.bind": "func(local-address: ip-socket-address) -> result<_, error-code>",
      "[method]udp-socket.connect": "func(remote-address: ip-socket-address) -> result<_, error-code>",
      "[method]udp-socket.disconnect": "func() -> result<_, error-code>",
      "[method]udp-socket.send": "async func(data: list<u8>, remote-address: option<ip-socket-address>) -> result<_, error-code>",
      "[method]udp-socket.receive": "async func() -> result<tuple<list<u8>, ip-socket-address>, error-code>",
      "[method]udp-socket.get-local-address": "func() -> result<ip-socket-address, error-code>",
      "[method]udp-socket.get-remote-address": "func() -> result<ip-socket-address, error-code>",
      "[method]udp-socket.get-address-family": "func() -> ip-address-family",
      "[method]udp-socket.get-unicast-hop-limit": "func() -> result<u8, error-code>",
      "[method]udp-socket.set-unicast-hop-limit": "func(value: u8) -> result<_, error-code>",
      "[method]udp-socket.get-receive-buffer-size": "func() -> result<u64, error-code>",
      "[method]udp-socket.set-receive-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[method]udp-socket.get-send-buffer-size": "func() -> result<u64, error-code>",
      "[method]udp-socket.set-send-buffer-size": "func(value: u64) -> result<_, error-code>"
    },
    uses: ["wasi:clocks/types"]
  }
};

// src/virt/wasi-package.ts
var CATALOGUES = { "0.2": WASI_CATALOGUE, "0.3": WASI_P3_CATALOGUE };
var WIT_DIRS = { "0.2": "wit/wasi/", "0.3": "wit/wasi-0.3.0/" };
var wasiPackage = (pkg, role, series = "0.2") => (name, { omit = [] } = {}) => {
  const id = `wasi:${pkg}/${name}`;
  const wit = CATALOGUES[series][id];
  if (!wit) throw new Error(`${id} is not in the vendored WIT (${WIT_DIRS[series]})`);
  const unknown = omit.filter((fn) => !(fn in wit.functions));
  if (unknown.length > 0) throw new Error(`${id} has no ${unknown.join(", ")} to omit`);
  return {
    id,
    package: `wasi:${pkg}`,
    name,
    role,
    types: [...wit.types],
    functions: Object.fromEntries(
      Object.entries(wit.functions).filter(([fn]) => !omit.includes(fn))
    ),
    ...wit.uses ? { uses: [...wit.uses] } : {},
    series
  };
};

// src/virt/align.ts
var alignTo = (offset, align) => Math.ceil(offset / align) * align;

// src/virt/config-layout.ts
var CONFIG_MAGIC = 826496599;
var LAYOUT_VERSION = 9;
var HEADER_FIELDS = {
  magic: 1,
  version: 1,
  size: 1,
  env: 5,
  // wv_policy: mode, overrides {ptr, count}, names {ptr, count}
  config: 5,
  args_mode: 1,
  args: 2,
  // {ptr, count}
  cwd_mode: 1,
  cwd: 2,
  // wv_str
  stdio_mode: 3,
  // stdin, stdout, stderr
  preopens: 2,
  // {ptr, count} of wv_preopen
  nodes: 2,
  // {ptr, count} of wv_node
  host_preopens: 1,
  host_fs: 1,
  clock_mode: 1,
  random_mode: 1,
  wall: 4,
  // wasi:clocks/wall-clock's datetime: seconds (u64), nanoseconds, padding
  seed: 2,
  // u64
  http_rules: 2,
  // {ptr, count} of wv_http_rule; count 0: every host
  socket_rules: 2,
  // {ptr, count} of wv_socket_rule; count 0: every address and name
  writable: 2
  // {ptr, count} of wv_writable; count 0: every node is read-only
};
function headerOffset(field) {
  let words = 0;
  for (const [name, size] of Object.entries(HEADER_FIELDS)) {
    if (name === field) return words * 4;
    words += size;
  }
  throw new Error(`internal: no header field ${field}`);
}
var HEADER_SIZE = Object.values(HEADER_FIELDS).reduce((a, b) => a + b, 0) * 4;
var CONFIG_ENUMS = {
  WV_MODE_NONE: 0,
  WV_MODE_ALL: 1,
  WV_MODE_ALLOW: 2,
  WV_MODE_DENY: 3,
  WV_ARGS_HOST: 0,
  WV_ARGS_FIXED: 1,
  WV_CWD_HOST: 0,
  WV_CWD_NONE: 1,
  WV_CWD_FIXED: 2,
  WV_STDIO_HOST: 0,
  WV_STDIO_IGNORE: 1,
  WV_STDIO_DENY: 2,
  WV_STDIO_NO_TERMINAL: 256,
  WV_NODE_DIR: 1,
  WV_NODE_FILE: 2,
  WV_NODE_HOST_DIR: 3,
  WV_NODE_HOST_FILE: 4,
  WV_NODE_PASSIVE_FILE: 5,
  WV_CLOCK_HOST: 0,
  WV_CLOCK_FIXED: 1,
  WV_RANDOM_HOST: 0,
  WV_RANDOM_SEEDED: 1,
  WV_SOCKET_TCP: 1,
  WV_SOCKET_UDP: 2,
  WV_HOST_ANY: 0,
  WV_HOST_IPV4: 1,
  WV_HOST_IPV6: 2,
  WV_HOST_NAME: 3
};
var PREOPEN_WORDS = 3;
var NODE_WORDS = 6;
var HTTP_RULE_WORDS = 5;
var SOCKET_RULE_WORDS = 11;
var WRITABLE_WORDS = 2;

// src/virt/config-writer.ts
var varsModes = {
  none: CONFIG_ENUMS.WV_MODE_NONE,
  all: CONFIG_ENUMS.WV_MODE_ALL,
  allow: CONFIG_ENUMS.WV_MODE_ALLOW,
  deny: CONFIG_ENUMS.WV_MODE_DENY
};
var stdioCodes = {
  allow: CONFIG_ENUMS.WV_STDIO_HOST,
  ignore: CONFIG_ENUMS.WV_STDIO_IGNORE,
  deny: CONFIG_ENUMS.WV_STDIO_DENY
};
var utf8 = new TextEncoder();
var BlobWriter = class {
  constructor(base) {
    this.base = base;
  }
  base;
  buffer = new Uint8Array(4096);
  view = new DataView(this.buffer.buffer);
  size = HEADER_SIZE;
  /** Aligns the end to `align` and makes room for `length` more bytes; returns where they go. */
  reserve(length, align) {
    this.size = alignTo(this.size, align);
    if (this.size + length > this.buffer.length) {
      let capacity = this.buffer.length * 2;
      while (capacity < this.size + length) capacity *= 2;
      const grown = new Uint8Array(capacity);
      grown.set(this.buffer.subarray(0, this.size));
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    return this.size;
  }
  /** A string's `{ptr, len}`. */
  string(text) {
    const at = this.reserve(text.length * 3, 1);
    const { written } = utf8.encodeInto(text, this.buffer.subarray(at));
    this.size = at + written;
    return [this.base + at, written];
  }
  /** Raw bytes' `{ptr, len}`. */
  data(bytes, align = 8) {
    const at = this.reserve(bytes.length, align);
    this.buffer.set(bytes, at);
    this.size = at + bytes.length;
    return [this.base + at, bytes.length];
  }
  /** A list's `{ptr, count}` of `count` records whose u32 words are `words`, one record after another. */
  words(words, count2) {
    let at = this.reserve(words.length * 4, 4);
    const start = at;
    for (const word of words) {
      this.view.setUint32(at, word, true);
      at += 4;
    }
    this.size = at;
    return [this.base + start, count2];
  }
  /** A list's `{ptr, count}` of records made of u32 words. */
  list(records) {
    return this.words(Uint32Array.from(records.flat()), records.length);
  }
  /** The blob: the header's fields in HEADER_FIELDS' order (each its number of words), then what was placed. */
  finish(fields) {
    let at = 0;
    for (const [name, words] of Object.entries(HEADER_FIELDS)) {
      const value = fields[name];
      if (value === void 0) throw new Error(`internal: header field ${name} was not written`);
      if (value.length !== words)
        throw new Error(`internal: header field ${name} has ${value.length} words, not ${words}`);
      for (const word of value) {
        this.view.setUint32(at, word, true);
        at += 4;
      }
    }
    const length = alignTo(this.size, 8);
    this.reserve(length - this.size, 1);
    this.buffer.fill(0, this.size, length);
    this.view.setUint32(headerOffset("size"), length, true);
    return this.buffer.slice(0, length);
  }
};
function vars(w, policy) {
  const overrides = Object.entries(policy.overrides).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, value]) => [...w.string(key), ...w.string(value)]);
  const names = policy.mode === "allow" || policy.mode === "deny" ? policy.names.map((n) => w.string(n)) : [];
  return [varsModes[policy.mode], ...w.list(overrides), ...w.list(names)];
}
var noFiles = () => ({
  at: new Uint32Array(),
  stored: new Uint32Array(),
  passive: [],
  end: 0,
  cutoff: Infinity
});
function record(words, values) {
  if (values.length !== words)
    throw new Error(`internal: a record of ${values.length} words, not ${words}`);
  return values;
}

// src/virt/subsystems/subsystem.ts
var reachesHost = (vars2) => vars2.mode !== "none";
var isPassthrough = (vars2) => vars2.mode === "all" && Object.keys(vars2.overrides).length === 0;
var resourceDrops = (iface, has = () => true) => iface.types.flatMap((t) => /^resource\s+([a-z][a-z0-9-]*)$/.exec(t)?.slice(1) ?? []).filter(has).map((r) => `[resource-drop]${r}`);
var accessSubsystem = (role, interfaces, rule) => ({
  role,
  interfaces,
  passesThrough: (_iface, policy) => policy.access[role] === "allow",
  forwarded: () => [],
  impliedDenyRules: (policy) => policy.access[role] === "deny" ? [rule] : []
});
var everything = (iface, types2) => [
  ...Object.keys(iface.functions),
  ...resourceDrops(iface, (r) => types2.includes(r))
];

// src/virt/subsystems/config.ts
var config = {
  role: "config",
  interfaces: [wasiPackage("config", "config")("store")],
  passesThrough: (_iface, policy) => isPassthrough(policy.config),
  forwarded: (_iface, functions, _types, policy) => reachesHost(policy.config) ? functions : [],
  impliedDenyRules: (policy) => policy.config.mode === "none" ? ["wasi:config/store"] : [],
  configWords: (w, { settings }) => ({ config: vars(w, settings.config) })
};

// src/virt/p3-interfaces.ts
var WASI_P3_VERSION = "0.3.0";
var p3 = (pkg, role) => wasiPackage(pkg, role, "0.3");
var WASI_P3_INTERFACES = [
  p3("cli", "env")("environment"),
  p3("cli", "io")("types"),
  ...["stdin", "stdout", "stderr"].map((stream) => p3("cli", "io")(stream)),
  ...["terminal-input", "terminal-output"].map((name) => p3("cli", "io")(name)),
  ...["terminal-stdin", "terminal-stdout", "terminal-stderr"].map((name) => p3("cli", "io")(name)),
  ...config.interfaces,
  p3("cli", "exit")("exit"),
  ...["random", "insecure", "insecure-seed"].map((name) => p3("random", "random")(name)),
  p3("clocks", "clocks")("types"),
  p3("clocks", "clocks")("monotonic-clock"),
  p3("clocks", "clocks")("system-clock"),
  p3("filesystem", "io")("types"),
  p3("filesystem", "io")("preopens")
];
var WASI_P3_DENIED_WHOLE = [
  ...["types", "ip-name-lookup"].map((name) => p3("sockets", "sockets")(name)),
  // handler: a middleware's import of the next hop, an outgoing request like the client's.
  ...["types", "client", "handler"].map((name) => p3("http", "http")(name))
];

// src/virt/p3-adapter-module.ts
var FROM_0_2 = {
  "wasi:cli/environment#get-initial-cwd": "wasi:cli/environment#initial-cwd",
  "wasi:random/insecure-seed#get-insecure-seed": "wasi:random/insecure-seed#insecure-seed",
  "wasi:clocks/monotonic-clock#get-resolution": "wasi:clocks/monotonic-clock#resolution",
  "wasi:clocks/system-clock#now": "wasi:clocks/wall-clock#now",
  // wall-clock's resolution is a datetime, system-clock's a duration: the monotonic clock's is
  // one, and the same nanosecond whenever the adapter serves the clocks (--fixed-time).
  "wasi:clocks/system-clock#get-resolution": "wasi:clocks/monotonic-clock#resolution"
};
var P2_NAME = /^([^@#[\]]+)@0\.2\.\d+#(.+)$/;
var P2_MODULE = /^([^@[\]]+)@0\.2\.\d+$/;
var P2_EXPORTED = /^\[export\]([^@[\]]+)@0\.2\.\d+$/;
var AS_IS = WASI_P3_INTERFACES.filter((i) => i.series === "0.2").map((i) => `${i.id}@`);
var keptAsIs = (name) => !name.includes("#") || AS_IS.some((p) => name.startsWith(p));
var resourcesOf = (types2) => types2.flatMap((t) => /^resource ([\w-]+)/.exec(t)?.[1] ?? []);
var SERVED = WASI_P3_INTERFACES.filter((i) => i.series === "0.3").flatMap(
  (iface) => [...Object.keys(iface.functions), ...resourcesOf(iface.types).map((r) => `[dtor]${r}`)].map(
    (fn) => {
      const key = `${iface.id}#${fn}`;
      return [key, FROM_0_2[key] ?? key];
    }
  )
);
var P3_VARIANT = "[0.3]";
var SERVED_RESOURCES = new Map(
  WASI_P3_INTERFACES.filter((i) => i.series === "0.3").map((i) => [i.id, resourcesOf(i.types)])
);
var INTRINSIC = /^\[resource-(?:new|rep|drop)\](.+)$/;
function servedBuiltIn(id, name) {
  const resource = INTRINSIC.exec(name)?.[1];
  if (resource) return SERVED_RESOURCES.get(id)?.includes(resource) ?? false;
  return SERVED.some(
    ([p32]) => p32.startsWith(`${id}#`) && name.endsWith(`]${p32.slice(id.length + 1)}`)
  );
}
function p3AdapterModule(adapter) {
  const m = readModuleModel(adapter);
  const p2Exports = /* @__PURE__ */ new Map();
  for (const exp of m.exports) {
    const variant = exp.name.startsWith(P3_VARIANT);
    const parts2 = P2_NAME.exec(variant ? exp.name.slice(P3_VARIANT.length) : exp.name);
    const key = parts2 && `${parts2[1]}#${parts2[2]}`;
    if (key && (variant || !p2Exports.has(key))) p2Exports.set(key, exp);
  }
  const served = SERVED.flatMap(([p32, p2]) => {
    const exp = p2Exports.get(p2);
    const [id, fn] = p32.split("#");
    return exp ? [{ ...exp, name: `${id}@${WASI_P3_VERSION}#${fn}` }] : [];
  });
  m.exports = [...m.exports.filter((e) => keptAsIs(e.name)), ...served];
  for (const imp of m.imports) {
    const exported = P2_EXPORTED.exec(imp.module)?.[1];
    if (exported && servedBuiltIn(exported, imp.name))
      imp.module = `[export]${exported}@${WASI_P3_VERSION}`;
    const id = P2_MODULE.exec(imp.module)?.[1];
    const from = `${id}#${imp.name}`;
    const to = id && (SERVED.find(([p32, p2]) => p2 === from && p32.startsWith(`${id}#`)) ?? SERVED.find(([, p2]) => p2 === from))?.[0];
    if (!to) continue;
    const [p3Id, fn] = to.split("#");
    imp.module = `${p3Id}@${WASI_P3_VERSION}`;
    imp.name = fn;
  }
  return writeModuleModel(m);
}

// src/component/core/code-writer.ts
var I32 = 127;
var I64 = 126;
var F32 = 125;
var F64 = 124;
var EMPTY = 64;
var CodeWriter = class {
  code = new ByteWriter();
  op(...bytes) {
    this.code.bytes(bytes);
    return this;
  }
  unreachable = () => this.op(0);
  return = () => this.op(15);
  end = () => this.op(11);
  block = () => this.op(2, EMPTY);
  loop = () => this.op(3, EMPTY);
  if = () => this.op(4, EMPTY);
  br = (depth) => (this.op(12), this.code.u32(depth), this);
  brIf = (depth) => (this.op(13), this.code.u32(depth), this);
  brTable(targets, fallback) {
    this.op(14);
    this.code.vec(targets, (t) => this.code.u32(t)).u32(fallback);
    return this;
  }
  call = (fn) => (this.op(16), this.code.u32(fn), this);
  callIndirect = (type, table = 0) => (this.op(17), this.code.u32(type).u32(table), this);
  localGet = (index) => (this.op(32), this.code.u32(index), this);
  localSet = (index) => (this.op(33), this.code.u32(index), this);
  localTee = (index) => (this.op(34), this.code.u32(index), this);
  i32Const = (value) => (this.op(65), this.code.s33(value | 0), this);
  i32Eqz = () => this.op(69);
  i32Eq = () => this.op(70);
  i32Ne = () => this.op(71);
  i32And = () => this.op(113);
  i32Or = () => this.op(114);
  i32Shl = () => this.op(116);
  i64ExtendI32s = () => this.op(172);
  i32ReinterpretF32 = () => this.op(188);
  i64ReinterpretF64 = () => this.op(189);
  memoryInit = (segment) => (this.op(252, 8), this.code.u32(segment).u8(0), this);
  /** The body: `locals` (one value type per local) then the instructions and the final `end`. */
  finish(locals = []) {
    const body = new ByteWriter();
    body.vec(locals, (type) => body.u32(1).u8(type));
    return body.bytes(this.code.view()).u8(11).toBytes();
  }
};

// src/virt/subsystems/clocks.ts
var MONOTONIC = "wasi:clocks/monotonic-clock";
var U32 = 2 ** 32;
var clocks = {
  role: "clocks",
  interfaces: ["wall-clock", "monotonic-clock"].map(
    (name) => wasiPackage("clocks", "clocks")(name)
  ),
  // An allowed monotonic clock still goes through the adapter when it owns the pollables.
  passesThrough: (iface, policy, serves) => !fixesTime(policy) && !(iface.id === MONOTONIC && serves.io) && policy.access.clocks === "allow",
  forwarded: (iface, _functions, types2, policy, serves) => iface.id === MONOTONIC && serves.io && policy.access.clocks === "allow" && !fixesTime(policy) ? everything(iface, types2) : [],
  impliedDenyRules: (policy) => policy.access.clocks === "deny" || fixesTime(policy) ? ["wasi:clocks/*"] : [],
  configWords(_w, { settings }) {
    if (settings.fixedTime === void 0)
      return { clock_mode: [CONFIG_ENUMS.WV_CLOCK_HOST], wall: [0, 0, 0, 0] };
    const { seconds, nanoseconds } = instantOf(settings.fixedTime);
    return {
      clock_mode: [CONFIG_ENUMS.WV_CLOCK_FIXED],
      wall: [seconds % U32, Math.floor(seconds / U32), nanoseconds, 0]
    };
  }
};

// src/virt/subsystems/env.ts
var env = {
  role: "env",
  interfaces: [wasiPackage("cli", "env")("environment")],
  passesThrough: (_iface, policy) => isPassthrough(policy.env) && policy.args === void 0 && policy.cwd === void 0,
  forwarded(iface, functions, _types, policy) {
    const uses = (f) => functions.includes(f);
    const cwd = "initial-cwd" in iface.functions ? "initial-cwd" : "get-initial-cwd";
    return [
      ...reachesHost(policy.env) && uses("get-environment") ? ["get-environment"] : [],
      ...policy.args === void 0 && uses("get-arguments") ? ["get-arguments"] : [],
      ...policy.cwd === void 0 && reachesHost(policy.env) && uses(cwd) ? [cwd] : []
    ];
  },
  impliedDenyRules: (policy) => [
    ...policy.env.mode === "none" ? ["wasi:cli/environment#get-environment"] : [],
    ...policy.cwd !== void 0 || policy.env.mode === "none" ? ["wasi:cli/environment#initial-cwd"] : [],
    ...policy.args !== void 0 ? ["wasi:cli/environment#get-arguments"] : []
  ],
  configWords(w, { settings }) {
    const args = settings.args?.map((a) => w.string(a));
    const { cwd } = settings;
    const cwdMode = cwd !== void 0 ? CONFIG_ENUMS.WV_CWD_FIXED : settings.env.mode === "none" ? CONFIG_ENUMS.WV_CWD_NONE : CONFIG_ENUMS.WV_CWD_HOST;
    return {
      env: vars(w, settings.env),
      args_mode: [args === void 0 ? CONFIG_ENUMS.WV_ARGS_HOST : CONFIG_ENUMS.WV_ARGS_FIXED],
      args: args === void 0 ? [0, 0] : w.list(args),
      cwd_mode: [cwdMode],
      cwd: cwd !== void 0 ? w.string(cwd) : [0, 0]
    };
  }
};

// src/virt/subsystems/exit.ts
var exit = accessSubsystem("exit", [wasiPackage("cli", "exit")("exit")], "wasi:cli/exit");

// src/virt/http-proxy-names.ts
var PROXY_RESOURCES = ["incoming-request", "response-outparam"];
var PROXY_TYPES = "wasi:http/types";
var BRIDGE_EXPORTS = PROXY_RESOURCES.map((r) => `wasi-virt-bridge#wrap-${r}`);
var resourceOf = (fn) => /^\[[a-z-]+\]([a-z-]+)/.exec(fn)?.[1];

// src/virt/subsystems/http.ts
var wasiHttp = wasiPackage("http", "http");
var CHECKED_GETTERS = ["[method]outgoing-request.scheme", "[method]outgoing-request.authority"];
var http = {
  role: "http",
  // `response-outparam.send-informational` is left out: it is `@unstable`.
  interfaces: [
    wasiHttp("types", { omit: ["[method]response-outparam.send-informational"] }),
    wasiHttp("outgoing-handler")
  ],
  passesThrough: (_iface, policy, serves) => !serves.http && !(serves.io && policy.access.http === "allow"),
  forwarded(iface, functions, types2, policy, serves) {
    if (policy.access.http !== "allow") return [];
    const reachable = (r) => serves.proxy || r === void 0 || !PROXY_RESOURCES.includes(r);
    const checked = restrictsHttp(policy) && types2.includes("outgoing-request") ? CHECKED_GETTERS : [];
    return [
      .../* @__PURE__ */ new Set([...functions.filter((f) => reachable(resourceOf(f))), ...checked]),
      ...resourceDrops(iface, (r) => types2.includes(r) && reachable(r))
    ];
  },
  impliedDenyRules: (policy) => policy.access.http === "deny" ? ["wasi:http/*"] : [],
  // --allow-http=PATTERNS: the rules outgoing-handler.handle checks (adapter/src/http/allow.c).
  configWords(w, { settings }) {
    const rules = (settings.httpHosts ?? []).map(httpRuleOf).map(
      ({ scheme, host, port }) => record(HTTP_RULE_WORDS, [...w.string(scheme), ...w.string(host), port === "*" ? 0 : port])
    );
    return { http_rules: w.list(rules) };
  }
};

// src/virt/subsystems/file-system-words.ts
var nodeKinds = {
  dir: CONFIG_ENUMS.WV_NODE_DIR,
  file: CONFIG_ENUMS.WV_NODE_FILE,
  "host-dir": CONFIG_ENUMS.WV_NODE_HOST_DIR,
  "host-file": CONFIG_ENUMS.WV_NODE_HOST_FILE
};
var PASSIVE_FILE = CONFIG_ENUMS.WV_NODE_PASSIVE_FILE;
function fileSystemWords(w, { tree, files }) {
  const preopens = tree.preopens.map((p) => record(PREOPEN_WORDS, [...w.string(p.path), p.node]));
  const { nodes } = tree;
  const lists = /* @__PURE__ */ new Map();
  const childList = (node) => {
    const index = nodes.childList(node);
    let list = lists.get(index);
    if (!list) {
      const children = nodes.children(node);
      lists.set(index, list = w.words(Uint32Array.from(children), children.length));
    }
    return list;
  };
  const fileWords = (node) => {
    const file = nodes.contents(node);
    const size = tree.files.size(file);
    return [size >= files.cutoff ? PASSIVE_FILE : nodeKinds.file, files.at[file] ?? 0, size];
  };
  const words = new Uint32Array(nodes.length * NODE_WORDS);
  for (let node = 0; node < nodes.length; node++) {
    const kind = nodes.kind(node);
    const [code, a, b] = kind === "dir" ? [nodeKinds.dir, ...childList(node)] : kind === "file" ? fileWords(node) : [nodeKinds[kind], ...w.string(nodes.host(node))];
    const name = w.data(nodes.names.bytesOf(nodes.nameIndex(node)), 1);
    words.set(record(NODE_WORDS, [code, ...name, nodes.parent(node), a, b]), node * NODE_WORDS);
  }
  const writable = (tree.writable ?? []).map(
    (t) => record(WRITABLE_WORDS, [t.node, Math.min(t.quota, 4294967295)])
  );
  return {
    preopens: w.list(preopens),
    nodes: w.words(words, nodes.length),
    writable: w.list(writable)
  };
}

// src/virt/subsystems/io.ts
var wasiIo = wasiPackage("io", "io");
var cli = wasiPackage("cli", "io");
var filesystem = wasiPackage("filesystem", "io");
var hostStreams = (policy, network) => stdioStreams.some((s) => policy.stdio[s] === "allow") || reachesHostFiles(policy) || network;
var hostPollables = (policy, network) => hostStreams(policy, network) || policy.access.clocks === "allow" && !fixesTime(policy);
var terminalFromHost = (policy, stream) => policy.stdio[stream] === "allow" && !policy.hideTerminals;
function stdioFromHost(id, policy) {
  const [, terminal, stream] = /^wasi:cli\/(terminal-)?(stdin|stdout|stderr)$/.exec(id) ?? [];
  if (stream)
    return terminal ? terminalFromHost(policy, stream) : policy.stdio[stream] === "allow";
  if (id === "wasi:cli/terminal-input") return terminalFromHost(policy, "stdin");
  if (id === "wasi:cli/terminal-output")
    return terminalFromHost(policy, "stdout") || terminalFromHost(policy, "stderr");
  return void 0;
}
var io = {
  role: "io",
  // Methods are named as the component model names them (`[method]input-stream.read`).
  interfaces: [
    wasiIo("error"),
    wasiIo("poll"),
    wasiIo("streams"),
    ...["stdin", "stdout", "stderr"].map((stream) => cli(stream)),
    ...["terminal-input", "terminal-output"].map((name) => cli(name)),
    ...["terminal-stdin", "terminal-stdout", "terminal-stderr"].map((name) => cli(name)),
    filesystem("types"),
    filesystem("preopens")
  ],
  // At 0.3 the adapter serves the stdio streams of the group the policy does not allow, their
  // terminals unless they are the host's (none: no terminal), and the filesystem unless it is
  // the host's (p3-plan.ts refuses the host's files beside the mounts).
  passesThrough: (iface, policy, serves) => {
    if (iface.series !== "0.3") return !serves.io;
    if (iface.package === "wasi:filesystem") return policy.access.fs === "allow";
    return stdioFromHost(iface.id, policy) ?? true;
  },
  forwarded(iface, _functions, types2, policy, serves) {
    const all = () => everything(iface, types2);
    const stdio = stdioFromHost(iface.id, policy);
    if (stdio !== void 0) return stdio ? all() : [];
    switch (iface.id) {
      case "wasi:io/error":
      case "wasi:io/streams":
        return hostStreams(policy, serves.network) ? all() : [];
      case "wasi:io/poll":
        return hostPollables(policy, serves.network) ? all() : [];
      case "wasi:filesystem/types":
      case "wasi:filesystem/preopens":
        return reachesHostFiles(policy) ? all() : [];
      default:
        return [];
    }
  },
  impliedDenyRules(policy) {
    const rules = [];
    for (const stream of stdioStreams) {
      if (!terminalFromHost(policy, stream)) rules.push(`wasi:cli/terminal-${stream}`);
      if (policy.stdio[stream] === "allow") continue;
      if (!(stream === "stderr" && policy.debug)) rules.push(`wasi:cli/${stream}`);
    }
    if (policy.hideTerminals) rules.push("wasi:cli/terminal-input", "wasi:cli/terminal-output");
    if (!reachesHostFiles(policy)) rules.push("wasi:filesystem/*");
    return rules;
  },
  configWords(w, input) {
    const { settings } = input;
    return {
      stdio_mode: stdioStreams.map(
        (s) => stdioCodes[settings.stdio[s]] | (settings.hideTerminals ? CONFIG_ENUMS.WV_STDIO_NO_TERMINAL : 0)
      ),
      ...fileSystemWords(w, input),
      host_preopens: [settings.access.fs === "allow" ? 1 : 0],
      host_fs: [settings.hostFiles ? 1 : 0]
    };
  }
};

// src/virt/subsystems/random.ts
var U322 = (1n << 32n) - 1n;
var random = {
  role: "random",
  interfaces: ["random", "insecure", "insecure-seed"].map(
    (name) => wasiPackage("random", "random")(name)
  ),
  passesThrough: (_iface, policy) => !seedsRandom(policy) && policy.access.random === "allow",
  forwarded: () => [],
  impliedDenyRules: (policy) => policy.access.random === "deny" || seedsRandom(policy) ? ["wasi:random/*"] : [],
  configWords(_w, { settings }) {
    if (settings.randomSeed === void 0) return { random_mode: [CONFIG_ENUMS.WV_RANDOM_HOST], seed: [0, 0] };
    const seed = BigInt(settings.randomSeed);
    return { random_mode: [CONFIG_ENUMS.WV_RANDOM_SEEDED], seed: [Number(seed & U322), Number(seed >> 32n)] };
  }
};

// src/virt/subsystems/sockets.ts
var PROTOCOLS = { tcp: CONFIG_ENUMS.WV_SOCKET_TCP, udp: CONFIG_ENUMS.WV_SOCKET_UDP, "*": 3 };
function ruleWords(w, { protocol, host, ports }) {
  const bytes = host.kind === "block" ? host.bytes : [];
  const address = [0, 1, 2, 3].map(
    (i) => ((bytes[4 * i] ?? 0) | (bytes[4 * i + 1] ?? 0) << 8 | (bytes[4 * i + 2] ?? 0) << 16 | (bytes[4 * i + 3] ?? 0) << 24) >>> 0
  );
  const kind = host.kind === "any" ? CONFIG_ENUMS.WV_HOST_ANY : host.kind === "name" ? CONFIG_ENUMS.WV_HOST_NAME : bytes.length === 4 ? CONFIG_ENUMS.WV_HOST_IPV4 : CONFIG_ENUMS.WV_HOST_IPV6;
  return record(SOCKET_RULE_WORDS, [
    PROTOCOLS[protocol],
    kind,
    host.kind === "block" ? host.prefix : 0,
    ...address,
    ...ports,
    ...host.kind === "name" ? w.string(host.name) : [0, 0]
  ]);
}
var sockets = {
  role: "sockets",
  interfaces: [
    "network",
    "instance-network",
    "ip-name-lookup",
    "tcp",
    "tcp-create-socket",
    "udp",
    "udp-create-socket"
  ].map((name) => wasiPackage("sockets", "sockets")(name)),
  passesThrough: (_iface, policy, serves) => !serves.io && policy.access.sockets === "allow",
  forwarded: (iface, functions, types2, policy) => policy.access.sockets === "allow" ? [...functions, ...resourceDrops(iface, (r) => types2.includes(r))] : [],
  impliedDenyRules: (policy) => policy.access.sockets === "deny" ? ["wasi:sockets/*"] : [],
  configWords: (w, { settings }) => ({
    socket_rules: w.list((settings.socketRules ?? []).map((r) => ruleWords(w, socketRuleOf(r))))
  })
};

// src/virt/wasi-interfaces.ts
var WASI_VERSIONS = Array.from({ length: 13 }, (_, patch) => `0.2.${patch}`);
var DEFAULT_WASI_VERSION = "0.2.12";
var CONFIG_VERSION = "0.2.0-draft";
function checkWasiVersion(version) {
  if (!WASI_VERSIONS.includes(version) && version !== WASI_P3_VERSION) {
    throw new UserInputError(
      `unknown WASI version '${version}': choose one of ${WASI_VERSIONS[0]} to ${WASI_VERSIONS[WASI_VERSIONS.length - 1]}, or ${WASI_P3_VERSION}`
    );
  }
  return version;
}
var seriesOf = (version) => version.startsWith("0.3.") ? "0.3" : "0.2";
var WASI_INTERFACES = [
  io,
  sockets,
  http,
  env,
  config,
  exit,
  random,
  clocks
].flatMap((s) => s.interfaces);
var WASI_P3_ALL = [...WASI_P3_INTERFACES, ...WASI_P3_DENIED_WHOLE];
var interfacesOf = (series) => series === "0.3" ? WASI_P3_ALL : WASI_INTERFACES;
var findInterface = (id, series = "0.2") => interfacesOf(series).find((i) => i.id === id);
function versionOf(iface, wasiVersion) {
  return iface.role === "config" ? CONFIG_VERSION : wasiVersion;
}
function plannedVersion(plan, iface) {
  return plan.packageVersions[iface.package] ?? versionOf(iface, plan.wasiVersion);
}

// src/virt/wit-declarations.ts
var localName = (used) => /(\S+)\s*$/.exec(used)[1];
function declaredNames(decl) {
  const use = /^use\s+\S+\.\{([^}]*)\}/.exec(decl);
  if (use) return use[1].split(",").map(localName);
  const named = /^(?:record|variant|enum|flags|resource|type)\s+([a-zA-Z][a-zA-Z0-9-]*)/.exec(decl);
  return named ? [named[1]] : [];
}
function usedNames(decl) {
  const use = /^use\s+\S+\.\{([^}]*)\}/.exec(decl);
  if (!use) return [];
  return use[1].split(",").map((item) => [/^\s*(\S+)/.exec(item)[1], localName(item)]);
}
function narrowUse(decl, wanted) {
  const use = /^(use\s+\S+\.)\{([^}]*)\}(.*)$/.exec(decl);
  if (!use) return decl;
  const items = use[2].split(",").map((item) => item.trim());
  return `${use[1]}{${items.filter((item) => wanted(localName(item))).join(", ")}}${use[3]}`;
}
function usedInterface(decl, iface) {
  const use = /^use\s+([^.@\s]+)(?:@[^.]+)?\./.exec(decl);
  if (!use) return void 0;
  return use[1].includes("/") ? use[1] : `${iface.package}/${use[1]}`;
}

// src/virt/wit-types.ts
var PRIMITIVES = {
  bool: { kind: "bool" },
  char: { kind: "char" },
  string: { kind: "string" },
  f32: { kind: "float", size: 4 },
  f64: { kind: "float", size: 8 },
  ...Object.fromEntries(
    [1, 2, 4, 8].flatMap((size) => [
      [`u${size * 8}`, { kind: "int", size, signed: false }],
      [`s${size * 8}`, { kind: "int", size, signed: true }]
    ])
  )
};
function splitTopLevel(text) {
  const parts2 = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "<" || c === "(" || c === "{") depth++;
    else if (c === ">" || c === ")" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts2.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  return last ? [...parts2, last] : parts2;
}
var unescape = (name) => name.replace(/^%/, "");
function generic(text) {
  const open = text.indexOf("<");
  return open < 0 ? [text, void 0] : [text.slice(0, open).trim(), text.slice(open + 1, -1)];
}
var WitTypes = class {
  cache = /* @__PURE__ */ new Map();
  /** The type `text` (`result<list<u8>, stream-error>`) means inside `iface`. */
  parse(text, iface) {
    const [head, args] = generic(text.trim());
    const parts2 = args === void 0 ? [] : splitTopLevel(args);
    switch (args === void 0 ? void 0 : head) {
      case "list":
        return { kind: "list", of: this.parse(parts2[0], iface) };
      case "option":
        return { kind: "option", of: this.parse(parts2[0], iface) };
      case "own":
      case "borrow":
      case "stream":
      // a stream's or a future's end is a handle as well (CanonicalABI.md: lift_stream)
      case "future":
        return { kind: "handle" };
      case "tuple":
        return { kind: "tuple", items: parts2.map((p) => this.parse(p, iface)) };
      case "result": {
        const [ok, err] = parts2.map((p) => p === "_" ? void 0 : this.parse(p, iface));
        return { kind: "result", ...ok ? { ok } : {}, ...err ? { err } : {} };
      }
    }
    if (head === "result") return { kind: "result" };
    return PRIMITIVES[head] ?? this.named(unescape(head), iface);
  }
  /** The result type of a WIT function signature, or undefined for none. */
  resultOf(signature, iface) {
    const arrow = /\)\s*->\s*(.+)$/.exec(signature);
    return arrow ? this.parse(arrow[1], iface) : void 0;
  }
  /** The parameter types of a WIT function signature (a method's self not included). */
  paramsOf(signature, iface) {
    const open = signature.indexOf("(");
    let depth = 0;
    let close = open;
    for (let i = open; i < signature.length; i++) {
      if (signature[i] === "(") depth++;
      else if (signature[i] === ")" && --depth === 0) {
        close = i;
        break;
      }
    }
    return splitTopLevel(signature.slice(open + 1, close)).map(
      (param) => this.parse(param.slice(param.indexOf(":") + 1), iface)
    );
  }
  named(name, iface) {
    const key = `${iface.series}:${iface.id}#${name}`;
    let type = this.cache.get(key);
    if (!type) {
      type = this.declared(name, iface);
      this.cache.set(key, type);
    }
    return type;
  }
  declared(name, iface) {
    for (const decl of iface.types) {
      const use = /^use\s+\S+\.\{([^}]*)\}/.exec(decl);
      if (use) {
        for (const item of use[1].split(",")) {
          const [source, local] = item.trim().split(/\s+as\s+/);
          if (unescape(local ?? source) !== name) continue;
          const id = usedInterface(decl, iface);
          const from = findInterface(id, iface.series);
          if (!from) throw new Error(`internal: ${iface.id} uses ${id}, which is not described`);
          return this.named(unescape(source), from);
        }
        continue;
      }
      const match = /^(record|variant|enum|flags|type|resource)\s+%?([A-Za-z][A-Za-z0-9-]*)\s*(.*)$/.exec(decl);
      if (!match || match[2] !== name) continue;
      const body = match[3].replace(/^[{=]\s*/, "").replace(/\s*[};]$/, "");
      switch (match[1]) {
        case "resource":
          return { kind: "handle" };
        case "type":
          return this.parse(body, iface);
        case "enum":
          return { kind: "enum", cases: splitTopLevel(body).map(unescape) };
        case "flags":
          return { kind: "flags", count: splitTopLevel(body).length };
        case "record":
          return {
            kind: "record",
            fields: splitTopLevel(body).map((field) => {
              const colon = field.indexOf(":");
              return [
                unescape(field.slice(0, colon).trim()),
                this.parse(field.slice(colon + 1), iface)
              ];
            })
          };
        default:
          return {
            kind: "variant",
            cases: splitTopLevel(body).map((c) => {
              const open = c.indexOf("(");
              return open < 0 ? [unescape(c), void 0] : [unescape(c.slice(0, open).trim()), this.parse(c.slice(open + 1, -1), iface)];
            })
          };
      }
    }
    throw new Error(`internal: ${iface.id} declares no type ${name}`);
  }
};

// src/virt/wit-model.ts
var PRIMS = /* @__PURE__ */ new Set([
  "bool",
  "s8",
  "u8",
  "s16",
  "u16",
  "s32",
  "u32",
  "s64",
  "u64",
  "f32",
  "f64",
  "char",
  "string"
]);
var unescape2 = (name) => name.trim().replace(/^%/, "");
function parseRef(text) {
  const t = text.trim();
  const open = t.indexOf("<");
  if (open < 0) {
    if (t === "result") return { result: {} };
    return PRIMS.has(t) ? { prim: t } : { named: unescape2(t) };
  }
  const head = t.slice(0, open).trim();
  const args = splitTopLevel(t.slice(open + 1, -1));
  switch (head) {
    case "list":
      return { list: parseRef(args[0]) };
    case "option":
      return { option: parseRef(args[0]) };
    case "tuple":
      return { tuple: args.map(parseRef) };
    case "own":
      return { own: unescape2(args[0]) };
    case "borrow":
      return { borrow: unescape2(args[0]) };
    case "result": {
      const [ok, err] = args.map((a) => a === "_" ? void 0 : parseRef(a));
      return { result: { ...ok ? { ok } : {}, ...err ? { err } : {} } };
    }
    case "stream":
      return { stream: { element: parseRef(args[0]) } };
    case "future":
      return { future: { element: parseRef(args[0]) } };
  }
  throw new Error(`internal: unknown WIT type ${t}`);
}
function parseDecl(decl, iface) {
  const use = /^use\s+\S+\.\{([^}]*)\}/.exec(decl);
  if (use) {
    const names = use[1].split(",").map((item) => {
      const [source, local] = item.trim().split(/\s+as\s+/);
      return { source: unescape2(source), local: unescape2(local ?? source) };
    });
    return { kind: "use", from: usedInterface(decl, iface), names };
  }
  const match = /^(record|variant|enum|flags|type|resource)\s+%?([A-Za-z][A-Za-z0-9-]*)\s*(.*)$/.exec(decl);
  if (!match) throw new Error(`internal: unreadable WIT declaration in ${iface.id}: ${decl}`);
  const [, keyword, name] = match;
  const body = match[3].replace(/^[{=]\s*/, "").replace(/\s*[};]$/, "");
  switch (keyword) {
    case "resource":
      return { kind: "resource", name };
    case "type":
      return { kind: "alias", name, type: parseRef(body) };
    case "enum":
    case "flags":
      return { kind: keyword, name, names: splitTopLevel(body).map(unescape2) };
    case "record":
      return {
        kind: "record",
        name,
        fields: splitTopLevel(body).map((field) => {
          const colon = field.indexOf(":");
          return [unescape2(field.slice(0, colon)), parseRef(field.slice(colon + 1))];
        })
      };
    default:
      return {
        kind: "variant",
        name,
        cases: splitTopLevel(body).map((c) => {
          const open = c.indexOf("(");
          return open < 0 ? [unescape2(c), void 0] : [unescape2(c.slice(0, open)), parseRef(c.slice(open + 1, -1))];
        })
      };
  }
}
function parseFunction(name, signature) {
  const open = signature.indexOf("(");
  let close = open;
  for (let depth = 0, i = open; i < signature.length; i++) {
    if (signature[i] === "(") depth++;
    else if (signature[i] === ")" && --depth === 0) {
      close = i;
      break;
    }
  }
  const params = splitTopLevel(signature.slice(open + 1, close)).map((param) => {
    const colon = param.indexOf(":");
    return [unescape2(param.slice(0, colon)), parseRef(param.slice(colon + 1))];
  });
  const arrow = /^\s*->\s*(.+)$/.exec(signature.slice(close + 1));
  const method = /^\[method\]([^.]+)\./.exec(name);
  if (method) params.unshift(["self", { borrow: method[1] }]);
  const constructor = /^\[constructor\](.+)$/.exec(name);
  if (constructor) return { params, result: { own: constructor[1] } };
  return {
    params,
    ...arrow ? { result: parseRef(arrow[1]) } : {},
    .../^\s*async\s/.test(signature) ? { async: true } : {}
  };
}
function refNames(ref, out = []) {
  if ("named" in ref) out.push(ref.named);
  else if ("own" in ref) out.push(ref.own);
  else if ("borrow" in ref) out.push(ref.borrow);
  else if ("list" in ref) refNames(ref.list, out);
  else if ("option" in ref) refNames(ref.option, out);
  else if ("tuple" in ref) ref.tuple.forEach((r) => refNames(r, out));
  else if ("stream" in ref || "future" in ref) {
    const element = "stream" in ref ? ref.stream.element : ref.future.element;
    if (element) refNames(element, out);
  } else if ("result" in ref) {
    if (ref.result.ok) refNames(ref.result.ok, out);
    if (ref.result.err) refNames(ref.result.err, out);
  }
  return out;
}
function declRefs(decl) {
  switch (decl.kind) {
    case "record":
      return decl.fields.flatMap(([, r]) => refNames(r));
    case "variant":
      return decl.cases.flatMap(([, r]) => r ? refNames(r) : []);
    case "alias":
      return refNames(decl.type);
    default:
      return [];
  }
}

// src/virt/wrap/interface-decls.ts
var declsCache = /* @__PURE__ */ new WeakMap();
var functionsCache = /* @__PURE__ */ new WeakMap();
function interfaceById(id, series = "0.2") {
  const iface = findInterface(id, series);
  if (!iface)
    throw new Error(`internal: ${id} is not a WASI ${series} interface the adapter knows`);
  return iface;
}
function catalogueDecls(iface) {
  let decls = declsCache.get(iface);
  if (!decls) {
    decls = iface.types.map((d) => parseDecl(d, iface));
    declsCache.set(iface, decls);
  }
  return decls;
}
var byTextCache = /* @__PURE__ */ new WeakMap();
function readDecl(decl, iface) {
  let byText = byTextCache.get(iface);
  if (!byText) {
    const decls = catalogueDecls(iface);
    byText = new Map(iface.types.map((text, i) => [text, decls[i]]));
    byTextCache.set(iface, byText);
  }
  return byText.get(decl) ?? parseDecl(decl, iface);
}
function functionOf(iface, name) {
  const known = functionsCache.get(iface) ?? /* @__PURE__ */ new Map();
  functionsCache.set(iface, known);
  let fn = known.get(name);
  if (!fn) {
    const signature = iface.functions[name];
    if (signature === void 0) throw new Error(`internal: ${iface.id} has no function ${name}`);
    fn = parseFunction(name, signature);
    known.set(name, fn);
  }
  return fn;
}
function declaring(decls, name) {
  return decls.find(
    (d) => d.kind === "use" ? d.names.some((n) => n.local === name) : d.name === name
  );
}
function definitionOf(id, name, series = "0.2") {
  const decl = declaring(catalogueDecls(interfaceById(id, series)), name);
  if (!decl) throw new Error(`internal: ${id} declares no type ${name}`);
  if (decl.kind !== "use") return { id, decl };
  return definitionOf(decl.from, decl.names.find((n) => n.local === name).source, series);
}
function isResource(id, name, series = "0.2") {
  const { id: at, decl } = definitionOf(id, name, series);
  if (decl.kind === "resource") return true;
  return decl.kind === "alias" && "named" in decl.type && isResource(at, decl.type.named, series);
}

// src/virt/wrap/type-space.ts
var valKey = (v) => v === void 0 ? "_" : "prim" in v ? v.prim : `#${v.typeIndex}`;
function keyOf(type) {
  if (type.kind === "func")
    return `${type.async ? "async " : ""}func(${type.params.map((p) => `${p.name}:${valKey(p.type)}`).join(",")})${valKey(type.result)}`;
  if (type.kind !== "defined") return JSON.stringify(type);
  const d = type.def;
  switch (d.kind) {
    case "record":
      return `record(${d.fields.map((f) => `${f.name}:${valKey(f.type)}`).join(",")})`;
    case "variant":
      return `variant(${d.cases.map((c) => `${c.name}:${valKey(c.type)}`).join(",")})`;
    case "tuple":
      return `tuple(${d.types.map(valKey).join(",")})`;
    case "enum":
    case "flags":
      return `${d.kind}(${d.names.join(",")})`;
    case "list":
      return `list(${valKey(d.element)})`;
    case "option":
      return `option(${valKey(d.type)})`;
    case "result":
      return `result(${valKey(d.ok)},${valKey(d.err)})`;
    case "own":
    case "borrow":
      return `${d.kind}(${d.typeIndex})`;
    case "prim":
      return d.prim;
    default:
      return JSON.stringify(type);
  }
}
var TypeSpace = class {
  constructor(define) {
    this.define = define;
  }
  define;
  defined = /* @__PURE__ */ new Map();
  /** The index of a type definition, defined on first use. */
  type(type) {
    const key = keyOf(type);
    let index = this.defined.get(key);
    if (index === void 0) {
      index = this.define(type);
      this.defined.set(key, index);
    }
    return index;
  }
  def(def) {
    return { typeIndex: this.type({ kind: "defined", def }) };
  }
  named(name, names) {
    const found = names.get(name);
    if (!found) throw new Error(`internal: the type ${name} is not declared before its use`);
    return found;
  }
  val(ref, names) {
    if ("prim" in ref) return { prim: ref.prim };
    if ("named" in ref) {
      const { index, resource } = this.named(ref.named, names);
      return resource ? this.def({ kind: "own", typeIndex: index }) : { typeIndex: index };
    }
    if ("own" in ref) return this.def({ kind: "own", typeIndex: this.named(ref.own, names).index });
    if ("borrow" in ref)
      return this.def({ kind: "borrow", typeIndex: this.named(ref.borrow, names).index });
    if ("list" in ref) return this.def({ kind: "list", element: this.val(ref.list, names) });
    if ("option" in ref) return this.def({ kind: "option", type: this.val(ref.option, names) });
    if ("tuple" in ref)
      return this.def({ kind: "tuple", types: ref.tuple.map((r) => this.val(r, names)) });
    if ("stream" in ref || "future" in ref) {
      const [kind, { element }] = "stream" in ref ? ["stream", ref.stream] : ["future", ref.future];
      return this.def({ kind, ...element ? { element: this.val(element, names) } : {} });
    }
    const { ok, err } = ref.result;
    return this.def({
      kind: "result",
      ...ok ? { ok: this.val(ok, names) } : {},
      ...err ? { err: this.val(err, names) } : {}
    });
  }
  /** The definition of a declared value type (not a resource, not a `use`). */
  valueDecl(decl, names) {
    switch (decl.kind) {
      case "record":
        return this.type({
          kind: "defined",
          def: {
            kind: "record",
            fields: decl.fields.map(([name, r]) => ({ name, type: this.val(r, names) }))
          }
        });
      case "variant":
        return this.type({
          kind: "defined",
          def: {
            kind: "variant",
            cases: decl.cases.map(([name, r]) => ({
              name,
              ...r ? { type: this.val(r, names) } : {}
            }))
          }
        });
      case "enum":
        return this.type({ kind: "defined", def: { kind: "enum", names: decl.names } });
      case "flags":
        return this.type({ kind: "defined", def: { kind: "flags", names: decl.names } });
      case "alias": {
        if ("named" in decl.type) return this.named(decl.type.named, names).index;
        const val = this.val(decl.type, names);
        return "prim" in val ? this.type({ kind: "defined", def: { kind: "prim", prim: val.prim } }) : val.typeIndex;
      }
      default:
        throw new Error(`internal: ${decl.kind} ${JSON.stringify(decl)} is not a value type`);
    }
  }
  func(fn, names) {
    return this.type({
      kind: "func",
      async: fn.async ?? false,
      params: fn.params.map(([name, r]) => ({ name, type: this.val(r, names) })),
      ...fn.result ? { result: this.val(fn.result, names) } : {}
    });
  }
};

// src/virt/wrap/async-pump.ts
var PUMP_MODULE = "wasi-virt-pump";
var PUMP_SECTION = "wasi-virt-pump";
var FUNCTIONS = {
  /** drain: async func(data: stream<u8>): reads the stream to its end, forgetting it. */
  drain: { core: { params: [I32], results: [I32] }, memory: false },
  /** feed: async func(data: list<u8>) -> stream<u8>: a stream of the bytes, then its end. */
  feed: { core: { params: [I32, I32, I32], results: [I32] }, memory: true },
  /** feed-entries: async func(data: list<directory-entry>) -> stream<directory-entry> (WASI 0.3's). */
  "feed-entries": { core: { params: [I32, I32, I32], results: [I32] }, memory: true }
};
var isPumpFunction = (name) => Object.hasOwn(FUNCTIONS, name);
var pumpImportType = (name) => FUNCTIONS[name].core;
var pumpNeedsMemory = (name) => FUNCTIONS[name].memory;
var FILESYSTEM_TYPES = "wasi:filesystem/types";
function memoryModule(limits2) {
  const section = (id, body) => new ByteWriter().u8(id).u32(body.length).bytes(body.view()).view();
  const memories = new ByteWriter().u32(1).bytes(limits2);
  const exports = new ByteWriter().u32(1).name("memory").u8(2).u32(0);
  return new ByteWriter().bytes([0, 97, 115, 109, 1, 0, 0, 0]).bytes(section(5, memories)).bytes(section(7, exports)).toBytes();
}
function pumpComponent(pump) {
  const memoryImport = readModuleModel(pump).imports.find((i) => i.kind === "memory");
  if (!memoryImport) throw new Error("internal: the pump's module imports no memory");
  const b = new ComponentBuilder();
  const bytes = b.defType({ kind: "defined", def: { kind: "stream", element: { prim: "u8" } } });
  const list = b.defType({ kind: "defined", def: { kind: "list", element: { prim: "u8" } } });
  const drainType = b.defType({
    kind: "func",
    async: true,
    params: [{ name: "data", type: { typeIndex: bytes } }]
  });
  const feedType = b.defType({
    kind: "func",
    async: true,
    params: [{ name: "data", type: { typeIndex: list } }],
    result: { typeIndex: bytes }
  });
  const space = new TypeSpace((type) => b.defType(type));
  const names = /* @__PURE__ */ new Map();
  for (const name of ["descriptor-type", "directory-entry"]) {
    const { decl } = definitionOf(FILESYSTEM_TYPES, name, "0.3");
    const index = b.export({ name }, { sort: TYPE_SORT, index: space.valueDecl(decl, names) });
    names.set(name, { index, resource: false });
  }
  const entry = names.get("directory-entry").index;
  const entries = b.defType({
    kind: "defined",
    def: { kind: "stream", element: { typeIndex: entry } }
  });
  const entryList = b.defType({
    kind: "defined",
    def: { kind: "list", element: { typeIndex: entry } }
  });
  const feedEntriesType = b.defType({
    kind: "func",
    async: true,
    params: [{ name: "data", type: { typeIndex: entryList } }],
    result: { typeIndex: entries }
  });
  const env2 = b.coreInstantiate(b.coreModule(memoryModule(memoryImport.descriptor)), []);
  const memory = b.aliasCoreExport("memory", env2, "memory");
  const copying = [{ kind: "memory", index: memory }, { kind: "async" }];
  const builtins = {
    "task-return": b.taskReturn(void 0),
    "task-return-stream": b.taskReturn({ typeIndex: bytes }),
    "stream-new": b.streamOrFutureBuiltin("stream.new", bytes),
    "stream-read": b.streamOrFutureBuiltin("stream.read", bytes, copying),
    "stream-write": b.streamOrFutureBuiltin("stream.write", bytes, copying),
    "stream-drop-readable": b.streamOrFutureBuiltin("stream.drop-readable", bytes),
    "stream-drop-writable": b.streamOrFutureBuiltin("stream.drop-writable", bytes),
    "task-return-entries": b.taskReturn({ typeIndex: entries }),
    "entries-new": b.streamOrFutureBuiltin("stream.new", entries),
    "entries-write": b.streamOrFutureBuiltin("stream.write", entries, [
      ...copying,
      { kind: "string-encoding", encoding: "utf8" }
    ]),
    "entries-drop-writable": b.streamOrFutureBuiltin("stream.drop-writable", entries),
    "waitable-set-new": b.waitableBuiltin("waitable-set.new"),
    "waitable-set-drop": b.waitableBuiltin("waitable-set.drop"),
    "waitable-join": b.waitableBuiltin("waitable.join"),
    "context-get": b.contextSlot("context.get", 0),
    "context-set": b.contextSlot("context.set", 0)
  };
  const funcs = Object.entries(builtins).map(([name, func]) => ({ name, func }));
  const instance = b.coreInstantiate(b.coreModule(pump), [
    { name: "pump", instance: b.coreInstanceOfFuncs(funcs) },
    { name: "env", instance: env2 }
  ]);
  const core = (name) => b.aliasCoreExport("func", instance, name);
  const lift = (name, type, callback, options = []) => b.export(
    { name },
    {
      sort: FUNC_SORT,
      index: b.lift(core(name), type, [
        ...options,
        { kind: "async" },
        { kind: "callback", index: core(callback) }
      ])
    }
  );
  const lowering = [
    { kind: "memory", index: memory },
    { kind: "realloc", index: core("cabi_realloc") },
    { kind: "string-encoding", encoding: "utf8" }
  ];
  lift("drain", drainType, "drain-callback");
  lift("feed", feedType, "feed-callback", lowering);
  lift("feed-entries", feedEntriesType, "feed-callback", lowering);
  return b.finish();
}

// src/virt/adapter-module.ts
var candidates = ["../../adapter/virtual-adapter.wasm", "../adapter/virtual-adapter.wasm"];
var cached;
function loadAdapterModule() {
  cached ??= (async () => {
    for (const candidate of candidates) {
      try {
        return await readFile(new URL(candidate, import.meta.url));
      } catch {
      }
    }
    throw new Error(
      "adapter/virtual-adapter.wasm is missing from this installation; run npm run build:adapter"
    );
  })();
  return cached;
}
var p3Cached;
function adapterModuleFor(wasiVersion) {
  if (seriesOf(wasiVersion) === "0.2") return loadAdapterModule();
  return p3Cached ??= loadAdapterModule().then(p3AdapterModule);
}
var pumpCached;
function loadPumpModule() {
  return pumpCached ??= loadAdapterModule().then((adapter) => {
    const pump = customSection(adapter, PUMP_SECTION);
    if (!pump)
      throw new Error(
        "adapter/virtual-adapter.wasm has no pump (its wasi-virt-pump section); run npm run build:adapter"
      );
    return pump;
  });
}

// src/virt/adapter-component.ts
var AdapterComponent = class {
  constructor(structure, chunks = [structure]) {
    this.structure = structure;
    this.chunks = chunks;
  }
  structure;
  chunks;
  joined;
  get length() {
    return this.chunks.reduce((n, c) => n + c.length, 0);
  }
  /** The adapter in one buffer (assembled the first time it is asked for). */
  bytes() {
    const [only] = this.chunks;
    if (this.chunks.length === 1 && only instanceof Uint8Array) return only;
    return this.joined ??= concatBytes(this.chunks);
  }
};

// src/virt/adapter-wit.ts
function pinUse(decl, iface, version, versionFor) {
  const used = usedInterface(decl, iface);
  if (!used) return decl;
  const usedVersion = versionFor(used);
  const samePackage = used.startsWith(`${iface.package}/`);
  if (samePackage && usedVersion === version && !decl.includes("{version}")) return decl;
  return decl.replace(/^use\s+[^.\s]+(?:@[^.]+|@\{version\})?\./, `use ${used}@${usedVersion}.`);
}
var mentions = (text, name) => {
  let pattern = wordPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(^|[^a-zA-Z0-9-])${name}([^a-zA-Z0-9-]|$)`);
    wordPatterns.set(name, pattern);
  }
  return pattern.test(text);
};
var wordPatterns = /* @__PURE__ */ new Map();
var escape = (name) => ["stream", "future", "type", "flags"].includes(name) ? `%${name}` : name;
function placeFunction(name, signature) {
  const method = /^\[(method|static)\]([^.]+)\.(.+)$/.exec(name);
  if (method)
    return [
      method[2],
      `${escape(method[3])}: ${method[1] === "static" ? "static " : ""}${signature};`
    ];
  const constructor = /^\[constructor\](.+)$/.exec(name);
  if (constructor) return [constructor[1], `constructor${signature.replace(/^func/, "")};`];
  return [void 0, `${name}: ${signature};`];
}
function interfaceBody(iface, functions, version, versionFor, keep) {
  const members = /* @__PURE__ */ new Map();
  for (const name of functions) {
    const [owner, line2] = placeFunction(name, iface.functions[name]);
    members.set(owner, [...members.get(owner) ?? [], line2]);
  }
  let mentioned = functions.map((f) => `${f} ${iface.functions[f]}`).join("\n");
  const decls = [];
  const uses = [];
  const narrow = functions.length > 0 || keep !== void 0;
  const wanted = (n) => !!keep?.includes(n) || mentions(mentioned, n) || members.has(n);
  for (const declared of [...iface.types].reverse()) {
    if (narrow && !declaredNames(declared).some(wanted)) continue;
    const decl = narrow ? narrowUse(declared, wanted) : declared;
    decls.unshift(decl);
    mentioned += `
${decl}`;
    const used = usedInterface(decl, iface);
    if (used) uses.push(used);
  }
  const line = (decl) => {
    const resource = /^resource\s+([a-z][a-z0-9-]*)$/.exec(decl);
    const methods = resource ? members.get(resource[1]) ?? [] : [];
    return resource ? methods.length > 0 ? `resource ${resource[1]} {
${methods.map((m) => `      ${m}`).join("\n")}
    }` : `resource ${resource[1]};` : /[;}]$/.test(decl) ? pinUse(decl, iface, version, versionFor) : `${decl};`;
  };
  const text = () => {
    const free = (members.get(void 0) ?? []).map((l) => `    ${l}`);
    const included = decls.map((decl) => `    ${line(decl)}`);
    return [`  interface ${iface.name} {`, ...included, ...free, "  }"].join("\n");
  };
  return { text, uses, decls };
}
function typesOnlyExports(exported, usesOf) {
  const added = [];
  const reachesExport = (id, seen = /* @__PURE__ */ new Set()) => (usesOf.get(id) ?? []).some(
    (used) => exported.has(used) || !seen.has(used) && reachesExport(used, seen.add(used))
  );
  const usedByExport = (id) => [...exported].some((e) => usesOf.get(e)?.includes(id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of usesOf.keys()) {
      if (exported.has(id) || !usedByExport(id) || !reachesExport(id)) continue;
      exported.add(id);
      added.push(id);
      changed = true;
    }
  }
  return added;
}
function adapterWorld(plan) {
  const series = seriesOf(plan.wasiVersion);
  const versionFor = (id) => {
    const iface = findInterface(id, series);
    return iface ? plannedVersion(plan, iface) : plan.wasiVersion;
  };
  const interfaces = /* @__PURE__ */ new Map();
  const usesOf = /* @__PURE__ */ new Map();
  const declare = (iface, version, functions, keep) => {
    const known = interfaces.get(iface.id);
    if (known) {
      if (known.version !== version)
        throw new Error(`internal: ${iface.id} is declared at ${known.version} and ${version}`);
      return [];
    }
    const body = interfaceBody(iface, functions, version, versionFor, keep);
    const name = `${iface.id}@${version}`;
    interfaces.set(iface.id, { iface, version, name, functions, ...body });
    usesOf.set(iface.id, body.uses);
    return body.uses;
  };
  const imports = [];
  const pending = [];
  for (const v of plan.interfaces) {
    if (v.forwarded.length > 0) imports.push(v.iface.id);
    const functions = v.importOnly ? v.forwarded.filter((f) => f in v.iface.functions) : v.exported;
    pending.push(...declare(v.iface, v.version, functions, v.importOnly ? void 0 : v.types));
  }
  for (let id = pending.pop(); id !== void 0; id = pending.pop()) {
    const iface = findInterface(id, series);
    if (iface) pending.push(...declare(iface, versionFor(id), []));
  }
  const exported = new Set(plan.interfaces.filter((v) => !v.importOnly).map((v) => v.iface.id));
  const exports = [...exported, ...typesOnlyExports(exported, usesOf)];
  return { interfaces, imports, exports, series };
}

// src/virt/denials.ts
function allowedBy(subsystem) {
  return { flag: `--allow-${subsystem}`, key: `allow-${subsystem}` };
}
var TRAPPING = ["exit", "random", "clocks"];
var virtual = (role, settings) => role === "clocks" && settings.fixedTime !== void 0 || role === "random" && settings.randomSeed !== void 0;
function deniedSubsystem(iface, settings) {
  const role = iface.role;
  return subsystems.includes(role) && settings.access[role] === "deny" && !virtual(role, settings) ? role : void 0;
}
function trappingInterfaces(plan) {
  return plan.interfaces.flatMap((planned) => {
    const subsystem = deniedSubsystem(planned.iface, plan.settings);
    const trapping = subsystem && (TRAPPING.includes(subsystem) || WASI_P3_DENIED_WHOLE.includes(planned.iface));
    return !planned.importOnly && subsystem && trapping ? [{ planned, subsystem }] : [];
  });
}
var unversioned = (name) => name.replace(/@[^#]*$/, "");
function trapMessage(interfaceName, fn, subsystem) {
  const { flag } = allowedBy(subsystem);
  return `wasi-virt: denied ${unversioned(interfaceName)}#${fn} (allow with ${flag})`;
}
function unreachableTrapName(denied) {
  const flags = [...new Set(denied.map((s) => s ? allowedBy(s).flag : void 0))];
  return flags.every((f) => f !== void 0) ? `wasi-virt: denied (allow with ${flags.join(" or ")})` : "wasi-virt: not served";
}
function tracedDenial(subsystem) {
  return subsystem ? `trap: denied (allow with ${allowedBy(subsystem).flag})` : "trap: not served";
}
function writesDenials(plan) {
  const { debug, stdio } = plan.settings;
  if (debug || stdio.stderr !== "allow" || seriesOf(plan.wasiVersion) === "0.3") return false;
  if (trappingInterfaces(plan).length === 0) return false;
  const stderr = (name) => unversioned(name) === "wasi:cli/stderr";
  return plan.passedThrough.some(stderr) || plan.interfaces.some((v) => stderr(v.name) && v.forwarded.includes("get-stderr"));
}

// src/component/core/instructions.ts
var skipLeb = (r, what) => {
  for (let i = 0; i < 10; i++) if ((r.u8(what) & 128) === 0) return;
  r.fail(`malformed LEB128 ${what}`);
};
var bare = (op) => op === 0 || op === 1 || op === 5 || op === 11 || op === 15 || op === 26 || op === 27 || op === 209 || op >= 69 && op <= 196;
function skipPrefixed(r, at) {
  const sub = r.u32("a 0xfc opcode");
  if (sub <= 7) return;
  const immediates = { 8: 2, 9: 1, 10: 2, 11: 1, 12: 2, 13: 1, 14: 2 };
  const count2 = immediates[sub] ?? (sub <= 17 ? 1 : -1);
  if (count2 < 0) r.fail(`unsupported instruction 0xfc ${sub}`, at);
  for (let i = 0; i < count2; i++) r.u32("an immediate");
}
function scanBody(body) {
  const r = new ByteReader(body);
  const refs = { functions: [], types: [], usesElements: false };
  const typeRef = (blockType) => {
    const start = r.offset;
    const index = blockType ? r.signedLeb(33, "a block type") : r.u32("a type index");
    refs.types.push({ index, start, end: r.offset, blockType });
  };
  r.vec("local declarations", () => {
    r.u32("a local count");
    r.u8("a local type");
  });
  while (!r.atEnd) {
    const at = r.offset;
    const op = r.u8("an opcode");
    if (bare(op)) continue;
    if (op >= 2 && op <= 4) {
      const blockType = r.peekU8("a block type");
      if (blockType === 64 || blockType >= 111 && blockType <= 127) r.u8();
      else typeRef(true);
    } else if (op === 16 || op === 18 || op === 210) {
      const start = r.offset;
      const index = r.u32("a function index");
      refs.functions.push({ index, start, end: r.offset });
      if (op === 210) refs.usesElements = true;
    } else if (op === 17 || op === 19) {
      typeRef(false);
      r.u32("a table index");
      refs.usesElements = true;
    } else if (op === 14) {
      r.vec("branch targets", () => r.u32("a branch target"));
      r.u32("the default branch target");
    } else if (op === 28) r.vec("select types", () => r.u8("a value type"));
    else if (op === 12 || op === 13 || op >= 32 && op <= 38 || op === 63 || op === 64)
      r.u32("an index");
    else if (op >= 40 && op <= 62) {
      const align = r.u32("a memory alignment");
      if (align & 64) r.fail("multiple memories are not supported", at);
      r.u32("a memory offset");
    } else if (op === 65 || op === 66) skipLeb(r, "a constant");
    else if (op === 67) r.take(4, "an f32 constant");
    else if (op === 68) r.take(8, "an f64 constant");
    else if (op === 208) r.u8("a reference type");
    else if (op === 252) skipPrefixed(r, at);
    else r.fail(`unsupported instruction 0x${op.toString(16)}`, at);
  }
  return refs;
}
function renumberBody(body, refs, functions, types2) {
  const { functions: calls, types: typeRefs } = refs;
  if (calls.length === 0 && typeRefs.length === 0) return body;
  const out = new ByteWriter();
  let copied = 0;
  for (let f = 0, t = 0; f < calls.length || t < typeRefs.length; ) {
    const call = calls[f];
    const typeRef = typeRefs[t];
    if (call && (!typeRef || call.start < typeRef.start)) {
      out.bytes(body.subarray(copied, call.start)).u32(functions(call.index));
      copied = call.end;
      f++;
    } else {
      const ref = typeRef;
      out.bytes(body.subarray(copied, ref.start));
      if (ref.blockType) out.s33(types2(ref.index));
      else out.u32(types2(ref.index));
      copied = ref.end;
      t++;
    }
  }
  return out.bytes(body.subarray(copied)).toBytes();
}

// src/component/core/reachable.ts
var scanned = /* @__PURE__ */ new WeakMap();
function bodyRefs(body) {
  let refs = scanned.get(body);
  if (!refs) scanned.set(body, refs = scanBody(body));
  return refs;
}
function reachableFunctions(m, roots) {
  const imported = importedFunctions(m);
  const result = { functions: /* @__PURE__ */ new Set(), bodies: /* @__PURE__ */ new Map(), usesElements: false };
  const pending = [...roots];
  if (m.start !== void 0) pending.push(m.start);
  const reach = (index) => {
    if (!result.functions.has(index)) pending.push(index);
  };
  while (pending.length > 0) {
    const index = pending.pop();
    if (result.functions.has(index)) continue;
    result.functions.add(index);
    if (index < imported) continue;
    const body = m.code[index - imported];
    if (!body) throw new Error(`function ${index} is not in the module`);
    const refs = bodyRefs(body);
    result.bodies.set(index, refs);
    for (const ref of refs.functions) reach(ref.index);
    if (refs.usesElements && !result.usesElements) {
      result.usesElements = true;
      for (const segment of m.elements) segment.functions.forEach(reach);
    }
  }
  return result;
}

// src/virt/adapter-exports.ts
var RUNTIME_EXPORTS = /* @__PURE__ */ new Set(["memory", "cabi_realloc"]);
var TRACE_EXPORTS = [
  "wasi_virt_trace_enter",
  "wasi_virt_trace_arg",
  "wasi_virt_trace_string",
  "wasi_virt_trace_bytes",
  "wasi_virt_trace_result",
  "wasi_virt_trace_shaped",
  "wasi_virt_trace_done",
  "wasi_virt_trace_denied",
  "wasi_virt_denied"
];
function splitCoreName(name) {
  if (!split.has(name)) {
    const match = /^([^@#]+)@[^#]+#(.+)$/.exec(name);
    split.set(name, match ? [match[1], match[2]] : void 0);
  }
  const parts2 = split.get(name);
  return parts2 && [...parts2];
}
var split = /* @__PURE__ */ new Map();
var destructorOf = (fn) => /^\[dtor\](.+)$/.exec(fn)?.[1];
var FORWARD = "[forward]";
var CHECKED = "[checked]";
var checks = (plan, id) => id.startsWith("wasi:sockets/") && plan.settings.socketRules !== void 0;
var WRITABLE = "[writable]";
function usableExport(name, plan) {
  if (name.startsWith(WRITABLE)) {
    const parts3 = plan.settings.writable ? splitCoreName(name.slice(WRITABLE.length)) : void 0;
    return parts3 && [...parts3, 1];
  }
  const prefix = [FORWARD, CHECKED].find((p) => name.startsWith(p));
  const parts2 = splitCoreName(prefix ? name.slice(prefix.length) : name);
  if (!parts2 || !prefix) return parts2 && [...parts2, 0];
  const [id, fn] = parts2;
  const resource = destructorOf(fn);
  const host = resource ? `[resource-drop]${resource}` : fn;
  const forwarded = plan.interfaces.some((v) => v.iface.id === id && v.forwarded.includes(host));
  if (!forwarded) return void 0;
  if (prefix === FORWARD) return [id, fn, 1];
  return checks(plan, id) ? [id, fn, 2] : void 0;
}
function chooseExports(exports, plan) {
  const kept = exports.filter(
    (e) => RUNTIME_EXPORTS.has(e.name) || plan.proxy && BRIDGE_EXPORTS.includes(e.name)
  );
  const chosen = /* @__PURE__ */ new Map();
  const served = /* @__PURE__ */ new Map();
  for (const v of plan.interfaces)
    if (!v.importOnly) served.set(v.iface.id, [...served.get(v.iface.id) ?? [], v]);
  for (const exp of exports) {
    if (kept.includes(exp)) continue;
    const usable = usableExport(exp.name, plan);
    if (!usable || exp.kind !== "func") continue;
    const [id, fn, rank] = usable;
    const resource = destructorOf(fn);
    const planned = served.get(id)?.find(
      (v) => resource ? v.iface.types.includes(`resource ${resource}`) : v.exported.includes(fn)
    );
    if (!planned) continue;
    const name = `${planned.name}#${fn}`;
    const was = chosen.get(name);
    if (!was || rank > 0 && rank >= was.rank) chosen.set(name, { index: exp.index, rank });
  }
  return [
    ...kept,
    ...[...chosen].map(([name, { index }]) => ({ name, kind: "func", index }))
  ];
}
var DATA_INIT = { module: "wasi-virt", name: "data-init" };
var resourceOfIntrinsic = (fn) => /^\[resource-(?:new|rep|drop)\](.+)$/.exec(fn)?.[1];
function keptImportModule(module, name, plan) {
  if (module === PUMP_MODULE) return module;
  const ownResource = module.startsWith("[export]");
  const id = module.replace(/^\[export\]/, "").split("@")[0];
  const resource = resourceOfIntrinsic(name);
  const planned = plan.interfaces.find(
    (v) => v.iface.id === id && (ownResource ? !v.importOnly && (resource === void 0 || v.types.includes(resource)) : v.forwarded.includes(name))
  );
  return planned && `${ownResource ? "[export]" : ""}${planned.name}`;
}

// src/virt/plan.ts
var import_gt = __toESM(require_gt(), 1);

// src/virt/io-plan.ts
var isWasi = (item, pkg) => item.interface?.namespace === "wasi" && item.interface.package === pkg;
var wasiItems = (items, pkg) => (items ?? []).filter((i) => isWasi(i, pkg));
function policyVirtualizesIo(policy) {
  return stdioStreams.some((s) => policy.stdio[s] !== "allow") || policy.hideTerminals || policy.access.fs !== "allow" || putsFilesInAdapter(policy);
}
function servesHttp(policy, appImports) {
  if (policy.access.http !== "deny") return false;
  return appImports ? wasiItems(appImports, "http").length > 0 : policyVirtualizesIo(policy);
}
function virtualizesIo(policy, appImports) {
  return policyVirtualizesIo(policy) || servesHttp(policy, appImports) || checksHttp(policy, appImports) || checksSockets(policy, appImports) || waitsOnVirtualClock(policy, appImports);
}
function checksHttp(policy, appImports) {
  if (!restrictsHttp(policy)) return false;
  return appImports ? wasiItems(appImports, "http").length > 0 : true;
}
function checksSockets(policy, appImports) {
  if (!restrictsSockets(policy)) return false;
  return appImports ? wasiItems(appImports, "sockets").length > 0 : true;
}
function waitsOnVirtualClock(policy, appImports) {
  if (!fixesTime(policy)) return false;
  if (!appImports) return true;
  return appImports.some(
    (i) => i.interface?.id === "wasi:clocks/monotonic-clock" && (i.functions === void 0 || i.functions.some((f) => f.startsWith("subscribe-")))
  );
}
var NETWORK = ["sockets", "http"];
function forwardsNetwork(policy, appImports) {
  return virtualizesIo(policy, appImports) && NETWORK.some(
    (pkg) => policy.access[pkg] === "allow" && (!appImports || wasiItems(appImports, pkg).length > 0)
  );
}
var proxyExport = (appExports) => wasiItems(appExports, "http").find((e) => e.interface?.interface === "incoming-handler")?.name;
function proxiedExport(policy, appImports, appExports = []) {
  const proxy = proxyExport(appExports);
  return proxy && policy.access.http === "allow" && virtualizesIo(policy, appImports) ? proxy : void 0;
}
var REQUEST_HANDLERS = /* @__PURE__ */ new Set(["incoming-handler", "handler"]);
function checkProxySupported(policy, appExports = []) {
  const proxy = wasiItems(appExports, "http").find(
    (e) => REQUEST_HANDLERS.has(e.interface?.interface ?? "")
  )?.name;
  if (proxy && policy.access.http === "deny") {
    throw new UserInputError(
      `the component exports ${proxy}: the host makes the requests it handles, so wasi:http must be the host's (add --allow-http)`
    );
  }
}

// src/virt/p3-plan.ts
var STREAM = /^wasi:cli\/(?:terminal-)?(stdin|stdout|stderr)$/;
function leftToHost(id, policy) {
  const stream = STREAM.exec(id)?.[1];
  if (stream) return policy.stdio[stream] === "allow";
  switch (id.split("/")[0]) {
    case "wasi:filesystem":
      return policy.access.fs === "allow" && !putsFilesInAdapter(policy);
    case "wasi:sockets":
      return policy.access.sockets === "allow" && !restrictsSockets(policy);
    case "wasi:http":
      return policy.access.http === "allow" && !restrictsHttp(policy);
    case "wasi:clocks":
      return policy.access.clocks === "allow" && !fixesTime(policy);
    case "wasi:random":
      return policy.access.random === "allow" && !seedsRandom(policy);
    default:
      return false;
  }
}
var LEAVE_FLAGS = {
  "wasi:filesystem": "--allow-fs, without mounts, writable or remapped directories, host files",
  "wasi:sockets": "--allow-sockets",
  "wasi:http": "--allow-http",
  "wasi:clocks": "--allow-clocks, without --fixed-time",
  "wasi:random": "--allow-random, without --random-seed"
};
function howToLeave(id) {
  const stream = STREAM.exec(id)?.[1];
  const flag = stream ? `--${stream} allow` : LEAVE_FLAGS[id.split("/")[0]];
  return flag ? `leave ${id} to the host (${flag})` : `rebuild the component against WASI ${WASI_P3_VERSION}'s WIT`;
}
function checkP3Supported(policy, appImports) {
  const imports = (pkg) => !appImports || appImports.some((i) => i.interface?.namespace === "wasi" && i.interface.package === pkg);
  if (policy.debug)
    throw new UserInputError(
      `--debug (the call trace) is not yet supported at WASI ${WASI_P3_VERSION}: leave it out`
    );
  if (restrictsSockets(policy) && imports("sockets"))
    throw new UserInputError(
      `--allow-sockets=PATTERNS is not yet supported at WASI ${WASI_P3_VERSION}: allow sockets whole (--allow-sockets) or deny them`
    );
  if (restrictsHttp(policy) && imports("http"))
    throw new UserInputError(
      `--allow-http=PATTERNS is not yet supported at WASI ${WASI_P3_VERSION}: allow HTTP whole (--allow-http) or deny it`
    );
  const hostFiles = policy.preopens.length > 0 || policy.hostFiles.length > 0;
  const otherwise = appImports ? "or leave every file to the host (--allow-fs alone)" : "or generate for WASI 0.2";
  if (imports("filesystem") && (hasWritableTrees(policy) || hostFiles || policy.access.fs === "allow" && putsFilesInAdapter(policy)))
    throw new UserInputError(
      `at WASI ${WASI_P3_VERSION} the adapter serves read-only --mount trees only, not yet the host's files beside them: leave out --writable (--hermetic adds one at /tmp), --overlay, remapped directories, host files and --allow-fs, ${otherwise}`
    );
  for (const item of appImports ?? []) {
    const parsed = item.interface;
    if (parsed?.namespace !== "wasi" || parsed.version !== WASI_P3_VERSION) continue;
    const served = findInterface(parsed.id, "0.3");
    const functions = item.functionsUnknown ? void 0 : item.functions ?? [];
    const unserved = functions?.filter((f) => !served || !(f in served.functions));
    if (unserved?.length === 0 || leftToHost(parsed.id, policy)) continue;
    const listed = unserved && unserved.length > 3 ? `${unserved.slice(0, 3).join(", ")} and ${unserved.length - 3} more functions` : unserved?.join(", ");
    const what = listed ? `${listed} from ${item.name}` : item.name;
    throw new UserInputError(
      `the component imports ${what}, which is not yet supported at WASI ${WASI_P3_VERSION} (at 0.3 the adapter serves the environment, exit, random, config, the clocks but the timezone, stdio and terminals it does not pass to the host and read-only mounted trees, and denies sockets and HTTP whole): ${howToLeave(parsed.id)}`
    );
  }
}
function p3Serves(policy, appImports, appExports) {
  checkProxySupported(policy, appExports);
  checkP3Supported(policy, appImports);
  const http2 = policy.access.http === "deny";
  return { serves: { io: false, http: http2, network: false, proxy: false } };
}
function p3HostImports(plan, appImports) {
  const planned = new Set(plan.interfaces.map((v) => v.iface.id));
  return (appImports ?? []).filter((i) => i.interface?.namespace === "wasi" && !planned.has(i.interface.id)).map((i) => i.name).filter((name) => !plan.passedThrough.includes(name));
}
var RENAMED_RULES = {
  "wasi:cli/environment#initial-cwd": "wasi:cli/environment#get-initial-cwd"
};
var withP3Names = (rules) => rules.flatMap((rule) => [rule, ...RENAMED_RULES[rule] ? [RENAMED_RULES[rule]] : []]);

// src/virt/servable.ts
var leaveIt = (iface) => `leave ${iface.id} to the host with the policy, or rebuild the component against WASI's WIT`;
function checkServedVersions(iface, names) {
  const served = iface.role === "config" ? [CONFIG_VERSION] : iface.series === "0.3" ? [WASI_P3_VERSION] : WASI_VERSIONS;
  const other = names.find((n) => {
    const version = /@([^@]+)$/.exec(n)?.[1];
    return version !== void 0 && !served.includes(version);
  });
  if (!other) return;
  throw new UserInputError(
    `the component imports ${other}, a version this tool cannot virtualize (it serves ${served[0]} to ${served.at(-1)}): leave ${iface.id} to the host with the policy`
  );
}
function checkKnownTypes(iface, imported) {
  const declared = new Set(iface.types.flatMap(declaredNames));
  const unknown = imported.types.filter((t) => !declared.has(t));
  if (unknown.length > 0) {
    throw new UserInputError(
      `the component imports ${imported.names.join(" and ")} with type(s) ${unknown.join(", ")}, which WASI's ${iface.id} does not have: ${leaveIt(iface)}`
    );
  }
}
function checkTypeOwners(iface, imported, appImports) {
  for (const decl of iface.types) {
    const owner = usedInterface(decl, iface);
    const borrowed = declaredNames(decl).filter((t) => imported.types.includes(t));
    if (!owner || borrowed.length === 0) continue;
    const owners = appImports.filter((i) => i.interface?.id === owner);
    if (owners.length === 0)
      throw new UserInputError(
        `the component imports ${imported.names[0]} with type(s) ${borrowed.join(", ")}, which WASI defines in ${owner}, but it does not import ${owner}: ${leaveIt(iface)}`
      );
    if (owners.some((i) => i.functionsUnknown)) continue;
    const has = new Set(owners.flatMap((i) => [...i.types ?? [], ...i.resources ?? []]));
    const missing = usedNames(decl).filter(([original, local]) => borrowed.includes(local) && !has.has(original)).map(([original]) => original);
    if (missing.length > 0)
      throw new UserInputError(
        `the component imports ${imported.names[0]} with type(s) from ${owner} that its import of ${owners[0].name} does not have (${missing.join(", ")}): ${leaveIt(iface)}`
      );
  }
}
function checkServable(iface, imported, appImports) {
  const notInstance = appImports.find((i) => i.interface?.id === iface.id && i.kind !== "instance");
  if (notInstance) {
    throw new UserInputError(
      `the component imports ${notInstance.name} as a ${notInstance.kind}, but WASI's ${iface.id} is an interface (an instance): ${leaveIt(iface)}`
    );
  }
  checkServedVersions(iface, imported.names);
  const unknown = (imported.functions ?? []).filter((f) => !(f in iface.functions));
  if (unknown.length > 0) {
    throw new UserInputError(
      `the component imports ${unknown.join(", ")} from ${imported.names.join(" and ")}, which WASI's ${iface.id} does not have or this tool cannot virtualize yet: ${leaveIt(iface)}`
    );
  }
  checkKnownTypes(iface, imported);
  checkTypeOwners(iface, imported, appImports);
}

// src/virt/subsystems/registry.ts
var SUBSYSTEMS = [env, config, exit, random, clocks, io, sockets, http];
function subsystemOf(iface) {
  const subsystem = SUBSYSTEMS.find((s) => s.role === iface.role);
  if (!subsystem) throw new Error(`internal: no subsystem has role '${iface.role}' (${iface.id})`);
  return subsystem;
}
var impliedDenyRules = (policy) => SUBSYSTEMS.flatMap((s) => s.impliedDenyRules(policy)).map(
  (rule) => rule.includes("#") ? rule : `${rule}#*`
);

// src/virt/plan.ts
function adapterSettings(policy) {
  return {
    env: policy.env,
    config: policy.config,
    ...policy.args !== void 0 ? { args: policy.args } : {},
    ...policy.cwd !== void 0 ? { cwd: policy.cwd } : {},
    stdio: policy.stdio,
    hideTerminals: policy.hideTerminals,
    access: policy.access,
    hostFiles: reachesHostFiles(policy),
    debug: policy.debug,
    passiveCutoff: policy.passiveCutoff ?? DEFAULT_PASSIVE_CUTOFF,
    ...policy.fixedTime !== void 0 ? { fixedTime: policy.fixedTime } : {},
    ...policy.randomSeed !== void 0 ? { randomSeed: policy.randomSeed } : {},
    ...restrictsHttp(policy) ? { httpHosts: policy.httpHosts } : {},
    ...restrictsSockets(policy) ? { socketRules: policy.socketRules } : {},
    writable: hasWritableTrees(policy),
    deniedImports: impliedDenyRules(policy)
  };
}
function chooseVersion(appImports, policy) {
  const versions = new Set(
    (appImports ?? []).filter(
      (i) => i.interface?.namespace === "wasi" && i.interface.package !== "config" && i.interface.version
    ).map((i) => i.interface.version)
  );
  const known = [...versions].filter((v) => WASI_VERSIONS.includes(v) || v === WASI_P3_VERSION);
  if (versions.size > 0 && known.length === 0) {
    throw new UserInputError(
      `the component imports WASI ${[...versions].join(", ")}, which this tool does not know; it serves ${WASI_VERSIONS[0]} to ${WASI_VERSIONS.at(-1)} and ${WASI_P3_VERSION}`
    );
  }
  const newest02 = known.filter((v) => v !== WASI_P3_VERSION).sort((a, b) => Number(b.split(".")[2]) - Number(a.split(".")[2]))[0];
  if (policy.wasiVersion) checkWasiVersion(policy.wasiVersion);
  return newest02 ?? (known.includes(WASI_P3_VERSION) ? WASI_P3_VERSION : void 0) ?? policy.wasiVersion ?? DEFAULT_WASI_VERSION;
}
function p2Serves(policy, appImports, appExports) {
  checkProxySupported(policy, appExports);
  const proxy = proxiedExport(policy, appImports, appExports);
  const serves = {
    io: virtualizesIo(policy, appImports),
    http: servesHttp(policy, appImports),
    network: forwardsNetwork(policy, appImports),
    proxy: proxy !== void 0
  };
  return proxy === void 0 ? { serves } : { serves, proxy };
}
function newestPackageVersions(appImports) {
  const newest = {};
  for (const { interface: parsed } of appImports ?? []) {
    if (parsed?.namespace !== "wasi" || !parsed.version) continue;
    const pkg = `wasi:${parsed.package}`;
    const served = pkg === "wasi:config" ? [CONFIG_VERSION] : WASI_VERSIONS;
    if (!served.includes(parsed.version)) continue;
    const known = newest[pkg];
    if (!known || (0, import_gt.default)(parsed.version, known)) newest[pkg] = parsed.version;
  }
  return newest;
}
function importedInterface(iface, appImports) {
  const matching = appImports.filter((i) => i.interface?.id === iface.id);
  if (matching.length === 0) return void 0;
  const union = (items) => [...new Set(items.flatMap((i) => i ?? []))];
  return {
    names: matching.map((i) => i.name),
    functions: matching.some((i) => i.functions === void 0) ? void 0 : union(matching.map((i) => i.functions)),
    types: union(matching.flatMap((i) => [i.types, i.resources]))
  };
}
function planVirtualization(policy, appImports, appExports) {
  const wasiVersion = chooseVersion(appImports, policy);
  const series = seriesOf(wasiVersion);
  const { serves, proxy } = series === "0.3" ? p3Serves(policy, appImports, appExports) : p2Serves(policy, appImports, appExports);
  const settings = adapterSettings(policy);
  const plan = {
    wasiVersion,
    settings: series === "0.3" ? { ...settings, deniedImports: withP3Names(settings.deniedImports) } : settings,
    packageVersions: newestPackageVersions(appImports),
    interfaces: [],
    passedThrough: []
  };
  for (const iface of interfacesOf(series)) {
    const version = plannedVersion(plan, iface);
    const imported = appImports && importedInterface(iface, appImports);
    if (appImports && !imported) continue;
    const name = `${iface.id}@${version}`;
    const subsystem = subsystemOf(iface);
    if (subsystem.passesThrough(iface, policy, serves)) {
      if (imported) plan.passedThrough.push(...imported.names);
      continue;
    }
    if (imported) checkServable(iface, imported, appImports);
    const wanted = imported?.functions ?? Object.keys(iface.functions);
    const types2 = imported ? imported.types : iface.types.flatMap(declaredNames);
    if (serves.proxy && iface.id === PROXY_TYPES)
      types2.push(...PROXY_RESOURCES.filter((r) => !types2.includes(r)));
    const forwarded = subsystem.forwarded(iface, wanted, types2, policy, serves);
    const exported = [.../* @__PURE__ */ new Set([...wanted, ...forwarded.filter((f) => f in iface.functions)])];
    plan.interfaces.push({
      iface,
      name,
      version,
      exported,
      forwarded,
      types: types2
    });
  }
  if (series === "0.3") plan.passedThrough.push(...p3HostImports(plan, appImports));
  if (proxy && plan.interfaces.some((v) => v.iface.id === PROXY_TYPES))
    plan.proxy = { export: proxy };
  if (policy.debug || writesDenials(plan)) addTraceImports(plan);
  return plan;
}
var TRACE_IMPORTS = [
  ["wasi:cli/stderr", "get-stderr"],
  ["wasi:io/streams", "[method]output-stream.blocking-write-and-flush"],
  ["wasi:io/error", "[resource-drop]error"]
];
function addTraceImports(plan) {
  for (const [id, fn] of TRACE_IMPORTS) {
    const iface = WASI_INTERFACES.find((i) => i.id === id);
    let entry = plan.interfaces.find((v) => v.iface.id === id);
    if (!entry) {
      const version = plannedVersion(plan, iface);
      entry = {
        iface,
        name: `${id}@${version}`,
        version,
        exported: [],
        forwarded: [],
        types: [],
        importOnly: true
      };
      plan.interfaces.push(entry);
    }
    if (!entry.forwarded.includes(fn)) entry.forwarded.push(fn);
    if (!entry.importOnly && fn in iface.functions && !entry.exported.includes(fn))
      entry.exported.push(fn);
  }
}

// src/virt/prebuilt-model.ts
var models = /* @__PURE__ */ new WeakMap();
function prebuiltModel(adapter) {
  let m = models.get(adapter);
  if (!m) models.set(adapter, m = readModuleModel(adapter));
  return m;
}

// src/virt/host-calls.ts
function reachableHostCalls(adapter, plan, trace) {
  const key = JSON.stringify([
    trace,
    plan.proxy,
    plan.settings.socketRules !== void 0,
    // the [checked] variants (adapter-exports.ts)
    plan.interfaces.map((v) => [v.name, v.importOnly, v.exported, v.forwarded])
  ]);
  const known = cache.get(adapter) ?? /* @__PURE__ */ new Map();
  cache.set(adapter, known);
  const found = known.get(key) ?? hostCallsReached(adapter, plan, trace);
  known.set(key, found);
  return found;
}
var cache = /* @__PURE__ */ new WeakMap();
function hostCallsReached(adapter, plan, trace) {
  const m = prebuiltModel(adapter);
  const roots = chooseExports(m.exports, plan).filter((e) => e.kind === "func").map((e) => e.index);
  if (trace) roots.push(...m.exports.filter((e) => TRACE_NAMES.has(e.name)).map((e) => e.index));
  const { functions } = reachableFunctions(m, roots);
  return new Set(
    m.imports.filter((i) => i.kind === "func").filter((i, index) => functions.has(index) && !i.module.startsWith("[")).map((i) => `${i.module.split("@")[0]}#${i.name}`)
  );
}
var TRACE_NAMES = new Set(TRACE_EXPORTS);
function narrowForwarded(adapter, plan, appImports, trace) {
  if (!appImports || plan.interfaces.length === 0) return plan;
  let exported = plan.interfaces.map((v) => {
    const app = v.importOnly ? [] : importedInterface(v.iface, appImports)?.functions ?? v.exported;
    return v.exported.filter((f) => app.includes(f));
  });
  for (; ; ) {
    const trial = plan.interfaces.map((v, i) => ({ ...v, exported: exported[i] }));
    const reachable = reachableHostCalls(adapter, { ...plan, interfaces: trial }, trace);
    const forwarded = plan.interfaces.map(
      (v) => v.forwarded.filter((f) => reachable.has(`${v.iface.id}#${f}`))
    );
    const grown = plan.interfaces.map(
      (v, i) => v.exported.filter((f) => exported[i].includes(f) || forwarded[i].includes(f))
    );
    if (grown.every((e, i) => e.length === exported[i].length))
      return {
        ...plan,
        interfaces: trial.map((v, i) => ({ ...v, forwarded: forwarded[i] }))
      };
    exported = grown;
  }
}

// src/virt/mount-progress.ts
function reportMountReads(files, listener) {
  const progress = {
    scanned: true,
    files: 0,
    bytes: 0,
    totalFiles: files.length,
    totalBytes: files.totalBytes
  };
  const read = new Uint8Array(files.count);
  files.onCopied = (file) => {
    if (read[file]) return;
    read[file] = 1;
    progress.files++;
    progress.bytes += files.size(file);
    listener({ ...progress });
  };
  listener({ ...progress });
}
var SCANNING = {
  scanned: false,
  files: 0,
  bytes: 0,
  totalFiles: 0,
  totalBytes: 0
};

// src/virt/mount-tree.ts
import {
  closeSync as closeSync2,
  constants as constants2,
  fstatSync as fstatSync2,
  lstatSync,
  openSync as openSync2,
  readdirSync,
  realpathSync,
  statSync
} from "node:fs";
import { posix } from "node:path";
import { isUtf8 } from "node:buffer";

// src/virt/embedded-files.ts
import { createHash as createHash2 } from "node:crypto";

// src/virt/column.ts
var Column = class {
  constructor(make, capacity = 64) {
    this.make = make;
    this.array = make(capacity);
  }
  make;
  array;
  count = 0;
  get length() {
    return this.count;
  }
  /** Makes room for `more` values; returns where they go. */
  grow(more) {
    const at = this.count;
    if (at + more > this.array.length) {
      let capacity = this.array.length * 2;
      while (capacity < at + more) capacity *= 2;
      const grown = this.make(capacity);
      grown.set(this.array);
      this.array = grown;
    }
    this.count = at + more;
    return at;
  }
  /** Appends one value; returns its index. */
  push(value) {
    const at = this.grow(1);
    this.array[at] = value;
    return at;
  }
  /** Appends every value of `values`; returns the index of the first. */
  append(values) {
    const at = this.grow(values.length);
    this.array.set(values, at);
    return at;
  }
  get(index) {
    return this.array[index];
  }
  set(index, value) {
    this.array[index] = value;
  }
  /** Values `start` to `end` (the whole column without arguments), as a view: valid until the next push. */
  view(start = 0, end = this.count) {
    return this.array.subarray(start, end);
  }
};
var bytesColumn = () => new Column((n) => new Uint8Array(n), 1024);
var u32Column = () => new Column((n) => new Uint32Array(n));
var u64Column = () => new Column((n) => new BigUint64Array(n));
var i64Column = () => new Column((n) => new BigInt64Array(n));

// src/virt/host-file-bytes.ts
import { createHash, hash } from "node:crypto";
import { closeSync, constants, existsSync, fstatSync, openSync, readSync } from "node:fs";

// src/virt/file-identities.ts
var hostNumber = (n) => n <= MAX_EXACT ? Number(n) : n;
var MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);
var fileId = (info) => ({
  dev: hostNumber(info.dev),
  ino: hostNumber(info.ino)
});
var sameFile = (a, b) => a.dev === b.dev && a.ino === b.ino;
var FileIdMap = class {
  byDevice = /* @__PURE__ */ new Map();
  count = 0;
  get size() {
    return this.count;
  }
  get(id) {
    return this.byDevice.get(id.dev)?.get(id.ino);
  }
  has(id) {
    return this.get(id) !== void 0;
  }
  set(id, value) {
    let inodes = this.byDevice.get(id.dev);
    if (!inodes) this.byDevice.set(id.dev, inodes = /* @__PURE__ */ new Map());
    if (!inodes.has(id.ino)) this.count++;
    inodes.set(id.ino, value);
  }
};

// src/virt/host-file-bytes.ts
var procFd;
var hasProcFd = () => procFd ??= existsSync("/proc/self/fd");
function openNoFollow(path) {
  const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  try {
    return openSync(path, flags);
  } catch (error) {
    if (error.code !== "ENAMETOOLONG" || !hasProcFd()) throw error;
  }
  const parts2 = path.split("/");
  const last = parts2.pop();
  let dir = openSync("/", constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    for (let i = 0; i < parts2.length; ) {
      const piece = [];
      let length = 0;
      while (i < parts2.length && (piece.length === 0 || length + parts2[i].length < 2048)) {
        length += parts2[i].length + 1;
        piece.push(parts2[i++]);
      }
      const next = openSync(
        `/proc/self/fd/${dir}/${piece.join("/")}`,
        constants.O_RDONLY | constants.O_DIRECTORY
      );
      closeSync(dir);
      dir = next;
    }
    return openSync(`/proc/self/fd/${dir}/${last}`, flags);
  } finally {
    closeSync(dir);
  }
}
var DIGEST_CHUNK = 1 << 20;
var digestBuffer;
var PAST_END = new Uint8Array(1);
var NS_PER_SECOND = 1000000000n;
var splitTime = (ns) => [
  Number(ns / NS_PER_SECOND),
  Number(ns % NS_PER_SECOND)
];
var HostFile = class {
  constructor(dir, name, length, expected) {
    this.dir = dir;
    this.name = name;
    this.length = length;
    if (!expected) return;
    this.dev = hostNumber(expected.dev);
    this.ino = hostNumber(expected.ino);
    [this.ctimeSeconds, this.ctimeNanoseconds] = splitTime(expected.ctime);
  }
  dir;
  name;
  length;
  dev;
  ino;
  ctimeSeconds;
  ctimeNanoseconds;
  get path() {
    return this.name === void 0 ? this.dir : `${this.dir}/${this.name}`;
  }
  copyTo(target) {
    this.read((fd, at) => readSync(fd, target, at, this.length - at, at));
  }
  digest() {
    digestBuffer ??= new Uint8Array(DIGEST_CHUNK);
    const buffer = digestBuffer;
    if (this.length <= buffer.length) {
      this.read((fd, at) => readSync(fd, buffer, at, this.length - at, at));
      return hash("sha256", buffer.subarray(0, this.length), "buffer");
    }
    const sha = createHash("sha256");
    this.read((fd, at) => {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, this.length - at), at);
      sha.update(buffer.subarray(0, n));
      return n;
    });
    return sha.digest();
  }
  changed(how) {
    throw new UserInputError(
      `the mounted file '${this.path}' changed while it was embedded; run again once it is stable (${how})`
    );
  }
  /** Reads the whole file through `chunk` (at most the rest of it from offset `at`), checked before and after. */
  read(chunk) {
    const { path, length: size } = this;
    let fd;
    try {
      fd = openNoFollow(path);
    } catch (error) {
      const code = error.code;
      return this.changed(
        code === "ELOOP" ? "it is a symlink now" : `it cannot be opened: ${code}`
      );
    }
    try {
      const info = fstatSync(fd, { bigint: true });
      if (!info.isFile()) this.changed("it is no longer a regular file");
      if (this.dev !== void 0) {
        if (hostNumber(info.dev) !== this.dev || hostNumber(info.ino) !== this.ino)
          this.changed("another file is at its path now");
        const [seconds, nanoseconds] = splitTime(info.ctimeNs);
        if (seconds !== this.ctimeSeconds || nanoseconds !== this.ctimeNanoseconds)
          this.changed("it was modified");
      }
      if (info.size !== BigInt(size))
        this.changed(`${size} bytes were scanned, ${info.size} are there now`);
      let at = 0;
      for (let n = 1; at < size && n > 0; at += n) n = chunk(fd, at);
      if (at !== size || readSync(fd, PAST_END, 0, 1, size) !== 0)
        this.changed("its size changed while it was read");
    } finally {
      closeSync(fd);
    }
  }
};

// src/virt/shared-contents.ts
var DIGEST_SIZE = 32;
function identicalContents(table) {
  const first = new Uint32Array(table.count).map((_, i) => i);
  const bySize = first.slice().sort((a, b) => table.size(a) - table.size(b) || a - b);
  for (let start = 0; start < bySize.length; ) {
    let end = start + 1;
    const size = table.size(bySize[start]);
    while (end < bySize.length && table.size(bySize[end]) === size) end++;
    const group = bySize.subarray(start, end);
    if (group.length > 1) {
      if (size === 0) for (const i of group) first[i] = group[0];
      else shareByDigest(table, group, first);
    }
    start = end;
  }
  return first;
}
function shareByDigest(table, group, first) {
  const digests = Buffer.alloc(group.length * DIGEST_SIZE);
  const hashed = [];
  group.forEach((file, i) => {
    const digest = table.digest(file);
    if (!digest) return;
    digests.set(digest, i * DIGEST_SIZE);
    hashed.push(i);
  });
  const range = (i) => [i * DIGEST_SIZE, (i + 1) * DIGEST_SIZE];
  const byDigest = (a, b) => digests.compare(digests, ...range(b), ...range(a));
  const order = Uint32Array.from(hashed).sort((a, b) => byDigest(a, b) || a - b);
  let kept = order[0];
  for (const at of order.subarray(1)) {
    if (byDigest(at, kept) === 0) first[group[at]] = group[kept];
    else kept = at;
  }
}

// src/virt/embedded-files.ts
var EmbeddedFiles = class {
  constructor(names) {
    this.names = names;
  }
  names;
  dirs = [];
  dirOf = u32Column();
  nameOf = u32Column();
  sizes = u32Column();
  devs = u64Column();
  inos = u64Column();
  ctimes = i64Column();
  /** Bytes in hand, by file (files made from bytes rather than read from a host directory). */
  inHand = /* @__PURE__ */ new Map();
  /** By file: the earlier file holding the same bytes (itself when none), once shareIdentical ran. */
  storedAs;
  /** Hears each file's index once its bytes were copied (mount-progress.ts). */
  onCopied;
  /** A directory files are added to: its guest and host paths, each without a trailing `/`. */
  addDir(guest, host) {
    return this.dirs.push({ guest, host }) - 1;
  }
  /** A host file of `size` bytes at `name` (an index of the names) in `dir`, with the identity it was scanned with. */
  addHostFile(dir, name, size, scanned2) {
    this.devs.push(scanned2.dev);
    this.inos.push(scanned2.ino);
    this.ctimes.push(scanned2.ctime);
    return this.add(dir, name, size);
  }
  /** A file whose bytes are in hand. */
  addBytes(dir, name, bytes) {
    this.devs.push(0n);
    this.inos.push(0n);
    this.ctimes.push(0n);
    const file = this.add(dir, name, bytes.length);
    this.inHand.set(file, bytes);
    return file;
  }
  add(dir, name, size) {
    this.dirOf.push(dir);
    this.nameOf.push(name);
    return this.sizes.push(size);
  }
  /** Every file added, those sharing another's bytes included. */
  get count() {
    return this.sizes.length;
  }
  size(file) {
    return this.sizes.get(file);
  }
  guest(file) {
    return `${this.dirs[this.dirOf.get(file)].guest}/${this.names.text(this.nameOf.get(file))}`;
  }
  host(file) {
    const host = this.dirs[this.dirOf.get(file)].host;
    return this.inHand.has(file) ? "" : `${host}/${this.names.text(this.nameOf.get(file))}`;
  }
  /** A file's bytes: in hand, or read from the host when copied (checked to be the file scanned). */
  bytes(file) {
    const held = this.inHand.get(file);
    if (held) return held;
    return new HostFile(
      this.dirs[this.dirOf.get(file)].host,
      this.names.text(this.nameOf.get(file)),
      this.sizes.get(file),
      { dev: this.devs.get(file), ino: this.inos.get(file), ctime: this.ctimes.get(file) }
    );
  }
  /** Copies a file's bytes into `target` (exactly its size). */
  copyTo(file, target) {
    const bytes = this.bytes(file);
    if (bytes instanceof Uint8Array) target.set(bytes);
    else bytes.copyTo(target);
    this.onCopied?.(file);
  }
  /** A file's bytes as deferred bytes, copied by copyTo (so reads are heard). */
  deferred(file) {
    return { length: this.size(file), copyTo: (target) => this.copyTo(file, target) };
  }
  /** Finds files of identical bytes (hashing only those of a size another has too): each is stored once, as the earliest. */
  shareIdentical() {
    this.storedAs = identicalContents({
      count: this.count,
      size: (file) => this.size(file),
      digest: (file) => {
        const bytes = this.bytes(file);
        return bytes instanceof Uint8Array ? createHash2("sha256").update(bytes).digest() : bytes.digest();
      }
    });
  }
  /** The file whose bytes stand for `file`'s: the earliest of identical bytes. */
  storedFor(file) {
    return this.storedAs?.[file] ?? file;
  }
  isStored = (file) => this.storedFor(file) === file;
  get length() {
    let n = 0;
    for (let file = 0; file < this.count; file++) if (this.isStored(file)) n++;
    return n;
  }
  get totalBytes() {
    let total = 0;
    for (let file = 0; file < this.count; file++) if (this.isStored(file)) total += this.size(file);
    return total;
  }
  *[Symbol.iterator]() {
    for (let file = 0; file < this.count; file++)
      if (this.isStored(file))
        yield { guest: this.guest(file), host: this.host(file), size: this.size(file) };
  }
};

// src/virt/name-list.ts
var utf82 = new TextEncoder();
var decoder = new TextDecoder();
var NameList = class {
  bytes = bytesColumn();
  starts = u32Column();
  lengths = u32Column();
  /** Adds a name; returns its index. */
  add(name) {
    const raw = typeof name === "string" ? utf82.encode(name) : name;
    this.lengths.push(raw.length);
    return this.starts.push(this.bytes.append(raw));
  }
  /** A name's UTF-8 bytes, as a view: valid until the next name is added. */
  bytesOf(index) {
    const start = this.starts.get(index);
    return this.bytes.view(start, start + this.lengths.get(index));
  }
  text(index) {
    return decoder.decode(this.bytesOf(index));
  }
};

// src/virt/tree-nodes.ts
var KINDS = ["dir", "file", "host-dir", "host-file"];
var TreeNodes = class {
  constructor(names) {
    this.names = names;
  }
  names;
  kinds = new Column((n) => new Uint8Array(n));
  parents = u32Column();
  nameOf = u32Column();
  refs = u32Column();
  childLists = [];
  hosts = [];
  get length() {
    return this.kinds.length;
  }
  add(kind, name, parent, ref) {
    this.parents.push(parent);
    this.nameOf.push(typeof name === "number" ? name : this.names.add(name));
    this.refs.push(ref);
    return this.kinds.push(KINDS.indexOf(kind));
  }
  /** A directory with no children yet; `parent` undefined makes it a root (its own parent). */
  addDir(name, parent) {
    return this.add("dir", name, parent ?? this.length, this.childLists.push([]) - 1);
  }
  /** A file whose bytes are file `contents` of the tree's files. */
  addFile(name, parent, contents) {
    return this.add("file", name, parent, contents);
  }
  /** A host directory (a root) or file, reached at run time at host path `host`. */
  addHost(kind, name, parent, host) {
    return this.add(kind, name, parent ?? this.length, this.hosts.push(host) - 1);
  }
  kind(node) {
    return KINDS[this.kinds.get(node)];
  }
  parent(node) {
    return this.parents.get(node);
  }
  name(node) {
    return this.names.text(this.nameOf.get(node));
  }
  /** The index of the node's name in the names. */
  nameIndex(node) {
    return this.nameOf.get(node);
  }
  /** A directory's children, in bytewise name order (the array itself, shared by the directory's aliases). */
  children(node) {
    return this.childLists[this.childList(node)];
  }
  /** The index of a directory's child list: equal for a directory and its aliases. */
  childList(node) {
    if (this.kind(node) !== "dir") throw new Error(`internal: node ${node} is not a directory`);
    return this.refs.get(node);
  }
  /** A file's contents: its index in the tree's files. */
  contents(node) {
    if (this.kind(node) !== "file") throw new Error(`internal: node ${node} is not a file`);
    return this.refs.get(node);
  }
  setContents(node, contents) {
    this.contents(node);
    this.refs.set(node, contents);
  }
  host(node) {
    return this.hosts[this.refs.get(node)];
  }
  /** Makes `node` stand for `target` under its own name and parent: the same child list, or the same bytes. */
  alias(node, target) {
    this.kinds.set(node, this.kinds.get(target));
    this.refs.set(node, this.refs.get(target));
  }
  /** A node as an object (for tests and messages). */
  at(node) {
    const base = { name: this.name(node), parent: this.parent(node) };
    const kind = this.kind(node);
    if (kind === "dir") return { kind, ...base, children: this.children(node) };
    if (kind === "file") return { kind, ...base, contents: this.contents(node) };
    return { kind, ...base, host: this.host(node) };
  }
  *[Symbol.iterator]() {
    for (let node = 0; node < this.length; node++) yield this.at(node);
  }
};

// src/virt/mount-tree.ts
function emptyMountTree() {
  const names = new NameList();
  return { preopens: [], nodes: new TreeNodes(names), files: new EmbeddedFiles(names) };
}
var MAX_MOUNTED_FILE = 4294967295;
var MAX_MOUNTED_TOTAL = 4294967295;
var normalizeGuest = (path) => posix.normalize(path).replace(/(.)\/+$/, "$1");
var bytewise = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
var showName = (name) => [...name].map(
  (b) => b >= 32 && b < 127 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`
).join("");
async function readMountTree(mounts) {
  checkOverlaps(mounts);
  const tree = emptyMountTree();
  const stored = new FileIdMap();
  for (const mount of mounts) {
    const node = tree.nodes.addDir("");
    tree.preopens.push({ path: normalizeGuest(mount.guest), node });
    await Promise.resolve();
    new MountWalk(tree, mount, node, stored).run();
  }
  tree.files.shareIdentical();
  const { nodes, files } = tree;
  for (let node = 0; node < nodes.length; node++)
    if (nodes.kind(node) === "file") nodes.setContents(node, files.storedFor(nodes.contents(node)));
  const total = files.totalBytes;
  if (total > MAX_MOUNTED_TOTAL)
    throw new UserInputError(
      `the mounted files hold ${total} bytes together; at most ${MAX_MOUNTED_TOTAL} bytes (4 GiB - 1) can be embedded: mount less`
    );
  return tree;
}
function overlappingMounts(guests) {
  const paths = guests.map(normalizeGuest);
  const inside = (a, b) => a === b || b === "/" || a.startsWith(`${b}/`);
  for (const [i, a] of paths.entries())
    for (const [j, b] of paths.slice(0, i).entries()) {
      if (a === b) return [j, i, `both mount at ${a}`];
      if (inside(a, b)) return [j, i, `${a} is inside ${b}`];
      if (inside(b, a)) return [j, i, `${b} is inside ${a}`];
    }
  return void 0;
}
function checkOverlaps(mounts) {
  const overlap = overlappingMounts(mounts.map((m) => m.guest));
  if (!overlap) return;
  const [j, i, why] = overlap;
  const flag = (k) => `--mount ${mounts[k].guest}=${mounts[k].host}`;
  throw new UserInputError(
    `${flag(j)} and ${flag(i)}: ${why}, so one would hide the other's files; give each guest directory one mount`
  );
}
function mountRoot(mount) {
  let info;
  try {
    info = statSync(mount.host);
  } catch {
    throw new UserInputError(
      `--mount ${mount.guest}=${mount.host}: '${mount.host}' does not exist; check the path`
    );
  }
  if (!info.isDirectory())
    throw new UserInputError(
      `--mount ${mount.guest}=${mount.host}: '${mount.host}' is not a directory; mount a directory`
    );
  return realpathSync(mount.host);
}
var MountWalk = class {
  constructor(tree, mount, rootNode, stored) {
    this.tree = tree;
    this.mount = mount;
    this.rootNode = rootNode;
    this.stored = stored;
    this.label = `--mount ${mount.guest}=${mount.host}`;
    this.root = mountRoot(mount);
  }
  tree;
  mount;
  rootNode;
  stored;
  label;
  root;
  /** Directories of this mount by dev:inode. */
  dirs = new FileIdMap();
  /** Files of this mount: node, device and inode, in columns (looked up only when a symlink needs them). */
  fileNodes = u32Column();
  fileDevs = u64Column();
  fileInos = u64Column();
  aliases = [];
  /** A directory alias's node → the directory it stands for. */
  aliasOf = /* @__PURE__ */ new Map();
  fail(what) {
    throw new UserInputError(`${this.label}: ${what}`);
  }
  /** The path of a node of this mount: host (under the real root) or guest. */
  pathOf(node, base) {
    const { nodes } = this.tree;
    const names = [];
    for (let at = node; at !== this.rootNode; at = nodes.parent(at)) names.push(nodes.name(at));
    return [base.replace(/\/+$/, ""), ...names.reverse()].join("/") || "/";
  }
  hostPath = (node) => this.pathOf(node, this.root);
  /** A directory's path as the prefix of its entries' (the root's without its `/`). */
  dirPrefix(node, base) {
    return node === this.rootNode ? base.replace(/\/+$/, "") : this.pathOf(node, base);
  }
  run() {
    const fd = this.open(Buffer.from(this.root), void 0, this.root);
    this.dirs.set(fileId(fstatSync2(fd, { bigint: true })), this.rootNode);
    const stack = [this.list(fd, this.rootNode, Buffer.from(`${this.root}/`))];
    try {
      while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const sub = frame.subdirs[frame.next++];
        if (!sub) {
          closeSync2(frame.fd);
          stack.pop();
          continue;
        }
        const path = Buffer.concat([frame.prefix, sub.name]);
        const child = this.open(path, sub.id, this.hostPath(sub.node));
        const prefix = hasProcFd() ? Buffer.from(`/proc/self/fd/${child}/`) : Buffer.concat([path, Buffer.from("/")]);
        stack.push(this.list(child, sub.node, prefix));
      }
    } finally {
      for (const frame of stack) closeSync2(frame.fd);
    }
    this.resolveAliases();
    this.refuseCycles();
  }
  /** Opens a directory without following a link, checking it is the one listed (`id`, if given). */
  open(path, id, shown) {
    let fd;
    try {
      fd = openSync2(path, constants2.O_RDONLY | constants2.O_DIRECTORY | constants2.O_NOFOLLOW);
    } catch (error) {
      const code = error.code;
      if (code === "EMFILE" || code === "ENFILE")
        this.fail(
          `'${shown}' is nested too deeply to read (the process ran out of file descriptors); mount a shallower tree`
        );
      this.fail(`'${shown}' changed while it was read (${code}); run again once it is stable`);
    }
    if (id && !sameFile(fileId(fstatSync2(fd, { bigint: true })), id)) {
      closeSync2(fd);
      this.fail(`'${shown}' changed while it was read; run again once it is stable`);
    }
    return fd;
  }
  /** Lists directory `fd` into `dirNode`'s children, in bytewise order. */
  list(fd, dirNode, prefix) {
    const hostDir = this.dirPrefix(dirNode, this.root);
    const frame = {
      fd,
      prefix,
      hostDir,
      dir: this.tree.files.addDir(
        this.dirPrefix(dirNode, normalizeGuest(this.mount.guest)),
        hostDir
      ),
      subdirs: [],
      next: 0
    };
    const children = this.tree.nodes.children(dirNode);
    let names;
    try {
      const at = hasProcFd() ? `/proc/self/fd/${fd}` : prefix.subarray(0, -1);
      names = readdirSync(at, { encoding: "buffer" }).sort(Buffer.compare);
    } catch (error) {
      closeSync2(fd);
      throw error;
    }
    for (const raw of names) {
      try {
        if (!isUtf8(raw))
          this.fail(
            `the name '${showName(raw)}' in '${this.hostPath(dirNode)}' is not valid UTF-8 (WASI names are strings); rename it or leave it out of the mount`
          );
        children.push(this.entry(frame, dirNode, raw));
      } catch (error) {
        closeSync2(fd);
        throw error;
      }
    }
    return frame;
  }
  /** Adds the node for entry `raw` of directory `parent`; returns it. */
  entry(frame, parent, raw) {
    const { nodes } = this.tree;
    const path = Buffer.concat([frame.prefix, raw]);
    const info = lstatSync(path, { bigint: true });
    const id = fileId(info);
    if (info.isSymbolicLink() || info.isDirectory() && this.dirs.has(id)) {
      const node2 = nodes.addDir(raw, parent);
      this.aliases.push({ node: node2, id: this.target(path, node2, info) });
      return node2;
    }
    if (info.isDirectory()) {
      const node2 = nodes.addDir(raw, parent);
      this.dirs.set(id, node2);
      frame.subdirs.push({ node: node2, name: raw, id });
      return node2;
    }
    if (info.isFile()) {
      const name = nodes.names.add(raw);
      const node2 = nodes.addFile(name, parent, this.contents(frame, name, info, id));
      this.fileNodes.push(node2);
      this.fileDevs.push(info.dev);
      this.fileInos.push(info.ino);
      return node2;
    }
    const node = nodes.addDir(raw, parent);
    this.fail(
      `'${this.hostPath(node)}' is neither a file nor a directory; remove it from the mounted tree`
    );
  }
  /** What a symlink leads to (dev:inode), or the directory seen again. */
  target(path, node, info) {
    if (!info.isSymbolicLink()) return fileId(info);
    try {
      return fileId(statSync(path, { bigint: true }));
    } catch {
      this.fail(`the symlink '${this.hostPath(node)}' is broken; remove it or fix its target`);
    }
  }
  /** A file's embedded entry: one per host file, however many nodes name it. */
  contents(frame, name, info, id) {
    const linked = info.nlink > 1n;
    const known = linked ? this.stored.get(id) : void 0;
    if (known !== void 0) return known;
    if (info.size > BigInt(MAX_MOUNTED_FILE))
      this.fail(
        `'${frame.hostDir}/${this.tree.nodes.names.text(name)}' holds ${info.size} bytes; a mounted file must be smaller than 4 GiB (at most ${MAX_MOUNTED_FILE} bytes)`
      );
    const file = this.tree.files.addHostFile(frame.dir, name, Number(info.size), {
      dev: info.dev,
      ino: info.ino,
      ctime: info.ctimeNs
    });
    if (linked) this.stored.set(id, file);
    return file;
  }
  /** The node of each file a symlink reaches, found in one pass over the files (only those asked for). */
  filesReached() {
    const reached = new FileIdMap();
    for (const alias of this.aliases) if (!this.dirs.has(alias.id)) reached.set(alias.id, -1);
    if (reached.size === 0) return reached;
    for (let i = 0; i < this.fileNodes.length; i++) {
      const id = { dev: hostNumber(this.fileDevs.get(i)), ino: hostNumber(this.fileInos.get(i)) };
      if (reached.get(id) === -1) reached.set(id, this.fileNodes.get(i));
    }
    return reached;
  }
  /** Points each symlink's node at what it reaches; a target outside the mount is refused. */
  resolveAliases() {
    const files = this.filesReached();
    for (const alias of this.aliases) {
      const target = this.dirs.get(alias.id) ?? files.get(alias.id);
      if (target === void 0 || target === -1) {
        let to;
        try {
          to = realpathSync(this.hostPath(alias.node));
        } catch {
          to = "a path that changed while it was read";
        }
        this.fail(
          `the symlink '${this.hostPath(alias.node)}' points outside the mount (to '${to}'); refusing to embed it`
        );
      }
      this.tree.nodes.alias(alias.node, target);
      if (this.tree.nodes.kind(target) === "dir") this.aliasOf.set(alias.node, target);
    }
  }
  /** A symlink leading back to a directory that contains it would make an endless tree. */
  refuseCycles() {
    const { nodes } = this.tree;
    const state = /* @__PURE__ */ new Map();
    const stack = [{ dir: this.rootNode, next: 0 }];
    state.set(this.rootNode, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const child = nodes.children(top.dir)[top.next++];
      if (child === void 0) {
        state.set(top.dir, "done");
        stack.pop();
        continue;
      }
      if (nodes.kind(child) !== "dir") continue;
      const dir = this.aliasOf.get(child) ?? child;
      const seen = state.get(dir);
      if (seen === "open")
        this.fail(
          `'${this.hostPath(child)}' links back to a directory above it; refusing to embed a cycle`
        );
      if (seen === "done") continue;
      state.set(dir, "open");
      stack.push({ dir, next: 0 });
    }
  }
};

// src/virt/http-bridge.ts
var HTTP_BRIDGE = "wasi-virt:bridge/http";
var httpBridge = (proxyExport2) => ({
  export: proxyExport2,
  via: HTTP_BRIDGE
});
function addHttpBridge(adapter) {
  const component = readComponent(adapter);
  const { scope } = component;
  const hostTypes = httpTypesInstance(scope, "import");
  const ownTypes = httpTypesInstance(scope, "export");
  const main = coreInstanceExporting(scope, BRIDGE_EXPORTS[0]);
  if (hostTypes === void 0 || ownTypes === void 0 || main === void 0)
    throw new Error(
      "internal: the adapter lacks what a proxy needs (the host wasi:http/types import, its own export, the bridge functions)"
    );
  const b = ComponentBuilder.extending(adapter, scope);
  const own = (types2, resource) => b.ownType(b.aliasExport(TYPE_SORT, types2, resource));
  const functions = PROXY_RESOURCES.map((resource, i) => {
    const type = defineWrapType(b, own(hostTypes, resource), own(ownTypes, resource));
    const core = b.aliasCoreExport("func", main, BRIDGE_EXPORTS[i]);
    return {
      name: { name: wrapFunctionName(resource) },
      item: { sort: FUNC_SORT, index: b.liftPlain(core, type) }
    };
  });
  b.export({ name: HTTP_BRIDGE }, { sort: INSTANCE_SORT, index: b.instance(functions) });
  return b.finish();
}
function httpTypesInstance(scope, via) {
  const index = scope.component.instance.findIndex(
    (o) => o.via === via && o.name.startsWith(`${PROXY_TYPES}@`)
  );
  return index < 0 ? void 0 : index;
}
function coreInstanceExporting(scope, name) {
  const index = scope.core.instance.findIndex((o) => {
    if (o.via !== "core-instance" || o.instance.kind !== "instantiate") return false;
    const module = scope.core.module[o.instance.module];
    return module?.via === "core-module" && module.module.exports.some((e) => e.name === name);
  });
  return index < 0 ? void 0 : index;
}

// src/virt/wrap/imports.ts
var TypeAliases = class {
  constructor(b) {
    this.b = b;
  }
  b;
  made = /* @__PURE__ */ new Map();
  of(instance, name) {
    const key = `${instance}/${name}`;
    let index = this.made.get(key);
    if (index === void 0) {
      index = this.b.aliasExport(TYPE_SORT, instance, name);
      this.made.set(key, index);
    }
    return index;
  }
};
function closeTypes(needs, series = "0.2") {
  const work = [...needs].flatMap(([id, names]) => [...names].map((n) => [id, n]));
  const add = (id, name) => {
    const set = needs.get(id) ?? /* @__PURE__ */ new Set();
    needs.set(id, set);
    if (set.has(name)) return;
    set.add(name);
    work.push([id, name]);
  };
  for (let item = work.pop(); item; item = work.pop()) {
    const [id, name] = item;
    const decl = declaring(catalogueDecls(interfaceById(id, series)), name);
    if (!decl) throw new Error(`internal: ${id} declares no type ${name}`);
    if (decl.kind === "use") add(decl.from, decl.names.find((n) => n.local === name).source);
    else declRefs(decl).forEach((r) => add(id, r));
  }
}
var functionTypes = (id, fn, series = "0.2") => {
  const f = functionOf(interfaceById(id, series), fn);
  return [...f.params.flatMap(([, r]) => refNames(r)), ...f.result ? refNames(f.result) : []];
};
function declarationOrder(decls, wanted, resourcesFirst = true) {
  const order = [];
  const done = /* @__PURE__ */ new Set();
  const visit = (name) => {
    if (done.has(name) || !wanted(name)) return;
    done.add(name);
    const decl = declaring(decls, name);
    if (decl.kind !== "use") declRefs(decl).forEach(visit);
    order.push([name, decl]);
  };
  if (resourcesFirst) {
    for (const d of decls) if (d.kind === "resource") visit(d.name);
  }
  for (const d of decls) (d.kind === "use" ? d.names.map((n) => n.local) : [d.name]).forEach(visit);
  return order;
}
function writeImports(b, imports, aliases, series = "0.2") {
  const instances = /* @__PURE__ */ new Map();
  for (const imp of imports) {
    const iface = interfaceById(imp.id, series);
    const order = declarationOrder(catalogueDecls(iface), (n) => imp.types.has(n));
    const outer = /* @__PURE__ */ new Map();
    for (const [name, decl] of order) {
      if (decl.kind !== "use") continue;
      const from = instances.get(decl.from);
      if (from === void 0)
        throw new Error(`internal: ${imp.id} uses ${decl.from}, not imported before it`);
      outer.set(name, aliases.of(from, decl.names.find((n) => n.local === name).source));
    }
    const decls = [];
    let count2 = 0;
    const space = new TypeSpace((type2) => (decls.push({ kind: "type", type: type2, offset: 0 }), count2++));
    const names = /* @__PURE__ */ new Map();
    const exportType = (name, bound) => {
      decls.push({ kind: "export", name: { name }, type: { kind: "type", bound }, offset: 0 });
      names.set(name, { index: count2++, resource: isResource(imp.id, name, series) });
    };
    for (const [name, decl] of order) {
      if (decl.kind === "resource") exportType(name, { subResource: true });
      else if (decl.kind === "use") {
        decls.push({
          kind: "alias",
          alias: { kind: "outer", sort: TYPE_SORT, count: 1, index: outer.get(name) },
          offset: 0
        });
        exportType(name, { eq: count2++ });
      } else exportType(name, { eq: space.valueDecl(decl, names) });
    }
    for (const fn of imp.functions) {
      const typeIndex2 = space.func(functionOf(iface, fn), names);
      decls.push({
        kind: "export",
        name: { name: fn },
        type: { kind: "func", typeIndex: typeIndex2 },
        offset: 0
      });
    }
    const type = b.defType({ kind: "instance", decls });
    instances.set(imp.id, b.import({ name: imp.name }, { kind: "instance", typeIndex: type }));
  }
  return instances;
}
function importOrder(ids, needs, series = "0.2") {
  const order = [];
  const visit = (id) => {
    if (order.includes(id) || !needs.has(id)) return;
    const decls = catalogueDecls(interfaceById(id, series));
    for (const name of needs.get(id)) {
      const decl = declaring(decls, name);
      if (decl?.kind === "use") visit(decl.from);
    }
    order.push(id);
  };
  ids.forEach(visit);
  return order;
}

// src/virt/passthrough-adapter.ts
var COMMAND_WORLD = WASI_INTERFACES.filter((i) => i.role !== "http" && i.role !== "config");
var UNSTABLE = ["exit-with-code", "network-error-code"];
function passthroughAdapter(wasiVersion) {
  const functions = new Map(
    COMMAND_WORLD.map((iface) => [
      iface.id,
      Object.keys(iface.functions).filter((f) => !UNSTABLE.includes(f))
    ])
  );
  const needs = new Map(
    COMMAND_WORLD.map((iface) => [
      iface.id,
      /* @__PURE__ */ new Set([
        ...functions.get(iface.id).flatMap((f) => functionTypes(iface.id, f)),
        ...catalogueDecls(iface).flatMap((d) => d.kind === "resource" ? [d.name] : [])
      ])
    ])
  );
  closeTypes(needs);
  const imports = importOrder(
    COMMAND_WORLD.map((i) => i.id),
    needs
  ).map((id) => {
    const iface = COMMAND_WORLD.find((i) => i.id === id);
    return {
      id,
      name: `${id}@${versionOf(iface, wasiVersion)}`,
      functions: functions.get(id),
      types: needs.get(id)
    };
  });
  const b = new ComponentBuilder();
  const instances = writeImports(b, imports, new TypeAliases(b));
  for (const imp of imports)
    b.export({ name: imp.name }, { sort: INSTANCE_SORT, index: instances.get(imp.id) });
  return b.finish();
}

// src/virt/runtime-nodes.ts
import { posix as posix2 } from "node:path";
function checkHostPath(flag, entry) {
  if (!entry.host.startsWith("/"))
    throw new UserInputError(
      `${flag} ${entry.guest}=${entry.host}: the host path must be absolute, as the host's preopens name it (for example /data/sub when the host preopens /data)`
    );
  return normalizeGuest(entry.host);
}
function addRoot(tree, path, host) {
  const node = host === void 0 ? tree.nodes.addDir("") : tree.nodes.addHost("host-dir", "", void 0, host);
  tree.preopens.push({ path, node });
  return node;
}
function directoryFor(tree, path, entry) {
  const { nodes } = tree;
  const covering = tree.preopens.filter((p) => path === p.path || path.startsWith(p.path === "/" ? "/" : `${p.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];
  let at = covering ? covering.node : addRoot(tree, path);
  const names = covering ? posix2.relative(covering.path, path).split("/").filter(Boolean) : [];
  for (let i = 0; ; i++) {
    if (nodes.kind(at) !== "dir")
      throw new UserInputError(
        `--host-file ${entry.guest}=${entry.host}: ${path} is not a directory of the virtual tree (it is a file, or a remapped host directory); choose another guest path`
      );
    const name = names[i];
    if (name === void 0) return at;
    const existing = nodes.children(at).find((c) => nodes.name(c) === name);
    if (existing !== void 0) {
      at = existing;
      continue;
    }
    const child = nodes.addDir(name, at);
    insertChild(tree, at, child);
    at = child;
  }
}
function insertChild(tree, dir, child) {
  const { nodes } = tree;
  const children = nodes.children(dir);
  const name = nodes.name(child);
  const at = children.findIndex((c) => bytewise(nodes.name(c), name) > 0);
  children.splice(at === -1 ? children.length : at, 0, child);
}
function addRuntimeNodes(tree, preopens, hostFiles) {
  for (const entry of preopens) {
    const host = checkHostPath("--preopen", entry);
    const guest = normalizeGuest(entry.guest);
    if (tree.preopens.some((p) => p.path === guest))
      throw new UserInputError(
        `--preopen ${entry.guest}=${entry.host}: ${guest} is already a mount or preopen; give each guest directory one source`
      );
    addRoot(tree, guest, host);
  }
  for (const entry of hostFiles) {
    const host = checkHostPath("--host-file", entry);
    const guest = normalizeGuest(entry.guest);
    const name = posix2.basename(guest);
    if (guest === "/" || name === "..")
      throw new UserInputError(
        `--host-file ${entry.guest}=${entry.host}: the guest path must name a file, like /etc/app.toml`
      );
    const dir = directoryFor(tree, posix2.dirname(guest), entry);
    if (tree.nodes.children(dir).some((c) => tree.nodes.name(c) === name))
      throw new UserInputError(
        `--host-file ${entry.guest}=${entry.host}: ${guest} already exists in a mounted tree; choose another guest path`
      );
    insertChild(tree, dir, tree.nodes.addHost("host-file", name, dir, host));
  }
}
function addWritableRoots(tree, { writable, overlay, mounts }) {
  const mounted = tree.preopens.slice(0, mounts.length);
  tree.writable = overlay === void 0 ? [] : mounted.map((p) => ({ node: p.node, quota: overlay }));
  for (const entry of writable) {
    const guest = normalizeGuest(entry.guest);
    const inside = (a, b) => a === b || b === "/" || a.startsWith(`${b}/`);
    const clash = tree.preopens.find((p) => inside(guest, p.path) || inside(p.path, guest));
    if (clash)
      throw new UserInputError(
        `--writable ${entry.guest}: ${clash.path === guest ? `${guest} is already a mount or preopen` : `${guest} and the mount or preopen ${clash.path} would hide each other's files`}; choose another guest path`
      );
    const node = addRoot(tree, guest);
    tree.writable.push({ node, quota: entry.size });
  }
}

// src/virt/series-halves.ts
var wasiVersionOf = (item) => item.interface?.namespace === "wasi" && item.interface.package !== "config" ? item.interface.version : void 0;
var isP3 = (item) => wasiVersionOf(item) === WASI_P3_VERSION;
function seriesHalves(imports) {
  const p32 = imports.filter(isP3);
  const p2 = imports.filter((item) => !isP3(item));
  const mixed = p32.length > 0 && p2.some((item) => wasiVersionOf(item) !== void 0);
  return mixed ? { p2, p3: p32 } : void 0;
}

// src/component/core/module-edit.ts
function typeIndex(m, type) {
  const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
  const found = m.types.findIndex(
    (t) => same(t.params, type.params) && same(t.results, type.results)
  );
  if (found >= 0) return found;
  m.types.push({ params: [...type.params], results: [...type.results] });
  return m.types.length - 1;
}
function addFunction(m, type, body) {
  m.functions.push(typeIndex(m, type));
  m.code.push(body);
  return importedFunctions(m) + m.functions.length - 1;
}
function exportNamed(m, name) {
  const found = m.exports.find((e) => e.name === name);
  if (!found)
    throw new Error(
      `the adapter module has no '${name}' export; rebuild it with npm run build:adapter`
    );
  return found;
}

// src/component/core/compact-module.ts
function compactModule(m, fateOf) {
  const roots = m.exports.filter((e) => e.kind === "func").map((e) => e.index);
  const reach = reachableFunctions(m, roots);
  const functionImports = m.imports.filter((i) => i.kind === "func");
  const imported = functionImports.length;
  const fates = functionImports.map((imp, i) => reach.functions.has(i) ? fateOf(imp) : void 0);
  const renumbered = /* @__PURE__ */ new Map();
  let index = -1;
  const keptImports = m.imports.filter((imp) => {
    if (imp.kind !== "func") return true;
    index++;
    const fate = fates[index];
    if (fate?.keep === void 0) return false;
    renumbered.set(index, renumbered.size);
    imp.module = fate.keep;
    return true;
  });
  const kept = renumbered.size;
  const defined = m.functions.flatMap(
    (type, i) => reach.functions.has(imported + i) ? [{ type, body: m.code[i], old: imported + i }] : []
  );
  defined.forEach((fn, i) => renumbered.set(fn.old, kept + i));
  const out = { ...m, imports: keptImports, functions: [], code: [] };
  const traps = /* @__PURE__ */ new Map();
  const added = [];
  for (const fn of defined) {
    out.functions.push(fn.type);
    out.code.push(fn.body);
  }
  fates.forEach((fate, i) => {
    if (!fate || fate.keep !== void 0) return;
    const type = functionImports[i].type;
    if (fate.define) {
      added.push({ index: i, to: addFunction(out, m.types[type], fate.define(out)) });
      return;
    }
    if (!traps.has(type))
      traps.set(type, addFunction(out, m.types[type], new CodeWriter().unreachable().finish()));
    added.push({ index: i, to: traps.get(type) });
  });
  for (const { index: index2, to } of added) renumbered.set(index2, to);
  const renumber = (index2) => {
    const to = renumbered.get(index2);
    if (to === void 0) throw new Error(`function ${index2} was removed but is still referred to`);
    return to;
  };
  const usedTypes = /* @__PURE__ */ new Set([...out.functions, ...keptImports.flatMap((i) => i.type ?? [])]);
  for (const fn of defined)
    for (const ref of reach.bodies.get(fn.old).types) usedTypes.add(ref.index);
  const typeOrder = [...usedTypes].sort((a, b) => a - b);
  const typeIndices = new Map(typeOrder.map((t, i) => [t, i]));
  const retype = (index2) => typeIndices.get(index2);
  out.code = out.code.map(
    (body, i) => i < defined.length ? renumberBody(body, reach.bodies.get(defined[i].old), renumber, retype) : body
  );
  out.types = typeOrder.map((t) => m.types[t]);
  out.functions = out.functions.map(retype);
  out.imports = keptImports.map((i) => i.type === void 0 ? i : { ...i, type: retype(i.type) });
  out.exports = m.exports.map((e) => e.kind === "func" ? { ...e, index: renumber(e.index) } : e);
  out.start = m.start === void 0 ? void 0 : renumber(m.start);
  out.elements = reach.usesElements ? m.elements.map((s) => ({ ...s, functions: s.functions.map(renumber) })) : [];
  Object.assign(m, out);
}

// src/virt/config-blob.ts
function encodeConfigBlob(settings, base, tree = emptyMountTree(), files = noFiles()) {
  const w = new BlobWriter(base);
  const fields = {
    magic: [CONFIG_MAGIC],
    version: [LAYOUT_VERSION],
    size: [0]
    // written by finish
  };
  for (const subsystem of SUBSYSTEMS) {
    const words = subsystem.configWords?.(w, { settings, tree, files }) ?? {};
    const twice = Object.keys(words).filter((field) => field in fields);
    if (twice.length > 0)
      throw new Error(`internal: ${subsystem.role} writes ${twice.join(", ")} again`);
    Object.assign(fields, words);
  }
  return w.finish(fields);
}
function layoutFiles(tree, start, passiveCutoff) {
  const { nodes, files } = tree;
  const at = new Uint32Array(files.count);
  const placed = new Uint8Array(files.count);
  const stored = u32Column();
  const passive = [];
  let end = start;
  for (let node = 0; node < nodes.length; node++) {
    if (nodes.kind(node) !== "file") continue;
    const file = nodes.contents(node);
    if (placed[file]) continue;
    placed[file] = 1;
    const size = files.size(file);
    if (size >= passiveCutoff) {
      at[file] = passive.push(file) - 1;
    } else {
      at[file] = alignTo(end, 8);
      stored.push(file);
      end = at[file] + size;
    }
  }
  return { at, stored: stored.view(), passive, end, cutoff: passiveCutoff };
}
function storedFileBytes(files, layout) {
  const { at, stored, end } = layout;
  const address = stored.length > 0 ? at[stored[0]] : end;
  return {
    address,
    bytes: {
      length: end - address,
      copyTo(target) {
        for (const file of stored) {
          const from = at[file] - address;
          files.copyTo(file, target.subarray(from, from + files.size(file)));
        }
      }
    }
  };
}

// src/virt/denied-traps.ts
function deniedExports(plan, generated) {
  const trapping = trappingInterfaces(plan).flatMap(
    ({ planned, subsystem }) => planned.exported.map((fn) => ({
      name: `${planned.name}#${fn}`,
      subsystem,
      message: trapMessage(planned.name, fn, subsystem),
      reachable: true
    }))
  );
  const named = new Set(trapping.map((d) => d.name));
  const unreachable = generated.filter((name) => !named.has(name)).map((name) => {
    const planned = plan.interfaces.find((v) => v.name === name.slice(0, name.indexOf("#")));
    const subsystem = deniedSubsystem(planned.iface, plan.settings);
    return { name, subsystem, message: unreachableTrapName([subsystem]), reachable: false };
  });
  return [...trapping, ...unreachable];
}
function textsOf(denials, debug, writing) {
  return denials.map(
    (d) => debug ? tracedDenial(d.subsystem) : writing && d.reachable ? d.message : void 0
  );
}
function trapDenials(m, denials, write) {
  denials.forEach((denial, i) => {
    const exp = m.exports.find((e) => e.name === denial.name);
    if (!exp || !denial.reachable) return;
    const text = write?.messages[i];
    const code = new CodeWriter();
    if (text) code.i32Const(text.at).i32Const(text.length).call(write.fn);
    exp.index = addFunction(m, functionType(m, exp.index), code.unreachable().finish());
  });
}
function withDenialNames(core, denials) {
  const byName = new Map(denials.map((d) => [d.name, d]));
  const served = /* @__PURE__ */ new Map();
  for (const e of readCoreModule(core, 0, core.length).exports) {
    if (e.kind === "func")
      served.set(e.index, [...served.get(e.index) ?? [], byName.get(e.name)]);
  }
  const names = [...served].filter(([, exports]) => exports.every((d) => d !== void 0)).map(([index, exports]) => {
    const subsystems2 = exports.map((d) => d.subsystem);
    return {
      index,
      name: exports.length === 1 ? exports[0].message : unreachableTrapName(subsystems2)
    };
  }).sort((a, b) => a.index - b.index);
  if (names.length === 0) return core;
  const map = new ByteWriter().u32(names.length);
  for (const { index, name } of names) map.u32(index).name(name);
  const functionNames = new ByteWriter().u8(1).sized(map);
  const section = new ByteWriter().u8(0).sized(new ByteWriter().name("name").bytes(functionNames.view()));
  return concatBytes([core, section.view()]);
}

// src/virt/passive-data.ts
var isDataInit = (imp) => imp.module === DATA_INIT.module && imp.name === DATA_INIT.name;
var PLACEHOLDER = [1, 0];
function passiveDataAccessor(files) {
  return (m) => {
    const first = m.data.count;
    m.dataCount = true;
    m.data = {
      count: first + files,
      segments: concatBytes([
        m.data.segments,
        new Uint8Array(files * 2).map((_, i) => PLACEHOLDER[i % 2])
      ])
    };
    const code = new CodeWriter();
    for (let i = 0; i <= files; i++) code.block();
    code.localGet(0).brTable(
      Array.from({ length: files }, (_, i) => i),
      files
    );
    for (let i = 0; i < files; i++)
      code.end().localGet(1).localGet(2).localGet(3).memoryInit(first + i).return();
    return code.end().unreachable().finish();
  };
}

// src/virt/trace.ts
function tracedExports(m) {
  return m.exports.filter((e) => e.kind === "func" && e.name.includes("#")).map((e) => e.name);
}
function traceNameBytes(names) {
  const placed = /* @__PURE__ */ new Map();
  const encoded = [];
  let offset = 0;
  const spans = names.map((name) => {
    let span = placed.get(name);
    if (!span) {
      const bytes2 = new TextEncoder().encode(name);
      span = { offset, length: bytes2.length };
      placed.set(name, span);
      encoded.push(bytes2);
      offset += bytes2.length;
    }
    return span;
  });
  const bytes = new Uint8Array(offset);
  let at = 0;
  for (const e of encoded) {
    bytes.set(e, at);
    at += e.length;
  }
  return { bytes, spans };
}
function asI64(code, type) {
  if (type === I32) return code.i64ExtendI32s();
  if (type === F32) return code.i32ReinterpretF32().i64ExtendI32s();
  if (type === F64) return code.i64ReinterpretF64();
  return code;
}
function wrapExports(m, trace, names, namesAt, spans, kindsOf, shapes, denied = []) {
  names.forEach((name, i) => {
    const exp = exportNamed(m, name);
    const type = functionType(m, exp.index);
    const { params, results } = type;
    if (results.length > 1) throw new Error(`${name} has more than one core result`);
    const code = new CodeWriter().i32Const(namesAt + spans[i].offset).i32Const(spans[i].length).call(trace.wasi_virt_trace_enter);
    const kinds = kindsOf(name, params.length);
    for (let index = 0; index < params.length; index++) {
      const kind = kinds[index];
      if (kind === "string" || kind === "bytes") {
        code.localGet(index).localGet(index + 1);
        code.call(kind === "string" ? trace.wasi_virt_trace_string : trace.wasi_virt_trace_bytes);
        index++;
      } else asI64(code.localGet(index), params[index]).call(trace.wasi_virt_trace_arg);
    }
    const call = () => {
      params.forEach((_, index) => code.localGet(index));
      code.call(exp.index);
    };
    const denial = denied[i];
    const result = results[0];
    if (denial) {
      code.i32Const(denial.at).i32Const(denial.length).call(trace.wasi_virt_trace_denied);
      call();
    } else if (result === void 0) {
      call();
      code.call(trace.wasi_virt_trace_done);
    } else {
      const local = params.length;
      call();
      asI64(code.localSet(local).localGet(local), result);
      const shape = shapes[i];
      if (shape && (!shape.indirect || result === I32))
        code.i32Const(namesAt + shape.at).i32Const(shape.indirect ? 1 : 0).call(trace.wasi_virt_trace_shaped);
      else code.call(trace.wasi_virt_trace_result);
      code.localGet(local);
    }
    exp.index = addFunction(m, type, code.finish(result === void 0 ? [] : [result]));
  });
}

// src/virt/abi-layout.ts
var discriminantSize = (cases) => cases <= 1 << 8 ? 1 : cases <= 1 << 16 ? 2 : 4;
function casesOf(type) {
  switch (type.kind) {
    case "option":
      return [
        ["none", void 0],
        ["some", type.of]
      ];
    case "result":
      return [
        ["ok", type.ok],
        ["err", type.err]
      ];
    case "variant":
      return type.cases;
    default:
      return void 0;
  }
}
function fieldOffsets(types2) {
  let end = 0;
  let align = 1;
  const offsets = types2.map((t) => {
    const l = layoutOf(t);
    const at = alignTo(end, l.align);
    end = at + l.size;
    align = Math.max(align, l.align);
    return at;
  });
  return { offsets, layout: { size: alignTo(end, align), align } };
}
function variantLayout(cases) {
  const d = discriminantSize(cases.length);
  const payloads = cases.map((c) => c ? layoutOf(c) : { size: 0, align: 1 });
  const align = Math.max(d, ...payloads.map((p) => p.align));
  const payloadAt = alignTo(d, Math.max(1, ...payloads.map((p) => p.align)));
  const size = alignTo(payloadAt + Math.max(0, ...payloads.map((p) => p.size)), align);
  return { payloadAt, layout: { size, align } };
}
function layoutOf(type) {
  switch (type.kind) {
    case "int":
    case "float":
      return { size: type.size, align: type.size };
    case "bool":
      return { size: 1, align: 1 };
    case "char":
    case "handle":
      return { size: 4, align: 4 };
    case "string":
    case "list":
      return { size: 8, align: 4 };
    case "enum": {
      const d = discriminantSize(type.cases.length);
      return { size: d, align: d };
    }
    case "flags":
      return type.count === 0 ? { size: 0, align: 1 } : type.count <= 8 ? { size: 1, align: 1 } : type.count <= 16 ? { size: 2, align: 2 } : { size: 4 * Math.ceil(type.count / 32), align: 4 };
    case "record":
      return fieldOffsets(type.fields.map(([, t]) => t)).layout;
    case "tuple":
      return fieldOffsets(type.items).layout;
    default:
      return variantLayout(casesOf(type).map(([, t]) => t)).layout;
  }
}
function flatCount(type) {
  switch (type.kind) {
    case "string":
    case "list":
      return 2;
    case "flags":
      return Math.ceil(type.count / 32);
    case "record":
      return type.fields.reduce((n, [, t]) => n + flatCount(t), 0);
    case "tuple":
      return type.items.reduce((n, t) => n + flatCount(t), 0);
    case "option":
    case "result":
    case "variant":
      return 1 + Math.max(0, ...casesOf(type).map(([, t]) => t ? flatCount(t) : 0));
    default:
      return 1;
  }
}

// src/virt/trace-args.ts
var plainValues = (count2) => Array(count2).fill("value");
var MAX_FLAT_PARAMS = 16;
var types = new WitTypes();
function flat(type) {
  if (type.kind === "string") return ["string", "value"];
  if (type.kind === "list" && type.of.kind === "int" && type.of.size === 1)
    return ["bytes", "value"];
  return plainValues(flatCount(type));
}
function traceArgKinds(iface, fn, coreParams) {
  const signature = iface.functions[fn];
  if (!signature || coreParams > MAX_FLAT_PARAMS) return plainValues(coreParams);
  const kinds = [
    ...fn.startsWith("[method]") ? ["value"] : [],
    ...types.paramsOf(signature, iface).flatMap(flat)
  ];
  return kinds.length === coreParams ? kinds : plainValues(coreParams);
}
var argKindsFor = (plan) => (name, coreParams) => {
  const [iface, fn] = name.split("#");
  const planned = plan.interfaces.find((v) => v.name === iface);
  return planned ? traceArgKinds(planned.iface, fn, coreParams) : plainValues(coreParams);
};

// src/virt/trace-shapes.ts
function shapeOf(type) {
  switch (type.kind) {
    case "int":
      return `${type.signed ? "s" : "u"}${type.size}`;
    case "float":
      return `u${type.size}`;
    case "char":
      return "u4";
    case "bool":
      return "b";
    case "handle":
      return "h";
    case "string":
      return "S";
    case "list":
      return type.of.kind === "int" && type.of.size === 1 ? "L" : "l";
    case "enum":
      return `E${discriminantSize(type.cases.length)}${type.cases.length},${type.cases.map((c) => `${c}|`).join("")}`;
    case "flags":
      return `F${type.count <= 8 ? 1 : type.count <= 16 ? 2 : 4}`;
    case "record": {
      const { offsets } = fieldOffsets(type.fields.map(([, t]) => t));
      const fields = type.fields.map(([name, t], i) => `${offsets[i]},${name}|${shapeOf(t)}`);
      return `R${fields.length},${fields.join("")}`;
    }
    case "tuple": {
      const { offsets } = fieldOffsets(type.items);
      return `T${type.items.length},${type.items.map((t, i) => `${offsets[i]},${shapeOf(t)}`).join("")}`;
    }
    default: {
      const cases = casesOf(type);
      const { payloadAt } = variantLayout(cases.map(([, t]) => t));
      const body = cases.map(([name, t]) => `${name}|${t ? shapeOf(t) : "_"}`).join("");
      return `V${discriminantSize(cases.length)}${payloadAt},${cases.length},${body}`;
    }
  }
}
var MAX_FLAT_RESULTS = 1;
function resultShape(type) {
  if (!type) return void 0;
  const flat2 = flatCount(type);
  return flat2 === 0 ? void 0 : { shape: shapeOf(type), indirect: flat2 > MAX_FLAT_RESULTS };
}
function resultShapeFor(plan) {
  const types2 = new WitTypes();
  return (name) => {
    const [iface, fn] = name.split("#");
    const planned = plan.interfaces.find((v) => v.name === iface);
    const signature = planned?.iface.functions[fn];
    return signature ? resultShape(types2.resultOf(signature, planned.iface)) : void 0;
  };
}

// src/virt/wrap/core-signature.ts
var witTypes = new WitTypes();
var join = (a, b) => a === b ? a : a === I32 && b === F32 || a === F32 && b === I32 ? I32 : I64;
function flatten(type) {
  switch (type.kind) {
    case "int":
      return [type.size === 8 ? I64 : I32];
    case "float":
      return [type.size === 8 ? F64 : F32];
    case "string":
    case "list":
      return [I32, I32];
    case "flags":
      return Array(Math.ceil(type.count / 32)).fill(I32);
    case "record":
      return type.fields.flatMap(([, t]) => flatten(t));
    case "tuple":
      return type.items.flatMap(flatten);
    case "option":
    case "result":
    case "variant": {
      const payload = [];
      for (const [, t] of casesOf(type))
        (t ? flatten(t) : []).forEach((v, i) => {
          payload[i] = payload[i] === void 0 ? v : join(payload[i], v);
        });
      return [I32, ...payload];
    }
    default:
      return [I32];
  }
}
function liftedCoreType(iface, name) {
  const signature = iface.functions[name];
  const params = [
    ...name.startsWith("[method]") ? [I32] : [],
    ...witTypes.paramsOf(signature, iface).flatMap(flatten)
  ];
  const result = name.startsWith("[constructor]") ? [I32] : resultFlat(signature, iface);
  return {
    params: params.length > 16 ? [I32] : params,
    results: result.length > 1 ? [I32] : result
  };
}
function resultFlat(signature, iface) {
  const result = witTypes.resultOf(signature, iface);
  return result ? flatten(result) : [];
}

// src/virt/trap-exports.ts
function addTrapExports(m, plan) {
  const present = new Set(m.exports.map((e) => e.name));
  const traps = /* @__PURE__ */ new Map();
  const added = [];
  for (const v of plan.interfaces) {
    if (v.importOnly) continue;
    for (const fn of v.exported) {
      const name = `${v.name}#${fn}`;
      if (present.has(name)) continue;
      const key = typeIndex(m, liftedCoreType(v.iface, fn));
      if (!traps.has(key))
        traps.set(key, addFunction(m, m.types[key], new CodeWriter().unreachable().finish()));
      m.exports.push({ name, kind: "func", index: traps.get(key) });
      present.add(name);
      added.push(name);
    }
  }
  return added;
}

// src/virt/specialize-adapter.ts
var PAGE = 65536;
var CONFIG_GLOBAL = "wasi_virt_config";
var HEAP_GLOBAL = "wasi_virt_heap_start";
var HEAP_BASE = "__heap_base";
function ownGlobal(m, name) {
  const index = exportNamed(m, name).index - importedGlobals(m);
  if (!m.globals[index]) throw new Error(`the adapter's '${name}' is not a global it defines`);
  return index;
}
function setGlobal(m, global, value) {
  const init = new ByteWriter().u8(65).s33(value | 0).u8(11).toBytes();
  m.globals[global] = { ...m.globals[global], init };
}
function layoutGlobals(m) {
  return {
    config: ownGlobal(m, CONFIG_GLOBAL),
    heap: ownGlobal(m, HEAP_GLOBAL),
    heapBase: i32Constant(m.globals[ownGlobal(m, HEAP_BASE)].init)
  };
}
function writeConfiguration(m, { config: config2, heap, heapBase }, settings, tree, extra) {
  const base = alignTo(heapBase, 16);
  const size = encodeConfigBlob(settings, base, tree).length;
  const extraAt = alignTo(base + size, 16);
  const layout = layoutFiles(tree, alignTo(extraAt + extra.length, 16), settings.passiveCutoff);
  const blob = encodeConfigBlob(settings, base, tree, layout);
  const heapStart = alignTo(layout.end, 16);
  setGlobal(m, config2, base);
  setGlobal(m, heap, heapStart);
  if (!m.memory) throw new Error("the adapter module defines no memory");
  m.memory.min = Math.max(m.memory.min, Math.ceil(heapStart / PAGE) + 1);
  const stored = storedFileBytes(tree.files, layout);
  const region = regionOf(layout.end - base, [
    { at: 0, bytes: blob },
    { at: extraAt - base, bytes: extra },
    { at: stored.address - base, bytes: stored.bytes }
  ]);
  return {
    active: [{ address: base, data: region }],
    passive: layout.passive.map((file) => tree.files.deferred(file)),
    extraAt
  };
}
function traceFunctions(m) {
  return Object.fromEntries(
    TRACE_EXPORTS.map((name) => [name, exportNamed(m, name).index])
  );
}
function specializeAdapter(adapter, plan, tree = emptyMountTree()) {
  const m = copyModel(prebuiltModel(adapter));
  const trace = traceFunctions(m);
  const globals = layoutGlobals(m);
  m.exports = chooseExports(m.exports, plan);
  const generated = addTrapExports(m, plan);
  const { debug } = plan.settings;
  const denials = deniedExports(plan, generated);
  const writes = writesDenials(plan);
  const denialTexts = textsOf(denials, debug, writes);
  const traced = debug ? tracedExports(m) : [];
  const results = traced.map(resultShapeFor(plan));
  const shapeTexts = results.flatMap((r) => r ? [r.shape] : []);
  const texts = denialTexts.filter((t) => t !== void 0);
  const names = traceNameBytes([...traced, ...shapeTexts, ...texts]);
  const { extraAt, ...data } = writeConfiguration(m, globals, plan.settings, tree, names.bytes);
  let nextText = traced.length + shapeTexts.length;
  const placed = denialTexts.map((t) => {
    if (t === void 0) return void 0;
    const span = names.spans[nextText++];
    return { at: extraAt + span.offset, length: span.length };
  });
  trapDenials(m, denials, writes ? { fn: trace.wasi_virt_denied, messages: placed } : void 0);
  if (traced.length > 0) {
    let next = traced.length;
    const shapes = results.map(
      (r) => r && { at: names.spans[next++].offset, indirect: r.indirect }
    );
    const denied = traced.map((name) => placed[denials.findIndex((d) => d.name === name)]);
    wrapExports(m, trace, traced, extraAt, names.spans, argKindsFor(plan), shapes, denied);
  }
  const accessor = passiveDataAccessor(data.passive.length);
  compactModule(
    m,
    (imp) => isDataInit(imp) ? { define: accessor } : { keep: keptImportModule(imp.module, imp.name, plan) }
  );
  return { core: withDenialNames(writeModuleModel(m), denials), data };
}

// src/virt/wrap/async-builtins.ts
var BUILTIN = /^\[(stream|future)-(new|read|write|drop-readable|drop-writable)-(\d+)\](.+)$/;
function asyncBuiltinOf(name) {
  const m = BUILTIN.exec(name);
  return m ? { kind: `${m[1]}.${m[2]}`, nth: Number(m[3]), fn: m[4] } : void 0;
}
var copiesValues = (b) => /\.(read|write)$/.test(b.kind);
function builtinCoreType(b) {
  if (b.kind.endsWith(".new")) return { params: [], results: [I64] };
  if (b.kind.includes(".drop-")) return { params: [I32], results: [] };
  return { params: b.kind.startsWith("stream") ? [I32, I32, I32] : [I32, I32], results: [I32] };
}
function asyncTypes(ref, out = []) {
  if ("stream" in ref || "future" in ref) {
    out.push(ref);
    const element = "stream" in ref ? ref.stream.element : ref.future.element;
    if (element) asyncTypes(element, out);
  } else if ("list" in ref) asyncTypes(ref.list, out);
  else if ("option" in ref) asyncTypes(ref.option, out);
  else if ("tuple" in ref) ref.tuple.forEach((r) => asyncTypes(r, out));
  else if ("result" in ref) {
    if (ref.result.ok) asyncTypes(ref.result.ok, out);
    if (ref.result.err) asyncTypes(ref.result.err, out);
  }
  return out;
}
var AsyncBuiltinTypes = class {
  constructor(b, series) {
    this.series = series;
    this.space = new TypeSpace((t) => b.defType(t));
  }
  series;
  space;
  typeOf(iface, builtin) {
    const fn = functionOf(iface, builtin.fn);
    const refs = [...fn.params.map(([, r]) => r), ...fn.result ? [fn.result] : []];
    const ref = refs.flatMap((r) => asyncTypes(r))[builtin.nth];
    if (!ref)
      throw new Error(`internal: ${iface.id}#${builtin.fn} has no stream or future ${builtin.nth}`);
    const names = /* @__PURE__ */ new Map();
    for (const name of refNames(ref)) {
      const { decl } = definitionOf(iface.id, name, this.series);
      names.set(name, { index: this.space.valueDecl(decl, /* @__PURE__ */ new Map()), resource: false });
    }
    const val = this.space.val(ref, names);
    if ("prim" in val) throw new Error("internal: a stream or future type is a defined type");
    return val.typeIndex;
  }
};

// src/virt/wrap/canon-abi.ts
var MAX_FLAT_PARAMS2 = 16;
var MAX_FLAT_RESULTS2 = 1;
var witTypes2 = new WitTypes();
function parts(t) {
  switch (t.kind) {
    case "list":
    case "option":
      return [t.of];
    case "result":
      return [t.ok, t.err].filter((x) => x !== void 0);
    case "tuple":
      return t.items;
    case "record":
      return t.fields.map(([, f]) => f);
    case "variant":
      return t.cases.flatMap(([, c]) => c ? [c] : []);
    default:
      return [];
  }
}
var some = (t, test) => test(t) || parts(t).some((p) => some(p, test));
var inMemory = (t) => t.kind === "string" || t.kind === "list";
var isString = (t) => t.kind === "string";
function abiNeeds(iface, name, direction) {
  const known = needsOf.get(iface) ?? /* @__PURE__ */ new Map();
  needsOf.set(iface, known);
  const key = `${direction} ${name}`;
  let needs = known.get(key);
  if (!needs) known.set(key, needs = Object.freeze(needsOfFunction(iface, name, direction)));
  return needs;
}
var needsOf = /* @__PURE__ */ new WeakMap();
function needsOfFunction(iface, name, direction) {
  const signature = iface.functions[name];
  const params = witTypes2.paramsOf(signature, iface);
  const result = name.startsWith("[constructor]") ? void 0 : witTypes2.resultOf(signature, iface);
  const self = name.startsWith("[method]") ? 1 : 0;
  const flatParams = params.reduce((n, p) => n + flatCount(p), self);
  const memParams = params.some((p) => some(p, inMemory));
  const memResult = result !== void 0 && some(result, inMemory);
  const spills = flatParams > MAX_FLAT_PARAMS2;
  const memory = memParams || memResult || spills || (result ? flatCount(result) : 0) > MAX_FLAT_RESULTS2;
  const realloc = direction === "lift" ? memParams || spills : memResult;
  const strings = [...params, ...result ? [result] : []].some((t) => some(t, isString));
  return { memory, realloc, strings };
}
function canonOptions(needs, memory, realloc) {
  return [
    ...needs.memory ? [{ kind: "memory", index: memory() }] : [],
    ...needs.realloc ? [{ kind: "realloc", index: realloc() }] : [],
    ...needs.strings ? [{ kind: "string-encoding", encoding: "utf8" }] : []
  ];
}

// src/virt/wrap/export-shim.ts
function exportShim(id, order, functions, resource, series = "0.2") {
  const b = new ComponentBuilder();
  const space = new TypeSpace((type) => b.defType(type));
  const args = [];
  const taken = /* @__PURE__ */ new Set();
  const unique = (base) => {
    let name = base;
    while (taken.has(name)) name += "0";
    taken.add(name);
    return name;
  };
  const inner = /* @__PURE__ */ new Map();
  for (const [name, decl] of order) {
    const isResource2 = resource(name);
    if (decl.kind === "alias" && "named" in decl.type) {
      inner.set(name, inner.get(decl.type.named));
      continue;
    }
    const bound = isResource2 ? { subResource: true } : {
      eq: decl.kind === "use" || decl.kind === "resource" ? usedValueType(b, space, id, name, args, unique, series) : space.valueDecl(decl, inner)
    };
    const importName = unique(`import-type-${name}`);
    const index = b.import({ name: importName }, { kind: "type", bound });
    inner.set(name, { index, resource: isResource2 });
    args.push({ name: importName, type: name });
  }
  const imported = functions.map(([name, fn]) => {
    const typeIndex2 = space.func(fn, inner);
    const importName = unique(`import-${kebab(name)}`);
    args.push({ name: importName, func: name });
    return b.import({ name: importName }, { kind: "func", typeIndex: typeIndex2 });
  });
  const outer = /* @__PURE__ */ new Map();
  for (const [name, decl] of order) {
    const isResource2 = resource(name);
    const item = {
      sort: TYPE_SORT,
      index: decl.kind === "resource" || decl.kind === "use" ? inner.get(name).index : space.valueDecl(decl, outer)
    };
    outer.set(name, { index: b.export({ name }, item), resource: isResource2 });
  }
  functions.forEach(([name, fn], i) => {
    const typeIndex2 = space.func(fn, outer);
    b.export({ name }, { sort: FUNC_SORT, index: imported[i] }, { kind: "func", typeIndex: typeIndex2 });
  });
  return { bytes: b.finish(), args };
}
function usedValueType(b, space, id, name, args, unique, series) {
  const spaces = /* @__PURE__ */ new Map();
  const define = (at, n, top) => {
    const found = definitionOf(at, n, series);
    const names = spaces.get(found.id) ?? /* @__PURE__ */ new Map();
    spaces.set(found.id, names);
    const known = names.get(found.decl.kind === "use" ? n : found.decl.name);
    if (known) return known.index;
    const decl = found.decl;
    if (decl.kind !== "resource")
      for (const r of declRefs(decl))
        names.set(r, {
          index: define(found.id, r, false),
          resource: isResource(found.id, r, series)
        });
    if (top) return space.valueDecl(decl, names);
    const importName = unique(`import-type-${decl.name}`);
    const bound = decl.kind === "resource" ? { subResource: true } : { eq: space.valueDecl(decl, names) };
    const index = b.import({ name: importName }, { kind: "type", bound });
    args.push({ name: importName, type: decl.name, from: found.id });
    names.set(decl.name, { index, resource: decl.kind === "resource" });
    return index;
  };
  return define(id, name, true);
}
var kebab = (name) => name.replace(/^\[(method|static|constructor)\]/, "$1-").replace(/\./g, "-").replace(/^(?!method-|static-|constructor-)/, "func-");

// src/virt/wrap/exports.ts
function exportOrder(world) {
  const order = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (id) => {
    if (seen.has(id) || !world.exports.includes(id)) return;
    seen.add(id);
    const wi = world.interfaces.get(id);
    const decls = wi.decls.map((d) => readDecl(d, wi.iface));
    for (const d of decls) if (d.kind === "use") visit(d.from);
    order.push({ wi, order: declarationOrder(decls, () => true, false) });
  };
  world.exports.forEach(visit);
  return order;
}
function writeExports(exported, ctx) {
  const { b, aliases, instances } = ctx;
  const space = new TypeSpace((type) => b.defType(type));
  const exports = /* @__PURE__ */ new Map();
  const instanceOf = (id) => {
    const found = exports.get(id) ?? instances.get(id);
    if (found === void 0)
      throw new Error(
        `internal: an exported interface uses ${id}, neither imported nor exported before it`
      );
    return found;
  };
  for (const { wi, order } of exported) {
    const id = wi.iface.id;
    const names = /* @__PURE__ */ new Map();
    for (const [name, decl] of order) {
      const index = decl.kind === "resource" ? ctx.resources.get(`${wi.name}/${name}`) : decl.kind === "use" ? aliases.of(instanceOf(decl.from), decl.names.find((n) => n.local === name).source) : space.valueDecl(decl, names);
      names.set(name, { index, resource: isResource(id, name, wi.iface.series) });
    }
    const lifted = liftFunctions(wi, names, space, ctx);
    const shim = exportShim(
      id,
      order,
      wi.functions.map((fn) => [fn, functionOf(wi.iface, fn)]),
      (name) => isResource(id, name, wi.iface.series),
      wi.iface.series
    );
    const instance = b.instantiate(
      b.component(shim.bytes),
      shim.args.map((arg) => ({
        name: arg.name,
        item: "type" in arg ? {
          sort: TYPE_SORT,
          index: arg.from ? aliases.of(instanceOf(arg.from), arg.type) : names.get(arg.type).index
        } : { sort: FUNC_SORT, index: lifted.get(arg.func) }
      }))
    );
    exports.set(id, b.export({ name: wi.name }, { sort: INSTANCE_SORT, index: instance }));
  }
}
function liftFunctions(wi, names, space, ctx) {
  const { b, main, coreExports } = ctx;
  const types2 = wi.functions.map((fn) => space.func(functionOf(wi.iface, fn), names));
  const cores = wi.functions.map((fn) => {
    const coreName = `${wi.name}#${fn}`;
    if (!coreExports.has(coreName))
      throw new Error(`internal: the adapter's module does not export ${coreName}`);
    const post = `cabi_post_${coreName}`;
    return {
      func: b.aliasCoreExport("func", main, coreName),
      post: coreExports.has(post) ? b.aliasCoreExport("func", main, post) : void 0
    };
  });
  const lifted = /* @__PURE__ */ new Map();
  wi.functions.forEach((fn, i) => {
    const { func, post } = cores[i];
    const options = [
      ...canonOptions(abiNeeds(wi.iface, fn, "lift"), ctx.memory, ctx.realloc),
      ...post === void 0 ? [] : [{ kind: "post-return", index: post }]
    ];
    lifted.set(fn, b.lift(func, types2[i], options));
  });
  return lifted;
}

// src/virt/wrap/indirect-table.ts
var FUNCREF = 112;
var tableType = (size) => new ByteWriter().u8(FUNCREF).u8(1).u32(size).u32(size);
function shimModule(entries) {
  const m = emptyModel();
  m.tables = new ByteWriter().u32(1).bytes(tableType(entries.length).view()).toBytes();
  entries.forEach((type, i) => {
    const index = typeIndex(m, type);
    const code = new CodeWriter();
    type.params.forEach((_, p) => code.localGet(p));
    m.functions.push(index);
    m.code.push(code.i32Const(i).callIndirect(index).finish());
    m.exports.push({ name: String(i), kind: "func", index: i });
  });
  m.exports.push({ name: "$imports", kind: "table", index: 0 });
  return writeModuleModel(m);
}
function fixupModule(entries) {
  const m = emptyModel();
  entries.forEach((type, i) => {
    const index = typeIndex(m, type);
    m.imports.push({
      module: "actual",
      name: String(i),
      kind: "func",
      type: index,
      descriptor: new Uint8Array()
    });
  });
  m.imports.push({
    module: "shim",
    name: "$imports",
    kind: "table",
    descriptor: tableType(entries.length).toBytes()
  });
  m.elements.push({
    head: Uint8Array.from([0, 65, 0, 11]),
    functions: entries.map((_, i) => i)
  });
  return writeModuleModel(m);
}

// src/virt/wrap/planned-imports.ts
var DROP = "[resource-drop]";
var EXPORTED = "[export]";
function plannedImports(moduleImports, world, exported, worldOf) {
  const exportedIds = new Set(exported.map((e) => e.wi.iface.id));
  const functions = /* @__PURE__ */ new Map();
  const needs = /* @__PURE__ */ new Map();
  const need = (id, names) => {
    const set = needs.get(id) ?? /* @__PURE__ */ new Set();
    names.forEach((n) => set.add(n));
    needs.set(id, set);
  };
  for (const imp of moduleImports) {
    if (imp.kind !== "func")
      throw new Error(`internal: the adapter's module imports a ${imp.kind}`);
    if (imp.module.startsWith(EXPORTED) || imp.module === PUMP_MODULE) continue;
    const id = worldOf(imp.module).iface.id;
    if (imp.name.startsWith(DROP)) need(id, [imp.name.slice(DROP.length)]);
    else {
      need(id, functionTypes(id, imp.name, world.series));
      functions.set(id, (functions.get(id) ?? /* @__PURE__ */ new Set()).add(imp.name));
    }
  }
  for (const { order } of exported)
    for (const [name, decl] of order)
      if (decl.kind === "use" && !exportedIds.has(decl.from))
        need(decl.from, [decl.names.find((n) => n.local === name).source]);
  closeTypes(needs, world.series);
  return importOrder([...world.imports, ...needs.keys()], needs, world.series).map((id) => ({
    id,
    name: world.interfaces.get(id).name,
    functions: Object.keys(interfaceById(id, world.series).functions).filter(
      (f) => functions.get(id)?.has(f)
    ),
    types: needs.get(id) ?? /* @__PURE__ */ new Set()
  }));
}

// src/virt/wrap/wrap-adapter.ts
function pumpFunction(name) {
  if (!isPumpFunction(name))
    throw new Error(
      `internal: the adapter's module imports ${PUMP_MODULE} ${name}, which the pump lacks`
    );
  return name;
}
function wrapAdapter(core, world, pumpModule) {
  const m = readModuleModel(core);
  const coreExports = new Set(m.exports.map((e) => e.name));
  const byName = new Map([...world.interfaces.values()].map((wi) => [wi.name, wi]));
  const worldOf = (name) => {
    const wi = byName.get(name);
    if (!wi)
      throw new Error(
        `internal: the adapter's module imports ${name}, which its world does not declare`
      );
    return wi;
  };
  const exported = exportOrder(world);
  const imports = plannedImports(m.imports, world, exported, worldOf);
  const b = new ComponentBuilder();
  const aliases = new TypeAliases(b);
  const instances = writeImports(b, imports, aliases, world.series);
  const moduleChunk = b.nextChunk();
  const mainModule = b.coreModule(core);
  const entries = [];
  const entryOf = /* @__PURE__ */ new Map();
  const asyncTypes2 = new AsyncBuiltinTypes(b, world.series);
  const builtinTypeOf = (module, builtin) => asyncTypes2.typeOf(worldOf(module.slice(EXPORTED.length)).iface, builtin);
  for (const imp of m.imports) {
    const builtin = imp.module.startsWith(EXPORTED) ? asyncBuiltinOf(imp.name) : void 0;
    if (builtin && copiesValues(builtin)) {
      entryOf.set(`${imp.module}/${imp.name}`, entries.length);
      const typeIndex2 = builtinTypeOf(imp.module, builtin);
      entries.push({ type: builtinCoreType(builtin), builtin, typeIndex: typeIndex2 });
    }
    if (imp.module === PUMP_MODULE) {
      const name = pumpFunction(imp.name);
      if (!pumpNeedsMemory(name)) continue;
      entryOf.set(`${imp.module}/${imp.name}`, entries.length);
      entries.push({ type: pumpImportType(name), pump: name });
      continue;
    }
    if (imp.module.startsWith(EXPORTED) || imp.name.startsWith(DROP)) continue;
    const wi = worldOf(imp.module);
    const abi = abiNeeds(wi.iface, imp.name, "lower");
    if (!abi.memory && !abi.realloc) continue;
    entryOf.set(`${imp.module}/${imp.name}`, entries.length);
    entries.push({ type: m.types[imp.type], lower: [wi.iface.id, imp.name] });
  }
  for (const { wi, order } of exported)
    for (const [name, decl] of order) {
      const dtor = `${wi.name}#[dtor]${name}`;
      if (decl.kind !== "resource" || !coreExports.has(dtor)) continue;
      entryOf.set(dtor, entries.length);
      entries.push({ type: { params: [I32], results: [] }, dtor });
    }
  const shim = entries.length > 0 ? b.coreInstantiate(b.coreModule(shimModule(entries.map((e) => e.type))), []) : -1;
  const viaShim = (key) => b.aliasCoreExport("func", shim, String(entryOf.get(key)));
  const resources = /* @__PURE__ */ new Map();
  for (const { wi, order } of exported)
    for (const [name, decl] of order) {
      if (decl.kind !== "resource") continue;
      const dtorName = `${wi.name}#[dtor]${name}`;
      const dtor = entryOf.has(dtorName) ? viaShim(dtorName) : void 0;
      resources.set(
        `${wi.name}/${name}`,
        b.defType({ kind: "resource", rep: "i32", ...dtor === void 0 ? {} : { dtor } })
      );
    }
  let pump;
  const pumped = (name) => {
    if (!pumpModule)
      throw new Error("internal: the adapter's module calls the pump, which is missing");
    pump ??= b.instantiate(b.component(pumpComponent(pumpModule)), []);
    return b.aliasExport(FUNC_SORT, pump, name);
  };
  const args = [];
  for (const module of new Set(m.imports.map((i) => i.module))) {
    const funcs = m.imports.filter((i) => i.module === module).map((imp) => ({ name: imp.name, func: coreImport(imp.module, imp.name) }));
    args.push({ name: module, instance: b.coreInstanceOfFuncs(funcs) });
  }
  function coreImport(module, name) {
    if (module === PUMP_MODULE) {
      const entry2 = `${module}/${name}`;
      if (entryOf.has(entry2)) return viaShim(entry2);
      return b.lower(pumped(pumpFunction(name)), [{ kind: "async" }]);
    }
    const builtin = module.startsWith(EXPORTED) ? asyncBuiltinOf(name) : void 0;
    if (builtin) {
      const entry2 = `${module}/${name}`;
      if (entryOf.has(entry2)) return viaShim(entry2);
      return b.streamOrFutureBuiltin(builtin.kind, builtinTypeOf(module, builtin));
    }
    if (module.startsWith(EXPORTED)) {
      const intrinsic = /^\[resource-(new|rep|drop)\](.+)$/.exec(name);
      const resource = intrinsic && resources.get(`${module.slice(EXPORTED.length)}/${intrinsic[2]}`);
      if (resource === void 0 || resource === null)
        throw new Error(
          `internal: the adapter's module imports ${module} ${name}, which no exported resource provides`
        );
      return b.resourceIntrinsic(intrinsic[1], resource);
    }
    const instance = instances.get(worldOf(module).iface.id);
    if (name.startsWith(DROP))
      return b.resourceIntrinsic("drop", aliases.of(instance, name.slice(DROP.length)));
    const entry = `${module}/${name}`;
    if (entryOf.has(entry)) return viaShim(entry);
    return b.lowerPlain(b.aliasExport(FUNC_SORT, instance, name));
  }
  const main = b.coreInstantiate(mainModule, args);
  let memory;
  let realloc;
  const memoryOf = () => memory ??= b.aliasCoreExport("memory", main, "memory");
  const reallocOf = () => realloc ??= b.aliasCoreExport("func", main, "cabi_realloc");
  if (entries.length > 0) {
    const actual = entries.map((e, i) => {
      if ("dtor" in e) return { name: String(i), func: b.aliasCoreExport("func", main, e.dtor) };
      if ("pump" in e) {
        const options = [
          { kind: "memory", index: memoryOf() },
          { kind: "async" }
        ];
        return { name: String(i), func: b.lower(pumped(e.pump), options) };
      }
      if ("builtin" in e) {
        const options = [
          { kind: "memory", index: memoryOf() },
          { kind: "async" }
        ];
        return {
          name: String(i),
          func: b.streamOrFutureBuiltin(e.builtin.kind, e.typeIndex, options)
        };
      }
      const [id, fn] = e.lower;
      const needs = abiNeeds(interfaceById(id, world.series), fn, "lower");
      const func = b.aliasExport(FUNC_SORT, instances.get(id), fn);
      return { name: String(i), func: b.lower(func, canonOptions(needs, memoryOf, reallocOf)) };
    });
    const fixup = b.coreModule(fixupModule(entries.map((e) => e.type)));
    b.coreInstantiate(fixup, [
      { name: "actual", instance: b.coreInstanceOfFuncs(actual) },
      { name: "shim", instance: shim }
    ]);
  }
  writeExports(exported, {
    b,
    aliases,
    instances,
    resources,
    main,
    coreExports,
    memory: memoryOf,
    realloc: reallocOf
  });
  const { chunks } = b.finishChunks();
  return {
    bytes: concatBytes(chunks),
    withModule: (module) => [
      ...chunks.slice(0, moduleChunk),
      ...coreModuleSection(module),
      ...chunks.slice(moduleChunk + 2)
    ]
  };
}

// src/virt/generate-adapter.ts
var plansOf = (generated) => [
  generated.plan,
  ...generated.p3 ? [generated.p3.plan] : []
];
var adaptersOf = (generated) => [generated.adapter, generated.p3?.adapter].filter((a) => a !== void 0);
async function planFor(policy, imports, exports) {
  const planned = planVirtualization(policy, imports, exports);
  const writer = planned.settings.debug || writesDenials(planned);
  const adapter = await adapterModuleFor(planned.wasiVersion);
  return narrowForwarded(adapter, planned, imports, writer);
}
async function treeFor(policy, mountTree, onMountProgress) {
  const reads = onMountProgress && policy.mounts.length > 0;
  if (reads && !mountTree) onMountProgress({ ...SCANNING });
  const tree = mountTree ?? await readMountTree(policy.mounts);
  if (reads) reportMountReads(tree.files, onMountProgress);
  addRuntimeNodes(tree, policy.preopens, policy.hostFiles);
  addWritableRoots(tree, policy);
  return tree;
}
async function buildAdapter(plan, tree) {
  const { core, data } = specializeAdapter(await adapterModuleFor(plan.wasiVersion), plan, tree);
  const pump = seriesOf(plan.wasiVersion) === "0.3" ? await loadPumpModule() : void 0;
  const wrapped = wrapAdapter(core, adapterWorld(plan), pump);
  const structure = plan.proxy ? addHttpBridge(wrapped.bytes) : wrapped.bytes;
  const module = withDataSegments(core, data.active, data.passive);
  return new AdapterComponent(structure, [
    ...wrapped.withModule(module),
    ...structure.length > wrapped.bytes.length ? [structure.subarray(wrapped.bytes.length)] : []
  ]);
}
async function planP3Half(policy, imports, p2Plan) {
  if (!policy.debug) return planFor(policy, imports, void 0);
  const plan = await planFor({ ...policy, debug: false }, imports, void 0);
  const deniedImports = withP3Names(p2Plan.settings.deniedImports);
  return { ...plan, settings: { ...plan.settings, deniedImports } };
}
var servesApp = (plan) => plan.interfaces.some((v) => !v.importOnly);
var withoutIdleTrace = (plan) => servesApp(plan) ? plan : { ...plan, interfaces: [] };
var servesFiles = (plan) => plan.interfaces.some((v) => v.iface.id === "wasi:filesystem/types" && !v.importOnly);
async function generateAdapter({
  policy,
  app,
  mountTree,
  onMountProgress
}) {
  const described = app ? describeComponent(app) : void 0;
  const halves = described && seriesHalves(described.imports);
  const plan = withoutIdleTrace(
    await planFor(policy, halves?.p2 ?? described?.imports, described?.exports)
  );
  const p3Plan = halves && withoutIdleTrace(await planP3Half(policy, halves.p3, plan));
  const warnings = p3Plan && servesApp(p3Plan) && policy.debug ? [
    `--debug traces the component's WASI 0.2 calls only: its ${WASI_P3_VERSION} calls are not traced yet`
  ] : [];
  const virtualizes = [plan, p3Plan].some((p) => p !== void 0 && servesApp(p));
  const none = { plan, bridges: [], mounted: emptyMountTree().files, warnings };
  if (!virtualizes && app) return { ...none, ...p3Plan ? { p3: { plan: p3Plan } } : {} };
  if (!virtualizes && seriesOf(plan.wasiVersion) === "0.3")
    throw new UserInputError(
      `the policy leaves everything to the host, and a pass-through adapter is not yet supported at WASI ${plan.wasiVersion}: compose nothing, or generate for WASI 0.2`
    );
  if (!virtualizes)
    return { ...none, adapter: new AdapterComponent(passthroughAdapter(plan.wasiVersion)) };
  const files = servesFiles(plan) || !app && !p3Plan;
  const p3Files = p3Plan !== void 0 && servesFiles(p3Plan);
  const tree = files || p3Files ? await treeFor(policy, mountTree, onMountProgress) : emptyMountTree();
  if (policy.mounts.length > 0 && !files && !p3Files)
    warnings.push(
      "the component imports no wasi:filesystem, so the --mount trees are not embedded (nothing could read them)"
    );
  const adapter = servesApp(plan) ? await buildAdapter(plan, files ? tree : emptyMountTree()) : void 0;
  const p3Adapter = p3Plan && servesApp(p3Plan) ? await buildAdapter(p3Plan, p3Files ? tree : emptyMountTree()) : void 0;
  return {
    plan,
    ...adapter ? { adapter } : {},
    ...p3Plan ? { p3: { plan: p3Plan, ...p3Adapter ? { adapter: p3Adapter } : {} } } : {},
    bridges: plan.proxy ? [httpBridge(plan.proxy.export)] : [],
    mounted: adapter && files || p3Adapter && p3Files ? tree.files : none.mounted,
    warnings
  };
}

// src/pipeline/virtualize.ts
async function virtualize({
  policy,
  app,
  mountTree,
  onMountProgress
}) {
  const component = app && (app.component ?? readComponent(app.bytes));
  const { bridges, ...generated } = await generateAdapter({
    policy,
    mountTree,
    ...onMountProgress ? { onMountProgress } : {},
    ...component ? { app: component } : {}
  });
  if (!app) return generated;
  const adapters = adaptersOf({ bridges, ...generated });
  if (adapters.length === 0)
    return {
      ...generated,
      output: app.bytes,
      warnings: [
        ...generated.warnings,
        "nothing to virtualize: the policy passes every imported interface through"
      ]
    };
  const composed = compose(
    { ...app, component },
    adapters.map((adapter) => ({
      bytes: adapter.structure,
      chunks: adapter.chunks,
      label: adapter === generated.p3?.adapter ? "the WASI 0.3 virtual adapter" : "the virtual adapter"
    })),
    bridges
  );
  return {
    ...generated,
    output: composed.bytes,
    warnings: [...generated.warnings, ...composed.warnings]
  };
}

// src/pipeline/virtualize-and-verify.ts
function outputRules(deniedImports, own) {
  const implied = importRulesFrom([
    { policy: { allow: [], deny: deniedImports }, allowLabel: "policy", denyLabel: "the policy" }
  ]);
  return { allow: [...implied.allow, ...own.allow], deny: [...implied.deny, ...own.deny] };
}
async function virtualizeAndVerify(input) {
  const { policy, app } = input;
  const labels = input.importLabels ?? {
    allow: "policy imports.allow",
    deny: "policy imports.deny"
  };
  const own = importRulesFrom([
    { policy: policy.imports, allowLabel: labels.allow, denyLabel: labels.deny }
  ]);
  const generated = await virtualize({
    policy,
    ...app ? { app: { bytes: app.bytes, label: app.path, component: app.component } } : {},
    ...input.onMountProgress ? { onMountProgress: input.onMountProgress } : {}
  });
  const bytes = generated.output ?? generated.adapter?.bytes();
  if (!bytes) throw new Error("virtualize gave neither an output nor an adapter");
  const importsAfter = describeComponent(readComponent(bytes)).imports;
  const denied = [...new Set(plansOf(generated).flatMap((p) => p.settings.deniedImports))];
  const rules = outputRules(denied, own);
  return withSha256(
    {
      generated,
      bytes,
      ...app ? { importsBefore: describeComponent(app.component).imports } : {},
      importsAfter,
      rules,
      check: checkImports(importsAfter, rules)
    },
    bytes
  );
}

// src/virt/plan-entries.ts
function planEntries(plan) {
  const virtualized = plan.interfaces.map((v) => {
    const served = v.importOnly ? "for wasi-virt's own lines on stderr" : v.exported.length > 0 ? v.exported.join(", ") : "types only";
    const host = v.forwarded.length > 0 ? `; from the host: ${v.forwarded.join(", ")}` : "";
    return { name: v.name, detail: served + host };
  });
  const through = plan.passedThrough.map((name) => ({
    name,
    detail: "passed through to the host"
  }));
  return [...virtualized, ...through];
}
function trapEntries(plans) {
  const entries = /* @__PURE__ */ new Map();
  for (const plan of plans)
    for (const { planned, subsystem } of trappingInterfaces(plan)) {
      if (planned.exported.length === 0) continue;
      const entry = entries.get(subsystem) ?? { subsystem, functions: [], ...allowedBy(subsystem) };
      const name = plans.length > 1 ? planned.name : unversioned(planned.name);
      entry.functions.push(`${name} (${planned.exported.join(", ")})`);
      entries.set(subsystem, entry);
    }
  return [...entries.values()];
}

// src/cli/env-config.ts
var commandVariables = {
  WASI_VIRT_OUTPUT: "--output",
  WASI_VIRT_POLICY: "--policy",
  WASI_VIRT_VERIFY: "--no-verify",
  WASI_VIRT_FORMAT: "--format",
  WASI_VIRT_REPORT_FILE: "--report-file"
};
var envVariables = {
  ...Object.fromEntries(Object.entries(commandVariables).map(([name, flag]) => [name, { flag }])),
  ...Object.fromEntries(POLICY_OPTIONS.map((o) => [o.variable, { flag: `--${o.name}` }]))
};
var processSettings = ["WASI_VIRT_STACK", "WASI_VIRT_MAX_COMPONENT_SIZE"];
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j] + 1,
        next[j - 1] + 1,
        row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    row = next;
  }
  return row[b.length];
}
function unknownVariable(name) {
  const known = Object.keys(envVariables);
  const closest = known.reduce((best, k) => distance(name, k) < distance(name, best) ? k : best);
  const hint = distance(name, closest) <= 3 ? `did you mean ${closest}?` : `known: ${known.join(", ")}`;
  return new UserInputError(`unknown environment variable ${name} (${hint})`);
}
var lines = (value) => value.split("\n").map((line) => line.trim()).filter((line) => line !== "");
function settingsFromEnv(env2) {
  const set = (name) => env2[name] === "" ? void 0 : env2[name];
  for (const name of Object.keys(env2)) {
    if (!name.startsWith("WASI_VIRT_") || set(name) === void 0) continue;
    if (!processSettings.includes(name) && !envVariables[name]) throw unknownVariable(name);
  }
  const patch = patchFromTexts(
    (option) => {
      const value = set(option.variable);
      if (value === void 0) return void 0;
      return option.repeatable ? lines(value) : [value];
    },
    (option) => option.variable
  );
  const format = set("WASI_VIRT_FORMAT");
  if (format !== void 0 && !reportFormats.includes(format))
    throw new UserInputError(`WASI_VIRT_FORMAT takes ${reportFormats.join(", ")}, not '${format}'`);
  const verify = set("WASI_VIRT_VERIFY");
  const output = set("WASI_VIRT_OUTPUT");
  const policy = set("WASI_VIRT_POLICY");
  const reportFile = set("WASI_VIRT_REPORT_FILE");
  return {
    patch,
    ...output !== void 0 ? { output } : {},
    ...policy !== void 0 ? { policy } : {},
    ...format !== void 0 ? { format } : {},
    ...reportFile !== void 0 ? { reportFile } : {},
    ...verify !== void 0 ? { verify: parseBoolean("WASI_VIRT_VERIFY", verify) } : {}
  };
}

// src/cli/progress.ts
var PROGRESS_INTERVAL_MS = 100;
var ProgressLine = class {
  constructor(stream, intervalMs = PROGRESS_INTERVAL_MS, now = () => performance.now()) {
    this.stream = stream;
    this.intervalMs = intervalMs;
    this.now = now;
  }
  stream;
  intervalMs;
  now;
  drawnAt;
  update(text) {
    const now = this.now();
    if (this.drawnAt !== void 0 && now - this.drawnAt < this.intervalMs) return;
    this.drawnAt = now;
    const width = (this.stream.columns || 80) - 1;
    this.stream.write(`\r${text.length > width ? text.slice(0, width) : text}\x1B[K`);
  }
  clear() {
    if (this.drawnAt === void 0) return;
    this.stream.write("\r\x1B[K");
    this.drawnAt = void 0;
  }
};
var count = new Intl.NumberFormat("en-US");
function formatBytes(bytes) {
  const units = ["KiB", "MiB", "GiB"];
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
function describeMountProgress(progress) {
  if (!progress.scanned) return `${TOOL_NAME}: scanning the mounted directories...`;
  return `${TOOL_NAME}: reading mounted files: ${count.format(progress.files)}/${count.format(progress.totalFiles)} files, ${formatBytes(progress.bytes)}/${formatBytes(progress.totalBytes)}`;
}
function mountProgressLine(io2) {
  if (!io2.terminal?.isTTY || io2.quiet) return { done: () => {
  } };
  const line = new ProgressLine(io2.terminal);
  return {
    report: (progress) => line.update(describeMountProgress(progress)),
    done: () => line.clear()
  };
}

// src/cli/commands/virtualize.ts
async function settingsFrom(options, env2) {
  const fromEnv = settingsFromEnv(env2);
  const policyFile = options.policy ?? fromEnv.policy;
  const filePatch = policyFile ? await loadPolicyFile(policyFile) : {};
  const settings = {
    policy: applyPatches(denyAllPolicy(), filePatch, fromEnv.patch, patchFromFlags(options)),
    output: options.output ?? fromEnv.output,
    verify: options.verify && fromEnv.verify !== false,
    format: options.format ?? fromEnv.format ?? "text",
    reportFile: options.reportFile ?? fromEnv.reportFile
  };
  if (!settings.verify && (settings.reportFile || settings.format !== "text"))
    throw new UserInputError(
      "--format and --report-file report the output gate, which --no-verify (WASI_VIRT_VERIFY=false) skips"
    );
  return settings;
}
function describePlan(plan) {
  const entries = planEntries(plan).map((e) => `  ${e.name}: ${e.detail}`);
  const lines2 = entries.length > 0 ? entries : ["  nothing: every interface passes through"];
  return [`virtualized (WASI ${plan.wasiVersion}):`, ...lines2].join("\n") + "\n";
}
function describeTraps(plans) {
  const lines2 = trapEntries(plans).map(
    (e) => `  ${e.subsystem}: ${e.functions.join(", ")}; allow with ${e.flag} (policy file: ${e.key} = true)`
  );
  return lines2.length > 0 ? ["trap if called (denied):", ...lines2].join("\n") + "\n" : "";
}
function describeMounts(files, limit = 20) {
  const count2 = files.length;
  if (count2 === 0) return "";
  const lines2 = [];
  for (const f of files) {
    if (lines2.length === limit) break;
    lines2.push(`  ${escapeControl(f.guest)} <- ${escapeControl(f.host)} (${f.size} bytes)`);
  }
  if (count2 > limit) lines2.push(`  ... and ${count2 - limit} more`);
  return [`embedded ${count2} file(s), ${files.totalBytes} bytes:`, ...lines2].join("\n") + "\n";
}
function describeRuntimePaths(policy) {
  const lines2 = [
    ...policy.preopens.map(
      (p) => `  ${escapeControl(p.guest)} <- ${escapeControl(p.host)} (a host directory)`
    ),
    ...policy.hostFiles.map(
      (f) => `  ${escapeControl(f.guest)} <- ${escapeControl(f.host)} (a host file)`
    )
  ];
  return lines2.length > 0 ? ["reached at run time:", ...lines2].join("\n") + "\n" : "";
}
async function virtualizeCommand(component, options, io2, env2 = {}) {
  const { policy, output, verify, format, reportFile } = await settingsFrom(options, env2);
  if (options.printPolicy) {
    const { stringify } = await import("./cli-dist-4XOSEULF.js");
    io2.stdout(stringify(policyToData(policy)) + "\n");
    return ExitCode.pass;
  }
  if (!output)
    throw new UserInputError(
      "missing -o/--output <file> (or WASI_VIRT_OUTPUT): where to write the virtualized component"
    );
  await checkReportPath(reportFile, [
    { path: component, what: "the component virtualized" },
    { path: output, what: "the output component" }
  ]);
  const app = component ? await loadComponentFile(component, maxComponentSize(env2)) : void 0;
  const progress = mountProgressLine(io2);
  const outcome = await virtualizeAndVerify({
    policy,
    ...app ? { app } : {},
    ...progress.report ? { onMountProgress: progress.report } : {}
  }).finally(progress.done);
  const { generated, bytes, rules, check } = outcome;
  for (const warning of generated.warnings)
    io2.stderr(`wasi-virt: warning: ${escapeControl(warning)}
`);
  await writeFileAtomic(output, bytes);
  const summary = format !== "text" && !reportFile ? io2.stderr : io2.stdout;
  summary(
    `wrote ${escapeControl(output)} (${bytes.length} bytes)
` + plansOf(generated).map(describePlan).join("") + describeTraps(plansOf(generated)) + describeMounts(generated.mounted) + describeRuntimePaths(policy)
  );
  if (!verify) return ExitCode.pass;
  await emitReport([checkReport(output, { bytes }, rules, check)], format, reportFile, io2);
  return check.passed ? ExitCode.pass : ExitCode.violation;
}
export {
  virtualizeCommand
};
