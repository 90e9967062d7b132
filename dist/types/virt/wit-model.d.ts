import type { PrimValType } from '../component/ast.js';
import type { WasiInterface } from './wasi-package.js';
/**
 * The declarations and signatures of the generated catalogue (one WIT declaration a line, in the
 * restricted form scripts/build-wasi-catalogue.mjs writes) read into a structure the adapter's
 * component wrapper (wrap-adapter.ts) encodes. Read at run time: the lines are few and short,
 * and WitTypes (wit-types.ts) reads the same lines for the ABI, so the catalogue keeps one form.
 */
/** A WIT type expression; `named` is a type the interface declares or `use`s (a resource: own). */
export type WitRef = {
    prim: PrimValType;
} | {
    list: WitRef;
} | {
    option: WitRef;
} | {
    result: {
        ok?: WitRef;
        err?: WitRef;
    };
} | {
    tuple: WitRef[];
} | {
    own: string;
} | {
    borrow: string;
} | {
    named: string;
} | {
    stream: {
        element?: WitRef;
    };
} | {
    future: {
        element?: WitRef;
    };
};
export type WitDecl = {
    kind: 'use';
    from: string;
    names: {
        source: string;
        local: string;
    }[];
} | {
    kind: 'resource';
    name: string;
} | {
    kind: 'record';
    name: string;
    fields: [string, WitRef][];
} | {
    kind: 'variant';
    name: string;
    cases: [string, WitRef | undefined][];
} | {
    kind: 'enum' | 'flags';
    name: string;
    names: string[];
} | {
    kind: 'alias';
    name: string;
    type: WitRef;
};
export interface WitFunction {
    params: [string, WitRef][];
    result?: WitRef;
    /** An `async func` (WASI 0.3): its component type says so. */
    async?: boolean;
}
export declare function parseRef(text: string): WitRef;
/** One catalogue declaration of `iface` (`record datetime { seconds: u64, … }`, `use x.{a};`). */
export declare function parseDecl(decl: string, iface: WasiInterface): WitDecl;
/** The names a declaration introduces in its interface. */
export declare const declNames: (decl: WitDecl) => string[];
/**
 * A function of the catalogue by its component-level name and signature, with a method's
 * `self: borrow<R>` and a constructor's `own<R>` result put back.
 */
export declare function parseFunction(name: string, signature: string): WitFunction;
/** The named types a type expression refers to, in order of appearance. */
export declare function refNames(ref: WitRef, out?: string[]): string[];
/** The named types a declaration's definition refers to (a `use`: none here). */
export declare function declRefs(decl: WitDecl): string[];
