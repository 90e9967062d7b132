import type { CoreExport } from '../component/core/module-model.js';
import { BRIDGE_EXPORTS } from './http-proxy-names.js';
import { PUMP_MODULE } from './wrap/async-pump.js';
import type { VirtPlan } from './plan.js';

/**
 * Which of the prebuilt adapter's exports and imports a plan keeps, and under
 * which names: the decisions of specialisation, apart from the code that
 * carries them out (specialize-adapter.ts) and asks them (host-calls.ts).
 */

/** Exports the component model needs whatever the world: the memory and the allocator. */
export const RUNTIME_EXPORTS = new Set(['memory', 'cabi_realloc']);

/** The adapter's trace functions (adapter/src/runtime/trace.c), exported by its build for the generator only. */
export const TRACE_EXPORTS = [
  'wasi_virt_trace_enter',
  'wasi_virt_trace_arg',
  'wasi_virt_trace_string',
  'wasi_virt_trace_bytes',
  'wasi_virt_trace_result',
  'wasi_virt_trace_shaped',
  'wasi_virt_trace_done',
  'wasi_virt_trace_denied',
  'wasi_virt_denied',
] as const;

export type TraceFunctions = Record<(typeof TRACE_EXPORTS)[number], number>;

/** `wasi:cli/environment@0.2.12#get-environment` → ['wasi:cli/environment', 'get-environment']. */
function splitCoreName(name: string): [string, string] | undefined {
  if (!split.has(name)) {
    const match = /^([^@#]+)@[^#]+#(.+)$/.exec(name);
    split.set(name, match ? [match[1]!, match[2]!] : undefined);
  }
  const parts = split.get(name);
  return parts && [...parts];
}

/** splitCoreName's answers: the prebuilt adapter's export names are few and asked for each generation. */
const split = new Map<string, readonly [string, string] | undefined>();

/** `[dtor]descriptor` → resource `descriptor`; other names → undefined. */
const destructorOf = (fn: string) => /^\[dtor\](.+)$/.exec(fn)?.[1];

/**
 * The C code's variant of an export for when the plan forwards the function to
 * the host (sockets or HTTP allowed around virtualized I/O): the same name with
 * `[forward]` in front (`[forward]wasi:sockets/tcp-create-socket@0.2.12#create-tcp-socket`).
 * A destructor's variant is for when the plan forwards the resource's drop.
 */
const FORWARD = '[forward]';
/**
 * A forwarded function's variant that checks the policy's access patterns first (sockets'
 * addresses and names: `--allow-sockets=PATTERNS`), for a plan with such patterns only: without
 * them the `[forward]` variant serves, and no checking code is reachable.
 */
const CHECKED = '[checked]';

/** Whether the plan's policy has access patterns the `[checked]` variants of interface `id` check. */
const checks = (plan: VirtPlan, id: string) =>
  id.startsWith('wasi:sockets/') && plan.settings.socketRules !== undefined;

/** How an export serves: plain (0), forwarded (1), forwarded and checked (2); a higher rank wins. */
type Rank = 0 | 1 | 2;

/**
 * The C code's variant of an export for a plan with writable trees (`--writable`): the same
 * name with `[writable]` in front. It serves the writable trees and does what the plain export
 * does for everything else, so it wins whenever the plan has them, and is never kept otherwise.
 * (Filesystem and stream functions only: no function has both it and a `[forward]` variant.)
 */
const WRITABLE = '[writable]';

/** An export's interface id, function and rank, if it is a plain export or a variant `plan` uses. */
function usableExport(name: string, plan: VirtPlan): [string, string, Rank] | undefined {
  if (name.startsWith(WRITABLE)) {
    const parts = plan.settings.writable ? splitCoreName(name.slice(WRITABLE.length)) : undefined;
    return parts && [...parts, 1];
  }
  const prefix = [FORWARD, CHECKED].find((p) => name.startsWith(p));
  const parts = splitCoreName(prefix ? name.slice(prefix.length) : name);
  if (!parts || !prefix) return parts && [...parts, 0];
  const [id, fn] = parts;
  const resource = destructorOf(fn);
  const host = resource ? `[resource-drop]${resource}` : fn;
  const forwarded = plan.interfaces.some((v) => v.iface.id === id && v.forwarded.includes(host));
  if (!forwarded) return undefined;
  if (prefix === FORWARD) return [id, fn, 1];
  return checks(plan, id) ? [id, fn, 2] : undefined;
}

/**
 * The exports a plan keeps: the runtime exports, for a proxy the bridge, and the
 * planned interface functions (renamed to the app's versions) with the
 * destructors of the resources planned interfaces define. Where the C code has a
 * `[forward]` variant the plan uses, it wins, and a `[checked]` one over that.
 */
export function chooseExports(exports: CoreExport[], plan: VirtPlan): CoreExport[] {
  const kept = exports.filter(
    (e) => RUNTIME_EXPORTS.has(e.name) || (plan.proxy && BRIDGE_EXPORTS.includes(e.name)),
  );
  const chosen = new Map<string, { index: number; rank: Rank }>();
  const served = new Map<string, VirtPlan['interfaces']>();
  for (const v of plan.interfaces)
    if (!v.importOnly) served.set(v.iface.id, [...(served.get(v.iface.id) ?? []), v]);
  for (const exp of exports) {
    if (kept.includes(exp)) continue;
    const usable = usableExport(exp.name, plan);
    if (!usable || exp.kind !== 'func') continue;
    const [id, fn, rank] = usable;
    const resource = destructorOf(fn);
    const planned = served
      .get(id)
      ?.find((v) =>
        resource ? v.iface.types.includes(`resource ${resource}`) : v.exported.includes(fn),
      );
    if (!planned) continue;
    const name = `${planned.name}#${fn}`;
    const was = chosen.get(name);
    if (!was || (rank > 0 && rank >= was.rank)) chosen.set(name, { index: exp.index, rank });
  }
  return [
    ...kept,
    ...[...chosen].map(([name, { index }]) => ({ name, kind: 'func' as const, index })),
  ];
}

/** The import adapter/src/fs/file-data.c calls to copy bytes out of a passive file's segment. */
export const DATA_INIT = { module: 'wasi-virt', name: 'data-init' };

/** `[resource-new]descriptor` (or `-rep`, `-drop`) → resource `descriptor`; other names → undefined. */
const resourceOfIntrinsic = (fn: string) => /^\[resource-(?:new|rep|drop)\](.+)$/.exec(fn)?.[1];

/**
 * The module name a function import keeps under the plan, or undefined when it
 * becomes a trap: host imports the plan forwards and the resource intrinsics of
 * the resources the interfaces it exports declare stay, renamed to the app's
 * versions; so do the pump's functions (wrap/async-pump.ts), which the generator
 * defines. A resource the app's import does not have is not declared: no
 * function the app can call hands one out (the C code may still refer to its
 * constructor, e.g. through a table of wrappers).
 */
export function keptImportModule(module: string, name: string, plan: VirtPlan): string | undefined {
  if (module === PUMP_MODULE) return module;
  const ownResource = module.startsWith('[export]');
  const id = module.replace(/^\[export\]/, '').split('@')[0];
  const resource = resourceOfIntrinsic(name);
  const planned = plan.interfaces.find(
    (v) =>
      v.iface.id === id &&
      (ownResource
        ? !v.importOnly && (resource === undefined || v.types.includes(resource))
        : v.forwarded.includes(name)),
  );
  return planned && `${ownResource ? '[export]' : ''}${planned.name}`;
}
