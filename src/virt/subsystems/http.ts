import { wasiPackage } from '../wasi-package.js';
import { PROXY_RESOURCES, resourceOf } from '../http-proxy-names.js';
import { resourceDrops, type Subsystem } from './subsystem.js';

const wasiHttp = wasiPackage('http', 'http');

/**
 * wasi:http's client interfaces (`wasi:http/incoming-handler` is an app's export, never
 * served): allowed and with I/O left to the host, untouched; allowed around the adapter's
 * I/O, forwarded (a proxy's request and outparam only when the app is one); denied, served by
 * the adapter: fields, outgoing requests and responses, bodies and request options behave as a
 * real host's up to the send, and `handle` fails with HTTP-request-denied.
 */
export const http: Subsystem = {
  role: 'http',
  // `response-outparam.send-informational` is left out: it is `@unstable`.
  interfaces: [
    wasiHttp('types', { omit: ['[method]response-outparam.send-informational'] }),
    wasiHttp('outgoing-handler'),
  ],
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
