import * as core from '@actions/core';
import { basename, dirname, join } from 'node:path';
import { UserInputError } from '../errors.js';
import { capLine, escapeControl } from '../escape.js';
import { loadComponentFile } from '../inspect/load-component.js';
import { virtualizeAndVerify, type PipelineOutcome } from '../pipeline/virtualize-and-verify.js';
import type { Policy } from '../policy/policy.js';
import { plansOf } from '../virt/generate-adapter.js';
import { trapEntries } from '../virt/plan-entries.js';
import { buildPolicy } from './build-policy.js';
import type { ActionInputs } from './inputs.js';
import type { ComponentRun } from './many-summary.js';
import type { StagedMounts } from './stage-mounts.js';
import type { RunSummary } from './summary.js';
import { shown } from './workspace.js';

/** `<name>.virt.wasm` in `dir`, by default the component's own directory. */
export const defaultOutput = (component: string, dir = dirname(component)) =>
  join(dir, `${basename(component, '.wasm')}.virt.wasm`);

export interface Generated {
  policy: Policy;
  staged: StagedMounts;
  data: Record<string, unknown>;
  /** One per component, in order. */
  outcomes: PipelineOutcome[];
}

/**
 * Every component read, then the policy built (mounts staged once), then each component
 * virtualized and its output verified, all in memory: nothing is written here. With several
 * components, a problem with one is one line naming it, and nothing is generated for the others.
 */
export async function generateAll(
  inputs: ActionInputs,
  tempRoot: string,
  components: string[],
): Promise<Generated> {
  const several = components.length > 1;
  const named = (component: string, error: unknown): unknown =>
    several && error instanceof UserInputError && !error.message.includes(component)
      ? new UserInputError(`${shown(component)}: ${error.message}`)
      : error;
  const apps = [];
  for (const component of components)
    apps.push(
      await loadComponentFile(component).catch((error: unknown) => {
        throw named(component, error);
      }),
    );
  const { policy, staged, data } = await buildPolicy(inputs, tempRoot);
  const outcomes: PipelineOutcome[] = [];
  try {
    for (const [i, app] of apps.entries()) {
      const outcome = await virtualizeAndVerify({
        policy,
        app,
        importLabels: { allow: 'allowed-imports', deny: 'forbidden-imports' },
      }).catch((error: unknown) => {
        throw named(components[i]!, error);
      });
      for (const warning of outcome.generated.warnings)
        core.warning(
          capLine(escapeControl(several ? `${shown(components[i]!)}: ${warning}` : warning)),
        );
      outcomes.push(outcome);
    }
  } finally {
    await staged.remove();
  }
  return { policy, staged, data, outcomes };
}

/** One component's rows of the job summary. */
export const componentRun = (
  component: string,
  output: string,
  outcome: PipelineOutcome,
): ComponentRun => ({
  component: shown(component),
  output: shown(output),
  sha256: outcome.sha256,
  size: outcome.bytes.length,
  importsBefore: outcome.importsBefore ?? [],
  importsAfter: outcome.importsAfter,
  plans: plansOf(outcome.generated),
  traps: trapEntries(plansOf(outcome.generated)),
  violations: outcome.check.violations,
});

/**
 * The summary's parts that do not depend on the component: the policy, the files embedded
 * (each once, by guest path), the host paths reached at run time, the uploads.
 */
export function sharedSummary(
  generated: Generated,
  failOnViolation: boolean,
  uploads: string[],
): Pick<
  RunSummary,
  'mounted' | 'runtime' | 'hiddenSkipped' | 'policy' | 'failOnViolation' | 'uploads'
> {
  const { staged, policy } = generated;
  const mounted = new Map<string, RunSummary['mounted'][number]>();
  for (const outcome of generated.outcomes)
    for (const f of outcome.generated.mounted)
      if (!mounted.has(f.guest))
        mounted.set(f.guest, {
          guest: f.guest,
          host: shown(staged.originals.get(f.host) ?? f.host),
          size: f.size,
        });
  return {
    policy: generated.data,
    failOnViolation,
    uploads,
    mounted: [...mounted.values()],
    hiddenSkipped: staged.hiddenSkipped,
    runtime: [
      ...policy.preopens.map((p) => ({ ...p, kind: 'directory' as const })),
      ...policy.hostFiles.map((f) => ({ ...f, kind: 'file' as const })),
    ],
  };
}

/** Writes the job summary when the runner gives one (GITHUB_STEP_SUMMARY). */
export async function writeJobSummary(render: () => string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(render(), true).write();
}
