/**
 * A comma-separated list of access patterns (--allow-http, --allow-sockets) in canonical
 * spellings, each once, in the order given: `read` gives a pattern's rule or what is wrong with
 * it, `format` the rule's spelling. A bad pattern is one line naming it and why.
 */
export declare function canonicalPatterns<R>(label: string, patterns: string[], read: (pattern: string) => R | string, format: (rule: R) => string): string[];
