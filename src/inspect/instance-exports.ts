import type { ExternType, SortIndex } from '../component/ast.js';
import type { Scope } from '../component/read/scope.js';

/** One export of an instance a component defines, with the scope its indices belong to. */
export interface DefinedExport {
  name: string;
  item: SortIndex;
  /** The export's type ascription, if the nested component gave one. */
  type?: ExternType;
  scope: Scope;
}

/**
 * What instance `index` of a scope exports, when the component defines it:
 * inline exports, or the exports of the nested component it instantiates (as
 * wit-component builds exported interfaces). Undefined for imported instances.
 */
export function definedInstanceExports(scope: Scope, index: number): DefinedExport[] | undefined {
  const origin = scope.component.instance[index];
  if (origin?.via !== 'instance') return undefined;
  const { instance } = origin;
  if (instance.kind === 'exports') {
    return instance.exports.map((e) => ({ name: e.name.name, item: e.item, scope }));
  }
  const nested = scope.component.component[instance.component];
  if (nested?.via !== 'component') return undefined;
  const inner = nested.component;
  return inner.exports.map((e) => ({
    name: e.name.name,
    item: e.item,
    ...(e.type ? { type: e.type } : {}),
    scope: inner.scope,
  }));
}

export const isComponentSort = (item: SortIndex, sort: 'func' | 'type') =>
  'component' in item.sort && item.sort.component === sort;

/**
 * What an instance holds, as far as its exports go: the instance type it was imported or
 * ascribed with (`typeIndex` in `scope`), or the exports it is made of.
 */
export type InstanceContents = { scope: Scope; typeIndex: number } | { exports: DefinedExport[] };

/**
 * The contents of instance `index` of a scope, through re-exports and `alias export`s of
 * instances that nested components export: a composed component re-exports its app's
 * instance as an alias of the app's instantiation, which the app defines in turn.
 */
export function instanceContents(scope: Scope, index: number): InstanceContents | undefined {
  const origin = scope.component.instance[index];
  switch (origin?.via) {
    case 'import':
    case 'export':
      if (origin.type?.kind === 'instance') return { scope, typeIndex: origin.type.typeIndex };
      return origin.via === 'export' && origin.item
        ? instanceContents(scope, origin.item.index)
        : undefined;
    case 'instance': {
      const exports = definedInstanceExports(scope, index);
      return exports && { exports };
    }
    case 'alias': {
      const { alias } = origin;
      if (alias.kind !== 'export') return undefined;
      const from = instanceContents(scope, alias.instance);
      const exp =
        from && 'exports' in from ? from.exports.find((e) => e.name === alias.name) : undefined;
      if (!exp || 'core' in exp.item.sort || exp.item.sort.component !== 'instance')
        return undefined;
      return exp.type?.kind === 'instance'
        ? { scope: exp.scope, typeIndex: exp.type.typeIndex }
        : instanceContents(exp.scope, exp.item.index);
    }
    default:
      return undefined;
  }
}
