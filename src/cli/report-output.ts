import type { CheckReport, ReportFormat } from '../report/check-report.js';
import { renderChecks } from '../report/render-check.js';
import { writeFileAtomic } from '../sinks/write-file-atomic.js';
import type { Io } from './io.js';

export { checkReportPath } from '../sinks/report-path.js';

/**
 * Puts a gate's report (one component's, or several in one report) where `--format` and
 * `--report-file` say: into the file in the format, with the text summary on stdout; or,
 * without a file, on stdout in the format.
 */
export async function emitReport(
  reports: CheckReport[],
  format: ReportFormat,
  reportFile: string | undefined,
  io: Io,
): Promise<void> {
  if (reportFile) {
    await writeFileAtomic(reportFile, renderChecks(reports, format));
    io.stdout(renderChecks(reports, 'text'));
  } else {
    io.stdout(renderChecks(reports, format));
  }
}
