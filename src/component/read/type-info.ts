import type { Declaration, DefType, DefValType, ExternType, Sort, ValType } from '../ast.js';
import { WasmDecodeError } from '../errors.js';
import { LIMITS } from './limits.js';
import type { EntryHook, Origin, Scope } from './scope.js';

/**
 * What the reader keeps about a type, an instance or a component of a scope to bound the
 * input's types: a type's effective size (as wasmparser counts it: 1 per type constructor, a
 * reference to another type counting as that type's whole size, so a chain of types doubling
 * each other is seen at its expanded size) and, for instance and component types and for
 * instances and components, what they export (so an alias of an export has the export's size).
 */
export interface TypeInfo {
  size: number;
  exports?: Map<string, TypeInfo>;
}

/** A type the reader cannot follow (a core module's, or an export it cannot resolve): counted as 1. */
export const OPAQUE: TypeInfo = { size: 1 };

/** The scope's kinds of entries that carry a TypeInfo. */
export type InfoSort = 'type' | 'instance' | 'component';

const infoSort = (sort: Sort): InfoSort | undefined =>
  'component' in sort && ['type', 'instance', 'component'].includes(sort.component)
    ? (sort.component as InfoSort)
    : undefined;

const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);

/** Each scope's TypeInfos, by entry of the spaces that carry one. */
const infos = new WeakMap<Scope, Record<InfoSort, TypeInfo[]>>();

/** What the reader knows of entry `index` of a space of `scope` (opaque when it knows nothing). */
export function typeInfo(scope: Scope, sort: InfoSort, index: number): TypeInfo {
  return infos.get(scope)?.[sort][index] ?? OPAQUE;
}

/**
 * The reader's entry hook: records the TypeInfo of each entry that carries one, refusing a type
 * whose effective size reaches the limit (as wasm-tools and wasmtime do).
 */
export const recordTypeInfo: EntryHook = (scope, sort, origin, at) => {
  const info = entryInfo(scope, sort, origin);
  if (!info) return;
  if (info.size >= LIMITS.typeSize)
    throw new WasmDecodeError(
      at,
      `a type's effective size exceeds the limit of ${LIMITS.typeSize} (types nested inside each other too often; wasm-tools and wasmtime refuse it too)`,
    );
  let spaces = infos.get(scope);
  if (!spaces) infos.set(scope, (spaces = { type: [], instance: [], component: [] }));
  spaces[(sort as { component: InfoSort }).component].push(info);
};

const declaredInfo = new WeakMap<Declaration[], TypeInfo>();

function valTypeSize(scope: Scope, type: ValType | undefined): number {
  if (!type) return 0;
  return 'prim' in type ? 1 : typeInfo(scope, 'type', type.typeIndex).size;
}

function defValTypeSize(scope: Scope, def: DefValType): number {
  const size = (t?: ValType) => valTypeSize(scope, t);
  switch (def.kind) {
    case 'record':
      return 1 + sum(def.fields.map((f) => size(f.type)));
    case 'variant':
      return 1 + sum(def.cases.map((c) => size(c.type)));
    case 'tuple':
      return 1 + sum(def.types.map(size));
    case 'list':
      return 1 + size(def.element);
    case 'option':
      return 1 + size(def.type);
    case 'result':
      return 1 + size(def.ok) + size(def.err);
    case 'stream':
    case 'future':
      return 1 + size(def.element);
    case 'map':
      return 1 + size(def.key) + size(def.value);
    default:
      return 1;
  }
}

function defTypeInfo(scope: Scope, type: DefType): TypeInfo {
  switch (type.kind) {
    case 'defined':
      return { size: defValTypeSize(scope, type.def) };
    case 'func':
      return {
        size:
          1 +
          sum(type.params.map((p) => valTypeSize(scope, p.type))) +
          valTypeSize(scope, type.result),
      };
    case 'component':
    case 'instance':
      return declaredInfo.get(type.decls) ?? OPAQUE;
    case 'resource':
      return OPAQUE;
  }
}

function externInfo(scope: Scope, type: ExternType): TypeInfo {
  switch (type.kind) {
    case 'func':
    case 'component':
    case 'instance':
      return typeInfo(scope, 'type', type.typeIndex);
    case 'type':
      return 'eq' in type.bound ? typeInfo(scope, 'type', type.bound.eq) : OPAQUE;
    case 'value':
      return 'type' in type.bound ? { size: valTypeSize(scope, type.bound.type) } : OPAQUE;
    case 'module':
      return OPAQUE;
  }
}

/**
 * Records what a component or instance type's declarations (read in `scope`, their own) add up
 * to: 1 plus the sizes of what they import and export, and their exports by name.
 */
export function recordDeclarations(scope: Scope, decls: Declaration[]): void {
  const exports = new Map<string, TypeInfo>();
  let size = 1;
  for (const decl of decls) {
    if (decl.kind !== 'import' && decl.kind !== 'export') continue;
    const info = externInfo(scope, decl.type);
    size += info.size;
    if (decl.kind === 'export') exports.set(decl.name.name, info);
  }
  declaredInfo.set(decls, { size, exports });
}

/** The exports of a set of items of `scope`, by name. */
function exportsOf(scope: Scope, items: { name: string; sort: Sort; index: number }[]) {
  const exports = new Map<string, TypeInfo>();
  for (const { name, sort, index } of items) {
    const kind = infoSort(sort);
    if (kind) exports.set(name, typeInfo(scope, kind, index));
  }
  return exports;
}

const typeInfoAt = (scope: Scope | undefined, sort: InfoSort, index: number) =>
  scope ? typeInfo(scope, sort, index) : OPAQUE;

/** The TypeInfo of a new entry of `sort` in `scope`, if its sort carries one. */
function entryInfo(scope: Scope, sort: Sort, origin: Origin): TypeInfo | undefined {
  const kind = infoSort(sort);
  if (!kind) return undefined;
  switch (origin.via) {
    case 'type':
      return defTypeInfo(scope, origin.type);
    case 'import':
      return externInfo(scope, origin.type);
    case 'export':
      if (origin.type) return externInfo(scope, origin.type);
      return origin.item ? typeInfo(scope, kind, origin.item.index) : OPAQUE;
    case 'alias': {
      const { alias } = origin;
      if (alias.kind === 'outer') return typeInfoAt(scope.ancestor(alias.count), kind, alias.index);
      if (alias.kind === 'export')
        return typeInfo(scope, 'instance', alias.instance).exports?.get(alias.name) ?? OPAQUE;
      return OPAQUE;
    }
    case 'instance': {
      const { instance } = origin;
      if (instance.kind === 'exports')
        return {
          size: 1,
          exports: exportsOf(
            scope,
            instance.exports.map((e) => ({ name: e.name.name, ...e.item })),
          ),
        };
      return { size: 1, exports: typeInfo(scope, 'component', instance.component).exports };
    }
    case 'component': {
      const nested = origin.component;
      return {
        size: 1,
        exports: exportsOf(
          nested.scope,
          nested.exports.map((e) => ({ name: e.name.name, ...e.item })),
        ),
      };
    }
    default:
      return OPAQUE;
  }
}
