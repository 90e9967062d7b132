import { wasiPackage } from '../wasi-package.js';
import { resourceDrops, type Subsystem } from './subsystem.js';

/**
 * wasi:sockets: allowed and with I/O left to the host, untouched; allowed around the adapter's
 * I/O, forwarded (what the app calls, and the drops of the host's resources it holds); denied,
 * served by the adapter: the entry points (the instance network aside) fail with access-denied,
 * so no socket, lookup or datagram stream ever exists.
 */
export const sockets: Subsystem = {
  role: 'sockets',
  interfaces: [
    'network',
    'instance-network',
    'ip-name-lookup',
    'tcp',
    'tcp-create-socket',
    'udp',
    'udp-create-socket',
  ].map((name) => wasiPackage('sockets', 'sockets')(name)),
  passesThrough: (_iface, policy, serves) => !serves.io && policy.access.sockets === 'allow',
  forwarded: (iface, functions, types, policy) =>
    policy.access.sockets === 'allow'
      ? [...functions, ...resourceDrops(iface, (r) => types.includes(r))]
      : [],
  impliedDenyRules: (policy) => (policy.access.sockets === 'deny' ? ['wasi:sockets/*'] : []),
};
