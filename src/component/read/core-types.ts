import type {
  CoreCompositeType,
  CoreExternType,
  CoreModuleDecl,
  CoreSubType,
  CoreType,
  CoreValType,
  HeapType,
  StorageType,
} from '../ast.js';
import { hex, type ByteReader } from './byte-reader.js';
import { LIMITS } from './limits.js';

export const numericTypes: Record<number, CoreValType> = {
  0x7f: 'i32',
  0x7e: 'i64',
  0x7d: 'f32',
  0x7c: 'f64',
  0x7b: 'v128',
};

export const abstractHeapTypes: Record<number, string> = {
  0x70: 'func',
  0x6f: 'extern',
  0x6e: 'any',
  0x6d: 'eq',
  0x6c: 'i31',
  0x6b: 'struct',
  0x6a: 'array',
  0x69: 'exn',
  0x68: 'cont',
  0x71: 'none',
  0x72: 'noextern',
  0x73: 'nofunc',
  0x74: 'noexn',
  0x75: 'nocont',
};

export function readHeapType(r: ByteReader): HeapType {
  const at = r.offset;
  const first = r.peekU8('a heap type');
  if (first === 0x65) {
    r.u8();
    const inner = r.u8('an abstract heap type after "shared"');
    const name = abstractHeapTypes[inner];
    if (!name) r.fail(`unknown shared abstract heap type 0x${hex(inner)}`, at);
    return { abstract: `shared ${name}` };
  }
  const value = r.signedLeb(33, 'heap type');
  if (value >= 0) return { typeIndex: value };
  const name = abstractHeapTypes[value + 128];
  if (!name) r.fail(`unknown heap type 0x${hex((value + 128) & 0xff)}`, at);
  return { abstract: name };
}

export function readCoreValType(r: ByteReader): CoreValType {
  const at = r.offset;
  const code = r.u8('a core value type');
  const numeric = numericTypes[code];
  if (numeric) return numeric;
  if (code === 0x63 || code === 0x64) return { ref: readHeapType(r), nullable: code === 0x63 };
  const name = abstractHeapTypes[code];
  if (name) return { ref: { abstract: name }, nullable: true };
  return r.fail(`unknown core value type 0x${hex(code)}`, at);
}

function readStorageType(r: ByteReader): StorageType {
  const code = r.peekU8('a storage type');
  if (code === 0x78 || code === 0x77) {
    r.u8();
    return code === 0x78 ? 'i8' : 'i16';
  }
  return readCoreValType(r);
}

function readMutability(r: ByteReader): boolean {
  const at = r.offset;
  const flag = r.u8('a mutability flag');
  if (flag > 1) r.fail(`expected mutability 0x00 or 0x01, found 0x${hex(flag)}`, at);
  return flag === 1;
}

function readFieldType(r: ByteReader): { type: StorageType; mutable: boolean } {
  const type = readStorageType(r);
  return { type, mutable: readMutability(r) };
}

function readCompositeType(r: ByteReader): CoreCompositeType {
  const at = r.offset;
  const code = r.u8('a composite type (0x60 func, 0x5f struct, 0x5e array)');
  switch (code) {
    case 0x60:
      return {
        kind: 'func',
        params: r.vec('core func params', () => readCoreValType(r), LIMITS.coreFuncParams),
        results: r.vec('core func results', () => readCoreValType(r), LIMITS.coreFuncResults),
      };
    case 0x5f:
      return {
        kind: 'struct',
        fields: r.vec('struct fields', () => readFieldType(r), LIMITS.structFields),
      };
    case 0x5e:
      return { kind: 'array', element: readFieldType(r) };
    default:
      return r.fail(
        `expected a core composite type (0x60, 0x5f or 0x5e), found 0x${hex(code)}`,
        at,
      );
  }
}

function readSubType(r: ByteReader, nonFinalCode: number): CoreSubType {
  const code = r.peekU8('a core sub type');
  if (code === nonFinalCode || code === 0x4f) {
    r.u8();
    const supertypes = r.vec('supertypes', () => r.u32('a supertype index'), LIMITS.supertypes);
    return { final: code === 0x4f, supertypes, type: readCompositeType(r) };
  }
  return { final: true, supertypes: [], type: readCompositeType(r) };
}

/** `core:type` as it appears in a component: a GC rec group, a prefixed sub type, or a module type. */
export function readCoreType(r: ByteReader): CoreType {
  const at = r.offset;
  const code = r.peekU8('a core type');
  if (code === 0x50) {
    r.u8();
    return {
      kind: 'module',
      decls: r.vec(
        'module type declarations',
        () => readModuleDecl(r),
        LIMITS.moduleTypeDeclarations,
      ),
    };
  }
  if (code === 0x00) {
    r.u8();
    const next = r.u8('0x50 after 0x00 in a core sub type');
    if (next !== 0x50)
      r.fail(`expected 0x50 after 0x00 in a core sub type, found 0x${hex(next)}`, at + 1);
    r.offset--;
    return { kind: 'sub', subtype: readSubType(r, 0x50) };
  }
  if (code === 0x4e) {
    r.u8();
    return { kind: 'rec', types: r.vec('rec group types', () => readSubType(r, 0x50)) };
  }
  // A bare sub type: 0x50 is taken by module types here, so only final forms.
  return { kind: 'sub', subtype: readSubType(r, -1) };
}

interface Limits {
  min: number;
  max?: number;
  is64: boolean;
  shared: boolean;
  pageSizeLog2?: number;
}

function readLimits(r: ByteReader, what: string, allowedFlags: number): Limits {
  const at = r.offset;
  const flags = r.u8(`${what} limits flags`);
  if (flags & ~allowedFlags) r.fail(`unknown ${what} limits flags 0x${hex(flags)}`, at);
  const is64 = (flags & 0x04) !== 0;
  const bits = is64 ? 64 : 32;
  const min = r.unsignedLeb(bits, `(${what} minimum)`);
  const max = flags & 0x01 ? r.unsignedLeb(bits, `(${what} maximum)`) : undefined;
  const pageSizeLog2 = flags & 0x08 ? r.u32(`(${what} page size log2)`) : undefined;
  return {
    min,
    ...(max !== undefined ? { max } : {}),
    is64,
    shared: (flags & 0x02) !== 0,
    ...(pageSizeLog2 !== undefined ? { pageSizeLog2 } : {}),
  };
}

export function readCoreExternType(r: ByteReader): CoreExternType {
  const at = r.offset;
  const kind = r.u8('a core extern kind');
  switch (kind) {
    case 0x00:
      return { kind: 'func', typeIndex: r.u32('(core func type index)') };
    case 0x01: {
      const element = readCoreValType(r);
      const { min, max, is64 } = readLimits(r, 'table', 0x05);
      return { kind: 'table', element, min, ...(max !== undefined ? { max } : {}), is64 };
    }
    case 0x02: {
      const { shared, ...rest } = readLimits(r, 'memory', 0x0f);
      return { kind: 'memory', shared, ...rest };
    }
    case 0x03: {
      const type = readCoreValType(r);
      return { kind: 'global', type, mutable: readMutability(r) };
    }
    case 0x04: {
      const attributeAt = r.offset;
      const attribute = r.u8('a tag attribute');
      if (attribute !== 0)
        r.fail(`expected tag attribute 0x00, found 0x${hex(attribute)}`, attributeAt);
      return { kind: 'tag', typeIndex: r.u32('(tag type index)') };
    }
    default:
      return r.fail(`unknown core extern kind 0x${hex(kind)}`, at);
  }
}

function readModuleDecl(r: ByteReader): CoreModuleDecl {
  const at = r.offset;
  const code = r.u8('a module type declaration');
  switch (code) {
    case 0x00:
      return {
        kind: 'import',
        module: r.name('an import module name'),
        name: r.name('an import name'),
        type: readCoreExternType(r),
      };
    case 0x01: {
      const type = readCoreType(r);
      if (type.kind === 'module')
        r.fail('a module type may not be nested inside a module type', at + 1);
      return { kind: 'type', type };
    }
    case 0x02: {
      const sort = r.u8('alias sort');
      const form = r.u8('alias form');
      if (sort !== 0x10 || form !== 0x01) {
        r.fail(
          `expected an outer core type alias (0x10 0x01) in a module type, found 0x${hex(sort)} 0x${hex(form)}`,
          at + 1,
        );
      }
      return {
        kind: 'alias-outer',
        count: r.u32('(outer alias count)'),
        index: r.u32('(outer alias index)'),
      };
    }
    case 0x03:
      return { kind: 'export', name: r.name('an export name'), type: readCoreExternType(r) };
    default:
      return r.fail(`unknown module type declaration 0x${hex(code)}`, at);
  }
}
