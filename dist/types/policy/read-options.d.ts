import { type PolicyOption } from './options.js';
import type { PolicyPatch } from './policy.js';
/**
 * The patch a text door (flags, WASI_VIRT_* variables, action inputs) gives: `texts` returns an
 * option's texts (one per flag or line; undefined or none: not given), `label` how messages name
 * it. Options apply in table order, so a later one narrows an earlier (`--stdio` then `--stdout`).
 */
export declare function patchFromTexts(texts: (option: PolicyOption) => string[] | undefined, label: (option: PolicyOption) => string): PolicyPatch;
/**
 * Reads parsed policy-file data (TOML, JSON or YAML) into a patch, with each option's kind,
 * rejecting unknown keys and wrong types; `source` names the file in messages.
 */
export declare function patchFromData(data: unknown, source: string): PolicyPatch;
