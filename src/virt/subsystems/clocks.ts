import { fixesTime } from '../../policy/policy.js';
import { instantOf } from '../../policy/hermetic.js';
import { CONFIG_ENUMS as E } from '../config-layout.js';
import { wasiPackage } from '../wasi-package.js';
import { everything, type Subsystem } from './subsystem.js';

const MONOTONIC = 'wasi:clocks/monotonic-clock';
const U32 = 2 ** 32;

/**
 * wasi:clocks/*: allowed, the host's (the monotonic clock forwarded when the adapter owns the
 * pollables); denied, every call traps; with --fixed-time, served by the adapter whatever
 * --allow-clocks says: the wall clock stands at the instant, the monotonic clock is virtual.
 */
export const clocks: Subsystem = {
  role: 'clocks',
  interfaces: ['wall-clock', 'monotonic-clock'].map((name) =>
    wasiPackage('clocks', 'clocks')(name),
  ),
  // An allowed monotonic clock still goes through the adapter when it owns the pollables.
  passesThrough: (iface, policy, serves) =>
    !fixesTime(policy) &&
    !(iface.id === MONOTONIC && serves.io) &&
    policy.access.clocks === 'allow',
  forwarded: (iface, _functions, types, policy, serves) =>
    iface.id === MONOTONIC && serves.io && policy.access.clocks === 'allow' && !fixesTime(policy)
      ? everything(iface, types)
      : [],
  impliedDenyRules: (policy) =>
    policy.access.clocks === 'deny' || fixesTime(policy) ? ['wasi:clocks/*'] : [],
  configWords(_w, { settings }) {
    if (settings.fixedTime === undefined)
      return { clock_mode: [E.WV_CLOCK_HOST], wall: [0, 0, 0, 0] };
    const { seconds, nanoseconds } = instantOf(settings.fixedTime);
    return {
      clock_mode: [E.WV_CLOCK_FIXED],
      wall: [seconds % U32, Math.floor(seconds / U32), nanoseconds, 0],
    };
  },
};
