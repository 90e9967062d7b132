import type { ExternType, SortIndex } from '../component/ast.js';
import type { Scope } from '../component/scope.js';

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
