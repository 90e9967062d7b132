import { UserInputError } from '../errors.js';
import {
  stdioModes,
  stdioStreams,
  subsystems,
  type Policy,
  type PolicyPatch,
  type StdioMode,
  type Subsystem,
  type VarsPolicy,
} from './policy.js';
import { parseByteSize } from './patch-values.js';

/**
 * The policy file schema (TOML, JSON or YAML), which mirrors the CLI flags:
 *
 *   allow-all = false
 *   allow-exit = true            # also allow-random, allow-clocks, allow-fs, allow-sockets, allow-http
 *   stdio = "ignore"             # allow | ignore | deny, for all three streams; allow-stdio = true means allow
 *   stdout = "allow"             # and stdin, stderr: one stream
 *   wasi-version = "0.2.12"
 *   passive-cutoff = "1M"        # mounted files this large stay out of linear memory until read
 *   [env]
 *   allow = ["HOME"]             # true: every host variable; false: none
 *   deny = ["SECRET"]            # every host variable but these
 *   set = { GREETING = "hi" }
 *   args = ["app", "--flag"]
 *   cwd = "/app"
 *   [config]                     # allow / deny / set, as for env
 *   [mounts]
 *   "/data" = "./site"           # host directories embedded read-only at guest paths
 *   [preopens]
 *   "/out" = "/work/out"         # directories the host preopens (or holds below a preopen), remapped
 *   [host-files]
 *   "/data/settings.json" = "/etc/app/settings.json"   # a host file at a guest path, read at run time
 *   [imports]
 *   allow = ["wasi:cli/*"]
 *   deny = ["wasi:cli/environment#get-environment"]
 */

type Table = Record<string, unknown>;

/** The file's tables of guest path = host path, and the policy fields they fill. */
const pathTables = [
  ['mounts', 'mounts'],
  ['preopens', 'preopens'],
  ['host-files', 'hostFiles'],
] as const;

const isTable = (value: unknown): value is Table =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class Reader {
  constructor(private readonly source: string) {}

  fail(message: string): never {
    throw new UserInputError(`policy file '${this.source}': ${message}`);
  }

  /** A size in bytes: a number, or a string with a unit (`"1M"`). */
  byteSize(value: unknown, key: string): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' && typeof value !== 'bigint' && typeof value !== 'string')
      this.fail(`'${key}' must be a size in bytes such as 65536 or "64K"`);
    return parseByteSize(`policy file '${this.source}': '${key}'`, String(value));
  }

  keys(table: Table, known: readonly string[], where: string): void {
    for (const key of Object.keys(table)) {
      if (!known.includes(key))
        this.fail(`unknown key '${where}${key}' (known keys here: ${known.join(', ')})`);
    }
  }

  table(value: unknown, key: string): Table | undefined {
    if (value === undefined) return undefined;
    if (!isTable(value)) this.fail(`'${key}' must be a table`);
    return value;
  }

  strings(value: unknown, key: string): string[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
      this.fail(`'${key}' must be a list of strings`);
    return value;
  }

  string(value: unknown, key: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') this.fail(`'${key}' must be a string`);
    return value;
  }

  boolean(value: unknown, key: string): boolean | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') this.fail(`'${key}' must be true or false`);
    return value;
  }

  stringMap(value: unknown, key: string): Record<string, string> | undefined {
    const table = this.table(value, key);
    if (!table) return undefined;
    for (const [k, v] of Object.entries(table))
      if (typeof v !== 'string') this.fail(`'${key}.${k}' must be a string`);
    return table as Record<string, string>;
  }

  vars(value: unknown, key: string, extra: readonly string[]): Partial<VarsPolicy> | undefined {
    const table = this.table(value, key);
    if (!table) return undefined;
    this.keys(table, ['allow', 'deny', 'set', ...extra], `${key}.`);
    const patch: Partial<VarsPolicy> = {};
    const { allow, deny } = table;
    if (allow !== undefined && deny !== undefined)
      this.fail(`'${key}' may have 'allow' or 'deny', not both`);
    if (typeof allow === 'boolean') patch.mode = allow ? 'all' : 'none';
    else if (allow !== undefined)
      Object.assign(patch, { mode: 'allow', names: this.strings(allow, `${key}.allow`) });
    if (deny !== undefined)
      Object.assign(patch, { mode: 'deny', names: this.strings(deny, `${key}.deny`) });
    const set = this.stringMap(table.set, `${key}.set`);
    if (set) patch.overrides = set;
    return patch;
  }
}

const accessKeys = subsystems.map((s) => `allow-${s}`);

/** Reads parsed policy-file data into a patch, rejecting unknown keys and wrong types. */
export function patchFromData(data: unknown, source: string): PolicyPatch {
  const r: Reader = new Reader(source);
  if (data === null || data === undefined) return {};
  if (!isTable(data)) r.fail('the top level must be a table');
  r.keys(
    data,
    [
      'allow-all',
      ...accessKeys,
      'allow-stdio',
      'stdio',
      ...stdioStreams,
      'wasi-version',
      'passive-cutoff',
      'debug',
      'env',
      'config',
      'mounts',
      'preopens',
      'host-files',
      'imports',
    ],
    '',
  );
  const patch: PolicyPatch = {};
  const allowAll = r.boolean(data['allow-all'], 'allow-all');
  if (allowAll !== undefined) patch.allowAll = allowAll;
  for (const subsystem of subsystems) {
    const allowed = r.boolean(data[`allow-${subsystem}`], `allow-${subsystem}`);
    if (allowed !== undefined)
      patch.access = { ...patch.access, [subsystem]: allowed ? 'allow' : 'deny' };
  }
  const mode = (key: string): StdioMode | undefined => {
    const value = r.string(data[key], key);
    if (value !== undefined && !(stdioModes as string[]).includes(value))
      r.fail(`'${key}' must be one of ${stdioModes.join(', ')}`);
    return value as StdioMode | undefined;
  };
  const allowStdio = r.boolean(data['allow-stdio'], 'allow-stdio');
  const all =
    mode('stdio') ?? (allowStdio === undefined ? undefined : allowStdio ? 'allow' : 'deny');
  for (const stream of stdioStreams) {
    const value = mode(stream) ?? all;
    if (value) patch.stdio = { ...patch.stdio, [stream]: value };
  }
  const version = r.string(data['wasi-version'], 'wasi-version');
  if (version !== undefined) patch.wasiVersion = version;
  const cutoff = r.byteSize(data['passive-cutoff'], 'passive-cutoff');
  if (cutoff !== undefined) patch.passiveCutoff = cutoff;
  const debug = r.boolean(data.debug, 'debug');
  if (debug !== undefined) patch.debug = debug;
  const env = r.vars(data.env, 'env', ['args', 'cwd']);
  if (env) patch.env = env;
  const envTable = r.table(data.env, 'env');
  const args = r.strings(envTable?.args, 'env.args');
  if (args) patch.args = args;
  const cwd = r.string(envTable?.cwd, 'env.cwd');
  if (cwd !== undefined) patch.cwd = cwd;
  const config = r.vars(data.config, 'config', []);
  if (config) patch.config = config;
  for (const [key, field] of pathTables) {
    const table = r.stringMap(data[key], key);
    if (table) patch[field] = Object.entries(table).map(([guest, host]) => ({ guest, host }));
  }
  const imports = r.table(data.imports, 'imports');
  if (imports) {
    r.keys(imports, ['allow', 'deny'], 'imports.');
    patch.imports = {
      allow: r.strings(imports.allow, 'imports.allow') ?? [],
      deny: r.strings(imports.deny, 'imports.deny') ?? [],
    };
  }
  return patch;
}

function varsToData(vars: VarsPolicy): Table {
  const table: Table = {};
  if (vars.mode === 'all' || vars.mode === 'none') table.allow = vars.mode === 'all';
  else table[vars.mode] = vars.names;
  if (Object.keys(vars.overrides).length > 0) table.set = vars.overrides;
  return table;
}

/** The policy in the file schema: what `--print-policy` prints, and reads back to the same policy. */
export function policyToData(policy: Policy): Table {
  const data: Table = {};
  for (const subsystem of subsystems)
    data[`allow-${subsystem}`] = policy.access[subsystem as Subsystem] === 'allow';
  for (const stream of stdioStreams) data[stream] = policy.stdio[stream];
  if (policy.wasiVersion) data['wasi-version'] = policy.wasiVersion;
  if (policy.passiveCutoff !== undefined) data['passive-cutoff'] = policy.passiveCutoff;
  if (policy.debug) data.debug = true;
  data.env = {
    ...varsToData(policy.env),
    ...(policy.args ? { args: policy.args } : {}),
    ...(policy.cwd !== undefined ? { cwd: policy.cwd } : {}),
  };
  data.config = varsToData(policy.config);
  if (policy.imports.allow.length > 0 || policy.imports.deny.length > 0)
    data.imports = { ...policy.imports };
  for (const [key, field] of pathTables) {
    if (policy[field].length > 0)
      data[key] = Object.fromEntries(policy[field].map((m) => [m.guest, m.host]));
  }
  return data;
}
