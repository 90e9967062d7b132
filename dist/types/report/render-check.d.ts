import type { CheckReport, ReportFormat } from './check-report.js';
export declare function renderCheck(report: CheckReport, format: ReportFormat): string;
/**
 * One report of several components' verdicts. One component gives exactly its own report
 * (`renderCheck`), so a single file's output does not change.
 */
export declare function renderChecks(reports: CheckReport[], format: ReportFormat): string;
