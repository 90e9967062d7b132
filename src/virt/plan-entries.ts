import type { Subsystem } from '../policy/policy.js';
import { allowedBy, trappingInterfaces, unversioned } from './denials.js';
import type { VirtPlan } from './plan.js';

/** What a plan does to each interface, one entry each, for every report that lists it. */
export function planEntries(plan: VirtPlan): { name: string; detail: string }[] {
  const virtualized = plan.interfaces.map((v) => {
    const served = v.importOnly
      ? "for wasi-virt's own lines on stderr"
      : v.exported.length > 0
        ? v.exported.join(', ')
        : 'types only';
    const host = v.forwarded.length > 0 ? `; from the host: ${v.forwarded.join(', ')}` : '';
    return { name: v.name, detail: served + host };
  });
  const through = plan.passedThrough.map((name) => ({
    name,
    detail: 'passed through to the host',
  }));
  return [...virtualized, ...through];
}

/** A subsystem the policy denies with traps, as the app uses it. */
export interface TrapEntry {
  subsystem: Subsystem;
  /** `wasi:random/random (get-random-bytes)`: each interface with the functions the app imports. */
  functions: string[];
  /** What allows it: the CLI flag and the policy-file key (the action's input). */
  flag: string;
  key: string;
}

/**
 * What traps if called, one entry per denied subsystem, for every report that lists it: over
 * every plan of a generation (a component mixing WASI 0.2 and 0.3 has two, and its interfaces
 * are then named with their versions).
 */
export function trapEntries(plans: VirtPlan[]): TrapEntry[] {
  const entries = new Map<Subsystem, TrapEntry>();
  for (const plan of plans)
    for (const { planned, subsystem } of trappingInterfaces(plan)) {
      if (planned.exported.length === 0) continue;
      const entry = entries.get(subsystem) ?? { subsystem, functions: [], ...allowedBy(subsystem) };
      const name = plans.length > 1 ? planned.name : unversioned(planned.name);
      entry.functions.push(`${name} (${planned.exported.join(', ')})`);
      entries.set(subsystem, entry);
    }
  return [...entries.values()];
}
