import { UserInputError } from '../errors.js';
import { reportFormats, type ReportFormat } from '../report/check-report.js';
import { parseBoolean } from '../policy/patch-values.js';
import { ALL, noFlags, type FlagLabel, type VirtFlags } from './virt-flags.js';

/**
 * The default command's configuration from WASI_VIRT_* environment variables, for CI systems
 * that configure a container through its environment (GitLab CI `variables:`, Jenkins
 * `environment {}`, `docker run -e`). Each variable stands for one flag and its value reads as
 * that flag's would; the result goes through the same patchFromFlags as the flags, between the
 * policy file and the flags (policy file < environment < flags).
 */

type Kind =
  /** The flag's value as is. */
  | 'value'
  /** A repeatable flag: one value a line (blank lines skipped, lines trimmed). */
  | 'lines'
  /** `true` or `false`. */
  | 'boolean'
  /** `true` (what the bare flag means: every host value) or comma-separated names. */
  | 'names';

interface Variable {
  flag: string;
  key: keyof EnvOptions;
  kind: Kind;
}

const variable = (flag: string, key: keyof EnvOptions, kind: Kind = 'value'): Variable => ({
  flag,
  key,
  kind,
});

const access = ['exit', 'random', 'clocks', 'fs', 'sockets', 'http', 'stdio', 'all'] as const;

/** Every variable the default command reads, by name. */
export const envVariables: Record<string, Variable> = {
  WASI_VIRT_OUTPUT: variable('--output', 'output'),
  WASI_VIRT_POLICY: variable('--policy', 'policy'),
  WASI_VIRT_ALLOW_ENV: variable('--allow-env', 'allowEnv', 'names'),
  WASI_VIRT_DENY_ENV: variable('--deny-env', 'denyEnv'),
  WASI_VIRT_ENV: variable('--env', 'env', 'lines'),
  WASI_VIRT_ALLOW_CONFIG: variable('--allow-config', 'allowConfig', 'names'),
  WASI_VIRT_DENY_CONFIG: variable('--deny-config', 'denyConfig'),
  WASI_VIRT_CONFIG: variable('--config', 'config', 'lines'),
  WASI_VIRT_ARGS: variable('--arg', 'arg', 'lines'),
  WASI_VIRT_CWD: variable('--cwd', 'cwd'),
  WASI_VIRT_MOUNTS: variable('--mount', 'mount', 'lines'),
  WASI_VIRT_PREOPENS: variable('--preopen', 'preopen', 'lines'),
  WASI_VIRT_HOST_FILES: variable('--host-file', 'hostFile', 'lines'),
  ...Object.fromEntries(
    access.map((name) => [
      `WASI_VIRT_ALLOW_${name.toUpperCase()}`,
      variable(`--allow-${name}`, `allow${name[0]!.toUpperCase()}${name.slice(1)}`, 'boolean'),
    ]),
  ),
  WASI_VIRT_STDIO: variable('--stdio', 'stdio'),
  WASI_VIRT_STDIN: variable('--stdin', 'stdin'),
  WASI_VIRT_STDOUT: variable('--stdout', 'stdout'),
  WASI_VIRT_STDERR: variable('--stderr', 'stderr'),
  WASI_VIRT_WASI_VERSION: variable('--wasi-version', 'wasiVersion'),
  WASI_VIRT_PASSIVE_CUTOFF: variable('--passive-cutoff', 'passiveCutoff'),
  WASI_VIRT_DEBUG: variable('--debug', 'debug', 'boolean'),
  WASI_VIRT_VERIFY: variable('--no-verify', 'verify', 'boolean'),
  WASI_VIRT_FORMAT: variable('--format', 'format'),
  WASI_VIRT_REPORT_FILE: variable('--report-file', 'reportFile'),
};

/** WASI_VIRT_* variables that are not flags: WASI_VIRT_STACK prints an internal error's stack trace. */
const processSettings = ['WASI_VIRT_STACK'];

/** What the environment sets: policy flags (as patchFromFlags reads them) and the command's own. */
export interface EnvOptions extends VirtFlags {
  output?: string;
  policy?: string;
  format?: ReportFormat;
  reportFile?: string;
  verify?: boolean;
}

const byFlag = new Map(Object.entries(envVariables).map(([name, v]) => [v.flag, name]));

/** Names flags by their variable in messages, for patchFromFlags over EnvOptions. */
export const envFlagLabel: FlagLabel = (flag) => byFlag.get(flag) ?? flag;

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

function read(name: string, { kind, key }: Variable, value: string): EnvOptions[keyof EnvOptions] {
  if (kind === 'lines')
    return value
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  if (kind === 'names' && value === 'true') return ALL;
  if (kind === 'names' && value === 'false')
    throw new UserInputError(
      `${name} takes true (every host value) or comma-separated names; unset it to let none through`,
    );
  if (key === 'format' && !(reportFormats as string[]).includes(value))
    throw new UserInputError(`${name} takes ${reportFormats.join(', ')}, not '${value}'`);
  if (kind === 'boolean') {
    const on = parseBoolean(name, value);
    // patchFromFlags reads the access flags as strings, as commander gives them.
    return key === 'debug' || key === 'verify' ? on : String(on);
  }
  return value;
}

/**
 * Reads the WASI_VIRT_* variables. An empty variable counts as unset; an unknown WASI_VIRT_*
 * name is an error, so a typo never silently does nothing.
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv): EnvOptions {
  const options: EnvOptions = noFlags();
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('WASI_VIRT_') || value === undefined || value === '') continue;
    if (processSettings.includes(name)) continue;
    const known = envVariables[name];
    if (!known) throw unknownVariable(name);
    Object.assign(options, { [known.key]: read(name, known, value) });
  }
  return options;
}
