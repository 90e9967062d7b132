import { wasiPackage } from '../wasi-package.js';
import { PROXY_RESOURCES, resourceOf } from '../http-proxy-names.js';
import { httpRuleOf } from '../../policy/http-hosts.js';
import { restrictsHttp } from '../../policy/policy.js';
import { HTTP_RULE_WORDS } from '../config-layout.js';
import { record } from '../config-writer.js';
import { resourceDrops, type Subsystem } from './subsystem.js';

const wasiHttp = wasiPackage('http', 'http');
/** What outgoing-handler.handle asks the host about a request before --allow-http's check. */
const CHECKED_GETTERS = ['[method]outgoing-request.scheme', '[method]outgoing-request.authority'];

/**
 * wasi:http's client interfaces (`wasi:http/incoming-handler` is an app's export, never
 * served): allowed and with I/O left to the host, untouched; allowed around the adapter's
 * I/O, forwarded (a proxy's request and outparam only when the app is one); denied, served by
 * the adapter: fields, outgoing requests and responses, bodies and request options behave as a
 * real host's up to the send, and `handle` fails with HTTP-request-denied. With
 * `--allow-http=PATTERNS` the adapter forwards (it owns I/O) and `handle` checks each request's
 * scheme and authority against the patterns first.
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
    // --allow-http=PATTERNS: handle asks the host for the request's scheme and authority.
    const checked =
      restrictsHttp(policy) && types.includes('outgoing-request') ? CHECKED_GETTERS : [];
    return [
      ...new Set([...functions.filter((f) => reachable(resourceOf(f))), ...checked]),
      ...resourceDrops(iface, (r) => types.includes(r) && reachable(r)),
    ];
  },
  impliedDenyRules: (policy) => (policy.access.http === 'deny' ? ['wasi:http/*'] : []),
  // --allow-http=PATTERNS: the rules outgoing-handler.handle checks (adapter/src/http/allow.c).
  configWords(w, { settings }) {
    const rules = (settings.httpHosts ?? [])
      .map(httpRuleOf)
      .map(({ scheme, host, port }) =>
        record(HTTP_RULE_WORDS, [...w.string(scheme), ...w.string(host), port === '*' ? 0 : port]),
      );
    return { http_rules: w.list(rules) };
  },
};
