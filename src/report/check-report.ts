import { withSha256 } from '../digest.js';
import type { CheckResult, ImportRules } from '../verify/check-imports.js';

/** Everything a report of one `check` run says, whatever its format. */
export interface CheckReport {
  /** The component path as the user gave it. */
  component: string;
  size: number;
  readonly sha256: string;
  rules: { allow: string[]; deny: string[] };
  result: CheckResult;
}

export type ReportFormat = 'text' | 'json' | 'junit' | 'sarif';
export const reportFormats: ReportFormat[] = ['text', 'json', 'junit', 'sarif'];

/**
 * The report of one component's gate: the file as `component` names it, its bytes' size and
 * hash (computed when a format first shows it), the rules' texts.
 */
export function checkReport(
  component: string,
  file: { bytes: Uint8Array },
  rules: ImportRules,
  result: CheckResult,
): CheckReport {
  return withSha256(
    {
      component,
      size: file.bytes.length,
      rules: { allow: rules.allow.map((p) => p.text), deny: rules.deny.map((p) => p.text) },
      result,
    },
    file.bytes,
  );
}
