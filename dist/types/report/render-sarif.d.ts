import type { CheckReport } from './check-report.js';
/** SARIF 2.1.0 for GitHub code scanning: one result per violation, located at the import's bytes. */
export declare function renderCheckSarif(report: CheckReport): string;
