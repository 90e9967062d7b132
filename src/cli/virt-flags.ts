import { UserInputError } from '../errors.js';
import {
  parseBoolean,
  parseByteSize,
  parseGuestAssignment,
  parseNames,
  parsePair,
  parseStdioMode,
} from '../policy/patch-values.js';
import {
  stdioModes,
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
export const ALL = '\u0000all';

/**
 * How messages name a flag, given its long form (`--allow-env`): the CLI names it as typed, the
 * WASI_VIRT_* environment variables (env-config.ts) by the variable's name.
 */
export type FlagLabel = (flag: string) => string;

const shortForms: Record<string, string> = { '--env': '-e/--env', '--config': '-c/--config' };
export const cliFlagLabel: FlagLabel = (flag) => shortForms[flag] ?? flag;

/** A flag whose value may be left out: what it then means, and the words it takes as a separate value. */
interface OptionalValue {
  implicit: string;
  /** `--stdout allow` reads as `--stdout=allow`; any other next word is not the flag's. */
  words: readonly string[];
}

const booleanFlag: OptionalValue = { implicit: 'true', words: ['true', 'false'] };

/**
 * Flags whose value is optional, as WASI-Virt's are. `--allow-env` and `--allow-config` take
 * theirs only after `=` (a name list cannot be told from a component path); the others also
 * take one of their words as the next argument.
 */
const optionalValueFlags = new Map<string, OptionalValue>([
  ['--allow-all', booleanFlag],
  ['--allow-env', { implicit: ALL, words: [] }],
  ['--allow-config', { implicit: ALL, words: [] }],
  ['--allow-stdio', booleanFlag],
  ...subsystems.map((s): [string, OptionalValue] => [`--allow-${s}`, booleanFlag]),
  ...['stdio', ...stdioStreams].map((s): [string, OptionalValue] => [
    `--${s}`,
    { implicit: 'allow', words: stdioModes },
  ]),
]);

/** Long flags spelled another way elsewhere: WASI-Virt's `--out` is our `--output`. */
const aliases = new Map([['--out', '--output']]);

/**
 * How the help shows the flags normalizeArgv reads differently from commander: the optional
 * values, and `--out` beside `--output`.
 */
export function flagTerm(long: string | undefined): string | undefined {
  if (long === '--output') return '-o, --output, --out <file>';
  const optional = long === undefined ? undefined : optionalValueFlags.get(long);
  if (!optional) return undefined;
  return optional.words.length > 0 ? `${long} [${optional.words.join('|')}]` : `${long}[=names]`;
}

/**
 * Rewrites the command line for commander. Every optional-value flag gets its value attached
 * (`--stdout allow` and bare `--stdout` → `--stdout=allow`, `--allow-env` →
 * `--allow-env=<all>`), so the parser never takes another argument, such as the component path,
 * as the flag's value; `--out` becomes `--output`. The argument after a flag that takes a value
 * (`valueFlags`, e.g. `--arg --out`) and everything after `--` stay as they are.
 */
export function normalizeArgv(argv: string[], valueFlags: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = renamed(argv[i]!);
    if (arg === '--') return [...out, ...argv.slice(i)];
    const optional = optionalValueFlags.get(arg);
    if (optional) {
      const next = argv[i + 1];
      const given = next !== undefined && optional.words.includes(next);
      if (given) i++;
      out.push(`${arg}=${given ? next : optional.implicit}`);
      continue;
    }
    out.push(arg);
    if (valueFlags.has(arg) && i + 1 < argv.length) out.push(argv[++i]!);
  }
  return out;
}

/** `--out` → `--output`, `--out=x.wasm` → `--output=x.wasm`; other arguments as they are. */
function renamed(arg: string): string {
  const [flag, value] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
  const alias = aliases.get(flag);
  return alias === undefined ? arg : value === undefined ? alias : `${alias}=${value}`;
}

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
  preopen: string[];
  hostFile: string[];
  cwd?: string;
  stdio?: string;
  stdin?: string;
  stdout?: string;
  stderr?: string;
  debug?: boolean;
  wasiVersion?: string;
  passiveCutoff?: string;
  [key: `allow${string}`]: string | undefined;
}

/** Flags with every repeatable one empty: what no flag at all reads as. */
export const noFlags = (): VirtFlags => ({
  env: [],
  config: [],
  arg: [],
  mount: [],
  preopen: [],
  hostFile: [],
});

/** What else a flag accepts, for messages; a WASI_VIRT_* variable always takes a value. */
const noValue = (label: FlagLabel, meaning = '') =>
  label === cliFlagLabel ? ` (or no value${meaning})` : '';

/** `K=V` pairs; `-e A=1,B=2` sets two, as in WASI-Virt, unless a comma belongs to a value (`-e A=x,y`). */
function pairs(flag: string, values: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values) {
    const pieces = value.split(',');
    for (const piece of pieces.every((p) => p.includes('=')) ? pieces : [value]) {
      const [key, val] = parsePair(flag, piece, 'GREETING=hello');
      result[key] = val;
    }
  }
  return result;
}

/** `--allow-env`/`--deny-env`/`-e` (kind env), or the same three for config. */
function varsPatch(
  flags: VirtFlags,
  label: FlagLabel,
  kind: 'env' | 'config',
): Partial<VarsPolicy> | undefined {
  const allow = kind === 'env' ? flags.allowEnv : flags.allowConfig;
  const deny = kind === 'env' ? flags.denyEnv : flags.denyConfig;
  const set = pairs(label(`--${kind}`), flags[kind]);
  if (allow !== undefined && deny !== undefined)
    throw new UserInputError(
      `${label(`--allow-${kind}`)} and ${label(`--deny-${kind}`)} cannot be combined`,
    );
  const patch: Partial<VarsPolicy> = {};
  if (allow === ALL) patch.mode = 'all';
  else if (allow !== undefined)
    Object.assign(patch, { mode: 'allow', names: parseNames(label(`--allow-${kind}`), allow) });
  if (deny !== undefined)
    Object.assign(patch, { mode: 'deny', names: parseNames(label(`--deny-${kind}`), deny) });
  if (Object.keys(set).length > 0) patch.overrides = set;
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** `--allow-stdio`, then `--stdio=MODE`, then the per-stream flags, each narrowing the one before. */
function stdioPatch(
  flags: VirtFlags,
  label: FlagLabel,
): Partial<Record<StdioStream, StdioMode>> | undefined {
  const patch: Partial<Record<StdioStream, StdioMode>> = {};
  const all = (mode: StdioMode) => stdioStreams.forEach((s) => (patch[s] = mode));
  if (flags.allowStdio !== undefined)
    all(parseBoolean(label('--allow-stdio'), flags.allowStdio, noValue(label)) ? 'allow' : 'deny');
  const mode = (flag: string, value: string) =>
    parseStdioMode(label(flag), value, noValue(label, ', meaning allow'));
  if (flags.stdio !== undefined) all(mode('--stdio', flags.stdio));
  for (const stream of stdioStreams) {
    const value = flags[stream];
    if (value !== undefined) patch[stream] = mode(`--${stream}`, value);
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** `--mount /guest=./host/dir` and the like: a guest path, `=`, a host path. */
function guestHostPair(shape: string, example: string) {
  return (flag: string, value: string): Mount => {
    const { guest, rest } = parseGuestAssignment(flag, value, `${shape} (for example ${example})`);
    return { guest, host: rest };
  };
}

const parseMount = guestHostPair('/GUEST=HOST_DIR', '/data=./site');
const parsePreopen = guestHostPair('/GUEST=/HOST_DIR', '/data=/srv/data');
const parseHostFile = guestHostPair('/GUEST_FILE=/HOST_FILE', '/etc/app.toml=/config/app.toml');

const camel = (subsystem: Subsystem) =>
  `allow${subsystem[0]!.toUpperCase()}${subsystem.slice(1)}` as const;

/** Turns the main command's flags into a policy patch; `label` names the flags in messages. */
export function patchFromFlags(flags: VirtFlags, label: FlagLabel = cliFlagLabel): PolicyPatch {
  const patch: PolicyPatch = {};
  if (flags.allowAll !== undefined)
    patch.allowAll = parseBoolean(label('--allow-all'), flags.allowAll, noValue(label));
  for (const subsystem of subsystems) {
    const value = flags[camel(subsystem)];
    if (value !== undefined)
      patch.access = {
        ...patch.access,
        [subsystem]: parseBoolean(label(`--allow-${subsystem}`), value, noValue(label))
          ? 'allow'
          : 'deny',
      };
  }
  const env = varsPatch(flags, label, 'env');
  if (env) patch.env = env;
  const config = varsPatch(flags, label, 'config');
  if (config) patch.config = config;
  if (flags.mount.length > 0)
    patch.mounts = flags.mount.map((value) => parseMount(label('--mount'), value));
  if (flags.preopen.length > 0)
    patch.preopens = flags.preopen.map((value) => parsePreopen(label('--preopen'), value));
  if (flags.hostFile.length > 0)
    patch.hostFiles = flags.hostFile.map((value) => parseHostFile(label('--host-file'), value));
  const stdio = stdioPatch(flags, label);
  if (stdio) patch.stdio = stdio;
  if (flags.arg.length > 0) patch.args = flags.arg;
  if (flags.cwd !== undefined) patch.cwd = flags.cwd;
  if (flags.debug !== undefined) patch.debug = flags.debug;
  if (flags.wasiVersion !== undefined) patch.wasiVersion = flags.wasiVersion;
  if (flags.passiveCutoff !== undefined)
    patch.passiveCutoff = parseByteSize(label('--passive-cutoff'), flags.passiveCutoff);
  return patch;
}
