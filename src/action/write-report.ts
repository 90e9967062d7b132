import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CheckReport } from '../report/check-report.js';
import { renderChecks } from '../report/render-check.js';
import { checkReportPath } from '../sinks/report-path.js';
import { writeFileAtomic } from '../sinks/write-file-atomic.js';
import type { ReportInputs } from './inputs.js';

/** Where `report-file` goes: resolved from the workspace. */
export const reportPath = (report: ReportInputs, workspace: string) =>
  resolve(workspace, report.file);

/** Refuses a report file that is a component read or the output written, before any work. */
export async function checkActionReportPath(
  report: ReportInputs | undefined,
  workspace: string,
  files: { path: string | undefined; what: string }[],
): Promise<void> {
  if (report) await checkReportPath(reportPath(report, workspace), files, "input 'report-file'");
}

/**
 * `report-format` / `report-file`: the gate's report of every component (one report, however
 * many), written atomically into the workspace, its directory made if missing. Returns its path.
 */
export async function writeActionReport(
  report: ReportInputs,
  reports: CheckReport[],
  workspace: string,
): Promise<string> {
  const path = reportPath(report, workspace);
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, renderChecks(reports, report.format));
  return path;
}
