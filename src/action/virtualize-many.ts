import * as core from '@actions/core';
import { mkdir, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { UserInputError } from '../errors.js';
import { safeLogLine } from '../escape.js';
import { checkReport } from '../report/check-report.js';
import { writeFileAtomic } from '../sinks/write-file-atomic.js';
import { annotateViolations } from './annotate.js';
import type { ActionInputs } from './inputs.js';
import { renderManySummary } from './many-summary.js';
import type { ResolvedComponents } from './resolve-component.js';
import { uploadMany, type UploadResult } from './upload.js';
import {
  componentRun,
  defaultOutput,
  generateAll,
  sharedSummary,
  writeJobSummary,
} from './virtualize-parts.js';
import { shown, workspaceDir } from './workspace.js';
import { writeResultBundle } from './write-bundle.js';
import { checkActionReportPath, writeActionReport } from './write-report.js';

/** The first two of `items` that `key` gives the same value, if any. */
function firstClash<T>(items: T[], key: (item: T) => string): [T, T] | undefined {
  const seen = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const earlier = seen.get(k);
    if (earlier !== undefined) return [earlier, item];
    seen.set(k, item);
  }
  return undefined;
}

/**
 * Where each component's output goes: `<name>.virt.wasm` next to it, or in the directory
 * `output`. Refused before anything is read: `output` naming a file, two outputs at one path,
 * two release assets of one name, an output that is one of the components matched.
 */
async function placeOutputs(files: string[], inputs: ActionInputs): Promise<string[]> {
  const dir = inputs.output;
  if (dir) {
    const info = await stat(dir).catch(() => undefined);
    if ((info && !info.isDirectory()) || (!info && dir.endsWith('.wasm')))
      throw new UserInputError(
        `input 'output' '${dir}' names a file, but input 'components' matches ${files.length} components: ` +
          'give a directory (each output is <output>/<name>.virt.wasm), or leave output empty to write each next to its component',
      );
  }
  const pairs = files.map((component) => ({
    component,
    output: dir ? defaultOutput(component, dir) : defaultOutput(component),
  }));
  const same = firstClash(pairs, (p) => resolve(p.output));
  if (same)
    throw new UserInputError(
      `input 'components': '${same[0].component}' and '${same[1].component}' have the same name, so both outputs would be '${same[0].output}'; ` +
        'rename one, narrow the globs, or leave output empty to write each next to its component',
    );
  const asset = inputs.upload.mode === 'release' && firstClash(pairs, (p) => basename(p.output));
  if (asset)
    throw new UserInputError(
      `input 'components': '${asset[0].component}' and '${asset[1].component}' have the same name, so both would go up as the release asset '${basename(asset[0].output)}'; ` +
        'rename one, or narrow the globs',
    );
  const inputsRead = new Map(files.map((f) => [resolve(f), f]));
  for (const { component, output } of pairs) {
    const replaced = inputsRead.get(resolve(output));
    if (replaced)
      throw new UserInputError(
        `input 'components': the output of '${component}' would be '${output}', which is a component matched too and would be replaced; ` +
          `exclude outputs from the globs (for example !**/*.virt.wasm)`,
      );
  }
  return pairs.map((p) => p.output);
}

/**
 * mode: virtualize over several components, one policy: every input checked, every component
 * read, virtualized and verified in memory; then every output written (violating ones too, as
 * with one component) and the report; then, only if no output fails the gate (or
 * fail-on-violation is false), the bundles and the uploads. One summary row per component;
 * the step fails if any violates.
 */
export async function runVirtualizeMany(
  inputs: ActionInputs,
  tempRoot: string,
  resolved: ResolvedComponents,
): Promise<void> {
  const workspace = workspaceDir();
  const { files } = resolved;
  const outputs = await placeOutputs(files, inputs);
  await checkActionReportPath(inputs.report, workspace, [
    ...files.map((path) => ({ path, what: 'a component virtualized' })),
    ...outputs.map((path) => ({ path, what: 'an output component' })),
  ]);
  const generated = await generateAll(inputs, tempRoot, files);
  const { outcomes } = generated;

  if (inputs.output) await mkdir(inputs.output, { recursive: true });
  for (const [i, output] of outputs.entries()) await writeFileAtomic(output, outcomes[i]!.bytes);
  if (inputs.report) {
    const reports = outcomes.map((o, i) => checkReport(shown(outputs[i]!), o, o.rules, o.check));
    core.setOutput(
      'report-path',
      shown(await writeActionReport(inputs.report, reports, workspace)),
    );
  }

  const violations = outcomes.reduce((n, o) => n + o.check.violations.length, 0);
  const failingComponents = outcomes.filter((o) => !o.check.passed).length;
  const failing = failingComponents > 0 && inputs.failOnViolation;
  const byOutput = (value: (i: number) => unknown) =>
    JSON.stringify(Object.fromEntries(outputs.map((output, i) => [output, value(i)])));
  core.setOutput('component-path', outputs.join('\n'));
  core.setOutput(
    'imports',
    byOutput((i) => outcomes[i]!.importsAfter.map((x) => x.name)),
  );
  core.setOutput('violations', String(violations));
  core.setOutput(
    'sha256',
    byOutput((i) => outcomes[i]!.sha256),
  );
  for (const [i, o] of outcomes.entries())
    core.info(
      safeLogLine(
        `${o.check.passed ? 'pass' : 'FAIL'}: ${shown(files[i]!)} → ${shown(outputs[i]!)} (${o.bytes.length} bytes): ` +
          `${o.importsAfter.length} import(s), ${o.check.violations.length} violation(s)`,
      ),
    );
  annotateViolations(
    outcomes.map((o, i) => ({ component: shown(files[i]!), violations: o.check.violations })),
    failing,
  );

  let uploads: UploadResult = { outputs: {}, lines: [] };
  if (!failing) {
    const bundles: string[] = [];
    if (inputs.bundle === 'tar.gz') {
      for (const [i, output] of outputs.entries())
        bundles.push(await writeResultBundle(output, outcomes[i]!, generated.data));
      core.setOutput('bundle-path', bundles.join('\n'));
      core.setOutput('archive-path', bundles.join('\n'));
    }
    uploads = await uploadMany(
      inputs.upload,
      outputs.map((component, i) => ({
        component,
        ...(bundles[i] ? { bundle: bundles[i] } : {}),
      })),
    );
    for (const [name, value] of Object.entries(uploads.outputs)) core.setOutput(name, value);
  }

  await writeJobSummary(() =>
    renderManySummary({
      runs: outcomes.map((o, i) => componentRun(files[i]!, outputs[i]!, o)),
      componentsHiddenSkipped: resolved.hiddenSkipped,
      ...sharedSummary(generated, inputs.failOnViolation, uploads.lines),
    }),
  );
  if (failing)
    core.setFailed(
      safeLogLine(
        `${violations} import policy violation(s) in ${failingComponents} of ${outcomes.length} component(s); nothing was uploaded; see the annotations and the job summary`,
      ),
    );
}
