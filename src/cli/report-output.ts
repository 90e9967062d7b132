import type { CheckReport, ReportFormat } from '../report/check-report.js';
import { renderCheck } from '../report/render-check.js';
import { verdictLine } from '../report/render-text.js';
import { escapeControl } from '../escape.js';
import { TOOL_NAME } from '../version.js';
import { resolve } from 'node:path';
import { UserInputError } from '../errors.js';
import { sameFile, writeFileAtomic } from '../sinks/write-file-atomic.js';
import type { Io } from './io.js';

/**
 * Puts a gate's report where `--format` and `--report-file` say: into the file in the format,
 * with the text summary on stdout; or, without a file, on stdout in the format. Under --quiet
 * (stdout silenced) a failing gate still says why, on stderr: each violation, then the verdict.
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
  if (io.quiet && !report.result.passed) io.failures?.(quietFailure(report));
}

/** A failing gate's violations (`wasi-virt: import ... is denied by ...`) and its verdict line. */
function quietFailure(report: CheckReport): string {
  const violations = report.result.violations.map(
    (v) => `${TOOL_NAME}: ${escapeControl(v.message)}\n`,
  );
  return violations.join('') + verdictLine(report) + '\n';
}

/**
 * Refuses a report file that is one of the run's own files (the component read,
 * the output written): the report would replace it. Checked before any work.
 */
export async function checkReportPath(
  reportFile: string | undefined,
  files: { path: string | undefined; what: string }[],
): Promise<void> {
  if (!reportFile) return;
  for (const { path, what } of files) {
    if (path && (resolve(path) === resolve(reportFile) || (await sameFile(path, reportFile))))
      throw new UserInputError(
        `--report-file '${reportFile}' is ${what}; the report would replace it: give the report another path`,
      );
  }
}
