import type { CheckReport } from './check-report.js';
/**
 * SARIF 2.1.0 for GitHub code scanning: one run, each component one of its artifacts, one
 * result per violation, located at the import's bytes in its component.
 */
export declare function renderChecksSarif(reports: CheckReport[]): string;
