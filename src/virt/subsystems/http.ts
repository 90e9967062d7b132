import { PROXY_RESOURCES, resourceOf } from '../wasi-http-interfaces.js';
import { resourceDrops, type Subsystem } from './subsystem.js';

/**
 * wasi:http: allowed and with I/O left to the host, untouched; allowed around the adapter's
 * I/O, forwarded (a proxy's request and outparam only when the app is one); denied, served by
 * the adapter (requests fail with HTTP-request-denied).
 */
export const http: Subsystem = {
  role: 'http',
  passesThrough: (_iface, policy, serves) =>
    !serves.http && !(serves.io && policy.access.http === 'allow'),
  forwarded(iface, functions, types, policy, serves) {
    if (policy.access.http !== 'allow') return [];
    // A proxy's resources cannot reach a client: forwarded only for a proxy.
    const reachable = (r: string | undefined) =>
      serves.proxy || r === undefined || !PROXY_RESOURCES.includes(r);
    return [
      ...functions.filter((f) => reachable(resourceOf(f))),
      ...resourceDrops(iface, (r) => types.includes(r) && reachable(r)),
    ];
  },
  impliedDenyRules: (policy) => (policy.access.http === 'deny' ? ['wasi:http/*'] : []),
};
