import { stringify } from 'smol-toml';
import { UserInputError } from '../../errors.js';
import { loadComponentFile } from '../../inspect/load-component.js';
import { loadPolicyFile } from '../../policy/load-policy-file.js';
import { policyToData } from '../../policy/policy-data.js';
import { applyPatches, denyAllPolicy, type Policy } from '../../policy/policy.js';
import { planEntries } from '../../report/plan-entries.js';
import { renderCheck } from '../../report/render-check.js';
import { writeFileAtomic } from '../../sinks/write-file-atomic.js';
import type { VirtPlan } from '../../virt/plan.js';
import type { VirtualizeResult } from '../../virt/virtualize.js';
import { virtualizeAndVerify } from '../../pipeline/virtualize-and-verify.js';
import { ExitCode, type Io } from '../io.js';
import { patchFromFlags, type VirtFlags } from '../virt-flags.js';

export interface VirtualizeCommandOptions extends VirtFlags {
  output?: string;
  policy?: string;
  printPolicy?: boolean;
  verify: boolean;
}

function describePlan(plan: VirtPlan): string {
  const lines = planEntries(plan).map((e) => `  ${e.name}: ${e.detail}`);
  return [`virtualized (WASI ${plan.wasiVersion}):`, ...lines].join('\n') + '\n';
}

/** The generation report's mounted files: each one up to a limit, then a total. */
function describeMounts(files: VirtualizeResult['mounted'], limit = 20): string {
  if (files.length === 0) return '';
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const lines = files.slice(0, limit).map((f) => `  ${f.guest} <- ${f.host} (${f.size} bytes)`);
  if (files.length > limit) lines.push(`  ... and ${files.length - limit} more`);
  return [`embedded ${files.length} file(s), ${total} bytes:`, ...lines].join('\n') + '\n';
}

/** `wasi-virt [component.wasm] -o out.wasm [flags]`: virtualize, write, then verify the output's imports. */
export async function virtualizeCommand(
  component: string | undefined,
  options: VirtualizeCommandOptions,
  io: Io,
): Promise<number> {
  const filePatch = options.policy ? await loadPolicyFile(options.policy) : {};
  const policy: Policy = applyPatches(denyAllPolicy(), filePatch, patchFromFlags(options));
  if (options.printPolicy) {
    io.stdout(stringify(policyToData(policy)) + '\n');
    return ExitCode.pass;
  }
  if (!options.output)
    throw new UserInputError(
      'missing -o/--output <file>: where to write the virtualized component',
    );
  const app = component ? await loadComponentFile(component) : undefined;
  const { generated, bytes, rules, check } = await virtualizeAndVerify({
    policy,
    ...(app ? { app } : {}),
  });
  for (const warning of generated.warnings) io.stderr(`wasi-virt: warning: ${warning}\n`);
  await writeFileAtomic(options.output, bytes);

  io.stdout(
    `wrote ${options.output} (${bytes.length} bytes)\n` +
      describePlan(generated.plan) +
      describeMounts(generated.mounted),
  );
  if (!options.verify) return ExitCode.pass;
  io.stdout(
    renderCheck(
      {
        component: options.output,
        size: bytes.length,
        sha256: '',
        rules: { allow: rules.allow.map((r) => r.text), deny: rules.deny.map((r) => r.text) },
        result: check,
      },
      'text',
    ),
  );
  return check.passed ? ExitCode.pass : ExitCode.violation;
}
