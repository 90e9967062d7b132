import type { CheckResult, ImportRules } from '../verify/check-imports.js';

/** Everything a report of one `check` run says, whatever its format. */
export interface CheckReport {
  /** The component path as the user gave it. */
  component: string;
  size: number;
  sha256: string;
  rules: { allow: string[]; deny: string[] };
  result: CheckResult;
}

export type ReportFormat = 'text' | 'json' | 'junit' | 'sarif';
export const reportFormats: ReportFormat[] = ['text', 'json', 'junit', 'sarif'];

/** The report of one component's gate: the file as `component` names it, its bytes' size and hash, the rules' texts. */
export function checkReport(
  component: string,
  file: { bytes: Uint8Array; sha256: string },
  rules: ImportRules,
  result: CheckResult,
): CheckReport {
  return {
    component,
    size: file.bytes.length,
    sha256: file.sha256,
    rules: { allow: rules.allow.map((p) => p.text), deny: rules.deny.map((p) => p.text) },
    result,
  };
}
