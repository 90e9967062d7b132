import { canonicalPatterns } from './pattern-list.js';

/**
 * `--allow-http=PATTERN[,PATTERN…]`: the hosts a component's outgoing HTTP requests may go to,
 * in the syntax of Spin's `allowed_outbound_hosts`: `SCHEME://HOST[:PORT]`, where the scheme
 * may be `*`, the host `*` or `*.SUFFIX`, and the port `*`; a missing port is the scheme's
 * default (80 for http, 443 for https). Each pattern is kept in one canonical spelling,
 * `scheme://host:port` lowercased with the port always written, so every door gives the same
 * policy and `--print-policy` reads back to it.
 */

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443 };
const SCHEME = /^[a-z][a-z0-9+.-]*$/;
const LABEL = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/** One pattern as the adapter's configuration holds it: `*` for any scheme, host or port. */
export interface HttpRule {
  scheme: string;
  /** A host name or address, `*`, or `*.suffix` (any host below suffix, not suffix itself). */
  host: string;
  port: number | '*';
}

/** What is wrong with a host name or `*.suffix` (lowercased), or undefined. */
export function namePatternProblem(host: string): string | undefined {
  const name = host.startsWith('*.') ? host.slice(2) : host;
  if (name.includes('*'))
    return 'a * stands for the whole host (*) or its first label (*.example.com)';
  if (!name.split('.').every((label) => LABEL.test(label)))
    return `'${host}' is not a host name or an address`;
  return undefined;
}

/** What is wrong with a host (lowercased), or undefined. */
function hostProblem(host: string): string | undefined {
  if (host === '') return 'the host is empty';
  if (host === '*' || IPV6.test(host)) return undefined;
  return namePatternProblem(host);
}

/** What is wrong with `text` as a pattern, or its rule. */
function readPattern(text: string): HttpRule | string {
  const at = text.indexOf('://');
  if (at < 0) return 'it must be SCHEME://HOST[:PORT], e.g. https://api.example.com:443';
  const scheme = text.slice(0, at).toLowerCase();
  if (scheme !== '*' && !SCHEME.test(scheme)) return `'${text.slice(0, at)}' is not a scheme`;
  let rest = text.slice(at + 3).toLowerCase();
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  if (/[/?#]/.test(rest)) return 'a pattern names a host, not a path, query or fragment';
  if (rest.includes('@')) return 'a pattern names no user information (user@)';
  // The port follows the last ':' outside an IPv6 address's brackets.
  const close = rest.lastIndexOf(']');
  const colon = rest.indexOf(':', close + 1);
  const host = colon < 0 ? rest : rest.slice(0, colon);
  const port = colon < 0 ? undefined : rest.slice(colon + 1);
  const problem = hostProblem(host);
  if (problem) return problem;
  if (port === '*') return { scheme, host, port };
  if (port === undefined) {
    const known = DEFAULT_PORTS[scheme];
    if (known === undefined)
      return `scheme ${scheme} has no default port: add :PORT or :* (e.g. ${scheme}://${host}:*)`;
    return { scheme, host, port: known };
  }
  const number = /^[0-9]{1,5}$/.test(port) ? Number(port) : 0;
  if (number < 1 || number > 65535) return `port '${port}' is not * or a number from 1 to 65535`;
  return { scheme, host, port: number };
}

/** A rule's canonical spelling. */
export const formatHttpRule = ({ scheme, host, port }: HttpRule): string =>
  `${scheme}://${host}:${port}`;

/** The rule a canonical spelling (parseHttpPatterns') names. */
export function httpRuleOf(canonical: string): HttpRule {
  const rule = readPattern(canonical);
  if (typeof rule === 'string') throw new Error(`internal: '${canonical}' is not a pattern`);
  return rule;
}

/** Patterns in their canonical spelling, each once, in the order given. */
export const parseHttpPatterns = (label: string, patterns: string[]): string[] =>
  canonicalPatterns(label, patterns, readPattern, formatHttpRule);
