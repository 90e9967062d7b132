import type { WasiInterface } from './wasi-package.js';
import { wasiPackage } from './wasi-package.js';

const sockets = wasiPackage('sockets', 'sockets');

/**
 * The WASI 0.2 sockets interfaces. The adapter serves them when the policy
 * denies sockets: the entry points (the instance network aside) fail with
 * access-denied, so no socket, lookup or datagram stream ever exists.
 */
export const WASI_SOCKETS_INTERFACES: WasiInterface[] = [
  'network',
  'instance-network',
  'ip-name-lookup',
  'tcp',
  'tcp-create-socket',
  'udp',
  'udp-create-socket',
].map((name) => sockets(name));
