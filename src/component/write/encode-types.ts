import type {
  Alias,
  CoreCompositeType,
  CoreExternType,
  CoreSubType,
  CoreType,
  CoreValType,
  Declaration,
  DefType,
  DefValType,
  ExternName,
  ExternType,
  HeapType,
  Sort,
  StorageType,
  ValType,
} from '../ast.js';
import { TYPE_SORT as TYPE } from '../ast.js';
import type { ByteWriter } from './byte-writer.js';
import { abstractHeapTypes, numericTypes } from '../read/core-types.js';
import { componentSortCodes, coreSortCodes, primitives } from '../read/types.js';

const invert = <T extends string>(table: Record<number, T>): Map<T, number> =>
  new Map(Object.entries(table).map(([code, name]) => [name, Number(code)]));

const primitiveCodes = invert(primitives);
const coreSortCodeOf = invert(coreSortCodes);
const componentSortCodeOf = invert(componentSortCodes);
const numericCodes = invert(numericTypes as Record<number, string>);
const heapCodes = invert(abstractHeapTypes);

/**
 * Maps an index of one scope's index space to the index to write. The encoder
 * keeps one map per enclosing scope, outermost first, so that outer aliases
 * are rewritten with the map of the scope they reach.
 */
export type IndexMap = (sort: Sort, index: number) => number;
export const identity: IndexMap = (_sort, index) => index;

export function encodeSort(w: ByteWriter, sort: Sort): void {
  if ('core' in sort) w.u8(0x00).u8(coreSortCodeOf.get(sort.core)!);
  else w.u8(componentSortCodeOf.get(sort.component)!);
}

export function encodeValType(w: ByteWriter, type: ValType, map: IndexMap): void {
  if ('prim' in type) w.u8(primitiveCodes.get(type.prim)!);
  else w.s33(map(TYPE, type.typeIndex));
}

function encodeDefValType(w: ByteWriter, def: DefValType, map: IndexMap): void {
  const val = (t: ValType) => encodeValType(w, t, map);
  switch (def.kind) {
    case 'prim':
      w.u8(primitiveCodes.get(def.prim)!);
      return;
    case 'record':
      w.u8(0x72).vec(def.fields, (f) => (w.name(f.name), val(f.type)));
      return;
    case 'variant':
      w.u8(0x71).vec(def.cases, (c) => (w.name(c.name), w.optional(c.type, val), w.u8(0x00)));
      return;
    case 'list':
      w.u8(def.length === undefined ? 0x70 : 0x67);
      val(def.element);
      if (def.length !== undefined) w.u32(def.length);
      return;
    case 'tuple':
      w.u8(0x6f).vec(def.types, val);
      return;
    case 'flags':
      w.u8(0x6e).vec(def.names, (n) => w.name(n));
      return;
    case 'enum':
      w.u8(0x6d).vec(def.names, (n) => w.name(n));
      return;
    case 'option':
      w.u8(0x6b);
      val(def.type);
      return;
    case 'result':
      w.u8(0x6a).optional(def.ok, val).optional(def.err, val);
      return;
    case 'own':
    case 'borrow':
      w.u8(def.kind === 'own' ? 0x69 : 0x68).u32(map(TYPE, def.typeIndex));
      return;
    case 'stream':
    case 'future':
      w.u8(def.kind === 'stream' ? 0x66 : 0x65).optional(def.element, val);
      return;
    case 'map':
      w.u8(0x63);
      val(def.key);
      val(def.value);
      return;
  }
}

/**
 * Encodes a type definition. `scopes` holds the index maps of the enclosing
 * scopes, outermost first; the last is the scope the type is defined in.
 * Component and instance types open a scope of their own with `inner` as its
 * map (identity unless the caller renumbers their declarations).
 */
export function encodeDefType(
  w: ByteWriter,
  type: DefType,
  scopes: readonly IndexMap[],
  inner: IndexMap = identity,
): void {
  const map = scopes[scopes.length - 1]!;
  switch (type.kind) {
    case 'func':
      w.u8(type.async ? 0x43 : 0x40).vec(
        type.params,
        (p) => (w.name(p.name), encodeValType(w, p.type, map)),
      );
      if (type.result) {
        w.u8(0x00);
        encodeValType(w, type.result, map);
      } else {
        w.u8(0x01).u8(0x00);
      }
      return;
    case 'component':
    case 'instance':
      w.u8(type.kind === 'component' ? 0x41 : 0x42);
      encodeDeclarations(w, type.decls, [...scopes, inner]);
      return;
    case 'resource':
      w.u8(0x3f)
        .u8(0x7f)
        .optional(type.dtor, (f) => w.u32(map({ core: 'func' }, f)));
      return;
    case 'defined':
      encodeDefValType(w, type.def, map);
  }
}

export function encodeDeclarations(
  w: ByteWriter,
  decls: readonly Declaration[],
  scopes: readonly IndexMap[],
): void {
  w.vec(decls, (decl) => encodeDeclaration(w, decl, scopes));
}

export function encodeDeclaration(
  w: ByteWriter,
  decl: Declaration,
  scopes: readonly IndexMap[],
): void {
  const map = scopes[scopes.length - 1]!;
  switch (decl.kind) {
    case 'core-type':
      w.u8(0x00);
      encodeCoreType(w, decl.type);
      return;
    case 'type':
      w.u8(0x01);
      encodeDefType(w, decl.type, scopes);
      return;
    case 'alias':
      w.u8(0x02);
      encodeAlias(w, decl.alias, scopes);
      return;
    case 'import':
    case 'export':
      w.u8(decl.kind === 'import' ? 0x03 : 0x04);
      encodeExternName(w, decl.name);
      encodeExternType(w, decl.type, map);
  }
}

/** Encodes an alias; an outer alias keeps its count and takes the map of the scope it reaches. */
export function encodeAlias(w: ByteWriter, alias: Alias, scopes: readonly IndexMap[]): void {
  const map = scopes[scopes.length - 1]!;
  encodeSort(w, alias.sort);
  switch (alias.kind) {
    case 'export':
      w.u8(0x00)
        .u32(map({ component: 'instance' }, alias.instance))
        .name(alias.name);
      return;
    case 'core-export':
      w.u8(0x01)
        .u32(map({ core: 'instance' }, alias.instance))
        .name(alias.name);
      return;
    case 'outer': {
      const target = scopes[scopes.length - 1 - alias.count];
      if (!target)
        throw new RangeError(
          `outer alias count ${alias.count} reaches past the scopes being encoded`,
        );
      w.u8(0x02).u32(alias.count).u32(target(alias.sort, alias.index));
    }
  }
}

export function encodeExternName(w: ByteWriter, name: ExternName): void {
  const attributes: [number, string][] = [];
  if (name.implements !== undefined) attributes.push([0x00, name.implements]);
  if (name.versionSuffix !== undefined) attributes.push([0x01, name.versionSuffix]);
  if (name.externalId !== undefined) attributes.push([0x02, name.externalId]);
  if (attributes.length === 0) {
    w.u8(0x00).name(name.name);
    return;
  }
  w.u8(0x02)
    .name(name.name)
    .vec(attributes, ([kind, value]) => w.u8(kind).name(value));
}

export function encodeExternType(w: ByteWriter, type: ExternType, map: IndexMap): void {
  switch (type.kind) {
    case 'module':
      w.u8(0x00)
        .u8(0x11)
        .u32(map({ core: 'type' }, type.coreTypeIndex));
      return;
    case 'func':
      w.u8(0x01).u32(map(TYPE, type.typeIndex));
      return;
    case 'value':
      w.u8(0x02);
      if ('eqValue' in type.bound) w.u8(0x00).u32(map({ component: 'value' }, type.bound.eqValue));
      else {
        w.u8(0x01);
        encodeValType(w, type.bound.type, map);
      }
      return;
    case 'type':
      w.u8(0x03);
      if ('eq' in type.bound) w.u8(0x00).u32(map(TYPE, type.bound.eq));
      else w.u8(0x01);
      return;
    case 'component':
    case 'instance':
      w.u8(type.kind === 'component' ? 0x04 : 0x05).u32(map(TYPE, type.typeIndex));
  }
}

// ---- core types, written back as they were read (they only refer to their own scope) ----

function encodeHeapType(w: ByteWriter, heap: HeapType): void {
  if ('typeIndex' in heap) {
    w.s33(heap.typeIndex);
    return;
  }
  const shared = heap.abstract.startsWith('shared ');
  if (shared) w.u8(0x65);
  w.u8(heapCodes.get(shared ? heap.abstract.slice('shared '.length) : heap.abstract)!);
}

function encodeCoreValType(w: ByteWriter, type: CoreValType): void {
  if (typeof type === 'string') {
    w.u8(numericCodes.get(type)!);
    return;
  }
  w.u8(type.nullable ? 0x63 : 0x64);
  encodeHeapType(w, type.ref);
}

function encodeStorageType(w: ByteWriter, type: StorageType): void {
  if (type === 'i8' || type === 'i16') w.u8(type === 'i8' ? 0x78 : 0x77);
  else encodeCoreValType(w, type);
}

function encodeComposite(w: ByteWriter, type: CoreCompositeType): void {
  const field = (f: { type: StorageType; mutable: boolean }) => (
    encodeStorageType(w, f.type),
    w.u8(f.mutable ? 1 : 0)
  );
  if (type.kind === 'func') {
    w.u8(0x60)
      .vec(type.params, (t) => encodeCoreValType(w, t))
      .vec(type.results, (t) => encodeCoreValType(w, t));
  } else if (type.kind === 'struct') {
    w.u8(0x5f).vec(type.fields, field);
  } else {
    w.u8(0x5e);
    field(type.element);
  }
}

function encodeSubType(w: ByteWriter, sub: CoreSubType, prefixNonFinal: boolean): void {
  if (sub.final && sub.supertypes.length === 0) {
    encodeComposite(w, sub.type);
    return;
  }
  if (!sub.final && prefixNonFinal) w.u8(0x00);
  w.u8(sub.final ? 0x4f : 0x50).vec(sub.supertypes, (s) => w.u32(s));
  encodeComposite(w, sub.type);
}

function encodeLimits(
  w: ByteWriter,
  flags: number,
  min: number,
  max: number | undefined,
  pageSizeLog2?: number,
): void {
  w.u8(flags | (max !== undefined ? 0x01 : 0) | (pageSizeLog2 !== undefined ? 0x08 : 0)).u32(min);
  if (max !== undefined) w.u32(max);
  if (pageSizeLog2 !== undefined) w.u32(pageSizeLog2);
}

function encodeCoreExternType(w: ByteWriter, type: CoreExternType): void {
  switch (type.kind) {
    case 'func':
      w.u8(0x00).u32(type.typeIndex);
      return;
    case 'table':
      w.u8(0x01);
      encodeCoreValType(w, type.element);
      encodeLimits(w, type.is64 ? 0x04 : 0, type.min, type.max);
      return;
    case 'memory':
      w.u8(0x02);
      encodeLimits(
        w,
        (type.shared ? 0x02 : 0) | (type.is64 ? 0x04 : 0),
        type.min,
        type.max,
        type.pageSizeLog2,
      );
      return;
    case 'global':
      w.u8(0x03);
      encodeCoreValType(w, type.type);
      w.u8(type.mutable ? 1 : 0);
      return;
    case 'tag':
      w.u8(0x04).u8(0x00).u32(type.typeIndex);
  }
}

export function encodeCoreType(w: ByteWriter, type: CoreType): void {
  switch (type.kind) {
    case 'rec':
      w.u8(0x4e).vec(type.types, (sub) => encodeSubType(w, sub, false));
      return;
    case 'sub':
      encodeSubType(w, type.subtype, true);
      return;
    case 'module':
      w.u8(0x50).vec(type.decls, (decl) => {
        switch (decl.kind) {
          case 'import':
            w.u8(0x00).name(decl.module).name(decl.name);
            encodeCoreExternType(w, decl.type);
            return;
          case 'type':
            w.u8(0x01);
            encodeCoreType(w, decl.type);
            return;
          case 'alias-outer':
            w.u8(0x02).u8(0x10).u8(0x01).u32(decl.count).u32(decl.index);
            return;
          case 'export':
            w.u8(0x03).name(decl.name);
            encodeCoreExternType(w, decl.type);
        }
      });
  }
}
