import { loadPolicyFile } from '../policy/load-policy-file.js';
import { policyToData } from '../policy/policy-data.js';
import { applyPatches, denyAllPolicy, type Policy } from '../policy/policy.js';
import type { ActionInputs } from './inputs.js';
import { stageMounts, type StagedMounts } from './stage-mounts.js';

export interface ActionPolicy {
  policy: Policy;
  staged: StagedMounts;
  /** The effective policy in the policy-file schema; the action's mounts show their glob patterns. */
  data: Record<string, unknown>;
}

/** Deny-all, then the policy file, then the inputs: the CLI's order, over the same model. */
export async function buildPolicy(inputs: ActionInputs, tempRoot: string): Promise<ActionPolicy> {
  const filePatch = inputs.policyFile ? await loadPolicyFile(inputs.policyFile) : {};
  const staged = await stageMounts(inputs.policy.mounts, tempRoot, {
    includeHidden: inputs.includeHiddenFiles,
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
  });
  const policy = applyPatches(denyAllPolicy(), filePatch, inputs.policy.patch, {
    mounts: staged.mounts,
  });
  const data = policyToData(policy);
  if (staged.mounts.length > 0) {
    const globs = new Map(inputs.policy.mounts.map((m) => [m.guest, m.patterns]));
    const mounts = data.mounts as Record<string, unknown>;
    for (const mount of staged.mounts) mounts[mount.guest] = globs.get(mount.guest);
  }
  return { policy, staged, data };
}
