import type { CheckResult } from '../verify/check-imports.js';
/** Everything a report of one `check` run says, whatever its format. */
export interface CheckReport {
    /** The component path as the user gave it. */
    component: string;
    size: number;
    sha256: string;
    rules: {
        allow: string[];
        deny: string[];
    };
    result: CheckResult;
}
export type ReportFormat = 'text' | 'json' | 'junit' | 'sarif';
export declare const reportFormats: ReportFormat[];
