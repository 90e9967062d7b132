import { seedsRandom } from '../../policy/policy.js';
import { CONFIG_ENUMS as E } from '../config-layout.js';
import { wasiPackage } from '../wasi-package.js';
import type { Subsystem } from './subsystem.js';

const U32 = (1n << 32n) - 1n;

/**
 * wasi:random/*: allowed, the host's; denied, every call traps; with --random-seed, served by
 * the adapter from its seeded generator (adapter/README.md) whatever --allow-random says.
 */
export const random: Subsystem = {
  role: 'random',
  interfaces: ['random', 'insecure', 'insecure-seed'].map((name) =>
    wasiPackage('random', 'random')(name),
  ),
  passesThrough: (_iface, policy) => !seedsRandom(policy) && policy.access.random === 'allow',
  forwarded: () => [],
  impliedDenyRules: (policy) =>
    policy.access.random === 'deny' || seedsRandom(policy) ? ['wasi:random/*'] : [],
  configWords(_w, { settings }) {
    if (settings.randomSeed === undefined) return { random_mode: [E.WV_RANDOM_HOST], seed: [0, 0] };
    const seed = BigInt(settings.randomSeed);
    return { random_mode: [E.WV_RANDOM_SEEDED], seed: [Number(seed & U32), Number(seed >> 32n)] };
  },
};
