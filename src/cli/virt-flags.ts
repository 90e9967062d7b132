import { UserInputError } from '../errors.js';
import {
  parseBoolean,
  parseGuestAssignment,
  parseNames,
  parsePair,
  parseStdioMode,
} from '../policy/patch-values.js';
import {
  stdioStreams,
  subsystems,
  type PolicyPatch,
  type Mount,
  type StdioMode,
  type StdioStream,
  type Subsystem,
  type VarsPolicy,
} from '../policy/policy.js';

/** What a bare `--allow-env` (no `=`) stands for after `normalizeArgv`: every host value. */
const ALL = '\u0000all';

/** Flags whose value is optional and must be attached with `=`, as WASI-Virt's are. */
const optionalValueFlags = new Map<string, string>([
  ['--allow-all', 'true'],
  ['--allow-env', ALL],
  ['--allow-config', ALL],
  ['--allow-stdio', 'true'],
  ...subsystems.map((s): [string, string] => [`--allow-${s}`, 'true']),
  ...['stdio', ...stdioStreams].map((s): [string, string] => [`--${s}`, 'allow']),
]);

/**
 * Gives every bare optional-value flag its implicit value (`--allow-env` →
 * `--allow-env=<all>`), so the parser never takes the next argument, such as
 * the component path, as the flag's value.
 */
export function normalizeArgv(argv: string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, i) => {
    const implicit = optionalValueFlags.get(arg);
    return implicit !== undefined && (end === -1 || i < end) ? `${arg}=${implicit}` : arg;
  });
}

/** What the optional-value flags also accept, for their messages. */
const NO_VALUE = ' (or no value)';
const NO_VALUE_ALLOW = ' (or no value, meaning allow)';

export interface VirtFlags {
  allowAll?: string;
  allowEnv?: string;
  denyEnv?: string;
  env: string[];
  allowConfig?: string;
  denyConfig?: string;
  config: string[];
  arg: string[];
  mount: string[];
  cwd?: string;
  stdio?: string;
  stdin?: string;
  stdout?: string;
  stderr?: string;
  debug?: boolean;
  wasiVersion?: string;
  [key: `allow${string}`]: string | undefined;
}

/** `K=V` pairs; `-e A=1,B=2` sets two, as in WASI-Virt, unless a comma belongs to a value (`-e A=x,y`). */
function pairs(flag: string, values: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values) {
    const pieces = value.split(',');
    for (const piece of pieces.every((p) => p.includes('=')) ? pieces : [value]) {
      const [key, val] = parsePair(flag, piece, `${flag} GREETING=hello`);
      result[key] = val;
    }
  }
  return result;
}

function varsPatch(
  kind: string,
  allow: string | undefined,
  deny: string | undefined,
  set: Record<string, string>,
): Partial<VarsPolicy> | undefined {
  if (allow !== undefined && deny !== undefined)
    throw new UserInputError(`--allow-${kind} and --deny-${kind} cannot be combined`);
  const patch: Partial<VarsPolicy> = {};
  if (allow === ALL) patch.mode = 'all';
  else if (allow !== undefined)
    Object.assign(patch, { mode: 'allow', names: parseNames(`--allow-${kind}`, allow) });
  if (deny !== undefined)
    Object.assign(patch, { mode: 'deny', names: parseNames(`--deny-${kind}`, deny) });
  if (Object.keys(set).length > 0) patch.overrides = set;
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** `--allow-stdio`, then `--stdio=MODE`, then the per-stream flags, each narrowing the one before. */
function stdioPatch(flags: VirtFlags): Partial<Record<StdioStream, StdioMode>> | undefined {
  const patch: Partial<Record<StdioStream, StdioMode>> = {};
  const all = (mode: StdioMode) => stdioStreams.forEach((s) => (patch[s] = mode));
  if (flags.allowStdio !== undefined)
    all(parseBoolean('--allow-stdio', flags.allowStdio, NO_VALUE) ? 'allow' : 'deny');
  if (flags.stdio !== undefined) all(parseStdioMode('--stdio', flags.stdio, NO_VALUE_ALLOW));
  for (const stream of stdioStreams) {
    const value = flags[stream];
    if (value !== undefined) patch[stream] = parseStdioMode(`--${stream}`, value, NO_VALUE_ALLOW);
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** `--mount /guest=./host/dir`. */
function parseMount(value: string): Mount {
  const { guest, rest } = parseGuestAssignment(
    '--mount',
    value,
    '/GUEST=HOST_DIR (for example --mount /data=./site)',
  );
  return { guest, host: rest };
}

const camel = (subsystem: Subsystem) =>
  `allow${subsystem[0]!.toUpperCase()}${subsystem.slice(1)}` as const;

/** Turns the main command's flags into a policy patch. */
export function patchFromFlags(flags: VirtFlags): PolicyPatch {
  const patch: PolicyPatch = {};
  if (flags.allowAll !== undefined)
    patch.allowAll = parseBoolean('--allow-all', flags.allowAll, NO_VALUE);
  for (const subsystem of subsystems) {
    const value = flags[camel(subsystem)];
    if (value !== undefined)
      patch.access = {
        ...patch.access,
        [subsystem]: parseBoolean(`--allow-${subsystem}`, value, NO_VALUE) ? 'allow' : 'deny',
      };
  }
  const env = varsPatch('env', flags.allowEnv, flags.denyEnv, pairs('-e/--env', flags.env));
  if (env) patch.env = env;
  const config = varsPatch(
    'config',
    flags.allowConfig,
    flags.denyConfig,
    pairs('-c/--config', flags.config),
  );
  if (config) patch.config = config;
  if (flags.mount.length > 0) patch.mounts = flags.mount.map(parseMount);
  const stdio = stdioPatch(flags);
  if (stdio) patch.stdio = stdio;
  if (flags.arg.length > 0) patch.args = flags.arg;
  if (flags.cwd !== undefined) patch.cwd = flags.cwd;
  if (flags.debug) patch.debug = true;
  if (flags.wasiVersion !== undefined) patch.wasiVersion = flags.wasiVersion;
  return patch;
}
