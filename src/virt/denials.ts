import { subsystems, type Subsystem } from '../policy/policy.js';
import type { AdapterSettings, VirtPlan, VirtualizedInterface } from './plan-model.js';
import { WASI_P3_DENIED_WHOLE } from './p3-interfaces.js';
import { seriesOf, type WasiInterface } from './wasi-interfaces.js';

/**
 * What a denied function says about itself, in one place: the trap's name in
 * the adapter's name section (which wasmtime's and V8's backtraces show), the
 * line written on the host's stderr before the trap, the `--debug` trace's
 * result, and the generation report (src/virt/plan-entries.ts) all come from
 * here.
 */

/** The CLI flag and the policy-file key (also the action's input) that allow a subsystem. */
export function allowedBy(subsystem: Subsystem): { flag: string; key: string } {
  return { flag: `--allow-${subsystem}`, key: `allow-${subsystem}` };
}

/**
 * The subsystems whose denial the adapter serves with traps: every function of theirs traps;
 * so do the interfaces it serves at WASI 0.3 only denied whole (sockets, HTTP).
 */
const TRAPPING: Subsystem[] = ['exit', 'random', 'clocks'];

/** Whether the adapter serves a subsystem virtually (--fixed-time, --random-seed), which wins over its access. */
const virtual = (role: Subsystem, settings: AdapterSettings) =>
  (role === 'clocks' && settings.fixedTime !== undefined) ||
  (role === 'random' && settings.randomSeed !== undefined);

/** The subsystem the policy denied that an interface belongs to, if any. */
export function deniedSubsystem(
  iface: WasiInterface,
  settings: AdapterSettings,
): Subsystem | undefined {
  const role = iface.role as Subsystem;
  return subsystems.includes(role) && settings.access[role] === 'deny' && !virtual(role, settings)
    ? role
    : undefined;
}

/** The planned interfaces whose every function traps under the policy, with the subsystem that would allow them. */
export function trappingInterfaces(
  plan: VirtPlan,
): { planned: VirtualizedInterface; subsystem: Subsystem }[] {
  return plan.interfaces.flatMap((planned) => {
    const subsystem = deniedSubsystem(planned.iface, plan.settings);
    const trapping =
      subsystem && (TRAPPING.includes(subsystem) || WASI_P3_DENIED_WHOLE.includes(planned.iface));
    return !planned.importOnly && subsystem && trapping ? [{ planned, subsystem }] : [];
  });
}

/** `wasi:random/random@0.2.12` → `wasi:random/random` (messages name interfaces without versions). */
export const unversioned = (name: string) => name.replace(/@[^#]*$/, '');

/**
 * A denied function's message, and its trap's name: `wasi-virt: denied
 * wasi:random/random#get-random-bytes (allow with --allow-random)`.
 */
export function trapMessage(interfaceName: string, fn: string, subsystem: Subsystem): string {
  const { flag } = allowedBy(subsystem);
  return `wasi-virt: denied ${unversioned(interfaceName)}#${fn} (allow with ${flag})`;
}

/**
 * The name of a generated trap that cannot be reached (the method of a socket
 * or HTTP resource a denial never lets exist: the call fails on its handle
 * first), which may serve several exports: what would allow them, without
 * naming each, to keep the adapter small.
 */
export function unreachableTrapName(denied: (Subsystem | undefined)[]): string {
  const flags = [...new Set(denied.map((s) => (s ? allowedBy(s).flag : undefined)))];
  return flags.every((f) => f !== undefined)
    ? `wasi-virt: denied (allow with ${flags.join(' or ')})`
    : 'wasi-virt: not served';
}

/** The `--debug` trace's result for a denied call, which it writes before the trap. */
export function tracedDenial(subsystem: Subsystem | undefined): string {
  return subsystem ? `trap: denied (allow with ${allowedBy(subsystem).flag})` : 'trap: not served';
}

/**
 * Whether the adapter writes a denied function's message on the host's stderr
 * before it traps: when something traps, the app's stderr is the host's (the
 * app imports it and the policy allows it) and `--debug` does not trace the
 * call already.
 */
export function writesDenials(plan: VirtPlan): boolean {
  const { debug, stdio } = plan.settings;
  // At WASI 0.3 the host's stderr is a stream the adapter cannot write yet: the trap alone tells.
  if (debug || stdio.stderr !== 'allow' || seriesOf(plan.wasiVersion) === '0.3') return false;
  if (trappingInterfaces(plan).length === 0) return false;
  const stderr = (name: string) => unversioned(name) === 'wasi:cli/stderr';
  return (
    plan.passedThrough.some(stderr) ||
    plan.interfaces.some((v) => stderr(v.name) && v.forwarded.includes('get-stderr'))
  );
}
