import { UserInputError } from '../errors.js';
import { reportFormats, type ReportFormat } from '../report/check-report.js';
import { parseBoolean } from '../policy/patch-values.js';
import { POLICY_OPTIONS } from '../policy/options.js';
import type { PolicyPatch } from '../policy/policy.js';
import { patchFromTexts } from '../policy/read-options.js';

/**
 * The default command's configuration from WASI_VIRT_* environment variables, for CI systems
 * that configure a container through its environment (GitLab CI `variables:`, Jenkins
 * `environment {}`, `docker run -e`). Each policy variable is a row of the option table and
 * reads as its flag does (a repeatable one takes one value a line); the patch goes between the
 * policy file and the flags (policy file < environment < flags).
 */

/** The command's own variables (not policy settings), with the flag each stands for. */
const commandVariables = {
  WASI_VIRT_OUTPUT: '--output',
  WASI_VIRT_POLICY: '--policy',
  WASI_VIRT_VERIFY: '--no-verify',
  WASI_VIRT_FORMAT: '--format',
  WASI_VIRT_REPORT_FILE: '--report-file',
} as const;

/** Every variable the default command reads, with the flag it stands for. */
export const envVariables: Record<string, { flag: string }> = {
  ...Object.fromEntries(Object.entries(commandVariables).map(([name, flag]) => [name, { flag }])),
  ...Object.fromEntries(POLICY_OPTIONS.map((o) => [o.variable, { flag: `--${o.name}` }])),
};

/**
 * WASI_VIRT_* variables that are not flags: WASI_VIRT_STACK prints an internal error's stack
 * trace; WASI_VIRT_MAX_COMPONENT_SIZE caps the component read (load-component.ts), for every command.
 */
const processSettings = ['WASI_VIRT_STACK', 'WASI_VIRT_MAX_COMPONENT_SIZE'];

/** What the environment sets: a policy patch, and the command's own settings. */
export interface EnvSettings {
  patch: PolicyPatch;
  output?: string;
  policy?: string;
  format?: ReportFormat;
  reportFile?: string;
  verify?: boolean;
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length]!;
}

function unknownVariable(name: string): UserInputError {
  const known = Object.keys(envVariables);
  const closest = known.reduce((best, k) => (distance(name, k) < distance(name, best) ? k : best));
  const hint =
    distance(name, closest) <= 3 ? `did you mean ${closest}?` : `known: ${known.join(', ')}`;
  return new UserInputError(`unknown environment variable ${name} (${hint})`);
}

/** The non-blank lines of a variable, trimmed: one value each of a repeatable setting. */
const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * Reads the WASI_VIRT_* variables. An empty variable counts as unset; an unknown WASI_VIRT_*
 * name is an error, so a typo never silently does nothing.
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv): EnvSettings {
  const set = (name: string) => (env[name] === '' ? undefined : env[name]);
  for (const name of Object.keys(env)) {
    if (!name.startsWith('WASI_VIRT_') || set(name) === undefined) continue;
    if (!processSettings.includes(name) && !envVariables[name]) throw unknownVariable(name);
  }
  const patch = patchFromTexts(
    (option) => {
      const value = set(option.variable);
      if (value === undefined) return undefined;
      return option.repeatable ? lines(value) : [value];
    },
    (option) => option.variable,
  );
  const format = set('WASI_VIRT_FORMAT');
  if (format !== undefined && !(reportFormats as string[]).includes(format))
    throw new UserInputError(`WASI_VIRT_FORMAT takes ${reportFormats.join(', ')}, not '${format}'`);
  const verify = set('WASI_VIRT_VERIFY');
  const output = set('WASI_VIRT_OUTPUT');
  const policy = set('WASI_VIRT_POLICY');
  const reportFile = set('WASI_VIRT_REPORT_FILE');
  return {
    patch,
    ...(output !== undefined ? { output } : {}),
    ...(policy !== undefined ? { policy } : {}),
    ...(format !== undefined ? { format: format as ReportFormat } : {}),
    ...(reportFile !== undefined ? { reportFile } : {}),
    ...(verify !== undefined ? { verify: parseBoolean('WASI_VIRT_VERIFY', verify) } : {}),
  };
}
