import {
  FUNC_SORT as FUNC,
  INSTANCE_SORT as INSTANCE,
  TYPE_SORT as TYPE,
  type Sort,
} from '../component/ast.js';
import { ComponentBuilder } from '../component/write/component-builder.js';
import { ComposeError, type ComposeNode } from './compose-plan.js';
import { handleFunctions, type HandleFunction, type OwnedParam } from './handle-functions.js';
import { wrappingModule } from './wrapping-module.js';

/**
 * A root export the host calls with its own resources, passed on through a
 * plug that owns the root's view of those resources: the composed component
 * exports `export` typed over the host's resources, wraps each handle with
 * the plug's `wrap-<resource>: func(handle: own<host's>) -> own<plug's>` from
 * instance `via`, and calls the root's function with the wrapped handles.
 */
export interface ExportBridge {
  export: string;
  via: string;
}

/** What the bridge needs from the composer. */
export interface BridgeContext {
  b: ComponentBuilder;
  alias(sort: Sort, instance: number, name: string): number;
  /** The composed component's import of the host's interface that the root imports as `name`. */
  hostInstance(name: string): number | undefined;
  /** The plug instance's export that satisfies the root's import `name`. */
  suppliedInstance(name: string): number | undefined;
  /** The instance of the plug exporting `name`. */
  plugInstance(name: string): number | undefined;
}

const RESOURCE = { kind: 'type', bound: { subResource: true } } as const;

/** The plug's function that wraps a host handle of `resource` as its own. */
export const wrapFunctionName = (resource: string) => `wrap-${resource}`;
const wrapName = (param: OwnedParam) => wrapFunctionName(param.resource);

/** The type of a wrap function: `func(handle: own<host's>) -> own<plug's>`, given the two own types. */
export function defineWrapType(b: ComponentBuilder, hostOwn: number, plugOwn: number): number {
  return b.defType({
    kind: 'func',
    async: false,
    params: [{ name: 'handle', type: { typeIndex: hostOwn } }],
    result: { typeIndex: plugOwn },
  });
}

/**
 * Emits the bridged export's instance; the caller exports it under the root's
 * name. The wrapping code lives in a nested component of its own: core code of
 * the composed component itself would make the host's call enter the parent of
 * the root, and calling down into a child from there traps ("cannot enter
 * component instance") under the component model's reentrance rules.
 */
export function bridgeExport(
  ctx: BridgeContext,
  root: ComposeNode,
  rootInstance: number,
  bridge: ExportBridge,
): number {
  const { b } = ctx;
  const functions = handleFunctions(root.component, bridge.export);
  const plug = ctx.plugInstance(bridge.via);
  if (plug === undefined)
    throw new ComposeError(
      `no plug exports ${bridge.via}, which ${bridge.export} is passed through`,
    );
  const via = ctx.alias(INSTANCE, plug, bridge.via);
  const exported = ctx.alias(INSTANCE, rootInstance, bridge.export);
  const resources = distinctResources(functions);

  const args = resources.flatMap((p) => {
    const host = ctx.hostInstance(p.iface);
    const supplied = ctx.suppliedInstance(p.iface);
    if (host === undefined || supplied === undefined)
      throw new ComposeError(
        `${bridge.export} takes ${p.resource} from ${p.iface}, which must be both the host's (imported by the composed component) and supplied by a plug`,
      );
    return [
      {
        name: `host-${p.resource}`,
        item: { sort: TYPE, index: ctx.alias(TYPE, host, p.resource) },
      },
      {
        name: `plug-${p.resource}`,
        item: { sort: TYPE, index: ctx.alias(TYPE, supplied, p.resource) },
      },
      { name: wrapName(p), item: { sort: FUNC, index: ctx.alias(FUNC, via, wrapName(p)) } },
    ];
  });
  for (const f of functions)
    args.push({
      name: `call-${f.name}`,
      item: { sort: FUNC, index: ctx.alias(FUNC, exported, f.name) },
    });
  const shim = b.instantiate(b.component(shimComponent(functions, resources)), args);
  return b.instance(
    functions.map((f) => ({
      name: { name: f.name },
      item: { sort: FUNC, index: ctx.alias(FUNC, shim, f.name) },
    })),
  );
}

function distinctResources(functions: HandleFunction[]): OwnedParam[] {
  const byName = new Map<string, OwnedParam>();
  for (const p of functions.flatMap((f) => f.params)) byName.set(`${p.iface}\0${p.resource}`, p);
  return [...byName.values()];
}

/**
 * The nested component that does the wrapping: it imports, per resource, the
 * host's and the plug's type and the plug's wrap function, and per function
 * the root's; it exports each function typed over the host's resources.
 */
function shimComponent(functions: HandleFunction[], resources: OwnedParam[]): Uint8Array {
  const s = new ComponentBuilder();
  const hostOwn = new Map<string, number>();
  const plugOwn = new Map<string, number>();
  const wraps = resources.map((p) => {
    const host = s.ownType(s.import({ name: `host-${p.resource}` }, RESOURCE));
    const plug = s.ownType(s.import({ name: `plug-${p.resource}` }, RESOURCE));
    hostOwn.set(p.resource, host);
    plugOwn.set(p.resource, plug);
    const type = defineWrapType(s, host, plug);
    return {
      name: wrapName(p),
      func: s.import({ name: wrapName(p) }, { kind: 'func', typeIndex: type }),
    };
  });
  const funcType = (f: HandleFunction, owned: Map<string, number>) =>
    s.defType({
      kind: 'func',
      async: false,
      params: f.params.map((p) => ({ name: p.name, type: { typeIndex: owned.get(p.resource)! } })),
    });
  const calls = functions.map((f) => ({
    name: f.name,
    func: s.import({ name: `call-${f.name}` }, { kind: 'func', typeIndex: funcType(f, plugOwn) }),
  }));

  const lower = (list: { name: string; func: number }[]) =>
    s.coreInstanceOfFuncs(list.map(({ name, func }) => ({ name, func: s.lowerPlain(func) })));
  const wrapInstance = lower(wraps);
  const callInstance = lower(calls);
  const module = s.coreModule(
    wrappingModule(
      functions.map((f) => ({ name: f.name, wraps: f.params.map(wrapName) })),
      'wrap',
      'call',
    ),
  );
  const core = s.coreInstantiate(module, [
    { name: 'wrap', instance: wrapInstance },
    { name: 'call', instance: callInstance },
  ]);
  for (const f of functions) {
    const lifted = s.liftPlain(s.aliasCoreExport('func', core, f.name), funcType(f, hostOwn));
    s.export({ name: f.name }, { sort: FUNC, index: lifted });
  }
  return s.finish();
}
