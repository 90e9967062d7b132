import type { ExternItem } from '../inspect/component-interface.js';
import { type Policy } from '../policy/policy.js';
/** Refuses, in one line, what the adapter cannot do at WASI 0.3 (exit 2, nothing written). */
export declare function checkP3Supported(policy: Policy, appImports: ExternItem[] | undefined): void;
/** The import rules a policy implies, with the 0.3 names of the functions they name too. */
export declare const withP3Names: (rules: string[]) => string[];
