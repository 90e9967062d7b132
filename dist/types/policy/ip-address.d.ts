/**
 * IP address literals as the socket patterns (socket-patterns.ts) read and write them: parsed
 * strictly into bytes (IPv4 as four decimal numbers without leading zeros, IPv6 as RFC 4291's
 * text forms, an IPv4 tail included) and written in one canonical spelling (IPv6 by RFC 5952).
 */
/** An address's bytes: 4 for IPv4, 16 for IPv6, network order. */
export type IpBytes = number[];
/** The four bytes of a dotted-quad IPv4 address, or undefined. */
export declare function parseIpv4(text: string): IpBytes | undefined;
/** The 16 bytes of an IPv6 address (lowercase hex, `::` at most once, an IPv4 tail), or undefined. */
export declare function parseIpv6(text: string): IpBytes | undefined;
/** An address's canonical spelling: dotted quad, or RFC 5952 (the longest run of two or more zero groups as `::`). */
export declare function formatIp(bytes: IpBytes): string;
/** Whether the bits of `bytes` after the first `prefix` are all zero. */
export declare function onlyPrefixBits(bytes: IpBytes, prefix: number): boolean;
/** `bytes` with the bits after the first `prefix` cleared. */
export declare function maskTo(bytes: IpBytes, prefix: number): IpBytes;
