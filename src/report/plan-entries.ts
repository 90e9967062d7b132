import type { VirtPlan } from '../virt/plan.js';

/** What a plan does to each interface, one entry each, for every report that lists it. */
export function planEntries(plan: VirtPlan): { name: string; detail: string }[] {
  const virtualized = plan.interfaces.map((v) => {
    const served = v.importOnly
      ? 'for the --debug trace'
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
