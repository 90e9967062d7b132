import type { CheckReport, ReportFormat } from './check-report.js';
export declare function renderCheck(report: CheckReport, format: ReportFormat): string;
