import { wasiPackage } from '../wasi-package.js';
import { everything, type Subsystem } from './subsystem.js';

const MONOTONIC = 'wasi:clocks/monotonic-clock';

/** wasi:clocks/*: denied, every call traps. */
export const clocks: Subsystem = {
  role: 'clocks',
  interfaces: ['wall-clock', 'monotonic-clock'].map((name) =>
    wasiPackage('clocks', 'clocks')(name),
  ),
  // An allowed monotonic clock still goes through the adapter when it owns the pollables.
  passesThrough: (iface, policy, serves) =>
    !(iface.id === MONOTONIC && serves.io) && policy.access.clocks === 'allow',
  forwarded: (iface, _functions, types, policy, serves) =>
    iface.id === MONOTONIC && serves.io && policy.access.clocks === 'allow'
      ? everything(iface, types)
      : [],
  impliedDenyRules: (policy) => (policy.access.clocks === 'deny' ? ['wasi:clocks/*'] : []),
};
