import type { Declaration, ExternName, ExternType, InstanceType, Sort } from '../component/ast.js';
import type { Component } from '../component/read/read-component.js';
import type { Origin, Scope } from '../component/read/scope.js';
import {
  definedInstanceExports,
  instanceContents,
  isComponentSort,
  type DefinedExport,
  type InstanceContents,
} from './instance-exports.js';
import { implementedInterface } from './extern-name.js';
import { parseInterfaceName, type InterfaceName } from './interface-name.js';
import { definitionOf, localTypes } from '../component/read/local-types.js';

export type ItemKind = 'instance' | 'func' | 'type' | 'component' | 'module' | 'value';

/** One import or export of a component, as a user thinks of it. */
export interface ExternItem {
  name: string;
  kind: ItemKind;
  /**
   * Present when the name is an interface name (`wasi:cli/environment@0.2.12`), or
   * names the interface a labelled import implements (see `implements`).
   */
  interface?: InterfaceName;
  /** The interface an `[implements=<I>]label` name (or a name's implements attribute) implements. */
  implements?: string;
  /** For instances whose type is known: the functions they carry (`[method]r.f` for methods). */
  functions?: string[];
  /** Those of `functions` whose type is an `async func` (WASI 0.3 and later), when any is. */
  asyncFunctions?: string[];
  /** Resource types the instance defines. */
  resources?: string[];
  /** Other named types the instance carries (records, enums, uses of another interface's resource). */
  types?: string[];
  /** An instance with no functions: imported or exported only for its types. */
  typesOnly?: boolean;
  /** An instance whose type could not be determined: its functions are unknown (rules fail closed). */
  functionsUnknown?: boolean;
  /** Byte offset of the import or export in the binary. */
  offset: number;
}

export interface ComponentInterface {
  imports: ExternItem[];
  exports: ExternItem[];
}

/** The imports and exports of the outermost component, with instance contents resolved. */
export function describeComponent(component: Component): ComponentInterface {
  return {
    imports: component.imports.map((imp) =>
      withImplements(describeItem(component.scope, imp.name.name, imp.type, imp.offset), imp.name),
    ),
    exports: component.exports.map((exp) => {
      const type = exp.type ?? inferExternType(component.scope, exp.item.sort, exp.item.index);
      const item = describeItem(component.scope, exp.name.name, type, exp.offset, exp.item.sort);
      if (!item.functions && !exp.type && isInstance(exp.item.sort))
        Object.assign(item, summarizeContents(instanceContents(component.scope, exp.item.index)));
      return withImplements(item, exp.name);
    }),
  };
}

const isInstance = (sort: Sort) => 'component' in sort && sort.component === 'instance';

function describeItem(
  scope: Scope,
  name: string,
  type: ExternType | undefined,
  offset: number,
  sort?: Sort,
): ExternItem {
  const kind: ItemKind = type?.kind ?? sortKind(sort);
  const parsed = parseInterfaceName(name);
  const item: ExternItem = { name, kind, ...(parsed ? { interface: parsed } : {}), offset };
  if (type?.kind === 'instance') {
    const instanceType = resolveInstanceType(scope, type.typeIndex);
    if (instanceType) Object.assign(item, summarizeInstance(instanceType.decls));
    else item.functionsUnknown = true;
  }
  return item;
}

/** A labelled item that implements an interface is judged, and shown, as that interface. */
function withImplements(item: ExternItem, name: ExternName): ExternItem {
  const implemented = implementedInterface(name);
  if (implemented === undefined) return item;
  const parsed = parseInterfaceName(implemented);
  return { ...item, implements: implemented, ...(parsed ? { interface: parsed } : {}) };
}

function sortKind(sort: Sort | undefined): ItemKind {
  if (!sort) return 'instance';
  return 'core' in sort ? 'module' : sort.component;
}

function summarizeInstance(
  decls: Declaration[],
): Pick<ExternItem, 'functions' | 'asyncFunctions' | 'resources' | 'types' | 'typesOnly'> {
  const functions: string[] = [];
  const asyncFunctions: string[] = [];
  const resources: string[] = [];
  const types: string[] = [];
  const { locals } = localTypes(decls);
  for (const decl of decls) {
    if (decl.kind !== 'export') continue;
    if (decl.type.kind === 'func') {
      functions.push(decl.name.name);
      const signature = definitionOf(locals, decl.type.typeIndex);
      if (signature?.kind === 'func' && signature.async) asyncFunctions.push(decl.name.name);
    } else if (decl.type.kind === 'type') {
      ('subResource' in decl.type.bound ? resources : types).push(decl.name.name);
    }
  }
  return {
    functions,
    ...(asyncFunctions.length > 0 ? { asyncFunctions } : {}),
    resources,
    types,
    typesOnly: functions.length === 0,
  };
}

/**
 * Follows aliases, type exports (with or without an ascription) and
 * type-equality bounds to the instance type a type index names: through outer
 * aliases, and through export aliases of inline instances and of instances of
 * nested components. Undefined when the type cannot be determined.
 */
export function resolveInstanceType(
  scope: Scope,
  typeIndex: number,
  hops = 0,
): InstanceType | undefined {
  const origin = scope.component.type[typeIndex];
  // Indices only refer backwards, so this ends; the bound keeps hostile chains cheap.
  if (!origin || hops > MAX_TYPE_HOPS) return undefined;
  return resolveInstanceOrigin(scope, origin, hops + 1);
}

const MAX_TYPE_HOPS = 1000;

function resolveInstanceOrigin(
  scope: Scope,
  origin: Origin,
  hops: number,
): InstanceType | undefined {
  switch (origin.via) {
    case 'type':
      return origin.type.kind === 'instance' ? origin.type : undefined;
    case 'alias': {
      const { alias } = origin;
      if (alias.kind === 'outer') {
        const target = scope.ancestor(alias.count);
        return target ? resolveInstanceType(target, alias.index, hops) : undefined;
      }
      if (alias.kind !== 'export') return undefined;
      const exported = definedInstanceExports(scope, alias.instance)?.find(
        (e) => e.name === alias.name && isComponentSort(e.item, 'type'),
      );
      if (!exported) return undefined;
      return exported.type?.kind === 'type' && 'eq' in exported.type.bound
        ? resolveInstanceType(exported.scope, exported.type.bound.eq, hops)
        : resolveInstanceType(exported.scope, exported.item.index, hops);
    }
    case 'import':
    case 'export':
      if (origin.type?.kind === 'type' && 'eq' in origin.type.bound)
        return resolveInstanceType(scope, origin.type.bound.eq, hops);
      if (
        origin.via === 'export' &&
        !origin.type &&
        origin.item &&
        isComponentSort(origin.item, 'type')
      )
        return resolveInstanceType(scope, origin.item.index, hops);
      return undefined;
    default:
      return undefined;
  }
}

/**
 * The contents of an exported instance that has no type ascription: its type, or the exports
 * it is built from (inline exports, or a nested component's, as wit-component builds them).
 */
function summarizeContents(contents: InstanceContents | undefined): Partial<ExternItem> {
  if (!contents) return {};
  if (!('exports' in contents)) {
    const instanceType = resolveInstanceType(contents.scope, contents.typeIndex);
    return instanceType ? summarizeInstance(instanceType.decls) : {};
  }
  const funcs = contents.exports.filter((e) => isComponentSort(e.item, 'func'));
  const functions = funcs.map((e) => e.name);
  const asyncFunctions = funcs.filter(isAsyncExport).map((e) => e.name);
  const types = contents.exports.filter((e) => isComponentSort(e.item, 'type')).map((e) => e.name);
  return {
    functions,
    ...(asyncFunctions.length > 0 ? { asyncFunctions } : {}),
    types,
    typesOnly: functions.length === 0,
  };
}

/** Whether an exported function's type ascription is an `async func` (defined in its scope). */
function isAsyncExport(exp: DefinedExport): boolean {
  if (exp.type?.kind !== 'func') return false;
  const origin = exp.scope.component.type[exp.type.typeIndex];
  return origin?.via === 'type' && origin.type.kind === 'func' && origin.type.async;
}

/** The type an exported instance has from where it came: an import's or an export's ascription. */
function inferExternType(scope: Scope, sort: Sort, index: number): ExternType | undefined {
  if (!isInstance(sort)) return undefined;
  const origin = scope.component.instance[index];
  if (origin?.via === 'import' || origin?.via === 'export') return origin.type;
  return undefined;
}
