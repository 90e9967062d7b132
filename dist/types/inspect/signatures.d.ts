import type { Scope } from '../component/read/scope.js';
type Sig = string | undefined;
/**
 * How many characters of signatures are rendered for one component, nested ones included.
 * Types may share subtypes (`tuple<t, t>`), so a small binary can describe a type whose
 * rendering doubles at every level; each type is rendered once (memoized) and, past this
 * budget, not at all: its signature is undefined ("could not resolve"), never compared.
 * Real components stay far below it (every WASI 0.2 signature together is under 100 KB).
 */
export declare const SIGNATURE_BUDGET: number;
/** Signatures of the functions an instance type (of an import, say) declares. */
export declare function instanceTypeFunctions(scope: Scope, typeIndex: number): Map<string, Sig>;
/** Signatures of the functions instance `index` of a component scope exports, by name. */
export declare function instanceFunctions(scope: Scope, index: number): Map<string, Sig>;
export {};
