import type { CheckReport } from './check-report.js';
export declare function renderCheckJson(report: CheckReport): string;
/** Several components in one report: `passed` is every component's, each has its own entry. */
export declare function renderChecksJson(reports: CheckReport[]): string;
