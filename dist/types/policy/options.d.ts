import { type ValueKind } from './option-values.js';
import { type PolicyPatch } from './policy.js';
/**
 * One policy setting and how every front door spells it: the CLI flag, the WASI_VIRT_*
 * variable, the action input, the policy-file key and the library call. The doors read the
 * setting with the same parser (its kind) and apply it with the same `apply`.
 */
export interface PolicyOption {
    /** The long flag without `--`. */
    name: string;
    short?: string;
    help: string;
    kind: ValueKind<unknown>;
    /** Given several times: flags repeat; a variable or input takes one value a line. */
    repeatable?: boolean;
    /**
     * A flag whose value may be left out: what the bare flag means, the words it also takes as the
     * next argument, and what help calls the other values it takes after `=`, if any.
     */
    bare?: {
        implicit: string;
        words: readonly string[];
        attached?: string;
    };
    variable: string;
    /** The action input, or why the action has none. */
    input: string | {
        none: string;
    };
    /** The policy file's key: top-level (`allow-clocks`) or in a table (`env.allow`). */
    file: string;
    /** The library call (WasiVirt) that sets it. */
    library: string;
    /** A setting this one cannot be given with in one place. */
    excludes?: string;
    /** Why, and what to do instead, when that is not plain from the names. */
    excludesWhy?: string;
    apply(patch: PolicyPatch, value: unknown): void;
}
/** Every policy setting, in the order a door's settings apply: a later row narrows an earlier one. */
export declare const POLICY_OPTIONS: PolicyOption[];
/** The option by its name (its long flag without `--`). */
export declare const policyOption: (name: string) => PolicyOption | undefined;
