import type { CheckReport, ReportFormat } from '../report/check-report.js';
import { renderTextReport, verdictLine } from '../report/render-text.js';
import { escapeControl } from '../escape.js';
import { TOOL_NAME } from '../version.js';
import { writeFileAtomic } from '../sinks/write-file-atomic.js';
import type { Io } from './io.js';

export { checkReportPath } from '../sinks/report-path.js';

/**
 * Puts a gate's report (one component's, or several in one report) where `--format` and
 * `--report-file` say: into the file in the format, with the text summary on stdout; or,
 * without a file, on stdout in the format. Under --quiet (stdout silenced) a failing gate still
 * says why, on stderr: each failing component's violations, then its verdict.
 */
export async function emitReport(
  reports: CheckReport[],
  format: ReportFormat,
  reportFile: string | undefined,
  io: Io,
): Promise<void> {
  if (reportFile) {
    await writeFileAtomic(reportFile, await render(reports, format));
    io.stdout(renderTextReport(reports));
  } else {
    io.stdout(await render(reports, format));
  }
  const failing = reports.filter((r) => !r.result.passed);
  if (io.quiet && failing.length > 0) io.failures?.(failing.map(quietFailure).join(''));
}

/** The report in `format`; the machine formats' renderers (an XML builder among them) load only when asked for. */
async function render(reports: CheckReport[], format: ReportFormat): Promise<string> {
  if (format === 'text') return renderTextReport(reports);
  const { renderChecks } = await import('../report/render-check.js');
  return renderChecks(reports, format);
}

/** A failing gate's violations (`wasi-virt: import ... is denied by ...`) and its verdict line. */
function quietFailure(report: CheckReport): string {
  const violations = report.result.violations.map(
    (v) => `${TOOL_NAME}: ${escapeControl(v.message)}\n`,
  );
  return violations.join('') + verdictLine(report) + '\n';
}
