import type { PolicyPatch } from './policy.js';
/** Reads a TOML, JSON or YAML policy file (chosen by extension) into a policy patch. */
export declare function loadPolicyFile(path: string): Promise<PolicyPatch>;
