import type { CheckReport } from './check-report.js';
export declare function renderCheckJson(report: CheckReport): string;
