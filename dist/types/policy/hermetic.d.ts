/** An instant: whole seconds since 1970-01-01T00:00:00Z and the nanoseconds past them. */
export interface Instant {
    seconds: number;
    nanoseconds: number;
}
/** An RFC 3339 instant (`2024-05-01T14:00:00.5+02:00`) in its canonical spelling (`2024-05-01T12:00:00.5Z`). */
export declare function parseInstant(label: string, text: string): string;
/** The instant a canonical spelling (parseInstant's) names. */
export declare function instantOf(canonical: string): Instant;
/** An unsigned 64-bit integer in decimal, in its canonical spelling (no leading zeros). */
export declare function parseSeed(label: string, text: string): string;
