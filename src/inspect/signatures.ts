import type { Declaration, DefType, DefValType, ValType } from '../component/ast.js';
import { localTypes } from '../component/read/local-types.js';
import { definedInstanceExports, isComponentSort } from './instance-exports.js';
import type { Scope } from '../component/read/scope.js';
import { resolveInstanceType } from './component-interface.js';

/**
 * Structural signatures of function types, rendered as text so types from
 * different components can be compared, e.g.
 * `func(self: borrow<resource>, contents: list<u8>) -> result<_, stream-error-variant>`.
 * Resources render as `resource` whatever they are named, so a mismatch is only
 * ever reported for shapes that really differ; `undefined` means "could not
 * resolve", never "different".
 */

/** Where type indices are looked up: a component's scope, or the declarators of a type inside one. */
type Context = { scope: Scope } | { local: (index: number) => string | undefined };

type Sig = string | undefined;

/**
 * How many characters of signatures are rendered for one component, nested ones included.
 * Types may share subtypes (`tuple<t, t>`), so a small binary can describe a type whose
 * rendering doubles at every level; each type is rendered once (memoized) and, past this
 * budget, not at all: its signature is undefined ("could not resolve"), never compared.
 * Real components stay far below it (every WASI 0.2 signature together is under 100 KB).
 */
export const SIGNATURE_BUDGET = 1 << 24;

interface Rendered {
  /** Signatures of a scope's type indices, and of the declarators of instance types in it. */
  types: Map<number, Sig>;
  decls: WeakMap<readonly Declaration[], Map<string, Sig>>;
}

const rendered = new WeakMap<Scope, Rendered>();
/** What is left of each outermost component's budget. */
const budgets = new WeakMap<Scope, { left: number }>();

function renderedIn(scope: Scope): Rendered {
  let found = rendered.get(scope);
  if (!found) rendered.set(scope, (found = { types: new Map(), decls: new WeakMap() }));
  return found;
}

/** Charges a rendered signature to the outermost component's budget; undefined once it runs out. */
function charged(scope: Scope, sig: Sig): Sig {
  let root = scope;
  while (root.parent) root = root.parent;
  let budget = budgets.get(root);
  if (!budget) budgets.set(root, (budget = { left: SIGNATURE_BUDGET }));
  if (sig === undefined || sig.length > budget.left) return undefined;
  budget.left -= sig.length;
  return sig;
}

const all = (parts: Sig[]): parts is string[] => parts.every((p) => p !== undefined);

function valType(ctx: Context, type: ValType): Sig {
  return 'prim' in type ? type.prim : typeAt(ctx, type.typeIndex);
}

function typeAt(ctx: Context, index: number): Sig {
  return 'local' in ctx ? ctx.local(index) : componentType(ctx.scope, index);
}

function defValType(ctx: Context, def: DefValType): Sig {
  const val = (t: ValType | undefined): Sig => (t === undefined ? '_' : valType(ctx, t));
  const list = (kind: string, parts: Sig[]): Sig =>
    all(parts) ? `${kind}<${parts.join(', ')}>` : undefined;
  switch (def.kind) {
    case 'prim':
      return def.prim;
    case 'record': {
      const fields = def.fields.map((f) =>
        val(f.type) === undefined ? undefined : `${f.name}: ${val(f.type)}`,
      );
      return all(fields) ? `record{${fields.join(', ')}}` : undefined;
    }
    case 'variant': {
      const cases = def.cases.map((c) =>
        c.type === undefined
          ? c.name
          : val(c.type) === undefined
            ? undefined
            : `${c.name}(${val(c.type)})`,
      );
      return all(cases) ? `variant{${cases.join(', ')}}` : undefined;
    }
    case 'list':
      return list(
        'list',
        def.length === undefined ? [val(def.element)] : [val(def.element), String(def.length)],
      );
    case 'tuple':
      return list('tuple', def.types.map(val));
    case 'flags':
      return `flags{${def.names.join(', ')}}`;
    case 'enum':
      return `enum{${def.names.join(', ')}}`;
    case 'option':
      return list('option', [val(def.type)]);
    case 'result':
      return list('result', [val(def.ok), val(def.err)]);
    case 'own':
    case 'borrow':
      return list(def.kind, [typeAt(ctx, def.typeIndex)]);
    case 'stream':
    case 'future':
      return list(def.kind, [val(def.element)]);
    case 'map':
      return list('map', [val(def.key), val(def.value)]);
  }
}

function defType(ctx: Context, type: DefType): Sig {
  switch (type.kind) {
    case 'defined':
      return defValType(ctx, type.def);
    case 'resource':
      return 'resource';
    case 'func': {
      const params = type.params.map((p) => {
        const t = valType(ctx, p.type);
        return t === undefined ? undefined : `${p.name}: ${t}`;
      });
      const result = type.result === undefined ? '' : valType(ctx, type.result);
      if (!all(params) || result === undefined) return undefined;
      const func = type.async ? 'async func' : 'func';
      return `${func}(${params.join(', ')})${result ? ` -> ${result}` : ''}`;
    }
    default:
      return undefined;
  }
}

/** The signature of type `index` of a component scope, rendered once. */
function componentType(scope: Scope, index: number): Sig {
  const { types } = renderedIn(scope);
  if (!types.has(index)) {
    // Indices refer backwards only, so this never meets itself; mark it while rendering anyway.
    types.set(index, undefined);
    types.set(index, charged(scope, renderComponentType(scope, index)));
  }
  return types.get(index);
}

function renderComponentType(scope: Scope, index: number): Sig {
  const origin = scope.component.type[index];
  switch (origin?.via) {
    case 'type':
      return defType({ scope }, origin.type);
    case 'alias': {
      const { alias } = origin;
      if (alias.kind === 'outer') {
        const target = scope.ancestor(alias.count);
        return target ? componentType(target, alias.index) : undefined;
      }
      if (alias.kind !== 'export') return undefined;
      const instance = scope.component.instance[alias.instance];
      if (instance?.via !== 'import' && instance?.via !== 'export') return undefined;
      if (instance.type?.kind !== 'instance') return undefined;
      const instanceType = resolveInstanceType(scope, instance.type.typeIndex);
      return instanceType ? declarationTypes(scope, instanceType.decls).get(alias.name) : undefined;
    }
    case 'import':
    case 'export':
      if (origin.type?.kind === 'type')
        return 'eq' in origin.type.bound ? componentType(scope, origin.type.bound.eq) : 'resource';
      if (origin.via === 'export' && origin.item) return componentType(scope, origin.item.index);
      return undefined;
    default:
      return undefined;
  }
}

/**
 * The signatures of the types and functions the declarators of an instance
 * type defined in `scope` export, by name.
 */
function declarationTypes(scope: Scope, decls: Declaration[]): Map<string, Sig> {
  const memo = renderedIn(scope).decls;
  let exported = memo.get(decls);
  if (!exported) memo.set(decls, (exported = renderDeclarationTypes(scope, decls)));
  return exported;
}

function renderDeclarationTypes(scope: Scope, decls: Declaration[]): Map<string, Sig> {
  const { locals, types, functions } = localTypes(decls);
  const sigs: Sig[] = [];
  const ctx: Context = { local: (i) => sigs[i] };
  for (const local of locals) {
    if ('def' in local) sigs.push(charged(scope, defType(ctx, local.def)));
    else if ('eq' in local) sigs.push(sigs[local.eq]);
    else if ('resource' in local) sigs.push('resource');
    else if ('outer' in local) {
      const target = local.outer.count >= 1 ? scope.ancestor(local.outer.count - 1) : undefined;
      sigs.push(target ? componentType(target, local.outer.index) : undefined);
    } else sigs.push(undefined);
  }
  const exported = new Map<string, Sig>();
  for (const [name, index] of types) exported.set(name, sigs[index]);
  for (const [name, index] of functions) exported.set(name, sigs[index]);
  return exported;
}

/** Signatures of the functions an instance type (of an import, say) declares. */
export function instanceTypeFunctions(scope: Scope, typeIndex: number): Map<string, Sig> {
  const instanceType = resolveInstanceType(scope, typeIndex);
  return instanceType ? declarationTypes(scope, instanceType.decls) : new Map();
}

/** The signature of function `index` of a component scope. */
function funcAt(scope: Scope, index: number): Sig {
  const origin = scope.component.func[index];
  switch (origin?.via) {
    case 'canon':
      return origin.canon.kind === 'lift'
        ? componentType(scope, origin.canon.operands.type!)
        : undefined;
    case 'import':
      return origin.type.kind === 'func' ? componentType(scope, origin.type.typeIndex) : undefined;
    case 'export':
      if (origin.type?.kind === 'func') return componentType(scope, origin.type.typeIndex);
      return origin.item ? funcAt(scope, origin.item.index) : undefined;
    case 'alias':
      return origin.alias.kind === 'export'
        ? instanceFunctions(scope, origin.alias.instance).get(origin.alias.name)
        : undefined;
    default:
      return undefined;
  }
}

/** Signatures of the functions instance `index` of a component scope exports, by name. */
export function instanceFunctions(scope: Scope, index: number): Map<string, Sig> {
  const origin = scope.component.instance[index];
  const result = new Map<string, Sig>();
  if (origin?.via === 'import' || origin?.via === 'export') {
    if (origin.type?.kind === 'instance')
      return instanceTypeFunctions(scope, origin.type.typeIndex);
    if (origin.via === 'export' && origin.item) return instanceFunctions(scope, origin.item.index);
  } else {
    for (const exp of definedInstanceExports(scope, index) ?? []) {
      if (!isComponentSort(exp.item, 'func')) continue;
      const typed =
        exp.type?.kind === 'func' ? componentType(exp.scope, exp.type.typeIndex) : undefined;
      result.set(exp.name, typed ?? funcAt(exp.scope, exp.item.index));
    }
  }
  return result;
}
