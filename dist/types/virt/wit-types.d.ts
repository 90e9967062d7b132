import { type WasiInterface } from './wasi-interfaces.js';
/** A WIT value type with its named types resolved, as the canonical ABI lays it out. */
export type WitType = {
    kind: 'int';
    size: 1 | 2 | 4 | 8;
    signed: boolean;
} | {
    kind: 'float';
    size: 4 | 8;
} | {
    kind: 'bool';
} | {
    kind: 'char';
} | {
    kind: 'string';
} | {
    kind: 'list';
    of: WitType;
}
/** own<T>, borrow<T> or a resource named bare. */
 | {
    kind: 'handle';
} | {
    kind: 'option';
    of: WitType;
} | {
    kind: 'result';
    ok?: WitType;
    err?: WitType;
} | {
    kind: 'tuple';
    items: WitType[];
} | {
    kind: 'record';
    fields: [string, WitType][];
} | {
    kind: 'variant';
    cases: [string, WitType | undefined][];
} | {
    kind: 'enum';
    cases: string[];
} | {
    kind: 'flags';
    count: number;
};
/** `a<b, c<d>>, e` → ['a<b, c<d>>', 'e']: splits at commas outside brackets and parentheses. */
export declare function splitTopLevel(text: string): string[];
/**
 * Resolves WIT type expressions of an interface the adapter serves: its own declarations and,
 * through `use`, those of the interfaces (of its series) it takes types from.
 */
export declare class WitTypes {
    private readonly cache;
    /** The type `text` (`result<list<u8>, stream-error>`) means inside `iface`. */
    parse(text: string, iface: WasiInterface): WitType;
    /** The result type of a WIT function signature, or undefined for none. */
    resultOf(signature: string, iface: WasiInterface): WitType | undefined;
    /** The parameter types of a WIT function signature (a method's self not included). */
    paramsOf(signature: string, iface: WasiInterface): WitType[];
    private named;
    private declared;
}
