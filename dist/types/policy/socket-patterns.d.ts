import { type IpBytes } from './ip-address.js';
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
export declare const MAX_SOCKET_PATTERNS = 32;
export type SocketProtocol = 'tcp' | 'udp' | '*';
/** A pattern's host: any, an address block (`prefix` leading bits of `bytes`), or a name pattern. */
export type SocketHost = {
    kind: 'any';
} | {
    kind: 'block';
    bytes: IpBytes;
    prefix: number;
} | {
    kind: 'name';
    name: string;
};
/** One pattern as the adapter's configuration holds it (adapter/CONFIG.md, sockets.rules). */
export interface SocketRule {
    protocol: SocketProtocol;
    host: SocketHost;
    /** The ports, inclusive: `*` is 0-65535. */
    ports: [number, number];
}
/** A rule's canonical spelling. */
export declare function formatSocketRule({ protocol, host, ports: [from, to] }: SocketRule): string;
/** The rule a canonical spelling (parseSocketPatterns') names. */
export declare function socketRuleOf(canonical: string): SocketRule;
/** Patterns in their canonical spelling, each once, in the order given; at most MAX_SOCKET_PATTERNS. */
export declare function parseSocketPatterns(label: string, patterns: string[]): string[];
