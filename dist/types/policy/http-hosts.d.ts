/** One pattern as the adapter's configuration holds it: `*` for any scheme, host or port. */
export interface HttpRule {
    scheme: string;
    /** A host name or address, `*`, or `*.suffix` (any host below suffix, not suffix itself). */
    host: string;
    port: number | '*';
}
/** A rule's canonical spelling. */
export declare const formatHttpRule: ({ scheme, host, port }: HttpRule) => string;
/** The rule a canonical spelling (parseHttpPatterns') names. */
export declare function httpRuleOf(canonical: string): HttpRule;
/** Patterns in their canonical spelling, each once, in the order given. */
export declare function parseHttpPatterns(label: string, patterns: string[]): string[];
