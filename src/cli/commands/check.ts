import { checkReport, type ReportFormat } from '../../report/check-report.js';
import { runImportGates } from '../../pipeline/run-gate.js';
import { ExitCode, type Io } from '../io.js';
import { checkReportPath, emitReport } from '../report-output.js';

export interface CheckOptions {
  allow: string[];
  deny: string[];
  policy?: string;
  format: ReportFormat;
  reportFile?: string;
}

/** Checks one or more components against one set of rules: one report, exit 1 if any violates. */
export async function checkCommand(
  paths: string[],
  options: CheckOptions,
  io: Io,
): Promise<number> {
  await checkReportPath(
    options.reportFile,
    paths.map((path) => ({
      path,
      what: paths.length === 1 ? 'the component checked' : 'a component checked',
    })),
  );
  const { rules, gates } = await runImportGates({
    components: paths,
    ...(options.policy ? { policyFile: options.policy } : {}),
    rules: { allow: options.allow, deny: options.deny },
    allowLabel: '--allow',
    denyLabel: '--deny',
  });
  const reports = gates.map(({ loaded, result }) =>
    checkReport(loaded.path, loaded, rules, result),
  );
  await emitReport(reports, options.format, options.reportFile, io);
  return reports.every((r) => r.result.passed) ? ExitCode.pass : ExitCode.violation;
}
