import { stringify } from 'smol-toml';
import { readComponent } from '../../component/read-component.js';
import { UserInputError } from '../../errors.js';
import { describeComponent } from '../../inspect/component-interface.js';
import { loadComponentFile } from '../../inspect/load-component.js';
import { importRulesFrom } from '../../policy/import-rules.js';
import { loadPolicyFile } from '../../policy/load-policy-file.js';
import { policyToData } from '../../policy/policy-data.js';
import { applyPatches, denyAllPolicy, type Policy } from '../../policy/policy.js';
import { renderCheck } from '../../report/render-check.js';
import { writeFileAtomic } from '../../sinks/write-file-atomic.js';
import { checkImports } from '../../verify/check-imports.js';
import { impliedDenyRules } from '../../virt/policy-rules.js';
import type { VirtPlan } from '../../virt/plan.js';
import { virtualize, type VirtualizeResult } from '../../virt/virtualize.js';
import { ExitCode, type Io } from '../io.js';
import { patchFromFlags, type VirtFlags } from '../virt-flags.js';

export interface VirtualizeCommandOptions extends VirtFlags {
  output?: string;
  policy?: string;
  printPolicy?: boolean;
  verify: boolean;
}

function describePlan(plan: VirtPlan): string {
  const lines = plan.interfaces.map((v) => {
    const served = v.exported.length > 0 ? v.exported.join(', ') : 'types only';
    const host = v.forwarded.length > 0 ? `; from the host: ${v.forwarded.join(', ')}` : '';
    return `  ${v.name}: ${served}${host}`;
  });
  const through = plan.passedThrough.map((name) => `  ${name}: passed through to the host`);
  return [`virtualized (WASI ${plan.wasiVersion}):`, ...lines, ...through].join('\n') + '\n';
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
  const rules = importRulesFrom([
    {
      policy: { allow: [], deny: impliedDenyRules(policy) },
      allowLabel: 'policy',
      denyLabel: 'the policy',
    },
    {
      policy: policy.imports,
      allowLabel: 'policy imports.allow',
      denyLabel: 'policy imports.deny',
    },
  ]);
  const result = await virtualize({
    policy,
    ...(app ? { app: { bytes: app.bytes, label: component!, component: app.component } } : {}),
  });
  for (const warning of result.warnings) io.stderr(`wasi-virt: warning: ${warning}\n`);
  const bytes = result.output ?? result.adapter;
  if (!bytes)
    throw new UserInputError(
      'nothing to write: the policy virtualizes nothing and no component was given',
    );
  await writeFileAtomic(options.output, bytes);

  io.stdout(
    `wrote ${options.output} (${bytes.length} bytes)\n` +
      describePlan(result.plan) +
      describeMounts(result.mounted),
  );
  if (!options.verify) return ExitCode.pass;
  const imports = describeComponent(readComponent(bytes)).imports;
  const check = checkImports(imports, rules);
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
