import type { ImportRules } from './check-imports.js';
import { parsePattern } from './pattern.js';
import type { ImportPolicy } from '../policy/policy.js';

export interface RuleSource {
  policy: ImportPolicy;
  /** How rules from this source are named in messages, e.g. `--deny` or `policy.toml deny`. */
  allowLabel: string;
  denyLabel: string;
}

/** Parses the patterns of every source into one rule set; later sources add to earlier ones. */
export function importRulesFrom(sources: RuleSource[]): ImportRules {
  return {
    allow: sources.flatMap((s) => s.policy.allow.map((p) => parsePattern(p, s.allowLabel))),
    deny: sources.flatMap((s) => s.policy.deny.map((p) => parsePattern(p, s.denyLabel))),
  };
}
