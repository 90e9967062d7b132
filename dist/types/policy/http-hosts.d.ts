/** One pattern as the adapter's configuration holds it: `*` for any scheme, host or port. */
export interface HttpRule {
    scheme: string;
    /** A host name or address, `*`, or `*.suffix` (any host below suffix, not suffix itself). */
    host: string;
    port: number | '*';
}
/** What is wrong with a host name or `*.suffix` (lowercased), or undefined. */
export declare function namePatternProblem(host: string): string | undefined;
/** A rule's canonical spelling. */
export declare const formatHttpRule: ({ scheme, host, port }: HttpRule) => string;
/** The rule a canonical spelling (parseHttpPatterns') names. */
export declare function httpRuleOf(canonical: string): HttpRule;
/** Patterns in their canonical spelling, each once, in the order given. */
export declare const parseHttpPatterns: (label: string, patterns: string[]) => string[];
