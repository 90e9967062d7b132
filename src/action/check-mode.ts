import * as core from '@actions/core';
import { runImportGates } from '../pipeline/run-gate.js';
import { checkReport } from '../report/check-report.js';
import { safeLogLine } from '../escape.js';
import { annotateViolations } from './annotate.js';
import { renderCheckSummary } from './check-summary.js';
import type { ActionInputs } from './inputs.js';
import { resolveComponents } from './resolve-component.js';
import { shown, workspaceDir } from './workspace.js';
import { checkActionReportPath, writeActionReport } from './write-report.js';

/**
 * mode: check: a pure gate. Each component's own imports are checked against
 * allowed-imports, forbidden-imports and the policy file's `[imports]`; nothing is
 * virtualized, written (but the report, when asked for) or uploaded. One summary row and one
 * report entry per component; the step fails if any component violates.
 */
export async function runCheck(inputs: ActionInputs): Promise<void> {
  const workspace = workspaceDir();
  const { files, hiddenSkipped } = await resolveComponents(inputs.components, 'check', {
    includeHidden: inputs.includeHiddenFiles,
    workspace,
  });
  await checkActionReportPath(
    inputs.report,
    workspace,
    files.map((path) => ({
      path,
      what: files.length === 1 ? 'the component checked' : 'a component checked',
    })),
  );
  const { rules, gates } = await runImportGates({
    components: files,
    ...(inputs.policyFile ? { policyFile: inputs.policyFile } : {}),
    rules: { allow: [], deny: [], ...inputs.policy.patch.imports },
    allowLabel: 'allowed-imports',
    denyLabel: 'forbidden-imports',
  });
  const reports = gates.map(({ loaded, result }) =>
    checkReport(shown(loaded.path), loaded, rules, result),
  );
  const violations = reports.reduce((n, r) => n + r.result.violations.length, 0);
  const failingComponents = reports.filter((r) => !r.result.passed).length;
  const failing = failingComponents > 0 && inputs.failOnViolation;

  for (const r of reports)
    core.info(
      safeLogLine(
        `${r.result.passed ? 'pass' : 'FAIL'}: ${r.component}: ${r.result.imports.length} import(s), ${r.result.violations.length} violation(s)`,
      ),
    );
  annotateViolations(
    reports.map((r) => ({ component: r.component, violations: r.result.violations })),
    failing,
  );
  core.setOutput('violations', String(violations));
  let reportFile: string | undefined;
  if (inputs.report) {
    reportFile = shown(await writeActionReport(inputs.report, reports, workspace));
    core.setOutput('report-path', reportFile);
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    const summary = renderCheckSummary({
      reports,
      rules,
      hiddenSkipped,
      failOnViolation: inputs.failOnViolation,
      ...(reportFile && inputs.report
        ? { report: { path: reportFile, format: inputs.report.format } }
        : {}),
    });
    await core.summary.addRaw(summary, true).write();
  }
  if (failing)
    core.setFailed(
      safeLogLine(
        `${violations} import policy violation(s) in ${failingComponents} of ${reports.length} component(s); see the annotations and the job summary`,
      ),
    );
}
