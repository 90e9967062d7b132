import { resourceDrops, type Subsystem } from './subsystem.js';

/**
 * wasi:sockets: allowed and with I/O left to the host, untouched; allowed around the adapter's
 * I/O, forwarded (what the app calls, and the drops of the host's resources it holds); denied,
 * served by the adapter (every socket and lookup fails with access-denied).
 */
export const sockets: Subsystem = {
  role: 'sockets',
  passesThrough: (_iface, policy, serves) => !serves.io && policy.access.sockets === 'allow',
  forwarded: (iface, functions, types, policy) =>
    policy.access.sockets === 'allow'
      ? [...functions, ...resourceDrops(iface, (r) => types.includes(r))]
      : [],
  impliedDenyRules: (policy) => (policy.access.sockets === 'deny' ? ['wasi:sockets/*'] : []),
};
