import { UserInputError } from '../errors.js';
import { namePatternProblem } from './http-hosts.js';
import { canonicalPatterns } from './pattern-list.js';
import {
  formatIp,
  maskTo,
  onlyPrefixBits,
  parseIpv4,
  parseIpv6,
  type IpBytes,
} from './ip-address.js';

/**
 * `--allow-sockets=PATTERN[,PATTERN…]`: the addresses a component's sockets may connect to,
 * bind to and send datagrams to, and the names it may look up. A pattern is
 * `PROTOCOL://HOST:PORTS`:
 * - PROTOCOL `tcp`, `udp` or `*` (both);
 * - HOST `*` (any address, any name), an IPv4 address or CIDR block (`10.0.0.0/8`), an IPv6
 *   address or block in brackets (`[::1]`, `[fd00::/8]`), a host name (`db.internal`) or
 *   `*.suffix` (the names below suffix): a name may be looked up, and the addresses its lookup
 *   returns may be used;
 * - PORTS `*` (any, 0 included), a port (`5432`) or a range (`8000-8999`), from 1 to 65535.
 * Each pattern is kept in one canonical spelling (lowercase, addresses as formatIp writes them,
 * a block's prefix only below the full length, a one-port range as the port), so every door
 * gives the same policy and `--print-policy` reads back to it.
 */

/** How many patterns a list may hold: the adapter keeps which ones a lookup matched as bits of a u32. */
export const MAX_SOCKET_PATTERNS = 32;
/** The longest pattern read (a 253-character host name and a port range fit). */
const MAX_PATTERN_LENGTH = 300;
const MAX_NAME_LENGTH = 253;

export type SocketProtocol = 'tcp' | 'udp' | '*';

/** A pattern's host: any, an address block (`prefix` leading bits of `bytes`), or a name pattern. */
export type SocketHost =
  | { kind: 'any' }
  | { kind: 'block'; bytes: IpBytes; prefix: number }
  | { kind: 'name'; name: string };

/** One pattern as the adapter's configuration holds it (adapter/CONFIG.md, sockets.rules). */
export interface SocketRule {
  protocol: SocketProtocol;
  host: SocketHost;
  /** The ports, inclusive: `*` is 0-65535. */
  ports: [number, number];
}

const PORT = /^[1-9][0-9]{0,4}$/;

/** The port range `text` names, or what is wrong with it. */
function readPorts(text: string): [number, number] | string {
  if (text === '*') return [0, 65535];
  const [low, high = low, extra] = text.split('-');
  const numbers = [low, high].map((p) => (p !== undefined && PORT.test(p) ? Number(p) : 0));
  const [from, to] = numbers as [number, number];
  if (extra !== undefined || from < 1 || to > 65535 || to < 1)
    return `ports '${text}' are not *, a port from 1 to 65535 or a range such as 8000-8999`;
  if (from > to) return `the range '${text}' ends before it starts`;
  return [from, to];
}

/** The address block `text` (`a.b.c.d[/n]` or `[v6[/n]]`) names, or what is wrong with it. */
function readBlock(text: string): SocketHost | string {
  const v6 = text.startsWith('[');
  if (v6 && !text.endsWith(']')) return `'${text}' has no closing ]`;
  const inner = v6 ? text.slice(1, -1) : text;
  const [address = '', prefixText, extra] = inner.split('/');
  const bytes = v6 ? parseIpv6(address) : parseIpv4(address);
  if (!bytes || extra !== undefined)
    return `'${text}' is not an ${v6 ? 'IPv6' : 'IPv4'} address or block${v6 ? ' ([fd00::/8])' : ' (10.0.0.0/8)'}`;
  const bits = bytes.length * 8;
  const prefix =
    prefixText === undefined ? bits : /^(0|[1-9][0-9]?[0-9]?)$/.test(prefixText) ? +prefixText : -1;
  if (prefix < 0 || prefix > bits)
    return `prefix '/${prefixText}' is not a number from 0 to ${bits}`;
  if (!onlyPrefixBits(bytes, prefix)) {
    const block = `${formatIp(maskTo(bytes, prefix))}/${prefix}`;
    return `bits after the prefix are set: write the block's first address (${v6 ? `[${block}]` : block})`;
  }
  return { kind: 'block', bytes, prefix };
}

/** The host `text` (lowercased) names, or what is wrong with it. */
function readHost(text: string): SocketHost | string {
  if (text === '') return 'the host is empty';
  if (text === '*') return { kind: 'any' };
  if (text.startsWith('[') || /^[0-9./]+$/.test(text)) return readBlock(text);
  if (text.length > MAX_NAME_LENGTH) return `the host name is longer than ${MAX_NAME_LENGTH}`;
  return namePatternProblem(text) ?? { kind: 'name', name: text };
}

/** What is wrong with `text` as a pattern, or its rule. */
function readPattern(text: string): SocketRule | string {
  if (text.length > MAX_PATTERN_LENGTH) return `it is longer than ${MAX_PATTERN_LENGTH} characters`;
  const at = text.indexOf('://');
  if (at < 0) return 'it must be PROTOCOL://HOST:PORTS, e.g. tcp://10.0.0.0/8:5432';
  const protocol = text.slice(0, at).toLowerCase();
  if (protocol !== 'tcp' && protocol !== 'udp' && protocol !== '*')
    return `'${text.slice(0, at)}' is not tcp, udp or *`;
  const rest = text.slice(at + 3).toLowerCase();
  // The ports follow the last ':' outside an IPv6 block's brackets.
  const colon = rest.indexOf(':', rest.lastIndexOf(']') + 1);
  if (rest.indexOf(':', colon + 1) > 0 && !rest.startsWith('['))
    return 'an IPv6 address or block goes in brackets: tcp://[::1]:80, udp://[fd00::/8]:*';
  if (colon < 0) return `add :PORT, :FROM-TO or :* (e.g. ${protocol}://${rest}:*)`;
  const host = readHost(rest.slice(0, colon));
  if (typeof host === 'string') return host;
  const ports = readPorts(rest.slice(colon + 1));
  if (typeof ports === 'string') return ports;
  return { protocol, host, ports };
}

const formatHost = (host: SocketHost): string => {
  if (host.kind === 'any') return '*';
  if (host.kind === 'name') return host.name;
  const full = host.prefix === host.bytes.length * 8;
  const text = `${formatIp(host.bytes)}${full ? '' : `/${host.prefix}`}`;
  return host.bytes.length === 16 ? `[${text}]` : text;
};

/** A rule's canonical spelling. */
export function formatSocketRule({ protocol, host, ports: [from, to] }: SocketRule): string {
  const ports = from === 0 && to === 65535 ? '*' : from === to ? `${from}` : `${from}-${to}`;
  return `${protocol}://${formatHost(host)}:${ports}`;
}

/** The rule a canonical spelling (parseSocketPatterns') names. */
export function socketRuleOf(canonical: string): SocketRule {
  const rule = readPattern(canonical);
  if (typeof rule === 'string') throw new Error(`internal: '${canonical}' is not a pattern`);
  return rule;
}

/** Patterns in their canonical spelling, each once, in the order given; at most MAX_SOCKET_PATTERNS. */
export function parseSocketPatterns(label: string, patterns: string[]): string[] {
  const canonical = canonicalPatterns(label, patterns, readPattern, formatSocketRule);
  if (canonical.length > MAX_SOCKET_PATTERNS)
    throw new UserInputError(
      `${label}: ${canonical.length} patterns, more than ${MAX_SOCKET_PATTERNS}: join addresses into blocks (10.0.0.0/8) or ports into ranges (8000-8999)`,
    );
  return canonical;
}
