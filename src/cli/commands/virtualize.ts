import { UserInputError } from '../../errors.js';
import { loadComponentFile, maxComponentSize } from '../../inspect/load-component.js';
import { loadPolicyFile } from '../../policy/load-policy-file.js';
import { policyToData } from '../../policy/policy-data.js';
import { applyPatches, denyAllPolicy, type Policy } from '../../policy/policy.js';
import { checkReport, type ReportFormat } from '../../report/check-report.js';
import { writeFileAtomic } from '../../sinks/write-file-atomic.js';
import type { VirtPlan } from '../../virt/plan.js';
import { virtualizeAndVerify } from '../../pipeline/virtualize-and-verify.js';
import { plansOf } from '../../virt/generate-adapter.js';
import { planEntries, trapEntries } from '../../virt/plan-entries.js';
import type { VirtualizeResult } from '../../pipeline/virtualize.js';
import { settingsFromEnv } from '../env-config.js';
import { ExitCode, type Io } from '../io.js';
import { checkReportPath, emitReport } from '../report-output.js';
import { mountProgressLine } from '../progress.js';
import { patchFromFlags, type VirtFlags } from '../virt-flags.js';
import { escapeControl } from '../../escape.js';

export interface VirtualizeCommandOptions extends VirtFlags {
  output?: string;
  policy?: string;
  printPolicy?: boolean;
  verify: boolean;
  format?: ReportFormat;
  reportFile?: string;
}

interface Settings {
  policy: Policy;
  output: string | undefined;
  verify: boolean;
  format: ReportFormat;
  reportFile: string | undefined;
}

/** The flags over the WASI_VIRT_* environment over the policy file. */
async function settingsFrom(
  options: VirtualizeCommandOptions,
  env: NodeJS.ProcessEnv,
): Promise<Settings> {
  const fromEnv = settingsFromEnv(env);
  const policyFile = options.policy ?? fromEnv.policy;
  const filePatch = policyFile ? await loadPolicyFile(policyFile) : {};
  const settings: Settings = {
    policy: applyPatches(denyAllPolicy(), filePatch, fromEnv.patch, patchFromFlags(options)),
    output: options.output ?? fromEnv.output,
    verify: options.verify && fromEnv.verify !== false,
    format: options.format ?? fromEnv.format ?? 'text',
    reportFile: options.reportFile ?? fromEnv.reportFile,
  };
  if (!settings.verify && (settings.reportFile || settings.format !== 'text'))
    throw new UserInputError(
      '--format and --report-file report the output gate, which --no-verify (WASI_VIRT_VERIFY=false) skips',
    );
  return settings;
}

function describePlan(plan: VirtPlan): string {
  const entries = planEntries(plan).map((e) => `  ${e.name}: ${e.detail}`);
  const lines = entries.length > 0 ? entries : ['  nothing: every interface passes through'];
  return [`virtualized (WASI ${plan.wasiVersion}):`, ...lines].join('\n') + '\n';
}

/** What the policy denies with traps, one line per subsystem, so a user knows before running. */
function describeTraps(plans: VirtPlan[]): string {
  const lines = trapEntries(plans).map(
    (e) =>
      `  ${e.subsystem}: ${e.functions.join(', ')}; allow with ${e.flag} (policy file: ${e.key} = true)`,
  );
  return lines.length > 0 ? ['trap if called (denied):', ...lines].join('\n') + '\n' : '';
}

/** The generation report's mounted files: each one up to a limit, then a total. */
function describeMounts(files: VirtualizeResult['mounted'], limit = 20): string {
  const count = files.length;
  if (count === 0) return '';
  const lines: string[] = [];
  for (const f of files) {
    if (lines.length === limit) break;
    lines.push(`  ${escapeControl(f.guest)} <- ${escapeControl(f.host)} (${f.size} bytes)`);
  }
  if (count > limit) lines.push(`  ... and ${count - limit} more`);
  return [`embedded ${count} file(s), ${files.totalBytes} bytes:`, ...lines].join('\n') + '\n';
}

/** The host paths the output reaches at run time, through the host's preopens. */
function describeRuntimePaths(policy: Policy): string {
  const lines = [
    ...policy.preopens.map(
      (p) => `  ${escapeControl(p.guest)} <- ${escapeControl(p.host)} (a host directory)`,
    ),
    ...policy.hostFiles.map(
      (f) => `  ${escapeControl(f.guest)} <- ${escapeControl(f.host)} (a host file)`,
    ),
  ];
  return lines.length > 0 ? ['reached at run time:', ...lines].join('\n') + '\n' : '';
}

/**
 * `wasi-virt [component.wasm] -o out.wasm [flags]`: virtualize, write, then verify the output's
 * imports. `env` supplies WASI_VIRT_* settings (env-config.ts).
 */
export async function virtualizeCommand(
  component: string | undefined,
  options: VirtualizeCommandOptions,
  io: Io,
  env: NodeJS.ProcessEnv = {},
): Promise<number> {
  const { policy, output, verify, format, reportFile } = await settingsFrom(options, env);
  if (options.printPolicy) {
    const { stringify } = await import('smol-toml');
    io.stdout(stringify(policyToData(policy)) + '\n');
    return ExitCode.pass;
  }
  if (!output)
    throw new UserInputError(
      'missing -o/--output <file> (or WASI_VIRT_OUTPUT): where to write the virtualized component',
    );
  await checkReportPath(reportFile, [
    { path: component, what: 'the component virtualized' },
    { path: output, what: 'the output component' },
  ]);
  const app = component ? await loadComponentFile(component, maxComponentSize(env)) : undefined;
  // On a terminal, a line counts the mounted files and bytes read; cleared before anything else prints.
  const progress = mountProgressLine(io);
  const outcome = await virtualizeAndVerify({
    policy,
    ...(app ? { app } : {}),
    ...(progress.report ? { onMountProgress: progress.report } : {}),
  }).finally(progress.done);
  const { generated, bytes, rules, check } = outcome;
  for (const warning of generated.warnings)
    io.stderr(`wasi-virt: warning: ${escapeControl(warning)}\n`);
  await writeFileAtomic(output, bytes);

  // A machine-readable report on stdout keeps stdout to itself.
  const summary = format !== 'text' && !reportFile ? io.stderr : io.stdout;
  summary(
    `wrote ${escapeControl(output)} (${bytes.length} bytes)\n` +
      plansOf(generated).map(describePlan).join('') +
      describeTraps(plansOf(generated)) +
      describeMounts(generated.mounted) +
      describeRuntimePaths(policy),
  );
  if (!verify) return ExitCode.pass;
  await emitReport([checkReport(output, { bytes }, rules, check)], format, reportFile, io);
  return check.passed ? ExitCode.pass : ExitCode.violation;
}
