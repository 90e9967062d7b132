import { describeComponent } from '../../inspect/component-interface.js';
import { loadComponentFile } from '../../inspect/load-component.js';
import { importRulesFrom, type RuleSource } from '../../policy/import-rules.js';
import { loadPolicyFile } from '../../policy/load-policy-file.js';
import type { CheckReport, ReportFormat } from '../../report/check-report.js';
import { renderCheck } from '../../report/render-check.js';
import { writeFileAtomic } from '../../sinks/write-file-atomic.js';
import { checkImports } from '../../verify/check-imports.js';
import { ExitCode, type Io } from '../io.js';

export interface CheckOptions {
  allow: string[];
  deny: string[];
  policy?: string;
  format: ReportFormat;
  reportFile?: string;
}

export async function checkCommand(path: string, options: CheckOptions, io: Io): Promise<number> {
  const sources: RuleSource[] = [];
  if (options.policy) {
    const policy = await loadPolicyFile(options.policy);
    sources.push({
      policy: { allow: policy.imports?.allow ?? [], deny: policy.imports?.deny ?? [] },
      allowLabel: `${options.policy} allow`,
      denyLabel: `${options.policy} deny`,
    });
  }
  sources.push({
    policy: { allow: options.allow, deny: options.deny },
    allowLabel: '--allow',
    denyLabel: '--deny',
  });
  // Parse rules before reading the component, so a bad pattern is reported as such.
  const rules = importRulesFrom(sources);
  const loaded = await loadComponentFile(path);
  const result = checkImports(describeComponent(loaded.component).imports, rules);
  const report: CheckReport = {
    component: path,
    size: loaded.bytes.length,
    sha256: loaded.sha256,
    rules: { allow: rules.allow.map((p) => p.text), deny: rules.deny.map((p) => p.text) },
    result,
  };
  if (options.reportFile) {
    await writeFileAtomic(options.reportFile, renderCheck(report, options.format));
    io.stdout(renderCheck(report, 'text'));
  } else {
    io.stdout(renderCheck(report, options.format));
  }
  return result.passed ? ExitCode.pass : ExitCode.violation;
}
