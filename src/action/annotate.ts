import * as core from '@actions/core';
import type { Violation } from '../verify/check-imports.js';
import { capLine, escapeControl, safeLogLine } from '../escape.js';

/** GitHub shows at most 10 annotations of a kind per step; the rest go to the log and the summary. */
export const MAX_ANNOTATIONS = 10;

/** Errors when the violations fail the step, warnings when they are only reported. */
export function annotateViolations(violations: Violation[], file: string, failing: boolean): void {
  const annotate = failing ? core.error : core.warning;
  violations.forEach((v, i) => {
    if (i < MAX_ANNOTATIONS)
      annotate(capLine(escapeControl(v.message)), {
        title: 'wasi-virt: forbidden import',
        file: escapeControl(file),
      });
    else core.info(capLine(safeLogLine(v.message)));
  });
  if (violations.length > MAX_ANNOTATIONS)
    core.info(
      `${violations.length - MAX_ANNOTATIONS} more violation(s) than GitHub annotates; all are in the job summary`,
    );
}
