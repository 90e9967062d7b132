import * as core from '@actions/core';
import type { Violation } from '../verify/check-imports.js';
import { capLine, escapeControl, safeLogLine } from '../escape.js';

/** GitHub shows at most 10 annotations of a kind per step; the rest go to the log and the summary. */
export const MAX_ANNOTATIONS = 10;

/** A component's violations, `component` its path in the workspace. */
export interface ComponentViolations {
  component: string;
  violations: Violation[];
}

/**
 * Errors when the violations fail the step, warnings when they are only reported; each
 * message names the component and the import, and the annotation's file is the component.
 */
export function annotateViolations(found: ComponentViolations[], failing: boolean): void {
  const annotate = failing ? core.error : core.warning;
  const all = found.flatMap(({ component, violations }) =>
    violations.map((v) => ({ component, message: `${component}: ${v.message}` })),
  );
  all.forEach(({ component, message }, i) => {
    if (i < MAX_ANNOTATIONS)
      annotate(capLine(escapeControl(message)), {
        title: 'wasi-virt: forbidden import',
        file: escapeControl(component),
      });
    else core.info(capLine(safeLogLine(message)));
  });
  if (all.length > MAX_ANNOTATIONS)
    core.info(
      `${all.length - MAX_ANNOTATIONS} more violation(s) than GitHub annotates; all are in the job summary`,
    );
}
