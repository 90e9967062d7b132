import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { UserInputError } from '../errors.js';
import { loadComponentFile } from '../inspect/load-component.js';
import { virtualizeAndVerify } from '../pipeline/virtualize-and-verify.js';
import { writeFileAtomic } from '../sinks/write-file-atomic.js';
import { annotateViolations } from './annotate.js';
import { buildPolicy } from './build-policy.js';
import { readActionInput } from './input-reader.js';
import { readInputs } from './inputs.js';
import { resolveComponent } from './resolve-component.js';
import { renderSummary } from './summary.js';
import { trapEntries } from '../virt/plan-entries.js';
import { upload } from './upload.js';
import { writeResultBundle } from './write-bundle.js';
import { capLine, escapeControl, safeLogLine } from '../escape.js';

const defaultOutput = (component: string) =>
  join(dirname(component), `${basename(component, '.wasm')}.virt.wasm`);

/** What annotations and the summary call a file: its path in the workspace. */
const shown = (path: string) => relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), path);

/**
 * The action: inputs → policy → virtual adapter composed into the component →
 * the output's imports verified → written, bundled, uploaded. Every input is
 * checked before anything is generated, written or uploaded.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs(readActionInput);
    for (const warning of inputs.warnings) core.warning(warning);
    const tempRoot = process.env.RUNNER_TEMP || tmpdir();
    const component = await resolveComponent(inputs.component);
    const app = await loadComponentFile(component);
    const { policy, staged, data } = await buildPolicy(inputs, tempRoot);

    const outcome = await virtualizeAndVerify({
      policy,
      app,
      importLabels: { allow: 'allowed-imports', deny: 'forbidden-imports' },
    }).finally(() => staged.remove());
    for (const warning of outcome.generated.warnings) core.warning(capLine(escapeControl(warning)));
    const output = inputs.output || defaultOutput(component);
    await writeFileAtomic(output, outcome.bytes);

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
    annotateViolations(violations, shown(component), failing);

    let uploads = { outputs: {} as Record<string, string>, lines: [] as string[] };
    if (!failing) {
      let bundle: string | undefined;
      if (inputs.bundle === 'tar.gz') {
        bundle = await writeResultBundle(output, outcome, data);
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

    if (process.env.GITHUB_STEP_SUMMARY) {
      const summary = renderSummary({
        component: shown(component),
        output: shown(output),
        sha256: outcome.sha256,
        size: outcome.bytes.length,
        importsBefore: outcome.importsBefore ?? [],
        importsAfter: outcome.importsAfter,
        plan: outcome.generated.plan,
        traps: trapEntries(outcome.generated.plan),
        mounted: outcome.generated.mounted.map((f) => ({
          ...f,
          host: shown(staged.originals.get(f.host) ?? f.host),
        })),
        hiddenSkipped: staged.hiddenSkipped,
        violations,
        failOnViolation: inputs.failOnViolation,
        uploads: uploads.lines,
      });
      await core.summary.addRaw(summary, true).write();
    }
    if (failing)
      core.setFailed(
        safeLogLine(
          `${violations.length} import policy violation(s) in ${shown(output)}; see the annotations and the job summary`,
        ),
      );
  } catch (error) {
    core.setFailed(
      error instanceof UserInputError
        ? capLine(safeLogLine(error.message))
        : String((error as Error).stack ?? error),
    );
  }
}
