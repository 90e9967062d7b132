import { describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseToml } from 'smol-toml';
import { UserInputError } from '../src/errors.js';
import { formatIp, maskTo, parseIpv4, parseIpv6 } from '../src/policy/ip-address.js';
import {
  formatSocketRule,
  parseSocketPatterns,
  socketRuleOf,
  type SocketRule,
} from '../src/policy/socket-patterns.js';
import { applyPatches, denyAllPolicy, hostPolicy } from '../src/policy/policy.js';
import { encodeConfigBlob } from '../src/virt/config-blob.js';
import { headerOffset, SOCKET_RULE_WORDS } from '../src/virt/config-layout.js';
import { planAdapter } from '../src/virt/generate-adapter.js';
import { chooseExports } from '../src/virt/adapter-exports.js';
import { readModuleModel } from '../src/component/core/module-model.js';
import { ROOT } from './support/paths.js';
import { readComponent } from '../src/component/read/read-component.js';
import { WasiVirt } from '../src/library/wasi-virt.js';
import { cli } from './support/cli.js';
import { expectPatternDoorsRefuse, expectRefusal } from './support/refusals.js';
import { withTempDir } from './support/temp-dir.js';
import { fixture } from './support/paths.js';

// --allow-sockets=PATTERNS read at the doors (the conformance cases sockets-allowed-* run the
// outputs under jco and wasmtime against local servers).

const withDir = (body: (dir: string) => Promise<void>) => withTempDir('socket-patterns', body);
const read = (text: string) => parseSocketPatterns('--allow-sockets', [text]);

describe('IP address literals', () => {
  it.each([
    ['::', '::'],
    ['::1', '::1'],
    ['2001:DB8:0:0:0:0:0:1'.toLowerCase(), '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:0db8::0001', '2001:db8::1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
    ['fd00::', 'fd00::'],
    ['1:0:0:2:0:0:0:3', '1:0:0:2::3'],
  ])('reads IPv6 %s and writes it %s (RFC 5952)', (text, canonical) => {
    expect(formatIp(parseIpv6(text)!)).toBe(canonical);
  });

  it.each(['1::2::3', ':::', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '12345::', 'g::', '::1.2.3'])(
    'refuses IPv6 %s',
    (text) => expect(parseIpv6(text)).toBeUndefined(),
  );

  it.each(['1.2.3', '1.2.3.4.5', '256.0.0.1', '01.2.3.4', '1..3.4', '-1.2.3.4', ' 1.2.3.4'])(
    'refuses IPv4 %s',
    (text) => expect(parseIpv4(text)).toBeUndefined(),
  );

  it('formats and parses any address back to its bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        expect(parseIpv6(formatIp([...bytes]))).toEqual([...bytes]);
        expect(parseIpv4(formatIp([...bytes.subarray(0, 4)]))).toEqual([...bytes.subarray(0, 4)]);
      }),
    );
  });
});

describe('--allow-sockets patterns', () => {
  it.each([
    ['tcp://127.0.0.1:5432', 'tcp://127.0.0.1:5432'],
    ['TCP://127.0.0.1:5432', 'tcp://127.0.0.1:5432'],
    ['udp://10.0.0.0/8:53', 'udp://10.0.0.0/8:53'],
    ['udp://10.1.2.3/32:53', 'udp://10.1.2.3:53'],
    ['*://0.0.0.0/0:*', '*://0.0.0.0/0:*'],
    ['tcp://[::1]:80', 'tcp://[::1]:80'],
    ['tcp://[FD00:0:0::/8]:8000-8999', 'tcp://[fd00::/8]:8000-8999'],
    ['tcp://[0:0::1/128]:1', 'tcp://[::1]:1'],
    ['tcp://Db.Internal:5432', 'tcp://db.internal:5432'],
    ['*://*.example.org:*', '*://*.example.org:*'],
    ['*://*:*', '*://*:*'],
    ['udp://localhost:7000-7000', 'udp://localhost:7000'],
    ['tcp://a.example:1-65535', 'tcp://a.example:1-65535'],
    [' tcp://a.example:80 ', 'tcp://a.example:80'],
  ])('reads %s as %s', (text, canonical) => {
    expect(read(text)).toEqual([canonical]);
  });

  it('keeps each pattern once, in the order given', () => {
    expect(
      parseSocketPatterns('p', ['tcp://b.example:1', 'udp://a:2', 'TCP://B.example:1-1']),
    ).toEqual(['tcp://b.example:1', 'udp://a:2']);
  });

  it('gives the adapter protocol, host kind, address bytes, prefix and port range', () => {
    expect(socketRuleOf('udp://[fd00::/8]:53')).toEqual({
      protocol: 'udp',
      host: { kind: 'block', bytes: [0xfd, ...Array<number>(15).fill(0)], prefix: 8 },
      ports: [53, 53],
    });
    expect(socketRuleOf('*://*.example.org:*')).toEqual({
      protocol: '*',
      host: { kind: 'name', name: '*.example.org' },
      ports: [0, 65535],
    });
    expect(socketRuleOf('tcp://*:8000-8999').host).toEqual({ kind: 'any' });
  });

  it.each([
    ['127.0.0.1:80', 'must be PROTOCOL://HOST:PORTS'],
    ['http://127.0.0.1:80', "'http' is not tcp, udp or *"],
    ['tcp://127.0.0.1', 'add :PORT, :FROM-TO or :*'],
    ['tcp://:80', 'the host is empty'],
    ['tcp://::1:80', 'goes in brackets'],
    ['tcp://[::1:80', 'has no closing ]'],
    ['tcp://[::g]:80', 'is not an IPv6 address or block'],
    ['tcp://256.0.0.1:80', 'is not an IPv4 address or block'],
    ['tcp://1.2.3:80', 'is not an IPv4 address or block'],
    ['tcp://10.0.0.0/33:80', "prefix '/33' is not a number from 0 to 32"],
    ['tcp://[::/129]:80', "prefix '/129' is not a number from 0 to 128"],
    ['tcp://10.1.0.0/8:80', "write the block's first address (10.0.0.0/8)"],
    ['tcp://[fd12::/8]:80', "write the block's first address ([fd00::/8])"],
    ['tcp://db.*.example:80', 'its first label (*.example.com)'],
    ['tcp://exa mple.com:80', 'is not a host name or an address'],
    ['tcp://a.example:0', "ports '0' are not *"],
    ['tcp://a.example:65536', "ports '65536'"],
    ['tcp://a.example:9000-8000', "the range '9000-8000' ends before it starts"],
    ['tcp://a.example:1-2-3', "ports '1-2-3'"],
    ['tcp://a.example:', "ports ''"],
    ['tcp://a.example:80/x', "ports '80/x'"],
  ])("refuses '%s' in one line, exit 2, writing nothing", async (text, why) => {
    await expectRefusal(
      fixture('net-echo'),
      [`--allow-sockets=tcp://ok.example:1,${text}`],
      [`--allow-sockets pattern '${text}' is not allowed: `, why],
    );
  });

  it('bounds the count of patterns and the length of one', () => {
    const many = Array.from({ length: 33 }, (_, i) => `tcp://10.0.0.${i}:1`);
    expect(() => parseSocketPatterns('p', many)).toThrow('33 patterns, more than 32');
    expect(parseSocketPatterns('p', many.slice(0, 32))).toHaveLength(32);
    const long = `tcp://${'a'.repeat(254)}:1`;
    expect(() => read(long)).toThrow('longer than 253');
    expect(() => read(`tcp://${'a.'.repeat(150)}b:1`)).toThrow('longer than 300 characters');
  });

  it('reads any text to canonical patterns that read back to themselves, or refuses it with a UserInputError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^(tcp|udp|\*|TCP):\/\/[0-9a-f.:/[\]*A-Z-]{0,24}:[0-9*-]{0,12}$/),
        ),
        (text) => {
          let canonical: string[];
          try {
            canonical = read(text);
          } catch (err) {
            expect(err).toBeInstanceOf(UserInputError);
            expect((err as Error).message).not.toContain('\n');
            return;
          }
          expect(parseSocketPatterns('again', canonical)).toEqual(canonical);
        },
      ),
      { numRuns: 2000 },
    );
  });

  const rules: fc.Arbitrary<SocketRule> = fc.record({
    protocol: fc.constantFrom('tcp' as const, 'udp' as const, '*' as const),
    host: fc.oneof(
      fc.constant({ kind: 'any' as const }),
      fc
        .tuple(fc.uint8Array({ minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 32 }))
        .map(([b, prefix]) => ({ kind: 'block' as const, bytes: maskTo([...b], prefix), prefix })),
      fc
        .tuple(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.integer({ min: 0, max: 128 }))
        .map(([b, prefix]) => ({ kind: 'block' as const, bytes: maskTo([...b], prefix), prefix })),
      fc
        .stringMatching(/^(\*\.)?[a-z][a-z0-9-]{0,8}[a-z0-9](\.[a-z0-9]{1,5}){0,3}$/)
        .map((name) => ({ kind: 'name' as const, name })),
    ),
    ports: fc.oneof(
      fc.constant<[number, number]>([0, 65535]),
      fc
        .tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }))
        .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
    ),
  });

  it('writes every rule in a spelling that reads back to the same rule', () => {
    fc.assert(
      fc.property(rules, (rule) => {
        const [canonical] = read(formatSocketRule(rule));
        expect(socketRuleOf(canonical!)).toEqual(rule);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses an empty pattern, and bad patterns from a variable and a policy file', () =>
    expectPatternDoorsRefuse(
      'allow-sockets',
      'tcp://a:1',
      'tcp://10.0.0.1/8:1',
      'tcp://a.example',
    ));

  it('--print-policy writes the canonical patterns, which read back to the same policy', async () => {
    const printed = await cli(
      '--print-policy',
      '--allow-sockets=TCP://127.0.0.1:8000-8999,udp://[FD00::/8]:53,*://*:*',
    );
    expect(printed.code).toBe(0);
    expect(parseToml(printed.stdout)).toMatchObject({
      'allow-sockets': ['tcp://127.0.0.1:8000-8999', 'udp://[fd00::/8]:53', '*://*:*'],
    });
    await withDir(async (dir) => {
      const file = join(dir, 'p.toml');
      await writeFile(file, printed.stdout);
      expect(await cli('--print-policy', '--policy', file)).toEqual(printed);
    });
  });

  it('without patterns --allow-sockets reaches every address; true, false and --allow-all clear patterns', async () => {
    const some = { access: { sockets: 'allow' as const }, socketRules: ['tcp://a:1'] };
    expect(applyPatches(denyAllPolicy(), some).socketRules).toEqual(['tcp://a:1']);
    for (const later of [
      { access: { sockets: 'allow' as const }, socketRules: [] },
      { access: { sockets: 'deny' as const }, socketRules: [] },
      { allowAll: true },
    ])
      expect(applyPatches(denyAllPolicy(), some, later).socketRules).toBeUndefined();
    const library = new WasiVirt().allowSockets(['tcp://a:1']).access('sockets', true);
    expect(library.policy().socketRules).toBeUndefined();
    expect(library.policy().access.sockets).toBe('allow');
    // A bare flag before the component is still the boolean.
    const bare = await cli('--print-policy', '--allow-sockets');
    expect(parseToml(bare.stdout)).toMatchObject({ 'allow-sockets': true });
  });
});

describe('--allow-sockets patterns in the adapter', () => {
  it('put the adapter on the sockets path (I/O included) and the rules in its configuration', async () => {
    const app = readComponent(await readFile(fixture('net-allow')));
    const open = await planAdapter(hostPolicy(), app);
    expect(open.interfaces).toEqual([]);
    const socketRules = ['tcp://10.0.0.0/8:5432', 'udp://[fd00::/8]:53', '*://*.example.org:*'];
    const plan = await planAdapter({ ...hostPolicy(), socketRules }, app);
    expect(plan.interfaces.map((v) => v.iface.id)).toEqual(
      expect.arrayContaining(['wasi:sockets/tcp', 'wasi:io/streams', 'wasi:io/poll']),
    );
    const blob = encodeConfigBlob(plan.settings, 0);
    const view = new DataView(blob.buffer);
    const at = headerOffset('socket_rules');
    const [rules, count] = [view.getUint32(at, true), view.getUint32(at + 4, true)];
    expect(count).toBe(3);
    const rule = (i: number) => {
      const word = (w: number) => view.getUint32(rules + (i * SOCKET_RULE_WORDS + w) * 4, true);
      const bytes = [...blob.subarray(rules + i * 44 + 12, rules + i * 44 + 28)];
      const name = new TextDecoder().decode(blob.subarray(word(9), word(9) + word(10)));
      return [word(0), word(1), word(2), bytes.filter((b) => b !== 0), word(7), word(8), name];
    };
    expect([rule(0), rule(1), rule(2)]).toEqual([
      [1, 1, 8, [10], 5432, 5432, ''],
      [2, 2, 8, [0xfd], 53, 53, ''],
      [3, 3, 0, [], 0, 65535, '*.example.org'],
    ]);
  });

  it('use the [checked] variants only with patterns, so forwarding without them carries no checks', async () => {
    const app = readComponent(await readFile(fixture('net-allow')));
    const adapter = await readFile(join(ROOT, 'adapter/virtual-adapter.wasm'));
    const { exports } = readModuleModel(adapter);
    const connect = 'wasi:sockets/tcp@0.2.12#[method]tcp-socket.start-connect';
    const variant = (index: number | undefined) =>
      exports.find((e) => e.kind === 'func' && e.index === index)?.name;
    const chosen = async (socketRules?: string[]) => {
      const policy = {
        ...hostPolicy(),
        stdio: { ...hostPolicy().stdio, stdin: 'ignore' as const },
      };
      const plan = await planAdapter({ ...policy, ...(socketRules ? { socketRules } : {}) }, app);
      return variant(chooseExports(exports, plan).find((e) => e.name === connect)?.index);
    };
    expect(await chosen()).toBe(`[forward]${connect}`);
    expect(await chosen(['tcp://127.0.0.1:80'])).toBe(`[checked]${connect}`);
  });
});
