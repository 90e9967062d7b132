import type { CheckReport, ReportFormat } from '../report/check-report.js';
import { renderCheck } from '../report/render-check.js';
import { writeFileAtomic } from '../sinks/write-file-atomic.js';
import type { Io } from './io.js';

/**
 * Puts a gate's report where `--format` and `--report-file` say: into the file in the format,
 * with the text summary on stdout; or, without a file, on stdout in the format.
 */
export async function emitReport(
  report: CheckReport,
  format: ReportFormat,
  reportFile: string | undefined,
  io: Io,
): Promise<void> {
  if (reportFile) {
    await writeFileAtomic(reportFile, renderCheck(report, format));
    io.stdout(renderCheck(report, 'text'));
  } else {
    io.stdout(renderCheck(report, format));
  }
}
