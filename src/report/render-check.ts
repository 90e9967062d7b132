import type { CheckReport, ReportFormat } from './check-report.js';
import { renderCheckJson, renderChecksJson } from './render-json.js';
import { renderChecksJunit } from './render-junit.js';
import { renderChecksSarif } from './render-sarif.js';
import { renderCheckText, renderChecksText } from './render-text.js';

/** Each format's report of several components; JUnit and SARIF give one component the same shape. */
const combined: Record<ReportFormat, (reports: CheckReport[]) => string> = {
  text: renderChecksText,
  json: renderChecksJson,
  junit: renderChecksJunit,
  sarif: renderChecksSarif,
};

const single: Record<ReportFormat, (report: CheckReport) => string> = {
  text: renderCheckText,
  json: renderCheckJson,
  junit: (report) => renderChecksJunit([report]),
  sarif: (report) => renderChecksSarif([report]),
};

export function renderCheck(report: CheckReport, format: ReportFormat): string {
  return single[format](report);
}

/**
 * One report of several components' verdicts. One component gives exactly its own report
 * (`renderCheck`), so a single file's output does not change.
 */
export function renderChecks(reports: CheckReport[], format: ReportFormat): string {
  return reports.length === 1 ? renderCheck(reports[0]!, format) : combined[format](reports);
}
