import {
  parseBoolean,
  parseByteSize,
  parseGuestAssignment,
  parseNames,
  parsePair,
  parseStdioMode,
} from '../policy/patch-values.js';
import {
  stdioStreams,
  subsystems,
  type PolicyPatch,
  type StdioMode,
  type StdioStream,
  type VarsPolicy,
} from '../policy/policy.js';
import { inputLabel, inputLines, type ReadInput } from './input-reader.js';

/** A mount as the action takes it: a guest path and the glob patterns of the files to embed there. */
export interface MountGlobs {
  guest: string;
  patterns: string[];
}

export interface PolicyInputs {
  patch: PolicyPatch;
  mounts: MountGlobs[];
}

function booleanInput(read: ReadInput, name: string): boolean | undefined {
  const value = read(name);
  return value === '' ? undefined : parseBoolean(inputLabel(name), value);
}

/** `allow-env`/`allow-config`: true (every host value), false (none) or a comma-separated allow list. */
function varsInput(read: ReadInput, kind: 'env' | 'config'): Partial<VarsPolicy> | undefined {
  const allow = read(`allow-${kind}`);
  const patch: Partial<VarsPolicy> = {};
  if (allow === 'true') patch.mode = 'all';
  else if (allow === 'false') Object.assign(patch, { mode: 'none', names: [] });
  else if (allow !== '')
    Object.assign(patch, { mode: 'allow', names: parseNames(inputLabel(`allow-${kind}`), allow) });
  const pairs = inputLines(read, kind).map((line) =>
    parsePair(`${inputLabel(kind)} line`, line, 'GREETING=hello'),
  );
  if (pairs.length > 0) patch.overrides = Object.fromEntries(pairs);
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** `stdio` for all three streams, then `stdin`/`stdout`/`stderr` for one, as the CLI narrows them. */
function stdioInputs(read: ReadInput): Partial<Record<StdioStream, StdioMode>> | undefined {
  const patch: Partial<Record<StdioStream, StdioMode>> = {};
  const all = read('stdio');
  for (const stream of stdioStreams) {
    const value = read(stream) || all;
    if (value !== '')
      patch[stream] = parseStdioMode(inputLabel(read(stream) ? stream : 'stdio'), value);
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** `mounts`: lines of `/guest=PATTERN`; several lines for one guest path add patterns (and `!` excludes). */
function mountInputs(read: ReadInput): MountGlobs[] {
  const mounts: MountGlobs[] = [];
  for (const line of inputLines(read, 'mounts')) {
    const { guest, rest } = parseGuestAssignment(
      `${inputLabel('mounts')} line`,
      line,
      '/GUEST=GLOB (for example /data=site/**)',
    );
    const mount = mounts.find((m) => m.guest === guest);
    if (mount) mount.patterns.push(rest);
    else mounts.push({ guest, patterns: [rest] });
  }
  return mounts;
}

/** The action's policy inputs as a patch over the policy file, read with the same parsers as the CLI's flags. */
export function policyInputs(read: ReadInput): PolicyInputs {
  const patch: PolicyPatch = {};
  const allowAll = booleanInput(read, 'allow-all');
  if (allowAll !== undefined) patch.allowAll = allowAll;
  for (const subsystem of subsystems) {
    const allowed = booleanInput(read, `allow-${subsystem}`);
    if (allowed !== undefined)
      patch.access = { ...patch.access, [subsystem]: allowed ? 'allow' : 'deny' };
  }
  const env = varsInput(read, 'env');
  if (env) patch.env = env;
  const config = varsInput(read, 'config');
  if (config) patch.config = config;
  const stdio = stdioInputs(read);
  if (stdio) patch.stdio = stdio;
  const version = read('wasi-version');
  if (version !== '') patch.wasiVersion = version;
  const cutoff = read('passive-cutoff');
  if (cutoff !== '') patch.passiveCutoff = parseByteSize(inputLabel('passive-cutoff'), cutoff);
  if (booleanInput(read, 'debug')) patch.debug = true;
  const preopens = inputLines(read, 'preopens').map((line) => {
    const { guest, rest } = parseGuestAssignment(
      inputLabel('preopens'),
      line,
      '/GUEST=/HOST_DIR, one a line (for example /data=/srv/data)',
    );
    return { guest, host: rest };
  });
  if (preopens.length > 0) patch.preopens = preopens;
  const allow = inputLines(read, 'allowed-imports');
  const deny = inputLines(read, 'forbidden-imports');
  if (allow.length > 0 || deny.length > 0) patch.imports = { allow, deny };
  return { patch, mounts: mountInputs(read) };
}
