import type { WasiInterface } from './wasi-package.js';
import { wasiPackage } from './wasi-package.js';

const result = (ok: string) => `result<${ok}, error-code>`;
const sockets = wasiPackage('sockets', 'sockets');

/** Buffer sizes, hop limits and keep-alive settings: a getter and a setter each. */
const settings = (resource: string, entries: [string, string][]) =>
  Object.fromEntries(
    entries.flatMap(([name, type]) => [
      [`[method]${resource}.${name}`, `func() -> ${result(type)}`],
      [`[method]${resource}.set-${name}`, `func(value: ${type}) -> ${result('_')}`],
    ]),
  );

/** What every socket resource has: bind in two steps, its addresses, its pollable. */
const socketBasics = (resource: string) => ({
  [`[method]${resource}.start-bind`]: `func(network: borrow<network>, local-address: ip-socket-address) -> ${result('_')}`,
  [`[method]${resource}.finish-bind`]: `func() -> ${result('_')}`,
  [`[method]${resource}.local-address`]: `func() -> ${result('ip-socket-address')}`,
  [`[method]${resource}.remote-address`]: `func() -> ${result('ip-socket-address')}`,
  [`[method]${resource}.address-family`]: 'func() -> ip-address-family',
  [`[method]${resource}.subscribe`]: 'func() -> pollable',
});

/**
 * The WASI 0.2 sockets interfaces. The adapter serves them when the policy
 * denies sockets: the entry points (the instance network aside) fail with
 * access-denied, so no socket, lookup or datagram stream ever exists.
 */
export const WASI_SOCKETS_INTERFACES: WasiInterface[] = [
  sockets('network', {
    types: [
      'use wasi:io/error@{version}.{error};',
      'resource network',
      'enum error-code { unknown, access-denied, not-supported, invalid-argument, out-of-memory, timeout, concurrency-conflict, not-in-progress, would-block, invalid-state, new-socket-limit, address-not-bindable, address-in-use, remote-unreachable, connection-refused, connection-reset, connection-aborted, datagram-too-large, name-unresolvable, temporary-resolver-failure, permanent-resolver-failure }',
      'enum ip-address-family { ipv4, ipv6 }',
      'type ipv4-address = tuple<u8, u8, u8, u8>;',
      'type ipv6-address = tuple<u16, u16, u16, u16, u16, u16, u16, u16>;',
      'variant ip-address { ipv4(ipv4-address), ipv6(ipv6-address) }',
      'record ipv4-socket-address { port: u16, address: ipv4-address }',
      'record ipv6-socket-address { port: u16, flow-info: u32, address: ipv6-address, scope-id: u32 }',
      'variant ip-socket-address { ipv4(ipv4-socket-address), ipv6(ipv6-socket-address) }',
    ],
    functions: { 'network-error-code': 'func(err: borrow<error>) -> option<error-code>' },
    uses: ['wasi:io/error'],
  }),
  sockets('instance-network', {
    types: ['use network.{network};'],
    functions: { 'instance-network': 'func() -> network' },
    uses: ['wasi:sockets/network'],
  }),
  sockets('ip-name-lookup', {
    types: [
      'use wasi:io/poll@{version}.{pollable};',
      'use network.{network, error-code, ip-address};',
      'resource resolve-address-stream',
    ],
    functions: {
      'resolve-addresses': `func(network: borrow<network>, name: string) -> ${result('resolve-address-stream')}`,
      '[method]resolve-address-stream.resolve-next-address': `func() -> ${result('option<ip-address>')}`,
      '[method]resolve-address-stream.subscribe': 'func() -> pollable',
    },
    uses: ['wasi:io/poll', 'wasi:sockets/network'],
  }),
  sockets('tcp', {
    types: [
      'use wasi:io/streams@{version}.{input-stream, output-stream};',
      'use wasi:io/poll@{version}.{pollable};',
      'use wasi:clocks/monotonic-clock@{version}.{duration};',
      'use network.{network, error-code, ip-socket-address, ip-address-family};',
      'enum shutdown-type { receive, send, both }',
      'resource tcp-socket',
    ],
    functions: {
      ...socketBasics('tcp-socket'),
      '[method]tcp-socket.start-connect': `func(network: borrow<network>, remote-address: ip-socket-address) -> ${result('_')}`,
      '[method]tcp-socket.finish-connect': `func() -> ${result('tuple<input-stream, output-stream>')}`,
      '[method]tcp-socket.start-listen': `func() -> ${result('_')}`,
      '[method]tcp-socket.finish-listen': `func() -> ${result('_')}`,
      '[method]tcp-socket.accept': `func() -> ${result('tuple<tcp-socket, input-stream, output-stream>')}`,
      '[method]tcp-socket.is-listening': 'func() -> bool',
      '[method]tcp-socket.set-listen-backlog-size': `func(value: u64) -> ${result('_')}`,
      ...settings('tcp-socket', [
        ['keep-alive-enabled', 'bool'],
        ['keep-alive-idle-time', 'duration'],
        ['keep-alive-interval', 'duration'],
        ['keep-alive-count', 'u32'],
        ['hop-limit', 'u8'],
        ['receive-buffer-size', 'u64'],
        ['send-buffer-size', 'u64'],
      ]),
      '[method]tcp-socket.shutdown': `func(shutdown-type: shutdown-type) -> ${result('_')}`,
    },
    uses: [
      'wasi:io/streams',
      'wasi:io/poll',
      'wasi:clocks/monotonic-clock',
      'wasi:sockets/network',
    ],
  }),
  sockets('tcp-create-socket', {
    types: ['use network.{network, error-code, ip-address-family};', 'use tcp.{tcp-socket};'],
    functions: {
      'create-tcp-socket': `func(address-family: ip-address-family) -> ${result('tcp-socket')}`,
    },
    uses: ['wasi:sockets/network', 'wasi:sockets/tcp'],
  }),
  sockets('udp', {
    types: [
      'use wasi:io/poll@{version}.{pollable};',
      'use network.{network, error-code, ip-socket-address, ip-address-family};',
      'record incoming-datagram { data: list<u8>, remote-address: ip-socket-address }',
      'record outgoing-datagram { data: list<u8>, remote-address: option<ip-socket-address> }',
      'resource udp-socket',
      'resource incoming-datagram-stream',
      'resource outgoing-datagram-stream',
    ],
    functions: {
      ...socketBasics('udp-socket'),
      '[method]udp-socket.stream': `func(remote-address: option<ip-socket-address>) -> ${result('tuple<incoming-datagram-stream, outgoing-datagram-stream>')}`,
      ...settings('udp-socket', [
        ['unicast-hop-limit', 'u8'],
        ['receive-buffer-size', 'u64'],
        ['send-buffer-size', 'u64'],
      ]),
      '[method]incoming-datagram-stream.receive': `func(max-results: u64) -> ${result('list<incoming-datagram>')}`,
      '[method]incoming-datagram-stream.subscribe': 'func() -> pollable',
      '[method]outgoing-datagram-stream.check-send': `func() -> ${result('u64')}`,
      '[method]outgoing-datagram-stream.send': `func(datagrams: list<outgoing-datagram>) -> ${result('u64')}`,
      '[method]outgoing-datagram-stream.subscribe': 'func() -> pollable',
    },
    uses: ['wasi:io/poll', 'wasi:sockets/network'],
  }),
  sockets('udp-create-socket', {
    types: ['use network.{network, error-code, ip-address-family};', 'use udp.{udp-socket};'],
    functions: {
      'create-udp-socket': `func(address-family: ip-address-family) -> ${result('udp-socket')}`,
    },
    uses: ['wasi:sockets/network', 'wasi:sockets/udp'],
  }),
];
