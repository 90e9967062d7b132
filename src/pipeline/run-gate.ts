import { describeComponent, type ExternItem } from '../inspect/component-interface.js';
import { loadComponentFile, type LoadedComponent } from '../inspect/load-component.js';
import { importRulesFrom, type RuleSource } from '../verify/import-rules.js';
import { loadPolicyFile } from '../policy/load-policy-file.js';
import type { ImportPolicy } from '../policy/policy.js';
import { checkImports, type CheckResult, type ImportRules } from '../verify/check-imports.js';

export interface GatesInput {
  components: string[];
  /** A policy file whose `[imports]` rules apply first. */
  policyFile?: string;
  /** Rules given directly (flags or action inputs), and how messages name them. */
  rules: ImportPolicy;
  allowLabel: string;
  denyLabel: string;
}

/** One component's verdict. */
export interface ComponentGate {
  loaded: LoadedComponent;
  imports: ExternItem[];
  result: CheckResult;
}

export interface GatesOutcome {
  rules: ImportRules;
  /** In the order the components were given. */
  gates: ComponentGate[];
}

/** Rules from a policy file, then the direct rules, parsed (a bad pattern is reported as such). */
async function gateRules(input: GatesInput): Promise<ImportRules> {
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
  return importRulesFrom(sources);
}

/**
 * The import gate over several components: the rules parsed once, then every component read
 * (a bad one is an input error naming it, before any verdict), then each one's imports checked.
 */
export async function runImportGates(input: GatesInput): Promise<GatesOutcome> {
  const rules = await gateRules(input);
  const loaded: LoadedComponent[] = [];
  for (const component of input.components) loaded.push(await loadComponentFile(component));
  const gates = loaded.map((l) => {
    const imports = describeComponent(l.component).imports;
    return { loaded: l, imports, result: checkImports(imports, rules) };
  });
  return { rules, gates };
}
