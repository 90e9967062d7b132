import { withSha256 } from '../digest.js';
import { readComponent } from '../component/read/read-component.js';
import { describeComponent, type ExternItem } from '../inspect/component-interface.js';
import type { LoadedComponent } from '../inspect/load-component.js';
import { importRulesFrom } from '../verify/import-rules.js';
import type { Policy } from '../policy/policy.js';
import { checkImports, type CheckResult, type ImportRules } from '../verify/check-imports.js';
import { plansOf } from '../virt/generate-adapter.js';
import { virtualize, type VirtualizeResult } from '../pipeline/virtualize.js';
import type { MountProgressListener } from '../virt/mount-progress.js';

export interface PipelineInput {
  policy: Policy;
  /** The component to virtualize; without one, only the adapter is generated. */
  app?: LoadedComponent;
  /** How messages name the policy's own import rules (its `imports` allow and deny lists). */
  importLabels?: { allow: string; deny: string };
  /** Hears how many of the mounted files (and bytes) have been read into the output so far. */
  onMountProgress?: MountProgressListener;
}

export interface PipelineOutcome {
  generated: VirtualizeResult;
  /** The bytes to write: the composed component, or the adapter alone when there is no app. */
  bytes: Uint8Array;
  /** Computed when first read. */
  readonly sha256: string;
  /** The app's imports before virtualization (absent without an app). */
  importsBefore?: ExternItem[];
  importsAfter: ExternItem[];
  rules: ImportRules;
  check: CheckResult;
}

/** The rules an output must satisfy: what the plan recorded that the policy denies, then `own`, the policy's own import rules. */
function outputRules(deniedImports: string[], own: ImportRules): ImportRules {
  const implied = importRulesFrom([
    { policy: { allow: [], deny: deniedImports }, allowLabel: 'policy', denyLabel: 'the policy' },
  ]);
  return { allow: [...implied.allow, ...own.allow], deny: [...implied.deny, ...own.deny] };
}

/**
 * Policy → virtual adapter composed into the app → the output's imports
 * checked against the policy. The front doors (CLI, action) only choose where
 * the policy comes from and where the result goes.
 */
export async function virtualizeAndVerify(input: PipelineInput): Promise<PipelineOutcome> {
  const { policy, app } = input;
  // Parsed before generating anything, so a bad pattern is reported as such.
  const labels = input.importLabels ?? {
    allow: 'policy imports.allow',
    deny: 'policy imports.deny',
  };
  const own = importRulesFrom([
    { policy: policy.imports, allowLabel: labels.allow, denyLabel: labels.deny },
  ]);
  const generated = await virtualize({
    policy,
    ...(app ? { app: { bytes: app.bytes, label: app.path, component: app.component } } : {}),
    ...(input.onMountProgress ? { onMountProgress: input.onMountProgress } : {}),
  });
  const bytes = generated.output ?? generated.adapter?.bytes();
  if (!bytes) throw new Error('virtualize gave neither an output nor an adapter');
  const importsAfter = describeComponent(readComponent(bytes)).imports;
  // A 0.3 plan's rules name its renamed functions too: the output is checked against every plan's.
  const denied = [...new Set(plansOf(generated).flatMap((p) => p.settings.deniedImports))];
  const rules = outputRules(denied, own);
  return withSha256(
    {
      generated,
      bytes,
      ...(app ? { importsBefore: describeComponent(app.component).imports } : {}),
      importsAfter,
      rules,
      check: checkImports(importsAfter, rules),
    },
    bytes,
  );
}
