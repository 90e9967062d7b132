import { socketRuleOf, type SocketRule } from '../../policy/socket-patterns.js';
import { CONFIG_ENUMS as E, SOCKET_RULE_WORDS } from '../config-layout.js';
import { record, type BlobWriter } from '../config-writer.js';
import { wasiPackage } from '../wasi-package.js';
import { resourceDrops, type Subsystem } from './subsystem.js';

const PROTOCOLS = { tcp: E.WV_SOCKET_TCP, udp: E.WV_SOCKET_UDP, '*': 3 } as const;

/** A rule's wv_socket_rule words (config-blob.h): the address's 16 bytes as 4 little-endian words. */
function ruleWords(w: BlobWriter, { protocol, host, ports }: SocketRule): number[] {
  const bytes = host.kind === 'block' ? host.bytes : [];
  const address = [0, 1, 2, 3].map(
    (i) =>
      ((bytes[4 * i] ?? 0) |
        ((bytes[4 * i + 1] ?? 0) << 8) |
        ((bytes[4 * i + 2] ?? 0) << 16) |
        ((bytes[4 * i + 3] ?? 0) << 24)) >>>
      0,
  );
  const kind =
    host.kind === 'any'
      ? E.WV_HOST_ANY
      : host.kind === 'name'
        ? E.WV_HOST_NAME
        : bytes.length === 4
          ? E.WV_HOST_IPV4
          : E.WV_HOST_IPV6;
  return record(SOCKET_RULE_WORDS, [
    PROTOCOLS[protocol],
    kind,
    host.kind === 'block' ? host.prefix : 0,
    ...address,
    ...ports,
    ...(host.kind === 'name' ? w.string(host.name) : [0, 0]),
  ]);
}

/**
 * wasi:sockets: allowed and with I/O left to the host, untouched; allowed around the adapter's
 * I/O, forwarded (what the app calls, and the drops of the host's resources it holds); denied,
 * served by the adapter: the entry points (the instance network aside) fail with access-denied,
 * so no socket, lookup or datagram stream ever exists. With `--allow-sockets=PATTERNS` the
 * adapter forwards (it owns I/O) and checks binds, connects, sends and lookups against the
 * patterns first (adapter/src/sockets/allow.c).
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
  configWords: (w, { settings }) => ({
    socket_rules: w.list((settings.socketRules ?? []).map((r) => ruleWords(w, socketRuleOf(r)))),
  }),
};
