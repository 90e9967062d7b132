import type { FuncType, SortIndex } from '../component/ast.js';
import { ComposeError } from './compose-plan.js';
import type { Component } from '../component/read/read-component.js';
import type { Scope } from '../component/read/scope.js';
import { definedInstanceExports, isComponentSort } from '../inspect/instance-exports.js';

/** A parameter that hands over a resource the component imports: `own<incoming-request>` of `wasi:http/types@…`. */
export interface OwnedParam {
  name: string;
  /** The instance import the resource type comes from. */
  iface: string;
  resource: string;
}

/** A function of an exported instance whose parameters all hand over imported resources. */
export interface HandleFunction {
  name: string;
  params: OwnedParam[];
}

interface Located {
  scope: Scope;
  index: number;
}

/**
 * The functions of a component's exported instance `exportName`, when each
 * takes only owned handles of resources the component imports and returns
 * nothing: the shape of an entry point the host calls with its own resources
 * (wasi:http/incoming-handler's `handle`). Follows the layout wit-component
 * writes: lifted functions passed through an instantiated shim component.
 */
export function handleFunctions(component: Component, exportName: string): HandleFunction[] {
  const exp = component.exports.find((e) => e.name.name === exportName);
  if (!exp) throw new ComposeError(`the component exports no ${exportName}`);
  const cannot = (why: string) => new ComposeError(`cannot pass ${exportName} through: ${why}`);
  const instance = follow(component.scope, exp.item.index, 'instance');
  const origin = instance.scope.component.instance[instance.index];
  const exports = definedInstanceExports(instance.scope, instance.index);
  if (origin?.via !== 'instance' || !exports)
    throw cannot('its instance is not one the component defines');
  const args = origin.instance.kind === 'instantiate' ? origin.instance.args : [];
  return exports
    .filter((e) => isComponentSort(e.item, 'func'))
    .map((e) => {
      const type = liftedType(e.scope, e.item, args, instance.scope);
      if (!type) throw cannot(`the type of ${e.name} cannot be resolved`);
      if (type.type.result) throw cannot(`${e.name} returns a value`);
      const params = type.type.params.map((p) => {
        const owned = ownedResource(type.scope, p.type);
        if (!owned)
          throw cannot(`parameter ${p.name} of ${e.name} is not an owned imported resource`);
        return { name: p.name, ...owned };
      });
      return { name: e.name, params };
    });
}

/** Goes from a re-export to what it re-exports. */
function follow(scope: Scope, index: number, sort: 'instance' | 'func' | 'type'): Located {
  let at = index;
  for (;;) {
    const origin = scope.component[sort][at];
    if (origin?.via !== 'export' || !origin.item) return { scope, index: at };
    at = origin.item.index;
  }
}

/**
 * The type a function was lifted with, in the scope of the lift: a shim
 * component's import leads back to the instantiation's argument (`args`) in `outer`.
 */
function liftedType(
  scope: Scope,
  item: SortIndex,
  args: { name: string; item: SortIndex }[],
  outer: Scope,
): { type: FuncType; scope: Scope } | undefined {
  const func = follow(scope, item.index, 'func');
  const origin = func.scope.component.func[func.index];
  if (origin?.via === 'import' && scope !== outer) {
    const arg = args.find((a) => a.name === origin.name);
    return arg ? liftedType(outer, arg.item, [], outer) : undefined;
  }
  if (origin?.via !== 'canon' || origin.canon.kind !== 'lift') return undefined;
  const type = func.scope.component.type[origin.canon.operands.type!];
  if (type?.via !== 'type' || type.type.kind !== 'func') return undefined;
  return { type: type.type, scope: func.scope };
}

/** `own<R>` where R is a resource exported by an instance the component imports. */
function ownedResource(
  scope: Scope,
  type: { typeIndex: number } | { prim: string },
): { iface: string; resource: string } | undefined {
  if (!('typeIndex' in type)) return undefined;
  const own = scope.component.type[type.typeIndex];
  if (own?.via !== 'type' || own.type.kind !== 'defined' || own.type.def.kind !== 'own')
    return undefined;
  const resource = scope.component.type[own.type.def.typeIndex];
  if (resource?.via !== 'alias' || resource.alias.kind !== 'export') return undefined;
  const from = scope.component.instance[resource.alias.instance];
  return from?.via === 'import' ? { iface: from.name, resource: resource.alias.name } : undefined;
}
