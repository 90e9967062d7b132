import * as core from '@actions/core';
import { writeFileAtomic } from '../sinks/write-file-atomic.js';
import { annotateViolations } from './annotate.js';
import type { ActionInputs } from './inputs.js';
import { resolveComponents } from './resolve-component.js';
import { checkActionReportPath, writeActionReport } from './write-report.js';
import { shown, workspaceDir } from './workspace.js';
import { checkReport } from '../report/check-report.js';
import { renderSummary } from './summary.js';
import { upload } from './upload.js';
import { writeResultBundle } from './write-bundle.js';
import { safeLogLine } from '../escape.js';
import {
  componentRun,
  defaultOutput,
  generateAll,
  sharedSummary,
  writeJobSummary,
} from './virtualize-parts.js';
import { runVirtualizeMany } from './virtualize-many.js';

/**
 * mode: virtualize: policy → virtual adapter composed into the component →
 * the output's imports verified → written, reported, bundled, uploaded. Every input is
 * checked before anything is generated, written or uploaded. A `components` glob matching
 * several files virtualizes each (virtualize-many.ts).
 */
export async function runVirtualize(inputs: ActionInputs, tempRoot: string): Promise<void> {
  const workspace = workspaceDir();
  const { files, hiddenSkipped } = await resolveComponents(inputs.components, 'virtualize', {
    includeHidden: inputs.includeHiddenFiles,
    workspace,
  });
  if (hiddenSkipped > 0)
    core.info(
      `input 'components': ${hiddenSkipped} hidden match(es) left out (include-hidden-files: true takes them)`,
    );
  if (files.length > 1) return runVirtualizeMany(inputs, tempRoot, { files, hiddenSkipped });
  const component = files[0]!;
  const output = inputs.output || defaultOutput(component);
  await checkActionReportPath(inputs.report, workspace, [
    { path: component, what: 'the component virtualized' },
    { path: output, what: 'the output component' },
  ]);
  const generated = await generateAll(inputs, tempRoot, [component]);
  const outcome = generated.outcomes[0]!;
  await writeFileAtomic(output, outcome.bytes);
  if (inputs.report) {
    const report = checkReport(shown(output), outcome, outcome.rules, outcome.check);
    core.setOutput(
      'report-path',
      shown(await writeActionReport(inputs.report, [report], workspace)),
    );
  }

  const { check } = outcome;
  const violations = check.violations;
  const failing = !check.passed && inputs.failOnViolation;
  core.setOutput('component-path', output);
  core.setOutput('imports', JSON.stringify(outcome.importsAfter.map((i) => i.name)));
  core.setOutput('violations', String(violations.length));
  core.setOutput('sha256', outcome.sha256);
  core.info(
    safeLogLine(
      `${shown(component)} → ${shown(output)} (${outcome.bytes.length} bytes): ` +
        `${outcome.importsAfter.length} import(s), ${violations.length} violation(s)`,
    ),
  );
  annotateViolations([{ component: shown(component), violations }], failing);

  let uploads = { outputs: {} as Record<string, string>, lines: [] as string[] };
  if (!failing) {
    let bundle: string | undefined;
    if (inputs.bundle === 'tar.gz') {
      bundle = await writeResultBundle(output, outcome, generated.data);
      core.setOutput('bundle-path', bundle);
      // The deprecated name of bundle-path, kept for workflows that read it.
      core.setOutput('archive-path', bundle);
    }
    uploads = await upload(
      inputs.upload,
      { component: output, ...(bundle ? { bundle } : {}) },
      tempRoot,
    );
    for (const [name, value] of Object.entries(uploads.outputs)) core.setOutput(name, value);
  }

  await writeJobSummary(() =>
    renderSummary({
      ...componentRun(component, output, outcome),
      ...sharedSummary(generated, inputs.failOnViolation, uploads.lines),
    }),
  );
  if (failing)
    core.setFailed(
      safeLogLine(
        `${violations.length} import policy violation(s) in ${shown(output)}; see the annotations and the job summary`,
      ),
    );
}
