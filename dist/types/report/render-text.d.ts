import type { CheckReport } from './check-report.js';
export declare function renderCheckText(report: CheckReport): string;
