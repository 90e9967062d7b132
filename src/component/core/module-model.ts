import { ByteReader } from '../read/byte-reader.js';

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
  data: { count: number; segments: Uint8Array };
  /** Whether the module has a data count section (needed when code uses memory.init or data.drop). */
  dataCount: boolean;
}

/** Value types as their one-byte encodings (0x7f i32, 0x7e i64, ...). */
export interface FuncType {
  params: number[];
  results: number[];
}

export type ExternKind = 'func' | 'table' | 'memory' | 'global' | 'tag';
export const EXTERN_KINDS: ExternKind[] = ['func', 'table', 'memory', 'global', 'tag'];

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

/** Reads a constant expression up to and including its `end`: one constant or global.get. */
function constantExpression(r: ByteReader): Uint8Array {
  const start = r.offset;
  const op = r.u8('a constant expression');
  if (op === 0x41) r.signedLeb(32, 'an i32.const');
  else if (op === 0x42) r.signedLeb(64, 'an i64.const');
  else if (op === 0x43) r.take(4, 'an f32.const');
  else if (op === 0x44) r.take(8, 'an f64.const');
  else if (op === 0x23) r.u32('a global index');
  else r.fail(`unsupported constant expression opcode 0x${op.toString(16)}`, start);
  if (r.u8('end of a constant expression') !== 0x0b)
    r.fail('a constant expression holds more than one instruction', start);
  return r.bytes.subarray(start, r.offset);
}

/** The i32 value of a constant expression `i32.const n; end`. */
export function i32Constant(init: Uint8Array): number {
  const r = new ByteReader(init);
  if (r.u8() !== 0x41) r.fail('expected i32.const', 0);
  return r.signedLeb(32, 'an i32.const');
}

function readTypes(r: ByteReader): FuncType[] {
  return r.vec('core types', () => {
    const at = r.offset;
    if (r.u8('a core type form') !== 0x60) r.fail('only function types are supported', at);
    const valueTypes = () => r.vec('value types', () => r.u8('a value type'));
    return { params: valueTypes(), results: valueTypes() };
  });
}

function readImports(r: ByteReader): CoreImport[] {
  return r.vec('core imports', () => {
    const module = r.name('an import module name');
    const name = r.name('an import name');
    const kindAt = r.offset;
    const kind = EXTERN_KINDS[r.u8('an import kind')];
    const start = r.offset;
    let type: number | undefined;
    if (kind === 'func') type = r.u32('a type index');
    else if (kind === 'global') r.take(2, 'a global type');
    else if (kind === 'memory') readLimits(r);
    else if (kind === 'table') {
      r.u8('a table element type');
      readLimits(r);
    } else r.fail(`unsupported import kind`, kindAt);
    return { module, name, kind: kind!, type, descriptor: r.bytes.subarray(start, r.offset) };
  });
}

function readLimits(r: ByteReader): MemoryLimits {
  const at = r.offset;
  const flags = r.u8('limits flags');
  if (flags > 1) r.fail(`unsupported limits flags 0x${flags.toString(16)} (shared or 64-bit)`, at);
  const min = r.u32('a limits minimum');
  return flags === 1 ? { min, max: r.u32('a limits maximum') } : { min };
}

function readElements(r: ByteReader): ElementSegment[] {
  return r.vec('element segments', () => {
    const start = r.offset;
    const flags = r.u32('element segment flags');
    if (flags === 0) constantExpression(r);
    else if (flags === 2) {
      r.u32('a table index');
      constantExpression(r);
    }
    if (flags === 1 || flags === 2 || flags === 3) {
      if (r.u8('an element kind') !== 0x00) r.fail('unsupported element kind', r.offset - 1);
    } else if (flags !== 0) r.fail(`unsupported element segment flags ${flags}`, start);
    const head = r.bytes.subarray(start, r.offset);
    return { head, functions: r.vec('element functions', () => r.u32('a function index')) };
  });
}

/** A module with nothing in it, to build one in. */
export const emptyModel = (): CoreModuleModel => ({
  types: [],
  imports: [],
  functions: [],
  globals: [],
  exports: [],
  elements: [],
  code: [],
  data: { count: 0, segments: new Uint8Array() },
  dataCount: false,
});

/** Reads a core module into a CoreModuleModel. */
export function readModuleModel(bytes: Uint8Array): CoreModuleModel {
  const r = new ByteReader(bytes);
  const magic = r.take(8, 'the core module preamble');
  if (magic.join() !== '0,97,115,109,1,0,0,0') r.fail('not a core wasm module (version 1)', 0);
  const model = emptyModel();
  while (!r.atEnd) {
    const idAt = r.offset;
    const id = r.u8('a section id');
    const size = r.u32('a section size');
    const s = new ByteReader(bytes, r.offset, r.offset + r.take(size, 'a section').length);
    if (id === 1) model.types = readTypes(s);
    else if (id === 2) model.imports = readImports(s);
    else if (id === 3) model.functions = s.vec('functions', () => s.u32('a type index'));
    else if (id === 4) model.tables = s.take(s.remaining, 'the table section');
    else if (id === 5) {
      const memories = s.vec('memories', () => readLimits(s));
      if (memories.length > 1) s.fail('more than one memory', idAt);
      model.memory = memories[0];
    } else if (id === 6)
      model.globals = s.vec('globals', () => ({
        type: s.take(2, 'a global type'),
        init: constantExpression(s),
      }));
    else if (id === 7)
      model.exports = s.vec('exports', () => {
        const name = s.name('an export name');
        const kind = EXTERN_KINDS[s.u8('an export kind')];
        if (!kind) s.fail('unknown export kind', s.offset - 1);
        return { name, kind, index: s.u32('an export index') };
      });
    else if (id === 8) model.start = s.u32('the start function');
    else if (id === 9) model.elements = readElements(s);
    else if (id === 10)
      model.code = s.vec('function bodies', () => s.take(s.u32('a body size'), 'a body'));
    else if (id === 11) {
      const count = s.u32('data segments');
      model.data = { count, segments: s.take(s.remaining, 'the data segments') };
    } else if (id === 12) {
      model.dataCount = true;
      s.u32('the data count');
    } else if (id !== 0) r.fail(`unsupported section id ${id}`, idAt);
    if (id !== 0) s.expectEnd(`section ${id}`);
  }
  if (model.code.length !== model.functions.length)
    r.fail('the code and function sections disagree on the number of functions', 0);
  return model;
}

/**
 * A copy of a model that edits cannot reach back through: every array and record is new. The
 * byte views (bodies, descriptors, initializers) are shared, as edits replace them, never write
 * into them.
 */
export const copyModel = (m: CoreModuleModel): CoreModuleModel => ({
  ...m,
  types: m.types.map((t) => ({ params: [...t.params], results: [...t.results] })),
  imports: m.imports.map((i) => ({ ...i })),
  functions: [...m.functions],
  ...(m.memory ? { memory: { ...m.memory } } : {}),
  globals: m.globals.map((g) => ({ ...g })),
  exports: m.exports.map((e) => ({ ...e })),
  elements: m.elements.map((e) => ({ ...e, functions: [...e.functions] })),
  code: [...m.code],
  data: { ...m.data },
});

/** How many functions the module imports: its defined functions' indices start there. */
export const importedFunctions = (m: CoreModuleModel) =>
  m.imports.filter((i) => i.kind === 'func').length;

/** How many globals the module imports. */
export const importedGlobals = (m: CoreModuleModel) =>
  m.imports.filter((i) => i.kind === 'global').length;

/** The type of function `index` in the module's function index space. */
export function functionType(m: CoreModuleModel, index: number): FuncType {
  const imported = m.imports.filter((i) => i.kind === 'func');
  const type =
    index < imported.length ? imported[index]!.type! : m.functions[index - imported.length]!;
  const found = m.types[type];
  if (!found) throw new Error(`function ${index} has an unknown type ${type}`);
  return found;
}

/** The payload of the module's first custom section called `name`, or undefined. */
export function customSection(bytes: Uint8Array, name: string): Uint8Array | undefined {
  const r = new ByteReader(bytes);
  r.take(8, 'the core module preamble');
  while (!r.atEnd) {
    const id = r.u8('a section id');
    const size = r.u32('a section size');
    const end = r.offset + size;
    if (id === 0) {
      const s = new ByteReader(bytes, r.offset, end);
      if (s.name('a custom section name') === name) return s.take(s.remaining, name);
    }
    r.take(size, 'a section');
  }
  return undefined;
}
