import { type Mount, type StdioMode, type Writable } from './policy.js';
/**
 * How one kind of setting's value is read: from text (a flag, a WASI_VIRT_* variable, an
 * action input; a repeatable setting gives one text per flag or line), `label` naming where it
 * came from in messages; and from a policy file's data (TOML, JSON or YAML) at key `key`.
 */
export interface ValueKind<T> {
    /** What help shows after the flag, e.g. `<names>`. */
    placeholder: string;
    /** What the value looks like, for generated documentation (the docs' variable table). */
    shape: string;
    text(label: string, texts: string[]): T;
    data(key: string, value: unknown): T;
}
export declare const booleanValue: ValueKind<boolean>;
export declare const stdioModeValue: ValueKind<StdioMode>;
/** Which host values reach the component: every one, none, or the names listed. */
export type HostValues = 'all' | 'none' | string[];
/** `true` (every host value), `false` (none) or comma-separated names; a file's list is the names. */
export declare const hostValuesValue: ValueKind<HostValues>;
/** Comma-separated names; a file's list. */
export declare const namesValue: ValueKind<string[]>;
/**
 * `KEY=VALUE` settings, one a text; `A=1,B=2` sets two (as WASI-Virt's `-e` does) unless a
 * comma belongs to a value (`A=x,y`). A file's table of strings.
 */
export declare const pairsValue: ValueKind<Record<string, string>>;
/** Strings taken as they are, one a text; a file's list. */
export declare const listValue: ValueKind<string[]>;
export declare const stringValue: (placeholder: string, shape: string) => ValueKind<string>;
/** A size in bytes: `65536`, `64K`, `1M`; a file's number or string. */
export declare const sizeValue: ValueKind<number>;
/** `/guest=host` pairs, one a text; a file's table of guest path = host path. */
export declare const guestPathsValue: (shape: string, example: string) => ValueKind<Mount[]>;
/** An RFC 3339 instant, kept in its canonical spelling; a file's string (or TOML offset date-time, to the millisecond). */
export declare const instantValue: ValueKind<string>;
/** An unsigned 64-bit integer, kept as its decimal digits; a file's integer or string of digits. */
export declare const seedValue: ValueKind<string>;
/** `--allow-http` and `--allow-sockets`: everything (true), nothing (false), or only what the patterns name (canonical spellings). */
export type PatternAccess = boolean | string[];
/** `true`, `false` or comma-separated Spin-style patterns (`https://*.example.com`); a file's boolean or list. */
export declare const httpAccessValue: ValueKind<PatternAccess>;
/** `true`, `false` or comma-separated socket patterns (`tcp://10.0.0.0/8:5432`); a file's boolean or list. */
export declare const socketsAccessValue: ValueKind<PatternAccess>;
/** `/guest` or `/guest=SIZE` (`/tmp=64M`), one a text; a file's table of guest path = size. */
export declare const writableValue: ValueKind<Writable[]>;
/** `--overlay`: the quota (bare and `true`: the default), or false; a file's boolean or size. */
export declare const overlayValue: ValueKind<number | false>;
