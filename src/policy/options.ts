import {
  booleanValue,
  guestPathsValue,
  hostValuesValue,
  httpAccessValue,
  socketsAccessValue,
  instantValue,
  listValue,
  namesValue,
  pairsValue,
  seedValue,
  sizeValue,
  stdioModeValue,
  stringValue,
  type HostValues,
  type PatternAccess,
  type ValueKind,
  overlayValue,
  writableValue,
} from './option-values.js';
import {
  HERMETIC_WITH_ALLOW_ALL,
  stdioModes,
  stdioStreams,
  subsystems,
  type PolicyPatch,
  type StdioMode,
  type StdioStream,
  type Subsystem,
  type VarsPolicy,
} from './policy.js';

/**
 * One policy setting and how every front door spells it: the CLI flag, the WASI_VIRT_*
 * variable, the action input, the policy-file key and the library call. The doors read the
 * setting with the same parser (its kind) and apply it with the same `apply`.
 */
export interface PolicyOption {
  /** The long flag without `--`. */
  name: string;
  short?: string;
  help: string;
  kind: ValueKind<unknown>;
  /** Given several times: flags repeat; a variable or input takes one value a line. */
  repeatable?: boolean;
  /**
   * A flag whose value may be left out: what the bare flag means, the words it also takes as the
   * next argument, and what help calls the other values it takes after `=`, if any.
   */
  bare?: { implicit: string; words: readonly string[]; attached?: string };
  variable: string;
  /** The action input, or why the action has none. */
  input: string | { none: string };
  /** The policy file's key: top-level (`allow-clocks`) or in a table (`env.allow`). */
  file: string;
  /** The library call (WasiVirt) that sets it. */
  library: string;
  /** A setting this one cannot be given with in one place. */
  excludes?: string;
  /** Why, and what to do instead, when that is not plain from the names. */
  excludesWhy?: string;
  apply(patch: PolicyPatch, value: unknown): void;
}

function option<T>(
  row: Omit<PolicyOption, 'kind' | 'apply'> & {
    kind: ValueKind<T>;
    apply(patch: PolicyPatch, value: T): void;
  },
): PolicyOption {
  return row as PolicyOption;
}

const flagWords = { implicit: 'true', words: ['true', 'false'] } as const;
const upper = (name: string) => name.toUpperCase().replace(/-/g, '_');

/** The subsystems allowed or denied as a whole: sockets and HTTP also take patterns (options below). */
type WholeSubsystem = Exclude<Subsystem, 'http' | 'sockets'>;

const SUBSYSTEM_HELP: Record<WholeSubsystem, string> = {
  exit: 'let the component exit the host process (otherwise exit traps)',
  random: 'pass wasi:random through (otherwise it traps)',
  clocks: 'pass wasi:clocks through (otherwise they trap)',
  fs: 'pass host filesystem preopens through',
};
/** The library's own methods for these; the rest go through `access`. */
const SUBSYSTEM_METHODS = ['exit', 'random', 'clocks'];

const setStdio = (patch: PolicyPatch, streams: readonly StdioStream[], mode: StdioMode) => {
  patch.stdio = { ...patch.stdio, ...Object.fromEntries(streams.map((s) => [s, mode])) };
};

const hostValues = (values: HostValues): Partial<VarsPolicy> =>
  values === 'all'
    ? { mode: 'all', names: [] }
    : values === 'none'
      ? { mode: 'none', names: [] }
      : { mode: 'allow', names: values };

/** allow-env, deny-env and env (or the same three for config). */
function varsOptions(kind: 'env' | 'config', short: string): PolicyOption[] {
  const what = kind === 'env' ? 'environment variables' : 'config properties';
  const set = (patch: PolicyPatch, vars: Partial<VarsPolicy>) => {
    patch[kind] = { ...patch[kind], ...vars };
  };
  return [
    option({
      name: `allow-${kind}`,
      help: `let host ${what} through: true (all), false (none) or only the comma-separated names`,
      kind: hostValuesValue,
      bare: { implicit: 'true', words: [] },
      variable: `WASI_VIRT_ALLOW_${upper(kind)}`,
      input: `allow-${kind}`,
      file: `${kind}.allow`,
      library: `${kind}().allow(names) / .allowAll() / .denyAll()`,
      excludes: `deny-${kind}`,
      apply: (patch, values) => set(patch, hostValues(values)),
    }),
    option({
      name: `deny-${kind}`,
      help: `let every host ${kind === 'env' ? 'environment variable' : 'config property'} through except these`,
      kind: namesValue,
      variable: `WASI_VIRT_DENY_${upper(kind)}`,
      input: `deny-${kind}`,
      file: `${kind}.deny`,
      library: `${kind}().deny(names)`,
      apply: (patch, names) => set(patch, { mode: 'deny', names }),
    }),
    option({
      name: kind,
      short,
      help: `set ${kind === 'env' ? 'an environment variable' : 'a config property'} (repeatable)`,
      kind: pairsValue,
      repeatable: true,
      variable: `WASI_VIRT_${upper(kind)}`,
      input: kind,
      file: `${kind}.set`,
      library: `${kind}().overrides(pairs)`,
      apply: (patch, overrides) =>
        set(patch, { overrides: { ...patch[kind]?.overrides, ...overrides } }),
    }),
  ];
}

/**
 * `--allow-sockets`, `--allow-http`: the subsystem allowed (`true` or patterns) or denied
 * (`false`), and `patterns` (empty: everything) set by `keep`.
 */
const patternOption = (
  subsystem: 'sockets' | 'http',
  help: string,
  kind: ValueKind<PatternAccess>,
  method: string,
  keep: (patch: PolicyPatch, patterns: string[]) => void,
) =>
  option({
    name: `allow-${subsystem}`,
    help,
    kind,
    bare: { ...flagWords, attached: 'patterns' },
    variable: `WASI_VIRT_ALLOW_${upper(subsystem)}`,
    input: `allow-${subsystem}`,
    file: `allow-${subsystem}`,
    library: `access('${subsystem}', allow) / ${method}(patterns)`,
    apply: (patch, access) => {
      patch.access = { ...patch.access, [subsystem]: access === false ? 'deny' : 'allow' };
      keep(patch, Array.isArray(access) ? access : []);
    },
  });

/** Every policy setting, in the order a door's settings apply: a later row narrows an earlier one. */
export const POLICY_OPTIONS: PolicyOption[] = [
  option({
    name: 'allow-all',
    help: 'allow every subsystem; env and config reach all host values',
    kind: booleanValue,
    bare: flagWords,
    variable: 'WASI_VIRT_ALLOW_ALL',
    input: 'allow-all',
    file: 'allow-all',
    library: 'allowAll()',
    apply: (patch, on) => (patch.allowAll = on),
  }),
  option({
    name: 'hermetic',
    help: 'nothing from the host but stdout, stderr and exit: fixed time (the Unix epoch unless --fixed-time), seeded random (0 unless --random-seed), arguments `app` (unless --arg), no host env or config, stdin denied, terminals hidden, an in-memory writable /tmp (64M); later settings refine it',
    kind: booleanValue,
    bare: flagWords,
    variable: 'WASI_VIRT_HERMETIC',
    input: 'hermetic',
    file: 'hermetic',
    library: 'hermetic()',
    excludes: 'allow-all',
    excludesWhy: HERMETIC_WITH_ALLOW_ALL,
    apply: (patch, on) => (patch.hermetic = on),
  }),
  ...subsystems
    .filter(
      (subsystem): subsystem is WholeSubsystem => subsystem !== 'http' && subsystem !== 'sockets',
    )
    .map((subsystem) =>
      option({
        name: `allow-${subsystem}`,
        help: SUBSYSTEM_HELP[subsystem],
        kind: booleanValue,
        bare: flagWords,
        variable: `WASI_VIRT_ALLOW_${upper(subsystem)}`,
        input: `allow-${subsystem}`,
        file: `allow-${subsystem}`,
        library: SUBSYSTEM_METHODS.includes(subsystem)
          ? `${subsystem}(allow)`
          : `access('${subsystem}', allow)`,
        apply: (patch, on) => {
          patch.access = { ...patch.access, [subsystem]: on ? 'allow' : 'deny' };
        },
      }),
    ),
  patternOption(
    'sockets',
    'pass wasi:sockets through: true (every address), false (none) or only the comma-separated patterns (PROTOCOL://HOST:PORTS: tcp, udp or *; an address, a block such as 10.0.0.0/8 or [fd00::/8], a host name, *.SUFFIX or *; a port, a range such as 8000-8999 or *); connect, bind and send-to anything else fail with access-denied, and only the names listed may be looked up',
    socketsAccessValue,
    'allowSockets',
    (patch, rules) => (patch.socketRules = rules),
  ),
  patternOption(
    'http',
    'pass wasi:http through: true (every host), false (none) or only requests to the comma-separated Spin-style patterns (SCHEME://HOST[:PORT], * for any scheme, host or port, *.SUFFIX for the hosts below SUFFIX); any other request fails with HTTP-request-denied',
    httpAccessValue,
    'allowHttp',
    (patch, hosts) => (patch.httpHosts = hosts),
  ),
  option({
    name: 'fixed-time',
    help: 'wall-clock time stands at this RFC 3339 instant and the monotonic clock is virtual (starts at 1 ns, advances only by what the component waits); nothing from the host, even with --allow-clocks',
    kind: instantValue,
    variable: 'WASI_VIRT_FIXED_TIME',
    input: 'fixed-time',
    file: 'fixed-time',
    library: 'fixedTime(instant)',
    apply: (patch, instant) => (patch.fixedTime = instant),
  }),
  option({
    name: 'random-seed',
    help: 'wasi:random from a deterministic generator seeded with this u64 (not secure randomness); nothing from the host, even with --allow-random',
    kind: seedValue,
    variable: 'WASI_VIRT_RANDOM_SEED',
    input: 'random-seed',
    file: 'random-seed',
    library: 'randomSeed(seed)',
    apply: (patch, seed) => (patch.randomSeed = seed),
  }),
  option({
    name: 'allow-stdio',
    help: 'pass stdin, stdout and stderr through',
    kind: booleanValue,
    bare: flagWords,
    variable: 'WASI_VIRT_ALLOW_STDIO',
    input: 'allow-stdio',
    file: 'allow-stdio',
    library: "access('stdio', allow)",
    apply: (patch, on) => setStdio(patch, stdioStreams, on ? 'allow' : 'deny'),
  }),
  option({
    name: 'stdio',
    help: 'allow, ignore (reads end, writes vanish) or deny (reads and writes fail) all three streams',
    kind: stdioModeValue,
    bare: { implicit: 'allow', words: stdioModes },
    variable: 'WASI_VIRT_STDIO',
    input: 'stdio',
    file: 'stdio',
    library: 'stdio(mode)',
    apply: (patch, mode) => setStdio(patch, stdioStreams, mode),
  }),
  ...stdioStreams.map((stream) =>
    option({
      name: stream,
      help: `allow, ignore or deny ${stream}`,
      kind: stdioModeValue,
      bare: { implicit: 'allow', words: stdioModes },
      variable: `WASI_VIRT_${upper(stream)}`,
      input: stream,
      file: stream,
      library: `stdio(mode, '${stream}')`,
      apply: (patch, mode) => setStdio(patch, [stream], mode),
    }),
  ),
  option({
    name: 'hide-terminals',
    help: 'the adapter answers get-terminal-stdin, -stdout and -stderr with none (no terminal), so nothing terminal is imported even for allowed streams',
    kind: booleanValue,
    bare: flagWords,
    variable: 'WASI_VIRT_HIDE_TERMINALS',
    input: 'hide-terminals',
    file: 'hide-terminals',
    library: 'hideTerminals(on)',
    apply: (patch, on) => (patch.hideTerminals = on),
  }),
  ...varsOptions('env', 'e'),
  option({
    name: 'arg',
    help: "bake a fixed argument instead of the caller's (repeatable)",
    kind: listValue,
    repeatable: true,
    variable: 'WASI_VIRT_ARGS',
    input: 'args',
    file: 'env.args',
    library: 'env().args(values)',
    apply: (patch, args) => (patch.args = [...(patch.args ?? []), ...args]),
  }),
  option({
    name: 'cwd',
    help: 'bake a fixed initial working directory',
    kind: stringValue('<path>', 'a path'),
    variable: 'WASI_VIRT_CWD',
    input: 'cwd',
    file: 'env.cwd',
    library: 'env().cwd(path)',
    apply: (patch, cwd) => (patch.cwd = cwd),
  }),
  ...varsOptions('config', 'c'),
  option({
    name: 'mount',
    help: 'embed a host directory as a read-only tree at a guest path (repeatable)',
    kind: guestPathsValue('/GUEST=HOST_DIR', '/data=./site'),
    repeatable: true,
    variable: 'WASI_VIRT_MOUNTS',
    input: {
      none: "a workflow names files, not a directory: the action's `mounts` input takes `/guest=GLOB` lines",
    },
    file: 'mounts',
    library: 'mount(guest, host)',
    apply: (patch, mounts) => (patch.mounts = [...(patch.mounts ?? []), ...mounts]),
  }),
  option({
    name: 'preopen',
    help: 'remap a directory the host preopens (or one below it) to a guest path, at run time (repeatable)',
    kind: guestPathsValue('/GUEST=/HOST_DIR', '/data=/srv/data'),
    repeatable: true,
    variable: 'WASI_VIRT_PREOPENS',
    input: 'preopens',
    file: 'preopens',
    library: 'preopen(guest, host)',
    apply: (patch, preopens) => (patch.preopens = [...(patch.preopens ?? []), ...preopens]),
  }),
  option({
    name: 'host-file',
    help: 'a host file, read at run time through the host preopens, at a guest path (repeatable)',
    kind: guestPathsValue('/GUEST_FILE=/HOST_FILE', '/etc/app.toml=/config/app.toml'),
    repeatable: true,
    variable: 'WASI_VIRT_HOST_FILES',
    input: 'host-files',
    file: 'host-files',
    library: 'hostFile(guest, host)',
    apply: (patch, files) => (patch.hostFiles = [...(patch.hostFiles ?? []), ...files]),
  }),
  option({
    name: 'writable',
    help: "an empty directory in the component's memory at a guest path, writable up to SIZE bytes of file contents (default 64M); nothing reaches the host (repeatable)",
    kind: writableValue,
    repeatable: true,
    variable: 'WASI_VIRT_WRITABLE',
    input: 'writable',
    file: 'writable',
    library: 'writable(guest, size?)',
    apply: (patch, dirs) => (patch.writable = [...(patch.writable ?? []), ...dirs]),
  }),
  option({
    name: 'overlay',
    help: "make the mounted trees writable in the component's memory, copy on write (the embedded bytes never change), each up to SIZE bytes of changed file contents (default 64M); nothing reaches the host",
    kind: overlayValue,
    bare: { ...flagWords, attached: 'SIZE' },
    variable: 'WASI_VIRT_OVERLAY',
    input: 'overlay',
    file: 'overlay',
    library: 'overlay(size?)',
    apply: (patch, quota) => (patch.overlay = quota),
  }),
  option({
    name: 'wasi-version',
    help: 'WASI version to generate when no component decides it (default 0.2.12)',
    kind: stringValue('<version>', '`0.2.0` to `0.2.12`, or `0.3.0`'),
    variable: 'WASI_VIRT_WASI_VERSION',
    input: 'wasi-version',
    file: 'wasi-version',
    library: 'wasiVersion(version)',
    apply: (patch, version) => (patch.wasiVersion = version),
  }),
  option({
    name: 'passive-cutoff',
    help: 'mounted files this large or larger stay out of linear memory until read (default 1M)',
    kind: sizeValue,
    variable: 'WASI_VIRT_PASSIVE_CUTOFF',
    input: 'passive-cutoff',
    file: 'passive-cutoff',
    library: 'passiveCutoff(bytes)',
    apply: (patch, bytes) => (patch.passiveCutoff = bytes),
  }),
  option({
    name: 'debug',
    help: 'trace every virtualized call on stderr',
    kind: booleanValue,
    bare: flagWords,
    variable: 'WASI_VIRT_DEBUG',
    input: 'debug',
    file: 'debug',
    library: 'debug(on)',
    apply: (patch, on) => (patch.debug = on),
  }),
  option({
    name: 'allow-import',
    help: "import patterns the output may use (repeatable); once given, every other import fails the output's gate",
    kind: listValue,
    repeatable: true,
    variable: 'WASI_VIRT_ALLOW_IMPORTS',
    input: 'allowed-imports',
    file: 'imports.allow',
    library: 'allowImports(patterns)',
    apply: (patch, allow) => {
      patch.imports = { ...patch.imports, allow: [...(patch.imports?.allow ?? []), ...allow] };
    },
  }),
  option({
    name: 'deny-import',
    help: "import patterns the output must not use (repeatable; deny wins; '*' means import-free)",
    kind: listValue,
    repeatable: true,
    variable: 'WASI_VIRT_DENY_IMPORTS',
    input: 'forbidden-imports',
    file: 'imports.deny',
    library: 'denyImports(patterns)',
    apply: (patch, deny) => {
      patch.imports = { ...patch.imports, deny: [...(patch.imports?.deny ?? []), ...deny] };
    },
  }),
];

/** The option by its name (its long flag without `--`). */
export const policyOption = (name: string) => POLICY_OPTIONS.find((o) => o.name === name);
