import type {
  Alias,
  ComponentSort,
  CoreSort,
  Declaration,
  DefType,
  DefValType,
  ExternName,
  ExternType,
  FuncType,
  NamedValType,
  PrimValType,
  Sort,
  TypeBound,
  ValType,
} from '../ast.js';
import { hex, type ByteReader } from './byte-reader.js';
import { readCoreType, readCoreValType } from './core-types.js';
import { LIMITS } from './limits.js';
import { Scope, type ScopeKind } from './scope.js';
import { recordDeclarations, recordTypeInfo } from './type-info.js';

export const primitives: Record<number, PrimValType> = {
  0x7f: 'bool',
  0x7e: 's8',
  0x7d: 'u8',
  0x7c: 's16',
  0x7b: 'u16',
  0x7a: 's32',
  0x79: 'u32',
  0x78: 's64',
  0x77: 'u64',
  0x76: 'f32',
  0x75: 'f64',
  0x74: 'char',
  0x73: 'string',
  0x64: 'error-context',
};

export const coreSortCodes: Record<number, CoreSort> = {
  0x00: 'func',
  0x01: 'table',
  0x02: 'memory',
  0x03: 'global',
  0x04: 'tag',
  0x10: 'type',
  0x11: 'module',
  0x12: 'instance',
};

export const componentSortCodes: Record<number, ComponentSort> = {
  0x01: 'func',
  0x02: 'value',
  0x03: 'type',
  0x04: 'component',
  0x05: 'instance',
};

export function readCoreSort(r: ByteReader): CoreSort {
  const at = r.offset;
  const code = r.u8('a core sort');
  const sort = coreSortCodes[code];
  if (!sort) r.fail(`unknown core sort 0x${hex(code)}`, at);
  return sort;
}

export function readSort(r: ByteReader): Sort {
  const at = r.offset;
  const code = r.u8('a sort');
  if (code === 0x00) return { core: readCoreSort(r) };
  const sort = componentSortCodes[code];
  if (!sort) r.fail(`unknown sort 0x${hex(code)}`, at);
  return { component: sort };
}

/** A checked reference to a type index of the current scope. */
function typeRef(r: ByteReader, scope: Scope, what: string): number {
  const at = r.offset;
  const index = r.u32(`(${what})`);
  scope.check(r, at, { component: 'type' }, index, what);
  return index;
}

export function readValType(r: ByteReader, scope: Scope): ValType {
  const at = r.offset;
  const value = r.signedLeb(33, 'value type');
  if (value >= 0) {
    scope.check(r, at, { component: 'type' }, value, 'value type');
    return { typeIndex: value };
  }
  const prim = primitives[value + 128];
  if (!prim) r.fail(`unknown primitive value type 0x${hex((value + 128) & 0xff)}`, at);
  return { prim };
}

function readLabel(r: ByteReader, what: string): string {
  return r.name(what);
}

function readNamedValTypes(
  r: ByteReader,
  scope: Scope,
  what: string,
  max?: number,
): NamedValType[] {
  return r.vec(
    what,
    () => ({
      name: readLabel(r, `a ${what} label`),
      type: readValType(r, scope),
    }),
    max,
  );
}

function readDefValType(r: ByteReader, scope: Scope, code: number, at: number): DefValType {
  const prim = primitives[code];
  if (prim) return { kind: 'prim', prim };
  switch (code) {
    case 0x72:
      return {
        kind: 'record',
        fields: readNamedValTypes(r, scope, 'record field', LIMITS.recordFields),
      };
    case 0x71:
      return {
        kind: 'variant',
        cases: r.vec(
          'variant cases',
          () => {
            const name = readLabel(r, 'a variant case label');
            const type = r.optional('a case payload', () => readValType(r, scope));
            const refinesAt = r.offset;
            const refines = r.u8('the 0x00 that ends a variant case');
            if (refines !== 0)
              r.fail(
                `expected 0x00 at the end of variant case "${name}", found 0x${hex(refines)}`,
                refinesAt,
              );
            return type ? { name, type } : { name };
          },
          LIMITS.variantCases,
        ),
      };
    case 0x70:
      return { kind: 'list', element: readValType(r, scope) };
    case 0x67: {
      const element = readValType(r, scope);
      return { kind: 'list', element, length: r.u32('(fixed list length)') };
    }
    case 0x6f:
      return {
        kind: 'tuple',
        types: r.vec('tuple types', () => readValType(r, scope), LIMITS.tupleTypes),
      };
    case 0x6e:
      return {
        kind: 'flags',
        names: r.vec('flag labels', () => readLabel(r, 'a flag label'), LIMITS.flags),
      };
    case 0x6d:
      return {
        kind: 'enum',
        names: r.vec('enum labels', () => readLabel(r, 'an enum label'), LIMITS.enumCases),
      };
    case 0x6b:
      return { kind: 'option', type: readValType(r, scope) };
    case 0x6a: {
      const ok = r.optional('a result ok type', () => readValType(r, scope));
      const err = r.optional('a result error type', () => readValType(r, scope));
      return { kind: 'result', ...(ok ? { ok } : {}), ...(err ? { err } : {}) };
    }
    case 0x69:
      return { kind: 'own', typeIndex: typeRef(r, scope, 'own handle type') };
    case 0x68:
      return { kind: 'borrow', typeIndex: typeRef(r, scope, 'borrow handle type') };
    case 0x66: {
      const element = r.optional('a stream element type', () => readValType(r, scope));
      return { kind: 'stream', ...(element ? { element } : {}) };
    }
    case 0x65: {
      const element = r.optional('a future element type', () => readValType(r, scope));
      return { kind: 'future', ...(element ? { element } : {}) };
    }
    case 0x63: {
      const key = readValType(r, scope);
      return { kind: 'map', key, value: readValType(r, scope) };
    }
    default:
      return r.fail(`unknown type definition opcode 0x${hex(code)}`, at);
  }
}

function readFuncType(r: ByteReader, scope: Scope, async: boolean): FuncType {
  const params = readNamedValTypes(r, scope, 'param', LIMITS.funcParams);
  const at = r.offset;
  const form = r.u8('a result list (0x00 type or 0x01 0x00)');
  if (form === 0x00) return { kind: 'func', async, params, result: readValType(r, scope) };
  if (form === 0x01) {
    const emptyAt = r.offset;
    const count = r.u8('the 0x00 of an empty result list');
    if (count !== 0)
      r.fail(`named function results are not supported (found ${count} named results)`, emptyAt);
    return { kind: 'func', async, params };
  }
  return r.fail(`expected a result list (0x00 or 0x01), found 0x${hex(form)}`, at);
}

/** `deftype`: a value type, func, component, instance or resource type definition. */
export function readDefType(r: ByteReader, scope: Scope): DefType {
  const at = r.offset;
  const code = r.u8('a type definition');
  switch (code) {
    case 0x40:
    case 0x43:
      return readFuncType(r, scope, code === 0x43);
    case 0x41:
      return { kind: 'component', decls: readDeclarations(r, scope, 'component-type') };
    case 0x42:
      return { kind: 'instance', decls: readDeclarations(r, scope, 'instance-type') };
    case 0x3f: {
      if (scope.kind !== 'component')
        r.fail(
          'a resource type may only be defined in a component, not in a component or instance type',
          at,
        );
      const repAt = r.offset;
      const rep = readCoreValType(r);
      if (rep !== 'i32') r.fail('a resource representation must be i32', repAt);
      const dtor = r.optional('a resource destructor', () => {
        const dtorAt = r.offset;
        const index = r.u32('(destructor core func index)');
        scope.check(r, dtorAt, { core: 'func' }, index, 'resource destructor');
        return index;
      });
      return { kind: 'resource', rep, ...(dtor !== undefined ? { dtor } : {}) };
    }
    default:
      return { kind: 'defined', def: readDefValType(r, scope, code, at) };
  }
}

export function readExternName(r: ByteReader): ExternName {
  const at = r.offset;
  const form = r.u8('an extern name form');
  if (form === 0x00 || form === 0x01) return { name: r.name('an import or export name') };
  if (form !== 0x02) r.fail(`unknown extern name form 0x${hex(form)}`, at);
  const result: ExternName = { name: r.name('an import or export name') };
  r.vec('name attributes', () => {
    const attributeAt = r.offset;
    const kind = r.u8('a name attribute');
    if (kind === 0x00) result.implements = r.name('an implements attribute');
    else if (kind === 0x01) result.versionSuffix = r.name('a version suffix attribute');
    else if (kind === 0x02) result.externalId = r.name('an external-id attribute');
    else r.fail(`unknown name attribute 0x${hex(kind)}`, attributeAt);
  });
  return result;
}

export function externSort(type: ExternType): Sort {
  return type.kind === 'module' ? { core: 'module' } : { component: type.kind };
}

export function readExternType(r: ByteReader, scope: Scope): ExternType {
  const at = r.offset;
  const kind = r.u8('an extern type');
  switch (kind) {
    case 0x00: {
      const coreAt = r.offset;
      const marker = r.u8('0x11 (core module)');
      if (marker !== 0x11)
        r.fail(`expected 0x11 (core module) in an extern type, found 0x${hex(marker)}`, coreAt);
      const indexAt = r.offset;
      const coreTypeIndex = r.u32('(core module type index)');
      scope.check(r, indexAt, { core: 'type' }, coreTypeIndex, 'core module import/export');
      return { kind: 'module', coreTypeIndex };
    }
    case 0x01:
      return { kind: 'func', typeIndex: typeRef(r, scope, 'func import/export type') };
    case 0x02: {
      const boundAt = r.offset;
      const bound = r.u8('a value bound');
      if (bound === 0x00) {
        const valueAt = r.offset;
        const eqValue = r.u32('(value index)');
        scope.check(r, valueAt, { component: 'value' }, eqValue, 'value bound');
        return { kind: 'value', bound: { eqValue } };
      }
      if (bound === 0x01) return { kind: 'value', bound: { type: readValType(r, scope) } };
      return r.fail(`unknown value bound 0x${hex(bound)}`, boundAt);
    }
    case 0x03: {
      const boundAt = r.offset;
      const bound = r.u8('a type bound');
      let typeBound: TypeBound;
      if (bound === 0x00) typeBound = { eq: typeRef(r, scope, 'type bound') };
      else if (bound === 0x01) typeBound = { subResource: true };
      else return r.fail(`unknown type bound 0x${hex(bound)}`, boundAt);
      return { kind: 'type', bound: typeBound };
    }
    case 0x04:
      return { kind: 'component', typeIndex: typeRef(r, scope, 'component import/export type') };
    case 0x05:
      return { kind: 'instance', typeIndex: typeRef(r, scope, 'instance import/export type') };
    default:
      return r.fail(`unknown extern type 0x${hex(kind)}`, at);
  }
}

/** Reads an alias and checks its target against the index spaces in scope. */
export function readAlias(r: ByteReader, scope: Scope): Alias {
  const at = r.offset;
  const sort = readSort(r);
  const formAt = r.offset;
  const form = r.u8('an alias form');
  switch (form) {
    case 0x00: {
      const instanceAt = r.offset;
      const instance = r.u32('(instance index)');
      scope.check(r, instanceAt, { component: 'instance' }, instance, 'alias export');
      return { kind: 'export', sort, instance, name: r.name('an alias export name') };
    }
    case 0x01: {
      const instanceAt = r.offset;
      const instance = r.u32('(core instance index)');
      scope.check(r, instanceAt, { core: 'instance' }, instance, 'alias core export');
      return { kind: 'core-export', sort, instance, name: r.name('an alias core export name') };
    }
    case 0x02: {
      const countAt = r.offset;
      const count = r.u32('(outer alias count)');
      const indexAt = r.offset;
      const index = r.u32('(outer alias index)');
      const target = scope.outer(r, countAt, count);
      target.check(r, indexAt, sort, index, `outer alias (${count} out)`);
      return { kind: 'outer', sort, count, index };
    }
    default:
      return r.fail(`unknown alias form 0x${hex(form)} (at alias starting ${at})`, formAt);
  }
}

/** Declarators of a component or instance type, each read in a fresh scope of its own. */
function readDeclarations(r: ByteReader, parent: Scope, kind: ScopeKind): Declaration[] {
  const scope = Scope.nested(r, r.offset, kind, parent, recordTypeInfo);
  const decls = r.vec(
    kind === 'component-type' ? 'component type declarations' : 'instance type declarations',
    () => readDeclaration(r, scope),
    kind === 'component-type' ? LIMITS.componentTypeDeclarations : LIMITS.instanceTypeDeclarations,
  );
  recordDeclarations(scope, decls);
  return decls;
}

function readDeclaration(r: ByteReader, scope: Scope): Declaration {
  const offset = r.offset;
  const code = r.u8('a declaration');
  switch (code) {
    case 0x00: {
      const type = readCoreType(r);
      scope.push({ core: 'type' }, { via: 'core-type', type }, offset);
      return { kind: 'core-type', type, offset };
    }
    case 0x01: {
      const type = readDefType(r, scope);
      scope.push({ component: 'type' }, { via: 'type', type }, offset);
      return { kind: 'type', type, offset };
    }
    case 0x02: {
      const alias = readAlias(r, scope);
      scope.push(alias.sort, { via: 'alias', alias }, offset);
      return { kind: 'alias', alias, offset };
    }
    case 0x03:
    case 0x04: {
      if (code === 0x03 && scope.kind !== 'component-type')
        r.fail('an import declaration may only appear in a component type', offset);
      const name = readExternName(r);
      const type = readExternType(r, scope);
      scope.push(
        externSort(type),
        code === 0x03
          ? { via: 'import', name: name.name, type }
          : { via: 'export', name: name.name, type },
        offset,
      );
      return { kind: code === 0x03 ? 'import' : 'export', name, type, offset };
    }
    default:
      return r.fail(`unknown declaration opcode 0x${hex(code)}`, offset);
  }
}
