import { reachableFunctions } from '../component/core/reachable.js';
import type { ExternItem } from '../inspect/component-interface.js';
import { chooseExports, TRACE_EXPORTS } from './adapter-exports.js';
import { importedInterface, type VirtPlan } from './plan.js';
import { prebuiltModel } from './prebuilt-model.js';

/**
 * The host functions the adapter's code can call (`wasi:io/streams#[method]input-stream.read`)
 * when it exports what `plan` says (and, with `trace`, when the --debug trace runs).
 */
function reachableHostCalls(adapter: Uint8Array, plan: VirtPlan, trace: boolean): Set<string> {
  const key = JSON.stringify([
    trace,
    plan.proxy,
    plan.settings.socketRules !== undefined, // the [checked] variants (adapter-exports.ts)
    plan.interfaces.map((v) => [v.name, v.importOnly, v.exported, v.forwarded]),
  ]);
  const known = cache.get(adapter) ?? new Map<string, Set<string>>();
  cache.set(adapter, known);
  const found = known.get(key) ?? hostCallsReached(adapter, plan, trace);
  known.set(key, found);
  return found;
}

/** What reachableHostCalls found, by adapter module and question: a process asks the same often (one app, several policies). */
const cache = new WeakMap<Uint8Array, Map<string, Set<string>>>();

function hostCallsReached(adapter: Uint8Array, plan: VirtPlan, trace: boolean): Set<string> {
  const m = prebuiltModel(adapter);
  const roots = chooseExports(m.exports, plan)
    .filter((e) => e.kind === 'func')
    .map((e) => e.index);
  if (trace) roots.push(...m.exports.filter((e) => TRACE_NAMES.has(e.name)).map((e) => e.index));
  const { functions } = reachableFunctions(m, roots);
  return new Set(
    m.imports
      .filter((i) => i.kind === 'func')
      .filter((i, index) => functions.has(index) && !i.module.startsWith('['))
      .map((i) => `${i.module.split('@')[0]}#${i.name}`),
  );
}

const TRACE_NAMES = new Set<string>(TRACE_EXPORTS);

/**
 * Narrows what a plan for an app forwards to the host to what the adapter needs to serve the
 * functions the app imports: the same functions, and what the adapter's implementation of them
 * calls besides (a splice between a virtual and a host stream writes with check-write and
 * write, a poll over virtual and host pollables asks the host's `ready`). The adapter's WIT
 * interface is shared by its import and its export, so a function it forwards is exported too,
 * and what that export reaches is added, until nothing changes. Without an app, every function
 * is served and the plan stays as it is.
 */
export function narrowForwarded(
  adapter: Uint8Array,
  plan: VirtPlan,
  appImports: ExternItem[] | undefined,
  trace: boolean,
): VirtPlan {
  if (!appImports || plan.interfaces.length === 0) return plan;
  // An interface the app imports at several versions is served once: it wants what any of them has.
  let exported = plan.interfaces.map((v) => {
    const app = v.importOnly
      ? []
      : (importedInterface(v.iface, appImports)?.functions ?? v.exported);
    return v.exported.filter((f) => app.includes(f));
  });
  for (;;) {
    const trial = plan.interfaces.map((v, i) => ({ ...v, exported: exported[i]! }));
    const reachable = reachableHostCalls(adapter, { ...plan, interfaces: trial }, trace);
    const forwarded = plan.interfaces.map((v) =>
      v.forwarded.filter((f) => reachable.has(`${v.iface.id}#${f}`)),
    );
    const grown = plan.interfaces.map((v, i) =>
      v.exported.filter((f) => exported[i]!.includes(f) || forwarded[i]!.includes(f)),
    );
    if (grown.every((e, i) => e.length === exported[i]!.length))
      return {
        ...plan,
        interfaces: trial.map((v, i) => ({ ...v, forwarded: forwarded[i]! })),
      };
    exported = grown;
  }
}
