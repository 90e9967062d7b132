import { UserInputError } from '../errors.js';

/**
 * A comma-separated list of access patterns (--allow-http, --allow-sockets) in canonical
 * spellings, each once, in the order given: `read` gives a pattern's rule or what is wrong with
 * it, `format` the rule's spelling. A bad pattern is one line naming it and why.
 */
export function canonicalPatterns<R>(
  label: string,
  patterns: string[],
  read: (pattern: string) => R | string,
  format: (rule: R) => string,
): string[] {
  if (patterns.length === 0) throw new UserInputError(`${label}: no pattern in the list`);
  const canonical = patterns.map((text) => {
    const pattern = text.trim();
    if (pattern === '') throw new UserInputError(`${label}: empty pattern in the list`);
    const rule = read(pattern);
    if (typeof rule === 'string')
      throw new UserInputError(
        `${label} pattern '${pattern.slice(0, 100)}' is not allowed: ${rule}`,
      );
    return format(rule);
  });
  return [...new Set(canonical)];
}
