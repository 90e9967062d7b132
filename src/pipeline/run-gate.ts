import { describeComponent, type ExternItem } from '../inspect/component-interface.js';
import { loadComponentFile, type LoadedComponent } from '../inspect/load-component.js';
import { importRulesFrom, type RuleSource } from '../verify/import-rules.js';
import { loadPolicyFile } from '../policy/load-policy-file.js';
import type { ImportPolicy } from '../policy/policy.js';
import { checkImports, type CheckResult, type ImportRules } from '../verify/check-imports.js';

export interface GateInput {
  component: string;
  /** A policy file whose `[imports]` rules apply first. */
  policyFile?: string;
  /** Rules given directly (flags or action inputs), and how messages name them. */
  rules: ImportPolicy;
  allowLabel: string;
  denyLabel: string;
}

export interface GateOutcome {
  loaded: LoadedComponent;
  imports: ExternItem[];
  rules: ImportRules;
  result: CheckResult;
}

/** The import gate, front to back: rules from a policy file and direct rules, then the component's imports checked. */
export async function runImportGate(input: GateInput): Promise<GateOutcome> {
  const sources: RuleSource[] = [];
  if (input.policyFile) {
    const { imports } = await loadPolicyFile(input.policyFile);
    sources.push({
      policy: { allow: imports?.allow ?? [], deny: imports?.deny ?? [] },
      allowLabel: `${input.policyFile} allow`,
      denyLabel: `${input.policyFile} deny`,
    });
  }
  sources.push({ policy: input.rules, allowLabel: input.allowLabel, denyLabel: input.denyLabel });
  // Parse rules before reading the component, so a bad pattern is reported as such.
  const rules = importRulesFrom(sources);
  const loaded = await loadComponentFile(input.component);
  const imports = describeComponent(loaded.component).imports;
  return { loaded, imports, rules, result: checkImports(imports, rules) };
}
