import type { CheckReport } from './check-report.js';
/** `PASS: out.wasm: 3 import(s), 0 violation(s)`: the verdict, the text report's last line. */
export declare function verdictLine(report: CheckReport): string;
export declare function renderCheckText(report: CheckReport): string;
/** Each component's table and verdict, a blank line apart, then one line for them all. */
export declare function renderChecksText(reports: CheckReport[]): string;
/** The text report of one component or of several (renderChecks' text format). */
export declare const renderTextReport: (reports: CheckReport[]) => string;
