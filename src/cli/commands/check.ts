import type { CheckReport, ReportFormat } from '../../report/check-report.js';
import { runImportGate } from '../../pipeline/run-gate.js';
import { ExitCode, type Io } from '../io.js';
import { checkReportPath, emitReport } from '../report-output.js';

export interface CheckOptions {
  allow: string[];
  deny: string[];
  policy?: string;
  format: ReportFormat;
  reportFile?: string;
}

export async function checkCommand(path: string, options: CheckOptions, io: Io): Promise<number> {
  await checkReportPath(options.reportFile, [{ path, what: 'the component checked' }]);
  const { loaded, rules, result } = await runImportGate({
    component: path,
    ...(options.policy ? { policyFile: options.policy } : {}),
    rules: { allow: options.allow, deny: options.deny },
    allowLabel: '--allow',
    denyLabel: '--deny',
  });
  const report: CheckReport = {
    component: path,
    size: loaded.bytes.length,
    sha256: loaded.sha256,
    rules: { allow: rules.allow.map((p) => p.text), deny: rules.deny.map((p) => p.text) },
    result,
  };
  await emitReport(report, options.format, options.reportFile, io);
  return result.passed ? ExitCode.pass : ExitCode.violation;
}
