#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkImports,
  checkReportPath,
  emitReport,
  importRulesFrom,
  loadPolicyFile
} from "./cli-chunk-MP37WULO.js";
import "./cli-chunk-GDACGF3H.js";
import "./cli-chunk-PDQYJNB6.js";
import "./cli-chunk-J6I4HRNZ.js";
import {
  describeComponent,
  loadComponentFile
} from "./cli-chunk-VV5QHUCE.js";
import {
  ExitCode
} from "./cli-chunk-D73CNOAG.js";

// src/pipeline/run-gate.ts
async function runImportGate(input) {
  const sources = [];
  if (input.policyFile) {
    const { imports: imports2 } = await loadPolicyFile(input.policyFile);
    sources.push({
      policy: { allow: imports2?.allow ?? [], deny: imports2?.deny ?? [] },
      allowLabel: `${input.policyFile} allow`,
      denyLabel: `${input.policyFile} deny`
    });
  }
  sources.push({ policy: input.rules, allowLabel: input.allowLabel, denyLabel: input.denyLabel });
  const rules = importRulesFrom(sources);
  const loaded = await loadComponentFile(input.component);
  const imports = describeComponent(loaded.component).imports;
  return { loaded, imports, rules, result: checkImports(imports, rules) };
}

// src/cli/commands/check.ts
async function checkCommand(path, options, io) {
  await checkReportPath(options.reportFile, [{ path, what: "the component checked" }]);
  const { loaded, rules, result } = await runImportGate({
    component: path,
    ...options.policy ? { policyFile: options.policy } : {},
    rules: { allow: options.allow, deny: options.deny },
    allowLabel: "--allow",
    denyLabel: "--deny"
  });
  const report = {
    component: path,
    size: loaded.bytes.length,
    sha256: loaded.sha256,
    rules: { allow: rules.allow.map((p) => p.text), deny: rules.deny.map((p) => p.text) },
    result
  };
  await emitReport(report, options.format, options.reportFile, io);
  return result.passed ? ExitCode.pass : ExitCode.violation;
}
export {
  checkCommand
};
