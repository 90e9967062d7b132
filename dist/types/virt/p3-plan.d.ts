import type { ExternItem } from '../inspect/component-interface.js';
import { type Policy } from '../policy/policy.js';
import type { VirtPlan } from './plan-model.js';
import type { Serves } from './subsystems/subsystem.js';
/**
 * What the adapter serves at 0.3, having refused what it cannot: no I/O, network or proxy
 * (files are the host's or refused; stdio needs none of that); HTTP only denied whole.
 */
export declare function p3Serves(policy: Policy, appImports: ExternItem[] | undefined, appExports: ExternItem[] | undefined): {
    serves: Serves;
    proxy?: string;
};
/** The app's WASI imports a 0.3 plan leaves to the host: those it does not serve (checkP3Supported refused the rest). */
export declare function p3HostImports(plan: VirtPlan, appImports: ExternItem[] | undefined): string[];
/** The import rules a policy implies, with the 0.3 names of the functions they name too. */
export declare const withP3Names: (rules: string[]) => string[];
