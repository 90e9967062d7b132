import type { ImportRules } from './check-imports.js';
import type { ImportPolicy } from '../policy/policy.js';
export interface RuleSource {
    policy: ImportPolicy;
    /** How rules from this source are named in messages, e.g. `--deny` or `policy.toml deny`. */
    allowLabel: string;
    denyLabel: string;
}
/** Parses the patterns of every source into one rule set; later sources add to earlier ones. */
export declare function importRulesFrom(sources: RuleSource[]): ImportRules;
