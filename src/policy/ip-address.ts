/**
 * IP address literals as the socket patterns (socket-patterns.ts) read and write them: parsed
 * strictly into bytes (IPv4 as four decimal numbers without leading zeros, IPv6 as RFC 4291's
 * text forms, an IPv4 tail included) and written in one canonical spelling (IPv6 by RFC 5952).
 */

/** An address's bytes: 4 for IPv4, 16 for IPv6, network order. */
export type IpBytes = number[];

const IPV4_PART = /^(0|[1-9][0-9]{0,2})$/;
const IPV6_GROUP = /^[0-9a-f]{1,4}$/;

/** The four bytes of a dotted-quad IPv4 address, or undefined. */
export function parseIpv4(text: string): IpBytes | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => IPV4_PART.test(p))) return undefined;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

/** The 16 bytes of an IPv6 address (lowercase hex, `::` at most once, an IPv4 tail), or undefined. */
export function parseIpv6(text: string): IpBytes | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  // An IPv4 tail stands for the last two groups.
  const last = (halves.length === 2 ? tail : head).at(-1);
  const v4 = last?.includes('.') ? parseIpv4(last) : undefined;
  if (last?.includes('.') && !v4) return undefined;
  if (v4) (halves.length === 2 ? tail : head).pop();
  const written = head.length + tail.length + (v4 ? 2 : 0);
  if (![...head, ...tail].every((g) => IPV6_GROUP.test(g))) return undefined;
  if (halves.length === 2 ? written > 7 : written !== 8) return undefined;
  const zeros = Array<string>(8 - written).fill('0');
  const words = [...head, ...zeros, ...tail].map((g) => parseInt(g, 16));
  return [...words.flatMap((w) => [w >> 8, w & 0xff]), ...(v4 ?? [])];
}

/** An address's canonical spelling: dotted quad, or RFC 5952 (the longest run of two or more zero groups as `::`). */
export function formatIp(bytes: IpBytes): string {
  if (bytes.length === 4) return bytes.join('.');
  const words = Array.from({ length: 8 }, (_, i) => (bytes[2 * i]! << 8) | bytes[2 * i + 1]!);
  let best = { at: -1, length: 1 };
  for (let i = 0; i < 8;) {
    let end = i;
    while (end < 8 && words[end] === 0) end++;
    if (end - i > best.length) best = { at: i, length: end - i };
    i = end > i ? end : i + 1;
  }
  const hex = (ws: number[]) => ws.map((w) => w.toString(16)).join(':');
  if (best.at < 0) return hex(words);
  return `${hex(words.slice(0, best.at))}::${hex(words.slice(best.at + best.length))}`;
}

/** Whether the bits of `bytes` after the first `prefix` are all zero. */
export function onlyPrefixBits(bytes: IpBytes, prefix: number): boolean {
  return bytes.every((byte, i) => {
    const kept = Math.max(0, Math.min(8, prefix - i * 8));
    return (byte & (0xff >> kept)) === 0;
  });
}

/** `bytes` with the bits after the first `prefix` cleared. */
export function maskTo(bytes: IpBytes, prefix: number): IpBytes {
  return bytes.map((byte, i) => {
    const kept = Math.max(0, Math.min(8, prefix - i * 8));
    return byte & (0xff << (8 - kept)) & 0xff;
  });
}
