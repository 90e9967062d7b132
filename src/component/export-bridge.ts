import type { Sort } from './ast.js';
import type { ComponentBuilder } from './component-builder.js';
import { ComposeError, type ComposeNode } from './compose-plan.js';
import { handleFunctions, type OwnedParam } from './handle-functions.js';
import { wrappingModule } from './wrapping-module.js';

/**
 * A root export the host calls with its own resources, passed on through a
 * plug that owns the root's view of those resources: the composed component
 * exports `export` typed over the host's resources, wraps each handle with
 * the plug's `wrap-<resource>` function from instance `via`, and calls the
 * root's function with the wrapped handles.
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
  /** The instance of the plug exporting `name`. */
  plugInstance(name: string): number | undefined;
}

const TYPE: Sort = { component: 'type' };
const FUNC: Sort = { component: 'func' };
const INSTANCE: Sort = { component: 'instance' };

const wrapName = (param: OwnedParam) => `wrap-${param.resource}`;

/** Emits the bridged export's instance; the caller exports it under the root's name. */
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

  const wraps = [...new Set(functions.flatMap((f) => f.params.map(wrapName)))];
  const wrapInstance = b.coreInstanceOfFuncs(
    wraps.map((name) => ({ name, func: b.lowerPlain(ctx.alias(FUNC, via, name)) })),
  );
  const callInstance = b.coreInstanceOfFuncs(
    functions.map((f) => ({ name: f.name, func: b.lowerPlain(ctx.alias(FUNC, exported, f.name)) })),
  );
  const module = b.coreModule(
    wrappingModule(
      functions.map((f) => ({ name: f.name, wraps: f.params.map(wrapName) })),
      'wrap',
      'call',
    ),
  );
  const shim = b.coreInstantiate(module, [
    { name: 'wrap', instance: wrapInstance },
    { name: 'call', instance: callInstance },
  ]);

  const lifted = functions.map((f) => {
    const params = f.params.map((p) => {
      const host = ctx.hostInstance(p.iface);
      if (host === undefined)
        throw new ComposeError(
          `${bridge.export} takes ${p.resource} from ${p.iface}, which the composed component does not import from the host`,
        );
      const own = b.defType({
        kind: 'defined',
        def: { kind: 'own', typeIndex: ctx.alias(TYPE, host, p.resource) },
      });
      return { name: p.name, type: { typeIndex: own } };
    });
    const type = b.defType({ kind: 'func', async: false, params });
    return { name: f.name, func: b.liftPlain(b.aliasCoreExport('func', shim, f.name), type) };
  });
  return b.instance(
    lifted.map((l) => ({ name: { name: l.name }, item: { sort: FUNC, index: l.func } })),
  );
}
