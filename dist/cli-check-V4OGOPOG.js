#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkImports,
  checkReportPath,
  emitReport,
  importRulesFrom,
  loadPolicyFile
} from "./cli-chunk-JBI3I7IX.js";
import "./cli-chunk-XBEZ52VL.js";
import {
  checkReport
} from "./cli-chunk-TKD3IPQR.js";
import "./cli-chunk-YZRDJLEZ.js";
import "./cli-chunk-LFKXUR6K.js";
import {
  describeComponent,
  loadComponentFile
} from "./cli-chunk-NM47T7QE.js";
import "./cli-chunk-3Y5FLEB3.js";
import {
  ExitCode
} from "./cli-chunk-OQZ2DEPI.js";
import "./cli-chunk-UKGU73DF.js";
import "./cli-chunk-3NZDDQY7.js";
import "./cli-chunk-HWCCQPND.js";

// src/pipeline/run-gate.ts
async function gateRules(input) {
  const sources = [];
  if (input.policyFile) {
    const { imports } = await loadPolicyFile(input.policyFile);
    sources.push({
      policy: { allow: imports?.allow ?? [], deny: imports?.deny ?? [] },
      allowLabel: `${input.policyFile} allow`,
      denyLabel: `${input.policyFile} deny`
    });
  }
  sources.push({ policy: input.rules, allowLabel: input.allowLabel, denyLabel: input.denyLabel });
  return importRulesFrom(sources);
}
async function runImportGates(input) {
  const rules = await gateRules(input);
  const loaded = [];
  for (const component of input.components) loaded.push(await loadComponentFile(component));
  const gates = loaded.map((l) => {
    const imports = describeComponent(l.component).imports;
    return { loaded: l, imports, result: checkImports(imports, rules) };
  });
  return { rules, gates };
}

// src/cli/commands/check.ts
async function checkCommand(paths, options, io) {
  await checkReportPath(
    options.reportFile,
    paths.map((path) => ({
      path,
      what: paths.length === 1 ? "the component checked" : "a component checked"
    }))
  );
  const { rules, gates } = await runImportGates({
    components: paths,
    ...options.policy ? { policyFile: options.policy } : {},
    rules: { allow: options.allow, deny: options.deny },
    allowLabel: "--allow",
    denyLabel: "--deny"
  });
  const reports = gates.map(
    ({ loaded, result }) => checkReport(loaded.path, loaded, rules, result)
  );
  await emitReport(reports, options.format, options.reportFile, io);
  return reports.every((r) => r.result.passed) ? ExitCode.pass : ExitCode.violation;
}
export {
  checkCommand
};
