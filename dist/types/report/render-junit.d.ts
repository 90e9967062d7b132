import type { CheckReport } from './check-report.js';
/**
 * JUnit XML as GitLab (`artifacts:reports:junit`) and Jenkins (`junit`) read it: one test
 * suite per component, one test case per import, failed when the import violates the policy.
 */
export declare function renderChecksJunit(reports: CheckReport[]): string;
