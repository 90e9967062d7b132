import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseIpv4, parseIpv6, type IpBytes } from '../src/policy/ip-address.js';
import { parseSocketPatterns } from '../src/policy/socket-patterns.js';
import { hostPolicy } from '../src/policy/policy.js';
import { encodeConfigBlob } from '../src/virt/config-blob.js';
import { adapterSettings } from '../src/virt/plan.js';
import { ROOT } from './support/paths.js';

// The adapter's --allow-sockets checks (adapter/src/sockets/allow.c and host.c), driven through
// the prebuilt adapter module's own `[checked]` exports with every host import stubbed: a check
// that allows calls the host's function, one that refuses answers access-denied without it.
// (The conformance cases sockets-allow-* run the same checks end to end under jco and
// wasmtime.)

/** The parts of the WebAssembly JS API used here (the project's TypeScript libs do not declare it). */
interface Wasm {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: object): Promise<{ exports: Record<string, unknown> }>;
  Module: { imports(module: object): { module: string; name: string }[] };
}
const WebAssembly = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

type Fn = (...args: number[]) => number;
const SOCKETS = (iface: string) => `wasi:sockets/${iface}@0.2.12`;
const ACCESS_DENIED = 1;

const compiled = readFile(join(ROOT, 'adapter/virtual-adapter.wasm')).then((b) =>
  WebAssembly.compile(b),
);

/** An instance of the adapter configured with `patterns`, and what its host saw. */
async function adapter(patterns: string[]) {
  const module = await compiled;
  const calls: string[] = [];
  const host: Record<string, Fn> = {};
  const imports: Record<string, Record<string, Fn>> = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    const name = `${imp.module.replace(/@[^@]*$/, '')}#${imp.name}`;
    (imports[imp.module] ??= {})[imp.name] = (...args) => {
      calls.push(name);
      return host[name]?.(...args) ?? 0;
    };
  }
  const { exports } = await WebAssembly.instantiate(module, imports);
  const memory = exports.memory as { buffer: ArrayBuffer };
  const global = (name: string) => exports[name] as { value: number };
  const base = (global('__heap_base').value + 15) & ~15;
  const settings = adapterSettings({
    ...hostPolicy(),
    socketRules: parseSocketPatterns('test', patterns),
  });
  const blob = encodeConfigBlob(settings, base);
  const bytes = () => new Uint8Array(memory.buffer);
  bytes().set(blob, base);
  global('wasi_virt_config').value = base;
  // Two handle structs of kind host (0) after the blob: a socket (host 7) and the network (9).
  const scratch = (base + blob.length + 15) & ~15;
  const view = () => new DataView(memory.buffer);
  view().setUint32(scratch + 4, 7, true);
  view().setUint32(scratch + 36, 9, true);
  global('wasi_virt_heap_start').value = scratch + 4096;
  const [socket, network, free] = [scratch, scratch + 32, scratch + 64];
  const call = (iface: string, fn: string, ...args: number[]) =>
    (exports[`[checked]${SOCKETS(iface)}#${fn}`] as Fn)(...args);
  return { calls, host, bytes, view, call, socket, network, free };
}
type Adapter = Awaited<ReturnType<typeof adapter>>;

/** An address's bytes from its text. */
const ip = (text: string): IpBytes => parseIpv4(text) ?? parseIpv6(text)!;

/** An ip-socket-address flattened as the canonical ABI passes it: the case, then 11 fields. */
function flat(address: string, port: number): number[] {
  const b = ip(address);
  if (b.length === 4) return [0, port, ...b, 0, 0, 0, 0, 0, 0];
  const groups = Array.from({ length: 8 }, (_, i) => (b[2 * i]! << 8) | b[2 * i + 1]!);
  return [1, port, 0, ...groups, 0];
}

/** The host's answer to a `result<_, error-code>` call: ok, written at its return pointer. */
const okAt = (a: Adapter, name: string) => {
  a.host[name] = (...args) => {
    a.bytes()[args.at(-1)!] = 0;
    return 0;
  };
};

type Use = 'connect' | 'tcp bind' | 'udp bind' | 'udp stream';

/** Whether the adapter lets the socket `use` the address: the host is asked, or it answers access-denied. */
function allows(a: Adapter, use: Use, address: string, port: number): boolean {
  const [iface, fn, error] = {
    connect: ['tcp', '[method]tcp-socket.start-connect', 1],
    'tcp bind': ['tcp', '[method]tcp-socket.start-bind', 1],
    'udp bind': ['udp', '[method]udp-socket.start-bind', 1],
    'udp stream': ['udp', '[method]udp-socket.stream', 4],
  }[use] as [string, string, number];
  const hostName = `${SOCKETS(iface).replace(/@.*/, '')}#${fn}`;
  okAt(a, hostName);
  const before = a.calls.length;
  const args =
    use === 'udp stream' ? [1, ...flat(address, port)] : [a.network, ...flat(address, port)];
  const ret = a.call(iface, fn, a.socket, ...args);
  const asked = a.calls.slice(before).includes(hostName);
  if (!asked) expect([a.bytes()[ret], a.bytes()[ret + error]]).toEqual([1, ACCESS_DENIED]);
  else expect(a.bytes()[ret]).toBe(0);
  return asked;
}

describe('--allow-sockets in the adapter: addresses', () => {
  const rules = [
    'tcp://10.0.0.0/8:5432',
    'udp://[fd00::/8]:53',
    'tcp://192.168.1.7:8000-8999',
    '*://[::1]:*',
  ];

  it.each<[Use, string, number, boolean]>([
    ['connect', '10.1.2.3', 5432, true],
    ['connect', '10.255.255.255', 5432, true],
    ['connect', '10.1.2.3', 5433, false],
    ['connect', '11.0.0.1', 5432, false],
    ['connect', '9.255.255.255', 5432, false],
    ['connect', '::ffff:10.0.0.1', 5432, true], // IPv4-mapped: checked as 10.0.0.1
    ['connect', '::ffff:11.0.0.1', 5432, false],
    ['connect', '::10.0.0.1', 5432, false], // IPv4-compatible is IPv6
    ['connect', '192.168.1.7', 8000, true],
    ['connect', '192.168.1.7', 8999, true],
    ['connect', '192.168.1.7', 7999, false],
    ['connect', '192.168.1.7', 9000, false],
    ['connect', '192.168.1.8', 8000, false],
    ['connect', '::1', 1, true],
    ['connect', '::1', 65535, true],
    ['connect', '::2', 1, false],
    ['connect', 'fd00::1', 53, false], // a UDP rule
    ['udp stream', 'fd12:3456::1', 53, true],
    ['udp stream', 'fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 53, true],
    ['udp stream', 'fe00::1', 53, false],
    ['udp stream', 'fd00::1', 54, false],
    ['udp stream', '10.0.0.1', 5432, false], // a TCP rule
    ['tcp bind', '10.0.0.1', 5432, true],
    ['tcp bind', '10.0.0.1', 0, false], // port 0 only with ports *
    ['tcp bind', '::1', 0, true],
    ['tcp bind', '0.0.0.0', 0, false], // no client exception for TCP
    ['udp bind', '0.0.0.0', 0, true], // a UDP client's bind: some rule is for UDP
    ['udp bind', '::', 0, true],
    ['udp bind', '0.0.0.0', 53, false],
    ['udp bind', '127.0.0.1', 0, false],
    ['udp bind', 'fd00::5', 53, true],
  ])('%s %s port %d: allowed %s', async (use, address, port, allowed) => {
    expect(allows(await adapter(rules), use, address, port)).toBe(allowed);
  });

  it('allows no UDP client bind when no rule is for UDP, and everything without rules', async () => {
    expect(allows(await adapter(['tcp://*:*']), 'udp bind', '0.0.0.0', 0)).toBe(false);
    const open = await adapter(['*://*:*']);
    expect(allows(open, 'udp bind', '0.0.0.0', 0)).toBe(true);
    expect(allows(open, 'connect', '203.0.113.9', 1)).toBe(true);
  });

  it('matches IPv4 blocks as prefix comparison does', async () => {
    const octets = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));
    await fc.assert(
      fc.asyncProperty(octets, octets, fc.integer({ min: 0, max: 32 }), async (net, addr, bits) => {
        const bitsOf = (o: number[]) => o.map((b) => b.toString(2).padStart(8, '0')).join('');
        const block = bitsOf(net).slice(0, bits).padEnd(32, '0');
        const first = Array.from({ length: 4 }, (_, i) =>
          parseInt(block.slice(8 * i, 8 * i + 8), 2),
        );
        const a = await adapter([`tcp://${first.join('.')}/${bits}:80`]);
        const inside = bitsOf(addr).slice(0, bits) === block.slice(0, bits);
        expect(allows(a, 'connect', addr.join('.'), 80)).toBe(inside);
      }),
      { numRuns: 150 },
    );
  });
});

describe('--allow-sockets in the adapter: name lookups', () => {
  const rules = ['tcp://db.internal:5432', 'udp://*.svc.local:53'];

  /** Looks `name` up: the host's lookup stream's rep when the host was asked, else undefined (access-denied). */
  function resolve(a: Adapter, name: string): number | undefined {
    let rep: number | undefined;
    a.host[`${SOCKETS('ip-name-lookup').replace(/@.*/, '')}#resolve-addresses`] = (...args) => {
      const at = args.at(-1)!;
      a.bytes()[at] = 0;
      a.view().setInt32(at + 4, 5, true);
      return 0;
    };
    a.host[
      `[export]${SOCKETS('ip-name-lookup').replace(/@.*/, '')}#[resource-new]resolve-address-stream`
    ] = (r) => ((rep = r!), 100);
    const bytes = new TextEncoder().encode(name);
    a.bytes().set(bytes, a.free);
    const ret = a.call('ip-name-lookup', 'resolve-addresses', a.network, a.free, bytes.length);
    if (rep === undefined) expect([a.bytes()[ret], a.bytes()[ret + 4]]).toEqual([1, ACCESS_DENIED]);
    return rep;
  }

  /** The host's next address for the stream: ok(some(address)). */
  function next(a: Adapter, stream: number, address: string) {
    a.host[
      `${SOCKETS('ip-name-lookup').replace(/@.*/, '')}#[method]resolve-address-stream.resolve-next-address`
    ] = (...args) => {
      const at = args.at(-1)!;
      const b = ip(address);
      a.bytes().set([0, 0, 1, 0, b.length === 4 ? 0 : 1, 0], at);
      if (b.length === 4) a.bytes().set(b, at + 6);
      else
        for (let i = 0; i < 8; i++)
          a.view().setUint16(at + 6 + 2 * i, (b[2 * i]! << 8) | b[2 * i + 1]!, true);
      return 0;
    };
    a.call('ip-name-lookup', '[method]resolve-address-stream.resolve-next-address', stream);
  }

  it.each([
    ['db.internal', true],
    ['DB.Internal', true],
    ['db.internal.evil', false],
    ['other.internal', false],
    ['a.svc.local', true],
    ['a.b.svc.local', true],
    ['svc.local', false],
    ['127.0.0.1', true], // address literals: the host answers them without a resolver
    ['::1', true],
    ['::ffff:1.2.3.4', true],
    ['2001:db8::1', true],
    ['1.2.3', false],
    ['01.2.3.4', false],
    ['256.1.1.1', false],
    ['1.2.3.4.5', false],
    ['1:2', false],
    ['1.2:3::', false],
    ['[::1]', false],
    ['', false],
    ['a'.repeat(254), false],
  ])('%s: looked up %s', async (name, allowed) => {
    expect(resolve(await adapter(rules), name) !== undefined).toBe(allowed);
  });

  it('allows what a named host resolved to, for that host’s rules only, in that instance', async () => {
    const a = await adapter(rules);
    expect(allows(a, 'connect', '10.9.8.7', 5432)).toBe(false);
    const stream = resolve(a, 'db.internal')!;
    next(a, stream, '10.9.8.7');
    next(a, stream, '2001:db8::7');
    expect(allows(a, 'connect', '10.9.8.7', 5432)).toBe(true);
    expect(allows(a, 'connect', '2001:db8::7', 5432)).toBe(true);
    expect(allows(a, 'connect', '::ffff:10.9.8.7', 5432)).toBe(true);
    expect(allows(a, 'connect', '10.9.8.7', 5433)).toBe(false);
    expect(allows(a, 'udp stream', '10.9.8.7', 53)).toBe(false); // the UDP rule named other hosts
    const other = resolve(a, 'x.svc.local')!;
    next(a, other, '10.9.8.7');
    expect(allows(a, 'udp stream', '10.9.8.7', 53)).toBe(true);
    // A lookup of an address literal names no rule: what it returns stays unallowed.
    const literal = resolve(a, '203.0.113.5')!;
    next(a, literal, '203.0.113.5');
    expect(allows(a, 'connect', '203.0.113.5', 5432)).toBe(false);
    expect(allows(await adapter(rules), 'connect', '10.9.8.7', 5432)).toBe(false);
  });

  it('remembers the last 64 addresses', async () => {
    const a = await adapter(rules);
    const stream = resolve(a, 'db.internal')!;
    for (let i = 0; i < 65; i++) next(a, stream, `10.0.0.${i}`);
    expect(allows(a, 'connect', '10.0.0.0', 5432)).toBe(false);
    expect(allows(a, 'connect', '10.0.0.1', 5432)).toBe(true);
    expect(allows(a, 'connect', '10.0.0.64', 5432)).toBe(true);
  });
});

describe('--allow-sockets in the adapter: datagrams', () => {
  /** Sends datagrams to `targets` (port 53 each): how many the host was given, or undefined for access-denied. */
  function send(a: Adapter, targets: (string | undefined)[]): number | undefined {
    let given: number | undefined;
    a.host[`${SOCKETS('udp').replace(/@.*/, '')}#[method]outgoing-datagram-stream.send`] = (
      _self,
      _list,
      n,
      at,
    ) => {
      given = n!;
      a.bytes()[at!] = 0;
      return 0;
    };
    targets.forEach((target, i) => {
      const d = a.free + 44 * i;
      a.bytes().fill(0, d, d + 44);
      if (target === undefined) return;
      const [family, port, ...fields] = flat(target, 53);
      a.bytes()[d + 8] = 1;
      a.bytes()[d + 12] = family!;
      a.view().setUint16(d + 16, port!, true);
      if (family === 0) a.bytes().set(fields.slice(0, 4), d + 18);
      else fields.slice(1, 9).forEach((g, j) => a.view().setUint16(d + 24 + 2 * j, g, true));
    });
    const ret = a.call(
      'udp',
      '[method]outgoing-datagram-stream.send',
      a.socket,
      a.free,
      targets.length,
    );
    if (given === undefined)
      expect([a.bytes()[ret], a.bytes()[ret + 8]]).toEqual([1, ACCESS_DENIED]);
    return given;
  }

  it('sends the datagrams before the first one no rule allows, and refuses when that is the first', async () => {
    const a = await adapter(['udp://10.0.0.0/8:53', 'udp://[fd00::/8]:53']);
    expect(send(a, ['10.0.0.1', 'fd00::1', undefined])).toBe(3); // no address: the stream's
    expect(send(a, ['10.0.0.1', '11.0.0.1', '10.0.0.2'])).toBe(1);
    expect(send(a, ['fe00::1', '10.0.0.1'])).toBeUndefined();
    expect(send(a, [])).toBe(0);
  });
});
